"""What the journal remembers of a pack, as the engine reads it back.

A pack moves forward through :class:`PackStage`; the journal keeps every step as a row of its own
(nothing is ever deleted), and :class:`PackRecord` is the latest state of one consignment in the
current shift. :class:`Intent` is a create / select / pack / allocate call recorded before it was
sent, so that after a crash or a lost answer the engine can find out what happened.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from packstation.domain.moments import as_utc


class PackStage(enum.IntEnum):
    """How far a pack got, in order; a pack only ever moves to a higher stage (or is voided)."""

    FOUND = 10
    ALLOCATED = 20
    LABELS_STORED = 30
    PRINT_FAILED = 40
    PRINT_UNCONFIRMED = 50
    PRINTED = 60
    READY_TO_SHIP = 70
    MANIFEST_SENT = 75
    """A manifest call went out for it and no answer came back (yet)."""
    MANIFESTED = 80
    VOIDED = 90


class IntentAction(enum.Enum):
    """Calls that create or allocate something, and so are never sent twice blindly."""

    CREATE_CONSIGNMENT = "create consignment"
    SELECT_OPTION = "select option"
    PACK_ORDER = "pack order"
    ALLOCATE = "allocate"


class IntentOutcome(enum.Enum):
    """What became of an intent."""

    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


@dataclass(frozen=True)
class Intent:
    """A call recorded before it was sent."""

    id: int
    action: IntentAction
    target: str
    """What the call acts on: the consignment, option or order reference."""
    client_reference: str
    """The reference PRO will carry, to look the result up by after a lost answer."""
    created_at: datetime
    outcome: IntentOutcome = IntentOutcome.PENDING
    result_reference: str | None = None


@dataclass(frozen=True)
class PackRecord:
    """The latest state of one consignment's pack in this shift."""

    reference: str
    customer_reference: str
    stage: PackStage
    carrier: str | None
    service: str | None
    tracking_numbers: tuple[str, ...]
    parcel_count: int
    printed_labels: frozenset[int]
    updated_at: datetime
    message: str = ""
    printed_at: datetime | None = None
    """When the labels first came out (confirmed or sent): the pack's time for hourly counts."""
    weight_kg: Decimal | None = None

    @property
    def counts_as_packed(self) -> bool:
        """Whether its labels came out of a printer (printed or sent) and it was not voided."""
        return self.printed_at is not None and self.stage is not PackStage.VOIDED

    @property
    def labels_missing(self) -> tuple[int, ...]:
        """0-based indices of the labels not known printed."""
        return tuple(i for i in range(self.parcel_count) if i not in self.printed_labels)


@dataclass(frozen=True)
class ShiftGlance:
    """What a packer glances at between parcels: the newest packs and two counts."""

    newest: tuple[PackRecord, ...]
    """The shift's latest started packs, newest first."""
    packed: int
    """Packs of the shift whose labels came out (printed or sent) and that were not voided."""
    packed_since: int
    """Of those, the ones whose labels first came out after the time asked about."""


def shift_glance_of(records: Sequence[PackRecord], newest: int, since: datetime) -> ShiftGlance:
    """Count ``records`` (a shift's packs, newest first) the way the journal's glance does."""
    packed = [record for record in records if record.counts_as_packed]
    since = as_utc(since)
    return ShiftGlance(
        tuple(records[:newest]),
        len(packed),
        sum(1 for r in packed if r.printed_at is not None and as_utc(r.printed_at) > since),
    )


@dataclass(frozen=True)
class ShiftInfo:
    """Who opened the station's current shift and when."""

    id: int
    station: str
    opened_by: str
    opened_at: datetime
    reprints: int = 0
    voids: int = 0
