"""The journal as the packing engine sees it: :class:`~packstation.domain.ports.PackJournal`.

The engine speaks of consignments and stages; the journal of shifts, packs, label sets, print
jobs and manifest attempts. This adapter keeps the station's current shift (opening one when
there is none), finds the pack of a consignment in it, and maps each engine event to the journal
write that records it. Stages the journal derives itself (labels stored, printed, manifested)
are not written twice: they follow from the label, print-job and manifest rows.

Writes of one step share one transaction (one fsync): a new pack with its allocation, and fresh
labels with the print job that sends them. Nothing of a step is committed without the rest.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from packstation.domain.labels import LabelFile, LabelLanguage, PrintReport, PrintState
from packstation.domain.ports import BulkOutcome
from packstation.domain.records import (
    Intent,
    IntentAction,
    IntentOutcome,
    PackRecord,
    PackStage,
    ShiftGlance,
    ShiftInfo,
)
from packstation.domain.shipment import Shipment
from packstation.journal import records as j
from packstation.journal.journal import Journal

_INTENT_KINDS = {
    IntentAction.CREATE_CONSIGNMENT: j.IntentKind.CREATE_CONSIGNMENT,
    IntentAction.SELECT_OPTION: j.IntentKind.SELECT_DELIVERY_OPTION,
    IntentAction.PACK_ORDER: j.IntentKind.PACK_ORDER,
    IntentAction.ALLOCATE: j.IntentKind.ALLOCATE,
}
_INTENT_ACTIONS = {kind: action for action, kind in _INTENT_KINDS.items()}
_OUTCOMES = {
    IntentOutcome.SUCCEEDED: j.IntentOutcome.SUCCEEDED,
    IntentOutcome.FAILED: j.IntentOutcome.FAILED,
    IntentOutcome.PENDING: j.IntentOutcome.UNKNOWN,
}
_STAGES = {
    j.PackStage.STARTED: PackStage.FOUND,
    j.PackStage.ALLOCATION_FAILED: PackStage.FOUND,
    j.PackStage.ALLOCATED: PackStage.ALLOCATED,
    j.PackStage.LABELS_STORED: PackStage.LABELS_STORED,
    j.PackStage.PRINT_FAILED: PackStage.PRINT_FAILED,
    j.PackStage.PRINT_UNCONFIRMED: PackStage.PRINT_UNCONFIRMED,
    j.PackStage.PRINTED: PackStage.PRINTED,
    j.PackStage.READY_FAILED: PackStage.PRINTED,
    j.PackStage.READY_TO_SHIP: PackStage.READY_TO_SHIP,
    j.PackStage.MANIFEST_FAILED: PackStage.READY_TO_SHIP,
    j.PackStage.MANIFEST_SENT: PackStage.MANIFEST_SENT,
    j.PackStage.MANIFESTED: PackStage.MANIFESTED,
    j.PackStage.VOIDED: PackStage.VOIDED,
}
_PRINT_OUTCOMES = {
    PrintState.CONFIRMED: j.PrintOutcome.CONFIRMED,
    PrintState.SENT_UNCONFIRMED: j.PrintOutcome.SENT_UNCONFIRMED,
    PrintState.FAILED: j.PrintOutcome.FAILED,
}
_NO_CLIENT_REFERENCE = (IntentAction.SELECT_OPTION, IntentAction.ALLOCATE)
"""Actions whose intents may lack a reference to search by; the target stands in for it."""
_DERIVED_STAGES = (
    PackStage.LABELS_STORED,
    PackStage.PRINT_FAILED,
    PackStage.PRINT_UNCONFIRMED,
    PackStage.PRINTED,
)
"""Stages the journal computes from its label and print-job rows: nothing to write for them."""


class EngineJournal:
    """The engine's journal port over :class:`~packstation.journal.journal.Journal`."""

    def __init__(self, journal: Journal, *, station: str, operator: str, location: str) -> None:
        self._journal = journal
        self._station = station
        self._operator = operator
        self._location = location
        self._shift: j.ShiftRecord | None = None
        self._lock = threading.Lock()

    # -- the shift --------------------------------------------------------------------------

    def _shift_id(self) -> int:
        with self._lock:
            if self._shift is None or not self._shift.is_open:
                current = self._journal.current_shift()
                self._shift = current or self._journal.open_shift(self._operator, self._location)
            return self._shift.shift_id

    def shift_info(self) -> ShiftInfo:
        """Return the current shift with its reprint and void counts."""
        shift = self._journal.shift(self._shift_id())
        counts = self._journal.shift_counts(shift.shift_id)
        return ShiftInfo(
            shift.shift_id,
            self._station,
            shift.opened_by,
            shift.opened_at,
            counts.reprints,
            counts.voids,
        )

    def close_shift(self, closed_by: str) -> None:
        """Close the current shift; the next event opens a new one."""
        self._journal.close_shift(self._shift_id(), closed_by)
        with self._lock:
            self._shift = None

    # -- scans and intents ------------------------------------------------------------------

    def record_scan(self, text: str, kind: str, result: str) -> None:
        """Remember a scan and what the engine made of it."""
        self._journal.record_scan(self._shift_id(), text, kind, "handled", message=result)

    def record_intent(self, action: IntentAction, target: str, client_reference: str) -> Intent:
        """Remember a call before it is sent."""
        record = self._journal.record_intent(
            self._shift_id(),
            _INTENT_KINDS[action],
            client_reference or target,
            subject_reference=target,
        )
        return _intent(record)

    def resolve_intent(
        self, intent_id: int, outcome: IntentOutcome, result_reference: str | None, message: str
    ) -> None:
        """Remember what became of a call."""
        self._journal.record_intent_outcome(
            intent_id, _OUTCOMES[outcome], result_reference=result_reference, detail=message
        )

    def created_by(
        self, action: IntentAction, target: str, *, any_shift: bool = False
    ) -> list[str]:
        """Return what succeeded ``action`` calls on ``target`` made, oldest first.

        The calls of this shift, or of every shift the journal holds with ``any_shift``.
        """
        shift_id = None if any_shift else self._shift_id()
        return self._journal.intent_results(shift_id, _INTENT_KINDS[action], target)

    def pending_intents(self) -> list[Intent]:
        """Return every call, of any shift, still without a known outcome."""
        return [_intent(record) for record in self._journal.open_intents()]

    # -- packs ------------------------------------------------------------------------------

    def _pack(self, shipment_or_reference: Shipment | str) -> j.PackRecord:
        if isinstance(shipment_or_reference, Shipment):
            reference = shipment_or_reference.reference
            customer_reference = shipment_or_reference.customer_reference or None
        else:
            reference, customer_reference = shipment_or_reference, None
        shift_id = self._shift_id()
        found = self._journal.pack_for_consignment(shift_id, reference)
        if found is not None and found.stage is not j.PackStage.VOIDED:
            return found
        return self._journal.start_pack(shift_id, reference, customer_reference=customer_reference)

    def record_stage(self, shipment: Shipment, stage: PackStage, message: str = "") -> None:
        """Record the engine events the journal does not derive by itself.

        They are what SortedPRO already holds (a consignment found, allocated, ready to ship),
        read from it again at the next scan: written without waiting for the disk, which the
        next intent or print job does for them.
        """
        if stage in _DERIVED_STAGES:
            return
        with self._journal.batch(durable=False):
            self._record_stage(shipment, stage, message)

    def _record_stage(self, shipment: Shipment, stage: PackStage, message: str) -> None:
        self._record_stage_of(self._pack(shipment), shipment, stage, message)

    def _record_stage_of(
        self, pack: j.PackRecord, shipment: Shipment, stage: PackStage, message: str
    ) -> None:
        if stage is PackStage.ALLOCATED and pack.stage in (
            j.PackStage.STARTED,
            j.PackStage.ALLOCATION_FAILED,
        ):
            self._journal.record_allocation(
                pack.pack_id,
                carrier=shipment.carrier,
                service=shipment.service,
                service_reference=shipment.service_reference,
                tracking_numbers=shipment.tracking_numbers,
                packages=[
                    j.PackageRecord(
                        float(parcel.weight_kg or 0),
                        parcel.tracking_numbers[0] if parcel.tracking_numbers else None,
                    )
                    for parcel in shipment.parcels
                ],
            )
        elif stage is PackStage.READY_TO_SHIP:
            self._journal.record_ready_to_ship(pack.pack_id, succeeded=True, detail=message or None)
        elif stage is PackStage.VOIDED:
            self._journal.void_pack(pack.pack_id, message or "voided")

    def record_void(self, reference: str, reason: str) -> None:
        """Remember that a pack was voided."""
        self._journal.void_pack(self._pack(reference).pack_id, reason, voided_by=self._operator)

    def find_pack(self, reference: str) -> PackRecord | None:
        """Return the pack of ``reference`` in the current shift, if any."""
        found = self._journal.pack_for_consignment(self._shift_id(), reference)
        if found is None:
            return None
        summary = self._journal.print_summaries(pack_id=found.pack_id).get(found.pack_id)
        return self._record(found, summary)

    def shift_packs(self) -> list[PackRecord]:
        """Return every pack of the current shift, newest first."""
        shift_id = self._shift_id()
        packs = self._journal.shift_packs(shift_id)
        summaries = self._journal.print_summaries(shift_id=shift_id)
        return [
            self._record(pack, summaries.get(pack.pack_id))
            for pack in sorted(packs, key=lambda p: -p.pack_id)
        ]

    def packs_with_customer_reference(self, customer_reference: str) -> list[PackRecord]:
        """Return the current shift's packs carrying the shop's own reference, newest first."""
        found = self._journal.packs_with_customer_reference(self._shift_id(), customer_reference)
        return [self._record(pack, summary) for pack, summary in reversed(found)]

    def shift_glance(self, newest: int, since: datetime) -> ShiftGlance:
        """Return the shift's ``newest`` latest packs and its counts of packs (in all, since)."""
        shift_id = self._shift_id()
        packs = self._journal.newest_packs(shift_id, newest)
        packed, packed_since = self._journal.packed_counts(shift_id, since)
        return ShiftGlance(
            tuple(self._record(pack, summary) for pack, summary in packs), packed, packed_since
        )

    @staticmethod
    def _record(pack: j.PackRecord, summary: j.PrintSummary | None) -> PackRecord:
        return PackRecord(
            reference=pack.consignment_reference,
            customer_reference=pack.customer_reference or "",
            stage=_STAGES[pack.stage],
            carrier=pack.carrier,
            service=pack.service,
            tracking_numbers=pack.tracking_numbers,
            parcel_count=len(pack.packages) or pack.label_count,
            printed_labels=summary.printed_labels if summary else frozenset(),
            updated_at=pack.stage_at,
            message=pack.stage_note or "",
            printed_at=summary.first_printed_at if summary else None,
            weight_kg=_decimal_kg(pack.total_weight_kg),
        )

    # -- labels and print jobs --------------------------------------------------------------

    def store_labels(self, reference: str, labels: LabelFile) -> None:
        """Keep the label bytes exactly as received."""
        with self._journal.batch():
            self._store_labels(self._pack(reference), labels)

    def _store_labels(self, pack: j.PackRecord, labels: LabelFile, at_least: int = 1) -> int:
        return self._journal.store_labels(
            pack.pack_id,
            j.LabelFormat(labels.language.value),
            [labels.data],
            label_count=max(len(pack.packages), at_least, 1),
            dpi=labels.dpi,
        )

    def stored_labels(self, reference: str) -> LabelFile | None:
        """Return the latest stored labels of ``reference`` in this shift."""
        found = self._journal.pack_for_consignment(self._shift_id(), reference)
        stored = None if found is None else self._journal.stored_labels(found.pack_id)
        if stored is None:
            return None
        return LabelFile(
            b"".join(stored.documents), LabelLanguage(stored.label_format.value), stored.dpi
        )

    def begin_print(
        self,
        reference: str,
        printer: str,
        indices: Sequence[int],
        reprint_reason: str | None = None,
        *,
        labels: LabelFile | None = None,
        allocated: Shipment | None = None,
    ) -> int:
        """Record a print job before it is sent: of ``labels`` (stored with it) or the stored."""
        with self._journal.batch():
            pack = self._pack(allocated or reference)
            if allocated is not None:
                self._record_stage_of(pack, allocated, PackStage.ALLOCATED, "")
            if labels is not None:
                # The job prints one label per index: the set holds at least that many, even
                # when the parcels recorded earlier came from an answer that listed none.
                parcels = len(allocated.parcels) if allocated is not None else 0
                label_set_id = self._store_labels(
                    pack, labels, at_least=max(max(indices, default=-1) + 1, parcels)
                )
            else:
                stored = self._journal.stored_labels(pack.pack_id)
                if stored is None:
                    raise LookupError(f"{reference} has no stored labels to print")
                label_set_id = stored.label_set_id
            return self._journal.start_print_job(
                pack.pack_id, label_set_id, printer, indices, reprint_reason=reprint_reason
            )

    def finish_print(self, job_id: int, report: PrintReport) -> None:
        """Record the printer's answer, label by label."""
        came_out = (
            j.PrintOutcome.SENT_UNCONFIRMED
            if report.state is PrintState.SENT_UNCONFIRMED
            else j.PrintOutcome.CONFIRMED  # a failed job's printed labels were seen printed
        )
        per_label = {index: came_out for index in report.printed}
        per_label.update({index: j.PrintOutcome.FAILED for index in report.not_printed})
        self._journal.finish_print_job(
            job_id,
            _PRINT_OUTCOMES[report.state],
            reason=report.message or None,
            label_outcomes=per_label,
        )

    def record_document_print(self, reference: str, name: str, report: PrintReport) -> None:
        """Record a customs document sent to the document printer."""
        self._journal.record_customs_document(
            self._pack(reference).pack_id,
            name,
            report.printer,
            _PRINT_OUTCOMES[report.state],
            reason=report.message or None,
        )

    # -- manifests --------------------------------------------------------------------------

    def begin_manifest(self, references: Sequence[str] | None) -> int:
        """Record a manifest call before it is sent (``None``: the location by query)."""
        if references is None:
            return self._journal.start_manifest_from_query(self._shift_id())
        return self._journal.start_manifest(self._shift_id(), references)

    def finish_manifest(
        self, attempt_id: int, outcomes: Sequence[BulkOutcome], error: str | None = None
    ) -> None:
        """Record PRO's answer consignment by consignment."""
        results = [j.ManifestResult(o.reference, o.succeeded, o.message) for o in outcomes]
        self._journal.record_manifest_answer(attempt_id, results, error=error)


def _intent(record: j.IntentRecord) -> Intent:
    action = _INTENT_ACTIONS[record.kind]
    target = record.subject_reference or record.client_reference
    client_reference = record.client_reference
    if action in _NO_CLIENT_REFERENCE and client_reference == target:
        client_reference = ""
    outcome = (
        {
            j.IntentOutcome.SUCCEEDED: IntentOutcome.SUCCEEDED,
            j.IntentOutcome.FAILED: IntentOutcome.FAILED,
        }.get(record.outcome, IntentOutcome.PENDING)
        if record.outcome
        else IntentOutcome.PENDING
    )
    return Intent(
        record.intent_id,
        action,
        target,
        client_reference,
        record.created_at,
        outcome,
        record.result_reference,
    )


def _decimal_kg(value: float) -> Decimal:
    return Decimal(str(round(value, 3)))
