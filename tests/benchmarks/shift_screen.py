"""Benchmark: the Shift screen's packs table filled for shifts of 100, 1,000 and 5,000 packs.

Run: ``uv run --extra test python -m tests.benchmarks.shift_screen`` (``--runs N`` fills per case,
``QT_QPA_PLATFORM=offscreen`` without a display). The screen is shown, then filled ``runs``
times with the same packs, as each visit of the Shift screen (F3) fills it again; each fill is
timed on the GUI thread with the paint that follows it. The first fill of an empty table and the
refills are reported apart: a refill once replaced every cell of the full table, which resized
the columns over every row at each cell (half a minute for 500 packs, the window frozen). Target:
a refill of 5,000 packs under 0.5 s. The last line printed is the JSON result.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QApplication

from packstation.domain.records import PackRecord, PackStage
from packstation.gui.other_screens import ShiftScreen
from tests.benchmarks.support import machine, summary

CASES = (100, 1000, 5000)
TARGET_REFILL_5000_S = 0.5
CLOSED_AT = datetime(2026, 11, 23, 17, tzinfo=UTC)


def packs(count: int) -> list[PackRecord]:
    """Return ``count`` ready-to-ship packs spread over five carriers."""
    return [
        PackRecord(
            f"EC-000-{number:06d}",
            f"WEB-{number}",
            PackStage.READY_TO_SHIP,
            f"Carrier {number % 5}",
            "Next Day",
            (f"TRK{number:08d}",),
            1 + number % 3,
            frozenset(range(1 + number % 3)),
            CLOSED_AT,
            printed_at=CLOSED_AT,
        )
        for number in range(count)
    ]


def measure(app: QApplication, count: int, runs: int) -> dict[str, Any]:
    """Fill a shown Shift screen ``runs`` times with ``count`` packs; return the times (ms)."""
    screen = ShiftScreen()
    screen.resize(1200, 800)
    screen.show()
    app.processEvents()
    records = packs(count)
    times_ms: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        screen.show_packs(records, (count, 0))
        app.processEvents()
        times_ms.append((time.perf_counter() - started) * 1000)
        if screen.table.rowCount() != count:
            raise RuntimeError(f"the table shows {screen.table.rowCount()} of {count} packs")
    screen.close()
    refills = summary(times_ms[1:])
    return {
        "packs": count,
        "first_fill_ms": round(times_ms[0], 1),
        "refill_ms_median": refills["median"],
        "refill_ms_p95": refills["p95"],
    }


def main() -> None:
    """Parse options, run every case, print the JSON document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fills per case (the first is apart)")
    arguments = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    cases = [measure(app, count, max(2, arguments.runs)) for count in CASES]
    largest = cases[-1]
    print(
        json.dumps(
            {
                "benchmark": "shift_screen",
                "machine": machine(),
                "runs": max(2, arguments.runs),
                "cases": cases,
                "target_refill_5000_s": TARGET_REFILL_5000_S,
                "target_met": largest["refill_ms_p95"] / 1000 < TARGET_REFILL_5000_S,
            }
        )
    )


if __name__ == "__main__":
    main()
