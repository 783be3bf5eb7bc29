"""What the journal remembers of a pack, as the engine reads it back.

A pack moves forward through :class:`PackStage`; the journal keeps every step as a row of its own
(nothing is ever deleted), and :class:`PackRecord` is the latest state of one consignment in the
current shift. :class:`Intent` is a create / select / pack / allocate call recorded before it was
sent, so that after a crash or a lost answer the engine can find out what happened.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


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
    def labels_missing(self) -> tuple[int, ...]:
        """0-based indices of the labels not known printed."""
        return tuple(i for i in range(self.parcel_count) if i not in self.printed_labels)


@dataclass(frozen=True)
class ShiftInfo:
    """Who opened the station's current shift and when."""

    id: int
    station: str
    opened_by: str
    opened_at: datetime
    reprints: int = 0
    voids: int = 0
