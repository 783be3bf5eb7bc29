"""A retry after a failure part-way through a pack goes on from what PRO already did.

When the order is already packed into a consignment, or the consignment already has its carrier,
the packer's retry (the key the screen offers, or a new scan) must continue that consignment:
never pack the order a second time, never allocate it again.
"""

from __future__ import annotations

from datetime import timedelta

from packstation.domain.choices import AllocationPolicy
from packstation.domain.orders import everything_in_one_parcel
from packstation.domain.records import IntentAction, PackStage
from packstation.domain.session import Stage, Tone
from packstation.domain.shipment import ShipmentState
from packstation.services.allocation import Allocator
from packstation.services.never_twice import UNSEEN_CALL_WINDOW, NeverTwice
from tests.unit.services.fakes import lost_answer, server_error
from tests.unit.services.test_pack_engine import BOX, Bench

ORDER = "EO-000-000-010"


class TimedBench(Bench):
    """A bench whose waits pass the fake PRO's time: calls still running at PRO land meanwhile."""

    def __init__(self, policy: AllocationPolicy = AllocationPolicy.CHEAPEST) -> None:
        super().__init__(policy)
        self.engine = self.new_engine(timed_by_pro=True)


def _packing(
    policy: AllocationPolicy = AllocationPolicy.CHEAPEST, bench: Bench | None = None
) -> Bench:
    bench = bench or Bench(policy)
    bench.pro.add_order(ORDER)
    assert bench.engine.scan(ORDER).stage is Stage.PACK_ORDER
    return bench


def _pack(bench: Bench):  # type: ignore[no-untyped-def]
    return bench.engine.pack_order(everything_in_one_parcel(bench.pro.orders[ORDER], BOX))


def test_allocation_failing_after_the_pack_keeps_the_consignment_and_enter_books_it() -> None:
    bench = _packing()
    bench.pro.fail("allocate_cheapest", server_error(500))
    failed = _pack(bench)
    (packed,) = bench.pro.records
    assert failed.tone is Tone.FAILURE
    assert failed.stage is Stage.CONFIRM_PARCELS, "the pack form again would pack twice"
    assert failed.shipment is not None and failed.shipment.reference == packed
    assert f"packed into {packed}" in failed.message
    assert bench.journal.stages_of(packed) == [PackStage.FOUND]
    done = bench.engine.confirm_parcels([BOX])
    assert done.stage is Stage.DONE, done.message
    assert bench.pro.count("pack_order") == 1 and list(bench.pro.records) == [packed]


def test_rescanning_the_order_after_a_failed_allocation_continues_its_consignment() -> None:
    bench = _packing()
    bench.pro.fail("allocate_cheapest", server_error(503))
    _pack(bench)
    (packed,) = bench.pro.records
    again = bench.engine.scan(ORDER)
    assert again.stage is Stage.CONFIRM_PARCELS and again.shipment is not None
    assert again.shipment.reference == packed
    assert bench.engine.confirm_parcels([BOX]).stage is Stage.DONE
    assert bench.pro.count("pack_order") == 1 and bench.pro.count("allocate_cheapest") == 2


def test_a_failed_read_back_after_the_pack_is_remembered_for_the_next_scan() -> None:
    bench = _packing()
    bench.pro.fail("get_shipment", server_error(503))
    failed = _pack(bench)
    (packed,) = bench.pro.records
    assert (failed.stage, failed.tone) == (Stage.FAILED, Tone.FAILURE)
    assert packed in failed.message and f"Scan {ORDER} again" in failed.next_action
    again = bench.engine.scan(ORDER)
    assert again.stage is Stage.CONFIRM_PARCELS and again.shipment is not None
    assert again.shipment.reference == packed
    assert bench.journal.stages_of(packed) == [PackStage.FOUND]
    assert bench.engine.confirm_parcels([BOX]).stage is Stage.DONE
    assert bench.pro.count("pack_order") == 1


def test_labels_failing_after_an_order_is_booked_are_fetched_by_the_next_scan() -> None:
    bench = _packing()
    bench.pro.fail("labels", server_error(503))
    failed = _pack(bench)
    (packed,) = bench.pro.records
    assert (failed.stage, failed.tone) == (Stage.FAILED, Tone.FAILURE)
    assert failed.shipment is not None and failed.shipment.state is ShipmentState.ALLOCATED
    assert "not printed" in failed.message and "Scan" in failed.next_action
    done = bench.engine.scan(ORDER)
    assert done.stage is Stage.DONE, done.message
    assert bench.pro.count("pack_order") == 1 and bench.pro.count("allocate_cheapest") == 1
    assert len(bench.printer.jobs) == 1


def test_labels_failing_after_a_quote_is_taken_never_offer_the_quotes_again() -> None:
    bench = Bench()
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.engine.scan(reference)
    assert bench.engine.confirm_parcels([BOX]).stage is Stage.CHOOSE_SERVICE
    bench.pro.fail("labels", server_error(503))
    failed = bench.engine.choose(0)
    assert (failed.stage, failed.tone) == (Stage.FAILED, Tone.FAILURE)
    assert failed.shipment is not None and failed.shipment.state is ShipmentState.ALLOCATED
    done = bench.engine.scan(reference)
    assert done.stage is Stage.DONE, done.message
    assert bench.pro.count("allocate_with_quote") == 1


def test_a_stale_quote_for_a_consignment_already_booked_is_not_allocated_again() -> None:
    bench = Bench()
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    stale = bench.pro.shipment(bench.pro.records[reference])
    quote = bench.pro.quotes(reference).choices[0]
    bench.pro.allocate_with_quote(reference, quote.reference)
    bench.journal.record_stage(bench.pro.get_shipment(reference), PackStage.ALLOCATED)
    allocator = Allocator(
        bench.pro,
        bench.journal,
        NeverTwice(bench.pro, bench.journal),
        AllocationPolicy.ASK,
        bench.sleeps.append,
    )
    outcome = allocator.with_quote(stale, quote)
    assert outcome.succeeded and outcome.shipment is not None
    assert outcome.shipment.state is ShipmentState.ALLOCATED
    assert bench.pro.count("allocate_with_quote") == 1, "sent once, by the set-up"


def test_a_pack_that_timed_out_is_looked_for_by_the_next_scan_before_packing_again() -> None:
    bench = _packing(bench=TimedBench())
    bench.pro.fail("pack_order", lost_answer("SortedPRO took too long to answer."), late=True)
    failed = _pack(bench)
    assert failed.tone is Tone.FAILURE and "may still" in failed.message
    assert bench.pro.records == {}, "the pack is still running at PRO"
    assert [i.action for i in bench.journal.pending_intents()] == [IntentAction.PACK_ORDER]
    again = bench.engine.scan(ORDER)
    assert bench.pro.slept, "the scan waits until the pack can no longer land unseen"
    (landed,) = bench.pro.records
    assert again.stage is Stage.CONFIRM_PARCELS, again.message
    assert again.shipment is not None and again.shipment.reference == landed
    assert bench.journal.pending_intents() == []
    assert bench.engine.confirm_parcels([BOX]).stage is Stage.DONE
    assert bench.pro.count("pack_order") == 1 and list(bench.pro.records) == [landed]


def test_a_pack_that_timed_out_and_never_landed_is_offered_again_after_the_wait() -> None:
    bench = _packing(bench=TimedBench())
    bench.pro.fail("pack_order", lost_answer("SortedPRO took too long to answer."))
    assert "may still" in _pack(bench).message
    again = bench.engine.scan(ORDER)
    assert bench.pro.slept, "nothing found counts only once the pack can no longer land"
    assert again.stage is Stage.PACK_ORDER and bench.journal.pending_intents() == []
    assert _pack(bench).stage is Stage.DONE
    assert len(bench.pro.records) == 1


def test_labels_failing_for_a_consignment_found_booked_still_journal_it_as_booked() -> None:
    bench = Bench()
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    bench.pro.fail("labels", server_error(503))
    failed = bench.engine.scan(reference)
    assert (failed.stage, failed.tone) == (Stage.FAILED, Tone.FAILURE)
    record = bench.journal.find_pack(reference)
    assert record is not None and record.stage is PackStage.ALLOCATED
    assert bench.printer.jobs == []


def test_an_order_packed_just_before_the_station_died_is_continued_after_restart() -> None:
    bench = _packing()
    bench.pro.fail("get_shipment", server_error(503))  # dies before the pack is read back
    _pack(bench)
    (packed,) = bench.pro.records
    assert bench.journal.find_pack(packed) is None  # the journal has only the pack call

    restarted = bench.new_engine()
    view = restarted.scan(ORDER)

    assert view.stage is Stage.CONFIRM_PARCELS, view.message  # its carrier is not booked yet
    assert view.shipment is not None and view.shipment.reference == packed
    done = restarted.confirm_parcels([BOX])
    assert done.stage is Stage.DONE, done.message
    assert bench.pro.count("pack_order") == 1 and len(bench.pro.records) == 1
    assert [job[0] for job in bench.journal.jobs] == [packed]


def test_a_checkout_option_booked_before_a_restart_is_not_booked_again() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    bench.pro.add_option("EDO-000-000-001", cutoff=bench.clock.now() + timedelta(hours=3))
    bench.engine.scan("EDO-000-000-001")
    bench.pro.fail("labels", server_error(503))  # booked, then the station stops short
    assert bench.engine.choose(0).stage is Stage.FAILED

    view = bench.new_engine().scan("EDO-000-000-001")

    assert view.stage is Stage.DONE, view.message
    assert bench.pro.count("select_option") == 1 and len(bench.pro.records) == 1


def test_the_journal_is_asked_once_per_call_what_an_earlier_session_made() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    bench.pro.add_option("EDO-000-000-001", cutoff=bench.clock.now() + timedelta(hours=3))
    asked: list[tuple[IntentAction, str]] = []
    created_by = bench.journal.created_by

    def counted(action: IntentAction, target: str, *, any_shift: bool = False) -> list[str]:
        asked.append((action, target))
        return created_by(action, target, any_shift=any_shift)

    bench.journal.created_by = counted  # type: ignore[method-assign]
    bench.engine.scan("EDO-000-000-001")
    assert bench.engine.choose(0).stage is Stage.DONE
    bench.engine.scan("EDO-000-000-001")
    assert len(asked) == len(set(asked)), asked
    assert bench.pro.count("select_option") == 1


def test_a_select_left_open_by_a_stopped_station_is_not_sent_again_within_a_minute() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    option = "EDO-000-000-001"
    bench.pro.add_option(option, cutoff=bench.clock.now() + timedelta(hours=3))
    # A station process recorded the select, sent it, and stopped before any answer came.
    bench.journal.record_intent(IntentAction.SELECT_OPTION, option, "WEB-9")
    engine = bench.new_engine()
    engine.scan(option)
    early = engine.choose(0)
    assert early.stage is Stage.CONFIRM_OPTION and "may still be working on it" in early.message
    assert bench.pro.count("select_option") == 0 and bench.journal.pending_intents() != []

    bench.clock.advance(seconds=UNSEEN_CALL_WINDOW.total_seconds())
    engine.scan(option)
    done = engine.choose(0)
    assert done.stage is Stage.DONE, done.message
    assert bench.pro.count("select_option") == 1 and len(bench.pro.records) == 1
