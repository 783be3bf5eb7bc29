"""Code 128 symbol values for ZPL's modes and invocation codes."""

from __future__ import annotations

import pytest

from packstation.printing.zpl.barcodes.code128 import encode_code128

START_A, START_B, START_C, CODE_A, CODE_B, CODE_C, FNC1 = 103, 104, 105, 101, 100, 99, 102


def _body(data: str, mode: str = "N") -> list[int]:
    """Values without the check symbol (which is verified separately)."""
    return encode_code128(data, mode).values[:-1]


def test_mode_n_starts_in_subset_b_even_for_digits() -> None:
    assert _body("1234") == [START_B, 17, 18, 19, 20]


def test_start_invocations_choose_the_subset() -> None:
    assert _body(">;1234") == [START_C, 12, 34]
    assert _body(">:AB") == [START_B, 33, 34]
    assert _body(">9AB") == [START_A, 33, 34]


def test_code_changes_inside_the_data() -> None:
    assert _body("AB>512") == [START_B, 33, 34, CODE_C, 12]
    assert _body(">;12>6ab") == [START_C, 12, CODE_B, 65, 66]
    assert _body(">:a>7\x01") == [START_B, 65, CODE_A, 65]


def test_special_invocations() -> None:
    assert _body(">:>8AB") == [START_B, FNC1, 33, 34]
    assert _body(">:a>0b") == [START_B, 65, 30, 66]
    assert _body(">:>=") == [START_B, 94]


def test_text_line_shows_data_without_invocation_codes() -> None:
    assert encode_code128(">;12>6ab>0").text == "12ab>"


def test_check_symbol_is_the_weighted_sum_mod_103() -> None:
    values = encode_code128("PJJ123C").values
    expected = (values[0] + sum(i * v for i, v in enumerate(values[1:-1], start=1))) % 103
    assert values[-1] == expected


def test_odd_digit_in_subset_c_switches_subset_with_a_note() -> None:
    symbol = encode_code128(">;123")
    assert symbol.values[:-1] == [START_C, 12, CODE_B, 19]
    assert symbol.notes


def test_characters_beyond_ascii_are_left_out_with_a_note() -> None:
    symbol = encode_code128("aé")
    assert symbol.values[:-1] == [START_B, 65]
    assert symbol.notes


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("12345678", [START_C, 12, 34, 56, 78]),
        ("AB1234", [START_B, 33, 34, CODE_C, 12, 34]),
        ("AB123", [START_B, 33, 34, 17, 18, 19]),
        ("12345X", [START_C, 12, 34, CODE_B, 21, 56]),
    ],
)
def test_automatic_mode_uses_subset_c_for_digit_runs(data: str, expected: list[int]) -> None:
    assert _body(data, "A") == expected


def test_gs1_mode_starts_with_fnc1_and_drops_parentheses() -> None:
    symbol = encode_code128("(00)123456789012345675", "D")
    assert symbol.values[:3] == [START_C, FNC1, 0]
    assert symbol.text == "(00)123456789012345675"


def test_ucc_case_mode_pads_to_19_digits_and_adds_the_check_digit() -> None:
    symbol = encode_code128("12345", "U")
    # 0000000000000012345 -> mod 10 with weights 3,1,3… from the right: 15+4+9+2+3 = 33 -> 7.
    # The 20 digits print as AI (00) and the 18 digits after it.
    assert symbol.text == "(00)" + "0" * 12 + "12345" + "7"
    assert symbol.values[:2] == [START_C, FNC1]
