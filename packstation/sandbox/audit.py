"""Audit messages (``GET /consignments/{ref}/audit``, SDK only), derived from the lifecycle dates.

The consignment document already records when each step happened, so the audit trail is read
from it rather than written separately; it can never disagree with the consignment.
"""

from __future__ import annotations

from typing import Any

USER = "sandbox"


def _entry(
    index: int, reference: str, stamp: str, message: str, category: str, severity: str = "Low"
) -> dict[str, Any]:
    return {
        "Id": index,
        "Timestamp": stamp,
        "ConsignmentReference": reference,
        "Message": message,
        "Severity": severity,
        "Category": category,
        "Username": USER,
        "AdditionalData": None,
        "Details": None,
    }


def audit_trail(document: dict[str, Any], internal: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the audit messages of a consignment, oldest first."""
    reference = document["Reference"]
    steps: list[tuple[str, str, str, str]] = [
        (document["DateCreated"], "Consignment created", "ConsignmentLifecycle", "Low")
    ]
    for failed in internal.get("failed_allocations") or []:
        message = f"Allocation failed: {failed.get('Message')}"
        steps.append((failed["AttemptedAllocationDate"], message, "ConsignmentLifecycle", "High"))
    allocation = document.get("Allocation")
    if allocation:
        message = f"Allocated to {allocation['MpdCarrierServiceName']}"
        steps.append((allocation["AllocationDate"], message, "ConsignmentLifecycle", "Low"))
    if document.get("DateLabelsWereFirstPrinted"):
        message = f"Labels printed ({document['LabelCount']})"
        steps.append((document["DateLabelsWereFirstPrinted"], message, "Labels", "Low"))
    if internal.get("manifested_at"):
        steps.append((internal["manifested_at"], "Manifested", "ConsignmentLifecycle", "Low"))
    if document.get("DateShipped"):
        steps.append((document["DateShipped"], "Dispatched", "ConsignmentLifecycle", "Low"))
    steps.sort(key=lambda step: step[0])
    return [
        _entry(index, reference, stamp, message, category, severity)
        for index, (stamp, message, category, severity) in enumerate(steps, start=1)
    ]
