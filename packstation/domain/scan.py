"""What a scanned code is: classification of the text a scanner or a person typed.

A scan is cleaned first (surrounding whitespace trimmed, control and format characters removed),
then matched: ``EC-`` consignment, ``EO-`` order, ``EDO-`` delivery option, a carrier tracking
number of a known format, otherwise a reference of the customer's own. Text that cannot be any of
these is an unknown code with a message saying why.

Bad input is refused in words rather than guessed at:

- several codes in one scan (line or record separators between them, spaces between codes of
  the station's own formats, or such codes run together) are never merged into one code;
- a scan longer than any code is refused as too long, and only a bounded part of it is kept;
- full-width forms, other scripts' digits, dash look-alikes and Greek or Cyrillic capitals that
  look like Latin ones (a scanner or keyboard in the wrong mode) are read as the station's own
  formats when that is what they spell; otherwise the text is kept as typed, since a shop's own
  references may well be written in any script;
- a number with the shape of a tracking number but a wrong check digit is still searched as a
  shop's reference (some shops number that way), with a note that says so for the packer.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

from packstation.domain.sentences import Sentence
from packstation.domain.tracking import has_tracking_shape, looks_like_tracking_number

MAX_CODE_LENGTH = 80
MAX_SCAN_LENGTH = 1000
"""A scan longer than this is refused as too long before it is split into codes."""

_PRO_REFERENCE = r"-[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}"
_PATTERNS = {
    "CONSIGNMENT": re.compile(rf"EC{_PRO_REFERENCE}"),
    "ORDER": re.compile(rf"EO{_PRO_REFERENCE}"),
    "DELIVERY_OPTION": re.compile(rf"EDO{_PRO_REFERENCE}"),
}
_CUSTOMER_REFERENCE = re.compile(r"[\w][\w .:/#+\-]*")
# What scanners put between codes (CR, LF, Tab) and the other line and record separators a
# misconfigured scanner or a paste can carry: each one ends a code, none is dropped as noise.
_SEPARATOR_CHARACTERS = "\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\u2028\u2029"
_SEPARATORS = re.compile(f"[{_SEPARATOR_CHARACTERS}]+")
_CODE_LENGTHS = (13, 14, 15, 18)  # S10, EC-/EO-, EDO-, UPS: codes that can run together
_FOLDED = str.maketrans(
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0dАВЕКМНОРСТХУЅІЈΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "----------ABEKMHOPCTXYSIJABEZHIKMNOPTYX",
)


class ScanKind(enum.Enum):
    """The kinds of code a bench understands."""

    CONSIGNMENT = "consignment"
    ORDER = "order"
    DELIVERY_OPTION = "delivery option"
    TRACKING_NUMBER = "tracking number"
    CUSTOMER_REFERENCE = "customer reference"
    UNKNOWN = "unknown code"


@dataclass(frozen=True)
class ScannedCode:
    """A cleaned scan and what it is; ``problem`` explains an UNKNOWN code to the packer.

    ``note`` is a doubt about a code that is still looked up (a tracking number's shape with a
    wrong check digit): the packer is told when the look-up finds nothing.
    """

    text: str
    kind: ScanKind
    problem: str | None = None
    note: str | None = None

    @property
    def is_known(self) -> bool:
        """Whether the code can be looked up at all."""
        return self.kind is not ScanKind.UNKNOWN


def clean_scan(raw: str) -> str:
    """Return ``raw`` without control or format characters and surrounding whitespace.

    Separators (CR, LF, Tab and the other line and record separators) are kept: they tell one
    code from the next.
    """
    kept = "".join(
        character
        for character in raw
        if character in _SEPARATOR_CHARACTERS or unicodedata.category(character) not in ("Cc", "Cf")
    )
    return unicodedata.normalize("NFC", kept).strip()


def classify_scan(raw: str) -> ScannedCode:
    """Clean ``raw`` and decide what kind of code it is."""
    cleaned = clean_scan(raw)
    parts = [part.strip() for part in _SEPARATORS.split(cleaned) if part.strip()]
    if not parts:
        return ScannedCode("", ScanKind.UNKNOWN, Sentence("Nothing was scanned."))
    first = parts[0][:MAX_CODE_LENGTH].strip()
    if len(cleaned) > MAX_SCAN_LENGTH or (len(parts) == 1 and len(parts[0]) > MAX_CODE_LENGTH):
        return ScannedCode(
            first,
            ScanKind.UNKNOWN,
            Sentence(
                "This scan is %1 characters long, too long for a code. Scan one barcode at a time.",
                len(cleaned),
            ),
        )
    codes = [code for part in parts for code in _codes_within(part)]
    if len(codes) > 1:
        listed = ", ".join(_shown(code, 20) for code in codes[:3])
        more = ", …" if len(codes) > 3 else ""
        return ScannedCode(
            codes[0][:MAX_CODE_LENGTH].strip(),
            ScanKind.UNKNOWN,
            Sentence(
                "%1 codes arrived at once (%2). Scan one code at a time.", len(codes), listed + more
            ),
        )
    return _classify_clean(parts[0])


def _classify_clean(text: str) -> ScannedCode:
    strong = _strong(text)
    if strong is not None:
        return strong
    folded = _fold(text)
    if folded.startswith(("EC-", "EO-", "EDO-")):
        return ScannedCode(
            text,
            ScanKind.UNKNOWN,
            Sentence(
                "%1 looks like a SortedPRO reference but is not complete (XX-XXX-XXX-XXX).",
                _shown(text),
            ),
        )
    note = None
    if has_tracking_shape(folded):
        note = Sentence("It has the shape of a tracking number, but its check digit is wrong.")
    if _CUSTOMER_REFERENCE.fullmatch(text):
        return ScannedCode(text, ScanKind.CUSTOMER_REFERENCE, note=note)
    return ScannedCode(
        text,
        ScanKind.UNKNOWN,
        Sentence("%1 is not a code this station knows how to look up.", _shown(text)),
    )


def _strong(text: str) -> ScannedCode | None:
    """Return ``text`` as one of the station's own formats, read as typed or folded, or None."""
    for candidate in (text.upper(), _fold(text)):
        for kind_name, pattern in _PATTERNS.items():
            if pattern.fullmatch(candidate):
                return ScannedCode(candidate, ScanKind[kind_name])
        if looks_like_tracking_number(candidate):
            return ScannedCode(candidate, ScanKind.TRACKING_NUMBER)
    return None


def _fold(text: str) -> str:
    """Read full-width forms, other digits and look-alike letters and dashes as ASCII."""
    compatible = unicodedata.normalize("NFKC", text).upper()
    digits = "".join(
        str(unicodedata.decimal(c)) if unicodedata.category(c) == "Nd" else c for c in compatible
    )
    return digits.translate(_FOLDED)


def _codes_within(part: str) -> list[str]:
    """Return the station's codes in ``part`` when there are several, else ``[part]``.

    Spaces may belong to a shop's reference, so a part is several codes only when at least two
    of its words (or two codes run together in one word) are codes of the station's own formats.
    """
    found = [code for word in part.split() for code in _run_together(word)]
    return found if len(found) > 1 else [part]


def _run_together(word: str) -> list[str]:
    """Return the codes ``word`` is made of, one after another, or [] when it is not only codes."""
    ends: dict[int, list[str] | None] = {len(word): []}
    for start in range(len(word) - 1, -1, -1):
        ends[start] = None
        for length in _CODE_LENGTHS:
            rest = ends.get(start + length)
            code = _strong(word[start : start + length]) if rest is not None else None
            if code is not None and rest is not None:
                ends[start] = [code.text, *rest]
                break
    return ends[0] or []


def _shown(text: str, limit: int = MAX_CODE_LENGTH) -> str:
    """Quote ``text`` for a message: characters that cannot be seen become a visible mark."""
    cut = text if len(text) <= limit else text[: limit - 1] + "…"
    visible = "".join(
        c if c.isprintable() else (" " if c.isspace() else "\N{REPLACEMENT CHARACTER}") for c in cut
    )
    return f"“{visible}”"
