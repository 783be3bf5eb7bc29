"""Printable documents built with reportlab: driver sheets and the shift report.

:class:`ReportlabShiftDocuments` implements the ``ShiftDocuments`` port. Both methods return A4
PDF bytes, the same bytes for the same input. Driver sheets keep the order of the sheets given,
one section per carrier with its own "Page n of m" and a signature box on its last page; an
empty sequence gives a single page saying that nothing was manifested.
"""

from packstation.reports.documents import ReportlabShiftDocuments

__all__ = ["ReportlabShiftDocuments"]
