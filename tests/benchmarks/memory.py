"""Benchmark: the station's memory over 2,000 packs through the engine.

Run: ``uv run --extra test python -m tests.benchmarks.memory`` (``--packs N``, ``--every N``,
``--tracemalloc``). Takes about three minutes for 2,000 packs on this machine (the target is
set at 2,000; ``--packs 1000`` halves it).

The real station (``open_station``: ProClient, SQLite journal, ZPL printer adapter, engine) packs
allocated consignments scanned by their reference, one after another. The sandbox and the
virtual printer run in their own processes so that only the station's memory is in this one;
the work is created through the API in batches between packs (not part of the station). RSS is
read from ``/proc/self/statm`` after a ``gc.collect()`` at every ``--every`` packs. Targets: under
250 MB RSS after 2,000 packs and no growth between the 1,000th and the 2,000th (reported as
MB and KB per pack). With ``--tracemalloc`` tracing starts right after the reading at the
halfway pack and the top allocations that grew until the end are listed (tracing itself costs
memory and time, so the RSS figures of such a run are not the ones to quote).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from packstation.domain.labels import PrintState
from tests.benchmarks.support import (
    Seeder,
    machine,
    open_bench,
    printer_process,
    sandbox_process,
)

TARGET_RSS_MB = 250.0
GROWTH_ALLOWED_MB = 5.0  # RSS moves by allocator pages; less than this is not growth
SEED_BATCH = 100


def rss_mb() -> float:
    """Return this process's resident set size in MB (Linux)."""
    gc.collect()
    with open("/proc/self/statm") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _fresh_batch(seeder: Seeder, start: int, count: int) -> list[str]:
    references = [seeder.consignment(f"MEM-{start + index:05d}") for index in range(count)]
    seeder.allocate_all(references)
    return references


def run(packs: int, every: int, trace: bool) -> dict[str, Any]:
    """Pack ``packs`` times; return RSS readings and, when tracing, the top growth."""
    readings: dict[int, float] = {}
    top: list[str] = []
    halfway = packs // 2
    started = time.perf_counter()
    with (
        tempfile.TemporaryDirectory(prefix="packstation-mem-") as folder,
        sandbox_process(seed="empty") as sandbox,
        printer_process(Path(folder)) as printer_url,
        open_bench(sandbox, printer_url) as station,
    ):
        seeder = Seeder(sandbox.base_url)
        try:
            readings[0] = rss_mb()
            done = 0
            snapshot = None
            while done < packs:
                for reference in _fresh_batch(seeder, done, min(SEED_BATCH, packs - done)):
                    view = station.engine.scan(reference)
                    report = view.print_report
                    if report is None or report.state is not PrintState.CONFIRMED:
                        raise RuntimeError(f"{reference}: {view.message}")
                    done += 1
                    if done % every == 0 or done == halfway:
                        readings[done] = rss_mb()
                    if trace and done == halfway:
                        tracemalloc.start(10)
                        snapshot = tracemalloc.take_snapshot()
            if snapshot is not None:
                grown = tracemalloc.take_snapshot().compare_to(snapshot, "traceback")
                top = [f"{stat.size_diff / 1024:.0f} KiB: {stat.traceback}" for stat in grown[:10]]
                tracemalloc.stop()
        finally:
            seeder.close()
    return _result(packs, readings, top, time.perf_counter() - started)


def _result(
    packs: int, readings: dict[int, float], top: list[str], elapsed_s: float
) -> dict[str, Any]:
    halfway = packs // 2
    growth_mb = readings[packs] - readings[halfway]
    return {
        "benchmark": "memory",
        "machine": machine(),
        "packs": packs,
        "elapsed_s": round(elapsed_s, 1),
        "rss_mb": {str(n): round(mb, 1) for n, mb in sorted(readings.items())},
        "rss_mb_at_halfway": round(readings[halfway], 1),
        "rss_mb_at_end": round(readings[packs], 1),
        "growth_second_half_mb": round(growth_mb, 1),
        "growth_kb_per_pack": round(growth_mb * 1000 / max(1, packs - halfway), 2),
        "target": {"rss_mb_max": TARGET_RSS_MB, "growth_mb_max": GROWTH_ALLOWED_MB},
        "target_met": readings[packs] < TARGET_RSS_MB and growth_mb < GROWTH_ALLOWED_MB,
        "tracemalloc_top_growth": top,
    }


def main() -> None:
    """Parse options, run, print the JSON document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packs", type=int, default=2000)
    parser.add_argument("--every", type=int, default=250, help="read RSS every N packs")
    parser.add_argument("--tracemalloc", action="store_true", help="list what grew after halfway")
    arguments = parser.parse_args()
    result = run(arguments.packs, arguments.every, arguments.tracemalloc)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
