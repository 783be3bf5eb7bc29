"""Allocation endpoints (SPEC §6.4) and quotes (SPEC §6.3)."""

from __future__ import annotations

from typing import Any

from packstation.sandbox import allocation, ledger, quotes
from packstation.sandbox.apierrors import ApiError, FieldProblem, invalid, not_found, refused
from packstation.sandbox.catalogue import Service
from packstation.sandbox.catalogue_data import SERVICE_GROUPS, SERVICES
from packstation.sandbox.clock import parse_wire_datetime
from packstation.sandbox.consignments import load
from packstation.sandbox.context import Call, Handler, Reply, json_reply
from packstation.sandbox.eligibility import Offer
from packstation.sandbox.schema import BOOLEAN, STRING
from packstation.sandbox.states import Action, require
from packstation.sandbox.validation import (
    check_consignment,
    check_shape,
    references_field,
    require_object,
)

SERVICE_FILTERS = {
    "Filters": {"ServiceDirection": STRING, "IsPickup": BOOLEAN, "IsDropOff": BOOLEAN}
}


def allocate_one(
    call: Call,
    reference: str,
    services: list[Service],
    *,
    group: str | None = None,
    service: str | None = None,
) -> dict[str, Any]:
    """Allocate one consignment to the cheapest of ``services``; return its summary."""
    document, internal = load(call.tx, reference)
    require(reference, document["ConsignmentState"], Action.ALLOCATE)
    chosen = allocation.choose(document, call.now, services)
    if isinstance(chosen, Offer):
        allocation.apply(call.tx, document, internal, chosen, call.now, group=group)
        ledger.record(call.tx, ledger.ALLOCATE, document, call.now)
    else:
        message = allocation.failure_message(chosen)
        allocation.fail(document, internal, call.now, message, group=group, service=service)
    call.tx.put_consignment(document, internal)
    return allocation.summary(document, call.base_url)


def _bulk(call: Call, references: list[str], **choice: Any) -> Reply:
    summaries = []
    for reference in references:
        try:
            summaries.append(allocate_one(call, reference, **choice))
        except ApiError as error:
            summaries.append(allocation.error_summary(reference, error.status, error.message))
    return json_reply(summaries)


def service_of(reference: Any) -> Service:
    """Return a catalogue service or raise the 400 naming the field."""
    if not isinstance(reference, str) or reference not in SERVICES:
        target = "MpdCarrierServiceReference"
        raise invalid([FieldProblem(target, f"Unknown carrier service {reference}")])
    return SERVICES[reference]


def group_members(group: str) -> list[Service]:
    """Return the services of a group or raise the 404."""
    if group not in SERVICE_GROUPS:
        raise not_found("CarrierServiceGroup", group)
    return allocation.candidate_services(group=group)


def allocate_default(call: Call) -> Reply:
    """PUT /allocation/allocate — cheapest eligible service for each reference."""
    return _bulk(call, references_field(call.body), services=allocation.candidate_services())


def allocate_cheapest(call: Call) -> Reply:
    """PUT /allocation/{ref}/allocatewithcheapestquote."""
    summary = allocate_one(call, call.path["ref"], allocation.candidate_services())
    return json_reply([summary])


def allocate_with_service(call: Call) -> Reply:
    """PUT /allocation/allocatewithcarrierservice."""
    body = require_object(call.body)
    service = service_of(body.get("MpdCarrierServiceReference"))
    references = references_field(body)
    return _bulk(call, references, services=[service], service=service.reference)


def allocate_with_group(call: Call) -> Reply:
    """PUT /allocation/{ref}/allocatewithservicegroup/{group}."""
    group = call.path["group"]
    summary = allocate_one(call, call.path["ref"], group_members(group), group=group)
    return json_reply([summary])


def allocate_with_group_bulk(call: Call) -> Reply:
    """PUT /allocation/allocatewithservicegroup (SDK form)."""
    body = require_object(call.body)
    group = str(body.get("MpdCarrierServiceGroupReference") or "")
    members = group_members(group)
    return _bulk(call, references_field(body), services=members, group=group)


def allocate_with_filters(call: Call) -> Reply:
    """PUT /allocation/allocateConsignmentsWithServiceFilters."""
    body = check_shape(call.body, SERVICE_FILTERS)
    filters = body.get("Filters") or {}
    services = [
        s
        for s in SERVICES.values()
        if (filters.get("IsPickup") is None or s.is_pickup == bool(filters["IsPickup"]))
        and (filters.get("IsDropOff") is None or s.is_drop_off == bool(filters["IsDropOff"]))
    ]
    return _bulk(call, references_field(body), services=services)


def allocate_with_quote(call: Call) -> Reply:
    """PUT /allocation/{ref}/allocatewithquote/{quoteReference}."""
    return json_reply([allocate_by_quote(call, call.path["ref"], call.path["quote"])])


def allocate_by_quote(call: Call, reference: str, quote_reference: str) -> dict[str, Any]:
    """Allocate to a stored quote's service at the quoted price; return the summary."""
    document, internal = load(call.tx, reference)
    require(reference, document["ConsignmentState"], Action.ALLOCATE)
    quote = call.tx.get_document(quotes.QUOTE_KIND, quote_reference)
    if quote is None:
        raise not_found("Quote", quote_reference)
    if quote["ConsignmentReference"] not in ("", reference):
        raise refused("QuoteMismatch", f"Quote was made for {quote['ConsignmentReference']}")
    if parse_wire_datetime(quote["ExpiryDate"]) <= call.now:
        raise refused("QuoteExpired", f"Quote {quote_reference} expired at {quote['ExpiryDate']}")
    outcome = allocation.offer_for(
        document, call.now, SERVICES[quote["MpdCarrierServiceReference"]]
    )
    if not isinstance(outcome, Offer):
        raise refused("QuoteNoLongerValid", f"Quoted service cannot carry it: {outcome.reason}")
    allocation.apply(call.tx, document, internal, outcome, call.now, price=quote["Price"])
    ledger.record(call.tx, ledger.ALLOCATE, document, call.now)
    call.tx.put_consignment(document, internal)
    return allocation.summary(document, call.base_url)


def get_quotes(call: Call) -> Reply:
    """POST /quotes/ — quotes for a consignment that need not exist."""
    body = check_consignment(call.body, need_description=False)
    return json_reply(quotes.quote_result(call.tx, _proto(body), call.now))


def get_group_quotes(call: Call) -> Reply:
    """POST /quotes/serviceGroups."""
    body = check_consignment(call.body, need_description=False)
    return json_reply(quotes.service_group_results(call.tx, _proto(body), call.now))


def get_quotes_for_consignment(call: Call) -> Reply:
    """GET /quotes/consignment/{ref}."""
    document, _ = load(call.tx, call.path["ref"])
    return json_reply(quotes.quote_result(call.tx, document, call.now))


def _proto(body: dict[str, Any]) -> dict[str, Any]:
    proto = dict(body)
    proto["Reference"] = ""
    return proto


ROUTES: list[tuple[str, str, Handler]] = [
    ("PUT", "/allocation/allocate", allocate_default),
    ("PUT", "/allocation/allocatewithcarrierservice", allocate_with_service),
    ("PUT", "/allocation/allocatewithservicegroup", allocate_with_group_bulk),
    ("PUT", "/allocation/allocateConsignmentsWithServiceFilters", allocate_with_filters),
    ("PUT", "/allocation/{ref}/allocatewithcheapestquote", allocate_cheapest),
    ("PUT", "/allocation/{ref}/allocatewithservicegroup/{group}", allocate_with_group),
    ("PUT", "/allocation/{ref}/allocatewithquote/{quote}", allocate_with_quote),
    ("POST", "/quotes/serviceGroups", get_group_quotes),
    ("GET", "/quotes/consignment/{ref}", get_quotes_for_consignment),
    ("POST", "/quotes", get_quotes),
]
