"""Request bodies for sandbox tests (plain JSON, as the app would send them)."""

from __future__ import annotations

from typing import Any

LOCATION = "Sorted1"


def destination(
    postcode: str = "M1 5WG", country: str = "GB", town: str = "Manchester", **extra: Any
) -> dict[str, Any]:
    """Return a destination address."""
    return {
        "AddressType": "Destination",
        "Contact": {"Title": "Mr", "FirstName": "Peter", "LastName": "McPetersson"},
        "AddressLine1": "13 Porter Street",
        "Town": town,
        "Postcode": postcode,
        "Country": {"IsoCode": {"TwoLetterCode": country}},
        "IsCached": False,
        **extra,
    }


def package(
    weight_kg: float = 0.5,
    sides_cm: tuple[float, float, float] = (20, 15, 10),
    value: float = 5.99,
    **extra: Any,
) -> dict[str, Any]:
    """Return a package."""
    return {
        "Weight": {"Value": weight_kg, "Unit": "Kg"},
        "Dimensions": {
            "Unit": "Cm",
            "Length": sides_cm[0],
            "Width": sides_cm[1],
            "Height": sides_cm[2],
        },
        "Description": "Socks",
        "Value": {"Amount": value, "Currency": {"IsoCode": "GBP"}},
        **extra,
    }


def consignment(
    reference: str = "",
    *,
    packages: list[dict[str, Any]] | None = None,
    to: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """Return a Create Consignment body from the bench's location."""
    return {
        "ConsignmentReferenceProvidedByCustomer": reference,
        "Packages": packages or [package()],
        "Addresses": [
            {"AddressType": "Origin", "ShippingLocationReference": LOCATION, "IsCached": False},
            to or destination(),
        ],
        **extra,
    }


def item(sku: str, quantity: int = 1, value: float = 10.0) -> dict[str, Any]:
    """Return an order item line."""
    return {
        "Sku": sku,
        "Description": f"Item {sku}",
        "Quantity": quantity,
        "Value": {"Amount": value, "Currency": {"IsoCode": "GBP"}},
        "CountryOfOrigin": {"IsoCode": {"TwoLetterCode": "GB"}},
        "HarmonisationCode": "6109100010",
        "Weight": {"Value": 0.2, "Unit": "Kg"},
    }


def order(reference: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    """Return a Create Order body."""
    body = consignment(reference)
    return {
        "OrderReferenceProvidedByCustomer": reference,
        "Packages": [{"Items": items, "Description": "Order lines"}],
        "Addresses": body["Addresses"],
    }
