"""The demo pick sheet: a scannable Code 128 for every seeded object and what it demonstrates."""

from __future__ import annotations

import io
from typing import Any

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from packstation.sandbox.seed import PICK_KIND
from packstation.sandbox.store import Transaction

MARGIN_PT = 40
ROW_PT = 62
BAR_WIDTH_PT = 1.1


def entries(tx: Transaction) -> list[dict[str, Any]]:
    """Return the pick-sheet entries of the loaded seed, in seeding order."""
    return tx.list_documents(PICK_KIND)


def render(rows: list[dict[str, Any]]) -> bytes:
    """Return the pick sheet PDF (A4, several pages if needed)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle("Packstation sandbox pick sheet")
    width, height = A4
    y = height - MARGIN_PT
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(MARGIN_PT, y - 16, "Sandbox pick sheet - scan a code at the bench")
    y -= 40
    if not rows:
        canvas.setFont("Helvetica", 11)
        canvas.drawString(MARGIN_PT, y - 11, "No seeded work: start the sandbox with --seed demo.")
    for row in rows:
        if y - ROW_PT < MARGIN_PT:
            canvas.showPage()
            y = height - MARGIN_PT
        barcode = Code128(row["Code"], barWidth=BAR_WIDTH_PT, barHeight=30)
        barcode.drawOn(canvas, MARGIN_PT, y - 34)
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(MARGIN_PT + 250, y - 12, f"{row['Kind']}: {row['Code']}")
        canvas.setFont("Helvetica", 9)
        canvas.drawString(MARGIN_PT + 250, y - 26, str(row["Demonstrates"])[:70])
        canvas.setFont("Helvetica", 8)
        canvas.drawString(MARGIN_PT + 10, y - 46, row["Code"])
        y -= ROW_PT
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
