"""What a scanned code is: classification of the text a scanner or a person typed.

A scan is cleaned first (surrounding whitespace trimmed, control and format characters removed,
length limited), then matched: ``EC-`` consignment, ``EO-`` order, ``EDO-`` delivery option, a
carrier tracking number of a known format, otherwise a reference of the customer's own. Text that
cannot be any of these is an unknown code with a message saying why.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

from packstation.domain.tracking import looks_like_tracking_number

MAX_CODE_LENGTH = 80

_PRO_REFERENCE = r"-[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}"
_PATTERNS = {
    "CONSIGNMENT": re.compile(rf"^EC{_PRO_REFERENCE}$"),
    "ORDER": re.compile(rf"^EO{_PRO_REFERENCE}$"),
    "DELIVERY_OPTION": re.compile(rf"^EDO{_PRO_REFERENCE}$"),
}
_CUSTOMER_REFERENCE = re.compile(r"^[\w][\w .:/#+\-]*$")
_SEPARATORS = re.compile(r"[\r\n\t]+")


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
    """A cleaned scan and what it is; ``problem`` explains an UNKNOWN code to the packer."""

    text: str
    kind: ScanKind
    problem: str | None = None

    @property
    def is_known(self) -> bool:
        """Whether the code can be looked up at all."""
        return self.kind is not ScanKind.UNKNOWN


def clean_scan(raw: str) -> str:
    """Return ``raw`` without control or format characters and surrounding whitespace."""
    kept = "".join(
        character
        for character in raw
        if unicodedata.category(character) not in ("Cc", "Cf") or character in "\r\n\t"
    )
    return kept.strip()


def classify_scan(raw: str) -> ScannedCode:
    """Clean ``raw`` and decide what kind of code it is."""
    cleaned = clean_scan(raw)
    parts = [part.strip() for part in _SEPARATORS.split(cleaned) if part.strip()]
    if not parts:
        return ScannedCode("", ScanKind.UNKNOWN, "Nothing was scanned.")
    if len(parts) > 1:
        return ScannedCode(
            parts[0],
            ScanKind.UNKNOWN,
            f"{len(parts)} codes arrived at once. Scan one code at a time.",
        )
    text = parts[0]
    if len(text) > MAX_CODE_LENGTH:
        return ScannedCode(
            text[:MAX_CODE_LENGTH],
            ScanKind.UNKNOWN,
            f"This code is {len(text)} characters long; no shipment code is that long.",
        )
    return _classify_clean(text)


def _classify_clean(text: str) -> ScannedCode:
    upper = text.upper()
    for kind_name, pattern in _PATTERNS.items():
        if pattern.match(upper):
            return ScannedCode(upper, ScanKind[kind_name])
    if upper.startswith(("EC-", "EO-", "EDO-")):
        return ScannedCode(
            text,
            ScanKind.UNKNOWN,
            f"{text} looks like a SortedPRO reference but is not complete (XX-XXX-XXX-XXX).",
        )
    if looks_like_tracking_number(upper):
        return ScannedCode(upper, ScanKind.TRACKING_NUMBER)
    if _CUSTOMER_REFERENCE.match(text):
        return ScannedCode(text, ScanKind.CUSTOMER_REFERENCE)
    return ScannedCode(
        text, ScanKind.UNKNOWN, f"{text!r} is not a code this station knows how to look up."
    )
