"""Composition root of the bench window: a station's services handed to the PySide6 window.

Only this module and :mod:`packstation.gui` import Qt. The station itself (adapters and
services) is built by :mod:`packstation.station`, the same way the headless commands build it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from packstation.config import LoadedSettings, StationSettings, load_settings
from packstation.domain.labels import LabelFile, LabelLanguage, PrintReport
from packstation.domain.ports import LabelPrinter
from packstation.gui.bench import BenchServices
from packstation.gui.bootstrap import run_bench, run_first_run
from packstation.gui.first_run import FirstRunActions, FirstRunChoice
from packstation.log import close_log_file, configure_logging
from packstation.printing.bench.factory import build_label_printer
from packstation.printing.commands import build_test_label
from packstation.pro.client import ProClient
from packstation.secrets import load_api_key, load_lead_pin_hash
from packstation.services.lead_pin import PinGate, hash_pin
from packstation.station import Station, open_station

LOG_DIR_NAME = "logs"
LOG_FILE_NAME = "packstation.log"

if TYPE_CHECKING:
    # The demo brings the whole sandbox (its web server and PDF labels): loaded only to run it.
    from packstation.demo import DemoWorld


def bench_services(
    station: Station,
    *,
    demo: bool = False,
    loaded: LoadedSettings | None = None,
    lead_pin_hash: str | None = None,
) -> BenchServices:
    """Return what the window works with, taken from a built station.

    ``loaded`` lets the Settings screen save; ``lead_pin_hash`` lets the window close a shift.
    """
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
        loaded_settings=loaded,
        counter=station.counter,
        lead_pin=PinGate(lead_pin_hash, station.clock) if lead_pin_hash else None,
        test_print=print_test_label,
        printer_status=lambda printer: printer.status(),
        serial_scanner=station.scanner,
        demo=demo,
        warm_up=station.warm_up,
    )


def run_window(
    settings: StationSettings,
    api_key: str,
    *,
    demo: bool = False,
    loaded: LoadedSettings | None = None,
    lead_pin_hash: str | None = None,
    argv: Sequence[str] | None = None,
    verbosity: int = 0,
    watch_stalls: bool = False,
) -> int:
    """Build the station, run the bench window until it closes, then release everything."""
    configure_logging(verbosity, secrets=[api_key], log_file=log_file_of(settings))
    try:
        station = open_station(settings, api_key)
        try:
            services = bench_services(
                station, demo=demo, loaded=loaded, lead_pin_hash=lead_pin_hash
            )
            return run_bench(services, argv, watch_stalls=watch_stalls)
        finally:
            station.close()
    finally:
        close_log_file()


def log_file_of(settings: StationSettings) -> Path:
    """Return where the bench window keeps its log: ``logs/`` in the station's data folder."""
    return settings.station.data_dir / LOG_DIR_NAME / LOG_FILE_NAME


def print_test_label(printer: LabelPrinter) -> PrintReport:
    """Print the station's test label (escaped text, a Code 128) on ``printer`` and report."""
    label = LabelFile(build_test_label(printer.name), LabelLanguage.ZPL, printer.dpi)
    return printer.print_labels(label)


def first_run_actions() -> FirstRunActions:
    """Return what the first-run dialog needs from the adapters."""

    def list_locations(base_url: str, api_key: str) -> list[tuple[str, str]]:
        with ProClient(base_url, api_key) as client:
            return [
                (location.reference or "", location.name or location.reference or "")
                for location in client.shipping_locations()
                if location.reference
            ]

    def test_print(url: str, language: str) -> PrintReport:
        return print_test_label(build_label_printer(url, language=language))

    return FirstRunActions(list_locations=list_locations, test_print=test_print)


def run_default(
    config_file: Path | None = None, *, verbosity: int = 0, watch_stalls: bool = False
) -> int:
    """``packstation`` with no command: the bench window, or the first-run dialog before it."""
    loaded = load_settings(config_file)
    key = load_api_key(loaded.config_dir)
    if loaded.is_unconfigured or key is None:
        choice = run_first_run(loaded.settings, loaded.config_file, first_run_actions())
        if choice is None:
            return 0
        if choice is FirstRunChoice.DEMO:
            return _run_demo(verbosity, watch_stalls)
        loaded = load_settings(config_file)
        key = load_api_key(loaded.config_dir)
        if key is None:
            return 0
    return run_window(
        loaded.settings,
        key.reveal(),
        loaded=loaded,
        lead_pin_hash=load_lead_pin_hash(loaded.config_dir),
        verbosity=verbosity,
        watch_stalls=watch_stalls,
    )


def _run_demo(verbosity: int, watch_stalls: bool) -> int:
    from packstation.demo import DemoWorld

    with DemoWorld() as world:
        for line in world.summary_lines():
            print(line, flush=True)
        return run_demo_window(world, verbosity=verbosity, watch_stalls=watch_stalls)


def run_demo_window(world: DemoWorld, *, verbosity: int = 0, watch_stalls: bool = False) -> int:
    """Run the bench window against a started demo world (with the demo's lead PIN)."""
    from packstation.demo import DEMO_API_KEY, DEMO_LEAD_PIN

    return run_window(
        world.settings(),
        DEMO_API_KEY,
        demo=True,
        lead_pin_hash=hash_pin(DEMO_LEAD_PIN),
        verbosity=verbosity,
        watch_stalls=watch_stalls,
    )
