"""The pack session: where the current pack stands and what the bench should show.

Every engine call returns a :class:`PackView`, a complete picture for the screen: the stage, a tone
for the banner and sound, a message in plain words, the next action, and whatever the packer must
look at or choose from. The GUI renders it; it never derives state of its own.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from packstation.domain.choices import ServiceChoice
from packstation.domain.labels import LabelFile, PrintReport
from packstation.domain.orders import Order
from packstation.domain.shipment import Shipment, ShipmentHit


class Stage(enum.Enum):
    """Where the current pack stands."""

    IDLE = "ready to scan"
    CHOOSE_SHIPMENT = "choose the shipment"
    CONFIRM_PARCELS = "confirm the parcels"
    CHOOSE_SERVICE = "choose a service"
    CONFIRM_OPTION = "confirm the delivery option"
    PACK_ORDER = "pack the order"
    PRINT_FAILED = "labels not printed"
    DONE = "done"
    ALREADY_DONE = "already done"
    REFUSED = "refused"
    FAILED = "failed"

    @property
    def waits_for_packer(self) -> bool:
        """Whether the engine is waiting for the packer to decide something."""
        return self in (
            Stage.CHOOSE_SHIPMENT,
            Stage.CONFIRM_PARCELS,
            Stage.CHOOSE_SERVICE,
            Stage.CONFIRM_OPTION,
            Stage.PACK_ORDER,
            Stage.PRINT_FAILED,
        )


class Tone(enum.Enum):
    """How the banner looks and which sound plays (always with words and an icon)."""

    INFO = "info"
    SUCCESS = "success"
    ATTENTION = "attention"
    FAILURE = "failure"


@dataclass(frozen=True)
class PackView:
    """Everything the screen shows after an engine step."""

    stage: Stage
    tone: Tone
    message: str
    next_action: str = ""
    shipment: Shipment | None = None
    hits: tuple[ShipmentHit, ...] = ()
    choices: tuple[ServiceChoice, ...] = ()
    order: Order | None = None
    labels: LabelFile | None = None
    print_report: PrintReport | None = None
    problems: tuple[str, ...] = ()
    details: dict[str, str] = field(default_factory=dict)


def idle(message: str = "Scan an order, shipment or tracking barcode.") -> PackView:
    """Return the view of a bench waiting for the next scan."""
    return PackView(Stage.IDLE, Tone.INFO, message, "Scan the next parcel.")
