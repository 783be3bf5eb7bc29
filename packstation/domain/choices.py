"""Things a packer or a counter clerk chooses between: quotes, delivery options, pickup points.

All of them become :class:`ServiceChoice` rows so that one table (digits 1-9, arrows, Enter) can
show any of them: price, carrier, service, promised date and window, cut-off.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from packstation.domain.shipment import DeliveryPromise, Shipment


class ChoiceKind(enum.Enum):
    """Where a choice came from, which decides how it is taken."""

    QUOTE = "quote"
    DELIVERY_OPTION = "delivery option"
    PICKUP_OPTION = "pickup option"


class AllocationPolicy(enum.Enum):
    """How the station picks a carrier service for a shipment that has none."""

    ASK = "ask"
    """Show the quotes; the packer picks one."""
    CHEAPEST = "cheapest"
    """The cheapest eligible service (PRO decides)."""
    FASTEST = "fastest"
    """The quote with the earliest promised delivery; the cheaper of equally fast ones."""
    RULES = "rules"
    """The account's default allocation rules in PRO."""


@dataclass(frozen=True)
class PickupPoint:
    """A shop or locker where the customer collects the parcel."""

    name: str
    shop_reference: str
    address: str
    distance_km: Decimal | None
    opening_hours: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceChoice:
    """One row of a choice table."""

    kind: ChoiceKind
    reference: str
    """Quote reference (GUID) or option reference (``EDO-...``): what taking the choice sends."""
    carrier: str
    service: str
    service_reference: str | None = None
    price_gross: Decimal | None = None
    currency: str | None = None
    promise: DeliveryPromise | None = None
    window: tuple[str, str] | None = None
    cutoff: datetime | None = None
    pickup_point: PickupPoint | None = None
    customer_reference: str | None = None
    """For an option: the reference the shop gave the order, which the new consignment carries."""

    def is_expired(self, now: datetime) -> bool:
        """Whether the choice can no longer be taken (its cut-off has passed)."""
        return self.cutoff is not None and now > self.cutoff


@dataclass(frozen=True)
class UnqualifiedService:
    """A service that could not quote, and why (too heavy, not served, cut-off passed)."""

    service: str
    reason: str


@dataclass(frozen=True)
class QuoteList:
    """The quotes for a shipment plus the services that could not quote."""

    choices: tuple[ServiceChoice, ...]
    unqualified: tuple[UnqualifiedService, ...] = ()


def promised_by(choice: ServiceChoice) -> datetime | None:
    """Return the latest moment the choice promises delivery by, if it promises anything."""
    if choice.promise is None:
        return None
    return choice.promise.latest or choice.promise.earliest


def fastest(choices: tuple[ServiceChoice, ...]) -> ServiceChoice | None:
    """Return the choice promising the earliest delivery; the cheaper one wins a tie."""

    def key(choice: ServiceChoice) -> tuple[float, Decimal]:
        promised = promised_by(choice)
        when = promised.timestamp() if promised else float("inf")
        return (when, choice.price_gross if choice.price_gross is not None else Decimal("Infinity"))

    return min(choices, key=key) if choices else None


@dataclass(frozen=True)
class AllocationOutcome:
    """What an allocation or option selection produced."""

    succeeded: bool
    shipment_reference: str
    message: str
    carrier: str | None = None
    service: str | None = None
    tracking_numbers: tuple[str, ...] = ()
    shipment: Shipment | None = None
    """The consignment as read back after the call, when the adapter read it (saves a read)."""
