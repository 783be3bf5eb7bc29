"""The environment variable that overrides each setting.

The rule: ``PACKSTATION_`` plus the dotted TOML path in upper case with ``_`` for ``.``
(``api.read_timeout_s`` is ``PACKSTATION_API_READ_TIMEOUT_S``), with these exceptions so the
names used most in scripts stay short:

- ``station.location``, ``station.policy``, ``station.data_dir``, ``station.demo`` drop the
  section: ``PACKSTATION_LOCATION``, ``PACKSTATION_POLICY``, ``PACKSTATION_DATA_DIR``,
  ``PACKSTATION_DEMO``;
- a printer is ``PACKSTATION_<ROLE>_PRINTER`` (its URL) and ``PACKSTATION_<ROLE>_PRINTER_<KEY>``
  (``printers.label.dpi`` is ``PACKSTATION_LABEL_PRINTER_DPI``); the shared printer time limits
  are ``PACKSTATION_PRINTER_CONNECT_TIMEOUT_S`` and ``PACKSTATION_PRINTER_WRITE_TIMEOUT_S``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from packstation.config.model import StationSettings

PREFIX = "PACKSTATION_"
SettingPath = tuple[str, ...]
_SECTIONLESS = {"location", "policy", "data_dir", "demo"}


def _leaf_paths(model: type[BaseModel], prefix: SettingPath = ()) -> Iterator[SettingPath]:
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _leaf_paths(annotation, (*prefix, name))
        else:
            yield (*prefix, name)


def env_name(path: SettingPath) -> str:
    """Return the ``PACKSTATION_*`` variable for one setting path such as ``("api", "url")``."""
    match path:
        case ("station", key) if key in _SECTIONLESS:
            parts: tuple[str, ...] = (key,)
        case ("printers", role, "url"):
            parts = (role, "printer")
        case ("printers", role, key):
            parts = (role, "printer", key)
        case ("printers", key):
            parts = ("printer", key)
        case _:
            parts = path
    return PREFIX + "_".join(parts).upper()


SETTING_PATHS: tuple[SettingPath, ...] = tuple(_leaf_paths(StationSettings))
ENV_NAMES: dict[SettingPath, str] = {path: env_name(path) for path in SETTING_PATHS}


def dotted(path: SettingPath) -> str:
    """Return the TOML spelling of a setting path (``printers.label.url``)."""
    return ".".join(path)


def set_nested(target: dict[str, Any], path: SettingPath, value: object) -> None:
    """Set ``value`` at ``path`` in nested dicts, creating (or replacing non-dict) levels."""
    node = target
    for key in path[:-1]:
        child = node.get(key)
        if not isinstance(child, dict):
            # A scalar where a section belongs is a file error the model reports; a value from
            # the environment or the Settings screen simply replaces it.
            child = {}
            node[key] = child
        node = child
    node[path[-1]] = value


def lookup(data: Mapping[str, Any], path: SettingPath) -> tuple[bool, Any]:
    """Return (found, value) for ``path`` in nested mappings."""
    node: Any = data
    for key in path:
        if not isinstance(node, Mapping) or key not in node:
            return False, None
        node = node[key]
    return True, node


def _field(path: SettingPath) -> FieldInfo:
    model: type[BaseModel] = StationSettings
    for key in path[:-1]:
        annotation = model.model_fields[key].annotation
        assert isinstance(annotation, type) and issubclass(annotation, BaseModel), path
        model = annotation
    return model.model_fields[path[-1]]


def allowed_values(path: SettingPath) -> tuple[str, ...] | None:
    """Return every value a setting can take, as the file spells them; None for free text.

    A yes/no setting gives ``("true", "false")``; one of a fixed set gives the set, in the order
    the model lists it.
    """
    annotation = _field(path).annotation
    if annotation is bool:
        return ("true", "false")
    if get_origin(annotation) is Literal:
        return tuple(str(value) for value in get_args(annotation))
    return None


def description(path: SettingPath) -> str:
    """Return the model's short description of a setting (empty when it has none)."""
    return _field(path).description or ""
