"""Compare JSON documents by shape: the set of key paths and the values at them.

Used by the contract tests to prove that a parsed-and-reserialised example has lost no field and
renamed none. Numbers compare as Decimal (``0.50000`` equals ``0.5``); list items are compared
position by position.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any


def key_paths(document: Any, prefix: str = "") -> set[str]:
    """Return every key path in ``document`` (``A.B[0].C``), lists walked item by item."""
    paths: set[str] = set()
    if isinstance(document, dict):
        for key, value in document.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            paths.add(path)
            paths |= key_paths(value, path)
    elif isinstance(document, list):
        for index, item in enumerate(document):
            paths |= key_paths(item, f"{prefix}[{index}]")
    return paths


def normalised(document: Any) -> Any:
    """Return ``document`` with every number as Decimal, for value comparison."""
    if isinstance(document, dict):
        return {key: normalised(value) for key, value in document.items()}
    if isinstance(document, list):
        return [normalised(item) for item in document]
    if isinstance(document, bool) or document is None or isinstance(document, str):
        return document
    if isinstance(document, int | float | Decimal):
        return Decimal(str(document)).normalize()
    return document


def missing_and_added(original: Any, reserialised: Any) -> tuple[set[str], set[str]]:
    """Return the key paths lost and the key paths invented by a round trip."""
    before, after = key_paths(original), key_paths(reserialised)
    return before - after, after - before
