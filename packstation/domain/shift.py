"""A shift as the shift lead closes it: what goes on the driver sheets and the shift report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True)
class ManifestLine:
    """One consignment handed to a carrier."""

    reference: str
    customer_reference: str
    service: str
    tracking_numbers: tuple[str, ...]
    parcel_count: int
    weight_kg: Decimal


@dataclass(frozen=True)
class DriverSheet:
    """What one carrier's driver signs for at collection."""

    carrier: str
    station: str
    location: str
    closed_at: datetime
    lines: tuple[ManifestLine, ...]

    @property
    def parcel_count(self) -> int:
        """Parcels the driver takes."""
        return sum(line.parcel_count for line in self.lines)

    @property
    def weight_kg(self) -> Decimal:
        """Total weight the driver takes."""
        return sum((line.weight_kg for line in self.lines), Decimal(0))


@dataclass(frozen=True)
class ShiftException:
    """A pack that needs a person: never printed, unconfirmed, failed, not manifested."""

    reference: str
    customer_reference: str
    problem: str


@dataclass(frozen=True)
class CarrierTotal:
    """One carrier's share of the shift."""

    carrier: str
    packs: int
    parcels: int


@dataclass(frozen=True)
class ShiftReport:
    """The shift in numbers, for the shift lead's records."""

    station: str
    location: str
    opened_at: datetime
    opened_by: str
    closed_at: datetime
    packs_per_hour: tuple[tuple[datetime, int], ...]
    per_carrier: tuple[CarrierTotal, ...]
    reprints: int
    voids: int
    exceptions: tuple[ShiftException, ...]

    @property
    def pack_count(self) -> int:
        """Packs of the shift."""
        return sum(total.packs for total in self.per_carrier)
