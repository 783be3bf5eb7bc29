"""Field images for the preview: bars, matrices, boxes and circles, and their placement.

Every field is first drawn upright as a mask (mode ``1``, set = ink) together with the point that
``^FT`` refers to (the baseline start for text, the bottom-left of the bars for barcodes, the
bottom-left for graphics). Placement then rotates both and finds the top-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageDraw

from packstation.printing.zpl.state import MAX_DOTS, FontChoice
from packstation.printing.zpl.text import TextPainter

_TRANSPOSE = {
    "R": Image.Transpose.ROTATE_270,  # Pillow turns counter-clockwise; R is 90° clockwise
    "I": Image.Transpose.ROTATE_180,
    "B": Image.Transpose.ROTATE_90,
}


@dataclass
class FieldImage:
    """An upright field mask and its ``^FT`` anchor point."""

    mask: Image.Image
    anchor_x: int
    anchor_y: int


def place(
    field: FieldImage, orientation: str, x_dots: int, y_dots: int, baseline_origin: bool
) -> tuple[Image.Image, int, int]:
    """Rotate a field and return it with the top-left position where it is drawn.

    ``^FO`` puts the rotated field's top-left corner at the origin; ``^FT`` puts the rotated
    anchor point there.
    """
    mask = field.mask
    width, height = mask.size
    ax, ay = field.anchor_x, field.anchor_y
    if orientation in _TRANSPOSE:
        mask = mask.transpose(_TRANSPOSE[orientation])
        if orientation == "R":
            ax, ay = height - ay, ax
        elif orientation == "I":
            ax, ay = width - ax, height - ay
        else:
            ax, ay = ay, width - ax
    if baseline_origin:
        return mask, x_dots - ax, y_dots - ay
    return mask, x_dots, y_dots


def linear_barcode(
    widths: list[int], height_dots: int, text: str | None, *, text_above: bool, module_dots: int
) -> FieldImage:
    """Draw bars (``widths`` alternate bar, space, … in dots) with an optional text line."""
    total = min(sum(widths), MAX_DOTS)
    height = max(1, min(height_dots, MAX_DOTS))
    bars = Image.new("1", (max(total, 1), height), 0)
    draw = ImageDraw.Draw(bars)
    x = 0
    for index, width in enumerate(widths):
        if index % 2 == 0 and width > 0:
            draw.rectangle((x, 0, x + width - 1, height - 1), fill=255)
        x += width
    if not text:
        return FieldImage(bars, 0, height)
    return _with_text_line(bars, text, text_above, module_dots)


def interpretation_font(module_dots: int) -> FontChoice:
    """Font of a barcode's text line; it grows with the module width like the printer's."""
    size = 10 + 5 * max(module_dots, 1)
    return FontChoice(name="0", height_dots=size, width_dots=size)


def _with_text_line(bars: Image.Image, text: str, above: bool, module_dots: int) -> FieldImage:
    """Put the human-readable line centred under (or above) the bars."""
    painter = TextPainter(interpretation_font(module_dots))
    line = painter.line(text)
    gap = 2 + module_dots
    width = max(bars.width, line.width)
    height = bars.height + gap + line.height
    combined = Image.new("1", (width, min(height, MAX_DOTS)), 0)
    text_x = (bars.width - line.width) // 2
    text_x = max(text_x, 0)
    if above:
        combined.paste(line, (text_x, 0))
        combined.paste(bars, (0, line.height + gap))
        return FieldImage(combined, 0, height)
    combined.paste(bars, (0, 0))
    combined.paste(line, (text_x, bars.height + gap))
    return FieldImage(combined, 0, bars.height)


def matrix_symbol(modules: list[list[bool]], module_dots: int) -> FieldImage:
    """Draw a 2-D symbol, each module a square of ``module_dots``."""
    rows = len(modules)
    cols = len(modules[0]) if rows else 0
    small = Image.new("1", (max(cols, 1), max(rows, 1)), 0)
    small.putdata([255 if dark else 0 for line in modules for dark in line])
    size = max(1, min(cols * module_dots, MAX_DOTS)), max(1, min(rows * module_dots, MAX_DOTS))
    mask = small.resize(size, Image.Resampling.NEAREST)
    return FieldImage(mask, 0, mask.height)


def box(width: int, height: int, thickness: int, rounding: int) -> FieldImage:
    """``^GB``: a box outline of ``thickness`` dots, filled when the thickness covers it."""
    width, height = _clamp(width), _clamp(height)
    mask = Image.new("1", (width, height), 0)
    radius = rounding * min(width, height) // 16
    ImageDraw.Draw(mask).rounded_rectangle(
        (0, 0, width - 1, height - 1), radius=radius, fill=None, outline=255, width=thickness
    )
    if thickness * 2 >= min(width, height):
        ImageDraw.Draw(mask).rounded_rectangle(
            (0, 0, width - 1, height - 1), radius=radius, fill=255
        )
    return FieldImage(mask, 0, height)


def ellipse(width: int, height: int, thickness: int) -> FieldImage:
    """``^GC``/``^GE``: a circle or ellipse outline, filled when the thickness covers it."""
    width, height = _clamp(width), _clamp(height)
    mask = Image.new("1", (width, height), 0)
    draw = ImageDraw.Draw(mask)
    if thickness * 2 >= min(width, height):
        draw.ellipse((0, 0, width - 1, height - 1), fill=255)
    else:
        draw.ellipse((0, 0, width - 1, height - 1), outline=255, width=thickness)
    return FieldImage(mask, 0, height)


def diagonal(width: int, height: int, thickness: int, leaning_right: bool) -> FieldImage:
    """``^GD``: a diagonal line ``thickness`` dots wide horizontally."""
    width, height = _clamp(max(width, thickness)), _clamp(height)
    mask = Image.new("1", (width, height), 0)
    if leaning_right:
        points = [
            (0, height - 1),
            (thickness - 1, height - 1),
            (width - 1, 0),
            (width - thickness, 0),
        ]
    else:
        points = [
            (0, 0),
            (thickness - 1, 0),
            (width - 1, height - 1),
            (width - thickness, height - 1),
        ]
    ImageDraw.Draw(mask).polygon(points, fill=255)
    return FieldImage(mask, 0, height)


def placeholder(width: int, height: int) -> FieldImage:
    """Draw a crossed box that marks a symbol the preview cannot draw."""
    width, height = _clamp(width), _clamp(height)
    mask = Image.new("1", (width, height), 0)
    draw = ImageDraw.Draw(mask)
    draw.rectangle((0, 0, width - 1, height - 1), outline=255, width=2)
    draw.line((0, 0, width - 1, height - 1), fill=255, width=2)
    draw.line((0, height - 1, width - 1, 0), fill=255, width=2)
    return FieldImage(mask, 0, height)


def _clamp(value: int) -> int:
    return max(1, min(value, MAX_DOTS))
