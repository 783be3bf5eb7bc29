"""Shared helpers for the ZPL renderer tests."""

from __future__ import annotations

import zxingcpp
from PIL import Image, ImageChops


def ink_box(image: Image.Image) -> tuple[int, int, int, int] | None:
    """Bounding box (left, top, right, bottom) of the black dots of a rendered label."""
    return ImageChops.invert(image.convert("L")).getbbox()


def decoded(image: Image.Image) -> list[tuple[str, str]]:
    """(format name, text) of every barcode zxing-cpp finds in the image."""
    return [(result.format.name, result.text) for result in zxingcpp.read_barcodes(image)]
