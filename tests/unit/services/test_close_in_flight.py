"""Closing the shift with manifest batches in flight together, carrier manifests fetched meanwhile.

Each batch stays its own intent with its own answer; results and progress come in batch order.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from datetime import datetime

import pytest

from packstation.domain.ports import BulkOutcome, NamedPdf
from packstation.domain.records import PackStage
from packstation.domain.shift import DriverSheet
from packstation.domain.shipment import ShipmentState
from packstation.services.close_shift import ClosePlan, CloseResult, ShiftCloser
from packstation.services.never_twice import LandingClock
from tests.unit.services.fakes import FakeShiftDocuments, refused_connection
from tests.unit.services.test_close_and_recover import packed
from tests.unit.services.test_pack_engine import Bench

WAIT_S = 10.0
"""Upper bound on a wait for the other thread; reached only when the code under test is wrong."""


def closer_for(
    bench: Bench,
    *,
    batch_size: int = 2,
    in_flight: int = 2,
    documents: FakeShiftDocuments | None = None,
    carrier_manifests_wait_s: float = WAIT_S,
) -> ShiftCloser:
    return ShiftCloser(
        api=bench.pro,
        journal=bench.journal,
        documents=documents or FakeShiftDocuments(),
        clock=bench.clock,
        location="LOC-1",
        batch_size=batch_size,
        batches_in_flight=in_flight,
        landing=LandingClock(bench.pro.sleep, bench.pro.monotonic),
        carrier_manifests_wait_s=carrier_manifests_wait_s,
    )


class HeldFirstCall:
    """Wraps ``FakePro.manifest``: the first call answers only once the second has answered."""

    def __init__(self, bench: Bench) -> None:
        self.answer = bench.pro.manifest
        self._lock = threading.Lock()
        self.calls = 0
        self.threads: set[str] = set()
        self.second_answered = threading.Event()
        self.first_saw_second = False
        bench.pro.manifest = self  # type: ignore[method-assign]

    def __call__(self, references: Sequence[str]) -> list[BulkOutcome]:
        with self._lock:
            self.calls += 1
            number = self.calls
            self.threads.add(threading.current_thread().name)
        if number == 1:
            self.first_saw_second = self.second_answered.wait(WAIT_S)
            return self.answer(references)
        try:
            return self.answer(references)
        finally:
            if number == 2:
                self.second_answered.set()


def planned(plan: ClosePlan) -> list[str]:
    return [record.reference for record in plan.to_manifest]


def failed_references(result: CloseResult) -> set[str]:
    return {outcome.reference for outcome in result.failed}


def test_two_batches_are_in_flight_at_once_and_report_in_batch_order() -> None:
    bench = Bench()
    packed(bench, 5)
    held = HeldFirstCall(bench)
    closer = closer_for(bench)
    plan = closer.plan()
    references = planned(plan)
    seen: list[tuple[int, int]] = []
    result = closer.manifest(plan, progress=lambda done, total: seen.append((done, total)))
    assert held.first_saw_second, "the second batch was sent while the first waited for PRO"
    assert seen == [(2, 5), (4, 5), (5, 5)]
    assert [r.reference for r in result.manifested] == references
    assert result.failed == () and held.calls == 3
    assert dict(bench.journal.attempts) == {
        tuple(references[0:2]): "answered",
        tuple(references[2:4]): "answered",
        tuple(references[4:5]): "answered",
    }
    assert all(bench.journal.find_pack(r).stage is PackStage.MANIFESTED for r in references)  # type: ignore[union-attr]


def test_one_batch_failing_while_another_succeeds_keeps_each_answer_to_its_batch() -> None:
    bench = Bench()
    packed(bench, 6)
    bench.pro.fail("manifest", refused_connection())  # whichever batch calls first
    seen: list[tuple[int, int]] = []
    closer = closer_for(bench)
    plan = closer.plan()
    references = planned(plan)
    batches = [tuple(references[start : start + 2]) for start in (0, 2, 4)]
    result = closer.manifest(plan, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(2, 6), (4, 6), (6, 6)]
    assert bench.pro.count("manifest") == 3
    failed = failed_references(result)
    assert tuple(r for r in references if r in failed) in batches, "one whole batch failed"
    assert all(bench.pro.records[r].state is ShipmentState.READY_TO_SHIP for r in failed)
    assert all(
        bench.pro.records[r].state is ShipmentState.MANIFESTED for r in set(references) - failed
    )
    assert dict(bench.journal.attempts) == {
        batch: "connection refused" if set(batch) == failed else "answered" for batch in batches
    }
    # The result keeps the plan's order whichever call PRO answered first.
    assert [r.reference for r in result.manifested] == [r for r in references if r not in failed]
    assert [o.reference for o in result.failed] == [r for r in references if r in failed]
    assert {r.reference for r in closer.plan().to_manifest} == failed
    retried = closer.retry_failed(result)
    assert retried.failed == () and {r.reference for r in retried.manifested} == set(references)


def test_an_unexpected_error_starts_no_new_batch_and_lets_the_sent_one_finish() -> None:
    bench = Bench()
    packed(bench, 6)
    held = HeldFirstCall(bench)
    answer = held.answer

    def broken_once_the_second_answered(sent: Sequence[str]) -> list[BulkOutcome]:
        if held.second_answered.is_set():
            raise RuntimeError("a bug in the first batch")
        return answer(sent)

    held.answer = broken_once_the_second_answered  # type: ignore[assignment]
    closer = closer_for(bench)
    plan = closer.plan()
    references = planned(plan)
    with pytest.raises(RuntimeError, match="a bug in the first batch"):
        closer.manifest(plan)
    assert held.first_saw_second and held.calls == 2, "the third batch was never sent"
    attempts = dict(bench.journal.attempts)
    assert set(attempts) == {tuple(references[0:2]), tuple(references[2:4])}
    assert attempts[tuple(references[2:4])] == "answered", "the batch in flight was recorded"
    assert attempts[tuple(references[0:2])] is None, "left for recovery to re-read"
    assert all(bench.pro.records[r].state is ShipmentState.MANIFESTED for r in references[2:4])
    assert all(bench.pro.records[r].state is ShipmentState.READY_TO_SHIP for r in references[4:])


def test_one_in_flight_sends_every_batch_from_the_calling_thread() -> None:
    bench = Bench()
    packed(bench, 5)
    held = HeldFirstCall(bench)
    held.second_answered.set()  # one at a time: the first call cannot wait for a second one
    closer = closer_for(bench, in_flight=1)
    plan = closer.plan()
    seen: list[tuple[int, int]] = []
    result = closer.manifest(plan, progress=lambda done, total: seen.append((done, total)))
    assert held.threads == {threading.current_thread().name} and held.calls == 3
    assert seen == [(2, 5), (4, 5), (5, 5)]
    assert [r.reference for r in result.manifested] == planned(plan)


class HeldDownloads:
    """Carrier manifests that are held until released (always released at the end)."""

    def __init__(self, bench: Bench) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self._answer = bench.pro.customer_manifests
        bench.pro.customer_manifests = self  # type: ignore[method-assign]

    def __call__(self, location: str, since: datetime) -> list[NamedPdf]:
        self.started.set()
        self.release.wait(WAIT_S)
        return self._answer(location, since)


class SheetsRenderedWhileDownloading(FakeShiftDocuments):
    """Renders the driver sheets only while the carrier manifests are being fetched."""

    def __init__(self, downloads: HeldDownloads) -> None:
        super().__init__()
        self._downloads = downloads
        self.rendered_while_fetching = False

    def driver_sheets(self, sheets: Sequence[DriverSheet]) -> bytes:
        self.rendered_while_fetching = self._downloads.started.wait(WAIT_S)
        self._downloads.release.set()
        return super().driver_sheets(sheets)


@pytest.fixture
def downloads() -> Iterator[tuple[Bench, HeldDownloads]]:
    bench = Bench()
    held = HeldDownloads(bench)
    yield bench, held
    held.release.set()


def test_carrier_manifests_are_fetched_while_the_pdfs_render(
    downloads: tuple[Bench, HeldDownloads],
) -> None:
    bench, held = downloads
    packed(bench, 3)
    documents = SheetsRenderedWhileDownloading(held)
    closer = closer_for(bench, documents=documents)
    result = closer.manifest(closer.plan())
    assert documents.rendered_while_fetching
    assert [c.name for c in result.carrier_manifests] == ["LOC-1-manifest.pdf"]
    assert result.driver_sheets_pdf.startswith(b"%PDF")


def test_carrier_manifests_that_take_too_long_are_left_out_not_waited_for(
    downloads: tuple[Bench, HeldDownloads], caplog: pytest.LogCaptureFixture
) -> None:
    bench, _ = downloads
    references = packed(bench, 3)
    closer = closer_for(bench, carrier_manifests_wait_s=0.05)
    result = closer.manifest(closer.plan())
    assert result.carrier_manifests == ()
    assert {r.reference for r in result.manifested} == set(references)
    assert result.driver_sheets_pdf.startswith(b"%PDF")
    assert "customer manifests not fetched within" in caplog.text
