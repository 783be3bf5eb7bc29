"""An order packed before is not packed again by one press of Enter."""

from __future__ import annotations

from packstation.domain.choices import AllocationPolicy
from packstation.domain.orders import everything_in_one_parcel
from packstation.domain.session import Stage, Tone
from tests.unit.services.fakes import server_error
from tests.unit.services.test_pack_engine import BOX, Bench

ORDER = "EO-000-000-010"


def _packed_once(bench: Bench) -> str:
    order = bench.pro.add_order(ORDER)
    bench.engine.scan(ORDER)
    done = bench.engine.pack_order(everything_in_one_parcel(order, BOX))
    assert done.stage is Stage.DONE, done.message
    assert done.shipment is not None
    return done.shipment.reference


def test_a_shipped_order_scanned_again_names_its_consignment_and_waits_for_a_second_enter() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    first = _packed_once(bench)
    order = bench.pro.orders[ORDER]

    view = bench.engine.scan(ORDER)
    assert (view.stage, view.tone) == (Stage.PACK_ORDER, Tone.ATTENTION)
    assert first in view.message and "packed before" in view.message
    assert "Enter twice" in view.next_action

    asked = bench.engine.pack_order(everything_in_one_parcel(order, BOX))
    assert (asked.stage, asked.tone) == (Stage.PACK_ORDER, Tone.ATTENTION)
    assert "Press Enter again" in asked.message and asked.order == order
    assert bench.pro.count("pack_order") == 1

    second = bench.engine.pack_order(everything_in_one_parcel(order, BOX))
    assert second.stage is Stage.DONE, second.message
    assert bench.pro.count("pack_order") == 2


def test_each_scan_asks_again_and_the_question_is_asked_once_per_scan() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    _packed_once(bench)
    order = bench.pro.orders[ORDER]
    bench.engine.scan(ORDER)
    bench.engine.pack_order(everything_in_one_parcel(order, BOX))  # asks
    bench.engine.scan(ORDER)  # the packer scans again instead of confirming
    asked = bench.engine.pack_order(everything_in_one_parcel(order, BOX))
    assert "Press Enter again" in asked.message
    assert bench.pro.count("pack_order") == 1


def test_an_order_packed_at_another_station_is_named_from_pros_list() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    order = bench.pro.add_order(ORDER)
    elsewhere = bench.pro.pack_order(ORDER, everything_in_one_parcel(order, BOX), "SHOP-77")
    view = bench.engine.scan(ORDER)
    assert view.tone is Tone.ATTENTION and elsewhere in view.message
    assert bench.engine.pack_order(everything_in_one_parcel(order, BOX)).stage is Stage.PACK_ORDER
    assert bench.pro.count("pack_order") == 1  # only the other station's


def test_an_order_never_packed_goes_straight_to_packing() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    order = bench.pro.add_order(ORDER)
    view = bench.engine.scan(ORDER)
    assert (view.stage, view.tone) == (Stage.PACK_ORDER, Tone.INFO)
    assert bench.pro.count("consignments_packed_from") == 1
    assert bench.engine.pack_order(everything_in_one_parcel(order, BOX)).stage is Stage.DONE


def test_when_pro_cannot_list_earlier_packs_the_journal_still_knows_this_stations() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    first = _packed_once(bench)
    bench.pro.fail("consignments_packed_from", server_error())
    view = bench.engine.scan(ORDER)
    assert view.tone is Tone.ATTENTION and first in view.message
    order = bench.pro.orders[ORDER]
    assert bench.engine.pack_order(everything_in_one_parcel(order, BOX)).stage is Stage.PACK_ORDER
    assert bench.pro.count("pack_order") == 1


def test_when_nobody_can_say_the_packer_is_told_to_check() -> None:
    bench = Bench(AllocationPolicy.CHEAPEST)
    order = bench.pro.add_order(ORDER)
    bench.pro.fail("consignments_packed_from", server_error())
    view = bench.engine.scan(ORDER)
    assert (view.stage, view.tone) == (Stage.PACK_ORDER, Tone.ATTENTION)
    assert "could not say whether it was packed before" in view.message
    assert "check that it is not packed already" in view.message
    assert bench.engine.pack_order(everything_in_one_parcel(order, BOX)).stage is Stage.DONE
