"""Allocating consignments to services: tracking numbers, allocation data, failures, summaries."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from packstation.sandbox.catalogue import Service
from packstation.sandbox.catalogue_data import CARRIERS, SERVICE_GROUPS, SERVICES
from packstation.sandbox.clock import wire_datetime
from packstation.sandbox.consignments import link
from packstation.sandbox.eligibility import Exclusion, Offer, evaluate, evaluate_all
from packstation.sandbox.pricing import rate
from packstation.sandbox.schedule import window_bounds
from packstation.sandbox.shipment import shipment_of
from packstation.sandbox.states import Action, require
from packstation.sandbox.store import Transaction
from packstation.sandbox.trackingnumbers import tracking_number


def candidate_services(group: str | None = None, service: str | None = None) -> list[Service]:
    """Return the services an allocation call may choose from."""
    if service is not None:
        return [SERVICES[service]] if service in SERVICES else []
    if group is not None:
        return [s for s in SERVICES.values() if group in s.groups]
    return list(SERVICES.values())


def choose(
    document: dict[str, Any], now: datetime, services: list[Service]
) -> Offer | list[Exclusion]:
    """Return the cheapest qualifying offer, or every exclusion when none qualifies."""
    offers, exclusions = evaluate_all(shipment_of(document), now, services)
    return offers[0] if offers else exclusions


def offer_for(document: dict[str, Any], now: datetime, service: Service) -> Offer | Exclusion:
    """Return the offer of one service for this consignment."""
    return evaluate(service, shipment_of(document), now)


def leg(service: Service, tracking: list[str]) -> dict[str, Any]:
    """Return a ``ConsignmentLeg`` for the service."""
    return {
        "Leg": 1,
        "TrackingReferences": tracking,
        "CarrierReference": service.carrier,
        "CarrierServiceReference": None,
        "CarrierName": CARRIERS[service.carrier].name,
    }


def apply(
    tx: Transaction,
    document: dict[str, Any],
    internal: dict[str, Any],
    offer: Offer,
    now: datetime,
    *,
    group: str | None = None,
    price: dict[str, Any] | None = None,
) -> None:
    """Allocate the consignment to the offer: tracking numbers, dates, price, state."""
    require(document["Reference"], document["ConsignmentState"], Action.ALLOCATE)
    service = offer.service
    numbers = []
    for package in document["Packages"]:
        serial = tx.next_number(f"tracking-{service.tracking_format}")
        number = tracking_number(service.tracking_format, serial)
        package["ConsignmentLegs"] = [leg(service, [number])]
        numbers.append(number)
    earliest, latest = window_bounds(service, offer.delivery_date.date())
    document.update(
        {
            "ConsignmentState": "Allocated",
            "ConsignmentLegs": [leg(service, numbers)],
            "CollectionDate": wire_datetime(offer.collection.collected_at),
            "EarliestDeliveryDate": wire_datetime(earliest),
            "LatestDeliveryDate": wire_datetime(latest),
            "FailedAllocation": None,
            "Allocation": {
                "CarrierServiceGroupReference": group,
                "MpdCarrierServiceGroupName": SERVICE_GROUPS[group].name if group else None,
                "MpdCarrierServiceReference": service.reference,
                "MpdCarrierServiceName": service.name,
                "AllocationDate": wire_datetime(now),
                "Price": price or rate(offer.price.total_net, offer.price.vat_rate),
            },
        }
    )
    internal.update(
        {
            "carrier_reference": service.carrier,
            "service_reference": service.reference,
            "allocation_cut_off": wire_datetime(offer.collection.allocation_cut_off),
        }
    )


def fail(
    document: dict[str, Any],
    internal: dict[str, Any],
    now: datetime,
    message: str,
    *,
    group: str | None = None,
    service: str | None = None,
) -> None:
    """Record a failed allocation (state AllocationFailed with ``FailedAllocation``)."""
    require(document["Reference"], document["ConsignmentState"], Action.ALLOCATE)
    chosen = SERVICES.get(service or "")
    document["ConsignmentState"] = "AllocationFailed"
    document["FailedAllocation"] = {
        "CarrierServiceGroupReference": group,
        "MpdCarrierServiceGroupName": SERVICE_GROUPS[group].name
        if group in SERVICE_GROUPS
        else None,
        "MpdCarrierServiceReference": service,
        "MpdCarrierServiceName": chosen.name if chosen else None,
        "AttemptedAllocationDate": wire_datetime(now),
        "Message": message,
    }
    # Kept beyond a later successful allocation, for the audit trail.
    internal.setdefault("failed_allocations", []).append(document["FailedAllocation"])


def failure_message(exclusions: list[Exclusion]) -> str:
    """Summarise why no service qualified."""
    if not exclusions:
        return "No carrier service matched the allocation request"
    reasons = sorted({exclusion.reason for exclusion in exclusions})
    return "No carrier service qualified: " + "; ".join(reasons)


def deallocate(document: dict[str, Any], internal: dict[str, Any]) -> None:
    """Erase the allocation and return the consignment to Unallocated."""
    require(document["Reference"], document["ConsignmentState"], Action.DEALLOCATE)
    for package in document["Packages"]:
        package["ConsignmentLegs"] = []
    document.update(
        {
            "ConsignmentState": "Unallocated",
            "ConsignmentLegs": [],
            "Allocation": None,
            "CollectionDate": None,
            "EarliestDeliveryDate": None,
            "LatestDeliveryDate": None,
            "LabelCount": 0,
        }
    )
    for key in ("carrier_reference", "service_reference", "allocation_cut_off", "manifest"):
        internal.pop(key, None)


def summary(document: dict[str, Any], base_url: str) -> dict[str, Any]:
    """Return the AllocationSummary of an allocated (or failed) consignment."""
    reference = document["Reference"]
    allocation = document.get("Allocation")
    links = [
        link(base_url, reference, "detail"),
        {"Rel": "label", "Href": f"{base_url}/labels/{reference}"},
    ]
    if allocation is None:
        failed = document.get("FailedAllocation") or {}
        return {
            "StatusCode": 400,
            "ApiLinks": links[:1],
            "Description": f"Consignment {reference} could not be allocated: "
            + str(failed.get("Message") or "allocation failed"),
            "ConsignmentLegs": [],
            "CarrierReference": None,
            "CarrierName": None,
            "CarrierServiceReference": None,
            "CarrierServiceName": None,
        }
    service = SERVICES[allocation["MpdCarrierServiceReference"]]
    carrier = CARRIERS[service.carrier]
    ship_on = datetime.fromisoformat(document["CollectionDate"])
    return {
        "StatusCode": 200,
        "ApiLinks": links,
        "Description": f"Consignment {reference} has been successfully allocated with "
        f"{carrier.name} {service.name} for shipping on "
        f"{ship_on.strftime('%d/%m/%Y %H:%M:%S')} +00:00",
        "ConsignmentLegs": document["ConsignmentLegs"],
        "CarrierReference": carrier.reference,
        "CarrierName": carrier.name,
        "CarrierServiceReference": service.reference,
        "CarrierServiceName": service.name,
    }


def error_summary(reference: str, status: int, message: str) -> dict[str, Any]:
    """Return the per-consignment summary of a bulk call that could not act on it."""
    return {
        "StatusCode": status,
        "ApiLinks": [],
        "Description": message,
        "ConsignmentLegs": [],
        "CarrierReference": None,
        "CarrierName": None,
        "CarrierServiceReference": None,
        "CarrierServiceName": None,
    }
