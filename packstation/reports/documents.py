"""The end-of-shift paperwork as PDF bytes, built with reportlab (the ShiftDocuments port)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from packstation.domain.shift import DriverSheet, ShiftReport
from packstation.reports.driver_layout import lay_out_section
from packstation.reports.driver_sheet import draw_nothing_manifested, draw_section
from packstation.reports.pdf_output import binary_streams
from packstation.reports.shift_report import render_shift_report
from packstation.reports.text import format_when, printable

PRODUCER = "Packstation"


class ReportlabShiftDocuments:
    """Renders driver sheets and the shift report as A4 PDFs.

    Output is deterministic (reportlab's invariant mode): the same shift gives the same bytes,
    which keeps sizes stable and lets a document be compared with an earlier one.
    """

    def driver_sheets(self, sheets: Sequence[DriverSheet]) -> bytes:
        """Return one PDF with a section per carrier, each starting on a new page.

        Each section has its own "page n of m" and ends with the driver's signature box. With no
        sheets at all, the PDF is one page saying that nothing was manifested.
        """
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
        canvas.setAuthor(PRODUCER)
        canvas.setCreator(PRODUCER)
        canvas.setTitle(_driver_sheets_title(sheets))
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

    def shift_report(self, report: ShiftReport) -> bytes:
        """Return the shift report: exceptions first, then packs per hour and per carrier."""
        return render_shift_report(report, producer=PRODUCER)


def _driver_sheets_title(sheets: Sequence[DriverSheet]) -> str:
    if not sheets:
        return "Driver sheets: nothing manifested"
    first = sheets[0]
    return f"Driver sheets {printable(first.station)} {format_when(first.closed_at)}"
