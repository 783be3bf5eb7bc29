"""The bench scale goes away mid-pack: the packer is told, types the weight, and the pack completes.

The station reads the virtual scale (MT-SICS over TCP, as a serial scale behind a device server)
through its configured :class:`~packstation.devices.scale.ScaleReader`, the way the window's live
weight does (``poll_scale``). The scale stops after the pack has begun; the reading reports it
disconnected in words, the packer types the weight, the pack completes and prints once; the
scale comes back on the same address and readings resume without restarting anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest

from packstation.devices.scale import ScaleReader
from packstation.devices.virtual_scale import VirtualScale
from packstation.devices.watch import poll_scale
from packstation.domain.orders import everything_in_one_parcel
from packstation.domain.ports import Scale
from packstation.domain.session import PackView, Stage
from packstation.domain.shipment import Dimensions, ParcelSpec
from packstation.station import Station
from tests.integration.faults.conftest import FaultWorld, WorldFactory, WorldOptions
from tests.integration.faults.device_flows import copies_by_tracking_number, order_reference
from tests.integration.faults.matrix import Cell, CellRun, cells, message_problems

WEIGHT_KG = Decimal("2.350")
TYPED_KG = Decimal("2.4")
BOX = Dimensions(Decimal(40), Decimal(30), Decimal(15))
SCALE_READ_TIMEOUT_S = 0.3

Weighed = Callable[[ParcelSpec], PackView]


def _unallocated(world: FaultWorld) -> Weighed:
    station = world.station
    assert station.engine.scan("WEB-10031").stage is Stage.CONFIRM_PARCELS
    return lambda spec: station.engine.confirm_parcels([spec])


def _order(world: FaultWorld) -> Weighed:
    station = world.station
    asked = station.engine.scan(order_reference(world.client, "DEV-SCALE-1"))
    assert asked.stage is Stage.PACK_ORDER and asked.order is not None, asked.message
    order = asked.order
    return lambda spec: station.engine.pack_order(everything_in_one_parcel(order, spec))


FLOWS: dict[str, Callable[[FaultWorld], Weighed]] = {
    "unallocated confirm": _unallocated,
    "order pack": _order,
}


@pytest.fixture
def scale() -> Iterator[VirtualScale]:
    """Run the bench's virtual scale with a parcel on it."""
    with VirtualScale(weight_kg=WEIGHT_KG) as running:
        yield running


def _bench_scale(station: Station) -> Scale:
    assert isinstance(station.scale, ScaleReader), "the settings name a scale"
    # The bench reads often; a short answer deadline keeps a dead scale from holding it up.
    station.scale.read_timeout_s = SCALE_READ_TIMEOUT_S
    return station.scale


@pytest.mark.parametrize(
    "cell", [c for flow in FLOWS for c in cells(flow, ["weigh parcel"], ["scale disconnected"])]
)
def test_a_scale_gone_mid_pack_is_named_the_weight_is_typed_and_readings_resume(
    make_world: WorldFactory, scale: VirtualScale, cell: Cell, matrix_cell: CellRun
) -> None:
    world = make_world(WorldOptions(extra_env={"PACKSTATION_SCALE_URL": scale.serial_url}))
    reader = _bench_scale(world.station)
    weigh = FLOWS[cell.flow](world)
    before = poll_scale(reader)
    assert before.reading is not None and before.reading.weight_kg == WEIGHT_KG

    scale.stop()  # switched off, or its cable pulled, while the parcel is on the bench
    gone = poll_scale(reader)
    matrix_cell.shown(gone.message)
    assert gone.reading is None and not gone.connected
    assert "scale" in gone.message and message_problems(gone.message) == []

    done = weigh(ParcelSpec(TYPED_KG, BOX))  # the packer types what the scale showed
    assert done.stage is Stage.DONE and done.shipment is not None, done.message
    reference = done.shipment.reference
    package = (world.client.get_consignment(reference).packages or [])[0]
    assert package.weight is not None and package.weight.value == TYPED_KG
    numbers = world.tracking_numbers(reference)
    assert copies_by_tracking_number(world.printed_files(), numbers) == dict.fromkeys(numbers, 1)
    assert world.ledger_duplicates() == []
    assert world.journal_consistent(), world.journal_problems()

    back = VirtualScale(port=scale.port, weight_kg="0.8")  # plugged in again, same address
    with back:
        again = poll_scale(reader)
    assert again.connected and again.reading is not None, again.message
    assert again.reading.weight_kg == Decimal("0.8")
