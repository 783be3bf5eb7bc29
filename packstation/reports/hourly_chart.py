"""A plain bar chart of packs per hour, drawn with reportlab graphics."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

CHART_HEIGHT_PT = 150.0
_PLOT_BOTTOM_PT = 22.0
_PLOT_TOP_PT = CHART_HEIGHT_PT - 14.0
_AXIS_LEFT_PT = 30.0
_BAR_FILL = colors.Color(0.25, 0.4, 0.65)
_MAX_LABELS = 24


def hourly_chart(packs_per_hour: Sequence[tuple[datetime, int]], width_pt: float) -> Drawing:
    """Return a drawing with one bar per hour, the hour under it and the count above it."""
    drawing = Drawing(width_pt, CHART_HEIGHT_PT)
    highest = max((packs for _, packs in packs_per_hour), default=0)
    scale_top = max(highest, 1)
    plot_width_pt = width_pt - _AXIS_LEFT_PT
    slot_pt = plot_width_pt / max(len(packs_per_hour), 1)
    plot_height_pt = _PLOT_TOP_PT - _PLOT_BOTTOM_PT
    # Label every hour when they fit, otherwise every n-th so the labels never overlap.
    label_every = max(1, -(-len(packs_per_hour) // _MAX_LABELS))
    drawing.add(Line(_AXIS_LEFT_PT, _PLOT_BOTTOM_PT, width_pt, _PLOT_BOTTOM_PT, strokeWidth=0.6))
    drawing.add(String(0, _PLOT_TOP_PT - 4, f"{highest}", fontName="Helvetica", fontSize=7))
    drawing.add(String(0, _PLOT_BOTTOM_PT - 2, "0", fontName="Helvetica", fontSize=7))
    for index, (hour, packs) in enumerate(packs_per_hour):
        x_pt = _AXIS_LEFT_PT + index * slot_pt + slot_pt * 0.15
        bar_width_pt = slot_pt * 0.7
        bar_height_pt = plot_height_pt * packs / scale_top
        drawing.add(
            Rect(
                x_pt,
                _PLOT_BOTTOM_PT,
                bar_width_pt,
                bar_height_pt,
                fillColor=_BAR_FILL,
                strokeColor=None,
            )
        )
        centre_pt = x_pt + bar_width_pt / 2
        if packs and len(packs_per_hour) <= _MAX_LABELS:
            drawing.add(
                String(
                    centre_pt,
                    _PLOT_BOTTOM_PT + bar_height_pt + 2,
                    f"{packs}",
                    fontName="Helvetica",
                    fontSize=6.5,
                    textAnchor="middle",
                )
            )
        if index % label_every == 0:
            drawing.add(
                String(
                    centre_pt,
                    _PLOT_BOTTOM_PT - 10,
                    hour.strftime("%H:%M"),
                    fontName="Helvetica",
                    fontSize=6.5,
                    textAnchor="middle",
                )
            )
    return drawing
