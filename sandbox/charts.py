"""Small charts drawn on the server as SVG, the same markup for HTML pages and WeasyPrint PDFs.

The markup carries no scripts, no event handlers and no style="" attributes (the pages' CSP
forbids inline styles); colours and fonts are SVG presentation attributes, which CSP allows.
Every label is escaped, so names typed by users are safe to chart. Text is set in the project's
own Sarabun, which the pages' CSS and every PDF (sandbox.pdf) declare, never in a system font.
"""

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

FONT = "Sarabun, sans-serif"
PALETTE = ("#0b5c8a", "#e07b00", "#2e8540", "#8a3ffc", "#c0392b", "#5f6b7a")
PLAN_COLOUR = "#8a8f98"
GRID_COLOUR = "#d8dee4"
TEXT_COLOUR = "#1f2328"
TARGET_COLOUR = "#94a3b8"
MET_COLOUR = "#198754"
MISSED_COLOUR = "#dc3545"
FONT_SIZE = 12


def percent(value):
    return f"{float(value):.1f}%"


def number(value):
    value = float(value)
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.1f}".rstrip("0").rstrip(".")


def text_width(text, size=FONT_SIZE):
    """A rough advance width: Thai vowel and tone marks stack on their consonant and take no room."""
    return sum(0 if unicodedata.category(char) == "Mn" else 1 for char in str(text)) * size * 0.56


def _fmt(value):
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _text(x, y, content, anchor="start", size=FONT_SIZE, weight=None, fill=TEXT_COLOUR, extra=""):
    bold = f' font-weight="{weight}"' if weight else ""
    return (f'<text x="{_fmt(x)}" y="{_fmt(y)}" text-anchor="{anchor}" font-size="{size}"{bold} '
            f'fill="{fill}"{extra}>{escape(str(content))}</text>')


def _svg(width, height, title, body):
    title = escape(str(title))
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="sandbox-chart" role="img" aria-label="{title}" '
        f'width="{_fmt(width)}" height="{_fmt(height)}" viewBox="0 0 {_fmt(width)} {_fmt(height)}" '
        f'font-family="{FONT}"><title>{title}</title>{"".join(body)}</svg>'
    )


def _empty(width, title, message):
    return _svg(width, 60, title, [_text(width / 2, 34, message, anchor="middle", fill=PLAN_COLOUR)])


def _nice_max(value):
    """A round upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten."""
    value = float(value)
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1) if value >= 1 else 1.0
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal | float | int
    target: Decimal | float | int | None = None  # drawn as a marker line across the bar
    colour: str | None = None


def bar_chart(bars, *, title, width=640, max_value=None, value_format=number, empty_text="–", colour=None):
    """Horizontal bars, one per row, with optional target markers (e.g. KPI target against actual)."""
    bars = [b if isinstance(b, Bar) else Bar(*b) for b in bars]
    if not bars:
        return _empty(width, title, empty_text)
    row, gap, top = 22, 8, 8
    label_width = min(max(text_width(b.label) for b in bars) + 10, width * 0.4)
    value_width = max(text_width(value_format(b.value)) for b in bars) + 12
    plot_x, plot_width = label_width, width - label_width - value_width
    highest = max([float(b.value) for b in bars] + [float(b.target) for b in bars if b.target is not None])
    scale_max = float(max_value) if max_value else _nice_max(highest)
    height = top + len(bars) * (row + gap) + 4
    body = [f'<line x1="{_fmt(plot_x)}" y1="{top - 4}" x2="{_fmt(plot_x)}" y2="{_fmt(height - 4)}" '
            f'stroke="{GRID_COLOUR}"/>']
    for index, bar in enumerate(bars):
        y = top + index * (row + gap)
        length = max(0.0, min(float(bar.value), scale_max)) / scale_max * plot_width
        fill = bar.colour or colour or PALETTE[0]
        body.append(_text(plot_x - 6, y + row * 0.7, _clip(bar.label, label_width - 10), anchor="end"))
        body.append(f'<rect x="{_fmt(plot_x)}" y="{y}" width="{_fmt(length)}" height="{row}" fill="{fill}">'
                    f'<title>{escape(str(bar.label))}: {escape(value_format(bar.value))}</title></rect>')
        body.append(_text(plot_x + length + 4, y + row * 0.7, value_format(bar.value)))
        if bar.target is not None:
            tx = plot_x + max(0.0, min(float(bar.target), scale_max)) / scale_max * plot_width
            body.append(f'<line class="target" x1="{_fmt(tx)}" y1="{y - 3}" x2="{_fmt(tx)}" y2="{y + row + 3}" '
                        f'stroke="{TEXT_COLOUR}" stroke-width="2.5"/>')
    return _svg(width, height, title, body)


def _clip(label, room):
    label = str(label)
    if text_width(label) <= room:
        return label
    while label and text_width(label + "…") > room:
        label = label[:-1]
    return label + "…"


@dataclass(frozen=True)
class Series:
    name: str
    values: list  # one value per x label; None leaves a gap (e.g. months still to come)
    colour: str | None = None
    colours: tuple | None = None  # one colour per value, where single values need their own (a missed year)


def line_chart(labels, series, *, title, plan=None, width=640, height=260, max_value=None,
               value_format=percent, plan_label="Plan"):
    """Lines over the x labels; `plan` is (start, end) for a straight line, e.g. (0, 100) spend rate."""
    series = [s if isinstance(s, Series) else Series(*s) for s in series]
    if not labels:
        return _empty(width, title, "–")
    left, right, top, bottom = 48, 16, 12, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [float(v) for s in series for v in s.values if v is not None]
    if plan:
        values += [float(plan[0]), float(plan[1])]
    scale_max = float(max_value) if max_value else _nice_max(max(values or [1]))
    count = len(labels)

    def x_at(i):
        return left + (plot_w * i / (count - 1) if count > 1 else plot_w / 2)

    def y_at(v):
        return top + plot_h - max(0.0, min(float(v), scale_max)) / scale_max * plot_h

    body = []
    for step in range(5):
        value = scale_max * step / 4
        y = y_at(value)
        body.append(f'<line x1="{left}" y1="{_fmt(y)}" x2="{width - right}" y2="{_fmt(y)}" stroke="{GRID_COLOUR}"/>')
        body.append(_text(left - 6, y + 4, value_format(value), anchor="end", size=10))
    for i, label in enumerate(labels):
        body.append(_text(x_at(i), top + plot_h + 16, label, anchor="middle", size=10))
    legend = []
    if plan:
        body.append(f'<line class="plan" x1="{_fmt(x_at(0))}" y1="{_fmt(y_at(plan[0]))}" '
                    f'x2="{_fmt(x_at(count - 1))}" y2="{_fmt(y_at(plan[1]))}" stroke="{PLAN_COLOUR}" '
                    f'stroke-width="2" stroke-dasharray="6 4"/>')
        legend.append((plan_label, PLAN_COLOUR, True))
    for index, line in enumerate(series):
        colour = line.colour or PALETTE[index % len(PALETTE)]
        for run in _runs(line.values):
            points = " ".join(f"{_fmt(x_at(i))},{_fmt(y_at(v))}" for i, v in run)
            body.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
            for i, v in run:
                body.append(f'<circle cx="{_fmt(x_at(i))}" cy="{_fmt(y_at(v))}" r="3" fill="{colour}">'
                            f'<title>{escape(str(labels[i]))}: {escape(value_format(v))}</title></circle>')
        legend.append((line.name, colour, False))
    _legend(body, left, height, legend)
    return _svg(width, height, title, body)


def _runs(values):
    """Consecutive (index, value) pairs without gaps, so a None splits a line instead of dropping to 0."""
    run = []
    for i, v in enumerate(values):
        if v is None:
            if run:
                yield run
            run = []
        else:
            run.append((i, v))
    if run:
        yield run


def grouped_bar_chart(categories, series, *, title, width=640, height=260, max_value=None,
                      value_format=number, reference=None):
    """Vertical bars grouped by category, one colour per series (e.g. target and actual per year).
    A value of None draws no bar; `reference` is (name, value), a dashed line across (a baseline)."""
    series = [s if isinstance(s, Series) else Series(*s) for s in series]
    if not categories or not series:
        return _empty(width, title, "–")
    left, right, top, bottom = 56, 12, 18, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [float(v) for s in series for v in s.values if v is not None]
    if reference is not None:
        values.append(float(reference[1]))
    scale_max = float(max_value) if max_value else _nice_max(max(values or [1]))
    group_w = plot_w / len(categories)
    bar_w = group_w * 0.8 / len(series)

    def y_at(value):
        return top + plot_h - max(0.0, min(float(value), scale_max)) / scale_max * plot_h

    body = []
    for step in range(5):
        value = scale_max * step / 4
        y = top + plot_h - plot_h * step / 4
        body.append(f'<line x1="{left}" y1="{_fmt(y)}" x2="{width - right}" y2="{_fmt(y)}" stroke="{GRID_COLOUR}"/>')
        body.append(_text(left - 6, y + 4, value_format(value), anchor="end", size=10))
    for ci, category in enumerate(categories):
        gx = left + ci * group_w + group_w * 0.1
        body.append(_text(left + ci * group_w + group_w / 2, top + plot_h + 16,
                          _clip(category, group_w - 4), anchor="middle", size=10))
        for si, line in enumerate(series):
            value = line.values[ci] if ci < len(line.values) else None
            if value is None:
                continue
            bar_top = y_at(value)
            x = gx + si * bar_w
            body.append(f'<rect x="{_fmt(x)}" y="{_fmt(bar_top)}" width="{_fmt(bar_w - 2)}" '
                        f'height="{_fmt(top + plot_h - bar_top)}" fill="{_colour(line, si, ci)}">'
                        f'<title>{escape(str(category))} · {escape(str(line.name))}: '
                        f'{escape(value_format(value))}</title></rect>')
            body.append(_text(x + bar_w / 2 - 1, bar_top - 3, value_format(value), anchor="middle", size=9))
    legend = [(line.name, _colour(line, si), False) for si, line in enumerate(series)]
    if reference is not None:
        y = y_at(reference[1])
        body.append(f'<line class="reference" x1="{left}" y1="{_fmt(y)}" x2="{width - right}" y2="{_fmt(y)}" '
                    f'stroke="{PALETTE[0]}" stroke-dasharray="4 3"><title>{escape(str(reference[0]))}: '
                    f'{escape(value_format(reference[1]))}</title></line>')
        legend.append((reference[0], PALETTE[0], True))
    _legend(body, left, height, legend, bars=True)
    return _svg(width, height, title, body)


def _colour(line, index, value_index=None):
    if value_index is not None and line.colours and value_index < len(line.colours):
        return line.colours[value_index]
    return line.colour or PALETTE[index % len(PALETTE)]


def _legend(body, x, height, entries, bars=False):
    """(name, colour, dashed) swatches along the bottom edge; thick ones stand for bars."""
    for name, colour, dashed in entries:
        dash = ' stroke-dasharray="6 4"' if dashed else ""
        body.append(f'<line x1="{x}" y1="{height - 10}" x2="{x + 22}" y2="{height - 10}" stroke="{colour}" '
                    f'stroke-width="{8 if bars and not dashed else 2.5}"{dash}/>')
        body.append(_text(x + 27, height - 6, name, size=11))
        x += 40 + text_width(name, 11)


def target_chart(years, targets, actuals, missed, *, title, baseline=None, width=300, height=150):
    """Target (grey) against actual per year: the actual is green where the target was met and red
    where it was missed; a year without a value has no bar. No years, no chart."""
    if not years:
        return ""
    actual_colours = tuple(MISSED_COLOUR if miss else MET_COLOUR for miss in missed)
    series = [Series(_("Target"), list(targets), TARGET_COLOUR),
              Series(_("Actual"), list(actuals), MET_COLOUR, actual_colours)]
    reference = (_("Baseline"), baseline) if baseline is not None else None
    return grouped_bar_chart([str(year) for year in years], series, title=title, width=width, height=height,
                             reference=reference)
