"""Child process for the crash tests: writes random pack lifecycles until it dies.

Usage: ``python -m tests.integration.journal.crash_writer PATH SEED MODE [BUDGET]`` where MODE
is ``exit`` (the process ends itself with ``os._exit`` inside SQLite, at a random virtual-machine
step of a random statement, through a progress handler), ``run`` (write until killed from
outside) or ``open`` (only open the journal, dying after BUDGET VM steps: a crash mid-migration).
After every call that returned, a line ``done <kind> <key> <value>`` goes to stdout, so the
parent can check that everything reported as done survived the crash.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
from pathlib import Path

from packstation.journal import (
    IntentKind,
    IntentOutcome,
    Journal,
    LabelFormat,
    ManifestResult,
    PackageRecord,
    PrintOutcome,
)

CRASHED_EXIT_CODE = 77
MAX_PACKS = 400
PRINTER = "tcp://127.0.0.1:9100"


def report(kind: str, key: object, value: object) -> None:
    """Tell the parent a call returned (its effect is committed)."""
    print(f"done {kind} {key} {value}", flush=True)


def install_exit_point(budget: int, every: int) -> None:
    """Make every SQLite connection end the process after ``budget * every`` VM steps."""
    real_connect = sqlite3.connect
    calls = [0]

    def handler() -> int:
        calls[0] += 1
        if calls[0] >= budget:
            os._exit(CRASHED_EXIT_CODE)
        return 0

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        connection = real_connect(*args, **kwargs)  # type: ignore[call-overload]
        connection.set_progress_handler(handler, every)
        return connection  # type: ignore[no-any-return]

    sqlite3.connect = connect  # type: ignore[assignment]


def one_pack(journal: Journal, shift_id: int, rng: random.Random, reference: str) -> None:
    """Take one consignment through a random part of its life."""
    journal.record_scan(shift_id, reference, "consignment", "accepted")
    intent = journal.record_intent(shift_id, IntentKind.ALLOCATE, f"C-{reference}")
    report("intent", intent.intent_id, "open")
    pack = journal.start_pack(shift_id, reference, customer_reference=f"C-{reference}")
    report("stage", pack.pack_id, pack.stage.value)
    if rng.random() < 0.1:
        journal.record_intent_outcome(intent.intent_id, IntentOutcome.FAILED, detail="no service")
        stage = journal.record_allocation_failed(pack.pack_id, "no service")
        report("stage", pack.pack_id, stage.value)
        return
    journal.record_intent_outcome(
        intent.intent_id, IntentOutcome.SUCCEEDED, result_reference=reference
    )
    parcels = rng.randint(1, 4)
    stage = journal.record_allocation(
        pack.pack_id,
        carrier=rng.choice(["DPD", "UPS", "Royal Mail"]),
        service="Next Day",
        tracking_numbers=[f"T{reference}{n}" for n in range(parcels)],
        packages=[PackageRecord(rng.uniform(0.1, 20), f"T{reference}{n}") for n in range(parcels)],
    )
    report("stage", pack.pack_id, stage.value)
    label = rng.randbytes(3000)
    label_set_id = journal.store_labels(pack.pack_id, LabelFormat.ZPL, [label], label_count=parcels)
    report("labels", pack.pack_id, label_set_id)
    print_labels(journal, rng, pack.pack_id, label_set_id, parcels)
    if rng.random() < 0.85:
        stage = journal.record_ready_to_ship(pack.pack_id, succeeded=rng.random() < 0.9)
        report("stage", pack.pack_id, stage.value)
    if rng.random() < 0.05:
        stage = journal.void_pack(pack.pack_id, "crash test void")
        report("stage", pack.pack_id, stage.value)


def print_labels(
    journal: Journal, rng: random.Random, pack_id: int, label_set_id: int, parcels: int
) -> None:
    """Print every label once, then maybe reprint one."""
    job = journal.start_print_job(pack_id, label_set_id, PRINTER, range(parcels))
    report("job", pack_id, job)
    outcome = rng.choice(list(PrintOutcome))
    stage = journal.finish_print_job(
        job, outcome, reason=None if outcome is PrintOutcome.CONFIRMED else "fault"
    )
    report("stage", pack_id, stage.value)
    if rng.random() < 0.2:
        again = journal.start_print_job(
            pack_id, label_set_id, PRINTER, [rng.randrange(parcels)], reprint_reason="torn"
        )
        stage = journal.finish_print_job(again, PrintOutcome.CONFIRMED)
        report("stage", pack_id, stage.value)


def manifest_some(journal: Journal, shift_id: int, rng: random.Random) -> None:
    """Manifest what is ready, sometimes leaving the answer unrecorded."""
    ready = journal.packs_to_manifest(shift_id)[:8]
    if not ready:
        return
    attempt = journal.start_manifest(shift_id, [pack.consignment_reference for pack in ready])
    report("manifest", attempt, "sent")
    if rng.random() < 0.8:
        journal.record_manifest_answer(
            attempt,
            [ManifestResult(p.consignment_reference, rng.random() < 0.8, "m") for p in ready],
        )
        report("manifest", attempt, "answered")


def main(argv: list[str]) -> int:
    """Write until killed (or, rarely, until MAX_PACKS)."""
    path, seed, mode = Path(argv[1]), int(argv[2]), argv[3]
    rng = random.Random(seed)
    if mode == "exit":
        install_exit_point(rng.randint(1, 3000), rng.choice([1, 5, 40]))
    if mode == "open":
        install_exit_point(int(argv[4]), 1)
        Journal.open(path).close()
        return 0
    with Journal.open(path) as journal:
        print("ready", flush=True)
        shift = journal.current_shift() or journal.open_shift("crash", "SL-CRASH")
        for number in range(MAX_PACKS):
            one_pack(journal, shift.shift_id, rng, f"EC-{seed:03d}-{number:04d}")
            if number % 5 == 4:
                manifest_some(journal, shift.shift_id, rng)
            if rng.random() < 0.03:
                journal.close_shift(shift.shift_id, "lead")
                shift = journal.open_shift("crash", "SL-CRASH")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
