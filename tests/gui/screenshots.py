"""Screenshots of the bench window in its main states, for review and for the README.

Run under a real X server (not collected by pytest)::

    xvfb-run -a -s "-screen 0 1280x800x24" uv run --extra test python -m tests.gui.screenshots OUT

It drives a real engine on the unit fakes with the keys a packer would press and saves one PNG
per state into OUT (``--theme dark`` for the dark theme).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from packstation.domain.labels import PrintState
from packstation.domain.session import Stage
from packstation.domain.shipment import ShipmentState
from packstation.gui.bootstrap import application, open_window
from packstation.gui.counter_screen import CounterScreen
from packstation.gui.main_window import MainWindow
from packstation.services.lead_pin import hash_pin
from tests.gui.conftest import Bench, stable_scale
from tests.unit.services.fakes import START

TIMEOUT_S = 10.0
PIN = "2468"


def settle(condition: Callable[[], bool]) -> None:
    """Run the event loop until ``condition`` holds."""
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        QCoreApplication.processEvents()
        time.sleep(0.01)
    for _ in range(20):  # let layouts and previews finish painting
        QCoreApplication.processEvents()
        time.sleep(0.01)


def at(window: MainWindow, stage: Stage) -> Callable[[], bool]:
    """Return a condition: the pack screen shows ``stage`` and nothing runs."""
    return lambda: (
        not window.pack_calls.busy
        and window.pack.view is not None
        and window.pack.view.stage is stage
    )


def scan(window: MainWindow, code: str) -> None:
    """Type a code into the focused widget and press Enter, as a wedge scanner does."""
    QTest.keyClicks(window.focusWidget(), code)
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Return)


def shoot(window: MainWindow, path: Path) -> None:
    """Save what the screen shows of the window."""
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(window.winId()).save(str(path))
    print(path)


def main() -> None:
    """Drive the window through its states and save the screenshots."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    application()
    bench = Bench(read_scale=stable_scale("1.85"), lead_pin_hash=hash_pin(PIN))
    bench.services.settings.ui.theme = args.theme
    bench.pro.add_option("EDO-AAA-BBB-CCC", cutoff=START + timedelta(hours=3))
    done_ref = bench.pro.add(ShipmentState.ALLOCATED, parcels=2, customer_reference="WEB-10442")
    quote_ref = bench.pro.add(ShipmentState.UNALLOCATED, customer_reference="WEB-10443")
    failed_ref = bench.pro.add(ShipmentState.ALLOCATED, parcels=2, customer_reference="WEB-10444")
    window = open_window(bench.services)
    window.showMaximized()
    window.activateWindow()
    settle(at(window, Stage.IDLE))
    suffix = f"-{args.theme}" if args.theme != "light" else ""
    shoot(window, args.out / f"pack-idle{suffix}.png")
    scan(window, done_ref)
    settle(at(window, Stage.DONE))
    shoot(window, args.out / f"pack-done{suffix}.png")
    scan(window, quote_ref)
    settle(at(window, Stage.CONFIRM_PARCELS))
    settle(lambda: window.pack.parcel_entry.weight.text() == "1.85")
    shoot(window, args.out / f"pack-parcel{suffix}.png")
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    settle(at(window, Stage.CHOOSE_SERVICE))
    shoot(window, args.out / f"pack-choose-service{suffix}.png")
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    settle(at(window, Stage.IDLE))
    bench.printer.script = [(PrintState.FAILED, 1)]
    scan(window, failed_ref)
    settle(at(window, Stage.PRINT_FAILED))
    shoot(window, args.out / f"pack-print-failed{suffix}.png")
    for index, name in enumerate(("counter", "shift", "devices", "settings"), start=1):
        window.show_screen(index)
        settle(lambda: True)
        shoot(window, args.out / f"{name}{suffix}.png")
    counter(window)
    shoot(window, args.out / f"counter-quotes{suffix}.png")
    counter_abroad(window)
    shoot(window, args.out / f"counter-parcels{suffix}.png")
    close_shift(window)
    shoot(window, args.out / f"shift-closing{suffix}.png")
    window.shutdown()


def counter(window: MainWindow) -> None:
    """Fill the counter form and ask for quotes."""
    window.show_screen(1)
    screen = window.counter
    assert isinstance(screen, CounterScreen)
    values = {
        "name": "Ana Lopez",
        "line1": "13 Porter Street",
        "town": "Manchester",
        "postcode": "M1 5WG",
        "phone": "07700 900123",
        "description": "Books",
        "value": "20.00",
    }
    for key, text in values.items():
        QTest.keyClicks(screen.form.fields[key], text)
    settle(lambda: screen.form.parcel.weight.text() == "1.85")  # from the scale
    QTest.keyClick(screen.quotes_button, Qt.Key.Key_Space)
    settle(lambda: screen.view is not None and screen.view.pack.stage is Stage.CHOOSE_SERVICE)


def counter_abroad(window: MainWindow) -> None:
    """Start a new booking to France with two parcels, the second with two contents lines."""
    screen = window.counter
    assert isinstance(screen, CounterScreen)
    QTest.keyClick(screen.choices, Qt.Key.Key_Escape)
    settle(lambda: screen.form.text("name") == "")
    form = screen.form
    values = {
        "name": "Claire Martin",
        "line1": "12 Rue de Rivoli",
        "town": "Paris",
        "postcode": "75001",
        "email": "claire@example.com",
        "signer": "Ana Lopez",
        "description": "Books",
        "value": "20.00",
    }
    form.fields["country"].setText("FR")
    for key, text in values.items():
        QTest.keyClicks(form.fields[key], text)
    books = ("Paperback", "2", "20.00", "0.8", "GB", "490199")
    for edit, text in zip(form.details.rows[0], books, strict=True):
        QTest.keyClicks(edit, text)
    form.fields["value"].setFocus()
    QTest.keyClick(form.fields["value"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(form.parcel.weight, "0.9")
    QTest.keyClicks(form.fields["description"], "Knitwear")
    QTest.keyClicks(form.fields["value"], "40.00")
    lines = (("Wool scarf", "1", "25.00", "0.3", "GB", "611710"), ("Gloves", "1", "15.00", "0.2"))
    for edit, text in zip(form.details.rows[0], lines[0], strict=True):
        QTest.keyClicks(edit, text)
    form.details.add_line()
    for edit, text in zip(form.details.rows[1], lines[1], strict=False):
        QTest.keyClicks(edit, text)
    form.details.rows[1][-1].setFocus()  # the clerk is about to type the gloves' HS code
    settle(lambda: True)


def close_shift(window: MainWindow) -> None:
    """Close the shift with the lead PIN up to the manifest results."""
    window.show_screen(2)
    panel = window.shift.close_panel
    QTest.keyClick(panel.start_button, Qt.Key.Key_Space)
    settle(lambda: window.close_calls.pin_dialog is not None)
    dialog = window.close_calls.pin_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.pin, PIN)
    QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
    settle(panel.manifest_button.isVisible)
    QTest.keyClick(panel.manifest_button, Qt.Key.Key_Space)
    settle(panel.finish_button.isVisible)


if __name__ == "__main__":
    main()
