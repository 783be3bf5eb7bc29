"""A serial scanner's lines reach the pack screen on the GUI thread, like typed scans."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable

from packstation.domain.session import Stage
from packstation.domain.shipment import ShipmentState
from tests.gui.conftest import Bench, open_window


class ThreadScanner:
    """A scanner whose lines arrive from a background thread, as a real serial reader's do."""

    def __init__(self) -> None:
        self.on_scan: Callable[[str], None] | None = None
        self.on_error: Callable[[Exception], None] | None = None
        self.stopped = False

    def start(self, on_scan, *, on_error=None, on_connected=None) -> None:  # type: ignore[no-untyped-def]
        self.on_scan, self.on_error = on_scan, on_error
        if on_connected is not None:
            threading.Thread(target=on_connected).start()

    def stop(self) -> None:
        self.stopped = True

    def send(self, line: str) -> None:
        assert self.on_scan is not None
        worker = threading.Thread(target=self.on_scan, args=(line,))
        worker.start()
        worker.join()


def test_a_serial_scan_packs_like_a_typed_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = Bench()
    scanner = ThreadScanner()
    bench.services = dataclasses.replace(bench.services, serial_scanner=scanner)
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    window = open_window(qtbot, bench)
    try:
        qtbot.waitUntil(
            lambda: (
                "connected" in window.devices._values.get("Serial scanner", None).text()
                if "Serial scanner" in window.devices._values
                else False
            )
        )
        window.show_screen(3)
        scanner.send(reference)
        qtbot.waitUntil(lambda: window.pack_calls._view().stage is Stage.DONE)
        assert window.current_screen() is window.screens.widget(0)
        assert len(bench.printer.jobs) == 1
    finally:
        window.shutdown()
    assert scanner.stopped


def test_a_lost_scanner_is_shown_on_the_devices_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = Bench()
    scanner = ThreadScanner()
    bench.services = dataclasses.replace(bench.services, serial_scanner=scanner)
    window = open_window(qtbot, bench)
    try:
        assert scanner.on_error is not None
        error = OSError("device vanished")
        threading.Thread(target=scanner.on_error, args=(error,)).start()
        qtbot.waitUntil(
            lambda: (
                "disconnected: device vanished"
                in window.devices._values.get("Serial scanner", window.devices.status_line).text()
            )
        )
    finally:
        window.shutdown()
