"""Wire-shaped documents: addresses, packages, items and money as PRO returns them.

Requests arrive with only some keys; PRO answers with every key present (``null`` where unset),
as in the documented Get Consignment example. These helpers fill a request fragment out to that
full shape.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from packstation.sandbox.catalogue_data import COUNTRY_NAMES, LOCATIONS, PACKAGE_SIZES
from packstation.sandbox.references import hex_id
from packstation.sandbox.shipment import decimal_of, parcel_of
from packstation.sandbox.store import Transaction

CURRENCY_NAMES = {"GBP": "Pound Sterling", "EUR": "Euro", "USD": "US Dollar"}

CONTACT_KEYS = (
    "Reference",
    "Title",
    "FirstName",
    "LastName",
    "Position",
    "Telephone",
    "Mobile",
    "LandLine",
    "Email",
)


def money(amount: Decimal | float, iso_code: str = "GBP") -> dict[str, Any]:
    """Return a ``Money`` object with the currency's name filled in."""
    return {
        "Amount": float(amount),
        "Currency": {"Name": CURRENCY_NAMES.get(iso_code), "IsoCode": iso_code},
    }


def money_of(value: dict[str, Any] | None) -> dict[str, Any]:
    """Normalise an input ``Money`` (amount defaults to 0, currency to GBP)."""
    value = value or {}
    currency = value.get("Currency") or {}
    iso = str(currency.get("IsoCode") or "GBP").upper()
    return money(decimal_of(value.get("Amount") or 0), iso)


def weight(value_kg: Decimal | float) -> dict[str, Any]:
    """Return a ``Weight`` object in kilograms."""
    return {"Value": float(value_kg), "Unit": "Kg"}


def country(value: dict[str, Any] | None) -> dict[str, Any]:
    """Return a ``Country`` with its name filled in from the two-letter code."""
    iso = str(((value or {}).get("IsoCode") or {}).get("TwoLetterCode") or "").upper()
    return {
        "Name": (value or {}).get("Name") or COUNTRY_NAMES.get(iso, iso),
        "IsoCode": {"TwoLetterCode": iso},
    }


def contact(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """Return a full ``Contact`` or ``None``."""
    if value is None:
        return None
    return {key: value.get(key) for key in CONTACT_KEYS}


def address(value: dict[str, Any], *, with_type: bool = True) -> dict[str, Any]:
    """Return a full address; a known ``ShippingLocationReference`` fills in the location."""
    location = LOCATIONS.get(str(value.get("ShippingLocationReference") or ""))
    source: dict[str, Any] = dict(location.address) if location else {}
    source.update({key: item for key, item in value.items() if item is not None})
    result: dict[str, Any] = {}
    if with_type:
        result["AddressType"] = value.get("AddressType")
        result["ShopLocationReference"] = source.get("ShopLocationReference")
    result.update(
        {
            "Contact": contact(source.get("Contact")),
            "CompanyName": source.get("CompanyName"),
            "ShippingLocationReference": value.get("ShippingLocationReference"),
            "CustomerName": source.get("CustomerName"),
            "AddressLine1": source.get("AddressLine1"),
            "AddressLine2": source.get("AddressLine2"),
            "AddressLine3": source.get("AddressLine3"),
            "Town": source.get("Town"),
            "Region": source.get("Region"),
            "Postcode": source.get("Postcode"),
            "Country": country(source.get("Country")),
            "RegionCode": source.get("RegionCode") or "",
            "SpecialInstructions": source.get("SpecialInstructions"),
            "LatLong": source.get("LatLong"),
            "IsCached": bool(source.get("IsCached", False)),
        }
    )
    return result


def item(value: dict[str, Any]) -> dict[str, Any]:
    """Return a full ``Item`` with a PRO reference."""
    return {
        "Reference": value.get("Reference") or hex_id(),
        "Sku": value.get("Sku"),
        "Model": value.get("Model"),
        "Description": value.get("Description"),
        "CountryOfOrigin": country(value["CountryOfOrigin"])
        if value.get("CountryOfOrigin")
        else None,
        "HarmonisationCode": value.get("HarmonisationCode"),
        "HarmonisationKeyWords": list(value.get("HarmonisationKeyWords") or []),
        "Weight": value.get("Weight"),
        "Dimensions": value.get("Dimensions"),
        "Value": money_of(value.get("Value")),
        "ItemReferenceProvidedByCustomer": value.get("ItemReferenceProvidedByCustomer") or "",
        "Barcode": value.get("Barcode"),
        "MetaData": list(value.get("MetaData") or []),
        "Quantity": int(value.get("Quantity") or 1),
        "Unit": value.get("Unit"),
        "Status": value.get("Status"),
        "ContentClassification": value.get("ContentClassification") or "Unrestricted",
        "ContentClassificationDetails": value.get("ContentClassificationDetails") or "NotSpecified",
    }


def package(tx: Transaction, value: dict[str, Any]) -> dict[str, Any]:
    """Return a full ``Package`` (new ``EP-`` reference unless it already has one)."""
    parcel = parcel_of(value)
    size = PACKAGE_SIZES.get(str(value.get("PackageSizeReference") or ""))
    dimensions = value.get("Dimensions")
    if dimensions is None and size is not None:
        dimensions = {
            "Length": float(size.length_cm),
            "Width": float(size.width_cm),
            "Height": float(size.height_cm),
        }
    return {
        "ConsignmentLegs": [],
        "Items": [item(entry) for entry in value.get("Items") or []],
        "Charges": [],
        "Reference": value.get("Reference") or tx.new_reference("EP"),
        "PackageReferenceProvidedByCustomer": value.get("PackageReferenceProvidedByCustomer") or "",
        "Weight": weight(parcel.weight_kg),
        "Dimensions": {
            "Unit": "Cm",
            "Width": float(decimal_of(dimensions.get("Width") or 0)) if dimensions else 0.0,
            "Length": float(decimal_of(dimensions.get("Length") or 0)) if dimensions else 0.0,
            "Height": float(decimal_of(dimensions.get("Height") or 0)) if dimensions else 0.0,
        },
        "Description": value.get("Description"),
        "Value": money_of(value.get("Value")),
        "PackageSizeReference": value.get("PackageSizeReference") or None,
        "Barcode": value.get("Barcode"),
        "MetaData": list(value.get("MetaData") or []),
    }


def totals(packages: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the consignment ``Weight`` and ``Value`` summed over its packages."""
    total_kg = sum((decimal_of(p["Weight"]["Value"]) for p in packages), Decimal("0"))
    total_value = sum((decimal_of(p["Value"]["Amount"]) for p in packages), Decimal("0"))
    iso = packages[0]["Value"]["Currency"]["IsoCode"] if packages else "GBP"
    return weight(total_kg), money(total_value, iso)
