"""Properties of scan classification over bad input: nothing merged, nothing guessed, always words.

The station's own codes (SortedPRO references, S10 and UPS tracking numbers) are generated with
correct check digits, then damaged the ways scanners and people damage them: control characters
around and inside, separators between several codes, ten thousand characters at once, full-width
forms and other look-alikes, a digit changed. What a packer expects, as decided here:

- control and format characters that are not separators are noise: the code is read without them;
- separators (CR, LF, Tab, the record separators) end a code, so several codes are refused by
  number and named, never joined; codes of the station's formats separated by spaces or run
  together are refused the same way, while words that are not such codes may make one reference;
- full-width forms, other scripts' digits, look-alike dashes and Greek or Cyrillic capitals are
  read as the station's code they spell (a scanner in the wrong keyboard mode sends them), and a
  code read that way is always plain ASCII; accents and emoji are never dropped to make a code;
- a tracking number with one digit changed is no tracking number, and the code carries a note
  that its check digit is wrong (it is still searched as a shop's reference, see scan.py).
"""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.domain.scan import (
    MAX_CODE_LENGTH,
    MAX_SCAN_LENGTH,
    ScanKind,
    classify_scan,
)
from packstation.domain.tracking import looks_like_tracking_number, s10_check_digit
from tests.unit.domain.scan_strategies import (
    SEPARATORS,
    fullwidth,
    known_codes,
    long_scans,
    noise,
    other_digits,
    s10_numbers,
    ups_numbers,
)

PROPERTIES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
STRONG = {
    ScanKind.CONSIGNMENT,
    ScanKind.ORDER,
    ScanKind.DELIVERY_OPTION,
    ScanKind.TRACKING_NUMBER,
}
MAX_PROBLEM_CHARS = 300


def assert_refused_in_words(raw: str, *words: str) -> None:
    code = classify_scan(raw)
    assert code.kind is ScanKind.UNKNOWN and code.problem is not None, code
    assert len(code.problem) <= MAX_PROBLEM_CHARS
    assert len(code.text) <= MAX_CODE_LENGTH
    for word in words:
        assert word in code.problem, code.problem


# -- control characters ---------------------------------------------------------------------


@PROPERTIES
@given(known_codes(), st.lists(noise(), min_size=1, max_size=6), st.data())
def test_noise_around_and_inside_a_code_is_dropped(
    known: tuple[str, ScanKind], pieces: list[str], data: st.DataObject
) -> None:
    text, kind = known
    damaged = list(text)
    for piece in pieces:
        damaged.insert(data.draw(st.integers(0, len(damaged))), piece)
    code = classify_scan("".join(damaged))
    assert (code.kind, code.text, code.problem) == (kind, text, None)


@PROPERTIES
@given(known_codes(), st.sampled_from(SEPARATORS), st.data())
def test_a_separator_inside_a_code_splits_it_and_is_refused(
    known: tuple[str, ScanKind], separator: str, data: st.DataObject
) -> None:
    text, _ = known
    cut = data.draw(st.integers(1, len(text) - 1))
    code = classify_scan(text[:cut] + separator + text[cut:])
    # Both halves are named: the packer sees that the scan came in two pieces.
    assert_refused_in_words(text[:cut] + separator + text[cut:], "2 codes arrived at once")
    assert code.text == text[:cut]


@PROPERTIES
@given(st.text(alphabet=st.characters(categories=["Cc", "Cf"]), max_size=40))
def test_only_control_characters_is_nothing_scanned(raw: str) -> None:
    assert_refused_in_words(raw, "Nothing was scanned")


# -- very long input ------------------------------------------------------------------------


@PROPERTIES
@given(long_scans())
def test_a_very_long_scan_is_refused_as_too_long_and_kept_short(raw: str) -> None:
    assert len(raw) >= 10_000
    assert_refused_in_words(raw, "too long")
    code = classify_scan(raw)
    assert "\n" not in code.text and "\t" not in code.text


@PROPERTIES
@given(st.integers(MAX_CODE_LENGTH + 1, MAX_SCAN_LENGTH + 200))
def test_one_word_longer_than_any_code_says_how_long(length: int) -> None:
    assert_refused_in_words("7" * length, f"{length} characters long", "too long")


@PROPERTIES
@given(known_codes(), st.integers(10_000, 30_000))
def test_ten_thousand_control_characters_around_a_code_still_read_it(
    known: tuple[str, ScanKind], length: int
) -> None:
    text, kind = known
    code = classify_scan("\x00" * length + text + "\u200b" * length)
    assert (code.kind, code.text) == (kind, text)


# -- non-ASCII --------------------------------------------------------------------------------


@PROPERTIES
@given(known_codes())
def test_full_width_forms_are_read_as_the_code(known: tuple[str, ScanKind]) -> None:
    text, kind = known
    code = classify_scan(fullwidth(text))
    assert (code.kind, code.text, code.problem) == (kind, text, None)


@PROPERTIES
@given(known_codes(), st.sampled_from(sorted(other_digits())))
def test_digits_of_other_scripts_are_read_as_ascii_digits(
    known: tuple[str, ScanKind], zero: str
) -> None:
    text, kind = known
    typed = "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in text)
    code = classify_scan(typed)
    assert (code.kind, code.text) == (kind, text)


@PROPERTIES
@given(
    st.sampled_from(["EC", "EO", "EDO"]),
    st.sampled_from(["\u2010", "\u2011", "\u2013", "\u2014", "\u2212", "\uff0d"]),
    st.sampled_from(["ЕС", "ΕC", "ЕC", "ec"]),
)
def test_look_alike_dashes_and_capitals_spell_the_reference(
    prefix: str, dash: str, look_alike: str
) -> None:
    typed_prefix = look_alike if prefix == "EC" else prefix
    code = classify_scan(f"{typed_prefix}{dash}0A0{dash}05B{dash}MMA")
    assert code.text == f"{prefix}-0A0-05B-MMA" and code.kind in STRONG


@PROPERTIES
@given(known_codes(), st.data())
def test_an_accent_or_emoji_in_a_code_is_never_dropped_to_make_it(
    known: tuple[str, ScanKind], data: st.DataObject
) -> None:
    text, _ = known
    extra = data.draw(st.sampled_from(["\u0301", "\u0308", "😀", "📦", "\u00e9", "ß"]))
    at = data.draw(st.integers(1, len(text)))
    code = classify_scan(text[:at] + extra + text[at:])
    assert code.kind not in STRONG
    if code.is_known:  # a shop's own reference, looked up exactly as typed (composed)
        assert code.kind is ScanKind.CUSTOMER_REFERENCE
        assert code.text == unicodedata.normalize("NFC", text[:at] + extra + text[at:])
    else:
        assert code.problem is not None and len(code.problem) <= MAX_PROBLEM_CHARS


@PROPERTIES
@given(st.text(max_size=120))
def test_station_codes_are_always_plain_ascii(raw: str) -> None:
    code = classify_scan(raw)
    if code.kind in STRONG:
        assert code.text.isascii() and code.text == code.text.upper()
    assert (code.problem is None) == code.is_known
    if code.problem is not None:
        assert len(code.problem) <= MAX_PROBLEM_CHARS
        # Characters that cannot be seen are shown as a mark, never as Python escapes (unless
        # the backslash was scanned: then it is the packer's own text, shown back).
        if "\\" not in raw:
            assert "\\x" not in code.problem and "\\u" not in code.problem


# -- several codes in one scan ----------------------------------------------------------------


@PROPERTIES
@given(
    st.lists(known_codes(), min_size=2, max_size=6),
    st.lists(st.sampled_from([*SEPARATORS, " ", "  ", "\u00a0", ""]), min_size=5, max_size=5),
)
def test_several_codes_are_never_merged(
    codes: list[tuple[str, ScanKind]], separators: list[str]
) -> None:
    raw = codes[0][0]
    for (text, _), separator in zip(codes[1:], separators, strict=False):
        raw += separator + text
    raw += "\r\n"
    assert_refused_in_words(raw, f"{len(codes)} codes arrived at once", "one code at a time")
    problem = classify_scan(raw).problem or ""
    for text, _ in codes[:3]:
        assert f"“{text}”" in problem  # named, so nothing is lost from sight
    assert classify_scan(raw).text == codes[0][0]


WORDS = st.from_regex(r"[A-Z0-9][A-Z0-9/-]{0,7}", fullmatch=True)


@PROPERTIES
@given(st.lists(WORDS, min_size=2, max_size=4))
def test_words_that_are_not_station_codes_stay_one_shop_reference(words: list[str]) -> None:
    raw = " ".join(words)
    code = classify_scan(raw)
    if raw.startswith(("EC-", "EO-", "EDO-")):  # an incomplete SortedPRO reference
        assert code.problem is not None and "not complete" in code.problem
    else:
        assert (code.kind, code.text) == (ScanKind.CUSTOMER_REFERENCE, raw)


# -- check digits -----------------------------------------------------------------------------


@PROPERTIES
@given(s10_numbers(), st.integers(2, 10), st.integers(1, 9))
def test_an_s10_number_with_one_digit_changed_is_no_tracking_number(
    number: str, position: int, delta: int
) -> None:
    changed_digit = str((int(number[position]) + delta) % 10)
    changed = number[:position] + changed_digit + number[position + 1 :]
    if position < 10 and _s10_blind_spot(number[2:10], changed[2:10]):
        return  # S10's own weakness, pinned by the example test below
    code = classify_scan(changed)
    assert code.kind is not ScanKind.TRACKING_NUMBER
    assert code.note is not None and "check digit" in code.note
    assert not looks_like_tracking_number(changed)


@PROPERTIES
@given(ups_numbers(), st.integers(1, 9))
def test_a_ups_number_with_its_check_digit_changed_is_no_tracking_number(
    number: str, delta: int
) -> None:
    changed = number[:-1] + str((int(number[-1]) + delta) % 10)
    code = classify_scan(changed)
    assert code.kind is not ScanKind.TRACKING_NUMBER
    assert code.note is not None and "check digit" in code.note


def test_s10_cannot_tell_the_two_sums_that_share_check_digit_5() -> None:
    # Weighted sums of 0 and 6 (mod 11) both give 5: a digit change between them goes unseen.
    assert s10_check_digit("10000002") == s10_check_digit("11000002") == 5
    assert classify_scan("AB110000025GB").kind is ScanKind.TRACKING_NUMBER


def test_a_correct_number_has_no_note() -> None:
    code = classify_scan("RR123456785GB")
    assert code.kind is ScanKind.TRACKING_NUMBER and code.note is None


def _s10_blind_spot(serial: str, changed: str) -> bool:
    weights = (8, 6, 4, 2, 3, 5, 9, 7)
    sums = {
        sum(int(d) * w for d, w in zip(s, weights, strict=True)) % 11 for s in (serial, changed)
    }
    return sums == {0, 6}
