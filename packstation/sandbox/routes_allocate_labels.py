"""Allocate and get labels in one call [SDK only]: ``PUT /allocation/{ref}/…/labels/{format}``.

Answers ``{"Responses": [...]}`` with one entry for the consignment: the allocation outcome and,
when it succeeded, the label file (base64) in the requested format.
"""

from __future__ import annotations

from typing import Any

from packstation.sandbox import allocation, ledger
from packstation.sandbox.catalogue_data import SERVICES
from packstation.sandbox.consignments import load
from packstation.sandbox.context import Call, Handler, Reply, json_reply
from packstation.sandbox.labels.issue import issue_labels
from packstation.sandbox.labels.render import DEFAULT_DPI, label_format
from packstation.sandbox.routes_allocation import (
    allocate_by_quote,
    allocate_one,
    group_members,
    service_of,
)
from packstation.sandbox.routes_documents import b64


def _respond(call: Call, summary: dict[str, Any]) -> Reply:
    format_name = label_format(call.path["fmt"])
    reference = call.path["ref"]
    entry: dict[str, Any] = {
        "LabelType": "Consignment",
        "StatusCode": summary["StatusCode"],
        "LabelContent": None,
        "LabelFileType": None,
        "Result": "ConsignmentAllocated",
        "ConsignmentLegs": summary["ConsignmentLegs"],
        "CarrierReference": summary["CarrierReference"],
        "CarrierName": summary["CarrierName"],
        "CarrierServiceReference": summary["CarrierServiceReference"],
        "CarrierServiceName": summary["CarrierServiceName"],
        "Message": summary["Description"],
        "ApiLinks": summary["ApiLinks"],
    }
    if summary["StatusCode"] != 200:
        entry["Result"] = "ConsignmentAllocationFailed"
        return json_reply({"Responses": [entry]})
    document, internal = load(call.tx, reference)
    data, content_type = issue_labels(document, format_name, DEFAULT_DPI, call.now)
    call.tx.put_consignment(document, internal)
    ledger.record(call.tx, ledger.LABELS, document, call.now)
    entry["LabelContent"] = b64(data)
    entry["LabelFileType"] = content_type
    return json_reply({"Responses": [entry]})


def cheapest(call: Call) -> Reply:
    """PUT /allocation/{ref}/labels/{fmt}."""
    label_format(call.path["fmt"])
    services = allocation.candidate_services()
    return _respond(call, allocate_one(call, call.path["ref"], services))


def with_service(call: Call) -> Reply:
    """PUT /allocation/{ref}/carrierservice/{service}/labels/{fmt}."""
    label_format(call.path["fmt"])
    service = service_of(call.path["service"])
    summary = allocate_one(
        call, call.path["ref"], [SERVICES[service.reference]], service=service.reference
    )
    return _respond(call, summary)


def with_group(call: Call) -> Reply:
    """PUT /allocation/{ref}/servicegroup/{group}/labels/{fmt}."""
    label_format(call.path["fmt"])
    group = call.path["group"]
    summary = allocate_one(call, call.path["ref"], group_members(group), group=group)
    return _respond(call, summary)


def with_quote(call: Call) -> Reply:
    """PUT /allocation/{ref}/quote/{quote}/labels/{fmt}."""
    label_format(call.path["fmt"])
    return _respond(call, allocate_by_quote(call, call.path["ref"], call.path["quote"]))


ROUTES: list[tuple[str, str, Handler]] = [
    ("PUT", "/allocation/{ref}/labels/{fmt}", cheapest),
    ("PUT", "/allocation/{ref}/carrierservice/{service}/labels/{fmt}", with_service),
    ("PUT", "/allocation/{ref}/servicegroup/{group}/labels/{fmt}", with_group),
    ("PUT", "/allocation/{ref}/quote/{quote}/labels/{fmt}", with_quote),
]
