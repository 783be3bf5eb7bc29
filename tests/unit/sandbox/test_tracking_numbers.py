"""Tracking numbers follow each carrier's format, check digits included."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.sandbox.trackingnumbers import (
    dhl_waybill,
    s10,
    s10_check_digit,
    tracking_number,
    ups_1z,
    ups_check_digit,
)

FORMATS = {
    "S10_RM": r"TT\d{9}GB",
    "S10_RM_INT": r"LX\d{9}GB",
    "S10_PF": r"PB\d{9}GB",
    "UPS1Z": r"1Z[0-9A-Z]{16}",
    "DHL10": r"\d{10}",
    "DPD14": r"\d{14}",
    "EVRI16": r"H01[A-Z]{3}\d{10}",
    "INPOST24": r"\d{24}",
}


@pytest.mark.parametrize("known", ["1Z9A80W5DK96293164", "1Z9A80W5D991115692"])
def test_ups_check_digit_accepts_the_documented_numbers(known: str) -> None:
    assert ups_check_digit(known[2:17]) == int(known[17])


def test_s10_check_digit_of_a_published_example() -> None:
    assert s10_check_digit("47312482") == 9
    assert s10("RB", 47312482) == "RB473124829GB"


@pytest.mark.parametrize(("serial", "digit"), [("00000000", 5), ("00000001", 4)])
def test_s10_check_digit_special_remainders(serial: str, digit: int) -> None:
    assert s10_check_digit(serial) == digit


@given(st.integers(min_value=0, max_value=10**12))
def test_every_format_matches_its_pattern(serial: int) -> None:
    for name, pattern in FORMATS.items():
        assert re.fullmatch(pattern, tracking_number(name, serial)), name


@given(st.integers(min_value=0, max_value=10**9 - 1))
def test_generated_numbers_carry_valid_check_digits(serial: int) -> None:
    ups = ups_1z(serial)
    assert ups_check_digit(ups[2:17]) == int(ups[17])
    waybill = dhl_waybill(serial)
    assert int(waybill[:9]) % 7 == int(waybill[9])
    item = s10("TT", serial % 10**8)
    assert s10_check_digit(item[2:10]) == int(item[10])


def test_distinct_serials_give_distinct_numbers() -> None:
    for name in FORMATS:
        numbers = {tracking_number(name, serial) for serial in range(500)}
        assert len(numbers) == 500, name
