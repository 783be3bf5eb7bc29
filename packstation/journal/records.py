"""Plain records the journal hands out and takes in.

Nothing here knows about sqlite: these are frozen dataclasses and string enums, so the services
layer can mirror them in its journal port (or reuse them) without touching the adapter. Times are
timezone-aware ``datetime`` values in UTC; weights are kilograms; label indices count from 0.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class LabelFormat(enum.Enum):
    """The formats PRO delivers labels in (``ZPLII`` is stored as ``ZPL``)."""

    PDF = "PDF"
    PNG = "PNG"
    ZPL = "ZPL"


class IntentKind(enum.Enum):
    """Calls that create or allocate something at PRO and so must never be sent twice blindly."""

    CREATE_CONSIGNMENT = "create_consignment"
    SELECT_DELIVERY_OPTION = "select_delivery_option"
    PACK_ORDER = "pack_order"
    ALLOCATE = "allocate"


class IntentOutcome(enum.Enum):
    """What became of an intent; ``UNKNOWN`` (lost response) keeps it open for recovery."""

    SUCCEEDED = "succeeded"
    FAILED = "failed"
    UNKNOWN = "unknown"


class PrintOutcome(enum.Enum):
    """What a printer did with a job; a job with no outcome yet counts as sent-unconfirmed."""

    CONFIRMED = "confirmed"
    SENT_UNCONFIRMED = "sent_unconfirmed"
    FAILED = "failed"


class PackStage(enum.Enum):
    """How far a pack got; each stage change is kept in the pack's stage history.

    Stages in one group (allocation, print, ready, manifest) replace each other in any order until
    the group's success is reached; a later group is never undone by an event of an earlier one.
    """

    STARTED = "started"
    ALLOCATION_FAILED = "allocation_failed"
    ALLOCATED = "allocated"
    LABELS_STORED = "labels_stored"
    PRINT_FAILED = "print_failed"
    PRINT_UNCONFIRMED = "print_unconfirmed"
    PRINTED = "printed"
    READY_FAILED = "ready_failed"
    READY_TO_SHIP = "ready_to_ship"
    MANIFEST_FAILED = "manifest_failed"
    MANIFEST_SENT = "manifest_sent"
    MANIFESTED = "manifested"
    VOIDED = "voided"


RECOVERY_STAGES = frozenset(
    {
        PackStage.ALLOCATED,
        PackStage.LABELS_STORED,
        PackStage.PRINT_FAILED,
        PackStage.PRINT_UNCONFIRMED,
        PackStage.PRINTED,
        PackStage.READY_FAILED,
        PackStage.MANIFEST_SENT,
    }
)
"""Stages that leave a pack between two steps: start-up recovery reconciles these with PRO."""

EXCEPTION_STAGES = frozenset(
    {
        PackStage.ALLOCATION_FAILED,
        PackStage.ALLOCATED,
        PackStage.LABELS_STORED,
        PackStage.PRINT_FAILED,
        PackStage.PRINT_UNCONFIRMED,
        PackStage.PRINTED,
        PackStage.READY_FAILED,
    }
)
"""Stages shown first at closing: not printed, print unsure, allocation failed, not ready."""

MANIFESTABLE_STAGES = frozenset({PackStage.READY_TO_SHIP, PackStage.MANIFEST_FAILED})
"""Stages a close-shift manifest run picks up."""


@dataclass(frozen=True)
class ShiftRecord:
    """One shift of the station: who opened it and, once closed, who closed it."""

    shift_id: int
    location_reference: str
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None = None
    closed_by: str | None = None

    @property
    def is_open(self) -> bool:
        """Whether the shift has not been closed yet."""
        return self.closed_at is None


@dataclass(frozen=True)
class ScanRecord:
    """One scan as the bench saw it: the cleaned text, what it was, and what came of it."""

    scan_id: int
    shift_id: int
    scanned_at: datetime
    code: str
    kind: str
    result: str
    message: str | None = None
    pack_id: int | None = None


@dataclass(frozen=True)
class IntentRecord:
    """A create/select/pack/allocate call announced before it was sent, with its latest outcome."""

    intent_id: int
    shift_id: int
    kind: IntentKind
    client_reference: str
    created_at: datetime
    subject_reference: str | None = None
    pack_id: int | None = None
    outcome: IntentOutcome | None = None
    outcome_at: datetime | None = None
    result_reference: str | None = None
    detail: str | None = None

    @property
    def is_open(self) -> bool:
        """Whether recovery still has to find out what happened (no outcome, or unknown)."""
        return self.outcome is None or self.outcome is IntentOutcome.UNKNOWN


@dataclass(frozen=True)
class PackageRecord:
    """One parcel of a pack: its weight and, once allocated, its tracking number."""

    weight_kg: float
    tracking_number: str | None = None


@dataclass(frozen=True)
class PackRecord:
    """A consignment handled by the station in a shift, summarised with its latest state.

    ``carrier``, ``service``, tracking numbers and packages come from the latest allocation;
    ``print_outcome`` is the latest print job's outcome (``None`` while nothing was sent and
    ``SENT_UNCONFIRMED`` while a job has no answer yet).
    """

    pack_id: int
    shift_id: int
    consignment_reference: str
    customer_reference: str | None
    started_at: datetime
    stage: PackStage
    stage_at: datetime
    stage_note: str | None = None
    carrier: str | None = None
    service: str | None = None
    service_reference: str | None = None
    tracking_numbers: tuple[str, ...] = ()
    packages: tuple[PackageRecord, ...] = ()
    label_count: int = 0
    print_outcome: PrintOutcome | None = None
    print_reason: str | None = None
    reprint_count: int = 0

    @property
    def total_weight_kg(self) -> float:
        """Sum of the package weights."""
        return sum(package.weight_kg for package in self.packages)


@dataclass(frozen=True)
class StoredLabels:
    """The label documents of a pack exactly as PRO sent them, for a reprint."""

    label_set_id: int
    pack_id: int
    label_format: LabelFormat
    dpi: int | None
    label_count: int
    documents: tuple[bytes, ...]
    stored_at: datetime


@dataclass(frozen=True)
class PrintSummary:
    """Which labels of a pack's latest label set came out of a printer, and when one first did."""

    printed_labels: frozenset[int]
    first_printed_at: datetime | None


@dataclass(frozen=True)
class PrintJobRecord:
    """One job sent to a printer and what the printer did with it."""

    print_job_id: int
    pack_id: int
    label_set_id: int
    printer_url: str
    label_indices: tuple[int, ...]
    started_at: datetime
    outcome: PrintOutcome | None = None
    reason: str | None = None
    finished_at: datetime | None = None
    reprint_reason: str | None = None


@dataclass(frozen=True)
class ManifestResult:
    """PRO's answer for one consignment of a manifest attempt."""

    consignment_reference: str
    succeeded: bool
    message: str | None = None


@dataclass(frozen=True)
class ManifestAttemptRecord:
    """A manifest call: which consignments were sent and, once answered, what PRO said."""

    attempt_id: int
    shift_id: int
    started_at: datetime
    by_query: bool
    consignment_references: tuple[str, ...]
    answered_at: datetime | None = None
    error: str | None = None
    results: tuple[ManifestResult, ...] = ()

    @property
    def is_answered(self) -> bool:
        """Whether PRO's answer (or a definite failure) was recorded."""
        return self.answered_at is not None


@dataclass(frozen=True)
class HourCount:
    """Packs started within one hour (``hour_start`` is in the time zone asked for)."""

    hour_start: datetime
    packs: int


@dataclass(frozen=True)
class ShiftCounts:
    """Figures for the shift report; voided packs are left out of the pack counts."""

    packs: int
    per_hour: tuple[HourCount, ...]
    per_carrier: dict[str, int]
    reprints: int
    voids: int
    scans: int
    exceptions: int


@dataclass(frozen=True)
class StageChange:
    """One entry of a pack's stage history."""

    at: datetime
    stage: PackStage
    note: str | None = None
