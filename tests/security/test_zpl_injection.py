"""Text from outside (addresses, names, references, host names) cannot command a ZPL printer.

Every generator of ZPL the station writes itself is fed hostile text: ``^`` and ``~`` (alone and
as whole commands such as ``^XZ``, ``~JA``, ``^DF``), the hex indicator ``_``, control
characters, non-ASCII. The output is cut into commands with the project's own ZPL tokenizer and
must be exactly the template's commands; every byte must be printable ASCII, so a printer that
acts on ``~`` anywhere in the stream (control commands do) finds none; and the field data must
read back, after ``^FH`` unescaping, as the text that went in. The generators are the test label
(:func:`packstation.printing.commands.build_test_label`), the counter receipt as a ZPL label
(:func:`packstation.printing.receipt.receipt_zpl`), the self-test label and the ``^GF`` images of
converted PDF/PNG labels. The station writes no other ZPL: labels from SortedPRO are printed as
received, and it adds no reprint marker to them.
"""

from __future__ import annotations

import io
import re
import socket
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from packstation.domain.booking import Receipt
from packstation.domain.shipment import DeliveryPromise
from packstation.printing import commands
from packstation.printing.raster.convert import label_to_zpl
from packstation.printing.receipt import receipt_escpos, receipt_zpl
from packstation.printing.zpl import field_data_command, render_zpl
from packstation.printing.zpl.escape import unescape_field_hex
from packstation.printing.zpl.tokens import Command, decode_bytes, iter_commands
from packstation.selftest import SAMPLE_HOSTILE_TEXT, sample_label_zpl

MOMENT = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
HOSTILE_PIECES = [
    "^XZ", "~JA", "^DFR:EVIL.ZPL^FS", "~DGR:X.GRF,2,1,FF", "^XA^MCN", "~JR", "^FS", "^FD", "~",
    "^", "_", "_5E", "_7E", "^CC~", "~CT^", "\x00", "\r\n", "\x1b", "\x10", "\x7f", "\x85",
    "Müller", "Łódź", "東京", "🙂", "Flat 2, 10 Rd",
]  # fmt: skip
hostile_text = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(HOSTILE_PIECES), max_size=8).map("".join),
    st.text(alphabet=st.sampled_from("^~_,\x00\x1f\x7fAZaz09 "), max_size=40),
)


def _commands(data: bytes) -> list[Command]:
    return list(iter_commands(decode_bytes(data)))


def _labels(data: bytes) -> list[str]:
    return [command.label for command in _commands(data)]


def _field_texts(data: bytes) -> list[str]:
    """Return what each ``^FD`` field prints, ``^FH`` escapes resolved, as UTF-8 text."""
    found, hex_indicator = [], None
    for command in _commands(data):
        if command.label == "^FH":
            hex_indicator = (command.raw or "_")[:1]
        elif command.label == "^FD":
            raw = command.raw.encode("latin-1")
            if hex_indicator is not None:
                raw = unescape_field_hex(raw, hex_indicator.encode("latin-1"))
            found.append(raw.decode("utf-8"))
        elif command.label == "^FS":
            hex_indicator = None
    return found


def _assert_inert(data: bytes, template: bytes) -> None:
    assert all(0x20 <= byte < 0x7F for byte in data), "only printable ASCII reaches the printer"
    assert data.count(b"~") == template.count(b"~")
    assert set(_labels(data)) == set(_labels(template))


def _test_label(host: str, url: str, monkeypatch: pytest.MonkeyPatch) -> bytes:
    monkeypatch.setattr(socket, "gethostname", lambda: host)
    return commands.build_test_label(url, now=MOMENT)


@settings(max_examples=150, deadline=None)
@given(host=hostile_text, url=hostile_text)
def test_the_test_label_keeps_a_hostile_host_name_and_url_as_text(host: str, url: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        data = _test_label(host, url, patch)
        template = _test_label("bench", "tcp://printer:9100", patch)
    _assert_inert(data, template)
    assert _labels(data) == _labels(template)
    assert _field_texts(data)[1:3] == [f"station {host}", url]


def _receipt(text: str) -> Receipt:
    return Receipt(
        station=f"Shop {text}",
        consignment_reference=f"EC-{text}",
        client_reference=text,
        booked_at=MOMENT,
        carrier=f"Carrier {text}",
        service=text,
        price_gross=Decimal("7.20"),
        currency=text[:3] or "GBP",
        tracking_numbers=(f"TN{text}", text),
        destination=f"{text}, 1 High St, {text}",
        parcel_count=2,
        promise=DeliveryPromise(MOMENT, MOMENT),
        pickup_point=text,
        customer_reference=text,
    )


def _receipt_shape(data: bytes) -> tuple[list[str], list[str]]:
    """Return the head of the label (up to the first field) and the set of field groups."""
    labels = _labels(data)
    head_length = labels.index("^FO")
    body = labels[head_length:-1]
    groups = {" ".join(body[i : i + 5]) for i in range(0, len(body), 5)}
    assert len(body) % 5 == 0 and labels[-1] == "^XZ", labels
    return labels[:head_length], sorted(groups)


@settings(max_examples=150, deadline=None)
@given(text=hostile_text)
def test_a_receipt_with_hostile_names_and_references_is_the_template_label(text: str) -> None:
    data = receipt_zpl(_receipt(text))
    template = receipt_zpl(_receipt("x"))
    _assert_inert(data, template)
    assert _receipt_shape(data) == _receipt_shape(template)
    assert _labels(data).count("^XA") == 1 and _labels(data).count("^XZ") == 1


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=80))
def test_escaped_field_data_reads_back_exactly_and_only_as_one_field(text: str) -> None:
    data = f"^XA^FO0,0{field_data_command(text)}^FS^XZ".encode("ascii")
    assert _labels(data) == ["^XA", "^FO", "^FH", "^FD", "^FS", "^XZ"]
    assert _field_texts(data) == [text]


@pytest.mark.parametrize(
    "make",
    [
        lambda: commands.build_test_label("tcp://x^XZ~JA:9100", now=MOMENT),
        lambda: receipt_zpl(_receipt("^XZ~JA^DFR:EVIL.ZPL^FS")),
        sample_label_zpl,
    ],
    ids=["test label", "receipt", "self-test label"],
)
def test_hostile_labels_render_as_one_label_with_nothing_skipped(
    make: Callable[[], bytes],
) -> None:
    rendered = render_zpl(make())
    assert len(rendered.images) == 1
    assert rendered.skipped_commands == [] and rendered.warnings == []


def test_the_self_test_label_prints_its_hostile_sample_as_text() -> None:
    assert SAMPLE_HOSTILE_TEXT in _field_texts(sample_label_zpl())
    assert "~" not in sample_label_zpl().decode("ascii")


@pytest.mark.parametrize("compression", ["z64", "rle", "hex"])
def test_a_converted_image_label_is_only_a_graphic_field(compression: str) -> None:
    image = Image.new("L", (812, 1218), 255)
    image.paste(0, (40, 40, 700, 300))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    data = label_to_zpl(buffer.getvalue(), dpi=203, compression=compression)  # type: ignore[arg-type]
    assert _labels(data) == ["^XA", "^FO", "^GF", "^FS", "^XZ"]
    assert all(0x20 <= byte < 0x7F or byte == 0x0A for byte in data)


# The commands python-escpos writes for the receipt: ESC @, ESC ! n, ESC E n, ESC a n, ESC t n,
# ESC d n and GS V n. Whatever is left after removing them must be text and line feeds.
_ESCPOS_COMMAND = re.compile(rb"\x1b@|\x1b[!Eatd].|\x1dV.", re.DOTALL)


@settings(max_examples=100, deadline=None)
@given(text=hostile_text)
def test_a_receipt_on_escpos_carries_no_control_codes_from_its_text(text: str) -> None:
    data = receipt_escpos(_receipt(text))
    left = _ESCPOS_COMMAND.sub(b"", data)
    assert [byte for byte in left if byte < 0x20 and byte != 0x0A or byte == 0x7F] == []
