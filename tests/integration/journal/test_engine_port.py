"""The packing engine writing to a real SQLite journal through the EngineJournal adapter."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from packstation.domain.choices import AllocationPolicy
from packstation.domain.labels import PrintState
from packstation.domain.orders import everything_in_one_parcel
from packstation.domain.records import IntentAction, IntentOutcome, PackStage
from packstation.domain.session import Stage
from packstation.domain.shipment import ShipmentState
from packstation.journal.engine_port import EngineJournal
from packstation.journal.journal import Journal
from packstation.services.close_shift import ShiftCloser
from packstation.services.labelling import LabelDevices
from packstation.services.pack import PackEngine
from packstation.services.recovery import Recovery
from tests.unit.services.fakes import (
    FakeClock,
    FakeDocumentPrinter,
    FakeInspector,
    FakePrinter,
    FakePro,
    FakeShiftDocuments,
    lost_answer,
    refused_connection,
)
from tests.unit.services.test_pack_engine import BOX


class RealJournalBench:
    def __init__(self, path: Path, policy: AllocationPolicy = AllocationPolicy.CHEAPEST) -> None:
        self.clock = FakeClock()
        self.pro = FakePro(self.clock)
        self.printer = FakePrinter()
        self.raw = Journal.open(path, clock=self.clock.now)
        self.journal = EngineJournal(self.raw, station="Bench 1", operator="Sam", location="LOC-1")
        self.engine = PackEngine(
            api=self.pro,
            journal=self.journal,
            devices=LabelDevices(self.printer, FakeInspector(), FakeDocumentPrinter()),
            clock=self.clock,
            policy=policy,
            sleep=lambda _: None,
        )

    def closer(self) -> tuple[ShiftCloser, FakeShiftDocuments]:
        documents = FakeShiftDocuments()
        closer = ShiftCloser(
            api=self.pro,
            journal=self.journal,
            documents=documents,
            clock=self.clock,
            location="LOC-1",
        )
        return closer, documents


@pytest.fixture
def bench(tmp_path: Path) -> RealJournalBench:
    made = RealJournalBench(tmp_path / "journal.sqlite3")
    yield made  # type: ignore[misc]
    made.raw.close()


def test_a_pack_is_journalled_and_recognised_on_the_next_scan(bench: RealJournalBench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED, parcels=2)
    assert bench.engine.scan(reference).stage is Stage.DONE
    record = bench.journal.find_pack(reference)
    assert record is not None
    assert record.stage is PackStage.READY_TO_SHIP
    assert record.printed_labels == {0, 1} and record.carrier == "Carrier X"
    assert bench.engine.scan(reference).stage is Stage.ALREADY_DONE
    assert bench.raw.check_consistency() == []


def test_labels_are_kept_as_received_and_reprinted_from_the_journal(
    bench: RealJournalBench,
) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    bench.engine.scan(reference)
    stored = bench.journal.stored_labels(reference)
    assert stored is not None and stored.data == bench.printer.jobs[0][0]
    bench.engine.reprint(reference, "torn")
    assert bench.pro.count("labels") == 1
    assert bench.journal.shift_info().reprints == 1


def test_paper_out_then_retry_completes_the_pack_label_by_label(bench: RealJournalBench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED, parcels=3)
    bench.printer.script = [(PrintState.FAILED, 1)]
    bench.engine.scan(reference)
    record = bench.journal.find_pack(reference)
    assert record is not None and record.stage is PackStage.PRINT_FAILED
    assert record.labels_missing == (1, 2)
    assert bench.engine.retry_print().stage is Stage.DONE
    assert bench.journal.find_pack(reference).stage is PackStage.READY_TO_SHIP  # type: ignore[union-attr]


def test_a_lost_allocation_survives_a_restart_and_recovery_settles_it(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    first = RealJournalBench(path)
    reference = first.pro.add(ShipmentState.UNALLOCATED)
    first.engine.scan(reference)
    first.pro.fail("allocate_cheapest", lost_answer(), after=True)
    first.pro.fail("get_shipment", refused_connection())
    first.engine.confirm_parcels([BOX])
    first.raw.close()  # the station stops here

    second = RealJournalBench(path)
    second.pro = first.pro
    pending = second.journal.pending_intents()
    assert [(i.action, i.target) for i in pending] == [(IntentAction.ALLOCATE, reference)]
    items = Recovery(second.pro, second.journal).run()
    assert second.journal.pending_intents() == []
    assert items[0].reference == reference
    assert second.raw.open_intents() == []
    assert second.raw.intent(pending[0].id).outcome.value == IntentOutcome.SUCCEEDED.value  # type: ignore[union-attr]
    second.raw.close()


def test_closing_the_shift_records_attempts_and_moves_packs_to_manifested(
    bench: RealJournalBench,
) -> None:
    references = [bench.pro.add(ShipmentState.ALLOCATED) for _ in range(3)]
    for reference in references:
        bench.engine.scan(reference)
    closer, documents = bench.closer()
    result = closer.manifest(closer.plan())
    assert {r.reference for r in result.manifested} == set(references)
    assert all(
        bench.journal.find_pack(r).stage is PackStage.MANIFESTED  # type: ignore[union-attr]
        for r in references
    )
    report = documents.reports[-1]
    assert report.pack_count == 3 and report.opened_by == "Sam"
    closer.finish("Lead Lee")
    assert bench.raw.current_shift() is None
    assert bench.raw.check_consistency() == []


def test_print_summaries_of_a_shift_match_pack_by_pack(bench: RealJournalBench) -> None:
    whole = bench.pro.add(ShipmentState.ALLOCATED, parcels=2)
    bench.engine.scan(whole)
    bench.printer.script = [(PrintState.FAILED, 1)]
    partial = bench.pro.add(ShipmentState.ALLOCATED, parcels=3)
    bench.engine.scan(partial)
    unprinted = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.engine.scan(unprinted)
    shift_id = bench.journal.shift_info().id
    by_shift = bench.raw.print_summaries(shift_id=shift_id)
    packs = {p.consignment_reference: p.pack_id for p in bench.raw.shift_packs(shift_id)}
    assert by_shift[packs[whole]].printed_labels == {0, 1}
    assert by_shift[packs[partial]].printed_labels == {0}
    assert by_shift[packs[whole]].first_printed_at is not None
    assert packs.get(unprinted) not in by_shift
    for pack_id, summary in by_shift.items():
        assert bench.raw.print_summaries(pack_id=pack_id) == {pack_id: summary}
    with pytest.raises(ValueError):
        bench.raw.print_summaries()


def test_what_a_shifts_calls_made_is_read_back_by_call_and_target(bench: RealJournalBench) -> None:
    journal = bench.journal
    first = journal.record_intent(IntentAction.PACK_ORDER, "EO-1", "SHOP-1")
    journal.resolve_intent(first.id, IntentOutcome.SUCCEEDED, "EC-000-000-001", "answered")
    refused = journal.record_intent(IntentAction.PACK_ORDER, "EO-1", "SHOP-1")
    journal.resolve_intent(refused.id, IntentOutcome.FAILED, None, "refused")
    second = journal.record_intent(IntentAction.PACK_ORDER, "EO-1", "SHOP-1")
    journal.resolve_intent(second.id, IntentOutcome.SUCCEEDED, "EC-000-000-002", "answered")
    other = journal.record_intent(IntentAction.SELECT_OPTION, "EDO-1", "WEB-1")
    journal.resolve_intent(other.id, IntentOutcome.SUCCEEDED, "EC-000-000-003", "answered")
    journal.record_intent(IntentAction.PACK_ORDER, "EO-2", "SHOP-2")  # no answer yet

    assert journal.created_by(IntentAction.PACK_ORDER, "EO-1") == [
        "EC-000-000-001",
        "EC-000-000-002",
    ]
    assert journal.created_by(IntentAction.SELECT_OPTION, "EDO-1") == ["EC-000-000-003"]
    assert journal.created_by(IntentAction.PACK_ORDER, "EO-2") == []


def test_calls_of_earlier_shifts_are_found_only_when_asked_for(bench: RealJournalBench) -> None:
    journal = bench.journal
    packed = journal.record_intent(IntentAction.PACK_ORDER, "EO-1", "SHOP-1")
    journal.resolve_intent(packed.id, IntentOutcome.SUCCEEDED, "EC-000-000-001", "answered")
    closer, _ = bench.closer()
    closer.finish("Lead Lee")
    assert bench.raw.current_shift() is None

    assert journal.created_by(IntentAction.PACK_ORDER, "EO-1") == []  # opens the next shift
    assert journal.created_by(IntentAction.PACK_ORDER, "EO-1", any_shift=True) == ["EC-000-000-001"]


def test_an_order_packed_in_an_earlier_shift_is_not_packed_again_by_one_enter(
    bench: RealJournalBench,
) -> None:
    order = bench.pro.add_order("EO-000-000-010")
    bench.engine.scan("EO-000-000-010")
    first = bench.engine.pack_order(everything_in_one_parcel(order, BOX))
    assert first.stage is Stage.DONE and first.shipment is not None
    closer, _ = bench.closer()
    closer.manifest(closer.plan())
    closer.finish("Lead Lee")
    bench.pro.packed_from.clear()  # PRO cannot say: only the journal remembers the earlier shift
    bench.pro.fail("consignments_packed_from", refused_connection())

    view = bench.engine.scan("EO-000-000-010")
    assert first.shipment.reference in view.message and "packed before" in view.message
    asked = bench.engine.pack_order(everything_in_one_parcel(order, BOX))
    assert asked.stage is Stage.PACK_ORDER and "Press Enter again" in asked.message
    assert bench.pro.count("pack_order") == 1


def test_a_checkout_option_booked_in_an_earlier_shift_is_not_booked_again(
    bench: RealJournalBench,
) -> None:
    bench.pro.add_option("EDO-000-000-001", cutoff=bench.clock.now() + timedelta(hours=3))
    bench.engine.scan("EDO-000-000-001")
    booked = bench.engine.choose(0)
    assert booked.stage is Stage.DONE and booked.shipment is not None
    closer, _ = bench.closer()
    closer.manifest(closer.plan())
    closer.finish("Lead Lee")

    restarted = PackEngine(
        api=bench.pro,
        journal=bench.journal,
        devices=LabelDevices(bench.printer, FakeInspector(), FakeDocumentPrinter()),
        clock=bench.clock,
        policy=AllocationPolicy.CHEAPEST,
        sleep=lambda _: None,
    )
    again = restarted.scan("EDO-000-000-001")
    assert again.stage is Stage.ALREADY_DONE, again.message
    assert again.shipment is not None and again.shipment.reference == booked.shipment.reference
    assert bench.pro.count("select_option") == 1
