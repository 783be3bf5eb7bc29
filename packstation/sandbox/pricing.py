"""Prices: weight band by zone, per-package remote-area surcharge, VAT; as PRO ``Rate`` objects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from packstation.sandbox.catalogue import Service
from packstation.sandbox.catalogue_data import (
    CARRIERS,
    EU_COUNTRIES,
    REMOTE_POSTCODE_AREAS,
    UNSERVED_COUNTRIES,
)
from packstation.sandbox.shipment import Shipment

PENNY = Decimal("0.01")
UK_VAT_RATE = Decimal("0.2")
GBP = {"Name": "Pound Sterling", "IsoCode": "GBP"}


def zone_of(country: str) -> str | None:
    """Return the pricing zone of a destination country (``None`` when nobody serves it)."""
    if country in UNSERVED_COUNTRIES:
        return None
    if country == "GB":
        return "UK"
    return "EU" if country in EU_COUNTRIES else "ROW"


def postcode_area(postcode: str) -> str:
    """Return the letters that start a UK postcode (``IV`` of ``IV2 3EN``)."""
    match = re.match(r"[A-Z]{1,2}", postcode.replace(" ", "").upper())
    return match.group(0) if match else ""


def is_remote(postcode: str) -> bool:
    """Return whether a UK postcode lies in a remote-surcharge area."""
    match = re.match(r"([A-Z]{1,2})(\d{1,2})", postcode.replace(" ", "").upper())
    if match is None:
        return False
    area, district = match.group(1), int(match.group(2))
    if area == "PA":
        return district >= 20
    if area == "TR":
        return 21 <= district <= 25
    return area in REMOTE_POSTCODE_AREAS


@dataclass(frozen=True)
class Price:
    """Base (before surcharges) and total net prices with their VAT rate."""

    base_net: Decimal
    surcharge_net: Decimal
    vat_rate: Decimal

    @property
    def total_net(self) -> Decimal:
        """Return base plus surcharges."""
        return self.base_net + self.surcharge_net


def price_of(service: Service, shipment: Shipment, zone: str) -> Price | None:
    """Return the price for the shipment, or ``None`` when a parcel is above every band."""
    base = Decimal("0")
    for parcel in shipment.parcels:
        band = next(
            (b for b in service.prices[zone] if parcel.chargeable_weight_kg <= b.max_weight_kg),
            None,
        )
        if band is None:
            return None
        base += band.net
    surcharge = Decimal("0")
    if zone == "UK" and is_remote(shipment.far_postcode):
        surcharge = CARRIERS[service.carrier].remote_surcharge_net * len(shipment.parcels)
    vat_rate = UK_VAT_RATE if zone == "UK" else Decimal("0")
    return Price(base, surcharge, vat_rate)


def rate(net: Decimal, vat_rate: Decimal) -> dict[str, Any]:
    """Return a PRO ``Rate`` object for a net amount."""
    net = net.quantize(PENNY, ROUND_HALF_UP)
    vat = (net * vat_rate).quantize(PENNY, ROUND_HALF_UP)
    return {
        "Net": float(net),
        "Gross": float(net + vat),
        "TaxRate": {
            "Reference": f"GB-{vat_rate:.4f}",
            "CountryIsoCode": "GB",
            "Type": "Standard" if vat_rate else "Zero",
            "Rate": float(vat_rate),
        },
        "VatAmount": float(vat),
        "Currency": dict(GBP),
    }


def surcharges(service: Service, price: Price) -> list[dict[str, Any]]:
    """Return the ``Surcharges`` list of a quote (the remote-area surcharge when it applies)."""
    if not price.surcharge_net:
        return []
    return [
        {
            "Reference": f"{service.carrier}_REMOTE_AREA",
            "CurrencyIsoCode": "GBP",
            "Amount": float(price.surcharge_net),
            "ApplicationType": "Standard",
            "Type": "Additive",
            "AppliesToBase": True,
            "AppliesToBaseOnly": False,
            "CalculationModel": "Fixed",
            "IncrementalUnitFactor": None,
            "IncrementalUnitPrice": None,
            "MinimumAmount": None,
            "MaximumAmount": None,
        }
    ]
