"""A small A4 document writer (title, facts, table) for customs forms and manifests."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

MARGIN_PT = 40
ROW_PT = 14


class Sheet:
    """Writes lines top to bottom, starting new pages as needed."""

    def __init__(self, title: str) -> None:
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=A4)
        self.canvas.setTitle(title)
        self.width, self.height = A4
        self.y = self.height - MARGIN_PT
        self.heading(title)

    def _room(self, needed_pt: float) -> None:
        if self.y - needed_pt < MARGIN_PT:
            self.canvas.showPage()
            self.y = self.height - MARGIN_PT

    def heading(self, text: str) -> None:
        """Write a bold heading."""
        self._room(24)
        self.canvas.setFont("Helvetica-Bold", 16)
        self.canvas.drawString(MARGIN_PT, self.y - 16, text)
        self.y -= 28

    def line(self, text: str, *, bold: bool = False, size: int = 10) -> None:
        """Write one line of text."""
        self._room(ROW_PT)
        self.canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.canvas.drawString(MARGIN_PT, self.y - size, text)
        self.y -= ROW_PT

    def gap(self, points: float = 8) -> None:
        """Leave vertical space."""
        self.y -= points

    def table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None:
        """Write a table with a bold header row; ``widths`` are fractions of the text width."""
        usable = self.width - 2 * MARGIN_PT
        for index, row in enumerate([headers, *rows]):
            self._room(ROW_PT)
            self.canvas.setFont("Helvetica-Bold" if index == 0 else "Helvetica", 9)
            x = MARGIN_PT
            for cell, fraction in zip(row, widths, strict=True):
                self.canvas.drawString(x, self.y - 9, str(cell)[: int(fraction * usable / 5)])
                x += fraction * usable
            self.y -= ROW_PT

    def finish(self) -> bytes:
        """Close the document and return the PDF bytes."""
        self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()
