"""Benchmark: driver-sheet PDF time and size for shifts of 100, 1,000 and 5,000 packs.

Run with ``uv run --extra test python -m tests.benchmarks.driver_sheet`` (``--runs N`` repeats
each case; the median and p95 are reported). Packs are spread over five carriers with one to three
parcels each. The last line printed is the JSON result; the target is 5,000 packs in under 10 s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time

import pypdfium2 as pdfium

from packstation.reports import ReportlabShiftDocuments
from tests.unit.reports.builders import driver_sheets

CASES = (100, 1000, 5000)
CARRIERS = 5
TARGET_5000_S = 10.0


def percentile(samples: list[float], share: float) -> float:
    """Return the nearest-rank percentile of ``samples``."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]


def measure(packs: int, runs: int) -> dict[str, object]:
    """Render the driver sheets of ``packs`` packs ``runs`` times; return times, size and pages."""
    sheets = driver_sheets(packs=packs, carriers=CARRIERS)
    documents = ReportlabShiftDocuments()
    times_s: list[float] = []
    cpu_s: list[float] = []
    pdf = b""
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        pdf = documents.driver_sheets(sheets)
        times_s.append(time.perf_counter() - started)
        cpu_s.append(time.process_time() - cpu_started)
    document = pdfium.PdfDocument(pdf)
    pages = len(document)
    document.close()
    return {
        "packs": packs,
        "carriers": CARRIERS,
        "parcels": sum(sheet.parcel_count for sheet in sheets),
        "runs": runs,
        "time_s_median": round(statistics.median(times_s), 3),
        "time_s_p95": round(percentile(times_s, 0.95), 3),
        # CPU time is steadier than wall time when other work shares the machine.
        "cpu_s_median": round(statistics.median(cpu_s), 3),
        "size_bytes": len(pdf),
        "pages": pages,
        "bytes_per_pack": round(len(pdf) / packs),
    }


def main() -> None:
    """Run every case and print one JSON document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="renders per case (default 5)")
    arguments = parser.parse_args()
    # reportlab is imported on the first render; time that once, apart from the cases.
    started = time.perf_counter()
    ReportlabShiftDocuments().driver_sheets([])
    first_call_s = time.perf_counter() - started
    results = [measure(packs, arguments.runs) for packs in CASES]
    largest = results[-1]
    print(
        json.dumps(
            {
                "benchmark": "driver_sheet_pdf",
                "machine": {
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                    "processor": platform.processor() or platform.machine(),
                    "cpus": os.cpu_count(),
                },
                "first_call_s": round(first_call_s, 3),
                "cases": results,
                "target": {"packs": 5000, "time_s": TARGET_5000_S},
                "target_met": float(str(largest["time_s_median"])) < TARGET_5000_S,
            }
        )
    )


if __name__ == "__main__":
    main()
