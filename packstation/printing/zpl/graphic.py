"""``^GF`` graphic fields: encode a 1-bit image and decode the field data back.

Rows are packed most significant bit first, a set bit is a black dot, and every row takes
``ceil(width / 8)`` bytes. Three ASCII forms exist and both directions share the code here:

* plain hex, two characters per byte;
* ZPL's run-length "compressed ASCII": ``G``-``Y`` repeat the next hex digit 1-19 times,
  ``g``-``z`` add 20-400, ``,`` fills the rest of a row with ``0``, ``!`` with ``F``, and ``:``
  repeats the previous row;
* ``:Z64:`` (zlib, then base64) or ``:B64:`` (base64), followed by ``:`` and the CRC-16/XMODEM of
  the base64 text as four hex digits.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    # Pillow loads with the first picture drawn or packed, not when the station starts.
    from PIL import Image

Compression = Literal["z64", "b64", "rle", "hex"]

_UPPER_COUNTS = {chr(ord("G") + i): i + 1 for i in range(19)}  # G=1 … Y=19
_LOWER_COUNTS = {chr(ord("g") + i): (i + 1) * 20 for i in range(20)}  # g=20 … z=400
_BASE64_FORM = re.compile(r":(Z64|B64):([A-Za-z0-9+/=\s]*)(?::([0-9A-Fa-f]{0,4}))?", re.DOTALL)
# The largest graphic the decoder builds; bigger claims are cut so garbage cannot exhaust memory.
MAX_GRAPHIC_BYTES = 16 * 1024 * 1024


@dataclass
class GraphicData:
    """Decoded graphic: packed rows (1 = black) plus any problems met while decoding."""

    width_dots: int
    height_dots: int
    bytes_per_row: int
    rows: bytes
    warnings: list[str] = field(default_factory=list)

    def to_mask(self) -> Image.Image:
        """Return a mode ``1`` image whose set pixels are the black dots."""
        from PIL import Image

        if self.width_dots == 0 or self.height_dots == 0:
            return Image.new("1", (0, 0))
        return Image.frombytes("1", (self.bytes_per_row * 8, self.height_dots), self.rows)


def crc16_xmodem(data: bytes) -> int:
    """Return the CRC-16/XMODEM (polynomial 0x1021, initial value 0) of ``data``."""
    return binascii.crc_hqx(data, 0)


def pack_image(image: Image.Image, threshold: int = 128) -> tuple[bytes, int, int]:
    """Pack an image into rows of bits, 1 = black; pixels darker than ``threshold`` are black.

    Returns ``(rows, bytes_per_row, height)``. No dithering: each pixel is compared on its own.
    """
    gray = image if image.mode == "L" else _flatten_on_white(image)
    ink = gray.point(lambda value: 255 if value < threshold else 0, mode="1")
    return ink.tobytes(), math.ceil(ink.width / 8), ink.height


def _flatten_on_white(image: Image.Image) -> Image.Image:
    """Grey version of ``image`` with any transparency composited over white."""
    if image.mode == "1":
        return image.convert("L")
    if "A" in image.getbands() or image.mode == "P":
        from PIL import Image

        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("L")
    return image.convert("L")


def encode_graphic_field(
    image: Image.Image, compression: Compression = "z64", threshold: int = 128
) -> str:
    """Return a complete ``^GFA`` command (without ``^FS``) that draws ``image`` in black."""
    rows, bytes_per_row, height = pack_image(image, threshold)
    total = bytes_per_row * height
    return f"^GFA,{total},{total},{bytes_per_row},{encode_rows(rows, bytes_per_row, compression)}"


def encode_rows(rows: bytes, bytes_per_row: int, compression: Compression) -> str:
    """Return the data part of a ``^GFA`` field for packed ``rows`` in the chosen form."""
    if compression == "hex":
        return rows.hex().upper()
    if compression == "rle":
        return _run_length_encode(rows, bytes_per_row)
    if compression in ("z64", "b64"):
        payload = zlib.compress(rows, 9) if compression == "z64" else rows
        text = base64.b64encode(payload)
        tag = "Z64" if compression == "z64" else "B64"
        return f":{tag}:{text.decode('ascii')}:{crc16_xmodem(text):04X}"
    raise ValueError(f"unknown ^GF compression {compression!r}")


def _run_length_encode(rows: bytes, bytes_per_row: int) -> str:
    """ZPL compressed ASCII: one token string per row, ``:`` for a repeated row."""
    out: list[str] = []
    previous: bytes | None = None
    for start in range(0, len(rows), bytes_per_row):
        row = rows[start : start + bytes_per_row]
        if row == previous:
            out.append(":")
            continue
        previous = row
        hex_row = row.hex().upper()
        stripped = hex_row.rstrip("0")
        tail = ","
        if len(stripped) == len(hex_row):
            stripped = hex_row.rstrip("F")
            tail = "!" if len(stripped) < len(hex_row) else ""
        out.append(_compress_runs(stripped) + tail)
    return "".join(out)


def _compress_runs(hex_text: str) -> str:
    """Replace runs of one hex digit by repeat letters."""
    parts: list[str] = []
    for match in re.finditer(r"(.)\1*", hex_text):
        remaining = len(match.group(0))
        # One group holds at most one lower- and one upper-case letter (400 + 19), which every
        # firmware reads; longer runs become several groups.
        while remaining:
            chunk = min(remaining, _MAX_GROUP)
            parts.append(_repeat_code(chunk) + match.group(1))
            remaining -= chunk
    return "".join(parts)


_MAX_GROUP = 419


def _repeat_code(count: int) -> str:
    """Letters meaning "repeat ``count`` times" (empty for a single character)."""
    if count == 1:
        return ""
    code = ""
    if count >= 20:
        code += chr(ord("g") + count // 20 - 1)
        count %= 20
    if count:
        code += chr(ord("G") + count - 1)
    return code


def decode_graphic_field(params: list[str], data: str) -> GraphicData:
    """Decode ``^GF`` parameters ``[format, byte_count, field_count, bytes_per_row]`` and data.

    ``data`` is the text after the fourth comma (ASCII forms) or the raw bytes as Latin-1 text
    (``B`` form). Problems become warnings and the graphic is padded or cut to its declared size.
    """
    warnings: list[str] = []
    kind = (params[0] if params else "A").upper() or "A"
    field_count = _count(params, 2, warnings)
    bytes_per_row = _count(params, 3, warnings)
    if bytes_per_row <= 0:
        return GraphicData(0, 0, 0, b"", ["^GF without bytes per row; nothing drawn"])
    field_count = min(field_count, MAX_GRAPHIC_BYTES)
    height = field_count // bytes_per_row
    if kind == "A":
        raw = _decode_ascii(data, bytes_per_row, warnings)
    elif kind == "B":
        raw = data.encode("latin-1")
    else:
        return GraphicData(0, 0, 0, b"", [f"^GF format {kind!r} is not supported; nothing drawn"])
    expected = height * bytes_per_row
    if len(raw) < expected:
        warnings.append(f"^GF data has {len(raw)} of {expected} bytes; the rest is blank")
        raw = raw + bytes(expected - len(raw))
    return GraphicData(bytes_per_row * 8, height, bytes_per_row, raw[:expected], warnings)


def _count(params: list[str], index: int, warnings: list[str]) -> int:
    """Read a non-negative integer parameter; a bad or missing one counts as 0, with a warning."""
    text = params[index].strip() if len(params) > index else ""
    if text.isdigit() and len(text) <= 9:
        return int(text)
    warnings.append(f"^GF parameter {index + 1} {text[:20]!r} is not a usable number")
    return 0


def _decode_ascii(data: str, bytes_per_row: int, warnings: list[str]) -> bytes:
    """Decode hex, compressed ASCII or a base64 form into packed rows."""
    match = _BASE64_FORM.match(data.strip())
    if match is not None:
        return _decode_base64_form(match, warnings)
    return _decode_compressed_hex(data, bytes_per_row, warnings)


def _decode_base64_form(match: re.Match[str], warnings: list[str]) -> bytes:
    """Decode ``:Z64:`` / ``:B64:`` data and check its CRC when one is given."""
    tag, text, crc_text = match.group(1), re.sub(r"\s", "", match.group(2)), match.group(3)
    if crc_text and int(crc_text, 16) != crc16_xmodem(text.encode("ascii")):
        warnings.append(f"^GF :{tag}: checksum does not match the data")
    try:
        payload = base64.b64decode(text + "=" * (-len(text) % 4))
        if tag == "Z64":
            inflater = zlib.decompressobj()
            payload = inflater.decompress(payload, MAX_GRAPHIC_BYTES)
    except (binascii.Error, zlib.error, ValueError) as error:
        warnings.append(f"^GF :{tag}: data cannot be decoded ({error})")
        return b""
    return payload


_HEX_TOKENS = re.compile(
    r"(?P<count>[G-Yg-z]+)(?P<digit>[0-9A-Fa-f])|(?P<hex>[0-9A-Fa-f]+)|(?P<code>[,!:])|(?P<other>\S)"
)


def _decode_compressed_hex(data: str, bytes_per_row: int, warnings: list[str]) -> bytes:
    """Decode plain or run-length compressed hex, row by row."""
    rows = _RowBuilder(bytes_per_row * 2)
    bad = 0
    for token in _HEX_TOKENS.finditer(data):
        if token.lastgroup == "digit":
            count = sum(_UPPER_COUNTS.get(c, 0) + _LOWER_COUNTS.get(c, 0) for c in token["count"])
            rows.add(token["digit"] * min(count, MAX_GRAPHIC_BYTES * 2))
        elif token.lastgroup == "hex":
            rows.add(token["hex"])
        elif token.lastgroup == "code":
            rows.close_with(token["code"])
        else:
            bad += 1
        if rows.size_bytes >= MAX_GRAPHIC_BYTES:
            break
    if bad:
        warnings.append(f"^GF data has {bad} characters that are not hex or compression codes")
    return rows.finish()


class _RowBuilder:
    """Collects hex digits into rows so that fills and row repeats know where a row starts."""

    def __init__(self, row_digits: int) -> None:
        self.row_digits = row_digits
        self.done: list[str] = []
        self.current = ""
        self.previous = "0" * row_digits
        self.size_bytes = 0

    def add(self, digits: str) -> None:
        self.current += digits
        if len(self.current) < self.row_digits:
            return
        whole = len(self.current) - len(self.current) % self.row_digits
        for start in range(0, whole, self.row_digits):
            self._close(self.current[start : start + self.row_digits])
        self.current = self.current[whole:]

    def close_with(self, code: str) -> None:
        """End the current row: ``,`` pads with 0, ``!`` with F, ``:`` copies the previous row."""
        if code == ":":
            self._close(self.current + self.previous[len(self.current) :])
        else:
            self._close(self.current.ljust(self.row_digits, "0" if code == "," else "F"))
        self.current = ""

    def _close(self, row: str) -> None:
        self.done.append(row)
        self.previous = row
        self.size_bytes += self.row_digits // 2

    def finish(self) -> bytes:
        text = "".join(self.done) + self.current
        return bytes.fromhex(text[: len(text) - len(text) % 2])
