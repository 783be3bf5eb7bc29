"""The bench's view of a consignment: what a packer needs to see and what the engine decides on.

These are plain frozen dataclasses, filled by the SortedPRO adapter from PRO's wire models, so the
engine never depends on the wire format. State names are PRO's own (SPEC section 4).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal


class ShipmentState(enum.Enum):
    """Consignment states the bench acts on; everything after manifesting is ``SHIPPED``."""

    UNALLOCATED = "Unallocated"
    ALLOCATING = "Allocating"
    ALLOCATION_FAILED = "AllocationFailed"
    ALLOCATED = "Allocated"
    READY_TO_SHIP = "ReadyToShip"
    MANIFESTING = "Manifesting"
    MANIFESTED = "Manifested"
    MANIFEST_FAILED = "ManifestFailed"
    CANCELLING = "Cancelling"
    CANCELLED = "Cancelled"
    SHIPPED = "Shipped"
    """Dispatched or any carrier tracking state: the parcel has left the bench."""

    @classmethod
    def from_pro(cls, name: str | None) -> ShipmentState:
        """Map a PRO state name; unknown and tracking states count as shipped."""
        for member in cls:
            if member.value == name:
                return member
        return cls.SHIPPED

    @property
    def needs_allocation(self) -> bool:
        """Whether the shipment has no carrier service yet."""
        return self in (ShipmentState.UNALLOCATED, ShipmentState.ALLOCATION_FAILED)

    @property
    def has_labels(self) -> bool:
        """Whether PRO can produce labels in this state (SPEC section 5.3)."""
        return self in (
            ShipmentState.ALLOCATED,
            ShipmentState.READY_TO_SHIP,
            ShipmentState.MANIFESTED,
            ShipmentState.MANIFEST_FAILED,
            ShipmentState.SHIPPED,
        )

    @property
    def is_transient(self) -> bool:
        """Whether PRO is busy with the shipment and it must be looked at again shortly."""
        return self in (
            ShipmentState.ALLOCATING,
            ShipmentState.MANIFESTING,
            ShipmentState.CANCELLING,
        )

    @property
    def is_manifested(self) -> bool:
        """Whether the carrier already has the shipment (labels may only be reprinted)."""
        return self in (ShipmentState.MANIFESTED, ShipmentState.SHIPPED)


@dataclass(frozen=True)
class Dimensions:
    """Outer size of a parcel in centimetres."""

    length_cm: Decimal
    width_cm: Decimal
    height_cm: Decimal


@dataclass(frozen=True)
class Parcel:
    """One package of a shipment as PRO knows it."""

    reference: str | None
    weight_kg: Decimal | None
    dimensions: Dimensions | None = None
    description: str | None = None
    size_reference: str | None = None
    tracking_numbers: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParcelSpec:
    """A parcel as the packer confirms it: weight and either dimensions or a box size."""

    weight_kg: Decimal
    dimensions: Dimensions | None = None
    size_reference: str | None = None
    description: str | None = None

    def __post_init__(self) -> None:
        if self.weight_kg <= 0:
            raise ValueError("a parcel must weigh more than 0 kg")
        if self.dimensions is None and not self.size_reference:
            raise ValueError("a parcel needs its dimensions or a box size")


@dataclass(frozen=True)
class Place:
    """An address reduced to what a packer checks: who, where, which country."""

    name: str
    lines: tuple[str, ...]
    town: str
    postcode: str
    country_code: str

    @property
    def one_line(self) -> str:
        """The address on one line, for tables and banners."""
        parts = [self.name, *self.lines, self.town, self.postcode, self.country_code]
        return ", ".join(part for part in parts if part)


@dataclass(frozen=True)
class DeliveryPromise:
    """When the carrier promises delivery."""

    earliest: datetime | None
    latest: datetime | None
    guaranteed: bool = False


@dataclass(frozen=True)
class Shipment:
    """A consignment as the bench sees it."""

    reference: str
    state: ShipmentState
    state_name: str
    customer_reference: str = ""
    destination: Place | None = None
    origin_country_code: str | None = None
    origin_location: str | None = None
    parcels: tuple[Parcel, ...] = ()
    carrier: str | None = None
    service: str | None = None
    service_reference: str | None = None
    tracking_numbers: tuple[str, ...] = ()
    promise: DeliveryPromise | None = None
    failed_allocation_reason: str | None = None
    labels_printed: bool = False
    outbound: bool = True
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def service_label(self) -> str:
        """Carrier and service for a banner, without naming the carrier twice."""
        carrier, service = self.carrier or "", self.service or ""
        if carrier and service.lower().startswith(carrier.lower()):
            return service
        return " ".join(part for part in (carrier, service) if part)

    @property
    def parcel_count(self) -> int:
        """How many labels the shipment needs."""
        return len(self.parcels)

    @property
    def total_weight_kg(self) -> Decimal:
        """Sum of the parcel weights that are known."""
        return sum((p.weight_kg for p in self.parcels if p.weight_kg is not None), Decimal(0))

    @property
    def is_international(self) -> bool:
        """Whether the parcel crosses a border and needs customs documents."""
        if self.destination is None or not self.origin_country_code:
            return False
        return self.destination.country_code.upper() != self.origin_country_code.upper()


@dataclass(frozen=True)
class ShipmentHit:
    """One result of a search: enough to let the packer pick, and to filter."""

    reference: str
    state: ShipmentState
    customer_reference: str = ""
    destination: str = ""
    carrier: str | None = None
    service: str | None = None
    created: datetime | None = None
    outbound: bool = True

    @property
    def is_candidate(self) -> bool:
        """Whether a bench should offer this hit (not cancelled, not a return)."""
        return self.outbound and self.state not in (
            ShipmentState.CANCELLED,
            ShipmentState.CANCELLING,
        )
