"""The one error the configuration raises: settings an operator has to fix."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from packstation.config.names import lookup
from packstation.errors import UserFacingError

_MAX_SHOWN_VALUE = 80


class ConfigError(UserFacingError):
    """The config file or a ``PACKSTATION_*`` variable is unreadable or holds a bad value.

    ``problems`` lists one sentence per bad setting, each naming the setting, its value and where
    the value came from; ``message`` joins them under a heading that names the config file.
    """

    retryable = False

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


def describe_problems(
    error: ValidationError,
    values: Mapping[str, Any],
    origins: Mapping[str, str],
    *,
    default_origin: str | None,
) -> tuple[str, ...]:
    """Turn pydantic's errors into sentences: setting, value, origin and what is wrong.

    ``values`` is the nested input that failed; ``origins`` maps dotted names to where a value
    came from, ``default_origin`` is used for the rest (None leaves the origin out).
    """
    return tuple(
        _describe(item, values, origins.get(_dotted(item), default_origin))
        for item in error.errors()
    )


def _dotted(item: Any) -> str:
    return ".".join(str(part) for part in item["loc"])


def _describe(item: Any, values: Mapping[str, Any], origin: str | None) -> str:
    path = tuple(str(part) for part in item["loc"])
    name = ".".join(path)
    message = str(item["msg"]).removeprefix("Value error, ")
    if item["type"] in ("model_type", "dict_type"):
        message = f"must be a section [{name}] with keys, not a single value"
    found, value = lookup(values, path)
    if not found or isinstance(value, Mapping):
        return f"{name}: {message}" if name else message
    shown = repr(str(value) if hasattr(value, "__fspath__") else value)
    if len(shown) > _MAX_SHOWN_VALUE:
        shown = shown[: _MAX_SHOWN_VALUE - 3] + "..."
    source = "" if origin is None else f" (from {origin})"
    return f"{name} = {shown}{source}: {message}"
