"""The end-of-shift paperwork as PDF bytes, built with reportlab (the ShiftDocuments port)."""

from __future__ import annotations

from collections.abc import Sequence

from packstation.domain.shift import DriverSheet, ShiftReport

PRODUCER = "Packstation"


class ReportlabShiftDocuments:
    """Renders driver sheets and the shift report as A4 PDFs.

    Output is deterministic (reportlab's invariant mode): the same shift gives the same bytes,
    which keeps sizes stable and lets a document be compared with an earlier one. reportlab
    itself is imported on first use: it takes about half a second to import, which the app's
    start should not pay for paperwork printed once a shift.
    """

    def driver_sheets(self, sheets: Sequence[DriverSheet]) -> bytes:
        """Return one PDF with a section per carrier, each starting on a new page.

        Each section has its own "Page n of m" and ends with the driver's signature box. With no
        sheets at all, the PDF is one page saying that nothing was manifested.
        """
        from packstation.reports.driver_document import render_driver_sheets

        return render_driver_sheets(sheets, producer=PRODUCER)

    def shift_report(self, report: ShiftReport) -> bytes:
        """Return the shift report: exceptions first, then packs per hour and per carrier."""
        from packstation.reports.shift_report import render_shift_report

        return render_shift_report(report, producer=PRODUCER)
