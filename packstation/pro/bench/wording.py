"""PRO's free text as the bench shows it: names and sentences of a bounded length.

A carrier name or a sentence from PRO ends up in the packer's banner; a broken or hostile answer
must not turn that banner into a megabyte of text. Values are clipped for display only: the wire
models keep exactly what PRO sent, so an Update Consignment sends it back unchanged.
"""

from __future__ import annotations

NAME_CHARS = 80
"""Carrier, service and state names, reasons of one line."""
SENTENCE_CHARS = 300
"""PRO's own sentences: allocation descriptions, failure reasons, bulk results."""


def clipped(text: str, limit: int) -> str:
    """Return ``text`` on one line, cut to ``limit`` characters with an ellipsis when longer."""
    one_line = " ".join(text[: limit * 4].split())
    if len(one_line) <= limit:
        return one_line
    return one_line[: limit - 1].rstrip() + "\u2026"


def name(text: str | None) -> str | None:
    """Return a name from PRO fit for display (None stays None)."""
    return None if text is None else clipped(text, NAME_CHARS)


def sentence(text: str | None) -> str | None:
    """Return a sentence from PRO fit for display (None stays None)."""
    return None if text is None else clipped(text, SENTENCE_CHARS)
