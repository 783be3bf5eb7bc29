"""Scan classification: every kind of code, dirty scanner input, and nothing that can crash it."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.scan import MAX_CODE_LENGTH, ScanKind, classify_scan, clean_scan
from packstation.domain.tracking import looks_like_tracking_number, s10_check_digit


@pytest.mark.parametrize(
    ("raw", "kind", "text"),
    [
        ("EC-000-05B-MMA", ScanKind.CONSIGNMENT, "EC-000-05B-MMA"),
        ("  ec-000-05b-mma\r\n", ScanKind.CONSIGNMENT, "EC-000-05B-MMA"),
        ("EO-000-002-0TS", ScanKind.ORDER, "EO-000-002-0TS"),
        ("EDO-000-79G-RXC", ScanKind.DELIVERY_OPTION, "EDO-000-79G-RXC"),
        ("1Z9A80W5D991115692", ScanKind.TRACKING_NUMBER, "1Z9A80W5D991115692"),
        ("rr123456785gb", ScanKind.TRACKING_NUMBER, "RR123456785GB"),
        ("ORDER-1001", ScanKind.CUSTOMER_REFERENCE, "ORDER-1001"),
        ("SO 2026/11/0042", ScanKind.CUSTOMER_REFERENCE, "SO 2026/11/0042"),
        ("Bestellung-Ü12", ScanKind.CUSTOMER_REFERENCE, "Bestellung-Ü12"),
        ("\x02EC-000-05B-MMA\x03", ScanKind.CONSIGNMENT, "EC-000-05B-MMA"),
        ("EC-000-05B-M\u200bMA", ScanKind.CONSIGNMENT, "EC-000-05B-MMA"),
    ],
)
def test_known_codes(raw: str, kind: ScanKind, text: str) -> None:
    code = classify_scan(raw)
    assert (code.kind, code.text, code.problem) == (kind, text, None)


def test_a_wrong_check_digit_is_not_a_tracking_number() -> None:
    assert classify_scan("RR123456784GB").kind is ScanKind.CUSTOMER_REFERENCE
    assert classify_scan("1Z9A80W5D991115693").kind is ScanKind.CUSTOMER_REFERENCE


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("", "Nothing was scanned"),
        ("\x00\x1b\x7f  ", "Nothing was scanned"),
        ("EC-000-05B", "not complete"),
        ("EC-000-05B-MMA\nEC-000-05B-MMB", "2 codes arrived at once"),
        ("A" * (MAX_CODE_LENGTH + 1), "characters long"),
        ("<script>", "not a code this station knows"),
        ("^XA^FDx^FS^XZ", "not a code this station knows"),
    ],
)
def test_unknown_codes_say_why(raw: str, problem: str) -> None:
    code = classify_scan(raw)
    assert code.kind is ScanKind.UNKNOWN and not code.is_known
    assert code.problem is not None and problem in code.problem


def test_s10_check_digit_special_cases() -> None:
    assert s10_check_digit("12345678") == 5
    for serial in ("00000000", "99999999", "47312482"):
        digit = s10_check_digit(serial)
        assert 0 <= digit <= 9
        assert looks_like_tracking_number(f"AB{serial}{digit}GB")


@given(st.text(max_size=300))
def test_any_text_classifies_without_error(raw: str) -> None:
    code = classify_scan(raw)
    assert len(code.text) <= MAX_CODE_LENGTH
    assert all(unicodedata.category(c) not in ("Cc", "Cf") for c in code.text)
    assert (code.problem is None) == code.is_known


@given(st.text(alphabet=st.characters(categories=["Cc", "Cf"]), max_size=20))
def test_control_noise_around_a_code_is_ignored(noise: str) -> None:
    assert clean_scan(f"{noise}EC-000-05B-MMA{noise}").endswith("EC-000-05B-MMA")
    assert classify_scan(noise.replace("\n", "") + "EC-000-05B-MMA").kind is ScanKind.CONSIGNMENT
