"""Order endpoints (SPEC §6.8): create, read, update, addresses, pack."""

from __future__ import annotations

from packstation.sandbox import documents, orders
from packstation.sandbox.apierrors import FieldProblem, invalid, refused
from packstation.sandbox.consignments import link
from packstation.sandbox.context import Call, Handler, Reply, empty, json_reply
from packstation.sandbox.schema import ADDRESS, CONSIGNMENT
from packstation.sandbox.validation import check_shape, references_field


def _order_link(call: Call, reference: str) -> dict[str, str]:
    return {"Rel": "Order", "Href": f"{call.base_url}/orders/{reference}"}


def create(call: Call) -> Reply:
    """POST /orders."""
    body = check_shape(call.body, CONSIGNMENT)
    problems = orders.order_problems(body)
    if problems:
        raise invalid(problems, "The order is invalid: " + problems[0].message)
    order = orders.new_order(call.tx, body, call.now)
    orders.save(call.tx, order, [])
    return json_reply([_order_link(call, order["OrderReference"])], 201)


def get(call: Call) -> Reply:
    """GET /orders/{order}."""
    return json_reply(orders.load(call.tx, call.path["order"])["Order"])


def update(call: Call) -> Reply:
    """PUT /orders/{order} — replace rules of SPEC §6.8.3."""
    body = check_shape(call.body, CONSIGNMENT)
    reference = call.path["order"]
    if body.get("OrderReference") != reference:
        raise invalid(
            [FieldProblem("OrderReference", "OrderReference must match the order in the path")]
        )
    record = orders.load(call.tx, reference)
    orders.apply_update(record["Order"], body)
    orders.save(call.tx, record["Order"])
    return json_reply([{"Rel": "Link", "Href": f"{call.base_url}/orders/{reference}"}])


def _address_change(call: Call, *, adding: bool) -> Reply:
    body = check_shape(call.body, ADDRESS)
    address_type = str(body.get("AddressType") or "")
    if not address_type:
        raise invalid([FieldProblem("AddressType", "AddressType is required", "Required")])
    record = orders.load(call.tx, call.path["order"])
    order = record["Order"]
    present = [a for a in order["Addresses"] if a["AddressType"].lower() == address_type.lower()]
    if adding and present:
        raise refused("AddressExists", f"The order already has a {address_type} address")
    if not adding and not present:
        raise refused("AddressMissing", f"The order has no {address_type} address to update")
    others = [a for a in order["Addresses"] if a["AddressType"].lower() != address_type.lower()]
    order["Addresses"] = [*others, documents.address(body)]
    orders.save(call.tx, order)
    return empty()


def add_address(call: Call) -> Reply:
    """POST /orders/{order}/address — only for a type not yet on the order."""
    return _address_change(call, adding=True)


def update_address(call: Call) -> Reply:
    """PUT /orders/{order}/address — only for a type already on the order."""
    return _address_change(call, adding=False)


def pack(call: Call) -> Reply:
    """POST /orders/{order}/pack — a new consignment every call, as PRO does."""
    body = check_shape(call.body, CONSIGNMENT)
    record = orders.load(call.tx, call.path["order"])
    if body.get("OrderReference") not in (None, call.path["order"]):
        raise invalid([FieldProblem("OrderReference", "OrderReference must match the path")])
    problems = orders.pack_problems(record["Order"], body)
    if problems:
        raise invalid(problems, "The pack request is invalid: " + problems[0].message)
    created = orders.pack(call.tx, record, body, call.now)
    results = [
        {
            "Result": result,
            "Message": None,
            "Data": reference,
            "ApiLinks": [link(call.base_url, reference, "Consignment")],
        }
        for result, reference in created
    ]
    return json_reply({"Results": results}, 201)


def order_consignments(call: Call) -> Reply:
    """PUT /orders/consignments — consignments already packed from each order (SDK)."""
    results = []
    for reference in references_field(call.body, "OrderReferences"):
        record = call.tx.get_document(orders.ORDER_KIND, reference)
        results.append(
            {
                "OrderReference": reference,
                "Status": 404 if record is None else 200,
                "Message": "Order not found" if record is None else None,
                "Consignments": [] if record is None else record["Packed"],
            }
        )
    return json_reply({"OrderConsignmentsResults": results})


ROUTES: list[tuple[str, str, Handler]] = [
    ("POST", "/orders", create),
    ("PUT", "/orders/consignments", order_consignments),
    ("POST", "/orders/{order}/address", add_address),
    ("PUT", "/orders/{order}/address", update_address),
    ("POST", "/orders/{order}/pack", pack),
    ("GET", "/orders/{order}", get),
    ("PUT", "/orders/{order}", update),
]
