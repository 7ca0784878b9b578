import io
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader

from sandbox import charts
from sandbox.charts import Bar, Series
from sandbox.pdf import html_to_pdf

NS = "{http://www.w3.org/2000/svg}"


def parse(svg):
    return ET.fromstring(str(svg))


def all_attributes(root):
    for element in root.iter():
        yield from element.attrib.items()


def assert_safe(svg):
    root = parse(svg)
    assert root.tag == f"{NS}svg"
    assert not any(el.tag in (f"{NS}script", f"{NS}foreignObject", f"{NS}style") for el in root.iter())
    for name, _value in all_attributes(root):
        assert name != "style", "CSP forbids inline style attributes"
        assert not name.lower().startswith("on"), f"event handler attribute {name}"
    return root


def test_bar_chart_lengths_are_proportional_and_labels_escaped():
    svg = charts.bar_chart(
        [("บุรีรัมย์", 50), Bar("<script>alert(1)</script>", 100)], title="Spend rate", max_value=100
    )
    root = assert_safe(svg)
    rects = root.findall(f"{NS}rect")
    assert len(rects) == 2
    first, second = (float(r.get("width")) for r in rects)
    assert second == pytest.approx(2 * first)
    assert "<script>" not in str(svg)
    texts = [t.text for t in root.iter(f"{NS}text")]
    assert "บุรีรัมย์" in texts
    assert root.get("aria-label") == "Spend rate"


def test_bar_chart_draws_target_markers_only_where_given():
    root = assert_safe(charts.bar_chart([Bar("KPI 1", 40, target=80), Bar("KPI 2", 90)], title="KPI",
                                        max_value=100))
    markers = [line for line in root.iter(f"{NS}line") if line.get("class") == "target"]
    assert len(markers) == 1
    bar_x = float(root.findall(f"{NS}rect")[0].get("x"))
    bar_w = float(root.findall(f"{NS}rect")[0].get("width"))
    # the target (80) sits twice as far along the axis as the value (40)
    assert float(markers[0].get("x1")) - bar_x == pytest.approx(2 * bar_w, rel=0.01)


def test_bar_values_beyond_the_axis_are_clipped_not_overdrawn():
    root = parse(charts.bar_chart([("over", 250), ("under", -5)], title="t", max_value=100, width=500))
    over, under = root.findall(f"{NS}rect")
    assert float(under.get("width")) == 0
    assert float(over.get("x")) + float(over.get("width")) <= 500


def test_empty_chart_says_so():
    root = assert_safe(charts.bar_chart([], title="Nothing", empty_text="No data"))
    assert [t.text for t in root.iter(f"{NS}text")] == ["No data"]


def test_line_chart_plan_is_a_straight_line_from_start_to_end():
    labels = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค."]
    root = assert_safe(charts.line_chart(labels, [Series("Actual", [0, 10, None, None])], title="Spend",
                                         plan=(0, 100), max_value=100))
    plan = next(line for line in root.iter(f"{NS}line") if line.get("class") == "plan")
    assert float(plan.get("y1")) > float(plan.get("y2"))  # rises from 0 % to 100 %
    polylines = root.findall(f"{NS}polyline")
    assert len(polylines) == 1
    assert len(polylines[0].get("points").split()) == 2  # months to come are gaps, not zeros
    # the plan's end sits at the top of the plot; the actual line's 10 % is close to the bottom
    assert float(plan.get("y2")) < float(polylines[0].get("points").split()[1].split(",")[1])


def test_line_chart_splits_lines_at_gaps():
    root = parse(charts.line_chart(["a", "b", "c", "d"], [Series("s", [1, None, 3, 4])], title="t"))
    assert len(root.findall(f"{NS}polyline")) == 2


def test_grouped_bar_chart_has_one_bar_per_value_and_a_legend():
    root = assert_safe(charts.grouped_bar_chart(
        ["2566", "2567"], [Series("Target", [10, 20]), Series("Actual", [5, None])], title="KPI"))
    bars = [r for r in root.findall(f"{NS}rect") if r.find(f"{NS}title") is not None]
    assert len(bars) == 3
    texts = [t.text for t in root.iter(f"{NS}text")]
    assert "Target" in texts and "Actual" in texts


def test_thai_marks_take_no_width():
    # สิ่ง has two stacked marks: only its two base consonants advance
    assert charts.text_width("สิ่ง") == charts.text_width("ab")


def test_target_chart_colours_a_missed_year_and_leaves_a_year_without_a_value_empty():
    root = assert_safe(charts.target_chart(["2566", "2567", "2568"], [10, 20, 30], [12, 15, None],
                                           [False, True, False], baseline=5, title="KPI"))
    bars = [r for r in root.findall(f"{NS}rect") if r.find(f"{NS}title") is not None]
    assert len(bars) == 5  # three targets, two actuals: 2568 has no value yet
    actual = [r.get("fill") for r in bars if "·" in r.find(f"{NS}title").text and r.get("fill") != charts.TARGET_COLOUR]
    assert actual == [charts.MET_COLOUR, charts.MISSED_COLOUR]
    assert any(line.get("class") == "reference" for line in root.iter(f"{NS}line"))
    assert charts.target_chart([], [], [], [], title="KPI") == ""


def test_chart_renders_inside_a_weasyprint_pdf():
    svg = charts.bar_chart([("สตูล", 42)], title="chart", max_value=100)
    pdf = html_to_pdf(f"<html><body><p>chart</p>{svg}</body></html>")
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    text = page.extract_text()
    assert "42" in text and "สตูล" in text
    # Only the project's own font is embedded, so the PDF reads the same on a machine with no fonts.
    fonts = {font["/BaseFont"].split("+")[-1] for font in page["/Resources"]["/Font"].values()}
    assert fonts == {"Sarabun"}
