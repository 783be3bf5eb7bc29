"""The Devices screen asks the label printer for its status while it shows."""

from __future__ import annotations

import dataclasses
import threading

from packstation.domain.ports import LabelPrinter
from tests.gui.conftest import Bench, open_window


def test_printer_status_is_asked_off_the_gui_thread_while_devices_shows(qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = Bench()
    asked: list[threading.Thread] = []

    def status(printer: LabelPrinter) -> str:
        asked.append(threading.current_thread())
        return f"ready ({printer.name})"

    bench.services = dataclasses.replace(bench.services, printer_status=status)
    window = open_window(qtbot, bench)
    try:
        window.on_printer_poll_timeout()  # the pack screen shows: nothing is asked
        assert asked == []
        window.show_screen(3)  # Devices (F4)
        assert window.current_screen() is window.devices
        window.on_printer_poll_timeout()
        qtbot.waitUntil(lambda: "Label printer status" in window.devices._values)
        assert window.devices._values["Label printer status"].text().startswith("ready (")
        assert asked and asked[0] is not threading.main_thread()
        assert window.printer_poll.isActive()
    finally:
        window.shutdown()
    assert not window.printer_poll.isActive()
