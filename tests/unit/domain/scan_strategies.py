"""Hypothesis strategies for scanned text: the station's codes and the ways they arrive damaged."""

from __future__ import annotations

import string
import unicodedata

from hypothesis import strategies as st

from packstation.domain.scan import ScanKind
from packstation.domain.tracking import s10_check_digit, ups_check_digit

# Everything that ends one code and starts the next, as scanners and pastes send it.
SEPARATORS = [
    "\r\n",
    "\n",
    "\r",
    "\t",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x1f",
    "\x85",
    "\u2028",
    "\u2029",
]
_ALNUM = string.ascii_uppercase + string.digits
_SEPARATOR_SET = frozenset("".join(SEPARATORS))


def pro_references() -> st.SearchStrategy[tuple[str, ScanKind]]:
    """Draw a complete SortedPRO reference and its kind."""
    kinds = {"EC": ScanKind.CONSIGNMENT, "EO": ScanKind.ORDER, "EDO": ScanKind.DELIVERY_OPTION}
    group = st.text(alphabet=_ALNUM, min_size=3, max_size=3)
    return st.tuples(st.sampled_from(sorted(kinds)), group, group, group).map(
        lambda t: (f"{t[0]}-{t[1]}-{t[2]}-{t[3]}", kinds[t[0]])
    )


def s10_numbers() -> st.SearchStrategy[str]:
    """Draw a UPU S10 tracking number with a correct check digit."""
    letters = st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=2)
    serial = st.text(alphabet=string.digits, min_size=8, max_size=8)
    return st.tuples(letters, serial, letters).map(
        lambda t: f"{t[0]}{t[1]}{s10_check_digit(t[1])}{t[2]}"
    )


def ups_numbers() -> st.SearchStrategy[str]:
    """Draw a UPS ``1Z`` tracking number with a correct check digit."""
    body = st.text(alphabet=_ALNUM, min_size=15, max_size=15)
    return body.map(lambda b: f"1Z{b}{ups_check_digit(b)}")


def known_codes() -> st.SearchStrategy[tuple[str, ScanKind]]:
    """Draw any code of the station's own formats, as the classifier should return it."""
    tracking = st.one_of(s10_numbers(), ups_numbers()).map(lambda n: (n, ScanKind.TRACKING_NUMBER))
    return st.one_of(pro_references(), tracking)


def noise() -> st.SearchStrategy[str]:
    """Draw control and format characters that are not separators (NUL, ESC, DEL, ZWSP, BOM)."""
    return st.text(
        alphabet=st.characters(categories=["Cc", "Cf"]).filter(lambda c: c not in _SEPARATOR_SET),
        min_size=1,
        max_size=5,
    )


def fullwidth(text: str) -> str:
    """``text`` as a scanner in full-width (IME) mode types it."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def other_digits() -> set[str]:
    """Return the zero of several other scripts' decimal digits (one to nine follow it)."""
    zeros = {"\u0660", "\u06f0", "\u0966", "\u09e6", "\u0e50", "\uff10", "\U0001d7ce"}
    assert all(unicodedata.digit(z) == 0 and unicodedata.digit(chr(ord(z) + 9)) == 9 for z in zeros)
    return zeros


def _has_visible(text: str) -> bool:
    return any(c.isprintable() and not c.isspace() for c in text)


@st.composite
def long_scans(draw: st.DrawFn) -> str:
    """Draw ten thousand characters or more: a stuck key, a paste of a file, a scanner in a loop."""
    fragment = draw(
        st.one_of(
            st.text(min_size=1, max_size=40).filter(_has_visible),
            known_codes().map(lambda known: known[0] + draw(st.sampled_from(SEPARATORS))),
        )
    )
    # Control characters are dropped before the length is judged, so the fragment repeats
    # until enough visible characters remain to be too long.
    visible = max(1, len("".join(c for c in fragment if c.isprintable() and not c.isspace())))
    times = (10_000 // visible) + 1
    return draw(st.sampled_from(["", " ", "\n"])) + fragment * times


@st.composite
def damaged_codes(draw: st.DrawFn) -> str:
    """Draw a station code damaged one of the ways scanners and people damage it."""
    text, _ = draw(known_codes())
    at = draw(st.integers(1, len(text) - 1))
    way = draw(st.sampled_from(["noise", "separator", "fullwidth", "accent", "digit", "several"]))
    if way == "noise":
        return draw(noise()) + text[:at] + draw(noise()) + text[at:]
    if way == "separator":
        return text[:at] + draw(st.sampled_from(SEPARATORS)) + text[at:]
    if way == "fullwidth":
        return fullwidth(text)
    if way == "accent":
        return text[:at] + draw(st.sampled_from(["\u0301", "😀", "é", "\u00a0"])) + text[at:]
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    if way == "digit" and digits:
        i = draw(st.sampled_from(digits))
        return text[:i] + str((int(text[i]) + draw(st.integers(1, 9))) % 10) + text[i + 1 :]
    other, _ = draw(known_codes())
    return text + draw(st.sampled_from([*SEPARATORS, " ", ""])) + other


def bad_scans() -> st.SearchStrategy[str]:
    """Draw any of the bad input above, or arbitrary text."""
    return st.one_of(damaged_codes(), long_scans(), st.text(max_size=100))
