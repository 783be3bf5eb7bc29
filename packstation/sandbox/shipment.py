"""What the engine needs to know about a consignment-shaped request, read from its JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from packstation.sandbox.catalogue_data import PACKAGE_SIZES
from packstation.sandbox.clock import parse_wire_datetime

VOLUMETRIC_DIVISOR_CM3_PER_KG = Decimal("5000")


@dataclass(frozen=True)
class Parcel:
    """One package's weight and sides, longest side first."""

    weight_kg: Decimal
    sides_cm: tuple[Decimal, Decimal, Decimal]

    @property
    def length_cm(self) -> Decimal:
        """Return the longest side."""
        return self.sides_cm[0]

    @property
    def length_plus_girth_cm(self) -> Decimal:
        """Return length + 2 x width + 2 x height."""
        return self.sides_cm[0] + 2 * (self.sides_cm[1] + self.sides_cm[2])

    @property
    def chargeable_weight_kg(self) -> Decimal:
        """Return the larger of actual and volumetric weight."""
        volume = self.sides_cm[0] * self.sides_cm[1] * self.sides_cm[2]
        return max(self.weight_kg, volume / VOLUMETRIC_DIVISOR_CM3_PER_KG)


@dataclass(frozen=True)
class Shipment:
    """The facts of a consignment that decide which services qualify and what they cost."""

    location_reference: str
    far_country: str
    far_postcode: str
    far_town: str
    parcels: tuple[Parcel, ...]
    value_gbp: Decimal
    tags: frozenset[str]
    shipping_date: datetime | None
    requested_delivery: datetime | None
    exact_delivery_date: bool
    shop_reference: str | None
    inbound: bool


def find_address(document: dict[str, Any], address_type: str) -> dict[str, Any] | None:
    """Return the address of a type (case-insensitive), or ``None``."""
    for address in document.get("Addresses") or []:
        if str(address.get("AddressType") or "").lower() == address_type.lower():
            return dict(address)
    return None


def country_code(address: dict[str, Any] | None) -> str:
    """Return the two-letter country of an address ('' when missing)."""
    country = (address or {}).get("Country") or {}
    iso = country.get("IsoCode") or {}
    return str(iso.get("TwoLetterCode") or "").upper()


def decimal_of(value: Any) -> Decimal:
    """Convert a JSON number to Decimal without float noise."""
    return Decimal(str(value))


def parcel_of(package: dict[str, Any]) -> Parcel:
    """Read weight and dimensions of a package (or of its pre-defined size)."""
    size = PACKAGE_SIZES.get(str(package.get("PackageSizeReference") or ""))
    weight = package.get("Weight") or {}
    dimensions = package.get("Dimensions") or {}
    if weight.get("Value") is not None:
        weight_kg = decimal_of(weight["Value"])
    else:
        weight_kg = size.weight_kg if size else Decimal("0")
    if dimensions.get("Length") is not None:
        sides = [decimal_of(dimensions.get(k) or 0) for k in ("Length", "Width", "Height")]
    elif size is not None:
        sides = [size.length_cm, size.width_cm, size.height_cm]
    else:
        sides = [Decimal("0")] * 3
    ordered = sorted(sides, reverse=True)
    return Parcel(weight_kg, (ordered[0], ordered[1], ordered[2]))


def shipment_of(document: dict[str, Any]) -> Shipment:
    """Build the engine's view of a (validated) consignment or options request."""
    inbound = str(document.get("Direction") or "Outbound").lower() == "inbound"
    origin = find_address(document, "Origin") or {}
    destination = find_address(document, "Destination") or {}
    location_side, far_side = (destination, origin) if inbound else (origin, destination)
    location = location_side.get("ShippingLocationReference") or far_side.get(
        "ShippingLocationReference"
    )
    requested = document.get("RequestedDeliveryDate") or document.get("RequiredDeliveryDate")
    shipping_date = document.get("ShippingDate")
    packages = document.get("Packages") or []
    return Shipment(
        location_reference=str(location or ""),
        far_country=country_code(far_side) or "GB",
        far_postcode=str(far_side.get("Postcode") or "").upper(),
        far_town=str(far_side.get("Town") or ""),
        parcels=tuple(parcel_of(package) for package in packages),
        value_gbp=sum(
            (decimal_of((p.get("Value") or {}).get("Amount") or 0) for p in packages),
            Decimal("0"),
        ),
        tags=frozenset(document.get("Tags") or ()),
        shipping_date=parse_wire_datetime(shipping_date) if shipping_date else None,
        requested_delivery=(
            parse_wire_datetime(requested["Date"]) if requested and requested.get("Date") else None
        ),
        exact_delivery_date=bool(requested and requested.get("IsToBeExactlyOnTheDateSpecified")),
        shop_reference=destination.get("ShopLocationReference"),
        inbound=inbound,
    )
