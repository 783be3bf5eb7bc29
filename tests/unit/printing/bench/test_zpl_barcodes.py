"""Code 128 data read straight from ZPL commands, cross-checked with the preview and zxing-cpp."""

from __future__ import annotations

import zxingcpp
from hypothesis import given
from hypothesis import strategies as st

from packstation.printing.bench import zpl_barcodes
from packstation.printing.bench.zpl_barcodes import code128_data
from packstation.printing.zpl import render_zpl, split_labels
from packstation.printing.zpl.tokens import decode_bytes
from tests.unit.printing.bench.samples import TRACKING, carrier_zpl, carrier_zpl_label


def _decoded(label: bytes) -> set[str]:
    image = render_zpl(label).images[0].convert("L")
    results = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormat.Code128, text_mode=zxingcpp.TextMode.Plain
    )
    return {result.text for result in results}


def test_hex_escapes_and_invocation_codes_give_the_tracking_number() -> None:
    label = carrier_zpl_label(TRACKING[0], 1, 1).encode()
    assert b"JD" not in label  # the letters only exist as ^FH escapes
    assert code128_data(label) == [TRACKING[0]]


def test_what_is_read_from_the_commands_is_what_the_drawn_bars_decode_to() -> None:
    for label in split_labels(carrier_zpl().data):
        assert set(code128_data(label)) == _decoded(label)


def test_every_code128_field_in_order_and_nothing_else() -> None:
    label = (
        b"^XA^FO10,10^A0N,30^FDJD000^FS"
        b"^FO10,60^BY2^BCN,80,Y^FD>;0011^FS"
        b"^FO10,200^BQN,2,4^FDQA,JD999^FS"
        b"^FO10,400^B3N,N,80^FDCODE39^FS"
        b"^FO10,600^BCN,80,N,N,N,A^FV0123ab^FS^XZ"
    )
    assert code128_data(label) == ["0011", "0123ab"]


def test_escape_indicator_is_per_field_and_can_be_changed() -> None:
    label = b"^XA^FO1,1^BCN,80^FH#^FD>:A#5FB_41^FS^FO1,200^BCN,80^FDA_41^FS^XZ"
    assert code128_data(label) == ["A_B_41", "A_41"]


def test_changed_prefix_and_line_breaks_in_field_data() -> None:
    label = b"^XA^CC!!FO1,1!BCN,80!FH!FD>:JD\r\n_31_32!FS!XZ"
    assert code128_data(label) == ["JD12"]


def test_gs1_mode_reads_without_parentheses() -> None:
    label = b"^XA^FO1,1^BCN,80,Y,N,N,D^FD(00)123456789012345675^FS^XZ"
    assert code128_data(label) == ["00123456789012345675"]
    assert _decoded(label) == {"00123456789012345675"}


def test_a_field_without_data_or_barcode_gives_nothing() -> None:
    assert code128_data(b"^XA^FO1,1^BCN,80^FS^FO1,1^FDtext^FS^XZ") == []


_DATA = st.lists(st.sampled_from([">;", ">:", ">5", "0011", "AB", "_41", "#5F", "~", ",", "\r\n"]))


@st.composite
def _labels(draw: st.DrawFn) -> bytes:
    """Draw a label of random fields, sometimes with changed prefixes or binary graphic data."""
    caret, parts = "^", ["^XA"]
    for _ in range(draw(st.integers(0, 6))):
        if draw(st.booleans()) and draw(st.booleans()):
            new_caret = draw(st.sampled_from(["!", "^"]))
            changer = draw(st.sampled_from(["CC", "CT", "CD"]))
            parts.append(f"{caret}{changer}{new_caret if changer == 'CC' else ';'}")
            caret = new_caret if changer == "CC" else caret
        symbol = draw(st.sampled_from(["BCN,80", "bcN,80,Y,N,N,A", "BY2", "BQN,2,4", "A0N,30"]))
        if draw(st.integers(0, 5)) == 0:  # binary graphic data whose bytes look like commands
            parts.append(f"{caret}GFB,20,20,1,^FS^BCN,80^FD0011^FS")
        parts.append(f"{caret}FO1,1{caret}{symbol}")
        if draw(st.booleans()):
            parts.append(f"{caret}FH{draw(st.sampled_from(['', '#', '_']))}")
        parts.append(f"{caret}{draw(st.sampled_from(['FD', 'fd', 'FV']))}{''.join(draw(_DATA))}")
        parts.append(draw(st.sampled_from([f"{caret}FS", f"{caret}fs", ""])))
    parts.append(f"{caret}XZ")
    return "".join(parts).encode("latin-1")


@given(_labels())
def test_reading_only_the_barcode_fields_gives_what_reading_every_command_gives(
    label: bytes,
) -> None:
    assert code128_data(label) == zpl_barcodes._read_fields(decode_bytes(label))
