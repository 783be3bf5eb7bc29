"""Lenient number parsing for ZPL parameters: bad or absurd values never raise."""

from __future__ import annotations

import re

_LEADING_NUMBER = re.compile(r"\s*([+-]?\d{1,12}(?:\.\d{0,6})?)")


def parse_int(text: str, default: int, low: int, high: int) -> int:
    """Read the leading integer of ``text``; ``default`` when there is none; clamp to the range."""
    match = _LEADING_NUMBER.match(text)
    if match is None:
        return default
    return max(low, min(high, int(float(match.group(1)))))


def parse_float(text: str, default: float, low: float, high: float) -> float:
    """Read the leading decimal number of ``text``; ``default`` when there is none; clamp it."""
    match = _LEADING_NUMBER.match(text)
    if match is None:
        return default
    return max(low, min(high, float(match.group(1))))


def parse_flag(text: str, default: bool) -> bool:
    """Read a ``Y``/``N`` parameter."""
    value = text.strip().upper()[:1]
    if value == "Y":
        return True
    if value == "N":
        return False
    return default


def parse_choice(text: str, choices: str, default: str) -> str:
    """Read a one-letter parameter that must be one of ``choices``."""
    value = text.strip().upper()[:1]
    return value if value and value in choices else default
