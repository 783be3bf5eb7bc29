r"""Screenshots of the window over a real station (sandbox demo day, virtual printer).

Run under a real X server (not collected by pytest)::

    xvfb-run -a -s "-screen 0 1280x800x24" uv run --extra test \
        python -m tests.gui.demo_screenshots OUT
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from packstation.domain.session import Stage
from packstation.gui.bootstrap import application, open_window
from tests.gui.real_station import bench_services, real_bench
from tests.gui.screenshots import at, scan, settle, shoot


def main() -> None:
    """Pack the demo day's parcels with the keyboard and save one PNG per state."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en", help="the window's language (en, de, pl)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory() as data, real_bench(Path(data), policy="ask") as bench:
        bench.station.settings.ui.language = args.language
        window = open_window(bench_services(bench.station, demo=True))
        window.showMaximized()
        window.activateWindow()
        settle(at(window, Stage.IDLE))
        shoot(window, args.out / "pack-idle.png")
        scan(window, "WEB-10022")
        settle(at(window, Stage.DONE))
        images = window.pack.labels.findChildren(QLabel, "labelImage")
        settle(lambda: all(not image.pixmap().isNull() for image in images))
        shoot(window, args.out / "pack-done.png")
        scan(window, "WEB-10031")
        settle(at(window, Stage.CONFIRM_PARCELS))
        QTest.keyClicks(window.focusWidget(), "2.4")
        # The boots and, in a second parcel (Ctrl+N), the socks that did not fit.
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(window.focusWidget(), "0.5")
        heading = window.pack.parcel_entry.parcels.heading
        settle(lambda: heading.text().split()[1::2] == ["2", "2"])  # "Parcel 2 of 2", translated
        shoot(window, args.out / "pack-parcel.png")
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Return)
        settle(at(window, Stage.CHOOSE_SERVICE))
        shoot(window, args.out / "pack-choose-service.png")
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
        settle(at(window, Stage.IDLE))
        bench.printer.set_faults(paper_out_after=1)
        scan(window, "WEB-10023")
        settle(at(window, Stage.PRINT_FAILED))
        shoot(window, args.out / "pack-print-failed.png")
        window.shutdown()


if __name__ == "__main__":
    main()
