"""What a shipping label says, read from an allocated consignment document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from packstation.sandbox.catalogue_data import CARRIERS, SERVICES
from packstation.sandbox.shipment import country_code, find_address

LABEL_WIDTH_IN = 4
LABEL_HEIGHT_IN = 6


@dataclass(frozen=True)
class LabelFacts:
    """Everything printed on one package's label."""

    carrier_name: str
    service_name: str
    tracking_number: str
    routing_code: str
    sender_lines: tuple[str, ...]
    destination_lines: tuple[str, ...]
    consignment_reference: str
    package_reference: str
    package_number: int
    package_count: int
    weight_kg: float
    ship_date: str


def _person(address: dict[str, Any]) -> str:
    contact = address.get("Contact") or {}
    parts = [contact.get("Title"), contact.get("FirstName"), contact.get("LastName")]
    return " ".join(str(part) for part in parts if part)


def address_lines(address: dict[str, Any]) -> tuple[str, ...]:
    """Return the printable lines of an address, empty parts left out."""
    candidates = [
        _person(address),
        address.get("CompanyName"),
        address.get("AddressLine1"),
        address.get("AddressLine2"),
        address.get("AddressLine3"),
        address.get("Town"),
        address.get("Postcode"),
        (address.get("Country") or {}).get("Name"),
    ]
    return tuple(str(line) for line in candidates if line)


def compact_lines(address: dict[str, Any]) -> tuple[str, ...]:
    """Return a three-line sender block: who, street, town and postcode."""
    who = address.get("CompanyName") or _person(address)
    street = ", ".join(
        str(part) for part in (address.get("AddressLine1"), address.get("AddressLine2")) if part
    )
    place = " ".join(str(part) for part in (address.get("Town"), address.get("Postcode")) if part)
    return tuple(line for line in (str(who or ""), street, place) if line)


def routing_code(document: dict[str, Any], tracking: str, number: int, count: int) -> str:
    """Return the 2D-code payload: destination, service, tracking, consignment, n/m."""
    destination = find_address(document, "Destination") or {}
    service = (document.get("Allocation") or {}).get("MpdCarrierServiceReference") or ""
    postcode = str(destination.get("Postcode") or "").replace(" ", "")
    return "|".join(
        [
            country_code(destination),
            postcode,
            service,
            tracking,
            document["Reference"],
            f"{number}/{count}",
        ]
    )


def label_facts(document: dict[str, Any]) -> list[LabelFacts]:
    """Return one LabelFacts per package of an allocated consignment."""
    allocation = document["Allocation"]
    service = SERVICES[allocation["MpdCarrierServiceReference"]]
    origin = find_address(document, "Origin") or {}
    destination = find_address(document, "Destination") or {}
    ship_date = datetime.fromisoformat(document["CollectionDate"]).strftime("%d/%m/%Y")
    packages = document["Packages"]
    facts = []
    for index, package in enumerate(packages, start=1):
        tracking = package["ConsignmentLegs"][0]["TrackingReferences"][0]
        facts.append(
            LabelFacts(
                carrier_name=CARRIERS[service.carrier].name,
                service_name=service.name.strip(),
                tracking_number=tracking,
                routing_code=routing_code(document, tracking, index, len(packages)),
                sender_lines=compact_lines(origin),
                destination_lines=address_lines(destination),
                consignment_reference=document["Reference"],
                package_reference=package["Reference"],
                package_number=index,
                package_count=len(packages),
                weight_kg=float(package["Weight"]["Value"]),
                ship_date=ship_date,
            )
        )
    return facts


def detail_lines(facts: LabelFacts) -> tuple[str, ...]:
    """Return the small print beside the 2D code."""
    return (
        f"Consignment {facts.consignment_reference}",
        f"Package {facts.package_number} of {facts.package_count}",
        f"Weight {facts.weight_kg:.2f} kg",
        f"Ship date {facts.ship_date}",
        facts.package_reference,
    )
