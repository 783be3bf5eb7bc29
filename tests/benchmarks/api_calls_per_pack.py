"""Benchmark: SortedPRO calls per pack for each flow, counted at the sandbox, against the minimum.

Run: ``uv run --extra test python -m tests.benchmarks.api_calls_per_pack`` (``--packs N`` per
flow, default 5).

The sandbox runs in its own process and counts every PRO request it receives by method and path
template (:mod:`tests.benchmarks.counting_sandbox`); nothing in the station is instrumented. Each
pack is a real station (``open_station``) working on fresh work made through the API beforehand,
with the counter reset just before the pack. ``MINIMUM`` below is the fewest calls each flow
can do with, with the reason for each call; ``extra`` is what the station makes beyond that.
The last line printed is the JSON result.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from packstation.domain.orders import everything_in_one_parcel
from packstation.domain.session import PackView, Stage
from packstation.domain.shipment import Dimensions, ParcelSpec
from packstation.station import Station
from tests.benchmarks.support import Seeder, TimedPrinter, machine, open_bench, sandbox_process

BOX = ParcelSpec(Decimal("1.2"), Dimensions(Decimal(30), Decimal(20), Decimal(10)))

MINIMUM: dict[str, dict[str, str]] = {
    "allocated_by_consignment_reference": {
        "GET /consignments/{ref}": "state (cancelled? manifested?), parcels and tracking numbers",
        "GET /labels/{ref}/ZPL/203": "the labels",
        "PUT /consignments/setreadytoship": "flag it packed once the printer confirmed",
    },
    "allocated_by_shop_reference": {
        "GET /consignments/50/0": "find the consignment by the shop's own reference",
        "GET /consignments/{ref}": "state, parcels, tracking numbers and Direction (a return "
        "sharing the reference is told apart here when the search has one hit)",
        "GET /labels/{ref}/ZPL/203": "the labels",
        "PUT /consignments/setreadytoship": "flag it packed",
    },
    "unallocated_cheapest": {
        "GET /consignments/{ref}": "state and the whole document (the update replaces it)",
        "PUT /consignments/": "the packer's weight and size",
        "PUT /allocation/{ref}/allocatewithcheapestquote": "book the service",
        "GET /consignments/{ref}#after": "allocation may end Allocating/AllocationFailed; "
        "tracking numbers for the label check",
        "GET /labels/{ref}/ZPL/203": "the labels",
        "PUT /consignments/setreadytoship": "flag it packed",
    },
    "unallocated_fastest": {
        "GET /consignments/{ref}": "state and the whole document (the update replaces it)",
        "PUT /consignments/": "the packer's weight and size",
        "GET /quotes/consignment/{ref}": "quotes for the new weight, to pick the fastest",
        "PUT /allocation/{ref}/allocatewithquote/{ref}": "book the chosen quote",
        "GET /consignments/{ref}#after": "final state and tracking numbers",
        "GET /labels/{ref}/ZPL/203": "the labels",
        "PUT /consignments/setreadytoship": "flag it packed",
    },
    "delivery_option": {
        "GET /deliveryoptions/details/{ref}": "what checkout chose, to show before booking",
        "POST /deliveryoptions/select/{ref}": "book it (PRO creates the consignment)",
        "GET /consignments/{ref}": "final state, parcels and tracking numbers",
        "GET /labels/{ref}/ZPL/203": "the labels",
        "PUT /consignments/setreadytoship": "flag it packed",
    },
    "order_pack_cheapest": {
        "GET /orders/{ref}": "the lines to pack",
        "PUT /orders/consignments": "what was packed from it before (never packed twice)",
        "POST /orders/{ref}/pack": "pack the lines into a new consignment",
        "GET /consignments/{ref}": "the consignment's state and parcels",
        "PUT /allocation/{ref}/allocatewithcheapestquote": "book the service",
        "GET /consignments/{ref}#after": "final state and tracking numbers",
        "GET /labels/{ref}/ZPL/203": "the labels",
        "PUT /consignments/setreadytoship": "flag it packed",
    },
}


def _expect_done(view: PackView, flow: str) -> None:
    if view.stage is not Stage.DONE:
        raise RuntimeError(f"{flow} ended {view.stage}: {view.message}")


def _flows(
    seeder: Seeder,
) -> dict[str, tuple[str, Callable[[], str], Callable[[Station, str], None]]]:
    """Per flow: the station policy, how to make fresh work, and the pack itself."""

    def scan_only(station: Station, work: str) -> None:
        _expect_done(station.engine.scan(work), "scan")

    def scan_and_confirm(station: Station, work: str) -> None:
        station.engine.scan(work)
        _expect_done(station.engine.confirm_parcels([BOX]), "confirm")

    def scan_and_choose(station: Station, work: str) -> None:
        station.engine.scan(work)
        _expect_done(station.engine.choose(0), "choose")

    def scan_and_pack(station: Station, work: str) -> None:
        order = station.engine.scan(work).order
        assert order is not None
        _expect_done(station.engine.pack_order(everything_in_one_parcel(order, BOX)), "order")

    def allocated_shop_reference() -> str:
        reference = seeder.unique("WEB")
        seeder.allocated(reference)
        return reference

    return {
        "allocated_by_consignment_reference": (
            "cheapest",
            lambda: seeder.allocated(seeder.unique("WEB")),
            scan_only,
        ),
        "allocated_by_shop_reference": ("cheapest", allocated_shop_reference, scan_only),
        "unallocated_cheapest": (
            "cheapest",
            lambda: seeder.consignment(seeder.unique("WEB")),
            scan_and_confirm,
        ),
        "unallocated_fastest": (
            "fastest",
            lambda: seeder.consignment(seeder.unique("WEB")),
            scan_and_confirm,
        ),
        "delivery_option": (
            "cheapest",
            lambda: seeder.delivery_option(seeder.unique("CHK")),
            scan_and_choose,
        ),
        "order_pack_cheapest": (
            "cheapest",
            lambda: seeder.order(seeder.unique("ORD")),
            scan_and_pack,
        ),
    }


def run(packs: int) -> dict[str, Any]:
    """Pack ``packs`` times per flow and return the counts against the minimum."""
    printer = TimedPrinter()
    printer.start()
    results: dict[str, Any] = {}
    try:
        with sandbox_process() as sandbox:
            seeder = Seeder(sandbox.base_url)
            try:
                for policy in ("cheapest", "fastest"):
                    with open_bench(sandbox, printer, policy=policy) as station:
                        station.engine.scan(seeder.allocated(seeder.unique("WARM")))
                        for flow, (wanted, make, pack) in _flows(seeder).items():
                            if wanted == policy:
                                results[flow] = _count(sandbox, station, make, pack, packs)
            finally:
                seeder.close()
    finally:
        printer.stop()
    return {
        "benchmark": "api_calls_per_pack",
        "machine": machine(),
        "packs_per_flow": packs,
        "flows": {flow: _compare(flow, counts) for flow, counts in sorted(results.items())},
    }


def _count(
    sandbox: Any,
    station: Station,
    make: Callable[[], str],
    pack: Callable[[Station, str], None],
    packs: int,
) -> dict[str, float]:
    total: Counter[str] = Counter()
    for _ in range(packs):
        work = make()
        sandbox.reset_calls()
        pack(station, work)
        total.update(sandbox.calls())
    # Every pack of a flow should make the same calls; an average that is not whole shows it.
    return {call: n // packs if n % packs == 0 else n / packs for call, n in total.items()}


def _compare(flow: str, counts: dict[str, float]) -> dict[str, Any]:
    minimum = MINIMUM[flow]
    needed: Counter[str] = Counter(call.split("#")[0] for call in minimum)
    extra = {call: n - needed[call] for call, n in counts.items() if n > needed[call]}
    missing = {
        call: n - counts.get(call, 0) for call, n in needed.items() if counts.get(call, 0) < n
    }
    return {
        "calls_per_pack": sum(counts.values()),
        "minimum": sum(needed.values()),
        "by_call": dict(sorted(counts.items())),
        "extra": extra,
        "not_made": missing,
        "minimum_reasons": minimum,
    }


def main() -> None:
    """Parse options, run, print the JSON document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packs", type=int, default=5, help="packs per flow (default 5)")
    result = run(parser.parse_args().packs)
    for flow, figures in result["flows"].items():
        print(
            f"{flow}: {figures['calls_per_pack']} calls (minimum {figures['minimum']}), "
            f"extra {figures['extra']}"
        )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
