"""The window over a real station: sandbox over HTTP, virtual printer over TCP, SQLite journal.

This is also the reference for ``app.py``: how a :class:`BenchServices` is made from a station.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from packstation.config import load_settings
from packstation.domain.labels import PrintState
from packstation.domain.session import Stage
from packstation.gui.bench import BenchServices
from packstation.gui.main_window import MainWindow
from packstation.gui.theme import apply_theme
from packstation.printing.virtual_printer import VirtualPrinter
from packstation.pro import ProClient
from packstation.sandbox.testing import running_sandbox
from packstation.station import Station, open_station
from tests.gui.keys import scan, wait_for_stage

MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
KEY = "gui-station-key"


def bench_services(station: Station, *, demo: bool) -> BenchServices:
    """Build what the window needs from a station (what ``app.py`` does)."""
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


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    with running_sandbox(seed="demo", frozen_at=MONDAY_MORNING) as (server, _control):
        client = ProClient(server.base_url, KEY)
        location = client.shipping_locations()[0].reference or ""
        client.close()
        printer = VirtualPrinter(tmp_path / "printed", port=0)
        printer.start()
        (tmp_path / "documents").mkdir()
        environ = {
            "PACKSTATION_API_ENVIRONMENT": "custom",
            "PACKSTATION_API_URL": server.base_url,
            "PACKSTATION_LOCATION": location,
            "PACKSTATION_LABEL_PRINTER": printer.url,
            "PACKSTATION_DOCUMENT_PRINTER": (tmp_path / "documents").as_uri(),
            "PACKSTATION_DATA_DIR": str(tmp_path / "data"),
            "PACKSTATION_POLICY": "cheapest",
            "PACKSTATION_STATION_NAME": "Bench 7",
        }
        settings = load_settings(tmp_path / "station.toml", environ=environ).settings
        opened = open_station(settings, KEY, operator="tester")
        try:
            yield opened
        finally:
            opened.close()
            printer.stop()


@pytest.mark.slow
def test_a_scan_through_the_window_prints_on_the_virtual_printer(
    qtbot: QtBot, station: Station, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", 14)
    window = MainWindow(bench_services(station, demo=True))
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        qtbot.waitUntil(lambda: not window.pack_calls.busy, timeout=20_000)
        scan(qtbot, window, "WEB-10021")
        wait_for_stage(qtbot, window, Stage.DONE)
        view = window.pack.view
        assert view is not None and view.print_report is not None
        assert view.print_report.state is PrintState.CONFIRMED
        assert len(list((tmp_path / "printed").glob("*.zpl"))) == 1
        images = window.pack.labels.findChildren(QLabel, "labelImage")
        assert len(images) == 1
        qtbot.waitUntil(lambda: all(not image.pixmap().isNull() for image in images))
        qtbot.waitUntil(lambda: window.pack.recent.selected_reference() is not None)
        assert window.pack.recent.selected_reference() == view.shipment.reference  # type: ignore[union-attr]
    finally:
        window.shutdown()
