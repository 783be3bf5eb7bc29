"""PDF rendering with reportlab: one 4x6 in page per package (vector barcodes)."""

from __future__ import annotations

import io

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from packstation.sandbox.labels.content import (
    LABEL_HEIGHT_IN,
    LABEL_WIDTH_IN,
    LabelFacts,
    detail_lines,
)

PAGE = (LABEL_WIDTH_IN * inch, LABEL_HEIGHT_IN * inch)
MARGIN_PT = 14
BARCODE_MAX_WIDTH_PT = PAGE[0] - 2 * MARGIN_PT - 20
QR_SIZE_PT = 92


def _draw_code128(canvas: Canvas, value: str, x: float, y: float) -> None:
    probe = Code128(value, barWidth=1, quiet=False)
    bar_width = min(1.6, BARCODE_MAX_WIDTH_PT / probe.width)
    barcode = Code128(value, barWidth=bar_width, barHeight=54, quiet=False)
    barcode.drawOn(canvas, x, y)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(x, y - 12, value)


def _draw_qr(canvas: Canvas, value: str, x: float, y: float) -> None:
    widget = QrCodeWidget(value)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(
        QR_SIZE_PT,
        QR_SIZE_PT,
        transform=[QR_SIZE_PT / (right - left), 0, 0, QR_SIZE_PT / (top - bottom), 0, 0],
    )
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def _draw_page(canvas: Canvas, facts: LabelFacts) -> None:
    width, height = PAGE
    top = height - MARGIN_PT
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawString(MARGIN_PT, top - 18, facts.carrier_name)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(MARGIN_PT, top - 36, facts.service_name)
    canvas.line(MARGIN_PT, top - 44, width - MARGIN_PT, top - 44)
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_PT, top - 56, "FROM")
    for index, line in enumerate(facts.sender_lines[:4]):
        canvas.drawString(MARGIN_PT, top - 67 - index * 9, line)
    canvas.line(MARGIN_PT, top - 104, width - MARGIN_PT, top - 104)
    canvas.drawString(MARGIN_PT, top - 116, "TO")
    canvas.setFont("Helvetica-Bold", 12)
    for index, line in enumerate(facts.destination_lines[:7]):
        canvas.drawString(MARGIN_PT, top - 131 - index * 14, line)
    canvas.line(MARGIN_PT, top - 226, width - MARGIN_PT, top - 226)
    _draw_qr(canvas, facts.routing_code, MARGIN_PT, top - 232 - QR_SIZE_PT)
    canvas.setFont("Helvetica", 9)
    for index, line in enumerate(detail_lines(facts)):
        canvas.drawString(MARGIN_PT + QR_SIZE_PT + 10, top - 246 - index * 13, line)
    _draw_code128(canvas, facts.tracking_number, MARGIN_PT + 10, MARGIN_PT + 14)


def render(labels: list[LabelFacts], dpi: int) -> bytes:
    """Return a PDF with one 4x6 in page per label (``dpi`` is irrelevant for vectors)."""
    del dpi
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE)
    canvas.setTitle("Shipping labels")
    for facts in labels:
        _draw_page(canvas, facts)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
