"""Composing a station from settings: what is required, what is built, nothing contacted."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.config import load_settings
from packstation.devices.scale import ScaleReader
from packstation.station import StationNotReady, open_station


def settings_with(tmp_path: Path, **overrides: str):  # type: ignore[no-untyped-def]
    environ = {
        "PACKSTATION_API_ENVIRONMENT": "sandbox",
        "PACKSTATION_LOCATION": "LOC-1",
        "PACKSTATION_LABEL_PRINTER": "tcp://127.0.0.1:9",
        "PACKSTATION_DATA_DIR": str(tmp_path / "data"),
        **overrides,
    }
    return load_settings(tmp_path / "station.toml", environ=environ).settings


def test_a_station_is_built_without_contacting_anything(tmp_path: Path) -> None:
    settings = settings_with(
        tmp_path,
        PACKSTATION_RECEIPT_PRINTER=(tmp_path / "receipts").as_uri(),
        PACKSTATION_SCALE_URL="socket://127.0.0.1:9",
    )
    station = open_station(settings, "key", operator="tester")
    try:
        assert station.devices.labels.name == "tcp://127.0.0.1:9"
        assert isinstance(station.scale, ScaleReader)
        assert station.counter is not None
        assert (tmp_path / "data" / "journal.sqlite3").exists()
        assert station.journal.shift_info().opened_by == "tester"
        assert station.client.base_url == "https://apisandbox.electioapp.com"
    finally:
        station.close()


@pytest.mark.parametrize(
    ("missing", "words"),
    [("PACKSTATION_LOCATION", "shipping location"), ("PACKSTATION_LABEL_PRINTER", "label printer")],
)
def test_what_every_pack_needs_is_required(tmp_path: Path, missing: str, words: str) -> None:
    settings = settings_with(tmp_path, **{missing: ""})
    with pytest.raises(StationNotReady, match=words):
        open_station(settings, "key")
