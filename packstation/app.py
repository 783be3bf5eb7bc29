"""Composition root of the bench window: a station's services handed to the PySide6 window.

Only this module and :mod:`packstation.gui` import Qt. The station itself (adapters and
services) is built by :mod:`packstation.station`, the same way the headless commands build it.
"""

from __future__ import annotations

from collections.abc import Sequence

from packstation.config import StationSettings
from packstation.gui.bench import BenchServices
from packstation.gui.bootstrap import run_bench
from packstation.log import configure_logging
from packstation.station import Station, open_station


def bench_services(station: Station, *, demo: bool = False) -> BenchServices:
    """Return what the window works with, taken from a built station."""
    scale = station.scale
    return BenchServices(
        engine=station.engine,
        recovery=station.recovery,
        shift_log=station.journal,
        shift_closer=lambda: station.closer,
        label_preview=station.previewer.preview,
        clock=station.clock,
        settings=station.settings,
        read_scale=scale.read if scale is not None else None,
        demo=demo,
    )


def run_window(
    settings: StationSettings,
    api_key: str,
    *,
    demo: bool = False,
    argv: Sequence[str] | None = None,
    verbosity: int = 0,
) -> int:
    """Build the station, run the bench window until it closes, then release everything."""
    configure_logging(verbosity, secrets=[api_key])
    station = open_station(settings, api_key)
    try:
        return run_bench(bench_services(station, demo=demo), argv)
    finally:
        station.close()
