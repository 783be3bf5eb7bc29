"""What the names module tells a screen about each setting: its fixed values and description."""

from __future__ import annotations

from packstation.config import StationSettings, updated_settings
from packstation.config.names import SETTING_PATHS, allowed_values, description, dotted


def test_yes_no_and_fixed_sets_are_listed_and_free_text_is_not() -> None:
    assert allowed_values(("station", "demo")) == ("true", "false")
    assert allowed_values(("printers", "label", "dpi")) == ("203", "300")
    assert allowed_values(("api", "environment")) == ("production", "sandbox", "custom")
    assert allowed_values(("api", "url")) is None
    assert allowed_values(("ui", "font_size_pt")) is None


def test_every_listed_value_is_accepted_as_the_screen_sends_it() -> None:
    base = StationSettings(api={"environment": "custom", "url": "https://pro.example.com"})
    for path in SETTING_PATHS:
        for value in allowed_values(path) or ():
            name = dotted(path)
            changed = updated_settings(base, {name: value})  # text, as the Settings screen has it
            assert str(_value(changed, path)).lower() == value, name


def _value(settings: StationSettings, path: tuple[str, ...]) -> object:
    node: object = settings
    for key in path:
        node = getattr(node, key)
    return node


def test_descriptions_come_from_the_model() -> None:
    assert description(("station", "location")) == "SortedPRO shipping location reference"
    assert description(("api", "read_timeout_s")) == ""
