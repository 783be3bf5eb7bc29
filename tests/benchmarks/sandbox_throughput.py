"""Benchmark: several stations packing at once against one sandbox; packs per second, latencies.

Run: ``uv run --extra test python -m tests.benchmarks.sandbox_throughput`` (``--stations 1 8``,
``--packs N`` per station, ``--mode processes|threads``).

Each simulated station is a real station (``open_station``: its own ProClient, its own journal
in its own folder, its own virtual Zebra on a free loopback port) packing allocated
consignments scanned by the shop's reference (five PRO calls each, the printed label confirmed
by ``~HS``). In ``processes`` mode (the default) each station is its own process, as benches are;
``threads`` runs them as threads of this process (then they share one interpreter lock). The
sandbox is one process. All stations open and pack one warm-up consignment, wait at a start
line, then pack their share; throughput is all packs over the time from the start line to the
last pack, latency is each ``engine.scan`` call. The work is created through the API first
(not timed). The case of one station alone is the baseline. The last line printed is the JSON.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import queue
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from packstation.domain.session import Stage
from tests.benchmarks.support import (
    Sandbox,
    Seeder,
    TimedPrinter,
    machine,
    open_bench,
    sandbox_process,
    summary,
)

RESULT_TIMEOUT_S = 600.0


class StartLine(Protocol):
    """An event every station waits on (``threading.Event`` or a process one)."""

    def wait(self, timeout: float | None = None) -> bool:
        """Block until set."""
        ...


def station_worker(
    base_url: str, codes: list[str], ready: Any, go: StartLine, results: Any
) -> None:
    """Open a station, pack a warm-up code, wait for the start, pack ``codes``; report times."""
    printer = TimedPrinter()
    printer.start()
    try:
        with open_bench(base_url, printer) as station:
            _pack(station.engine.scan, codes[0])
            ready.put(1)
            go.wait(RESULT_TIMEOUT_S)
            latencies_ms: list[float] = []
            started = time.monotonic()
            for code in codes[1:]:
                before = time.perf_counter()
                _pack(station.engine.scan, code)
                latencies_ms.append((time.perf_counter() - before) * 1000)
            results.put((started, time.monotonic(), latencies_ms))
    except BaseException as error:
        ready.put(0)  # never leave the start line waiting for a station that failed
        results.put(error)
        raise
    finally:
        printer.stop()


def _pack(scan: Callable[[str], Any], code: str) -> None:
    view = scan(code)
    if view.stage is not Stage.DONE:
        raise RuntimeError(f"{code}: {view.message}")


def _make_work(seeder: Seeder, stations: int, packs: int) -> list[list[str]]:
    shares: list[list[str]] = []
    for station in range(stations):
        codes = [f"TP-{station:02d}-{seeder.unique('X')}" for _ in range(packs + 1)]
        references = [seeder.consignment(code) for code in codes]
        seeder.allocate_all(references)
        shares.append(codes)
    return shares


def run_case(sandbox: Sandbox, stations: int, packs: int, mode: str) -> dict[str, Any]:
    """Run ``stations`` stations of ``packs`` packs each; return throughput and latencies."""
    seeder = Seeder(sandbox.base_url)
    try:
        shares = _make_work(seeder, stations, packs)
    finally:
        seeder.close()
    ready: Any
    results: Any
    go: Any
    if mode == "processes":
        context = multiprocessing.get_context("spawn")
        ready, results, go = context.Queue(), context.Queue(), context.Event()
        runners: list[Any] = [
            context.Process(target=station_worker, args=(sandbox.base_url, s, ready, go, results))
            for s in shares
        ]
    else:
        ready, results, go = queue.Queue(), queue.Queue(), threading.Event()
        runners = [
            threading.Thread(target=station_worker, args=(sandbox.base_url, s, ready, go, results))
            for s in shares
        ]
    for runner in runners:
        runner.start()
    try:
        for _ in runners:
            ready.get(timeout=RESULT_TIMEOUT_S)
        sandbox.reset_calls()
        go.set()
        answers = [results.get(timeout=RESULT_TIMEOUT_S) for _ in runners]
    finally:
        go.set()
        for runner in runners:
            runner.join(RESULT_TIMEOUT_S)
    failures = [answer for answer in answers if isinstance(answer, BaseException)]
    if failures:
        raise RuntimeError(f"{len(failures)} station(s) failed: {failures[0]!r}")
    return _case(stations, packs, mode, answers, sandbox.calls())


def _case(
    stations: int,
    packs: int,
    mode: str,
    answers: list[tuple[float, float, list[float]]],
    calls: dict[str, int],
) -> dict[str, Any]:
    wall_s = max(end for _, end, _ in answers) - min(start for start, _, _ in answers)
    latencies = [ms for _, _, series in answers for ms in series]
    figures = summary(latencies)
    ordered = sorted(latencies)
    return {
        "stations": stations,
        "mode": mode,
        "packs": len(latencies),
        "wall_s": round(wall_s, 2),
        "packs_per_s": round(len(latencies) / wall_s, 1),
        "pro_calls_per_s": round(sum(calls.values()) / wall_s, 1),
        "latency_ms_p50": figures["median"],
        "latency_ms_p95": figures["p95"],
        "latency_ms_p99": round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 1),
        "latency_ms_max": figures["max"],
    }


def main() -> None:
    """Parse options, run each case, print the JSON document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--packs", type=int, default=40, help="packs per station (default 40)")
    parser.add_argument("--mode", choices=("processes", "threads"), default="processes")
    arguments = parser.parse_args()
    cases = []
    with sandbox_process(seed="empty") as sandbox:
        for stations in arguments.stations:
            cases.append(run_case(sandbox, stations, arguments.packs, arguments.mode))
            print(json.dumps(cases[-1]), flush=True)
    print(json.dumps({"benchmark": "sandbox_throughput", "machine": machine(), "cases": cases}))


if __name__ == "__main__":
    main()
