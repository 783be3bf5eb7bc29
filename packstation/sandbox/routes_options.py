"""Delivery and pickup options (SPEC §6.1): compute, read, select, select as order."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from packstation.sandbox import allocation, consignments, ledger, options, orders, pickup
from packstation.sandbox.apierrors import FieldProblem, invalid, not_found, refused
from packstation.sandbox.clock import parse_wire_datetime, wire_datetime
from packstation.sandbox.context import Call, Handler, Reply, json_reply
from packstation.sandbox.references import hex_id
from packstation.sandbox.schema import META, STRING
from packstation.sandbox.shipment import shipment_of
from packstation.sandbox.validation import check_consignment, check_shape

SELECT_AS_ORDER = {
    "DeliveryOptions": [
        {"Reference": STRING, "OrderReferenceProvidedByCustomer": STRING, "MetaData": META}
    ]
}

RESERVATION_MINUTES = 30


def _load_option(call: Call, reference: str) -> dict[str, Any]:
    record = call.tx.get_document(options.OPTION_KIND, reference)
    if record is None:
        raise not_found("DeliveryOption", reference)
    return record


def delivery_options(call: Call) -> Reply:
    """POST /deliveryoptions."""
    body = check_consignment(call.body, need_description=False)
    _, views = options.delivery_options(call.tx, body, call.now)
    return json_reply({"DeliveryOptions": views})


def summary(call: Call) -> Reply:
    """POST /deliveryoptions/summary — only the dates that have options."""
    body = check_consignment(call.body, need_description=False)
    proto, views = options.delivery_options(call.tx, body, call.now)
    days = sorted({view["EstimatedDeliveryDate"]["Date"][:10] for view in views})
    return json_reply(
        {
            "Reference": proto,
            "DeliveryOptions": [f"{day}T00:00:00" for day in days],
            "TimeSlots": None,
            "PickUp": None,
            "DropOff": None,
        }
    )


def existing(call: Call) -> Reply:
    """GET /deliveryoptions/details/{ref}."""
    reference = call.path["option"]
    record = _load_option(call, reference)
    proto = call.tx.get_document(options.PROTO_KIND, record["Proto"]) or {}
    created = str(proto.get("Created") or wire_datetime(call.now))
    return json_reply(
        {
            "Reference": reference,
            "ConsignmentDetail": options.consignment_detail(record, created),
            "DeliveryOption": record["Option"],
        }
    )


def pickup_options(call: Call) -> Reply:
    """POST /deliveryoptions/pickupoptions/."""
    body = check_consignment(call.body, need_description=False)
    problems = []
    distance = body.get("Distance")
    if not isinstance(distance, dict) or not isinstance(distance.get("Value"), int | float):
        problems.append(FieldProblem("Distance", "Distance {Unit, Value} is required", "Required"))
    max_results = body.get("MaxResults")
    if not isinstance(max_results, int) or not 1 <= max_results <= 50:
        problems.append(FieldProblem("MaxResults", "MaxResults must be between 1 and 50"))
    if problems:
        raise invalid(problems, "The pickup options request is invalid")
    return json_reply(pickup.pickup_options(call.tx, body, call.now))


def reserve(call: Call) -> Reply:
    """POST /deliveryoptions/reserve/{ref} — hold a pickup option for a while."""
    reference = call.path["option"]
    record = _load_option(call, reference)
    if "Shop" not in record:
        raise refused("NotAPickupOption", f"{reference} is not a pickup option")
    record["Reservation"] = {
        "ReservationReference": hex_id(),
        "ExpiryDate": wire_datetime(call.now + timedelta(minutes=RESERVATION_MINUTES)),
    }
    call.tx.put_document(options.OPTION_KIND, reference, record)
    return json_reply({"Reference": reference, **record["Reservation"]})


def select(call: Call) -> Reply:
    """POST /deliveryoptions/select/{ref} — creates the consignment already Allocated."""
    reference = call.path["option"]
    record = _load_option(call, reference)
    if record.get("SelectedConsignment"):
        raise refused(
            "OptionAlreadySelected",
            f"Delivery option {reference} was already selected ({record['SelectedConsignment']})",
        )
    cut_off = parse_wire_datetime(record["Option"]["AllocationCutOff"])
    if cut_off <= call.now:
        raise refused(
            "OptionExpired", f"Delivery option {reference} expired at {cut_off.isoformat()}"
        )
    document = consignments.new_consignment(call.tx, record["Request"], call.now)
    if "Shop" in record:
        reservation = (record.get("Reservation") or {}).get("ReservationReference")
        document["LocationInformation"] = {
            "ShopReference": record["Shop"]["ShopReference"],
            "ReservationReference": reservation,
        }
    offer = options.offer_of(record, shipment_of(document))
    internal: dict[str, Any] = {"delivery_option": reference}
    allocation.apply(call.tx, document, internal, offer, call.now, price=record["Option"]["Price"])
    call.tx.put_consignment(document, internal)
    ledger.record(call.tx, ledger.CREATE, document, call.now)
    ledger.record(call.tx, ledger.ALLOCATE, document, call.now)
    record["SelectedConsignment"] = document["Reference"]
    call.tx.put_document(options.OPTION_KIND, reference, record)
    return json_reply(allocation.summary(document, call.base_url))


def select_as_order(call: Call) -> Reply:
    """POST /deliveryoptions/selectorder — one new order per option (duplicates allowed)."""
    body = check_shape(call.body, SELECT_AS_ORDER)
    entries = body.get("DeliveryOptions")
    if not isinstance(entries, list) or not entries:
        raise invalid(
            [FieldProblem("DeliveryOptions", "At least one option is required", "Required")]
        )
    results = []
    for index, entry in enumerate(entries):
        reference = (entry or {}).get("Reference")
        if not reference:
            target = f"DeliveryOptions[{index}].Reference"
            raise invalid([FieldProblem(target, "Reference is required", "Required")])
        record = call.tx.get_document(options.OPTION_KIND, reference)
        if record is None:
            results.append(
                _select_order_result(reference, None, 404, "Delivery option not found", call)
            )
            continue
        request = dict(record["Request"])
        request["OrderReferenceProvidedByCustomer"] = entry.get("OrderReferenceProvidedByCustomer")
        request["MetaData"] = entry.get("MetaData") or request.get("MetaData")
        order = orders.new_order(call.tx, request, call.now, delivery_option=reference)
        orders.save(call.tx, order)
        results.append(_select_order_result(reference, order["OrderReference"], 201, None, call))
    return json_reply({"SelectOrderResults": results})


def _select_order_result(
    option: str, order: str | None, status: int, message: str | None, call: Call
) -> dict[str, Any]:
    links = [{"Rel": "Detail", "Href": f"{call.base_url}/orders/{order}"}] if order else []
    return {
        "DeliveryOptionReference": option,
        "OrderReference": order,
        "Status": status,
        "Message": message,
        "Links": links,
    }


ROUTES: list[tuple[str, str, Handler]] = [
    ("POST", "/deliveryoptions/summary", summary),
    ("POST", "/deliveryoptions/pickupoptions", pickup_options),
    ("POST", "/deliveryoptions/selectorder", select_as_order),
    ("POST", "/deliveryoptions/select/{option}", select),
    ("POST", "/deliveryoptions/reserve/{option}", reserve),
    ("GET", "/deliveryoptions/details/{option}", existing),
    ("POST", "/deliveryoptions", delivery_options),
]
