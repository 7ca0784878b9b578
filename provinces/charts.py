"""A small server-drawn SVG chart of an indicator's target against its actual value per fiscal year.

Pages and PDFs embed the returned markup directly; no JavaScript. Colours are SVG presentation
attributes (not style attributes), which the Content-Security-Policy allows. When the shared
sandbox/charts.py exists, kpi_chart() is the one function to point at it.
"""

from decimal import Decimal
from html import escape

from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

TARGET_FILL = "#94a3b8"
ON_TRACK_FILL = "#198754"
OFF_TRACK_FILL = "#dc3545"
BASELINE_STROKE = "#0b5c8a"


def _number(value):
    text = f"{Decimal(value).normalize():f}"
    return text


def grouped_bars(categories, series, width=300, height=130, reference=None, label=""):
    """SVG bars grouped by category.

    series: [(name, [value or None per category], [fill per category])]; reference: an optional
    (name, value) drawn as a dashed line across the chart.
    """
    pad_left, pad_bottom, pad_top = 34, 18, 8
    plot_w, plot_h = width - pad_left - 4, height - pad_bottom - pad_top
    numbers = [Decimal(v) for _n, values, _f in series for v in values if v is not None]
    if reference is not None:
        numbers.append(Decimal(reference[1]))
    top = max([Decimal(0), *numbers]) or Decimal(1)
    top = top * Decimal("1.1")

    def y(value):
        return pad_top + plot_h - float(Decimal(value) / top) * plot_h

    group_w = plot_w / max(len(categories), 1)
    bar_w = min(group_w * 0.8 / max(len(series), 1), 28)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="kpi-chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(label)}">',
        f'<line x1="{pad_left}" y1="{pad_top + plot_h}" x2="{width - 4}" y2="{pad_top + plot_h}" stroke="#64748b"/>',
        f'<text x="{pad_left - 4}" y="{pad_top + 8}" font-size="9" text-anchor="end" fill="#475569">'
        f'{escape(_number(top / Decimal("1.1")))}</text>',
        f'<text x="{pad_left - 4}" y="{pad_top + plot_h}" font-size="9" text-anchor="end" fill="#475569">0</text>',
    ]
    for index, category in enumerate(categories):
        left = pad_left + index * group_w + (group_w - bar_w * len(series)) / 2
        for number, (name, values, fills) in enumerate(series):
            value = values[index]
            if value is None:
                continue
            bar_top = y(value)
            parts.append(
                f'<rect x="{left + number * bar_w:.1f}" y="{bar_top:.1f}" width="{bar_w - 1:.1f}" '
                f'height="{max(pad_top + plot_h - bar_top, 0.5):.1f}" fill="{fills[index]}">'
                f'<title>{escape(str(category))} · {escape(name)}: {escape(_number(value))}</title></rect>'
            )
        parts.append(
            f'<text x="{pad_left + (index + 0.5) * group_w:.1f}" y="{height - 5}" font-size="9" '
            f'text-anchor="middle" fill="#334155">{escape(str(category))}</text>'
        )
    if reference is not None:
        ref_y = y(reference[1])
        parts.append(
            f'<line x1="{pad_left}" y1="{ref_y:.1f}" x2="{width - 4}" y2="{ref_y:.1f}" stroke="{BASELINE_STROKE}" '
            f'stroke-dasharray="4 3"><title>{escape(reference[0])}: {escape(_number(reference[1]))}</title></line>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # every interpolated text is escaped above


def kpi_chart(indicator, rows, width=300, height=130):
    """Target (grey) against actual (green when met, red when missed) for each fiscal year with a target."""
    if not rows:
        return ""
    years = [row.fiscal_year for row in rows]
    actual_fills = [OFF_TRACK_FILL if row.on_track is False else ON_TRACK_FILL for row in rows]
    series = [
        (_("Target"), [row.target for row in rows], [TARGET_FILL] * len(rows)),
        (_("Actual"), [row.actual for row in rows], actual_fills),
    ]
    reference = (_("Baseline"), indicator.baseline) if indicator.baseline is not None else None
    label = _("%(indicator)s: target and actual per fiscal year") % {"indicator": indicator}
    return grouped_bars(years, series, width=width, height=height, reference=reference, label=label)
