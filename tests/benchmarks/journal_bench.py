"""Time a 5,000-pack shift in the journal (3 KB ZPL labels); prints JSON (not collected by pytest).

Run: ``uv run --extra test python tests/benchmarks/journal_bench.py [PACKS]``
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from packstation.journal import (
    IntentKind,
    IntentOutcome,
    Journal,
    LabelFormat,
    PackageRecord,
    PrintOutcome,
)

PRINTER = "tcp://127.0.0.1:9100"


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return (time.perf_counter() - started) * 1000, result


def _pack(journal: Journal, shift_id: int, number: int, rng: random.Random) -> None:
    reference = f"EC-BEN-{number // 1000:03d}-{number % 1000:03d}"
    journal.record_scan(shift_id, reference, "consignment", "accepted")
    intent = journal.record_intent(shift_id, IntentKind.ALLOCATE, f"ORDER-{number}")
    pack = journal.start_pack(shift_id, reference, customer_reference=f"ORDER-{number}")
    journal.record_intent_outcome(intent.intent_id, IntentOutcome.SUCCEEDED)
    journal.record_allocation(
        pack.pack_id,
        carrier=rng.choice(["DPD", "UPS", "Royal Mail", "Evri"]),
        service="Next Day",
        tracking_numbers=[f"T{number}"],
        packages=[PackageRecord(rng.uniform(0.2, 15.0), f"T{number}")],
    )
    label_set = journal.store_labels(
        pack.pack_id, LabelFormat.ZPL, [rng.randbytes(3072)], label_count=1, dpi=203
    )
    job = journal.start_print_job(pack.pack_id, label_set, PRINTER, [0])
    journal.finish_print_job(job, PrintOutcome.CONFIRMED)
    journal.record_ready_to_ship(pack.pack_id, succeeded=rng.random() < 0.98)


def main(packs: int) -> dict[str, Any]:
    """Write a shift of ``packs`` packs, then time the queries the GUI and closing use."""
    rng = random.Random(5000)
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "journal.sqlite3"
        with Journal.open(path) as journal:
            shift = journal.open_shift("bench", "SL-BENCH")
            write_ms, _ = _timed(
                lambda: [_pack(journal, shift.shift_id, n, rng) for n in range(packs)]
            )
            middle = f"EC-BEN-{packs // 2 // 1000:03d}-{packs // 2 % 1000:03d}"
            queries = {
                "pack_for_consignment": lambda: journal.pack_for_consignment(
                    shift.shift_id, middle
                ),
                "pack_for_tracking_number": lambda: journal.pack_for_tracking_number(
                    shift.shift_id, f"T{packs // 2}"
                ),
                "shift_packs": lambda: journal.shift_packs(shift.shift_id),
                "shift_exceptions": lambda: journal.shift_exceptions(shift.shift_id),
                "unfinished_packs": journal.unfinished_packs,
                "open_intents": journal.open_intents,
                "shift_counts": lambda: journal.shift_counts(shift.shift_id),
                "stored_labels": lambda: journal.stored_labels(packs // 2),
                "export_shift": lambda: journal.export_shift(shift.shift_id),
                "check_consistency": journal.check_consistency,
            }
            query_ms = {name: round(_timed(query)[0], 2) for name, query in queries.items()}
        file_mb = os.path.getsize(path) / 1e6
    return {
        "packs": packs,
        "write_total_ms": round(write_ms, 1),
        "write_per_pack_ms": round(write_ms / packs, 3),
        "commits_per_pack": 10,
        "query_ms": query_ms,
        "file_mb": round(file_mb, 1),
        "synchronous": "FULL",
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000), indent=2))
