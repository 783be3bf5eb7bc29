"""Closing the shift: exceptions first, then manifest the rest in batches, then the paperwork.

Only packs whose labels are confirmed printed (or that the lead checked by hand) are manifested.
Manifesting hands data to the carriers, so it is never repeated blindly: each batch is an intent,
and a lost answer is settled by re-reading each consignment's state. A consignment whose outcome
stays unknown (PRO could not be asked, or the call may still be running there) is re-read before
it is sent again, once the call can no longer land unseen. Failures are kept so that only they
are retried when the lead asks; each failure's message says what to do about it.
"""

from __future__ import annotations

import logging
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from itertools import islice

from packstation.domain.ports import (
    BulkOutcome,
    Clock,
    NamedPdf,
    PackJournal,
    ShiftDocuments,
    ShippingApi,
)
from packstation.domain.records import PackRecord, PackStage, ShiftInfo
from packstation.domain.sentences import Sentence, with_full_stop, without_full_stop
from packstation.domain.shift import (
    CarrierTotal,
    DriverSheet,
    ManifestLine,
    ShiftException,
    ShiftReport,
)
from packstation.domain.shipment import ShipmentState
from packstation.errors import UserFacingError
from packstation.services.never_twice import (
    LandingClock,
    may_have_happened,
    may_still_land,
    unseen_call_left_s,
)

logger = logging.getLogger(__name__)

BATCH_SIZE = 50
BATCHES_IN_FLIGHT = 2
"""Manifest calls sent at once: while PRO works on one batch, the station records the answer of
the one before and writes the intent of the next. Each batch stays its own intent."""
CARRIER_MANIFESTS_WAIT_S = 120.0
"""How long the carrier manifest files may still take once the close's own PDFs are rendered.
Each call to PRO has its own timeouts; this bounds the whole list of downloads."""
Progress = Callable[[int, int], None]

_MANIFESTABLE = (PackStage.READY_TO_SHIP, PackStage.PRINTED, PackStage.MANIFEST_SENT)
_EXCEPTION_TEXT = {
    PackStage.FOUND: Sentence("never allocated"),
    PackStage.ALLOCATED: Sentence("allocated but never printed"),
    PackStage.LABELS_STORED: Sentence("allocated but never printed"),
    PackStage.PRINT_FAILED: Sentence("label printing failed"),
    PackStage.PRINT_UNCONFIRMED: Sentence("label sent but never confirmed printed"),
}
_DONE_STATES = (ShipmentState.MANIFESTED, ShipmentState.MANIFESTING, ShipmentState.SHIPPED)
"""States that show a manifest call took effect (Manifesting: PRO is sending it to the carrier)."""

RETRY_WHEN_BACK = Sentence("Press Retry failed (or close the shift again) when SortedPRO is back.")
CHECK_THEN_RETRY = Sentence(
    "Check it in SortedPRO, then press Retry failed (or close the shift again)."
)
SENT_BEFORE_THE_STOP = Sentence(
    "Sent to SortedPRO just before the station stopped; SortedPRO does not show it manifested "
    "yet, but it may still be doing it. Press Retry failed in a minute (or close the shift "
    "again): it is checked at SortedPRO before it is sent again, so it will not be manifested "
    "twice."
)
RETRY_IN_A_MOMENT = Sentence(
    "Press Retry failed in a moment (or close the shift again): it is checked at SortedPRO "
    "before it is sent again, so it will not be manifested twice."
)


@dataclass(frozen=True)
class ClosePlan:
    """What closing would do: the exceptions to look at, and the packs to manifest."""

    exceptions: tuple[ShiftException, ...]
    to_manifest: tuple[PackRecord, ...]


@dataclass(frozen=True)
class CloseResult:
    """What manifesting did, per consignment, and the paperwork."""

    manifested: tuple[PackRecord, ...]
    failed: tuple[BulkOutcome, ...]
    exceptions: tuple[ShiftException, ...]
    driver_sheets_pdf: bytes
    shift_report_pdf: bytes
    carrier_manifests: tuple[NamedPdf, ...] = ()

    def carrier_summary(self) -> list[tuple[str, int, int]]:
        """Per carrier: consignments manifested and parcels, for the summary lines."""
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for record in self.manifested:
            totals[record.carrier or "unknown carrier"][0] += 1
            totals[record.carrier or "unknown carrier"][1] += record.parcel_count
        return [(carrier, n, parcels) for carrier, (n, parcels) in sorted(totals.items())]


class ShiftCloser:
    """Closes one station's shift."""

    def __init__(
        self,
        *,
        api: ShippingApi,
        journal: PackJournal,
        documents: ShiftDocuments,
        clock: Clock,
        location: str,
        batch_size: int = BATCH_SIZE,
        batches_in_flight: int = BATCHES_IN_FLIGHT,
        landing: LandingClock | None = None,
        carrier_manifests_wait_s: float = CARRIER_MANIFESTS_WAIT_S,
    ) -> None:
        self._api = api
        self._journal = journal
        self._documents = documents
        self._clock = clock
        self._location = location
        self._batch_size = batch_size
        self._batches_in_flight = max(1, batches_in_flight)
        self._landing = landing or LandingClock()
        """Consignments whose manifest outcome is unknown: re-read (after a wait) before sending."""
        self._carrier_manifests_wait_s = carrier_manifests_wait_s

    def plan(self, *, include_unconfirmed: Sequence[str] = ()) -> ClosePlan:
        """Sort the shift's packs into exceptions and packs to manifest.

        ``include_unconfirmed`` names unconfirmed prints the lead has checked by hand.
        """
        checked = set(include_unconfirmed)
        exceptions: list[ShiftException] = []
        ready: list[PackRecord] = []
        for record in self._journal.shift_packs():
            if record.stage in _MANIFESTABLE or (
                record.stage is PackStage.PRINT_UNCONFIRMED and record.reference in checked
            ):
                ready.append(record)
            elif record.stage in _EXCEPTION_TEXT:
                exceptions.append(_exception(record, _EXCEPTION_TEXT[record.stage]))
        return ClosePlan(tuple(exceptions), tuple(ready))

    def manifest(self, plan: ClosePlan, progress: Progress | None = None) -> CloseResult:
        """Manifest the plan's packs in batches and produce the driver sheets and shift report.

        Up to ``batches_in_flight`` batches are sent at once; outcomes and progress come back in
        batch order, so the result does not depend on which call PRO answered first.
        """
        records = {record.reference: record for record in plan.to_manifest}
        self._set_ready(list(records.values()))
        batch_records = list(records.values())
        total = len(batch_records)
        batches = [
            batch_records[start : start + self._batch_size]
            for start in range(0, total, self._batch_size)
        ]
        outcomes: list[BulkOutcome] = []
        done = 0
        for batch, batch_outcomes in zip(batches, self._sent(batches), strict=True):
            outcomes += batch_outcomes
            done += len(batch)
            if progress is not None:
                progress(done, total)
        return self._result(plan, records, outcomes)

    def retry_failed(self, previous: CloseResult, progress: Progress | None = None) -> CloseResult:
        """Manifest again only the consignments that failed last time."""
        failed = {outcome.reference for outcome in previous.failed}
        plan = ClosePlan(
            previous.exceptions,
            tuple(r for r in self._journal.shift_packs() if r.reference in failed),
        )
        retried = self.manifest(plan, progress)
        return CloseResult(
            (*previous.manifested, *retried.manifested),
            retried.failed,
            previous.exceptions,
            retried.driver_sheets_pdf,
            retried.shift_report_pdf,
            retried.carrier_manifests,
        )

    def manifest_location(self) -> str:
        """Queue every ReadyToShip consignment of the location (the lead's alternative)."""
        attempt_id = self._journal.begin_manifest(None)
        try:
            message = self._api.manifest_location(self._location)
        except UserFacingError as error:
            if not may_have_happened(error):
                self._journal.finish_manifest(attempt_id, [], str(error))
            raise
        self._journal.finish_manifest(attempt_id, [])
        return message

    def finish(self, closed_by: str) -> None:
        """Close the shift in the journal; the next pack starts a new one."""
        self._journal.close_shift(closed_by)

    # -- steps ------------------------------------------------------------------------------

    def _set_ready(self, records: list[PackRecord]) -> None:
        pending = [r.reference for r in records if r.stage is PackStage.PRINTED]
        if not pending:
            return
        try:
            self._api.set_ready_to_ship(pending)
        except UserFacingError as error:
            # Manifesting accepts Allocated consignments as well; this only tidies the state.
            logger.warning("ready to ship before manifest failed: %s", error)

    def _sent(self, batches: list[list[PackRecord]]) -> Iterator[list[BulkOutcome]]:
        """Manifest each batch, a few at a time; yield their outcomes in batch order.

        There is no timeout on a batch: every call in it has its own, and its answer must be
        recorded before the close goes on. After an unexpected error no new batch starts, and
        the ones already sent finish (and record their answers) before the error goes up.
        """
        if self._batches_in_flight == 1 or len(batches) < 2:
            for batch in batches:
                yield self._manifest_batch(batch)
            return
        pool = ThreadPoolExecutor(self._batches_in_flight, thread_name_prefix="manifest")
        try:
            waiting = iter(batches)
            sending = deque(
                pool.submit(self._manifest_batch, batch)
                for batch in islice(waiting, self._batches_in_flight)
            )
            while sending:
                batch_outcomes = sending.popleft().result()
                following = next(waiting, None)
                if following is not None:
                    sending.append(pool.submit(self._manifest_batch, following))
                yield batch_outcomes
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _manifest_batch(self, batch: list[PackRecord]) -> list[BulkOutcome]:
        references = [record.reference for record in batch]
        attempt_id = self._journal.begin_manifest(references)
        checked, to_send = self._checked_first(batch)
        sent_at = self._landing.now()
        try:
            answered = self._api.manifest(to_send) if to_send else []
        except UserFacingError as error:
            if not may_have_happened(error):
                failed = [BulkOutcome(reference, False, _not_sent(error)) for reference in to_send]
                self._journal.finish_manifest(attempt_id, checked + failed, str(error))
                return checked + failed
            if may_still_land(error):
                for reference in to_send:
                    self._landing.lost(reference, sent_at)
            answered = self._states_after_loss(to_send, error, sent_at)
        else:
            answered = [
                outcome
                if outcome.succeeded
                else BulkOutcome(outcome.reference, False, _refused(outcome.message))
                for outcome in answered
            ]
        by_reference = {outcome.reference: outcome for outcome in [*checked, *answered]}
        outcomes = [
            by_reference.get(reference, BulkOutcome(reference, False, _refused("no answer for it")))
            for reference in references
        ]
        # An outcome still unknown (the answer was lost, PRO could not be asked or the call may
        # still land) is not journalled as an answer: the pack stays "manifest sent", so that
        # even after a restart it is read back before it is sent again.
        known = [outcome for outcome in outcomes if not self._landing.pending(outcome.reference)]
        self._journal.finish_manifest(attempt_id, known)
        return outcomes

    def _checked_first(self, batch: list[PackRecord]) -> tuple[list[BulkOutcome], list[str]]:
        """Re-read packs an earlier manifest may have reached; return their outcomes, and the rest.

        A pack whose manifest got no answer (in an earlier run, or in this one while the call may
        still have been running at PRO) is read back before anything is sent: manifested already
        counts as done, not manifested is sent, and unreadable stays unknown and is not sent.
        """
        checked: list[BulkOutcome] = []
        to_send: list[str] = []
        for record in batch:
            reference = record.reference
            pending_here = self._landing.pending(reference)
            if record.stage is PackStage.MANIFEST_SENT or pending_here:
                self._landing.wait_for(reference)
                try:
                    state = self._api.get_shipment(reference).state
                except UserFacingError as error:
                    self._landing.lost(reference, self._landing.now())  # still unknown
                    checked.append(BulkOutcome(reference, False, _unknown(error)))
                    continue
                self._landing.settled(reference)
                if state in _DONE_STATES:
                    note = "already manifested (the earlier answer was lost)"
                    checked.append(BulkOutcome(reference, True, note))
                    continue
                now = self._clock.now()
                left_s = 0.0 if pending_here else unseen_call_left_s(record.updated_at, now)
                if left_s > 0:
                    # Sent by a run that stopped moments ago: it may still land at PRO.
                    self._landing.hold(reference, left_s)
                    checked.append(BulkOutcome(reference, False, SENT_BEFORE_THE_STOP))
                    continue
            to_send.append(reference)
        return checked, to_send

    def _states_after_loss(
        self, batch: list[str], error: UserFacingError, sent_at: float
    ) -> list[BulkOutcome]:
        outcomes = []
        for reference in batch:
            try:
                state = self._api.get_shipment(reference).state
            except UserFacingError as second:
                self._landing.lost(reference, sent_at)  # unknown: read it back before resending
                outcomes.append(BulkOutcome(reference, False, _unknown(second)))
                continue
            if state in _DONE_STATES:
                self._landing.settled(reference)
                outcomes.append(BulkOutcome(reference, True, "manifested"))
            elif self._landing.pending(reference):
                outcomes.append(BulkOutcome(reference, False, _may_still_land(error)))
            else:
                outcomes.append(BulkOutcome(reference, False, _not_manifested(error)))
        return outcomes

    def _result(
        self, plan: ClosePlan, records: dict[str, PackRecord], outcomes: list[BulkOutcome]
    ) -> CloseResult:
        manifested = tuple(records[o.reference] for o in outcomes if o.succeeded)
        failed = tuple(o for o in outcomes if not o.succeeded)
        now = self._clock.now()
        info = self._journal.shift_info()
        # The carrier manifest files are mostly waiting on PRO, the driver sheets and the shift
        # report mostly this machine's CPU: fetch the files on a worker meanwhile. Only that
        # worker talks to PRO until it is done; the rendering reads the journal.
        downloads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="carrier-manifests")
        try:
            fetching = downloads.submit(self._carrier_manifests, info.opened_at)
            sheets = self._driver_sheets(manifested, info.station, now)
            exceptions = plan.exceptions + tuple(
                _exception(records[o.reference], Sentence("manifest failed: %1", o.message))
                for o in failed
            )
            report = self._shift_report(info, exceptions, now)
            sheets_pdf = self._documents.driver_sheets(sheets)
            report_pdf = self._documents.shift_report(report)
            carrier_manifests = self._fetched(fetching)
        finally:
            # Not waiting: a download past its wait only reads, and ends at its own timeout.
            downloads.shutdown(wait=False, cancel_futures=True)
        return CloseResult(
            manifested, failed, plan.exceptions, sheets_pdf, report_pdf, carrier_manifests
        )

    def _fetched(self, fetching: Future[list[NamedPdf]]) -> tuple[NamedPdf, ...]:
        try:
            return tuple(fetching.result(timeout=self._carrier_manifests_wait_s))
        except TimeoutError:
            logger.warning(
                "customer manifests not fetched within %.0f s; closing without them",
                self._carrier_manifests_wait_s,
            )
            return ()

    def _driver_sheets(
        self, manifested: tuple[PackRecord, ...], station: str, now: datetime
    ) -> list[DriverSheet]:
        by_carrier: dict[str, list[ManifestLine]] = defaultdict(list)
        for record in manifested:
            by_carrier[record.carrier or "Unknown carrier"].append(_manifest_line(record))
        return [
            DriverSheet(carrier, station, self._location, now, tuple(lines))
            for carrier, lines in sorted(by_carrier.items())
        ]

    def _shift_report(
        self, info: ShiftInfo, exceptions: tuple[ShiftException, ...], now: datetime
    ) -> ShiftReport:
        packs = [r for r in self._journal.shift_packs() if r.stage is not PackStage.VOIDED]
        hours: dict[datetime, int] = defaultdict(int)
        carriers: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for record in packs:
            when = record.printed_at or record.updated_at
            hours[when.replace(minute=0, second=0, microsecond=0)] += 1
            carriers[record.carrier or "not allocated"][0] += 1
            carriers[record.carrier or "not allocated"][1] += record.parcel_count
        return ShiftReport(
            station=info.station,
            location=self._location,
            opened_at=info.opened_at,
            opened_by=info.opened_by,
            closed_at=now,
            packs_per_hour=tuple(sorted(hours.items())),
            per_carrier=tuple(CarrierTotal(c, n, p) for c, (n, p) in sorted(carriers.items())),
            reprints=info.reprints,
            voids=info.voids,
            exceptions=exceptions,
        )

    def _carrier_manifests(self, since: datetime) -> list[NamedPdf]:
        try:
            return self._api.customer_manifests(self._location, since)
        except UserFacingError as error:
            logger.warning("customer manifests could not be fetched: %s", error)
            return []


def _not_sent(error: UserFacingError) -> str:
    """Say what to do when the manifest call did not reach PRO, or PRO refused it all."""
    action = RETRY_WHEN_BACK if error.retryable else CHECK_THEN_RETRY
    return Sentence("%1 %2", with_full_stop(str(error)), action)


def _refused(reason: str) -> str:
    """Say what to do when PRO answered for this consignment and did not manifest it."""
    return Sentence(
        "SortedPRO did not manifest it: %1 %2", with_full_stop(reason), CHECK_THEN_RETRY
    )


def _not_manifested(error: UserFacingError) -> str:
    """Say what to do when the answer was lost and PRO shows it not manifested."""
    return Sentence(
        "%1 SortedPRO shows it is not manifested, so it is safe to send again. %2",
        with_full_stop(str(error)),
        RETRY_WHEN_BACK,
    )


def _may_still_land(error: UserFacingError) -> str:
    """Say what to do when the answer was lost and the call may still land at PRO."""
    return Sentence(
        "%1 SortedPRO does not show it manifested yet, but it may still be doing it. %2",
        with_full_stop(str(error)),
        RETRY_IN_A_MOMENT,
    )


def _unknown(error: UserFacingError) -> str:
    """Say what to do when PRO could not be asked whether a manifest took effect."""
    return Sentence(
        "Whether it was manifested is not known yet: SortedPRO could not be asked (%1). %2",
        without_full_stop(with_full_stop(str(error))),
        RETRY_IN_A_MOMENT,
    )


def _exception(record: PackRecord, problem: str) -> ShiftException:
    return ShiftException(record.reference, record.customer_reference, problem)


def _manifest_line(record: PackRecord) -> ManifestLine:
    return ManifestLine(
        record.reference,
        record.customer_reference,
        record.service or "",
        record.tracking_numbers,
        record.parcel_count,
        record.weight_kg if record.weight_kg is not None else Decimal(0),
    )
