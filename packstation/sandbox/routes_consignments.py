"""Consignment endpoints (SPEC §6.2): create, read, search, update, packages, state changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from packstation.sandbox import allocation, consignments, documents, ledger, search
from packstation.sandbox.apierrors import ApiError, FieldProblem, invalid, not_found, refused
from packstation.sandbox.audit import audit_trail
from packstation.sandbox.clock import wire_datetime
from packstation.sandbox.consignments import bulk_result, link, load, load_by_package
from packstation.sandbox.context import Call, Handler, Reply, empty, json_reply
from packstation.sandbox.schema import CONSIGNMENT, PACKAGE
from packstation.sandbox.states import Action, require
from packstation.sandbox.validation import (
    check_consignment,
    check_shape,
    package_problems,
    references_field,
    require_reference_list,
)


def create(call: Call) -> Reply:
    """POST /consignments — a new Unallocated consignment."""
    body = check_consignment(call.body)
    document = consignments.new_consignment(call.tx, body, call.now)
    call.tx.put_consignment(document, {})
    ledger.record(call.tx, ledger.CREATE, document, call.now)
    return json_reply([link(call.base_url, document["Reference"])], 201)


def get(call: Call) -> Reply:
    """GET /consignments/{ref} (and the with/without metadata variants)."""
    document, _ = load(call.tx, call.path["ref"])
    return json_reply(document)


def status(call: Call) -> Reply:
    """GET /consignments/{ref}/status."""
    document, _ = load(call.tx, call.path["ref"])
    return json_reply(consignments.status_of(document, call.base_url))


def audit(call: Call) -> Reply:
    """GET /consignments/{ref}/audit [SDK] — lifecycle messages, failures with their reason."""
    document, internal = load(call.tx, call.path["ref"])
    return json_reply(audit_trail(document, internal))


def references(call: Call) -> Reply:
    """GET /consignments/getConsignmentReferences?… — references only."""
    return json_reply([document["Reference"] for document, _ in search.find(call.tx, call.query)])


def search_page(call: Call) -> Reply:
    """GET /consignments/{take}/{skip}?… — paged summaries with the total count."""
    found = search.find(call.tx, call.query)
    take, skip = int(call.path["take"]), int(call.path["skip"])
    page = found[skip : skip + take]
    return json_reply(
        {
            "Count": len(found),
            "ConsignmentSummaries": [search.summary(doc, call.base_url) for doc, _ in page],
        }
    )


def update(call: Call) -> Reply:
    """PUT /consignments/ — whole-object replace of an editable consignment."""
    body = check_shape(call.body, CONSIGNMENT)
    reference = body.get("Reference")
    if not reference:
        raise invalid([FieldProblem("Reference", "Reference is required", "Required")])
    document, internal = load(call.tx, reference)
    require(reference, document["ConsignmentState"], Action.EDIT)
    # Packages left out of an update stay as they are, so validate against the stored ones.
    check_consignment({**body, "Packages": body.get("Packages") or document["Packages"]})
    consignments.replace_consignment(call.tx, document, body)
    call.tx.put_consignment(document, internal)
    return json_reply([link(call.base_url, reference)])


def add_package(call: Call) -> Reply:
    """POST /consignments/{ref}/addpackage."""
    document, internal = load(call.tx, call.path["ref"])
    body = check_shape(call.body, PACKAGE)
    require(document["Reference"], document["ConsignmentState"], Action.EDIT)
    problems = package_problems(body, "body")
    if problems:
        raise invalid(problems, "The package is invalid: " + problems[0].message)
    package = documents.package(call.tx, {**body, "Reference": None})
    document["Packages"].append(package)
    consignments.refresh_totals(document)
    call.tx.put_consignment(document, internal)
    return json_reply(package, 201)


def delete_package(call: Call) -> Reply:
    """DELETE /packages/{pkg} (or the SDK's removepackage) — never the last package."""
    document, internal = load_by_package(call.tx, call.path["pkg"])
    if call.path.get("ref", document["Reference"]) != document["Reference"]:
        raise not_found("Package", f"{call.path['pkg']} of {call.path['ref']}")
    require(document["Reference"], document["ConsignmentState"], Action.EDIT)
    if len(document["Packages"]) == 1:
        raise refused("LastPackage", "The last package of a consignment cannot be deleted")
    document["Packages"] = [p for p in document["Packages"] if p["Reference"] != call.path["pkg"]]
    consignments.refresh_totals(document)
    call.tx.put_consignment(document, internal)
    return empty()


def _cancel(document: dict[str, Any], internal: dict[str, Any], call: Call) -> None:
    require(document["Reference"], document["ConsignmentState"], Action.CANCEL)
    document["ConsignmentState"] = "Cancelled"
    call.tx.put_consignment(document, internal)
    ledger.record(call.tx, ledger.CANCEL, document, call.now)


def cancel(call: Call) -> Reply:
    """PUT /consignments/{ref}/cancel."""
    document, internal = load(call.tx, call.path["ref"])
    _cancel(document, internal, call)
    return empty()


def _deallocate(document: dict[str, Any], internal: dict[str, Any], call: Call) -> None:
    allocation.deallocate(document, internal)
    call.tx.put_consignment(document, internal)


def deallocate(call: Call) -> Reply:
    """PUT /consignments/{ref}/deallocate."""
    document, internal = load(call.tx, call.path["ref"])
    _deallocate(document, internal, call)
    return empty()


def _set_state(source: Action, target: str) -> Callable[..., None]:
    def apply(document: dict[str, Any], internal: dict[str, Any], call: Call) -> None:
        require(document["Reference"], document["ConsignmentState"], source)
        document["ConsignmentState"] = target
        call.tx.put_consignment(document, internal)

    return apply


def bulk(
    apply: Callable[[dict[str, Any], dict[str, Any], Call], None],
    success_message: str,
    link_rel: str | None,
    references_of: Callable[[Any], list[str]] = require_reference_list,
) -> Handler:
    """Return a handler applying ``apply`` to each reference with a per-reference result."""

    def handler(call: Call) -> Reply:
        results = []
        for reference in references_of(call.body):
            try:
                document, internal = load(call.tx, reference)
                apply(document, internal, call)
            except ApiError as error:
                results.append(bulk_result(reference, False, error.message, None))
                continue
            links = [link(call.base_url, reference, link_rel)] if link_rel else None
            results.append(bulk_result(reference, True, success_message, links))
        return json_reply(results)

    return handler


def dispatch(call: Call) -> Reply:
    """PUT /consignments/Dispatch — Manifested consignments leave the site."""
    results = []
    for reference in references_field(call.body):
        found = call.tx.get_consignment(reference)
        if found is None:
            results.append(_dispatch_result(reference, "NotFound", 404, "Consignment not found"))
            continue
        document, internal = found
        try:
            require(reference, document["ConsignmentState"], Action.DISPATCH)
        except ApiError as error:
            results.append(_dispatch_result(reference, "Failed", 400, error.message))
            continue
        document["ConsignmentState"] = "Dispatched"
        document["DateShipped"] = wire_datetime(call.now)
        call.tx.put_consignment(document, internal)
        results.append(_dispatch_result(reference, "Success", 200, "Consignment dispatched"))
        results[-1]["ApiLinks"] = [link(call.base_url, reference, "detail")]
    return json_reply(results)


def _dispatch_result(reference: str, status: str, code: int, message: str) -> dict[str, Any]:
    return {
        "ConsignmentReferenceForAllLegsAssignedByMpd": reference,
        "Status": status,
        "HttpStatusCode": code,
        "ApiLinks": [],
        "Message": message,
    }


ROUTES: list[tuple[str, str, Handler]] = [
    ("POST", "/consignments", create),
    ("PUT", "/consignments", update),
    ("GET", "/consignments/getConsignmentReferences", references),
    ("GET", "/consignments/getconsignmentwithmetadata/{ref}", get),
    ("GET", "/consignments/getconsignmentonly/{ref}", get),
    ("GET", "/consignments/{take:int}/{skip:int}", search_page),
    ("GET", "/consignments/{ref}/status", status),
    ("GET", "/consignments/{ref}/audit", audit),
    ("POST", "/consignments/{ref}/addpackage", add_package),
    ("DELETE", "/packages/{pkg}", delete_package),
    ("POST", "/consignments/{ref}/removepackage/{pkg}", delete_package),
    ("PUT", "/consignments/{ref}/cancel", cancel),
    ("PUT", "/consignments/{ref}/deallocate", deallocate),
    (
        "PUT",
        "/consignments/cancellist",
        bulk(_cancel, "Consignment cancellation completed successfully", None),
    ),
    (
        "PUT",
        "/consignments/deallocatelist",
        bulk(_deallocate, "Consignment deallocation completed successfully", None),
    ),
    (
        "PUT",
        "/consignments/setreadytoship",
        bulk(
            _set_state(Action.SET_READY_TO_SHIP, "ReadyToShip"),
            "Consignment marked as Ready To Ship completed successfully",
            "detail",
        ),
    ),
    (
        "PUT",
        "/consignments/setnotreadytoship",
        bulk(
            _set_state(Action.SET_NOT_READY_TO_SHIP, "Allocated"),
            "Consignment set back to Allocated from Ready To Ship completed successfully",
            "detail",
        ),
    ),
    ("PUT", "/consignments/Dispatch", dispatch),
    ("GET", "/consignments/{ref}", get),
]
