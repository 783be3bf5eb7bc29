"""Raster images become exact ESC/POS bytes (GS v 0), thresholded without dithering."""

from __future__ import annotations

import pytest
from PIL import Image

from packstation.printing.escpos_output import (
    EscposImageTooWideError,
    image_to_escpos,
    to_monochrome,
)

ESC_INIT = b"\x1b@"
FEED_AND_CUT = b"\x1bd\x06" + b"\x1dV\x00"


def _raster_header(width_bytes: int, height: int) -> bytes:
    # GS v 0, mode 0 (normal density), width in bytes and height in dots, little-endian.
    return b"\x1dv0\x00" + width_bytes.to_bytes(2, "little") + height.to_bytes(2, "little")


def test_a_small_image_gives_exact_bytes() -> None:
    image = Image.new("L", (10, 2), 255)
    image.putpixel((0, 0), 0)
    image.putpixel((9, 1), 0)
    expected = (
        ESC_INIT
        + _raster_header(2, 2)
        # Row 0: first dot black (MSB); row 1: dot 9 black (second byte, bit 6).
        + bytes([0b1000_0000, 0, 0, 0b0100_0000])
        + FEED_AND_CUT
    )
    assert image_to_escpos(image) == expected


def test_without_cut_no_feed_or_cut_follows() -> None:
    image = Image.new("1", (8, 1), 0)
    assert image_to_escpos(image, cut=False) == ESC_INIT + _raster_header(1, 1) + b"\xff"


def test_greys_are_thresholded_not_dithered() -> None:
    image = Image.new("L", (16, 4), 140)
    image.paste(100, (0, 0, 8, 4))
    mono = to_monochrome(image)
    assert mono.mode == "1"
    assert [mono.getpixel((x, 0)) for x in (0, 7, 8, 15)] == [0, 0, 255, 255]
    assert mono.crop((0, 0, 8, 4)).getextrema() == (0, 0)
    assert mono.crop((8, 0, 16, 4)).getextrema() == (255, 255)


def test_transparent_pixels_print_white() -> None:
    image = Image.new("RGBA", (8, 1), (0, 0, 0, 0))
    assert image_to_escpos(image, cut=False).endswith(b"\x00")


def test_tall_images_go_in_bands() -> None:
    image = Image.new("1", (8, 1000), 255)
    output = image_to_escpos(image, cut=False)
    assert output.count(b"\x1dv0") == 2
    assert _raster_header(1, 960) in output and _raster_header(1, 40) in output


def test_an_image_wider_than_the_paper_is_refused() -> None:
    with pytest.raises(EscposImageTooWideError):
        image_to_escpos(Image.new("1", (600, 10)), paper_width_px=576)
