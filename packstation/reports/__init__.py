"""Printable documents built with reportlab: driver sheet and shift report."""

from packstation.reports.documents import ReportlabShiftDocuments

__all__ = ["ReportlabShiftDocuments"]
