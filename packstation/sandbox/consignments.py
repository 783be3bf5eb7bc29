"""Consignment documents: create, replace, packages, and the read shapes derived from them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from packstation.sandbox import documents
from packstation.sandbox.apierrors import not_found
from packstation.sandbox.clock import wire_datetime
from packstation.sandbox.store import Transaction

# The Sorted tenant id every sandbox consignment belongs to.
CUSTOMER_REFERENCE = "338a3524-5a17-44dd-a601-1527574f1a5d"

Loaded = tuple[dict[str, Any], dict[str, Any]]


def requested_delivery(body: dict[str, Any]) -> dict[str, Any] | None:
    """Return the stored ``RequestedDeliveryDate`` from either request spelling."""
    value = body.get("RequestedDeliveryDate") or body.get("RequiredDeliveryDate")
    if not value:
        return None
    return {
        "Date": value.get("Date"),
        "IsToBeExactlyOnTheDateSpecified": bool(value.get("IsToBeExactlyOnTheDateSpecified")),
        "DeliveryWindow": value.get("DeliveryWindow"),
    }


def new_consignment(
    tx: Transaction, body: dict[str, Any], now: datetime, *, reference: str | None = None
) -> dict[str, Any]:
    """Return a new Unallocated consignment document built from a validated create body."""
    packages = [documents.package(tx, package) for package in body["Packages"]]
    total_weight, total_value = documents.totals(packages)
    return {
        "ConsignmentLegs": [],
        "CollectionDate": None,
        "DateDelivered": None,
        "FirstAttemptedDeliveryDate": None,
        "DateReturned": None,
        "DateShipped": None,
        "DateCollected": None,
        "AttemptedDeliveryDate": None,
        "MetaData": list(body.get("MetaData") or body.get("Metadata") or []),
        "Allocation": None,
        "FailedAllocation": None,
        "Source": "Web" if str(body.get("Source") or "").lower() == "web" else "Api",
        "LabelCount": 0,
        "LabelsPrinted": False,
        "DateLabelsWereFirstPrinted": None,
        "IsLate": False,
        "LateForCustomer": False,
        "CustomerReference": CUSTOMER_REFERENCE,
        "Weight": total_weight,
        "Value": total_value,
        "CustomsDocumentation": body.get("CustomsDocumentation"),
        "Direction": "Inbound" if str(body.get("Direction")).lower() == "inbound" else "Outbound",
        "Tags": list(body.get("Tags") or []),
        "Reference": reference or tx.new_reference("EC"),
        "ConsignmentState": "Unallocated",
        "DateCreated": wire_datetime(now),
        "ShippingDate": body.get("ShippingDate"),
        "RequestedDeliveryDate": requested_delivery(body),
        "EarliestDeliveryDate": None,
        "LatestDeliveryDate": None,
        "ConsignmentReferenceProvidedByCustomer": body.get("ConsignmentReferenceProvidedByCustomer")
        or "",
        "Addresses": [documents.address(entry) for entry in body["Addresses"]],
        "Packages": packages,
        "LocationInformation": None,
    }


def replace_consignment(tx: Transaction, document: dict[str, Any], body: dict[str, Any]) -> None:
    """Apply an Update Consignment body (whole-object replace rules of SPEC §6.2.6)."""
    document["ShippingDate"] = body.get("ShippingDate")
    document["RequestedDeliveryDate"] = requested_delivery(body)
    document["ConsignmentReferenceProvidedByCustomer"] = (
        body.get("ConsignmentReferenceProvidedByCustomer") or ""
    )
    document["CustomsDocumentation"] = body.get("CustomsDocumentation")
    document["MetaData"] = list(body.get("MetaData") or body.get("Metadata") or [])
    document["Addresses"] = [documents.address(entry) for entry in body.get("Addresses") or []]
    if body.get("Packages") is not None:
        known = {package["Reference"] for package in document["Packages"]}
        for package in body["Packages"]:
            if package.get("Reference") and package["Reference"] not in known:
                raise not_found("Package", package["Reference"])
        document["Packages"] = [documents.package(tx, package) for package in body["Packages"]]
    if body.get("Tags") is not None:
        document["Tags"] = list(body["Tags"])
    refresh_totals(document)


def refresh_totals(document: dict[str, Any]) -> None:
    """Recompute the consignment's total weight and value from its packages."""
    document["Weight"], document["Value"] = documents.totals(document["Packages"])


def load(tx: Transaction, reference: str) -> Loaded:
    """Return ``(document, internal)`` or raise the 404."""
    found = tx.get_consignment(reference)
    if found is None:
        raise not_found("Consignment", reference)
    return found


def load_by_package(tx: Transaction, package_reference: str) -> Loaded:
    """Return the consignment holding a package, or raise the 404."""
    reference = tx.consignment_of_package(package_reference)
    if reference is None:
        raise not_found("Package", package_reference)
    return load(tx, reference)


def link(base_url: str, reference: str, rel: str = "Link") -> dict[str, str]:
    """Return an ApiLink to a consignment."""
    return {"Rel": rel, "Href": f"{base_url}/consignments/{reference}"}


def status_of(document: dict[str, Any], base_url: str) -> dict[str, Any]:
    """Return the Get Consignment Status shape."""
    return {
        "ConsignmentReferenceForAllLegsAssignedByMpd": document["Reference"],
        "Status": document["ConsignmentState"],
        "ExpectedDeliveryDate": document.get("LatestDeliveryDate"),
        "ApiLink": link(base_url, document["Reference"]),
    }


def bulk_result(
    reference: str, ok: bool, message: str, links: list[dict[str, str]] | None
) -> dict[str, Any]:
    """Return one ``WithMessage<string>`` entry of a bulk response."""
    return {"IsSuccess": ok, "Message": message, "Data": reference, "ApiLinks": links}
