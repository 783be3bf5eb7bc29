"""The sandbox's reference data types: carriers, services, shipping locations, package sizes.

The data itself lives in :mod:`catalogue_data`; this module holds the shapes and the lookups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from decimal import Decimal

ANY_TIME_WINDOW = ("00:00:00", "23:59:00")


@dataclass(frozen=True)
class Carrier:
    """A carrier with its display name and the account the sandbox books on."""

    reference: str
    name: str
    account_reference: str
    remote_surcharge_net: Decimal = Decimal("0")


@dataclass(frozen=True)
class PriceBand:
    """Net price (GBP, before VAT) for parcels up to ``max_weight_kg``."""

    max_weight_kg: Decimal
    net: Decimal


@dataclass(frozen=True)
class Service:
    """A carrier service with its limits, coverage, prices and promise."""

    reference: str
    name: str
    carrier: str
    transit_days: int
    max_weight_kg: Decimal
    max_length_cm: Decimal
    max_length_plus_girth_cm: Decimal
    prices: dict[str, tuple[PriceBand, ...]]
    tracking_format: str
    window: tuple[str, str] = ANY_TIME_WINDOW
    guaranteed: bool = False
    is_timed: bool = False
    is_tracked: bool = True
    is_signed: bool = False
    is_pickup: bool = False
    is_drop_off: bool = False
    delivers_saturday: bool = False
    service_types: tuple[str, ...] = ("Standard",)
    groups: tuple[str, ...] = ()
    tags: frozenset[str] = field(default_factory=frozenset)
    needs_destination_town: bool = False
    excluded_postcode_areas: frozenset[str] = field(default_factory=frozenset)
    max_value_gbp: Decimal | None = None

    @property
    def zones(self) -> frozenset[str]:
        """Return the zones this service delivers to."""
        return frozenset(self.prices)

    @property
    def is_international(self) -> bool:
        """Return whether the service delivers outside the UK."""
        return "UK" not in self.prices


@dataclass(frozen=True)
class ServiceGroup:
    """A named group of services (``mpdCarrierServiceGroupReference``)."""

    reference: str
    name: str


@dataclass(frozen=True)
class CollectionSlot:
    """When a carrier collects from a location on one weekday (UTC)."""

    collection: time

    @property
    def allocation_cut_off(self) -> time:
        """Return the last time to allocate for this collection (30 minutes before)."""
        minutes = self.collection.hour * 60 + self.collection.minute - 30
        return time(minutes // 60, minutes % 60)

    @property
    def operational_cut_off(self) -> time:
        """Return the site's own cut-off for this collection (60 minutes before)."""
        minutes = self.collection.hour * 60 + self.collection.minute - 60
        return time(minutes // 60, minutes % 60)


@dataclass(frozen=True)
class ShippingLocation:
    """A pre-configured origin with its address and collection calendar per carrier."""

    reference: str
    name: str
    address: dict[str, object]
    # carrier reference -> weekday (0 = Monday) -> slot; a missing weekday means no collection.
    collections: dict[str, dict[int, CollectionSlot]]


@dataclass(frozen=True)
class PackageSize:
    """A pre-defined box the bench can choose instead of measuring."""

    reference: str
    name: str
    length_cm: Decimal
    width_cm: Decimal
    height_cm: Decimal
    weight_kg: Decimal
    is_default: bool = False
