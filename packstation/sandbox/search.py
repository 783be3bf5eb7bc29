"""Consignment search (SPEC §6.2.4/§6.2.5): filters and the ConsignmentSummary shape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from packstation.sandbox.apierrors import FieldProblem, invalid
from packstation.sandbox.clock import parse_wire_datetime
from packstation.sandbox.consignments import link
from packstation.sandbox.shipment import country_code, find_address
from packstation.sandbox.store import Transaction

Loaded = tuple[dict[str, Any], dict[str, Any]]


def _indexed_filters(query: dict[str, str]) -> tuple[dict[str, Any], str | None]:
    where: dict[str, Any] = {}
    if "state" in query:
        where["state"] = query["state"]
    if "referenceprovidedbycustomer" in query:
        where["customer_reference"] = query["referenceprovidedbycustomer"]
    if "shippinglocationreference" in query:
        where["location"] = query["shippinglocationreference"]
    if "direction" in query:
        where["direction"] = query["direction"].capitalize()
    if "labelsprinted" in query:
        flag = query["labelsprinted"].lower()
        if flag not in ("true", "false"):
            raise invalid([FieldProblem("labelsPrinted", "labelsPrinted must be true or false")])
        where["labels_printed"] = int(flag == "true")
    return where, query.get("trackingreference")


def _search_text(document: dict[str, Any]) -> set[str]:
    texts = {document["Reference"], document.get("ConsignmentReferenceProvidedByCustomer") or ""}
    for package in document["Packages"]:
        texts.add(package["Reference"])
        texts.add(package.get("PackageReferenceProvidedByCustomer") or "")
    for leg in document.get("ConsignmentLegs") or []:
        texts.update(leg.get("TrackingReferences") or [])
    return {text.lower() for text in texts if text}


def _matches(document: dict[str, Any], query: dict[str, str]) -> bool:
    allocation = document.get("Allocation") or {}
    destination = find_address(document, "Destination") or {}
    origin = find_address(document, "Origin") or {}
    checks: dict[str, Callable[[str], bool]] = {
        "reference": lambda v: document["Reference"].lower() == v.lower(),
        "carrierservice": lambda v: (allocation.get("MpdCarrierServiceReference") or "") == v,
        "carriers": lambda v: any(
            leg.get("CarrierReference") in v.split(",") for leg in document["ConsignmentLegs"]
        ),
        "postcode": lambda v: (
            v.replace(" ", "").lower()
            in {
                str(a.get("Postcode") or "").replace(" ", "").lower() for a in (origin, destination)
            }
        ),
        "destinationcountrycode": lambda v: country_code(destination) == v.upper(),
        "searchterm": lambda v: v.lower() in _search_text(document),
        "packagenumber": lambda v: v.lower() in _search_text(document),
        "consignmentnumber": lambda v: v.lower() in _search_text(document),
        "createddatefrom": lambda v: document["DateCreated"] >= parse_wire_datetime(v).isoformat(),
        "createddateto": lambda v: document["DateCreated"] <= parse_wire_datetime(v).isoformat(),
    }
    return all(check(query[name]) for name, check in checks.items() if name in query)


def find(tx: Transaction, query: dict[str, str]) -> list[Loaded]:
    """Return the consignments matching every supplied filter, oldest first."""
    where, tracking = _indexed_filters(query)
    return [found for found in tx.find_consignments(where, tracking) if _matches(found[0], query)]


def summary(document: dict[str, Any], base_url: str) -> dict[str, Any]:
    """Return the ConsignmentSummary of a consignment."""
    allocation = document.get("Allocation") or {}
    failed = document.get("FailedAllocation") or {}
    destination = find_address(document, "Destination") or {}
    requested = document.get("RequestedDeliveryDate") or {}
    legs = document.get("ConsignmentLegs") or [{}]
    return {
        "Reference": document["Reference"],
        "ConsignmentReferenceProvidedByCustomer": document[
            "ConsignmentReferenceProvidedByCustomer"
        ],
        "DateCreated": document["DateCreated"],
        "State": document["ConsignmentState"],
        "ShippingDate": document.get("ShippingDate"),
        "Source": document["Source"],
        "MpdCarrierReference": legs[0].get("CarrierReference"),
        "MpdCarrierServiceReference": allocation.get("MpdCarrierServiceReference"),
        "MpdCarrierServiceName": allocation.get("MpdCarrierServiceName"),
        "MpdCarrierServiceGroupName": allocation.get("MpdCarrierServiceGroupName"),
        "MpdCarrierServiceGroupReference": allocation.get("CarrierServiceGroupReference"),
        "AllocationDate": allocation.get("AllocationDate"),
        "ShippedDate": document.get("DateShipped"),
        "DestinationAddressLine1": destination.get("AddressLine1"),
        "DestinationAddressTown": destination.get("Town"),
        "DestinationAddressPostcode": destination.get("Postcode"),
        "DestinationAddressCountry": country_code(destination),
        "DestinationShippingLocationReference": destination.get("ShippingLocationReference"),
        "RequestedDeliveryDate": requested.get("Date"),
        "RequestedDeliveryDateIsToBeExactlyOnTheDateSpecified": bool(
            requested.get("IsToBeExactlyOnTheDateSpecified")
        ),
        "EstimatedDeliveryDate": document.get("LatestDeliveryDate"),
        "DeliveryDate": document.get("DateDelivered"),
        "CollectionDate": document.get("CollectionDate"),
        "AttemptedDeliveryDate": document.get("AttemptedDeliveryDate"),
        "IsLate": document["IsLate"],
        "LabelsPrinted": document["LabelsPrinted"],
        "DateLabelsWereFirstPrinted": document.get("DateLabelsWereFirstPrinted"),
        "ShippingTerms": (document.get("CustomsDocumentation") or {}).get("ShippingTerms"),
        "FailedAllocationAttemptedAllocationDate": failed.get("AttemptedAllocationDate"),
        "FailedAllocationMessage": failed.get("Message"),
        "FailedAllocationMpdCarrierServiceReference": failed.get("MpdCarrierServiceReference"),
        "FailedAllocationMpdCarrierServiceGroupName": failed.get("MpdCarrierServiceGroupName"),
        "FailedAllocationMpdCarrierServiceGroupReference": failed.get(
            "CarrierServiceGroupReference"
        ),
        "FailedAllocationMpdCarrierServiceName": failed.get("MpdCarrierServiceName"),
        "FailedManifestMessage": None,
        "FailedManifestTimeStamp": None,
        "Value": document["Value"],
        "Weight": document["Weight"],
        "ApiLink": link(base_url, document["Reference"], "detail"),
    }
