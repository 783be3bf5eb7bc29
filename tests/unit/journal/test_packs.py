"""A pack's steps as the journal records them, and the queries the engine asks about packs."""

from __future__ import annotations

import pytest

from packstation.journal import (
    Journal,
    JournalStateError,
    LabelFormat,
    PackageRecord,
    PackStage,
    PrintOutcome,
    ShiftRecord,
)
from tests.unit.journal.builders import PRINTER, START, allocated_pack, printed_pack

PDF_BYTES = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n\x00\xff\r\n%%EOF"
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


def test_start_pack_records_who_and_when(journal: Journal, shift: ShiftRecord) -> None:
    pack = journal.start_pack(shift.shift_id, "EC-AAA-BBB-001", customer_reference="ORD-7")
    assert pack.consignment_reference == "EC-AAA-BBB-001"
    assert pack.customer_reference == "ORD-7"
    assert pack.stage is PackStage.STARTED
    assert pack.started_at > START
    assert pack.started_at.tzinfo is not None
    assert pack.carrier is None and pack.packages == () and pack.print_outcome is None


def test_allocation_records_carrier_tracking_and_parcels(
    journal: Journal, shift: ShiftRecord
) -> None:
    pack = allocated_pack(journal, shift.shift_id, parcels=3)
    assert pack.stage is PackStage.ALLOCATED
    assert (pack.carrier, pack.service, pack.service_reference) == ("DPD", "Next Day", "DPD-ND")
    assert pack.tracking_numbers == ("TRK0010", "TRK0011", "TRK0012")
    assert [package.weight_kg for package in pack.packages] == [1.25, 2.25, 3.25]
    assert pack.total_weight_kg == pytest.approx(6.75)


def test_allocation_failure_then_success(journal: Journal, shift: ShiftRecord) -> None:
    pack = journal.start_pack(shift.shift_id, "EC-AAA-BBB-002")
    reason = "No carrier service matched the consignment's weight"
    assert journal.record_allocation_failed(pack.pack_id, reason) is PackStage.ALLOCATION_FAILED
    assert journal.pack(pack.pack_id).stage_note == reason
    stage = journal.record_allocation(
        pack.pack_id,
        carrier="Royal Mail",
        service="Tracked 24",
        tracking_numbers=["RM1"],
        packages=[PackageRecord(0.4, "RM1")],
    )
    assert stage is PackStage.ALLOCATED
    assert journal.pack(pack.pack_id).carrier == "Royal Mail"
    assert [change.stage for change in journal.stage_history(pack.pack_id)] == [
        PackStage.STARTED,
        PackStage.ALLOCATION_FAILED,
        PackStage.ALLOCATED,
    ]


def test_a_reallocation_replaces_carrier_and_parcels(journal: Journal, shift: ShiftRecord) -> None:
    pack = allocated_pack(journal, shift.shift_id, parcels=2)
    journal.record_allocation(
        pack.pack_id,
        carrier="UPS",
        service="Standard",
        tracking_numbers=["1Z9"],
        packages=[PackageRecord(3.0, "1Z9")],
    )
    again = journal.pack(pack.pack_id)
    assert (again.carrier, again.tracking_numbers, len(again.packages)) == ("UPS", ("1Z9",), 1)


@pytest.mark.parametrize(
    ("label_format", "documents", "label_count"),
    [
        (LabelFormat.ZPL, [b"^XA^FDa^FS^XZ^XA^FDb^FS^XZ"], 2),
        (LabelFormat.PDF, [PDF_BYTES], 1),
        (LabelFormat.PNG, [PNG_BYTES, PNG_BYTES[::-1]], 2),
    ],
)
def test_labels_come_back_byte_for_byte(
    journal: Journal,
    shift: ShiftRecord,
    label_format: LabelFormat,
    documents: list[bytes],
    label_count: int,
) -> None:
    pack = allocated_pack(journal, shift.shift_id)
    assert journal.stored_labels(pack.pack_id) is None
    label_set_id = journal.store_labels(
        pack.pack_id, label_format, documents, label_count=label_count, dpi=300
    )
    stored = journal.stored_labels(pack.pack_id)
    assert stored is not None
    assert stored.label_set_id == label_set_id
    assert stored.documents == tuple(documents)
    assert (stored.label_format, stored.dpi, stored.label_count) == (label_format, 300, label_count)
    assert journal.pack(pack.pack_id).stage is PackStage.LABELS_STORED
    assert journal.pack(pack.pack_id).label_count == label_count


def test_the_latest_label_set_is_the_one_for_reprints(journal: Journal, shift: ShiftRecord) -> None:
    pack = allocated_pack(journal, shift.shift_id)
    journal.store_labels(pack.pack_id, LabelFormat.PDF, [PDF_BYTES], label_count=2)
    newer = journal.store_labels(pack.pack_id, LabelFormat.ZPL, [b"^XA^XZ"], label_count=2)
    stored = journal.stored_labels(pack.pack_id)
    assert stored is not None and stored.label_set_id == newer


@pytest.mark.parametrize(("documents", "label_count"), [([], 1), ([b""], 1), ([b"^XA^XZ"], 0)])
def test_empty_labels_are_refused(
    journal: Journal, shift: ShiftRecord, documents: list[bytes], label_count: int
) -> None:
    pack = allocated_pack(journal, shift.shift_id)
    with pytest.raises(ValueError):
        journal.store_labels(pack.pack_id, LabelFormat.ZPL, documents, label_count=label_count)
    assert journal.stored_labels(pack.pack_id) is None


def test_ready_to_ship_failure_then_success(journal: Journal, shift: ShiftRecord) -> None:
    pack_id = printed_pack(journal, shift.shift_id)
    failed = journal.record_ready_to_ship(pack_id, succeeded=False, detail="PRO timed out")
    assert failed is PackStage.READY_FAILED
    assert journal.record_ready_to_ship(pack_id, succeeded=True) is PackStage.READY_TO_SHIP


def test_a_reprint_after_ready_to_ship_keeps_the_stage(
    journal: Journal, shift: ShiftRecord
) -> None:
    pack_id = printed_pack(journal, shift.shift_id)
    journal.record_ready_to_ship(pack_id, succeeded=True)
    stored = journal.stored_labels(pack_id)
    assert stored is not None
    job = journal.start_print_job(
        pack_id, stored.label_set_id, PRINTER, [1], reprint_reason="label torn"
    )
    assert journal.finish_print_job(job, PrintOutcome.FAILED, reason="paper out") is (
        PackStage.READY_TO_SHIP
    )
    assert journal.pack(pack_id).reprint_count == 1
    assert journal.pack(pack_id).print_outcome is PrintOutcome.FAILED


def test_void_keeps_the_pack_and_is_final(journal: Journal, shift: ShiftRecord) -> None:
    pack_id = printed_pack(journal, shift.shift_id)
    assert journal.void_pack(pack_id, "wrong parcel", voided_by="ann") is PackStage.VOIDED
    assert journal.record_ready_to_ship(pack_id, succeeded=True) is PackStage.VOIDED
    pack = journal.pack(pack_id)
    assert pack.stage is PackStage.VOIDED and pack.stage_note == "wrong parcel"
    assert journal.stored_labels(pack_id) is not None
    with pytest.raises(ValueError):
        journal.void_pack(pack_id, "")


def test_pack_for_consignment_finds_the_latest_in_that_shift(journal: Journal) -> None:
    first = journal.open_shift("ann", "SL-1")
    old = journal.start_pack(first.shift_id, "EC-AAA-BBB-001")
    journal.close_shift(first.shift_id, "lead")
    second = journal.open_shift("bob", "SL-1")
    assert journal.pack_for_consignment(second.shift_id, "EC-AAA-BBB-001") is None
    assert journal.pack_for_consignment(first.shift_id, "EC-AAA-BBB-001") == journal.pack(
        old.pack_id
    )
    voided = journal.start_pack(second.shift_id, "EC-AAA-BBB-001")
    journal.void_pack(voided.pack_id, "deallocated to change service")
    again = journal.start_pack(second.shift_id, "EC-AAA-BBB-001")
    found = journal.pack_for_consignment(second.shift_id, "EC-AAA-BBB-001")
    assert found is not None and found.pack_id == again.pack_id


def test_unknown_ids_are_caller_bugs(journal: Journal, shift: ShiftRecord) -> None:
    with pytest.raises(JournalStateError):
        journal.pack(999)
    with pytest.raises(JournalStateError):
        journal.start_pack(999, "EC-AAA-BBB-001")
    with pytest.raises(JournalStateError):
        journal.record_allocation_failed(999, "no")
    with pytest.raises(JournalStateError):
        journal.void_pack(999, "no")
    assert journal.shift_packs(shift.shift_id) == []


def test_a_pack_needs_its_reference(journal: Journal, shift: ShiftRecord) -> None:
    with pytest.raises(ValueError):
        journal.start_pack(shift.shift_id, "")


def test_a_scanned_tracking_number_finds_its_pack(journal: Journal, shift: ShiftRecord) -> None:
    first = allocated_pack(journal, shift.shift_id, "EC-AAA-BBB-001", parcels=2)
    second = allocated_pack(journal, shift.shift_id, "EC-AAA-BBB-002", parcels=1)
    found = journal.pack_for_tracking_number(shift.shift_id, "TRK0011")
    assert found is not None and found.pack_id == first.pack_id
    consignment_level = journal.start_pack(shift.shift_id, "EC-AAA-BBB-003")
    journal.record_allocation(
        consignment_level.pack_id,
        carrier="Evri",
        service="48",
        tracking_numbers=["H00AAA"],
        packages=[PackageRecord(1.0)],
    )
    found = journal.pack_for_tracking_number(shift.shift_id, "H00AAA")
    assert found is not None and found.pack_id == consignment_level.pack_id
    journal.record_allocation(
        second.pack_id,
        carrier="UPS",
        service="Standard",
        tracking_numbers=["1Z999"],
        packages=[PackageRecord(1.0, "1Z999")],
    )
    assert journal.pack_for_tracking_number(shift.shift_id, "TRK0020") is None
    assert journal.pack_for_tracking_number(shift.shift_id, "1Z999") == journal.pack(second.pack_id)
    assert journal.pack_for_tracking_number(shift.shift_id + 1, "TRK0011") is None
