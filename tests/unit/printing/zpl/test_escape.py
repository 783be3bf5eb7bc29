"""Escaping user text for ZPL fields so that it cannot inject commands."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.printing.zpl import count_labels, render_zpl, split_labels
from packstation.printing.zpl.escape import (
    escape_field_data,
    field_data_command,
    unescape_field_hex,
)
from packstation.printing.zpl.tokens import decode_bytes, iter_commands


def test_carets_tildes_and_the_indicator_become_hex_escapes() -> None:
    assert escape_field_data("a^b~c_d") == "a_5Eb_7Ec_5Fd"


def test_plain_ascii_is_unchanged() -> None:
    assert escape_field_data("Parcel 1 of 2, Hamburg (DE)") == "Parcel 1 of 2, Hamburg (DE)"


def test_non_ascii_and_control_characters_are_escaped_as_utf8_bytes() -> None:
    assert escape_field_data("Müller\r\n") == "M_C3_BCller_0D_0A"
    assert escape_field_data("é", encoding="cp1252") == "_E9"


def test_another_indicator_can_be_chosen() -> None:
    assert escape_field_data("a_b#", indicator="#") == "a_b#23"
    assert field_data_command("x^y", indicator="#") == "^FH#^FDx#5Ey"


@pytest.mark.parametrize("indicator", ["^", "~", "", "ab", " ", "\x00"])
def test_unusable_indicators_are_refused(indicator: str) -> None:
    with pytest.raises(ValueError):
        escape_field_data("x", indicator=indicator)


@given(st.text())
def test_any_text_survives_the_round_trip(text: str) -> None:
    escaped = escape_field_data(text)
    assert escaped.isascii()
    assert "^" not in escaped and "~" not in escaped
    assert unescape_field_hex(escaped.encode("ascii")).decode("utf-8") == text


@given(st.text(alphabet=st.sampled_from("^~_XZAHSJQP0123,")))
def test_escaped_text_inside_a_label_stays_one_field(text: str) -> None:
    label = f"^XA^CI28^FO10,10^A0N,30,30{field_data_command(text)}^FS^XZ".encode("ascii")
    assert split_labels(label) == [label]
    assert count_labels(label) == 1
    names = [command.label for command in iter_commands(decode_bytes(label))]
    assert names == ["^XA", "^CI", "^FO", "^A0", "^FH", "^FD", "^FS", "^XZ"]


def test_an_injection_attempt_renders_as_text_on_one_label() -> None:
    hostile = "Name^XZ^XA^PQ99~JA"
    zpl = f"^XA^CI28^FO10,10^A0N,30,30{field_data_command(hostile)}^FS^XZ"
    result = render_zpl(zpl)
    assert len(result.images) == 1
    assert result.copies == [1]
    assert result.skipped_commands == []
