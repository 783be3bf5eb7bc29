"""Closing the shift, start-up recovery and the shift lead's PIN, against fakes of the ports."""

from __future__ import annotations

import pytest

from packstation.domain.choices import AllocationPolicy
from packstation.domain.labels import PrintState
from packstation.domain.records import IntentAction, IntentOutcome, PackStage
from packstation.domain.shipment import ShipmentState
from packstation.services.close_shift import SENT_BEFORE_THE_STOP, ShiftCloser
from packstation.services.lead_pin import PinGate, PinRefused, hash_pin, pin_matches
from packstation.services.never_twice import UNSEEN_CALL_WINDOW, LandingClock
from packstation.services.recovery import Recovery
from tests.unit.services.fakes import (
    FakeClock,
    FakeShiftDocuments,
    lost_answer,
    refused_connection,
    server_error,
)
from tests.unit.services.test_pack_engine import BOX, Bench


def closer_for(bench: Bench, batch_size: int = 50) -> tuple[ShiftCloser, FakeShiftDocuments]:
    documents = FakeShiftDocuments()
    closer = ShiftCloser(
        api=bench.pro,
        journal=bench.journal,
        documents=documents,
        clock=bench.clock,
        location="LOC-1",
        batch_size=batch_size,
        landing=LandingClock(bench.pro.sleep, bench.pro.monotonic),
    )
    return closer, documents


def packed(bench: Bench, count: int, **fields: object) -> list[str]:
    references = [bench.pro.add(ShipmentState.ALLOCATED, **fields) for _ in range(count)]  # type: ignore[arg-type]
    for reference in references:
        bench.engine.scan(reference)
    return references


def test_plan_lists_exceptions_first_and_keeps_them_out_of_the_manifest() -> None:
    bench = Bench()
    good = packed(bench, 2)
    bench.printer.script = [PrintState.SENT_UNCONFIRMED]
    (unconfirmed,) = packed(bench, 1)
    bench.printer.script = [PrintState.FAILED]
    (failed,) = packed(bench, 1)
    closer, _ = closer_for(bench)
    plan = closer.plan()
    assert {r.reference for r in plan.to_manifest} == set(good)
    problems = {e.reference: e.problem for e in plan.exceptions}
    assert problems == {
        unconfirmed: "label sent but never confirmed printed",
        failed: "label printing failed",
    }
    checked = closer.plan(include_unconfirmed=[unconfirmed])
    assert {r.reference for r in checked.to_manifest} == {*good, unconfirmed}


def test_manifest_in_batches_with_driver_sheets_per_carrier() -> None:
    bench = Bench()
    references = packed(bench, 5)
    closer, documents = closer_for(bench, batch_size=2)
    seen: list[tuple[int, int]] = []
    result = closer.manifest(closer.plan(), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(2, 5), (4, 5), (5, 5)]
    assert bench.pro.count("manifest") == 3
    assert {r.reference for r in result.manifested} == set(references)
    assert result.failed == ()
    assert all(bench.pro.records[r].state is ShipmentState.MANIFESTED for r in references)
    assert result.carrier_summary() == [("Carrier X", 5, 5)]
    (sheet,) = documents.sheets
    assert sheet.carrier == "Carrier X" and sheet.parcel_count == 5
    assert result.driver_sheets_pdf.startswith(b"%PDF")
    assert [c.name for c in result.carrier_manifests] == ["LOC-1-manifest.pdf"]
    assert all(bench.journal.find_pack(r).stage is PackStage.MANIFESTED for r in references)  # type: ignore[union-attr]


def test_partial_failures_are_kept_and_only_they_are_retried() -> None:
    bench = Bench()
    references = packed(bench, 3)
    bench.pro.records[references[1]].state = ShipmentState.CANCELLED  # cancelled elsewhere
    closer, documents = closer_for(bench)
    result = closer.manifest(closer.plan())
    assert [o.reference for o in result.failed] == [references[1]]
    assert result.failed[0].message == (
        "SortedPRO did not manifest it: wrong state. Check it in SortedPRO, then press Retry "
        "failed (or close the shift again)."
    )
    assert documents.reports[-1].exceptions[-1].problem.startswith("manifest failed")
    bench.pro.records[references[1]].state = ShipmentState.READY_TO_SHIP
    retried = closer.retry_failed(result)
    assert retried.failed == ()
    assert {r.reference for r in retried.manifested} == set(references)
    assert bench.pro.calls.count("manifest") == 2


def test_lost_manifest_answer_is_settled_by_reading_states_not_by_resending() -> None:
    bench = Bench()
    references = packed(bench, 2)
    bench.pro.fail("manifest", lost_answer(), after=True)
    closer, _ = closer_for(bench)
    result = closer.manifest(closer.plan())
    assert {r.reference for r in result.manifested} == set(references)
    assert bench.pro.count("manifest") == 1


def test_manifest_that_never_left_fails_cleanly() -> None:
    bench = Bench()
    packed(bench, 2)
    bench.pro.fail("manifest", refused_connection())
    closer, _ = closer_for(bench)
    result = closer.manifest(closer.plan())
    assert len(result.failed) == 2 and result.manifested == ()
    assert bench.journal.attempts[-1][1] == "connection refused"
    assert closer.plan().to_manifest, "the packs stay manifestable for a retry"


def test_a_manifest_refused_by_a_server_error_says_to_retry_when_pro_is_back() -> None:
    bench = Bench()
    references = packed(bench, 2)
    bench.pro.fail("manifest", server_error(500))
    closer, _ = closer_for(bench)

    result = closer.manifest(closer.plan())

    assert {o.reference for o in result.failed} == set(references)
    for outcome in result.failed:
        assert "SortedPRO shows it is not manifested" in outcome.message
        assert outcome.message.endswith(
            "Press Retry failed (or close the shift again) when SortedPRO is back."
        )
    retried = closer.retry_failed(result)
    assert retried.failed == () and bench.pro.count("manifest") == 2


@pytest.mark.parametrize("again", ["retry failed", "close again"])
def test_a_manifest_still_running_when_its_answer_was_lost_is_read_back_not_sent_again(
    again: str,
) -> None:
    bench = Bench()
    references = packed(bench, 2)
    bench.pro.fail("manifest", lost_answer("SortedPRO took too long to answer."), late=True)
    closer, _ = closer_for(bench)

    result = closer.manifest(closer.plan())

    assert result.manifested == () and {o.reference for o in result.failed} == set(references)
    for outcome in result.failed:
        assert "may still be doing it" in outcome.message
        assert "Press Retry failed in a moment" in outcome.message

    retried = (
        closer.retry_failed(result) if again == "retry failed" else closer.manifest(closer.plan())
    )

    assert bench.pro.slept, "the re-read waited for the lost manifest to land"
    assert bench.pro.count("manifest") == 1
    assert retried.failed == ()
    assert {r.reference for r in retried.manifested} == set(references)


def test_a_state_unreadable_after_a_lost_manifest_answer_is_read_before_sending_again() -> None:
    bench = Bench()
    references = packed(bench, 2)
    bench.pro.fail("manifest", lost_answer(), after=True)
    for _ in references:
        bench.pro.fail("get_shipment", server_error(503))
    closer, _ = closer_for(bench)

    result = closer.manifest(closer.plan())

    assert {o.reference for o in result.failed} == set(references)
    for outcome in result.failed:
        assert outcome.message.startswith("Whether it was manifested is not known yet")
        assert "Press Retry failed in a moment" in outcome.message

    retried = closer.retry_failed(result)

    assert retried.failed == () and bench.pro.count("manifest") == 1
    assert {r.reference for r in retried.manifested} == set(references)


def test_a_manifest_whose_answer_stayed_unknown_is_read_back_after_a_restart() -> None:
    bench = Bench()
    references = packed(bench, 2)
    bench.pro.fail("manifest", lost_answer(), after=True)  # it did go through at PRO
    for _ in references:
        bench.pro.fail("get_shipment", server_error(503))  # and could not be read back
    first, _ = closer_for(bench)
    result = first.manifest(first.plan())
    assert {o.reference for o in result.failed} == set(references)
    for reference in references:  # journalled as sent without an answer, not as refused
        record = bench.journal.find_pack(reference)
        assert record is not None and record.stage is PackStage.MANIFEST_SENT

    restarted, _ = closer_for(bench)  # a new process: nothing of the first one's memory
    retried = restarted.manifest(restarted.plan())

    assert bench.pro.count("manifest") == 1, "sent again instead of read back"
    assert retried.failed == ()
    assert {r.reference for r in retried.manifested} == set(references)


def test_an_earlier_manifest_that_cannot_be_read_back_is_not_sent_and_is_answered() -> None:
    bench = Bench()
    references = packed(bench, 2)
    closer, _ = closer_for(bench)
    bench.journal.begin_manifest(references)  # sent earlier; the station died before the answer
    for _ in references:
        bench.pro.fail("get_shipment", server_error(503))

    result = closer.manifest(closer.plan())

    assert {o.reference for o in result.failed} == set(references)
    assert bench.pro.count("manifest") == 0
    assert bench.journal.attempts[-1][1] == "answered"
    bench.pro.records[references[0]].state = ShipmentState.MANIFESTED  # the earlier one did land

    retried = closer.retry_failed(result)

    assert retried.failed == () and bench.pro.count("manifest") == 1  # only the other one
    assert {r.reference for r in retried.manifested} == set(references)


def test_shift_report_counts_packs_carriers_and_reprints() -> None:
    bench = Bench()
    references = packed(bench, 3)
    bench.engine.reprint(references[0], "smudged")
    closer, documents = closer_for(bench)
    closer.manifest(closer.plan())
    report = documents.reports[-1]
    assert report.pack_count == 3 and report.reprints == 1
    assert [(c.carrier, c.packs) for c in report.per_carrier] == [("Carrier X", 3)]
    closer.finish("Lead Lee")
    assert bench.journal.closed_by == "Lead Lee"


def test_manifest_location_by_query() -> None:
    bench = Bench()
    packed(bench, 2)
    closer, _ = closer_for(bench)
    assert "Query found 2" in closer.manifest_location()
    assert bench.journal.attempts == [(None, "answered")]


def test_packs_whose_manifest_answer_was_lost_are_checked_before_sending_again() -> None:
    bench = Bench()
    references = packed(bench, 2)
    closer, _ = closer_for(bench)
    bench.journal.begin_manifest(references)  # sent earlier; the station died before the answer
    bench.pro.records[references[0]].state = ShipmentState.MANIFESTED
    bench.clock.advance(seconds=UNSEEN_CALL_WINDOW.total_seconds())  # restarted a minute later
    plan = closer.plan()
    assert {r.stage for r in plan.to_manifest} == {PackStage.MANIFEST_SENT}
    result = closer.manifest(plan)
    assert {r.reference for r in result.manifested} == set(references)
    assert bench.pro.count("manifest") == 1
    messages = {outcome.reference: outcome.message for outcome in bench.journal.manifests}
    assert messages[references[0]].startswith("already manifested")
    assert messages[references[1]] == "manifested"


def test_a_manifest_sent_just_before_a_stop_is_not_sent_again_until_it_can_no_longer_land() -> None:
    bench = Bench()
    references = packed(bench, 2)
    closer, _ = closer_for(bench)
    bench.journal.begin_manifest(references)  # sent; the station died before the answer
    bench.clock.advance(seconds=10)  # and the lead closes again ten seconds later
    result = closer.manifest(closer.plan())
    assert result.manifested == () and bench.pro.count("manifest") == 0
    assert {outcome.message for outcome in result.failed} == {SENT_BEFORE_THE_STOP}
    assert all(r.stage is PackStage.MANIFEST_SENT for r in bench.journal.shift_packs())

    bench.pro.records[references[0]].state = ShipmentState.MANIFESTED  # the first one landed
    slept_before = len(bench.pro.slept)
    retried = closer.retry_failed(result)
    waited = sum(bench.pro.slept[slept_before:])
    assert waited == pytest.approx(50.0, abs=1.0)  # what was left of the minute, once
    assert {r.reference for r in retried.manifested} == set(references)
    assert bench.pro.count("manifest") == 1  # only the one that had not landed


def test_recovery_settles_a_lost_allocation_and_lists_the_label_to_print() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.engine.scan(reference)
    bench.pro.fail("allocate_cheapest", lost_answer(), after=True)
    bench.pro.fail("get_shipment", refused_connection())
    bench.engine.confirm_parcels([BOX])  # the process "dies" here: intent left open
    items = Recovery(bench.pro, bench.journal).run()
    assert bench.journal.pending_intents() == []
    assert items[0].reference == reference and "Scan" in items[0].next_action
    assert bench.pro.count("allocate_cheapest") == 1


def test_recovery_finds_a_consignment_created_by_a_lost_order_pack() -> None:
    bench = Bench()
    order = bench.pro.add_order("EO-000-000-020")
    intent = bench.journal.record_intent(IntentAction.PACK_ORDER, order.reference, "SHOP-77")
    bench.clock.advance(seconds=5)
    created = bench.pro.add(
        ShipmentState.UNALLOCATED, customer_reference="SHOP-77", created=bench.clock.now()
    )
    items = Recovery(bench.pro, bench.journal).run()
    assert bench.journal.intents[intent.id - 1].result_reference == created
    assert items[0].reference == created


def test_recovery_closes_an_intent_that_never_happened() -> None:
    bench = Bench()
    bench.journal.record_intent(IntentAction.SELECT_OPTION, "EDO-000-000-001", "WEB-9")
    bench.clock.advance(seconds=UNSEEN_CALL_WINDOW.total_seconds())
    items = Recovery(bench.pro, bench.journal, bench.clock).run()
    assert items[0].settled and "did not happen" in items[0].found
    assert bench.journal.intents[0].outcome is IntentOutcome.FAILED


def test_recovery_leaves_a_call_sent_just_before_the_stop_open_for_a_minute() -> None:
    bench = Bench()
    bench.journal.record_intent(IntentAction.SELECT_OPTION, "EDO-000-000-001", "WEB-9")
    bench.clock.advance(seconds=5)  # the station restarted five seconds after sending it
    [item] = Recovery(bench.pro, bench.journal, bench.clock).run()
    assert not item.settled and "may still go through" in item.found
    assert item.next_action.startswith("Wait a minute, then scan EDO-000-000-001 again")
    assert bench.journal.intents[0].outcome is IntentOutcome.PENDING


def test_a_recorded_time_far_ahead_of_the_clock_does_not_keep_a_call_open() -> None:
    bench = Bench()
    bench.journal.record_intent(IntentAction.SELECT_OPTION, "EDO-000-000-001", "WEB-9")
    bench.clock.advance(hours=-2)  # the clock was two hours fast when the call was recorded
    [item] = Recovery(bench.pro, bench.journal, bench.clock).run()
    assert item.settled and "did not happen" in item.found


def test_recovery_marks_printed_packs_ready_and_lists_unprinted_ones() -> None:
    bench = Bench()
    (printed,) = packed(bench, 1)
    bench.pro.records[printed].state = ShipmentState.ALLOCATED  # crash before ready to ship
    bench.journal.stages = [s for s in bench.journal.stages if s[1] is not PackStage.READY_TO_SHIP]
    bench.printer.script = [(PrintState.FAILED, 0)]
    (failed,) = packed(bench, 1)
    items = {item.reference: item for item in Recovery(bench.pro, bench.journal).run()}
    assert (
        items[printed].settled and bench.pro.records[printed].state is ShipmentState.READY_TO_SHIP
    )
    assert not items[failed].settled and "not printed" in items[failed].found


def test_pin_is_hashed_with_salt_and_checked() -> None:
    stored = hash_pin("4711")
    assert "4711" not in stored and stored != hash_pin("4711")
    assert pin_matches("4711", stored) and not pin_matches("4712", stored)
    assert not pin_matches("4711", "garbage")
    with pytest.raises(ValueError):
        hash_pin("12a4")


def test_wrong_pins_back_off() -> None:
    clock = FakeClock()
    gate = PinGate(hash_pin("2468"), clock)
    for _ in range(3):
        with pytest.raises(PinRefused, match="not the shift lead"):
            gate.check("0000")
    with pytest.raises(PinRefused, match="Try again in"):
        gate.check("2468")
    clock.advance(seconds=3)
    gate.check("2468")
    clock.advance(seconds=1)
    gate.check("2468")
