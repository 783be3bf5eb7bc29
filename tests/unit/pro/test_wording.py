"""PRO's free text is clipped for display: one line, a bounded length, nothing else changed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from packstation.pro.bench import wording


def test_short_names_pass_unchanged_and_none_stays_none() -> None:
    assert wording.name("DPD UK") == "DPD UK"
    assert wording.name(None) is None and wording.sentence(None) is None


def test_long_text_is_cut_with_an_ellipsis_on_one_line() -> None:
    assert wording.name("Next\nDay  " + "x" * 500) == "Next Day " + "x" * 70 + "\u2026"
    assert len(wording.sentence("y" * 1_000_000) or "") == wording.SENTENCE_CHARS


@given(st.text(max_size=2000))
def test_any_text_fits(text: str) -> None:
    shown = wording.name(text) or ""
    assert len(shown) <= wording.NAME_CHARS
    assert "\n" not in shown and "\r" not in shown
