"""Barcodes drawn by the preview decode (zxing-cpp) to exactly the data in the ZPL."""

from __future__ import annotations

import pytest
import zxingcpp

from packstation.printing.zpl import render_zpl
from tests.unit.printing.zpl.helpers import decoded

DPIS = [203, 300]
ORIENTATIONS = ["N", "R", "I", "B"]

CODE128_CASES = [
    # (field data, what the symbol holds)
    ("Hello-World 42", "Hello-World 42"),
    (">;12345678901234", "12345678901234"),
    (">:JJD>5000123456789", "JJD000123456789"),
    ("ABC>512345678", "ABC12345678"),
    ("abc123DEF4567xyz", "abc123DEF4567xyz"),
    (">9AB>6cd", "ABcd"),
    ("1Z999AA10123456784", "1Z999AA10123456784"),
    ("a>0b>=c", "a>b~c"),
]


def _one_label(zpl: str, dpi: int) -> list[tuple[str, str]]:
    result = render_zpl(zpl, dpi=dpi)
    assert len(result.images) == 1
    assert result.skipped_commands == []
    return decoded(result.images[0])


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("orientation", ORIENTATIONS)
@pytest.mark.parametrize(("data", "expected"), CODE128_CASES)
def test_code128_decodes_to_the_field_data(
    data: str, expected: str, orientation: str, dpi: int
) -> None:
    zpl = f"^XA^FO60,60^BY2^BC{orientation},120,Y,N,N^FD{data}^FS^XZ"
    assert _one_label(zpl, dpi) == [("Code128", expected)]


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("orientation", ["N", "R"])
@pytest.mark.parametrize("data", ["0012345678", "JJD00123456789012345", "AB12cd34567890"])
def test_code128_automatic_mode_decodes(data: str, orientation: str, dpi: int) -> None:
    zpl = f"^XA^FO60,60^BY3^BC{orientation},100,Y,N,N,A^FD{data}^FS^XZ"
    assert _one_label(zpl, dpi) == [("Code128", data)]


def test_code128_gs1_mode_starts_with_fnc1_and_keeps_parentheses_out_of_the_bars() -> None:
    result = render_zpl("^XA^FO60,60^BY3^BCN,120,Y,N,N,D^FD(00)123456789012345675^FS^XZ")
    (symbol,) = zxingcpp.read_barcodes(result.images[0], text_mode=zxingcpp.TextMode.Plain)
    assert symbol.text == "00123456789012345675"
    assert symbol.symbology_identifier == "]C1"


def test_code128_uses_the_barcode_height_from_by_when_none_is_given() -> None:
    short = render_zpl("^XA^BY2,3,50^FO10,10^BCN,,N^FD123^FS^XZ").images[0]
    tall = render_zpl("^XA^BY2,3,150^FO10,10^BCN,,N^FD123^FS^XZ").images[0]
    from tests.unit.printing.zpl.helpers import ink_box

    short_box, tall_box = ink_box(short), ink_box(tall)
    assert short_box is not None and tall_box is not None
    assert short_box[3] - short_box[1] == 50
    assert tall_box[3] - tall_box[1] == 150


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("orientation", ["N", "R", "B"])
@pytest.mark.parametrize("data", ["ABC123", "PACK-42 $/+%", "0987654321"])
def test_code39_decodes(data: str, orientation: str, dpi: int) -> None:
    zpl = f"^XA^FO60,60^BY2,2.5^B3{orientation},N,100,Y,N^FD{data}^FS^XZ"
    assert _one_label(zpl, dpi) == [("Code39", data)]


def test_code39_check_digit_is_appended() -> None:
    found = _one_label("^XA^FO60,60^BY2^B3N,Y,100^FDABC123^FS^XZ", 203)
    # The reader returns the mod-43 digit as data: A+B+C+1+2+3 = 10+11+12+1+2+3 = 39, which is '$'.
    assert found == [("Code39", "ABC123$")]


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize(
    ("field_data", "expected"),
    [
        ("QA,https://track.example/JJD0001234567", "https://track.example/JJD0001234567"),
        ("HA,SHIPMENT 42", "SHIPMENT 42"),
        ("LM,B0005hello", "hello"),
        ("MM,NA1234567890", "A1234567890"),
    ],
)
def test_qr_decodes_with_the_field_data_prefix_removed(
    field_data: str, expected: str, dpi: int
) -> None:
    zpl = f"^XA^FO60,60^BQN,2,4^FD{field_data}^FS^XZ"
    assert _one_label(zpl, dpi) == [("QRCode", expected)]


def test_qr_magnification_scales_the_symbol() -> None:
    from tests.unit.printing.zpl.helpers import ink_box

    small = ink_box(render_zpl("^XA^FO10,10^BQN,2,2^FDQA,X^FS^XZ").images[0])
    large = ink_box(render_zpl("^XA^FO10,10^BQN,2,6^FDQA,X^FS^XZ").images[0])
    assert small is not None and large is not None
    assert (large[2] - large[0]) == 3 * (small[2] - small[0]) == 3 * 2 * 21


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("orientation", ["N", "R", "I"])
@pytest.mark.parametrize(
    "data", ["JJD0001234567", "A", "0123456789" * 12, "Mixed data: with, punctuation & 123"]
)
def test_datamatrix_decodes(data: str, orientation: str, dpi: int) -> None:
    zpl = f"^XA^FO60,60^BX{orientation},6,200^FD{data}^FS^XZ"
    assert _one_label(zpl, dpi) == [("DataMatrix", data)]


def test_datamatrix_requested_size_is_honoured() -> None:
    from tests.unit.printing.zpl.helpers import ink_box

    box = ink_box(render_zpl("^XA^FO10,10^BXN,5,200,32,32^FDAB^FS^XZ").images[0])
    assert box is not None and box[2] - box[0] == 32 * 5
    assert decoded(render_zpl("^XA^FO10,10^BXN,5,200,32,32^FDAB^FS^XZ").images[0]) == [
        ("DataMatrix", "AB")
    ]


def test_datamatrix_below_ecc200_is_a_listed_placeholder() -> None:
    result = render_zpl("^XA^FO10,10^BXN,5,0^FDAB^FS^XZ")
    assert result.skipped_commands == ["^BX"]
    assert decoded(result.images[0]) == []
    assert any("ECC 000-140" in warning for warning in result.warnings)


def test_several_symbols_on_one_label_all_decode() -> None:
    zpl = (
        "^XA^BY3"
        "^FO40,40^BCN,150,Y,N,N^FD>;4006381333931^FS"
        "^FO40,320^BQN,2,5^FDQA,https://example.test/t?id=1^FS"
        "^FO450,320^BXN,8,200^FDDM-PAYLOAD-1^FS"
        "^FO40,700^B3N,N,120^FDCODE39^FS"
        "^XZ"
    )
    assert sorted(_one_label(zpl, 203)) == [
        ("Code128", "4006381333931"),
        ("Code39", "CODE39"),
        ("DataMatrix", "DM-PAYLOAD-1"),
        ("QRCode", "https://example.test/t?id=1"),
    ]


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_barcodes_placed_by_their_baseline_origin_decode(orientation: str, dpi: int) -> None:
    zpl = (
        f"^XA^BY2^FT300,400^BC{orientation},100,Y,N,N^FD>;0012345678^FS"
        f"^FT300,900^B3{orientation},N,100^FDPACK42^FS^XZ"
    )
    assert sorted(_one_label(zpl, dpi)) == [("Code128", "0012345678"), ("Code39", "PACK42")]


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("orientation", ["N", "R"])
@pytest.mark.parametrize(
    ("data", "check", "expected"),
    [
        ("340434161094", "N", "340434161094"),  # a 12-digit Identcode-like number
        ("34043416109415", "N", "34043416109415"),
        ("12345", "N", "012345"),  # odd length: the printer adds a leading zero
        ("12345", "Y", "123457"),  # 5*3 + 4 + 3*3 + 2 + 1*3 = 33 -> check digit 7
    ],
)
def test_interleaved_2_of_5_decodes(
    data: str, check: str, expected: str, orientation: str, dpi: int
) -> None:
    zpl = f"^XA^FO60,60^BY3^B2{orientation},100,Y,N,{check}^FD{data}^FS^XZ"
    assert _one_label(zpl, dpi) == [("ITF", expected)]


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("orientation", ["N", "R"])
@pytest.mark.parametrize(
    ("command", "data", "reader_format", "expected"),
    [
        ("BE", "400638133393", zxingcpp.BarcodeFormat.EAN13, "4006381333931"),
        ("BE", "4006381333930", zxingcpp.BarcodeFormat.EAN13, "4006381333931"),  # check recomputed
        ("BE", "12", zxingcpp.BarcodeFormat.EAN13, "0000000000123"),
        # zxing-cpp reports UPC-A in its 13-digit EAN form, hence the leading zero.
        ("BU", "03600029145", zxingcpp.BarcodeFormat.UPCA, "0036000291452"),
    ],
)
def test_ean13_and_upca_decode_with_the_computed_check_digit(
    command: str,
    data: str,
    reader_format: zxingcpp.BarcodeFormat,
    expected: str,
    orientation: str,
    dpi: int,
) -> None:
    result = render_zpl(f"^XA^FO60,60^BY3^{command}{orientation},100,Y,N^FD{data}^FS^XZ", dpi=dpi)
    assert result.skipped_commands == []
    found = zxingcpp.read_barcodes(result.images[0], formats=reader_format)
    assert [(symbol.format, symbol.text) for symbol in found] == [(reader_format, expected)]
