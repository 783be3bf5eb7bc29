"""EngineJournal writes each step of a pack in one commit: all of the step, or none of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.domain.labels import LabelFile, LabelLanguage
from packstation.domain.records import PackStage
from packstation.domain.session import Stage
from packstation.domain.shipment import ShipmentState
from packstation.journal import JournalStateError
from packstation.journal import PackRecord as JournalPack
from packstation.journal import PackStage as JournalStage
from tests.integration.journal.test_engine_port import RealJournalBench

ONE_LABEL = LabelFile(b"^XA^FO50,50^BCN,100^FDTRK0011^FS^XZ", LabelLanguage.ZPL, 203)


@pytest.fixture
def bench(tmp_path: Path) -> Iterator[RealJournalBench]:
    made = RealJournalBench(tmp_path / "journal.sqlite3")
    yield made
    made.raw.close()


def _allocated(bench: RealJournalBench) -> str:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    bench.journal.record_stage(bench.pro.get_shipment(reference), PackStage.ALLOCATED)
    return reference


def _journal_pack(bench: RealJournalBench) -> JournalPack:
    shift = bench.raw.current_shift()
    assert shift is not None
    [pack] = bench.raw.shift_packs(shift.shift_id)
    return pack


def test_fresh_labels_are_stored_with_their_print_job(bench: RealJournalBench) -> None:
    reference = _allocated(bench)
    job_id = bench.journal.begin_print(reference, "tcp://127.0.0.1:9100", [0], labels=ONE_LABEL)
    assert bench.journal.stored_labels(reference) == ONE_LABEL
    pack = bench.journal.find_pack(reference)
    assert pack is not None and pack.stage is PackStage.PRINT_UNCONFIRMED
    [job] = bench.raw.print_jobs(_journal_pack(bench).pack_id)
    assert job.print_job_id == job_id


def test_a_job_that_cannot_be_recorded_leaves_no_labels_behind(bench: RealJournalBench) -> None:
    reference = _allocated(bench)
    with pytest.raises(JournalStateError):
        bench.journal.begin_print(reference, "tcp://127.0.0.1:9100", [-1], labels=ONE_LABEL)
    assert bench.journal.stored_labels(reference) is None
    pack = bench.journal.find_pack(reference)
    assert pack is not None and pack.stage is PackStage.ALLOCATED


def test_labels_for_parcels_a_first_answer_left_out_can_be_printed(
    bench: RealJournalBench,
) -> None:
    # The first read listed no parcels (a broken answer); the next one lists two.
    reference = bench.pro.add(ShipmentState.ALLOCATED, parcels=0)
    bench.journal.record_stage(bench.pro.get_shipment(reference), PackStage.ALLOCATED)
    two = LabelFile(ONE_LABEL.data * 2, LabelLanguage.ZPL, 203)
    bench.journal.begin_print(reference, "tcp://127.0.0.1:9100", [0, 1], labels=two)
    assert bench.journal.stored_labels(reference) == two
    [job] = bench.raw.print_jobs(_journal_pack(bench).pack_id)
    assert job.label_indices == (0, 1)


def test_a_new_pack_and_its_allocation_are_one_write(bench: RealJournalBench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED, parcels=2)
    shipment = bench.pro.get_shipment(reference)
    bench.journal.record_stage(shipment, PackStage.ALLOCATED)
    pack = _journal_pack(bench)
    history = [change.stage for change in bench.raw.stage_history(pack.pack_id)]
    assert history == [JournalStage.STARTED, JournalStage.ALLOCATED]
    assert len(pack.packages) == 2


def test_stages_the_journal_derives_write_nothing(bench: RealJournalBench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    bench.journal.record_stage(bench.pro.get_shipment(reference), PackStage.PRINTED)
    assert bench.journal.find_pack(reference) is None


def test_an_allocated_scan_still_journals_every_stage(bench: RealJournalBench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    assert bench.engine.scan(reference).stage is Stage.DONE
    pack = bench.journal.find_pack(reference)
    assert pack is not None and pack.stage is PackStage.READY_TO_SHIP
    assert bench.journal.stored_labels(reference) is not None


def test_a_consignment_found_booked_is_journalled_with_its_print_job(
    bench: RealJournalBench,
) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED, parcels=2)
    shipment = bench.pro.get_shipment(reference)
    two = LabelFile(ONE_LABEL.data * 2, LabelLanguage.ZPL, 203)
    bench.journal.begin_print(
        reference, "tcp://127.0.0.1:9100", [0, 1], labels=two, allocated=shipment
    )
    pack = _journal_pack(bench)
    history = [change.stage for change in bench.raw.stage_history(pack.pack_id)]
    assert history[:3] == [JournalStage.STARTED, JournalStage.ALLOCATED, JournalStage.LABELS_STORED]
    assert len(pack.packages) == 2 and pack.tracking_numbers == shipment.tracking_numbers
    [job] = bench.raw.print_jobs(pack.pack_id)
    assert job.label_indices == (0, 1)


def test_a_job_that_cannot_be_recorded_leaves_no_allocation_behind_either(
    bench: RealJournalBench,
) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    shipment = bench.pro.get_shipment(reference)
    with pytest.raises(JournalStateError):
        bench.journal.begin_print(
            reference, "tcp://127.0.0.1:9100", [-1], labels=ONE_LABEL, allocated=shipment
        )
    assert bench.journal.find_pack(reference) is None
