"""Benchmark: the journal reads made at every pack, early and late in a shift of 5,000 packs.

Run: ``uv run --extra test python -m tests.benchmarks.late_in_shift`` (``--runs N`` reads per
case). A real journal file is filled, as the label step fills it, with confirmed packs up to
100, 1,000 and 5,000; at each size three reads are timed:

- ``recent_packs``: what the Pack screen reads after every pack (the newest 30 and the counts);
- ``order_lookup``: what an order scan reads to find a pack of that order left unprinted;
- ``whole_shift``: every pack of the shift, as the Shift screen and the close read it (once per
  visit, not per pack), for comparison.

Before, the first two read the whole shift too: about a third of a second per pack at 5,000
packs, on the journal lane (recent packs) and inside the order scan itself. Target: each of the
two per-pack reads under 10 ms at 5,000 packs. The last line printed is the JSON result.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from packstation.domain.labels import LabelFile, LabelLanguage, PrintReport, PrintState
from packstation.domain.records import PackStage
from packstation.domain.shipment import Parcel, Shipment, ShipmentState
from packstation.gui.recent_packs import LAST_HOUR, SHOWN_PACKS
from packstation.journal.engine_port import EngineJournal
from packstation.journal.journal import Journal
from tests.benchmarks.support import MONDAY_MORNING, machine, summary

CASES = (100, 1000, 5000)
TARGET_PER_PACK_READ_MS = 10.0
LABEL = b"^XA^FO50,50^BCN,100^FD%s^FS^XZ"


class StepClock:
    """Moves two seconds per reading: a shift of packs spread over hours."""

    def __init__(self) -> None:
        self.now = MONDAY_MORNING

    def __call__(self) -> Any:
        self.now += timedelta(seconds=2)
        return self.now


def _shipment(number: int) -> Shipment:
    tracking = (f"TRK{number:08d}",)
    return Shipment(
        reference=f"EC-000-{number:06d}",
        state=ShipmentState.ALLOCATED,
        state_name="Allocated",
        customer_reference=f"WEB-{number:06d}",
        parcels=(Parcel(None, Decimal("0.5"), tracking_numbers=tracking),),
        carrier="DPD",
        service="Next Day",
        service_reference="DPD-ND",
        tracking_numbers=tracking,
    )


def fill(journal: EngineJournal, start: int, stop: int) -> None:
    """Journal packs ``start`` to ``stop`` as printed and ready, as the label step writes them."""
    for number in range(start, stop):
        shipment = _shipment(number)
        labels = LabelFile(LABEL % shipment.reference.encode(), LabelLanguage.ZPL, 203)
        job = journal.begin_print(
            shipment.reference, "tcp://127.0.0.1:9100", [0], labels=labels, allocated=shipment
        )
        journal.finish_print(job, PrintReport(PrintState.CONFIRMED, "benchmark printer", (0,)))
        journal.record_stage(shipment, PackStage.PRINTED)
        journal.record_stage(shipment, PackStage.READY_TO_SHIP)


def _timed(read: Any, runs: int) -> dict[str, float]:
    times: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        read()
        times.append((time.perf_counter() - started) * 1000)
    return summary(times)


def _case(journal: EngineJournal, since: Any, size: int, runs: int) -> dict[str, Any]:
    glance = journal.shift_glance(SHOWN_PACKS, since)
    if glance.packed != size:
        raise RuntimeError(f"{glance.packed} packed of {size}")
    middle = f"WEB-{size // 2:06d}"
    return {
        "recent_packs_ms": _timed(lambda: journal.shift_glance(SHOWN_PACKS, since), runs),
        "order_lookup_ms": _timed(lambda: journal.packs_with_customer_reference(middle), runs),
        "whole_shift_ms": _timed(journal.shift_packs, max(3, runs // 10)),
    }


def run(runs: int) -> dict[str, Any]:
    """Fill one journal case by case and time the reads at each size."""
    cases: dict[str, Any] = {}
    clock = StepClock()
    with tempfile.TemporaryDirectory(prefix="packstation-late-") as folder:
        with Journal.open(Path(folder) / "journal.sqlite3", clock=clock) as file:
            journal = EngineJournal(file, station="Bench", operator="bench", location="Sorted1")
            filled = 0
            for size in CASES:
                fill(journal, filled, size)
                filled = size
                cases[str(size)] = _case(journal, clock.now - LAST_HOUR, size, runs)
    largest = cases[str(CASES[-1])]
    worst = max(largest["recent_packs_ms"]["median"], largest["order_lookup_ms"]["median"])
    return {
        "benchmark": "late_in_shift",
        "machine": machine(),
        "runs": runs,
        "target_per_pack_read_ms": TARGET_PER_PACK_READ_MS,
        "target_met": worst < TARGET_PER_PACK_READ_MS,
        "cases": cases,
    }


def main() -> None:
    """Parse options, run, print the JSON document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="timed reads per case")
    arguments = parser.parse_args()
    print(json.dumps(run(arguments.runs), indent=2))


if __name__ == "__main__":
    main()
