"""PNG rendering with Pillow: bars drawn module by module so they stay crisp at any dpi.

A consignment with several packages gives one tall image with the labels stacked top to bottom.
"""

from __future__ import annotations

import io

import qrcode
from barcode import Code128
from PIL import Image, ImageDraw, ImageFont

from packstation.sandbox.labels.content import (
    LABEL_HEIGHT_IN,
    LABEL_WIDTH_IN,
    LabelFacts,
    detail_lines,
)


def _font(size_px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size_px)


def _draw_code128(image: Image.Image, value: str, x: int, y: int, height: int) -> None:
    modules = "".join(Code128(value).build())
    module_px = max(1, (image.width - 2 * x) // len(modules))
    draw = ImageDraw.Draw(image)
    for index, bit in enumerate(modules):
        if bit == "1":
            left = x + index * module_px
            draw.rectangle([left, y, left + module_px - 1, y + height - 1], fill=0)


def _qr_image(value: str, box_px: int) -> Image.Image:
    code = qrcode.QRCode(border=2, box_size=box_px)
    code.add_data(value)
    code.make(fit=True)
    image: Image.Image = code.make_image(fill_color="black", back_color="white").get_image()
    return image.convert("L")


def render_label(facts: LabelFacts, dpi: int) -> Image.Image:
    """Return one 4x6 in label as a greyscale image at ``dpi``."""
    width, height = LABEL_WIDTH_IN * dpi, LABEL_HEIGHT_IN * dpi

    def px(inches: float) -> int:
        return round(inches * dpi)

    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    draw.text((px(0.15), px(0.12)), facts.carrier_name, font=_font(px(0.28)), fill=0)
    draw.text((px(0.15), px(0.45)), facts.service_name, font=_font(px(0.16)), fill=0)
    draw.line([(px(0.15), px(0.7)), (width - px(0.15), px(0.7))], fill=0, width=px(0.015))
    small = _font(px(0.11))
    draw.text((px(0.15), px(0.76)), "FROM", font=small, fill=0)
    for index, line in enumerate(facts.sender_lines[:5]):
        draw.text((px(0.15), px(0.9 + index * 0.13)), line, font=small, fill=0)
    draw.line([(px(0.15), px(1.6)), (width - px(0.15), px(1.6))], fill=0, width=px(0.015))
    draw.text((px(0.15), px(1.66)), "TO", font=small, fill=0)
    big = _font(px(0.18))
    for index, line in enumerate(facts.destination_lines[:7]):
        draw.text((px(0.15), px(1.85 + index * 0.2)), line, font=big, fill=0)
    draw.line([(px(0.15), px(3.35)), (width - px(0.15), px(3.35))], fill=0, width=px(0.015))
    qr = _qr_image(facts.routing_code, max(2, px(0.025)))
    image.paste(qr, (px(0.15), px(3.45)))
    detail = _font(px(0.13))
    for index, line in enumerate(detail_lines(facts)):
        draw.text((px(1.75), px(3.55 + index * 0.19)), line, font=detail, fill=0)
    _draw_code128(image, facts.tracking_number, px(0.25), px(4.75), px(0.8))
    draw.text((px(0.25), px(5.6)), facts.tracking_number, font=_font(px(0.15)), fill=0)
    return image


def render(labels: list[LabelFacts], dpi: int) -> bytes:
    """Return one PNG holding every label, stacked vertically."""
    pages = [render_label(facts, dpi) for facts in labels]
    sheet = Image.new("L", (pages[0].width, sum(page.height for page in pages)), 255)
    top = 0
    for page in pages:
        sheet.paste(page, (0, top))
        top += page.height
    buffer = io.BytesIO()
    sheet.save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()
