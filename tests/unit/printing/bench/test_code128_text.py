"""Code 128 symbol values read back as a scanner reports them, checked against zxing-cpp."""

from __future__ import annotations

import pytest
import zxingcpp

from packstation.printing.bench.code128_text import GROUP_SEPARATOR, scanned_text
from packstation.printing.zpl import render_zpl
from packstation.printing.zpl.barcodes.code128 import encode_code128

FIELD_DATA = [
    ">;12345678",
    ">:JD>5014123456789",
    "JJD0001234567890",
    ">9AB>6cd",
    "A>0B>=C><D",
    ">:AB>8CD",
    ">;1234>6AB>512",
    "1Z999AA10123456784",
    "ab>4Cd",
]


def _zxing_text(data: str) -> list[str]:
    zpl = f"^XA^FO40,40^BY2^BCN,100,N,N,N^FD{data}^FS^XZ"
    image = render_zpl(zpl).images[0].convert("L")
    results = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormat.Code128, text_mode=zxingcpp.TextMode.Plain
    )
    return [result.text for result in results]


@pytest.mark.parametrize("data", FIELD_DATA)
def test_reads_what_a_scanner_reads_from_the_drawn_bars(data: str) -> None:
    assert _zxing_text(data) == [scanned_text(encode_code128(data).values)]


def test_invocation_codes_are_not_data() -> None:
    assert scanned_text(encode_code128(">:JD>5014123456789").values) == "JD014123456789"
    assert scanned_text(encode_code128(">;12345678").values) == "12345678"


def test_fnc1_first_is_the_gs1_marker_and_later_ones_are_group_separators() -> None:
    values = encode_code128("(01)09501101530008(10)AB1", "D").values
    assert scanned_text(values) == "0109501101530008" + "10AB1"
    separated = encode_code128(">;>80112345678901231>810AB").values
    assert scanned_text(separated) == "01123456789012" + "31" + GROUP_SEPARATOR + "10AB"


def test_shift_reads_one_character_from_the_other_subset() -> None:
    # Start B, "a", SHIFT, value 65 in subset A is control character 1, then "b".
    values = [104, 65, 98, 65, 66]
    assert scanned_text([*values, 0]) == "a\x01b"


def test_fnc4_shifts_one_character_and_a_pair_latches() -> None:
    single = [104, 100, 33, 33, 0]
    assert scanned_text(single) == chr(ord("A") + 128) + "A"
    latched = [104, 100, 100, 33, 33, 100, 100, 33, 0]
    assert scanned_text(latched) == chr(ord("A") + 128) * 2 + "A"


def test_values_without_a_start_code_are_refused() -> None:
    with pytest.raises(ValueError, match="start code"):
        scanned_text([33, 34, 35])
