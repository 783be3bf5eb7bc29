"""Labels, customs documents, manifests and tracking (SPEC §6.5–§6.7, §6.10)."""

from __future__ import annotations

import base64
from typing import Any

from packstation.sandbox import customs, ledger, manifests, tracking
from packstation.sandbox.apierrors import ApiError, FieldProblem, invalid, not_found, refused
from packstation.sandbox.clock import parse_wire_datetime
from packstation.sandbox.consignments import bulk_result, link, load
from packstation.sandbox.context import Call, Handler, Reply, json_reply
from packstation.sandbox.labels.issue import issue_labels
from packstation.sandbox.labels.render import label_format, resolution
from packstation.sandbox.schema import MANIFEST_QUERY
from packstation.sandbox.states import ALLOWED_FROM, Action, require
from packstation.sandbox.validation import check_shape, references_field

MANIFESTABLE = ALLOWED_FROM[Action.MANIFEST]


def b64(data: bytes) -> str:
    """Return bytes as the base64 text PRO puts in JSON."""
    return base64.b64encode(data).decode("ascii")


def labels(call: Call) -> Reply:
    """GET /labels/{ref}[/{fmt}[/{dpi}]] and /labels/package/{ref}/{pkg}[/{fmt}[/{dpi}]]."""
    document, internal = load(call.tx, call.path["ref"])
    format_name = label_format(call.path.get("fmt"))
    dpi = resolution(call.path.get("dpi"), format_name)
    data, content_type = issue_labels(document, format_name, dpi, call.now, call.path.get("pkg"))
    call.tx.put_consignment(document, internal)
    ledger.record(call.tx, ledger.LABELS, document, call.now)
    return json_reply({"File": b64(data), "ContentType": content_type})


def _customs_consignment(call: Call) -> dict[str, Any]:
    document, _ = load(call.tx, call.path["ref"])
    require(document["Reference"], document["ConsignmentState"], Action.CUSTOMS_DOCUMENTS)
    if document.get("Allocation") is None:
        raise refused("NotAllocated", f"Consignment {document['Reference']} has no allocation")
    return document


def customs_documents(call: Call) -> Reply:
    """GET /consignments/docs/{ref} — invoice plus CN22 or CN23 per package (if needed)."""
    document = _customs_consignment(call)
    result: dict[str, list[dict[str, str]]] = {
        "CommercialInvoiceDocuments": [],
        "CN22Documents": [],
        "CN23Documents": [],
    }
    if customs.needs_documents(document):
        reference = document["Reference"]
        invoice = customs.commercial_invoice(document)
        result["CommercialInvoiceDocuments"].append(
            {"Key": f"INV_{reference}", "Value": b64(invoice)}
        )
        kind = customs.document_type(document)
        for package in document["Packages"]:
            pdf = customs.declaration(document, package)
            result[f"{kind}Documents"].append(
                {"Key": f"{kind}_{package['Reference']}", "Value": b64(pdf)}
            )
    return json_reply(result)


def commercial_invoice(call: Call) -> Reply:
    """GET /consignments/docs/commercialinvoice/{ref} — base64 PDF as a JSON string."""
    document = _customs_consignment(call)
    if not customs.needs_documents(document):
        raise refused("NoCustomsDocuments", "Consignment does not need customs documents")
    return json_reply(b64(customs.commercial_invoice(document)))


def customs_document(call: Call) -> Reply:
    """GET /consignments/docs/{type}/{ref}/{pkg} — one CN22/CN23 as a base64 JSON string."""
    document = _customs_consignment(call)
    kind = call.path["kind"].upper()
    if kind not in ("CN22", "CN23"):
        raise invalid([FieldProblem("customsDocumentType", "Must be CN22 or CN23")])
    if not customs.needs_documents(document) or customs.document_type(document) != kind:
        raise refused("NoSuchCustomsDocument", f"Consignment has no {kind} document")
    package = next((p for p in document["Packages"] if p["Reference"] == call.path["pkg"]), None)
    if package is None:
        raise not_found("Package", call.path["pkg"])
    return json_reply(b64(customs.declaration(document, package)))


def manifest(call: Call) -> Reply:
    """PUT /consignments/manifest — per-reference results."""
    results = []
    batch = []
    for reference in references_field(call.body):
        try:
            document, internal = load(call.tx, reference)
            manifests.mark_manifested(document)
        except ApiError as error:
            results.append(bulk_result(reference, False, error.message, None))
            continue
        batch.append((document, internal))
        message = f"Consignment {reference} has been manifested successfully."
        results.append(bulk_result(reference, True, message, [link(call.base_url, reference)]))
    manifests.record(call.tx, batch, call.now)
    for document, internal in batch:
        call.tx.put_consignment(document, internal)
        ledger.record(call.tx, ledger.MANIFEST, document, call.now)
    return json_reply(results)


def manifest_from_query(call: Call) -> Reply:
    """POST (or PUT) /consignments/manifestFromQuery — the counting message."""
    body = check_shape(call.body, MANIFEST_QUERY)
    states = body.get("States")
    if not isinstance(states, list) or not states:
        raise invalid([FieldProblem("States", "At least one state is required", "Required")])
    wrong = [state for state in states if state not in MANIFESTABLE]
    if wrong:
        raise invalid([FieldProblem("States", f"State {wrong[0]} cannot be manifested")])
    found = [loaded for state in states for loaded in call.tx.find_consignments({"state": state})]
    found = [loaded for loaded in found if _query_matches(loaded, body)]
    for document, _ in found:
        manifests.mark_manifested(document)
    manifests.record(call.tx, found, call.now)
    for document, internal in found:
        call.tx.put_consignment(document, internal)
        ledger.record(call.tx, ledger.MANIFEST, document, call.now)
    count = len(found)
    message = (
        f"Query found {count} consignment(s). {count} successfully queued to manifest. "
        "0 failed to be added to the queue"
    )
    return json_reply({"Message": message, "FailedConsignments": []})


def _query_matches(loaded: tuple[dict[str, Any], dict[str, Any]], body: dict[str, Any]) -> bool:
    document, internal = loaded
    locations = body.get("ShippingLocationReferences")
    if locations and manifests.location_of(document) not in locations:
        return False
    carriers = body.get("Carriers")
    if carriers and internal.get("carrier_reference") not in carriers:
        return False
    printed = body.get("LabelsPrinted")
    if printed is not None and bool(document["LabelsPrinted"]) != bool(printed):
        return False
    collection = document.get("CollectionDate")
    if body.get("ShippingDate") and collection:
        if (
            parse_wire_datetime(body["ShippingDate"]).date()
            != parse_wire_datetime(collection).date()
        ):
            return False
    ranges = body.get("ShippingDateRanges") or {}
    if ranges and collection:
        day = parse_wire_datetime(collection)
        if ranges.get("StartDate") and day < parse_wire_datetime(ranges["StartDate"]):
            return False
        if ranges.get("EndDate") and day > parse_wire_datetime(ranges["EndDate"]):
            return False
    return True


def customer_manifests(call: Call) -> Reply:
    """GET /consignments/customer/manifests[?shippingLocationReference=] — a bare array."""
    location = call.query_value("shippingLocationReference")
    infos = [m["Info"] for m in call.tx.list_documents(manifests.MANIFEST_KIND)]
    return json_reply(
        [i for i in infos if location is None or i["ShippingLocationReference"] == location]
    )


def customer_manifest(call: Call) -> Reply:
    """GET /consignments/customer/manifest/{manifestReference} — base64 PDF string."""
    found = call.tx.get_document(manifests.MANIFEST_KIND, call.path["manifest"])
    if found is None:
        raise not_found("Manifest", call.path["manifest"])
    return json_reply(b64(manifests.manifest_pdf(found)))


def tracking_events(call: Call) -> Reply:
    """GET /tracking/{ref}."""
    document, internal = load(call.tx, call.path["ref"])
    return json_reply(tracking.tracking_view(document, internal, call.now))


def tracking_flattened(call: Call) -> Reply:
    """GET /tracking/flattened/{ref}."""
    document, internal = load(call.tx, call.path["ref"])
    return json_reply(tracking.flattened_view(document, internal, call.now))


ROUTES: list[tuple[str, str, Handler]] = [
    ("GET", "/labels/package/{ref}/{pkg}/{fmt}/{dpi}", labels),
    ("GET", "/labels/package/{ref}/{pkg}/{fmt}", labels),
    ("GET", "/labels/package/{ref}/{pkg}", labels),
    ("GET", "/labels/{ref}/{fmt}/{dpi}", labels),
    ("GET", "/labels/{ref}/{fmt}", labels),
    ("GET", "/labels/{ref}", labels),
    ("GET", "/consignments/docs/commercialinvoice/{ref}", commercial_invoice),
    ("GET", "/consignments/docs/{kind}/{ref}/{pkg}", customs_document),
    ("GET", "/consignments/docs/{ref}", customs_documents),
    ("PUT", "/consignments/manifest", manifest),
    ("POST", "/consignments/manifestFromQuery", manifest_from_query),
    ("PUT", "/consignments/manifestFromQuery", manifest_from_query),
    ("GET", "/consignments/customer/manifests", customer_manifests),
    ("GET", "/consignments/customer/manifest/{manifest}", customer_manifest),
    # The SDK's spelling of the same two endpoints (SPEC §9 #4).
    ("GET", "/consignments/manifests", customer_manifests),
    ("GET", "/consignments/manifest/{manifest}", customer_manifest),
    ("GET", "/tracking/flattened/{ref}", tracking_flattened),
    ("GET", "/tracking/{ref}", tracking_events),
]
