"""Label files for the bench adapter tests: ZPL written like a carrier's, PDFs and PNGs."""

from __future__ import annotations

import io

from barcode import Code128
from PIL import Image, ImageDraw
from reportlab.graphics.barcode import code128
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas

from packstation.domain.labels import LabelFile, LabelLanguage

TRACKING = ("JD0141234567", "JD0141234568", "JD0141234569")


def carrier_zpl_label(tracking: str, number: int, count: int) -> str:
    """One label as carriers write it: ^FH escapes, the tracking number after a >: and >5."""
    letters, digits = tracking[:2], tracking[2:]
    return (
        "^XA^CI28^PW812^LL1218^LH0,0\n"
        "^FO30,30^A0N,56,56^FH_^FDParcel_5FCarrier ^5E1^FS\n"
        f"^FO30,120^A0N,32,32^FDParcel {number} of {count}^FS\n"
        "^FO30,200^BQN,2,5^FH_^FDQA,ROUTE_7E42^FS\n"
        "^FO50,700^BY3^BCN,170,Y,N,N^FH_^FD>:"
        + "".join(f"_{ord(char):02X}" for char in letters)
        + f">5{digits}^FS\n"
        "^XZ\n"
    )


def carrier_zpl(tracking: tuple[str, ...] = TRACKING) -> LabelFile:
    """Return a ZPL file with one label per tracking number, as PRO returns it."""
    body = "".join(
        carrier_zpl_label(number, index, len(tracking))
        for index, number in enumerate(tracking, start=1)
    )
    return LabelFile(body.encode("utf-8"), LabelLanguage.ZPL, 203)


def pdf_labels(tracking: tuple[str, ...] = TRACKING) -> LabelFile:
    """Return a 4x6 in PDF with one page per tracking number, each with its Code 128."""
    buffer = io.BytesIO()
    width, height = 4 * inch, 6 * inch
    document = canvas.Canvas(buffer, pagesize=(width, height))
    for number, value in enumerate(tracking, start=1):
        document.setFont("Helvetica-Bold", 18)
        document.drawString(0.3 * inch, height - 0.6 * inch, f"Parcel {number}")
        symbol = code128.Code128(value, barWidth=0.02 * inch, barHeight=0.9 * inch)
        symbol.drawOn(document, 0.3 * inch, height / 2)
        document.showPage()
    document.save()
    return LabelFile(buffer.getvalue(), LabelLanguage.PDF)


def png_labels(tracking: tuple[str, ...] = TRACKING, dpi: int = 203) -> LabelFile:
    """Return a PNG with the labels stacked top to bottom, as PRO sends several."""
    width, height = 4 * dpi, 6 * dpi
    sheet = Image.new("L", (width, height * len(tracking)), 255)
    draw = ImageDraw.Draw(sheet)
    for index, value in enumerate(tracking):
        modules = "".join(Code128(value).build())
        top = index * height + dpi
        for position, bit in enumerate(modules):
            if bit == "1":
                left = 40 + position * 3
                draw.rectangle([left, top, left + 2, top + dpi - 1], fill=0)
    buffer = io.BytesIO()
    sheet.save(buffer, format="PNG", dpi=(dpi, dpi))
    return LabelFile(buffer.getvalue(), LabelLanguage.PNG)
