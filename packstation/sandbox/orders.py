"""Orders (SPEC §6.8): stored documents, update rules, and packing consignments out of them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from packstation.sandbox import consignments, documents, ledger
from packstation.sandbox.apierrors import FieldProblem, not_found
from packstation.sandbox.clock import wire_datetime
from packstation.sandbox.shipment import decimal_of
from packstation.sandbox.store import Transaction
from packstation.sandbox.validation import address_problems, package_problems

ORDER_KIND = "order"
ORDER_PACKAGE_KEYS = (
    "Dimensions",
    "Weight",
    "PackageSizeReference",
    "Items",
    "MetaData",
    "Value",
    "Reference",
    "PackageReferenceProvidedByCustomer",
    "Description",
    "Barcode",
)
ITEM_KEYS = ("Sku", "Reference", "ItemReferenceProvidedByCustomer")


def _order_package(tx: Transaction, package: dict[str, Any]) -> dict[str, Any]:
    full = documents.package(tx, package)
    return {key: full[key] for key in ORDER_PACKAGE_KEYS}


def new_order(
    tx: Transaction, body: dict[str, Any], now: datetime, *, delivery_option: str | None = None
) -> dict[str, Any]:
    """Return a new order document from a (validated) create body."""
    packages = [_order_package(tx, package) for package in body.get("Packages") or []]
    total_weight, total_value = documents.totals(packages)
    return {
        "OrderReference": tx.new_reference("EO"),
        "OrderReferenceProvidedByCustomer": body.get("OrderReferenceProvidedByCustomer") or "",
        "DeliveryOptionReference": delivery_option,
        "Packages": packages,
        "DateCreated": wire_datetime(now),
        "RequiredDeliveryDate": body.get("RequiredDeliveryDate")
        or body.get("RequestedDeliveryDate"),
        "ShippingDate": body.get("ShippingDate"),
        "MetaData": list(body.get("MetaData") or body.get("Metadata") or []),
        "EarliestDeliveryDate": None,
        "LatestDeliveryDate": None,
        "Weight": total_weight,
        "Source": "Web" if str(body.get("Source") or "").lower() == "web" else "Api",
        "Value": total_value,
        "Addresses": [documents.address(address) for address in body.get("Addresses") or []],
        "CustomsDocumentation": body.get("CustomsDocumentation"),
        "Direction": "Inbound" if str(body.get("Direction")).lower() == "inbound" else "Outbound",
        "Tags": list(body.get("Tags") or []),
    }


def save(
    tx: Transaction, order: dict[str, Any], packed: list[dict[str, Any]] | None = None
) -> None:
    """Store an order (and the consignments packed from it so far)."""
    existing = tx.get_document(ORDER_KIND, order["OrderReference"]) or {}
    record = {
        "Order": order,
        "Packed": packed if packed is not None else existing.get("Packed", []),
    }
    tx.put_document(ORDER_KIND, order["OrderReference"], record)


def load(tx: Transaction, reference: str) -> dict[str, Any]:
    """Return the stored record ``{Order, Packed}`` or raise the 404."""
    record = tx.get_document(ORDER_KIND, reference)
    if record is None:
        raise not_found("Order", reference)
    return record


def order_problems(body: dict[str, Any]) -> list[FieldProblem]:
    """Return what is wrong with a Create Order body (items in packages, addresses)."""
    problems = []
    packages = body.get("Packages")
    if not isinstance(packages, list) or not packages:
        problems.append(
            FieldProblem("Packages", "At least one package with items is required", "Required")
        )
    else:
        for index, package in enumerate(packages):
            items = (package or {}).get("Items")
            if not isinstance(items, list) or not items:
                target = f"Packages[{index}].Items"
                problems.append(FieldProblem(target, "At least one item is required", "Required"))
    problems.extend(address_problems(body.get("Addresses")))
    return problems


def apply_update(order: dict[str, Any], body: dict[str, Any]) -> None:
    """Apply an Update Order body: some fields replaced-or-deleted, others only if supplied."""
    order["OrderReferenceProvidedByCustomer"] = body.get("OrderReferenceProvidedByCustomer") or ""
    order["RequiredDeliveryDate"] = body.get("RequiredDeliveryDate")
    order["ShippingDate"] = body.get("ShippingDate")
    order["CustomsDocumentation"] = body.get("CustomsDocumentation")
    order["MetaData"] = list(body.get("MetaData") or body.get("Metadata") or [])
    if body.get("Addresses") is not None:
        order["Addresses"] = [documents.address(address) for address in body["Addresses"]]
    if body.get("Direction") is not None:
        order["Direction"] = (
            "Inbound" if str(body["Direction"]).lower() == "inbound" else "Outbound"
        )
    if body.get("Tags") is not None:
        order["Tags"] = list(body["Tags"])


def _ordered_items(order: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for package in order["Packages"] for item in package["Items"]]


def _match(item: dict[str, Any], ordered: list[dict[str, Any]]) -> dict[str, Any] | None:
    for key in ITEM_KEYS:
        wanted = item.get(key)
        if wanted:
            return next((o for o in ordered if o.get(key) == wanted), None)
    return None


def pack_problems(order: dict[str, Any], body: dict[str, Any]) -> list[FieldProblem]:
    """Return what is wrong with a Pack Order body, checking each item against the order."""
    packages = body.get("Packages")
    if not isinstance(packages, list) or not packages:
        return [FieldProblem("Packages", "At least one package is required", "Required")]
    ordered = _ordered_items(order)
    problems = []
    for index, package in enumerate(packages):
        target = f"Packages[{index}]"
        problems.extend(package_problems(package, target, need_description=False))
        items = (package or {}).get("Items")
        if not isinstance(items, list) or not items:
            problems.append(
                FieldProblem(f"{target}.Items", "At least one item is required", "Required")
            )
            continue
        for item_index, item in enumerate(items):
            item_target = f"{target}.Items[{item_index}]"
            key = next((k for k in ITEM_KEYS if (item or {}).get(k)), None)
            if key is None:
                problems.append(
                    FieldProblem(
                        item_target,
                        "Sku, Reference or ItemReferenceProvidedByCustomer is required",
                        "Required",
                    )
                )
                continue
            match = _match(item, ordered)
            if match is None:
                problems.append(
                    FieldProblem(
                        f"{item_target}.{key}",
                        f"{item[key]} is not on order {order['OrderReference']}",
                        "UnknownItem",
                    )
                )
                continue
            quantity = item.get("Quantity", 1)
            if not isinstance(quantity, int) or not 1 <= quantity <= int(
                match.get("Quantity") or 1
            ):
                problems.append(
                    FieldProblem(
                        f"{item_target}.Quantity",
                        f"Quantity must be between 1 and {match.get('Quantity') or 1}",
                    )
                )
    return problems


def _packed_package(order: dict[str, Any], package: dict[str, Any]) -> dict[str, Any]:
    ordered = _ordered_items(order)
    items = []
    value = Decimal("0")
    for item in package["Items"]:
        match = dict(_match(item, ordered) or {})
        match["Quantity"] = int(item.get("Quantity", 1))
        match["Reference"] = None
        items.append(match)
        value += decimal_of(match["Value"]["Amount"]) * match["Quantity"]
    descriptions = sorted({str(i.get("Description") or i.get("Sku")) for i in items})
    currency = items[0]["Value"]["Currency"]["IsoCode"]
    return {
        "Weight": package.get("Weight"),
        "Dimensions": package.get("Dimensions"),
        "PackageSizeReference": package.get("PackageSizeReference") or None,
        "Items": items,
        "Description": ", ".join(descriptions),
        "Value": documents.money(value, currency),
        "MetaData": package.get("MetaData"),
    }


def consignment_body(
    order: dict[str, Any], body: dict[str, Any], *, inbound: bool = False
) -> dict[str, Any]:
    """Return the Create Consignment body a Pack Order call stands for."""
    addresses = [dict(address) for address in order["Addresses"]]
    if inbound:
        swap = {"origin": "Destination", "destination": "Origin"}
        for address in addresses:
            address["AddressType"] = swap.get(
                str(address["AddressType"]).lower(), address["AddressType"]
            )
    return {
        "ConsignmentReferenceProvidedByCustomer": body.get("OrderReferenceProvidedByCustomer")
        or order["OrderReferenceProvidedByCustomer"],
        "Packages": [_packed_package(order, package) for package in body["Packages"]],
        "Addresses": addresses,
        "ShippingDate": order.get("ShippingDate"),
        "RequiredDeliveryDate": order.get("RequiredDeliveryDate"),
        "CustomsDocumentation": body.get("CustomsDocumentation")
        or order.get("CustomsDocumentation"),
        "MetaData": body.get("MetaData") or order.get("MetaData"),
        "Tags": body["Tags"] if body.get("Tags") is not None else order.get("Tags"),
        "Direction": "Inbound" if inbound else order.get("Direction"),
        "Source": order.get("Source"),
    }


def pack(
    tx: Transaction, record: dict[str, Any], body: dict[str, Any], now: datetime
) -> list[tuple[str, str]]:
    """Create the consignment (and return consignment) of one pack call; return (result, ref)."""
    order = record["Order"]
    created = []
    outbound = consignments.new_consignment(tx, consignment_body(order, body), now)
    tx.put_consignment(outbound, {"order": order["OrderReference"]})
    ledger.record(tx, ledger.CREATE, outbound, now)
    created.append(("ConsignmentCreated", outbound["Reference"]))
    returned = None
    if body.get("GenerateReturn"):
        inbound = consignments.new_consignment(tx, consignment_body(order, body, inbound=True), now)
        tx.put_consignment(inbound, {"order": order["OrderReference"]})
        ledger.record(tx, ledger.CREATE, inbound, now)
        returned = inbound["Reference"]
        created.append(("ReturnConsignmentCreated", returned))
    packed = record.get("Packed") or []
    packed.append(
        {"ConsignmentReference": outbound["Reference"], "ReturnConsignmentReference": returned}
    )
    save(tx, order, packed)
    return created
