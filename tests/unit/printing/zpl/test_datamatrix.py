"""Data Matrix ECC 200: every square size decodes, plus FNC1, escapes and bytes above 127."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image

from packstation.printing.zpl import render_zpl
from packstation.printing.zpl.barcodes.datamatrix import (
    SQUARE_SIZES,
    DataTooLong,
    ascii_codewords,
    encode_datamatrix,
)
from packstation.printing.zpl.barcodes.reed_solomon import error_correction, gf_multiply


def _image(modules: list[list[bool]], module_px: int = 4) -> Image.Image:
    side = len(modules)
    small = Image.new("L", (side, side), 255)
    small.putdata([0 if dark else 255 for row in modules for dark in row])
    big = small.resize((side * module_px, side * module_px), Image.Resampling.NEAREST)
    framed = Image.new("L", (big.width + 8 * module_px, big.height + 8 * module_px), 255)
    framed.paste(big, (4 * module_px, 4 * module_px))
    return framed


@pytest.mark.parametrize("size", SQUARE_SIZES, ids=lambda size: f"{size.side}x{size.side}")
def test_every_square_size_decodes(size: object) -> None:
    side = size.side  # type: ignore[attr-defined]
    capacity = size.data_codewords  # type: ignore[attr-defined]
    # Letters take one codeword each, so this fills the symbol exactly.
    data = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 80)[:capacity].encode()
    modules = encode_datamatrix(data)
    assert len(modules) == side
    module_px = 4 if side < 100 else 3
    (result,) = zxingcpp.read_barcodes(_image(modules, module_px))
    assert result.format.name == "DataMatrix"
    assert result.bytes == data


def test_digit_pairs_take_one_codeword() -> None:
    assert ascii_codewords(b"123") == [130 + 12, ord("3") + 1]


def test_bytes_above_127_use_upper_shift() -> None:
    assert ascii_codewords(bytes([0xE9])) == [235, 0xE9 - 127]
    (result,) = zxingcpp.read_barcodes(_image(encode_datamatrix("Café".encode("latin-1"))))
    assert result.bytes == "Café".encode("latin-1")


def test_too_much_data_is_refused() -> None:
    with pytest.raises(DataTooLong):
        encode_datamatrix(b"A" * 1600)


def test_reed_solomon_remainder_makes_the_codeword_polynomial_vanish() -> None:
    data = [66, 129, 70, 138, 165]
    check = error_correction(data, 7)
    # A valid codeword c(x) has every generator root 2^1 … 2^7 as a root.
    codeword = data + check
    for power in range(1, 8):
        root = 1
        for _ in range(power):
            root = gf_multiply(root, 2)
        value = 0
        for coefficient in codeword:
            value = gf_multiply(value, root) ^ coefficient
        assert value == 0


def test_gs1_fnc1_escape_in_field_data() -> None:
    result = render_zpl("^XA^FO20,20^BXN,6,200,,,,_^FD_10104012345678901^FS^XZ")
    (symbol,) = zxingcpp.read_barcodes(result.images[0], text_mode=zxingcpp.TextMode.Plain)
    assert symbol.symbology_identifier == "]d2"
    assert symbol.text == "0104012345678901"


def test_byte_value_escape_in_field_data() -> None:
    result = render_zpl("^XA^FO20,20^BXN,6,200^FDA~d029B^FS^XZ")
    (symbol,) = zxingcpp.read_barcodes(result.images[0])
    assert symbol.bytes == b"A\x1dB"
