"""A real station for GUI tests and screenshots: sandbox, virtual printer, SQLite journal.

:func:`bench_services` is also the reference for ``app.py``: how the window's services are made
from a :class:`~packstation.station.Station`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from packstation.config import load_settings
from packstation.gui.bench import BenchServices
from packstation.printing.virtual_printer import VirtualPrinter
from packstation.pro import ProClient
from packstation.sandbox.testing import FrozenClock, running_sandbox
from packstation.station import Station, open_station

MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
KEY = "gui-station-key"


def bench_services(station: Station, *, demo: bool) -> BenchServices:
    """Build what the window needs from a station."""
    closer = station.closer
    return BenchServices(
        engine=station.engine,
        recovery=station.recovery,
        shift_log=station.journal,
        shift_closer=lambda: closer,
        label_preview=station.previewer.preview,
        clock=station.clock,
        settings=station.settings,
        read_scale=station.scale.read if station.scale is not None else None,
        demo=demo,
    )


@dataclass
class RealBench:
    """A station and the virtual printer it prints on."""

    station: Station
    printer: VirtualPrinter
    printed_dir: Path


@contextmanager
def real_bench(tmp_path: Path, *, policy: str = "cheapest") -> Iterator[RealBench]:
    """Start the sandbox (demo seed) and a virtual printer; open a station against them."""
    with running_sandbox(seed="demo", frozen_at=MONDAY_MORNING) as (server, _control):
        client = ProClient(server.base_url, KEY)
        location = client.shipping_locations()[0].reference or ""
        client.close()
        printed = tmp_path / "printed"
        printer = VirtualPrinter(printed, port=0)
        printer.start()
        (tmp_path / "documents").mkdir(exist_ok=True)
        environ = {
            "PACKSTATION_API_ENVIRONMENT": "custom",
            "PACKSTATION_API_URL": server.base_url,
            "PACKSTATION_LOCATION": location,
            "PACKSTATION_LABEL_PRINTER": printer.url,
            "PACKSTATION_DOCUMENT_PRINTER": (tmp_path / "documents").as_uri(),
            "PACKSTATION_DATA_DIR": str(tmp_path / "data"),
            "PACKSTATION_POLICY": policy,
            "PACKSTATION_STATION_NAME": "Bench 7",
            "PACKSTATION_DEMO": "true",
        }
        settings = load_settings(tmp_path / "station.toml", environ=environ).settings
        station = open_station(settings, KEY, operator="tester", clock=FrozenClock())
        try:
            yield RealBench(station, printer, printed)
        finally:
            station.close()
            printer.stop()
