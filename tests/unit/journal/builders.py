"""Helpers that take packs through their steps, shared by the journal tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from packstation.journal import Journal, LabelFormat, PackageRecord, PackRecord, PrintOutcome

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
PRINTER = "tcp://127.0.0.1:9100"
ZPL_TWO_LABELS = b"^XA^FO50,50^BCN,100^FDJD0001^FS^XZ\n^XA^FO50,50^BCN,100^FDJD0002^FS^XZ\n"


class SteppingClock:
    """A clock that moves one second per reading, or to any time the test sets."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def allocated_pack(
    journal: Journal, shift_id: int, reference: str = "EC-AAA-BBB-001", parcels: int = 2
) -> PackRecord:
    """Start a pack and allocate it with ``parcels`` parcels."""
    suffix = reference[-3:]
    pack = journal.start_pack(shift_id, reference, customer_reference=f"ORDER-{suffix}")
    journal.record_allocation(
        pack.pack_id,
        carrier="DPD",
        service="Next Day",
        service_reference="DPD-ND",
        tracking_numbers=[f"TRK{suffix}{n}" for n in range(parcels)],
        packages=[PackageRecord(1.25 + n, f"TRK{suffix}{n}") for n in range(parcels)],
    )
    return journal.pack(pack.pack_id)


def labelled_pack(
    journal: Journal, shift_id: int, reference: str = "EC-AAA-BBB-001"
) -> tuple[int, int]:
    """Allocate a two-parcel pack and store its ZPL labels; return (pack id, label set id)."""
    pack = allocated_pack(journal, shift_id, reference)
    label_set_id = journal.store_labels(
        pack.pack_id, LabelFormat.ZPL, [ZPL_TWO_LABELS], label_count=2, dpi=203
    )
    return pack.pack_id, label_set_id


def printed_pack(journal: Journal, shift_id: int, reference: str = "EC-AAA-BBB-001") -> int:
    """Take a pack through allocation, labels and a confirmed print; return its id."""
    pack_id, label_set_id = labelled_pack(journal, shift_id, reference)
    job_id = journal.start_print_job(pack_id, label_set_id, PRINTER, [0, 1])
    journal.finish_print_job(job_id, PrintOutcome.CONFIRMED)
    return pack_id
