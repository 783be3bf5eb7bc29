"""Compare JSON documents by shape: the set of key paths and the values at them.

Used by the contract tests to prove that a parsed-and-reserialised example has lost no field and
renamed none. Numbers compare as Decimal (``0.50000`` equals ``0.5``), ISO datetimes as parsed
values (``+00:00`` equals ``Z``); list items are compared position by position.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, TypeAdapter

_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_DATETIME = TypeAdapter(datetime)


def key_paths(document: Any, prefix: str = "") -> set[str]:
    """Return every key path of ``document`` (``Packages[0].Weight.Value``)."""
    paths: set[str] = set()
    if isinstance(document, dict):
        for key, value in document.items():
            path = f"{prefix}.{key}" if prefix else key
            paths.add(path)
            paths |= key_paths(value, path)
    elif isinstance(document, list):
        for index, item in enumerate(document):
            paths |= key_paths(item, f"{prefix}[{index}]")
    return paths


def normalised(document: Any) -> Any:
    """Return ``document`` with numbers as Decimal and ISO datetime strings parsed."""
    if isinstance(document, dict):
        return {key: normalised(value) for key, value in document.items()}
    if isinstance(document, list):
        return [normalised(item) for item in document]
    if isinstance(document, bool) or document is None:
        return document
    if isinstance(document, int | float | Decimal):
        return Decimal(str(document))
    if isinstance(document, str) and _ISO_DATETIME.match(document):
        return _DATETIME.validate_python(document)
    return document


def undeclared_keys(value: Any, path: str = "$") -> list[str]:
    """Return the paths of keys that landed in a model's extras instead of a declared field."""
    found: list[str] = []
    if isinstance(value, BaseModel):
        found += [f"{path}.{key}" for key in value.model_extra or {}]
        for name in type(value).model_fields:
            found += undeclared_keys(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += undeclared_keys(item, f"{path}[{index}]")
    return found


def missing_and_added(original: Any, reserialised: Any) -> tuple[set[str], set[str]]:
    """Return the key paths lost and the key paths invented by a round trip."""
    before, after = key_paths(original), key_paths(reserialised)
    return before - after, after - before
