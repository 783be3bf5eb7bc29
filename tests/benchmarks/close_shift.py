"""Benchmark: closing a shift of 100, 1,000 and 5,000 packs against the sandbox.

Run: ``uv run --extra test python -m tests.benchmarks.close_shift`` (``--cases 100 1000 5000``,
``--runs N`` closes per case, ``--via-engine N``, ``--in-flight N`` manifest calls at once, the
closer's own default unless given). Only the 5,000 case: ``--cases 5000``.

What is measured: the station's own :class:`~packstation.services.close_shift.ShiftCloser`
(composed as ``open_station`` composes it, with the documents adapter wrapped to time the PDFs)
closing a shift whose packs are all ready to ship: ``plan()``, then ``manifest()`` which sets
ready to ship, manifests in batches of 50, renders the driver sheets and the shift report and
fetches the carrier manifests. The manifest calls are counted at the sandbox (its own process).

What is not measured, and how the shift is laid down: the consignments are created through the
sandbox API one by one, allocated in bulk (``/allocation/allocate``, 250 per call) and set ready
to ship in bulk. Packs up to ``--via-engine`` (default 100) are then scanned through the real
engine (labels printed on the virtual printer); larger shifts are journalled directly through
the engine's journal port with the same records the label step writes (allocation, labels,
a confirmed print job, ready to ship), since 5,000 scans would take minutes. The last line
printed is the JSON result; the target is 5,000 packs in under 10 s. ``close_parts_s`` splits the
close into its PRO calls and journal reads/writes (timers on the station's instances); calls that
overlap (manifest batches in flight together, the carrier manifests fetched while the PDFs render)
are each counted in full, so the parts can add up to more than ``close_s``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from packstation.domain.labels import LabelFile, LabelLanguage, PrintReport, PrintState
from packstation.domain.records import PackStage
from packstation.domain.shift import DriverSheet, ShiftReport
from packstation.domain.shipment import Parcel, Shipment, ShipmentState
from packstation.pro import models as m
from packstation.pro.bench.outcomes import summary_reference
from packstation.reports import ReportlabShiftDocuments
from packstation.services.close_shift import BATCHES_IN_FLIGHT, ShiftCloser
from packstation.station import Station
from tests.benchmarks.breakdown import Timers
from tests.benchmarks.support import (
    LOCATION,
    Sandbox,
    Seeder,
    TimedPrinter,
    machine,
    open_bench,
    sandbox_process,
    summary,
)

CASES = (100, 1000, 5000)
ALLOCATE_CHUNK = 250
TARGET_5000_S = 10.0
LABEL = b"^XA^FO50,50^BCN,100^FD%s^FS^XZ"


class TimedDocuments(ReportlabShiftDocuments):
    """The real shift documents, timed and measured."""

    def __init__(self) -> None:
        super().__init__()
        self.driver_sheet_s = 0.0
        self.driver_sheet_bytes = 0
        self.shift_report_s = 0.0

    def driver_sheets(self, sheets: Sequence[DriverSheet]) -> bytes:
        """Render the driver sheets, noting time and size."""
        started = time.perf_counter()
        pdf = super().driver_sheets(sheets)
        self.driver_sheet_s = time.perf_counter() - started
        self.driver_sheet_bytes = len(pdf)
        return pdf

    def shift_report(self, report: ShiftReport) -> bytes:
        """Render the shift report, noting the time."""
        started = time.perf_counter()
        pdf = super().shift_report(report)
        self.shift_report_s = time.perf_counter() - started
        return pdf


def _lay_down(seeder: Seeder, packs: int) -> list[m.AllocationSummary]:
    """Create ``packs`` consignments, allocate them in bulk and set them ready to ship."""
    references = [seeder.consignment(f"SHIFT-{index:05d}") for index in range(packs)]
    summaries: list[m.AllocationSummary] = []
    for start in range(0, packs, ALLOCATE_CHUNK):
        summaries += seeder.allocate_all(references[start : start + ALLOCATE_CHUNK])
    return summaries


def _journal_directly(station: Station, summaries: list[m.AllocationSummary]) -> None:
    """Write what the label step writes for a confirmed pack, without scanning."""
    journal = station.journal
    for index, answer in enumerate(summaries):
        reference = summary_reference(answer)
        if reference is None:
            raise RuntimeError(f"allocation answer without a consignment: {answer.description}")
        numbers = tuple(
            n for leg in answer.consignment_legs or () for n in leg.tracking_references or ()
        )
        shipment = Shipment(
            reference=reference,
            state=ShipmentState.ALLOCATED,
            state_name="Allocated",
            customer_reference=f"SHIFT-{index:05d}",
            parcels=(Parcel(None, Decimal("0.5"), tracking_numbers=numbers),),
            carrier=answer.carrier_name,
            service=answer.carrier_service_name,
            service_reference=answer.carrier_service_reference,
            tracking_numbers=numbers,
        )
        journal.record_stage(shipment, PackStage.ALLOCATED)
        journal.store_labels(
            reference, LabelFile(LABEL % reference.encode(), LabelLanguage.ZPL, 203)
        )
        job = journal.begin_print(reference, "tcp://127.0.0.1:9100", [0], None)
        journal.finish_print(job, PrintReport(PrintState.CONFIRMED, "benchmark printer", (0,)))
        journal.record_stage(shipment, PackStage.PRINTED)
        journal.record_stage(shipment, PackStage.READY_TO_SHIP)


def _journal_by_scanning(station: Station, summaries: list[m.AllocationSummary]) -> None:
    for answer in summaries:
        reference = summary_reference(answer) or ""
        view = station.engine.scan(reference)
        if view.print_report is None or view.print_report.state is not PrintState.CONFIRMED:
            raise RuntimeError(f"{reference} was not printed: {view.message}")


def close_once(
    sandbox: Sandbox, packs: int, via_engine: int, in_flight: int | None = None
) -> dict[str, Any]:
    """Lay down a shift of ``packs`` packs, close it, and return what it cost."""
    sandbox.control.reset("empty")
    printer = TimedPrinter()
    printer.start()
    seeder = Seeder(sandbox.base_url)
    try:
        with open_bench(sandbox, printer) as station:
            started = time.perf_counter()
            summaries = _lay_down(seeder, packs)
            laid_down_s = time.perf_counter() - started
            started = time.perf_counter()
            if packs <= via_engine:
                _journal_by_scanning(station, summaries)
            else:
                _journal_directly(station, summaries)
            journalled_s = time.perf_counter() - started
            documents = TimedDocuments()
            timers = Timers()
            for method in ("manifest", "customer_manifests", "set_ready_to_ship", "get_shipment"):
                timers.wrap(station.api, method, f"pro: {method}")
            for method in ("shift_packs", "shift_info", "begin_manifest", "finish_manifest"):
                timers.wrap(station.journal, method, f"journal: {method}")
            closer = ShiftCloser(
                api=station.api,
                journal=station.journal,
                documents=documents,
                clock=station.clock,
                location=station.settings.station.location or LOCATION,
                batches_in_flight=in_flight or BATCHES_IN_FLIGHT,
            )
            sandbox.reset_calls()
            started = time.perf_counter()
            plan = closer.plan()
            planned_s = time.perf_counter() - started
            result = closer.manifest(plan)
            total_s = time.perf_counter() - started
            calls = sandbox.calls()
    finally:
        seeder.close()
        printer.stop()
    if len(result.manifested) != packs or result.failed:
        raise RuntimeError(f"{len(result.manifested)} of {packs} manifested; {result.failed[:3]}")
    return {
        "journalled": "engine scans" if packs <= via_engine else "journal port, directly",
        "batches_in_flight": in_flight or BATCHES_IN_FLIGHT,
        "lay_down_s": round(laid_down_s, 2),
        "journal_s": round(journalled_s, 2),
        "plan_s": planned_s,
        "close_s": total_s,
        "manifest_calls": calls.get("PUT /consignments/manifest", 0),
        "calls": calls,
        "driver_sheet_s": documents.driver_sheet_s,
        "driver_sheet_bytes": documents.driver_sheet_bytes,
        "shift_report_s": documents.shift_report_s,
        "parts_s": {
            name: {"s": round(timers.seconds[name], 2), "calls": timers.calls[name]}
            for name in sorted(timers.seconds, key=lambda n: -timers.seconds[n])
        },
    }


def _case(packs: int, closes: list[dict[str, Any]]) -> dict[str, Any]:
    close_ms = summary([c["close_s"] * 1000 for c in closes])
    sheet_ms = summary([c["driver_sheet_s"] * 1000 for c in closes])
    last = closes[-1]
    return {
        "packs": packs,
        "runs": len(closes),
        "close_s_median": round(close_ms["median"] / 1000, 2),
        "close_s_p95": round(close_ms["p95"] / 1000, 2),
        "close_ms_per_pack": round(close_ms["median"] / packs, 2),
        "plan_s": round(last["plan_s"], 2),
        "manifest_calls": last["manifest_calls"],
        "pro_calls_while_closing": last["calls"],
        "driver_sheet_s_median": round(sheet_ms["median"] / 1000, 2),
        "driver_sheet_s_p95": round(sheet_ms["p95"] / 1000, 2),
        "driver_sheet_bytes": last["driver_sheet_bytes"],
        "shift_report_s": round(last["shift_report_s"], 2),
        "close_without_pdfs_s": round(
            last["close_s"] - last["driver_sheet_s"] - last["shift_report_s"], 2
        ),
        "close_parts_s": last["parts_s"],
        "batches_in_flight": last["batches_in_flight"],
        "journalled": last["journalled"],
        "lay_down_s": last["lay_down_s"],
        "journal_s": last["journal_s"],
    }


def main() -> None:
    """Parse options, run every case, print the JSON document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, nargs="+", default=list(CASES))
    parser.add_argument(
        "--runs", type=int, default=None, help="closes per case (default 3 up to 100 packs, else 1)"
    )
    parser.add_argument("--via-engine", type=int, default=100, help="scan shifts up to this size")
    parser.add_argument(
        "--in-flight", type=int, default=None, help="manifest batches sent at once (closer default)"
    )
    arguments = parser.parse_args()
    cases = []
    with sandbox_process(seed="empty") as sandbox:
        for packs in arguments.cases:
            runs = arguments.runs or (3 if packs <= 100 else 1)
            closes = [
                close_once(sandbox, packs, arguments.via_engine, arguments.in_flight)
                for _ in range(runs)
            ]
            cases.append(_case(packs, closes))
            print(json.dumps(cases[-1]), flush=True)
    largest = max(cases, key=lambda case: int(case["packs"]))
    growth = [{"packs": c["packs"], "ms_per_pack": c["close_ms_per_pack"]} for c in cases]
    print(
        json.dumps(
            {
                "benchmark": "close_shift",
                "machine": machine(),
                "cases": cases,
                "growth": growth,
                "target": {"packs": 5000, "close_s": TARGET_5000_S},
                "target_met": largest["packs"] == 5000
                and largest["close_s_median"] < TARGET_5000_S,
            }
        )
    )


if __name__ == "__main__":
    main()
