"""Change settings the way the Settings screen does: by name, checked together, on a copy.

Applying several changes at once matters because some settings depend on each other (choosing
the ``custom`` API environment needs the URL in the same step).
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import ValidationError

from packstation.config.errors import ConfigError, describe_problems
from packstation.config.model import StationSettings
from packstation.config.names import ENV_NAMES, set_nested


def updated_settings(settings: StationSettings, changes: Mapping[str, object]) -> StationSettings:
    """Return a checked copy of ``settings`` with ``changes`` (dotted name to value) applied.

    Raises :class:`ConfigError` whose ``problems`` name each refused setting and value, e.g.
    ``printers.label.dpi = 600: Input should be 203 or 300``; ``settings`` is never modified.
    """
    values = settings.model_dump()
    for name, value in changes.items():
        path = tuple(name.split("."))
        if path not in ENV_NAMES:
            raise ConfigError(f"{name} is not a station setting.", (f"{name}: not a setting",))
        set_nested(values, path, value)
    try:
        return StationSettings(**values)
    except ValidationError as error:
        problems = describe_problems(error, values, {}, default_origin=None)
        raise ConfigError("\n".join(problems), problems) from None
