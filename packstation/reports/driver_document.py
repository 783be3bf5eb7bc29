"""The driver-sheet PDF: every carrier's section on one canvas, written in one go."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from packstation.domain.shift import DriverSheet
from packstation.reports.driver_layout import lay_out_section
from packstation.reports.driver_sheet import draw_nothing_manifested, draw_section
from packstation.reports.pdf_output import binary_streams
from packstation.reports.text import format_when, printable


def render_driver_sheets(sheets: Sequence[DriverSheet], producer: str) -> bytes:
    """Return the A4 PDF of ``sheets``, one section per carrier in the order given."""
    buffer = io.BytesIO()
    # invariant=1 leaves out the creation time and random document id: same shift, same bytes.
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setAuthor(producer)
    canvas.setCreator(producer)
    canvas.setTitle(_title(sheets))
    canvas.setSubject("Driver sheets: consignments handed to each carrier")
    if not sheets:
        draw_nothing_manifested(canvas)
    for index, sheet in enumerate(sheets):
        draw_section(canvas, lay_out_section(sheet), outline_key=f"carrier-{index}")
    if sheets:
        canvas.showOutline()
    with binary_streams():
        canvas.save()
    return buffer.getvalue()


def _title(sheets: Sequence[DriverSheet]) -> str:
    if not sheets:
        return "Driver sheets: nothing manifested"
    first = sheets[0]
    return f"Driver sheets {printable(first.station)} {format_when(first.closed_at)}"
