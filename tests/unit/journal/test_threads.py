"""One thread writes while another reads: snapshots stay whole and reads never wait on writes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from packstation.journal import Journal, PackStage, PrintOutcome
from tests.unit.journal.builders import PRINTER, labelled_pack

JOIN_TIMEOUT_S = 60.0
PACKS = 120


def _run(target: Callable[[], None], errors: list[BaseException]) -> threading.Thread:
    def guarded() -> None:
        try:
            target()
        except BaseException as error:  # reported to the test thread below
            errors.append(error)

    thread = threading.Thread(target=guarded, daemon=True)
    thread.start()
    return thread


def test_a_reader_sees_whole_packs_while_a_writer_works(journal_path: Path) -> None:
    errors: list[BaseException] = []
    done = threading.Event()
    seen_counts: list[int] = []
    with Journal.open(journal_path) as journal:
        shift = journal.open_shift("ann", "SL-1")

        def write() -> None:
            try:
                for number in range(PACKS):
                    pack_id, label_set_id = labelled_pack(
                        journal, shift.shift_id, f"EC-THR-EAD-{number:03d}"
                    )
                    job = journal.start_print_job(pack_id, label_set_id, PRINTER, [0, 1])
                    journal.finish_print_job(job, PrintOutcome.CONFIRMED)
                    journal.record_ready_to_ship(pack_id, succeeded=True)
            finally:
                done.set()

        def read() -> None:
            while not done.is_set():
                packs = journal.shift_packs(shift.shift_id)
                seen_counts.append(len(packs))
                for pack in packs:
                    if pack.stage is not PackStage.STARTED:
                        assert pack.carrier == "DPD" and len(pack.packages) == 2
                    if pack.stage in (PackStage.PRINTED, PackStage.READY_TO_SHIP):
                        assert pack.label_count == 2
                        assert pack.print_outcome is PrintOutcome.CONFIRMED
                assert journal.check_consistency() == []

        threads = [_run(write, errors), _run(read, errors)]
        for thread in threads:
            thread.join(JOIN_TIMEOUT_S)
        assert not any(thread.is_alive() for thread in threads)
        assert errors == []
        assert seen_counts == sorted(seen_counts)
        final = journal.shift_packs(shift.shift_id)
        assert len(final) == PACKS
        assert {pack.stage for pack in final} == {PackStage.READY_TO_SHIP}


def test_two_writers_are_serialised(journal_path: Path) -> None:
    errors: list[BaseException] = []
    with Journal.open(journal_path) as journal:
        shift = journal.open_shift("ann", "SL-1")

        def scan(name: str) -> Callable[[], None]:
            def write() -> None:
                for number in range(100):
                    journal.record_scan(shift.shift_id, f"{name}-{number}", "x", "ok")

            return write

        threads = [_run(scan("a"), errors), _run(scan("b"), errors)]
        for thread in threads:
            thread.join(JOIN_TIMEOUT_S)
        assert errors == []
        assert len(journal.scans(shift.shift_id)) == 200


def test_reads_do_not_wait_for_an_unfinished_write(journal_path: Path) -> None:
    inside_write = threading.Event()
    release = threading.Event()
    blocking = threading.local()

    def clock() -> datetime:
        # Only the writer thread, once asked to, stops inside its transaction.
        if getattr(blocking, "on", False):
            inside_write.set()
            release.wait(JOIN_TIMEOUT_S)
        return datetime.now(UTC)

    errors: list[BaseException] = []
    with Journal.open(journal_path, clock=clock) as journal:
        shift = journal.open_shift("ann", "SL-1")

        def slow_write() -> None:
            blocking.on = True
            journal.start_pack(shift.shift_id, "EC-SLO-WWR-ITE")

        writer = _run(slow_write, errors)
        assert inside_write.wait(JOIN_TIMEOUT_S)
        results: list[int] = []
        reader = _run(lambda: results.append(len(journal.shift_packs(shift.shift_id))), errors)
        reader.join(JOIN_TIMEOUT_S)
        finished_while_write_open = not reader.is_alive()
        release.set()
        writer.join(JOIN_TIMEOUT_S)
        assert finished_while_write_open
        assert errors == [] and results == [0]
        assert len(journal.shift_packs(shift.shift_id)) == 1
