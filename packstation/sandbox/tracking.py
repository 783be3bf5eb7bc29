"""Tracking events for manifested consignments, unfolding with the sandbox clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from packstation.sandbox.clock import parse_wire_datetime, wire_datetime

TRACKED_FROM = frozenset(
    ("Manifested", "Dispatched", "Collected", "InTransit", "OutForDelivery", "Delivered")
)


def events(
    document: dict[str, Any], internal: dict[str, Any], now: datetime
) -> list[dict[str, Any]]:
    """Return the events that have happened by ``now`` (empty before manifesting)."""
    manifested_at = internal.get("manifested_at")
    if manifested_at is None or document["ConsignmentState"] not in TRACKED_FROM:
        return []
    collected = parse_wire_datetime(document["CollectionDate"])
    delivered_by = parse_wire_datetime(document["LatestDeliveryDate"])
    recipient = _recipient(document)
    timeline = [
        (parse_wire_datetime(manifested_at), "MANIFESTED", "Electronic data received", "Sender"),
        (collected, "COLLECTED", "Collected from sender", "Sender"),
        (collected + timedelta(hours=4), "IN_TRANSIT", "Arrived at hub", "Sandbox hub"),
        (
            delivered_by.replace(hour=7, minute=0),
            "OUT_FOR_DELIVERY",
            "Out for delivery",
            "Local depot",
        ),
        (delivered_by - timedelta(hours=2), "DELIVERED", "Delivered", "Recipient address"),
    ]
    # PRO sends strings here; an event nobody signed for carries an empty SignedBy.
    return [
        {
            "TimeStamp": wire_datetime(stamp),
            "Code": code,
            "Description": description,
            "SignedBy": recipient if code == "DELIVERED" else "",
            "Location": location,
        }
        for stamp, code, description, location in timeline
        if stamp <= now
    ]


def _recipient(document: dict[str, Any]) -> str:
    for address in document.get("Addresses") or []:
        if address.get("AddressType") == "Destination":
            contact = address.get("Contact") or {}
            return str(contact.get("LastName") or "")
    return ""


def tracking_view(
    document: dict[str, Any], internal: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """Return the Get Tracking Events shape (per package, per leg)."""
    found = events(document, internal, now)
    service = (document.get("Allocation") or {}).get("MpdCarrierServiceName")
    return {
        "ConsignmentReferenceForAllLegsAssignedByMpd": document["Reference"],
        "TrackedPackages": [
            {
                "PackageReferenceForAllLegsAssignedByMpd": package["Reference"],
                "Legs": [{"CarrierServiceName": service, "Events": found}],
            }
            for package in document["Packages"]
        ],
    }


def flattened_view(
    document: dict[str, Any], internal: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """Return the Get Events Per Package shape."""
    service = (document.get("Allocation") or {}).get("MpdCarrierServiceName")
    found = [{**event, "CarrierServiceName": service} for event in events(document, internal, now)]
    return {
        "ConsignmentReferenceForAllLegsAssignedByMpd": document["Reference"],
        "TrackedPackages": [
            {"PackageReferenceForAllLegsAssignedByMpd": package["Reference"], "Events": found}
            for package in document["Packages"]
        ],
    }
