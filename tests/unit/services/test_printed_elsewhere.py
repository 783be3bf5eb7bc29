"""A consignment whose labels PRO already gave out elsewhere is not printed again by a scan."""

from __future__ import annotations

from packstation.domain.records import PackStage
from packstation.domain.session import Stage, Tone
from packstation.domain.shipment import ShipmentState
from tests.unit.services.test_pack_engine import Bench


def test_labels_given_out_before_and_unknown_to_this_shift_need_the_reprint_key() -> None:
    bench = Bench()
    reference = bench.pro.add(ShipmentState.ALLOCATED, parcels=2)
    bench.pro.records[reference].labels_printed = True  # another bench, or an earlier shift

    view = bench.engine.scan(reference)
    assert (view.stage, view.tone) == (Stage.ALREADY_DONE, Tone.ATTENTION)
    assert "printed before" in view.message and "check the parcel" in view.message
    assert "R to reprint" in view.next_action
    assert bench.printer.jobs == [] and bench.pro.count("labels") == 0
    assert bench.journal.stages_of(reference) == []

    reprinted = bench.engine.reprint(reference, "label torn")
    assert reprinted.stage is Stage.DONE, reprinted.message
    assert len(bench.printer.jobs) == 1


def test_labels_this_shift_fetched_before_a_failure_are_printed_by_the_next_scan() -> None:
    bench = Bench()
    reference = bench.pro.add(ShipmentState.ALLOCATED, parcels=1)
    bench.inspector.corrupt = True  # the labels come, but do not match: nothing is printed
    assert bench.engine.scan(reference).stage is Stage.FAILED
    assert bench.pro.records[reference].labels_printed
    bench.inspector.corrupt = False

    again = bench.engine.scan(reference)
    assert again.stage is Stage.DONE, again.message
    assert PackStage.PRINTED in bench.journal.stages_of(reference)


def test_a_manifested_consignment_still_says_manifested() -> None:
    bench = Bench()
    reference = bench.pro.add(ShipmentState.MANIFESTED)
    bench.pro.records[reference].labels_printed = True
    view = bench.engine.scan(reference)
    assert view.stage is Stage.ALREADY_DONE and "manifested" in view.message


def test_an_unallocated_consignment_with_old_labels_is_booked_as_usual() -> None:
    bench = Bench()
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.pro.records[reference].labels_printed = True  # booked and printed once, then deallocated
    assert bench.engine.scan(reference).stage is Stage.CONFIRM_PARCELS
