"""``^GF`` graphic fields: every encoding decodes back to the same dots."""

from __future__ import annotations

import base64
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from packstation.printing.zpl.graphic import (
    crc16_xmodem,
    decode_graphic_field,
    encode_graphic_field,
    encode_rows,
    pack_image,
)

COMPRESSIONS = ["hex", "rle", "z64", "b64"]


def _parts(command: str) -> tuple[list[str], str]:
    assert command.startswith("^GFA,")
    fields = command[3:].split(",", 4)
    return fields[:4], fields[4]


def _sample_image(width: int = 203, height: int = 90) -> Image.Image:
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((5, 5, 120, 40), fill=0)
    draw.ellipse((90, 20, 200, 89), fill=30)
    draw.line((0, 89, 202, 0), fill=0, width=3)
    return image


def test_crc_is_crc16_xmodem() -> None:
    # The standard check value of CRC-16/XMODEM over "123456789".
    assert crc16_xmodem(b"123456789") == 0x31C3


def test_rows_are_packed_msb_first_with_black_as_one() -> None:
    image = Image.new("L", (10, 2), 255)
    image.putpixel((0, 0), 0)
    image.putpixel((9, 1), 0)
    rows, bytes_per_row, height = pack_image(image)
    assert (bytes_per_row, height) == (2, 2)
    assert rows == bytes([0b1000_0000, 0, 0, 0b0100_0000])


def test_threshold_has_no_dithering() -> None:
    image = Image.new("L", (16, 1), 127)
    image.paste(128, (8, 0, 16, 1))
    rows, _, _ = pack_image(image)
    assert rows == bytes([0xFF, 0x00])


def test_transparent_pixels_count_as_white() -> None:
    image = Image.new("RGBA", (8, 1), (0, 0, 0, 0))
    image.putpixel((3, 0), (0, 0, 0, 255))
    assert pack_image(image)[0] == bytes([0b0001_0000])


def test_run_length_form_uses_fills_repeats_and_row_copies() -> None:
    rows = bytes.fromhex("FFFF00000000F000FF0F")
    # FFFF: all F -> "!"; 0000 -> ","; same row again -> ":"; F000 -> "F,"; FF0F -> "HF0" + "!".
    assert encode_rows(rows, 2, "rle") == "!,:F,HF0!"


def test_run_length_decoding_of_hand_written_data() -> None:
    decoded = decode_graphic_field(["A", "8", "8", "2"], "JF\n,:HFH0")
    assert decoded.rows == bytes.fromhex("FFFF00000000FF00")
    assert decoded.warnings == []
    short = decode_graphic_field(["A", "8", "8", "2"], "JF")
    assert short.rows == bytes.fromhex("FFFF") + bytes(6)
    assert short.warnings == ["^GF data has 2 of 8 bytes; the rest is blank"]


def test_long_runs_split_into_groups_every_printer_reads() -> None:
    rows = bytes([0xAA] * 300)  # 600 'A' digits in a row
    text = encode_rows(rows, 300, "rle")
    # 419 (z = 400, Y = 19) + 181 (o = 180, G = 1)
    assert text == "zYA" + "oGA"
    assert decode_graphic_field(["A", "300", "300", "300"], text).rows == rows


def test_z64_is_zlib_base64_and_crc_of_the_base64_text() -> None:
    rows = bytes(range(256))
    text = encode_rows(rows, 16, "z64")
    tag, payload, crc = text.split(":")[1:]
    assert tag == "Z64"
    assert zlib.decompress(base64.b64decode(payload)) == rows
    assert crc == f"{crc16_xmodem(payload.encode()):04X}"


@pytest.mark.parametrize("compression", COMPRESSIONS)
def test_each_compression_decodes_to_the_same_dots(compression: str) -> None:
    image = _sample_image()
    header, data = _parts(encode_graphic_field(image, compression))  # type: ignore[arg-type]
    decoded = decode_graphic_field(header, data)
    assert decoded.warnings == []
    assert decoded.rows == pack_image(image)[0]
    assert (decoded.width_dots, decoded.height_dots) == (208, 90)


@settings(max_examples=60, deadline=None)
@given(
    width=st.integers(1, 40),
    height=st.integers(1, 12),
    seed=st.binary(min_size=1, max_size=600),
    compression=st.sampled_from(COMPRESSIONS),
)
def test_random_images_round_trip(width: int, height: int, seed: bytes, compression: str) -> None:
    pixels = [0 if seed[i % len(seed)] & (1 << (i % 8)) else 255 for i in range(width * height)]
    image = Image.new("L", (width, height))
    image.putdata(pixels)
    header, data = _parts(encode_graphic_field(image, compression))  # type: ignore[arg-type]
    assert decode_graphic_field(header, data).rows == pack_image(image)[0]


def test_bad_checksum_is_a_warning_not_an_error() -> None:
    text = encode_rows(bytes(8), 2, "z64")
    broken = text[:-4] + ("0000" if not text.endswith("0000") else "FFFF")
    decoded = decode_graphic_field(["A", "8", "8", "2"], broken)
    assert decoded.rows == bytes(8)
    assert decoded.warnings == ["^GF :Z64: checksum does not match the data"]


def test_undecodable_z64_and_garbage_become_warnings() -> None:
    assert decode_graphic_field(["A", "4", "4", "2"], ":Z64:AAAA:1234").warnings
    garbage = decode_graphic_field(["A", "4", "4", "2"], "FF$$&&00")
    assert garbage.rows == bytes([0xFF, 0x00, 0, 0])
    assert any("not hex" in warning for warning in garbage.warnings)


def test_missing_or_absurd_sizes_draw_nothing_or_are_capped() -> None:
    assert decode_graphic_field(["A", "", "", ""], "FF").height_dots == 0
    huge = decode_graphic_field(["A", "9" * 40, "9" * 40, "1"], "zzzzF")
    assert huge.height_dots == 0
    capped = decode_graphic_field(["A", "99999999", "99999999", "100"], "FF")
    assert capped.height_dots * capped.bytes_per_row <= 16 * 1024 * 1024
