"""Closing the shift: exceptions first, then manifest the rest in batches, then the paperwork.

Only packs whose labels are confirmed printed (or that the lead checked by hand) are manifested.
Manifesting hands data to the carriers, so it is never repeated blindly: each batch is an intent,
and a lost answer is settled by re-reading each consignment's state. Failures are kept so that
only they are retried when the lead asks.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from packstation.domain.ports import (
    BulkOutcome,
    Clock,
    NamedPdf,
    PackJournal,
    ShiftDocuments,
    ShippingApi,
)
from packstation.domain.records import PackRecord, PackStage, ShiftInfo
from packstation.domain.shift import (
    CarrierTotal,
    DriverSheet,
    ManifestLine,
    ShiftException,
    ShiftReport,
)
from packstation.domain.shipment import ShipmentState
from packstation.errors import UserFacingError
from packstation.services.never_twice import may_have_happened

logger = logging.getLogger(__name__)

BATCH_SIZE = 50
Progress = Callable[[int, int], None]

_MANIFESTABLE = (PackStage.READY_TO_SHIP, PackStage.PRINTED, PackStage.MANIFEST_SENT)
_EXCEPTION_TEXT = {
    PackStage.FOUND: "never allocated",
    PackStage.ALLOCATED: "allocated but never printed",
    PackStage.LABELS_STORED: "allocated but never printed",
    PackStage.PRINT_FAILED: "label printing failed",
    PackStage.PRINT_UNCONFIRMED: "label sent but never confirmed printed",
}


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
    ) -> None:
        self._api = api
        self._journal = journal
        self._documents = documents
        self._clock = clock
        self._location = location
        self._batch_size = batch_size

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
        """Manifest the plan's packs in batches and produce the driver sheets and shift report."""
        records = {record.reference: record for record in plan.to_manifest}
        self._set_ready(list(records.values()))
        outcomes: list[BulkOutcome] = []
        batch_records = list(records.values())
        total = len(batch_records)
        for start in range(0, total, self._batch_size):
            outcomes += self._manifest_batch(batch_records[start : start + self._batch_size])
            if progress is not None:
                progress(min(start + self._batch_size, total), total)
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

    def _manifest_batch(self, batch: list[PackRecord]) -> list[BulkOutcome]:
        references = [record.reference for record in batch]
        attempt_id = self._journal.begin_manifest(references)
        already, to_send = self._already_manifested(batch)
        try:
            answered = self._api.manifest(to_send) if to_send else []
        except UserFacingError as error:
            if not may_have_happened(error):
                failed = [BulkOutcome(reference, False, str(error)) for reference in to_send]
                self._journal.finish_manifest(attempt_id, already + failed, str(error))
                return already + failed
            answered = self._states_after_loss(to_send, error)
        by_reference = {outcome.reference: outcome for outcome in [*already, *answered]}
        outcomes = [
            by_reference.get(reference, BulkOutcome(reference, False, "no answer for it"))
            for reference in references
        ]
        self._journal.finish_manifest(attempt_id, outcomes)
        return outcomes

    def _already_manifested(self, batch: list[PackRecord]) -> tuple[list[BulkOutcome], list[str]]:
        """Split off packs whose earlier manifest answer was lost but PRO shows manifested."""
        already: list[BulkOutcome] = []
        to_send: list[str] = []
        for record in batch:
            if record.stage is PackStage.MANIFEST_SENT:
                state = self._api.get_shipment(record.reference).state
                if state.is_manifested or state is ShipmentState.MANIFESTING:
                    note = "already manifested (the earlier answer was lost)"
                    already.append(BulkOutcome(record.reference, True, note))
                    continue
            to_send.append(record.reference)
        return already, to_send

    def _states_after_loss(self, batch: list[str], error: UserFacingError) -> list[BulkOutcome]:
        outcomes = []
        for reference in batch:
            try:
                state = self._api.get_shipment(reference).state
            except UserFacingError as second:
                outcomes.append(BulkOutcome(reference, False, f"unknown after loss: {second}"))
                continue
            done = state in (
                ShipmentState.MANIFESTED,
                ShipmentState.MANIFESTING,
                ShipmentState.SHIPPED,
            )
            outcomes.append(BulkOutcome(reference, done, "manifested" if done else str(error)))
        return outcomes

    def _result(
        self, plan: ClosePlan, records: dict[str, PackRecord], outcomes: list[BulkOutcome]
    ) -> CloseResult:
        manifested = tuple(records[o.reference] for o in outcomes if o.succeeded)
        failed = tuple(o for o in outcomes if not o.succeeded)
        now = self._clock.now()
        info = self._journal.shift_info()
        sheets = self._driver_sheets(manifested, info.station, now)
        exceptions = plan.exceptions + tuple(
            _exception(records[o.reference], f"manifest failed: {o.message}") for o in failed
        )
        report = self._shift_report(info, exceptions, now)
        return CloseResult(
            manifested,
            failed,
            plan.exceptions,
            self._documents.driver_sheets(sheets),
            self._documents.shift_report(report),
            tuple(self._carrier_manifests(info.opened_at)),
        )

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
