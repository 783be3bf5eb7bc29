"""The packing engine against fakes of its ports: every flow, state and lost answer."""

from __future__ import annotations

import dataclasses
import threading
import time
from datetime import timedelta
from decimal import Decimal

import pytest

from packstation.domain.choices import AllocationPolicy
from packstation.domain.labels import PrintState
from packstation.domain.orders import everything_in_one_parcel
from packstation.domain.records import IntentOutcome, PackStage
from packstation.domain.session import Stage, Tone
from packstation.domain.shipment import Dimensions, ParcelSpec, ShipmentState
from packstation.services.labelling import LabelDevices
from packstation.services.pack import PackEngine
from tests.unit.services.fakes import (
    FakeClock,
    FakeDocumentPrinter,
    FakeInspector,
    FakeJournal,
    FakePrinter,
    FakePro,
    lost_answer,
    refused_connection,
    server_error,
)

BOX = ParcelSpec(Decimal("2.5"), Dimensions(Decimal(30), Decimal(20), Decimal(10)))


class Bench:
    """An engine wired to fakes, with the fakes at hand for assertions."""

    def __init__(self, policy: AllocationPolicy = AllocationPolicy.ASK) -> None:
        self.clock = FakeClock()
        self.pro = FakePro(self.clock)
        self.journal = FakeJournal(self.clock)
        self.printer = FakePrinter()
        self.inspector = FakeInspector()
        self.documents = FakeDocumentPrinter()
        self.sleeps: list[float] = []
        self.policy = policy
        self.engine = self.new_engine()

    def new_engine(self, *, timed_by_pro: bool = False) -> PackEngine:
        """Start an engine on these fakes (a second one is a restarted station: no memory).

        ``timed_by_pro``: its waits pass the fake PRO's time, so calls still running there land
        meanwhile; otherwise they are only recorded in :attr:`sleeps`.
        """
        return PackEngine(
            api=self.pro,
            journal=self.journal,
            devices=LabelDevices(self.printer, self.inspector, self.documents),
            clock=self.clock,
            policy=self.policy,
            sleep=self.pro.sleep if timed_by_pro else self.sleeps.append,
            monotonic=self.pro.monotonic if timed_by_pro else time.monotonic,
        )


@pytest.fixture
def bench() -> Bench:
    return Bench()


def test_allocated_shipment_prints_and_is_marked_ready(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED, parcels=2)
    view = bench.engine.scan(reference)
    assert (view.stage, view.tone) == (Stage.DONE, Tone.SUCCESS)
    assert "Printed 2 labels" in view.message and "Carrier X Next Day" in view.message
    assert bench.pro.records[reference].state is ShipmentState.READY_TO_SHIP
    assert len(bench.printer.jobs) == 1
    assert bench.journal.stages_of(reference) == [
        PackStage.ALLOCATED,
        PackStage.LABELS_STORED,
        PackStage.PRINTED,
        PackStage.READY_TO_SHIP,
    ]
    assert bench.pro.calls == ["get_shipment", "labels", "set_ready_to_ship"]


def test_second_scan_says_already_done_and_reprint_uses_stored_labels(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    bench.engine.scan(reference)
    again = bench.engine.scan(reference)
    assert (again.stage, again.tone) == (Stage.ALREADY_DONE, Tone.ATTENTION)
    assert "R" in again.next_action
    reprinted = bench.engine.reprint(reference, "label torn")
    assert reprinted.stage is Stage.DONE and "Reprinted 1 label" in reprinted.message
    assert bench.pro.count("labels") == 1, "a reprint must come from the journal"
    assert bench.journal.prints[-1][2] == "label torn"
    assert not any(call.startswith("allocate") for call in bench.pro.calls)


def test_reprint_needs_a_reason(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    bench.engine.scan(reference)
    assert "why" in bench.engine.reprint(reference, "  ").message
    assert len(bench.printer.jobs) == 1


def test_unallocated_asks_for_parcels_then_quotes_then_prints(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    view = bench.engine.scan(reference)
    assert view.stage is Stage.CONFIRM_PARCELS
    view = bench.engine.confirm_parcels([BOX, BOX])
    assert view.stage is Stage.CHOOSE_SERVICE
    assert [c.reference for c in view.choices] == ["Q-SLOW", "Q-FAST"]
    assert view.problems == ("Carrier Z Pallet: too light",)
    done = bench.engine.choose(1)
    assert done.stage is Stage.DONE and "Printed 2 labels" in done.message
    assert bench.pro.records[reference].carrier == "Carrier X"
    assert bench.pro.count("allocate_with_quote") == 1


@pytest.mark.parametrize(
    ("policy", "call", "carrier"),
    [
        (AllocationPolicy.CHEAPEST, "allocate_cheapest", "Carrier Y"),
        (AllocationPolicy.RULES, "allocate_by_rules", "Carrier Y"),
        (AllocationPolicy.FASTEST, "allocate_with_quote", "Carrier X"),
    ],
)
def test_policies_allocate_without_asking(
    policy: AllocationPolicy, call: str, carrier: str
) -> None:
    bench = Bench(policy)
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.engine.scan(reference)
    view = bench.engine.confirm_parcels([BOX])
    assert view.stage is Stage.DONE
    assert bench.pro.count(call) == 1
    assert bench.pro.records[reference].carrier == carrier


def test_allocation_failed_shows_pros_reason_and_lets_the_packer_retry(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATION_FAILED, failed_reason="Parcel too heavy")
    view = bench.engine.scan(reference)
    assert view.stage is Stage.CONFIRM_PARCELS and view.tone is Tone.FAILURE
    assert "Parcel too heavy" in view.message


def test_allocation_refused_by_pro_returns_to_parcel_confirmation() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    bench.pro.allocation_failure = "No service for this postcode"
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.engine.scan(reference)
    view = bench.engine.confirm_parcels([BOX])
    assert view.stage is Stage.CONFIRM_PARCELS and view.tone is Tone.FAILURE
    assert "No service for this postcode" in view.message
    assert bench.printer.jobs == []


def test_lost_answer_on_allocation_is_settled_by_reading_pro() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.pro.fail("allocate_cheapest", lost_answer(), after=True)
    bench.engine.scan(reference)
    view = bench.engine.confirm_parcels([BOX])
    assert view.stage is Stage.DONE
    assert bench.pro.count("allocate_cheapest") == 1
    assert [i.outcome for i in bench.journal.intents] == [IntentOutcome.SUCCEEDED]


def test_allocation_that_never_left_the_station_can_be_tried_again() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.pro.fail("allocate_cheapest", refused_connection())
    bench.engine.scan(reference)
    view = bench.engine.confirm_parcels([BOX])
    assert view.stage is Stage.CONFIRM_PARCELS and view.tone is Tone.FAILURE
    assert "connection refused" in view.message and "Try again" in view.next_action
    assert bench.journal.intents[0].outcome is IntentOutcome.FAILED
    assert bench.engine.confirm_parcels([BOX]).stage is Stage.DONE
    assert bench.pro.count("allocate_cheapest") == 2


def test_server_error_on_allocation_that_did_not_apply_is_reported() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.pro.fail("allocate_cheapest", server_error(500))
    bench.engine.scan(reference)
    view = bench.engine.confirm_parcels([BOX])
    assert view.tone is Tone.FAILURE and "unavailable" in view.message
    assert bench.journal.intents[0].outcome is IntentOutcome.FAILED
    assert bench.pro.records[reference].state is ShipmentState.UNALLOCATED


def test_lost_answer_when_pro_cannot_be_asked_leaves_the_intent_open() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.engine.scan(reference)
    bench.pro.fail("allocate_cheapest", lost_answer(), after=True)
    bench.pro.fail("get_shipment", refused_connection())
    view = bench.engine.confirm_parcels([BOX])
    assert view.tone is Tone.FAILURE and "Do not pack it again" in view.message
    assert bench.journal.pending_intents()[0].target == reference


def test_delivery_option_is_confirmed_then_booked_once(bench: Bench) -> None:
    bench.pro.add_option("EDO-000-000-001", cutoff=bench.clock.now() + timedelta(hours=3))
    view = bench.engine.scan("EDO-000-000-001")
    assert view.stage is Stage.CONFIRM_OPTION and "Carrier X Next Day" in view.message
    done = bench.engine.choose(0)
    assert done.stage is Stage.DONE
    assert bench.pro.count("select_option") == 1
    assert len(bench.pro.records) == 1


def test_lost_answer_on_select_finds_the_consignment_instead_of_selecting_again(
    bench: Bench,
) -> None:
    bench.pro.add_option("EDO-000-000-001", cutoff=bench.clock.now() + timedelta(hours=3))
    bench.pro.fail("select_option", lost_answer(), after=True)
    bench.engine.scan("EDO-000-000-001")
    view = bench.engine.choose(0)
    assert view.stage is Stage.DONE
    assert bench.pro.count("select_option") == 1
    assert len(bench.pro.records) == 1, "exactly one consignment"
    assert bench.journal.intents[0].outcome is IntentOutcome.SUCCEEDED


def test_expired_delivery_option_says_so_and_offers_quotes(bench: Bench) -> None:
    bench.pro.add_option("EDO-000-000-002", cutoff=bench.clock.now() - timedelta(minutes=1))
    view = bench.engine.scan("EDO-000-000-002")
    assert (view.stage, view.tone) == (Stage.CONFIRM_PARCELS, Tone.ATTENTION)
    assert "expired" in view.message and "fresh quotes" in view.next_action
    assert bench.engine.choose(0).stage is Stage.CONFIRM_PARCELS, "an expired option is not taken"
    quotes = bench.engine.confirm_parcels([BOX])
    assert quotes.stage is Stage.CHOOSE_SERVICE
    done = bench.engine.choose(1)
    assert done.stage is Stage.DONE, done.message
    assert bench.pro.count("select_option") == 0
    (record,) = bench.pro.records.values()
    assert record.customer_reference == "WEB-1" and record.state is ShipmentState.READY_TO_SHIP


def test_lost_answer_when_rebooking_an_expired_option_gives_one_consignment() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    bench.pro.add_option("EDO-000-000-003", cutoff=bench.clock.now() - timedelta(hours=1))
    bench.pro.fail("create_from_option", lost_answer(), after=True)
    bench.engine.scan("EDO-000-000-003")
    done = bench.engine.confirm_parcels([BOX])
    assert done.stage is Stage.DONE, done.message
    assert bench.pro.count("create_from_option") == 1 and len(bench.pro.records) == 1


def test_order_is_packed_allocated_and_printed() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    order = bench.pro.add_order("EO-000-000-010")
    view = bench.engine.scan("EO-000-000-010")
    assert view.stage is Stage.PACK_ORDER and view.order == order
    done = bench.engine.pack_order(everything_in_one_parcel(order, BOX))
    assert done.stage is Stage.DONE
    (record,) = bench.pro.records.values()
    assert record.customer_reference == "SHOP-77" and record.state is ShipmentState.READY_TO_SHIP


def test_lost_answer_on_pack_order_gives_exactly_one_consignment() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    order = bench.pro.add_order("EO-000-000-010")
    bench.pro.fail("pack_order", lost_answer(), after=True)
    bench.engine.scan("EO-000-000-010")
    done = bench.engine.pack_order(everything_in_one_parcel(order, BOX))
    assert done.stage is Stage.DONE
    assert bench.pro.count("pack_order") == 1 and len(bench.pro.records) == 1


def test_pack_order_rejected_keeps_the_order_open() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    order = bench.pro.add_order("EO-000-000-010")
    bench.engine.scan("EO-000-000-010")
    from packstation.domain.orders import PackedParcel

    view = bench.engine.pack_order([PackedParcel(BOX, (("NOPE", 1),))])
    assert view.stage is Stage.PACK_ORDER and view.tone is Tone.FAILURE
    assert "Unknown SKU" in view.message and view.order == order
    assert bench.pro.records == {}


def test_customer_reference_with_one_live_hit_goes_straight_on(bench: Bench) -> None:
    bench.pro.add(ShipmentState.CANCELLED, customer_reference="ORDER-1")
    bench.pro.add(ShipmentState.ALLOCATED, customer_reference="ORDER-1", outbound=False)
    live = bench.pro.add(ShipmentState.ALLOCATED, customer_reference="ORDER-1")
    view = bench.engine.scan("ORDER-1")
    assert view.stage is Stage.DONE and view.shipment and view.shipment.reference == live


def test_customer_reference_with_several_hits_offers_a_choice(bench: Bench) -> None:
    first = bench.pro.add(ShipmentState.ALLOCATED, customer_reference="ORDER-2")
    second = bench.pro.add(ShipmentState.ALLOCATED, customer_reference="ORDER-2")
    view = bench.engine.scan("ORDER-2")
    assert view.stage is Stage.CHOOSE_SHIPMENT
    assert [hit.reference for hit in view.hits] == [first, second]
    assert bench.engine.choose(1).shipment.reference == second  # type: ignore[union-attr]


def test_unknown_customer_reference_is_not_found(bench: Bench) -> None:
    view = bench.engine.scan("ORDER-404")
    assert (view.stage, view.tone) == (Stage.FAILED, Tone.ATTENTION)
    assert "No shipment found for ORDER-404" in view.message
    assert bench.pro.calls == ["find_by_customer_reference", "find_by_tracking_number"]


def test_only_cancelled_hits_are_refused(bench: Bench) -> None:
    bench.pro.add(ShipmentState.CANCELLED, customer_reference="ORDER-3")
    view = bench.engine.scan("ORDER-3")
    assert (view.stage, view.tone) == (Stage.REFUSED, Tone.FAILURE)


def test_tracking_number_scan_finds_the_shipment(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.MANIFESTED)
    bench.pro._allocate(bench.pro.records[reference], "UPS", "Standard")
    bench.pro.records[reference].state = ShipmentState.MANIFESTED
    bench.pro.records[reference].tracking = ["1Z9A80W5D991115692"]
    view = bench.engine.scan("1z9a80w5d991115692")
    assert view.stage is Stage.ALREADY_DONE and "manifested" in view.message
    assert bench.pro.calls[0] == "find_by_tracking_number"


def test_cancelled_shipment_is_refused_loudly(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.CANCELLED)
    view = bench.engine.scan(reference)
    assert (view.stage, view.tone) == (Stage.REFUSED, Tone.FAILURE)
    assert "CANCELLED" in view.message and bench.printer.jobs == []


def test_paper_out_mid_job_reprints_only_the_missing_labels(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED, parcels=3)
    bench.printer.script = [(PrintState.FAILED, 1)]
    view = bench.engine.scan(reference)
    assert (view.stage, view.tone) == (Stage.PRINT_FAILED, Tone.FAILURE)
    assert "paper out. Not printed: labels 2, 3." in view.message
    assert bench.pro.records[reference].state is ShipmentState.ALLOCATED, "not ready yet"
    done = bench.engine.retry_print()
    assert done.stage is Stage.DONE
    assert bench.printer.jobs[-1][1] == (1, 2)
    assert bench.journal.find_pack(reference).printed_labels == {0, 1, 2}  # type: ignore[union-attr]
    assert bench.pro.count("labels") == 1


def test_unconfirmed_print_is_never_reported_as_printed(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    bench.printer.script = [PrintState.SENT_UNCONFIRMED]
    view = bench.engine.scan(reference)
    assert view.stage is Stage.DONE and view.tone is Tone.ATTENTION
    assert "cannot confirm" in view.message
    assert PackStage.PRINT_UNCONFIRMED in bench.journal.stages_of(reference)
    assert PackStage.PRINTED not in bench.journal.stages_of(reference)
    assert bench.pro.records[reference].state is ShipmentState.ALLOCATED, "not ready until checked"


def test_labels_that_do_not_match_are_not_printed(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED, parcels=2)
    bench.inspector.corrupt = True
    view = bench.engine.scan(reference)
    assert (view.stage, view.tone) == (Stage.FAILED, Tone.FAILURE)
    assert bench.printer.jobs == [] and len(view.problems) == 2


def test_international_shipment_prints_customs_documents(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED, destination_country="US")
    view = bench.engine.scan(reference)
    assert view.stage is Stage.DONE and view.tone is Tone.SUCCESS
    assert bench.documents.printed == ["invoice.pdf", "cn23.pdf"]
    assert [name for _, name, _ in bench.journal.documents] == ["invoice.pdf", "cn23.pdf"]


def test_unknown_code_mid_pack_keeps_the_pack(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.engine.scan(reference)
    view = bench.engine.scan("<<garbage>>")
    assert view.stage is Stage.CONFIRM_PARCELS and view.tone is Tone.ATTENTION
    assert view.shipment and view.shipment.reference == reference
    assert bench.engine.confirm_parcels([BOX]).stage is Stage.CHOOSE_SERVICE


def test_busy_shipment_is_waited_for_within_bounds(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    bench.pro.records[reference].state = ShipmentState.ALLOCATING
    original = bench.pro.get_shipment

    def settle_after_two(ref: str):  # type: ignore[no-untyped-def]
        if bench.pro.count("get_shipment") >= 2:
            bench.pro.records[ref].state = ShipmentState.ALLOCATED
        return original(ref)

    bench.pro.get_shipment = settle_after_two  # type: ignore[method-assign]
    view = bench.engine.scan(reference)
    assert view.stage is Stage.DONE
    assert bench.sleeps and sum(bench.sleeps) < 10


def test_shipment_stuck_busy_gives_up_with_a_message(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.pro.records[reference].state = ShipmentState.MANIFESTING
    view = bench.engine.scan(reference)
    assert view.tone is Tone.FAILURE and "still busy" in view.message
    assert len(bench.sleeps) == 4


def test_server_errors_on_labels_print_nothing_and_a_rescan_works(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    bench.pro.fail("labels", server_error(503))
    view = bench.engine.scan(reference)
    assert view.tone is Tone.FAILURE and bench.printer.jobs == []
    assert bench.engine.scan(reference).stage is Stage.DONE


def test_same_code_scanned_while_in_flight_is_ignored(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    entered, release = threading.Event(), threading.Event()
    original = bench.pro.labels

    def slow_labels(*args, **kwargs):  # type: ignore[no-untyped-def]
        entered.set()
        assert release.wait(5)
        return original(*args, **kwargs)

    bench.pro.labels = slow_labels  # type: ignore[method-assign]
    worker = threading.Thread(target=bench.engine.scan, args=(reference,))
    worker.start()
    assert entered.wait(5)
    second = bench.engine.scan(reference)
    release.set()
    worker.join(5)
    assert "already being handled" in second.message
    assert len(bench.printer.jobs) == 1


def test_abandon_returns_to_idle_without_undoing_anything(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.engine.scan(reference)
    view = bench.engine.abandon()
    assert view.stage is Stage.IDLE and reference in view.message
    assert bench.pro.records[reference].state is ShipmentState.UNALLOCATED


def test_void_cancels_before_manifest_and_is_journalled(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    bench.engine.scan(reference)
    assert "why" in bench.engine.void(reference, " ").message
    view = bench.engine.void(reference, "wrong item packed")
    assert view.stage is Stage.DONE and "voided" in view.message
    assert bench.pro.records[reference].state is ShipmentState.CANCELLED
    assert bench.journal.voids == [(reference, "wrong item packed")]
    assert bench.journal.find_pack(reference).stage is PackStage.VOIDED  # type: ignore[union-attr]


def test_void_is_refused_once_manifested(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.MANIFESTED)
    view = bench.engine.void(reference, "customer changed mind")
    assert (view.stage, view.tone) == (Stage.REFUSED, Tone.FAILURE)
    assert bench.pro.count("cancel") == 0 and bench.journal.voids == []


def test_done_view_shows_the_shipment_as_ready_to_ship(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    view = bench.engine.scan(reference)
    assert view.shipment is not None and view.shipment.state is ShipmentState.READY_TO_SHIP
    assert "Printed 1 label for" in view.message


def test_reprint_of_a_voided_or_cancelled_shipment_is_refused(bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    bench.engine.scan(reference)
    bench.engine.void(reference, "packed twice")
    view = bench.engine.reprint(reference, "label torn")
    assert (view.stage, view.tone) == (Stage.REFUSED, Tone.FAILURE) and "voided" in view.message
    assert len(bench.printer.jobs) == 1


def test_carrier_is_not_named_twice() -> None:
    from packstation.domain.shipment import Shipment

    def label(carrier: str | None, service: str | None) -> str:
        return Shipment(
            "EC-1", ShipmentState.ALLOCATED, "Allocated", carrier=carrier, service=service
        ).service_label

    assert label("DPD", "DPD Next Day") == "DPD Next Day"
    assert label("Royal Mail", "Tracked 24") == "Royal Mail Tracked 24"
    assert label(None, "Tracked 24") == "Tracked 24" and label(None, None) == ""


def test_a_shipment_read_back_with_the_allocation_is_not_read_again() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    original = bench.pro.allocate_cheapest

    def allocate_and_read_back(ref: str):  # type: ignore[no-untyped-def]
        outcome = original(ref)
        return dataclasses.replace(outcome, shipment=bench.pro.shipment(bench.pro.records[ref]))

    bench.pro.allocate_cheapest = allocate_and_read_back  # type: ignore[method-assign]
    bench.engine.scan(reference)
    reads_before = bench.pro.count("get_shipment")
    assert bench.engine.confirm_parcels([BOX]).stage is Stage.DONE
    assert bench.pro.count("get_shipment") == reads_before
