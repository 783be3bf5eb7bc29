"""A return reaching the bench is refused, however it was found."""

from __future__ import annotations

from dataclasses import replace

from packstation.domain.session import Stage, Tone
from packstation.domain.shipment import ShipmentHit, ShipmentState
from tests.unit.services.test_pack_engine import Bench


class OneHitPro(Bench):
    """A bench whose PRO search, like PRO's own summaries, cannot tell a lone return."""

    def __init__(self) -> None:
        super().__init__()
        search = self.pro.find_by_customer_reference

        def without_direction(text: str) -> list[ShipmentHit]:
            return [replace(hit, outbound=True) for hit in search(text)]

        self.pro.find_by_customer_reference = without_direction  # type: ignore[method-assign]


def test_a_lone_return_found_by_the_shops_reference_is_refused() -> None:
    bench = OneHitPro()
    reference = bench.pro.add(ShipmentState.ALLOCATED, customer_reference="R-1", outbound=False)
    view = bench.engine.scan("R-1")
    assert (view.stage, view.tone) == (Stage.REFUSED, Tone.FAILURE)
    assert reference in view.message and "return" in view.message
    assert bench.printer.jobs == [] and "labels" not in bench.pro.calls
    assert bench.journal.stages_of(reference) == []


def test_a_return_scanned_by_its_own_reference_is_refused() -> None:
    bench = Bench()
    reference = bench.pro.add(ShipmentState.ALLOCATED, outbound=False)
    view = bench.engine.scan(reference)
    assert view.stage is Stage.REFUSED and "Do not ship it" in view.message
    assert bench.printer.jobs == []
