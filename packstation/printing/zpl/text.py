"""Text for the preview: Pillow's built-in scalable font stands in for the printer's fonts.

No system fonts are assumed: ``ImageFont.load_default(size=...)`` (Pillow 10.1 and later) is
used for every ZPL font. That font covers ASCII only, so other letters are drawn as their base
letter (``ü`` as ``u``, ``ß`` as ``ss``) and anything else as ``?``. Font ``0`` is condensed
like the printer's font 0; the bitmap fonts (``A``-``H`` and the rest) are drawn at the
requested cell size. The result is a close but not exact picture of what the printer prints;
positions and sizes are what matter for a preview.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from packstation.printing.zpl.state import MAX_DOTS, FieldBlock, FontChoice

# Font 0 is a condensed face; the built-in font is wider, so it is narrowed to look alike.
_FONT_ZERO_CONDENSING = 0.8
# Typical cell of the printer's bitmap fonts at 203 dpi: (height, width) in dots.
BITMAP_FONT_CELLS = {
    "A": (9, 5),
    "B": (11, 7),
    "C": (18, 10),
    "D": (18, 10),
    "E": (28, 15),
    "F": (26, 13),
    "G": (60, 40),
    "H": (21, 13),
}
MAX_FONT_DOTS = 1500


@dataclass
class TextImage:
    """A drawn text field: mask (1 = ink) and the baseline position used by ``^FT``."""

    mask: Image.Image
    baseline_x: int
    baseline_y: int


@lru_cache(maxsize=64)
def _font(size: int) -> ImageFont.FreeTypeFont:
    font = ImageFont.load_default(size=size)
    if not isinstance(font, ImageFont.FreeTypeFont):
        # Only a Pillow built without FreeType returns the fixed bitmap font; wheels have it.
        raise RuntimeError("Pillow lacks FreeType support; the ZPL preview needs scalable fonts")
    return font


_SPECIAL_FALLBACKS = {
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "€": "EUR", "£": "GBP",
}  # fmt: skip


@lru_cache(maxsize=4096)
def _has_glyph(char: str) -> bool:
    """Whether the built-in font draws ``char`` itself rather than its missing-glyph box."""
    font = _font(40)
    return char.isspace() or bytes(font.getmask(char)) != bytes(font.getmask("\uffff"))


@lru_cache(maxsize=4096)
def _drawable(char: str) -> str:
    """``char`` if the font has it, else its base letters, else ``?``."""
    if _has_glyph(char):
        return char
    if char in _SPECIAL_FALLBACKS:
        return _SPECIAL_FALLBACKS[char]
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if base and base != char and all(_has_glyph(c) for c in base):
        return base
    return "?"


def printable(text: str) -> str:
    """Replace characters the built-in font lacks by their closest ASCII form."""
    if text.isascii():
        return text
    return "".join(_drawable(char) for char in text)


def _horizontal_scale(font: FontChoice) -> float:
    """Factor that turns the built-in font's widths into the requested character width."""
    height = max(font.height_dots, 1)
    if font.name == "0" or font.name not in BITMAP_FONT_CELLS:
        return _FONT_ZERO_CONDENSING * font.width_dots / height
    # Bitmap fonts are monospaced cells: make an average glyph as wide as the cell.
    return font.width_dots / (0.6 * height)


class TextPainter:
    """Measures and draws text in one font choice."""

    def __init__(self, font: FontChoice) -> None:
        size = max(1, min(font.height_dots, MAX_FONT_DOTS))
        self.font = _font(size)
        self.scale = max(_horizontal_scale(font), 0.05)
        ascent, descent = self.font.getmetrics()
        self.ascent = int(ascent)
        self.line_height = int(ascent + descent)
        self.size = size

    def width_of(self, text: str) -> int:
        """Return the drawn width of ``text`` in dots."""
        return math.ceil(self.font.getlength(printable(text)) * self.scale)

    def line(self, text: str) -> Image.Image:
        """Draw one line of text as a mask, cut to what a label could ever show."""
        text = self._fit(printable(text))
        natural = math.ceil(self.font.getlength(text)) + 1
        mask = Image.new("1", (max(natural, 1), max(self.line_height, 1)), 0)
        ImageDraw.Draw(mask).text((0, 0), text, font=self.font, fill=255)
        width = max(1, round(natural * self.scale))
        if width != natural:
            mask = mask.resize((width, mask.height), Image.Resampling.NEAREST)
        return mask

    def _fit(self, text: str) -> str:
        """Shorten text whose image would be wider than ``MAX_DOTS``."""
        average = max(self.size * 0.3 * self.scale, 0.5)
        limit = int(MAX_DOTS / average) + 1
        return text[:limit]


def draw_text(text: str, font: FontChoice) -> TextImage:
    """Draw a single-line text field."""
    painter = TextPainter(font)
    return TextImage(painter.line(text), 0, painter.ascent)


def draw_block(text: str, font: FontChoice, block: FieldBlock) -> tuple[TextImage, bool]:
    r"""Draw a ``^FB`` block; the flag says whether lines beyond the maximum were left out.

    ``\&`` breaks a line; words wrap at the block width. The ``^FT`` anchor is the baseline of
    the last line the block may hold (even when fewer lines are used). Justification ``J``
    spreads the words of every line but the last of a paragraph over the block width.
    """
    painter = TextPainter(font)
    lines = _wrap(text, painter, block.width_dots)
    max_lines = max(block.max_lines, 1)
    overflow = len(lines) > max_lines
    pitch = painter.line_height + block.spacing_dots
    # Only lines that land within the largest drawable field are drawn at all.
    visible = max(1, MAX_DOTS // pitch + 1) if pitch > 0 else max_lines
    lines = lines[: min(max_lines, visible)]
    width = max(block.width_dots, 1)
    height = max(pitch * (len(lines) - 1) + painter.line_height, 1)
    mask = Image.new("1", (min(width, MAX_DOTS), min(height, MAX_DOTS)), 0)
    for index, (line, paragraph_end) in enumerate(lines):
        if block.justification == "J" and not paragraph_end and " " in line.strip():
            line_mask = _justified(painter, line.strip(), block.width_dots)
        else:
            line_mask = painter.line(line)
        x = _line_x(block, line_mask.width, index)
        mask.paste(
            255,
            (x, index * pitch, x + line_mask.width, index * pitch + line_mask.height),
            line_mask,
        )
    baseline_y = pitch * (max_lines - 1) + painter.ascent
    return TextImage(mask, 0, baseline_y), overflow


def _line_x(block: FieldBlock, line_width: int, index: int) -> int:
    """Left edge of a line inside the block for its justification."""
    if block.justification == "C":
        return max((block.width_dots - line_width) // 2, 0)
    if block.justification == "R":
        return max(block.width_dots - line_width, 0)
    return block.indent_dots if index else 0


def _justified(painter: TextPainter, line: str, width_dots: int) -> Image.Image:
    """Draw a line with its words spread so that it fills ``width_dots``."""
    words = [painter.line(word) for word in line.split()]
    gaps = len(words) - 1
    free = max(width_dots - sum(word.width for word in words), gaps)
    mask = Image.new("1", (min(max(width_dots, 1), MAX_DOTS), painter.line_height), 0)
    x = 0
    for index, word in enumerate(words):
        mask.paste(255, (x, 0, x + word.width, word.height), word)
        x += word.width + (free * (index + 1) // gaps - free * index // gaps)
    return mask


def _wrap(text: str, painter: TextPainter, width_dots: int) -> list[tuple[str, bool]]:
    r"""Break text into lines at ``\&`` and at spaces; each line says if it ends a paragraph."""
    lines: list[tuple[str, bool]] = []
    for paragraph in text.split("\\&"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and painter.width_of(candidate) > width_dots:
                lines.append((current, False))
                current = word
            else:
                current = candidate
        lines.append((current, True))
    return lines
