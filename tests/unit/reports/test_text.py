"""Text for the standard fonts and for Paragraph markup, and the shared number formats."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from packstation.reports.text import fit, format_kg, format_when, markup, printable


@given(st.text(max_size=60))
def test_printable_text_is_always_in_the_standard_font_repertoire(text: str) -> None:
    shown = printable(text)
    shown.encode("cp1252")
    assert shown.isprintable()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Müller & Söhne", "Müller & Söhne"),
        ("Łódź", "Lódz"),
        ("Ærøskøbing", "Ærøskøbing"),
        ("Dvořák", "Dvorák"),
        ("快递", "??"),
        ("line\nbreak\ttab", "line break tab"),
        ("bell\x07", "bell"),
        ("no\xa0break soft\xadhyphen", "no break softhyphen"),
        ("zero\u200bwidth\u2028line", "zerowidth line"),
    ],
)
def test_printable_folds_or_replaces_what_the_fonts_lack(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_markup_escapes_what_paragraphs_would_read_as_tags() -> None:
    assert markup("<b>A & B</b>") == "&lt;b&gt;A &amp; B&lt;/b&gt;"


@given(st.text(max_size=80), st.floats(min_value=10, max_value=300))
def test_fit_never_exceeds_the_width(text: str, width_pt: float) -> None:
    shown = fit(text, "Helvetica", 9, width_pt)
    assert stringWidth(shown, "Helvetica", 9) <= width_pt
    if shown != printable(text):
        assert shown.endswith("\u2026")


@pytest.mark.parametrize(
    ("weight", "shown"),
    [("2", "2.00"), ("1.5", "1.50"), ("1.234", "1.234"), ("1234.5", "1,234.50")],
)
def test_weights_show_two_decimals_or_three_when_grams_matter(weight: str, shown: str) -> None:
    assert format_kg(Decimal(weight)) == shown


def test_times_carry_their_zone_when_they_have_one() -> None:
    moment = datetime(2026, 11, 22, 17, 30, tzinfo=UTC)
    assert format_when(moment) == "2026-11-22 17:30 UTC"
    assert format_when(moment.replace(tzinfo=None)) == "2026-11-22 17:30"
    offset = moment.astimezone(timezone(timedelta(hours=1)))
    assert format_when(offset) == "2026-11-22 18:30 UTC+01:00"
