"""Turn barcode commands (``^BC ^B3 ^B2 ^BE ^BU ^BQ ^BX``) and field data into field images."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from packstation.printing.zpl.barcodes.code39 import code39_widths, encode_code39
from packstation.printing.zpl.barcodes.code128 import encode_code128
from packstation.printing.zpl.barcodes.datamatrix import DataTooLong, encode_datamatrix
from packstation.printing.zpl.barcodes.ean import encode_ean
from packstation.printing.zpl.barcodes.interleaved2of5 import (
    encode_interleaved_2of5,
    interleaved_widths,
)
from packstation.printing.zpl.barcodes.qr import parse_qr_field, qr_modules
from packstation.printing.zpl.drawing import FieldImage, linear_barcode, matrix_symbol, placeholder
from packstation.printing.zpl.numbers import parse_choice, parse_flag, parse_int
from packstation.printing.zpl.state import MAX_DOTS, ORIENTATIONS, BarcodeDefaults

SUPPORTED_SYMBOLS = frozenset({"BC", "B3", "B2", "BE", "BU", "BQ", "BX"})


@dataclass
class Symbol:
    """A drawn symbol, its orientation and what the preview could not do exactly."""

    image: FieldImage
    orientation: str
    notes: list[str] = field(default_factory=list)
    unsupported: bool = False


def build_symbol(
    kind: str,
    params: list[str],
    data: bytes,
    defaults: BarcodeDefaults,
    dpi: int,
    field_orientation: str,
) -> Symbol:
    """Draw the symbol of command ``kind`` for ``data``."""
    params = params + [""] * 8
    orientation = parse_choice(params[0], ORIENTATIONS, field_orientation)
    if kind == "BC":
        return _code128(params, data, defaults, orientation)
    if kind == "B3":
        return _code39(params, data, defaults, orientation)
    if kind == "B2":
        return _interleaved(params, data, defaults, orientation)
    if kind in ("BE", "BU"):
        return _ean(kind, params, data, defaults, orientation)
    if kind == "BQ":
        return _qr(params, data, dpi)
    return _datamatrix(params, data, defaults, orientation)


def _code128(params: list[str], data: bytes, defaults: BarcodeDefaults, orientation: str) -> Symbol:
    height = parse_int(params[1], defaults.height_dots, 1, MAX_DOTS)
    show_text = parse_flag(params[2], True)
    text_above = parse_flag(params[3], False)
    mode = parse_choice(params[5], "NUAD", "N")
    symbol = encode_code128(data.decode("latin-1"), mode)
    module = defaults.module_dots
    widths = [len(run) * module for run in re.findall(r"1+|0+", symbol.modules())]
    image = linear_barcode(
        widths,
        height,
        symbol.text if show_text else None,
        text_above=text_above,
        module_dots=module,
    )
    return Symbol(image, orientation, symbol.notes)


def _code39(params: list[str], data: bytes, defaults: BarcodeDefaults, orientation: str) -> Symbol:
    check_digit = parse_flag(params[1], False)
    height = parse_int(params[2], defaults.height_dots, 1, MAX_DOTS)
    show_text = parse_flag(params[3], True)
    text_above = parse_flag(params[4], False)
    symbol = encode_code39(data.decode("latin-1"), check_digit=check_digit)
    narrow = defaults.module_dots
    wide = max(narrow + 1, round(narrow * defaults.ratio))
    image = linear_barcode(
        code39_widths(symbol, narrow, wide),
        height,
        symbol.text if show_text else None,
        text_above=text_above,
        module_dots=narrow,
    )
    return Symbol(image, orientation, symbol.notes)


def _interleaved(
    params: list[str], data: bytes, defaults: BarcodeDefaults, orientation: str
) -> Symbol:
    height = parse_int(params[1], defaults.height_dots, 1, MAX_DOTS)
    show_text = parse_flag(params[2], True)
    text_above = parse_flag(params[3], False)
    check_digit = parse_flag(params[4], False)
    symbol = encode_interleaved_2of5(data.decode("latin-1"), check_digit=check_digit)
    narrow = defaults.module_dots
    wide = max(narrow + 1, round(narrow * defaults.ratio))
    image = linear_barcode(
        interleaved_widths(symbol, narrow, wide),
        height,
        symbol.text if show_text else None,
        text_above=text_above,
        module_dots=narrow,
    )
    return Symbol(image, orientation, symbol.notes)


def _ean(
    kind: str, params: list[str], data: bytes, defaults: BarcodeDefaults, orientation: str
) -> Symbol:
    height = parse_int(params[1], defaults.height_dots, 1, MAX_DOTS)
    show_text = parse_flag(params[2], True)
    text_above = parse_flag(params[3], False)
    symbol = encode_ean(data.decode("latin-1"), "ean13" if kind == "BE" else "upca")
    module = defaults.module_dots
    if symbol is None:
        notes = [f"^{kind} data has no digits; a placeholder is drawn"]
        return Symbol(placeholder(95 * module, height), orientation, notes, unsupported=True)
    widths = [len(run) * module for run in re.findall(r"1+|0+", symbol.modules)]
    text = symbol.text if show_text else None
    image = linear_barcode(widths, height, text, text_above=text_above, module_dots=module)
    return Symbol(image, orientation, symbol.notes)


def _default_qr_magnification(dpi: int) -> int:
    """Return the printer's default QR module size: 1 to 150 dpi, 2 at 200, 3 at 300, 6 at 600."""
    if dpi <= 150:
        return 1
    if dpi < 300:
        return 2
    return 3 if dpi < 600 else 6


def _qr(params: list[str], data: bytes, dpi: int) -> Symbol:
    magnification = parse_int(params[2], _default_qr_magnification(dpi), 1, 10)
    default_level = parse_choice(params[3], "HQML", "Q")
    parsed = parse_qr_field(data, default_level)
    try:
        modules = qr_modules(parsed.payload, parsed.level)
    except ValueError:
        notes = ["^BQ data is too long for a QR code; a placeholder is drawn"]
        return Symbol(placeholder(100, 100), "N", notes, unsupported=True)
    # ^BQ only knows normal orientation.
    return Symbol(matrix_symbol(modules, magnification), "N")


_DM_ESCAPE = re.compile(rb"(?P<esc>.)(?:(?P<fnc>1)|d(?P<byte>\d{3}))", re.DOTALL)


def _datamatrix_payload(data: bytes, escape: bytes) -> tuple[bytes, frozenset[int]]:
    """Resolve ``^BX`` escape sequences: ``<esc>1`` is FNC1, ``<esc>dNNN`` a byte value."""
    out = bytearray()
    fnc1: set[int] = set()
    index = 0
    while index < len(data):
        if data[index : index + 1] == escape:
            nxt = data[index + 1 : index + 2]
            if nxt == b"1":
                fnc1.add(len(out))
                out.append(0)
                index += 2
                continue
            digits = data[index + 2 : index + 5]
            if nxt == b"d" and len(digits) == 3 and digits.isdigit() and int(digits) < 256:
                out.append(int(digits))
                index += 5
                continue
        out.append(data[index])
        index += 1
    return bytes(out), frozenset(fnc1)


def _datamatrix(
    params: list[str], data: bytes, defaults: BarcodeDefaults, orientation: str
) -> Symbol:
    module = parse_int(params[1], max(defaults.module_dots, 1) * 2, 1, 200)
    quality = parse_int(params[2], 0, 0, 200)
    if quality != 200:
        notes = [f"^BX quality {quality} (ECC 000-140) is not supported; a placeholder is drawn"]
        return Symbol(placeholder(module * 16, module * 16), orientation, notes, unsupported=True)
    columns = parse_int(params[3], 0, 0, 144)
    rows = parse_int(params[4], 0, 0, 144)
    notes = []
    if columns and rows and columns != rows:
        notes.append("^BX rectangular symbols are drawn as the nearest square size")
    escape = params[6][:1].encode("latin-1") if params[6] else b"~"
    payload, fnc1 = _datamatrix_payload(data, escape)
    try:
        modules = encode_datamatrix(payload, fnc1_positions=fnc1, minimum_side=max(columns, rows))
    except DataTooLong:
        notes.append("^BX data is too long for a Data Matrix symbol; a placeholder is drawn")
        return Symbol(placeholder(module * 16, module * 16), orientation, notes, unsupported=True)
    return Symbol(matrix_symbol(modules, module), orientation, notes)
