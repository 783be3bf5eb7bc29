"""Benchmark: scan to label bytes at the printer, the real station against a minimal reference.

Run: ``uv run --extra test python -m tests.benchmarks.scan_to_print`` (``--runs N``,
``--warmup N``, ``--policy fastest|cheapest``, ``--reference-poll-ms MS``, ``--pro-latency-ms MS``).

The targets are for the sandbox on loopback (the default). ``--pro-latency-ms`` holds every PRO
call that much longer at the sandbox, for both sides, to show the same comparison against a
SortedPRO further away; it is reported as ``pro_latency_ms``.

The sandbox runs in its own process (:mod:`tests.benchmarks.counting_sandbox`), the virtual
Zebra on a free loopback port in this one, writing no files. Three flows, each pack on fresh work
made through the API beforehand (not timed):

- ``allocated``: scan of the shop's own reference of an allocated consignment (like WEB-10021);
- ``quote``: scan of an unallocated consignment, then ``confirm_parcels`` with one weighed box;
  the station's policy (``fastest`` by default: quotes, then allocate with the fastest quote);
- ``option``: scan of a checkout delivery option (``EDO-``), then ``choose(0)`` to select it.

For each pack, two times from the moment the engine is called: ``app`` ends when the label's
last byte reaches the printer (taken inside the printer where the complete label is handed to its
print engine); ``app_end`` when the engine returns, which adds the ``~HS`` confirmation, the
ready-to-ship call and the journal. The reference client
(:mod:`tests.benchmarks.reference_client`) makes the same PRO calls with raw httpx and sends the
same label over a raw socket; app and reference alternate in random order within each run.
After the interleaved run, ``--breakdown`` more allocated packs are made with timers on the
station's journal, label check, printer job and PRO client (:mod:`tests.benchmarks.breakdown`)
to show where the app's time goes. The last line printed is the JSON result.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import time
from decimal import Decimal
from typing import Any

from packstation.domain.session import Stage
from packstation.domain.shipment import Dimensions, ParcelSpec
from packstation.printing.job import DEFAULT_POLL_INTERVAL_S
from packstation.station import Station
from tests.benchmarks.breakdown import instrument
from tests.benchmarks.reference_client import ReferenceClient
from tests.benchmarks.support import (
    API_KEY,
    Seeder,
    TimedPrinter,
    machine,
    open_bench,
    sandbox_process,
    summary,
)

FLOWS = ("allocated", "quote", "option")
BOX = ParcelSpec(Decimal("1.2"), Dimensions(Decimal(30), Decimal(20), Decimal(10)))
TARGET = {"ratio_median_max": 1.15, "overhead_ms_median_max": 20.0, "app_ms_p95_max": 150.0}

Timed = tuple[float, float]  # label at the printer, finished (ms since start)


def _app_pack(station: Station, printer: TimedPrinter, flow: str, work: str) -> Timed:
    engine = station.engine
    started = time.perf_counter()
    if flow == "allocated":
        view = engine.scan(work)
    elif flow == "quote":
        engine.scan(work)
        view = engine.confirm_parcels([BOX])
    else:
        engine.scan(work)
        view = engine.choose(0)
    finished = time.perf_counter()
    if view.stage is not Stage.DONE:
        raise RuntimeError(f"{flow} pack of {work} ended {view.stage}: {view.message}")
    return _ms(printer.last_arrival() - started), _ms(finished - started)


def _reference_pack(client: ReferenceClient, printer: TimedPrinter, flow: str, work: str) -> Timed:
    started = time.perf_counter()
    if flow == "allocated":
        times = client.allocated(work)
    elif flow == "quote":
        times = client.quote(work, float(BOX.weight_kg or 0))
    else:
        times = client.option(work)
    return _ms(printer.last_arrival() - started), _ms(times.finished - started)


def _ms(seconds: float) -> float:
    return seconds * 1000


def _fresh_work(seeder: Seeder, flow: str) -> str:
    if flow == "allocated":
        customer_reference = seeder.unique("WEB")
        seeder.allocated(customer_reference)
        return customer_reference
    if flow == "quote":
        return seeder.consignment(seeder.unique("WEB"))
    return seeder.delivery_option(seeder.unique("CHK"))


def set_nodelay_everywhere() -> None:
    """Experiment: every ``socket.create_connection`` in this process turns Nagle off.

    The station's TCP printer transport and the reference both connect that way; with Nagle on
    (the default) the 3-byte ``~HS`` after a label waits for the printer's delayed ACK.
    """
    original = socket.create_connection

    def without_nagle(*args: Any, **kwargs: Any) -> socket.socket:
        connection = original(*args, **kwargs)
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return connection

    socket.create_connection = without_nagle


def run(
    runs: int,
    warmup: int,
    policy: str,
    reference_poll_s: float,
    breakdown_packs: int,
    pro_latency_ms: float = 0.0,
) -> dict[str, Any]:
    """Run the interleaved packs, then the timed breakdown; return the result document."""
    samples: dict[str, dict[str, list[float]]] = {
        flow: {"app": [], "app_end": [], "reference": [], "reference_end": []} for flow in FLOWS
    }
    rng = random.Random(8)
    printer = TimedPrinter()
    printer.start()
    try:
        with (
            sandbox_process(latency_ms=pro_latency_ms) as sandbox,
            open_bench(sandbox, printer, policy=policy) as station,
        ):
            seeder = Seeder(sandbox.base_url)
            reference = ReferenceClient(
                sandbox.base_url, API_KEY, (printer.host, printer.port), reference_poll_s
            )
            try:
                for index in range(warmup + runs):
                    for flow in FLOWS:
                        sides = ["app", "reference"]
                        rng.shuffle(sides)
                        for side in sides:
                            work = _fresh_work(seeder, flow)
                            if side == "app":
                                label_ms, end_ms = _app_pack(station, printer, flow, work)
                            else:
                                label_ms, end_ms = _reference_pack(reference, printer, flow, work)
                            if index >= warmup:
                                samples[flow][side].append(label_ms)
                                samples[flow][f"{side}_end"].append(end_ms)
                parts = _breakdown(station, printer, seeder, breakdown_packs)
            finally:
                reference.close()
                seeder.close()
    finally:
        printer.stop()
    result = _result(samples, runs, warmup, policy, reference_poll_s)
    result["pro_latency_ms"] = pro_latency_ms
    result["allocated_breakdown"] = parts
    return result


def _breakdown(
    station: Station, printer: TimedPrinter, seeder: Seeder, packs: int
) -> dict[str, Any]:
    """Pack ``packs`` allocated consignments with timers on the station's parts (after the run)."""
    if packs <= 0:
        return {}
    timers = instrument(station)
    times = [
        _app_pack(station, printer, "allocated", _fresh_work(seeder, "allocated"))
        for _ in range(packs)
    ]
    return {
        "packs": packs,
        "app_ms_median": summary([label for label, _ in times])["median"],
        "app_end_ms_median": summary([end for _, end in times])["median"],
        "parts": timers.per_pack(packs),
    }


def _result(
    samples: dict[str, dict[str, list[float]]],
    runs: int,
    warmup: int,
    policy: str,
    reference_poll_s: float,
) -> dict[str, Any]:
    flows: dict[str, Any] = {}
    for flow, series in samples.items():
        app, ref = summary(series["app"]), summary(series["reference"])
        app_end, ref_end = summary(series["app_end"]), summary(series["reference_end"])
        ratios = sorted(a / r for a, r in zip(series["app"], series["reference"], strict=True))
        flows[flow] = {
            "app_ms_median": app["median"],
            "app_ms_p95": app["p95"],
            "reference_ms_median": ref["median"],
            "ratio_median": round(ratios[len(ratios) // 2], 2),
            "overhead_ms_median": round(app["median"] - ref["median"], 1),
            "app_end_ms_median": app_end["median"],
            "app_end_ms_p95": app_end["p95"],
            "reference_end_ms_median": ref_end["median"],
            "app_ms_max": app["max"],
        }
    allocated = flows["allocated"]
    met = {
        "ratio": allocated["ratio_median"] <= TARGET["ratio_median_max"],
        "overhead": allocated["overhead_ms_median"] < TARGET["overhead_ms_median_max"],
        "p95": allocated["app_ms_p95"] < TARGET["app_ms_p95_max"],
    }
    return {
        "benchmark": "scan_to_print",
        "machine": machine(),
        "runs": runs,
        "warmup": warmup,
        "policy": policy,
        "reference_poll_ms": round(reference_poll_s * 1000),
        "nodelay_experiment": socket.create_connection.__name__ == "without_nagle",
        "target_allocated": TARGET,
        "target_met_allocated": met,
        **flows,
    }


def main() -> None:
    """Parse options, run, print the JSON document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40, help="measured packs per flow and side")
    parser.add_argument("--warmup", type=int, default=3, help="packs per flow not measured")
    parser.add_argument("--policy", choices=("fastest", "cheapest"), default="fastest")
    parser.add_argument(
        "--reference-poll-ms",
        type=float,
        default=DEFAULT_POLL_INTERVAL_S * 1000,
        help="the reference's wait between ~HS polls (default: the station's own)",
    )
    parser.add_argument(
        "--breakdown", type=int, default=20, help="allocated packs timed part by part (0: none)"
    )
    parser.add_argument(
        "--pro-latency-ms",
        type=float,
        default=0.0,
        help="held at the sandbox on every PRO call, both sides (the targets are for 0)",
    )
    parser.add_argument(
        "--nodelay-experiment",
        action="store_true",
        help="turn Nagle off on every printer connection (app and reference) to see its share",
    )
    arguments = parser.parse_args()
    if arguments.nodelay_experiment:
        set_nodelay_everywhere()
    result = run(
        arguments.runs,
        arguments.warmup,
        arguments.policy,
        arguments.reference_poll_ms / 1000,
        arguments.breakdown,
        arguments.pro_latency_ms,
    )
    print(json.dumps({flow: result[flow] for flow in FLOWS}, indent=2))
    print(json.dumps(result["allocated_breakdown"], indent=2))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
