"""Compare a sandbox response with a documented example: same keys, same JSON types."""

from __future__ import annotations

from typing import Any


def json_type(value: Any) -> str:
    """Return the JSON type name of a value (int and float are both numbers)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def shape_differences(example: Any, actual: Any, path: str = "$") -> list[str]:
    """Return where ``actual`` lacks a key of ``example``, adds one, or differs in type.

    ``null`` in the example says nothing about the type. Array items are compared with the
    example's item at the same position (its last item when the response has more); an empty
    array on either side ends the comparison of its elements.
    """
    if example is None:
        return []
    if json_type(example) != json_type(actual):
        return [f"{path}: {json_type(actual)} instead of {json_type(example)}"]
    if isinstance(example, dict):
        found = [f"{path}.{key}: missing" for key in example if key not in actual]
        found += [f"{path}.{key}: not in the example" for key in actual if key not in example]
        for key in example:
            if key in actual:
                found += shape_differences(example[key], actual[key], f"{path}.{key}")
        return found
    if isinstance(example, list) and example and actual:
        found = []
        for index, item in enumerate(actual):
            model = example[min(index, len(example) - 1)]
            found += shape_differences(model, item, f"{path}[{index}]")
        return found
    return []
