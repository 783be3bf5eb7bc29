"""Orders waiting to be packed, and the Pack Order request built from the packer's parcels.

An order line's key is the item's ``Sku``, else PRO's item ``Reference``, else the customer's own
item reference; lines with the same key (one SKU spread over several order packages) are merged.
When packing, each key is looked up in the order again so the request names the item the way the
order does (``Sku``, ``Reference`` or ``ItemReferenceProvidedByCustomer``, SPEC 6.8.5).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from packstation.domain.orders import Order, OrderLine, PackedParcel
from packstation.domain.shipment import ParcelSpec
from packstation.errors import RemoteRejectedError, UserFacingError
from packstation.pro import models as m
from packstation.pro.bench.places import address_of_type, place_of, weight_kg
from packstation.pro.errors import ProResponseError

_CREATED = m.ConsignmentOperationResult.CONSIGNMENT_CREATED


def _items(order: m.Order) -> Iterable[m.Item]:
    for package in order.packages or ():
        yield from package.items or ()


def item_key(item: m.Item) -> tuple[str, str] | None:
    """Return ``(PackItem field, value)`` identifying an order item, or None without one."""
    for field, value in (
        ("sku", item.sku),
        ("reference", item.reference),
        ("item_reference_provided_by_customer", item.item_reference_provided_by_customer),
    ):
        if value and value.strip():
            return field, value.strip()
    return None


def order_of(order: m.Order, reference: str) -> Order:
    """Return the bench's view of an order: its lines and where it goes."""
    lines: dict[str, OrderLine] = {}
    for item in _items(order):
        key = item_key(item)
        if key is None:
            continue
        quantity = item.quantity if item.quantity is not None else 1
        known = lines.get(key[1])
        if known is not None:
            lines[key[1]] = replace(known, quantity=known.quantity + quantity)
            continue
        lines[key[1]] = OrderLine(
            key=key[1],
            description=(item.description or key[1]).strip(),
            quantity=quantity,
            weight_kg=weight_kg(item.weight),
            sku=item.sku,
        )
    return Order(
        reference=order.order_reference or reference,
        customer_reference=order.order_reference_provided_by_customer or "",
        lines=tuple(lines.values()),
        destination=place_of(address_of_type(order.addresses, m.AddressType.DESTINATION)),
    )


def _pack_item(fields_by_key: dict[str, str], key: str, quantity: int, order: str) -> m.PackItem:
    field = fields_by_key.get(key.strip())
    if field is None:
        raise UserFacingError(f"Order {order} has no item {key}; nothing was packed.")
    return m.PackItem.model_validate({field: key.strip(), "quantity": quantity})


def _pack_package(spec: ParcelSpec, items: list[m.PackItem]) -> m.PackPackage:
    """Return one package of a pack request; unset measurements are left out, not sent as null."""
    package = m.PackPackage(weight=m.Weight(value=spec.weight_kg, unit="Kg"), items=items)
    if spec.dimensions is not None:
        package.dimensions = m.Dimensions(
            unit="Cm",
            length=spec.dimensions.length_cm,
            width=spec.dimensions.width_cm,
            height=spec.dimensions.height_cm,
        )
    if spec.size_reference:
        package.package_size_reference = spec.size_reference
    return package


def pack_request(
    order: m.Order, reference: str, parcels: Sequence[PackedParcel], client_reference: str
) -> m.PackOrderRequest:
    """Return the Pack Order body for the packer's parcels, naming items as the order does."""
    if not parcels:
        raise ValueError("packing needs at least one parcel")
    fields_by_key: dict[str, str] = {}
    for item in _items(order):
        key = item_key(item)
        if key is not None:
            fields_by_key.setdefault(key[1], key[0])
    packages = [
        _pack_package(
            parcel.spec,
            [
                _pack_item(fields_by_key, key, quantity, reference)
                for key, quantity in parcel.contents
            ],
        )
        for parcel in parcels
    ]
    return m.PackOrderRequest(
        order_reference=reference,
        packages=packages,
        order_reference_provided_by_customer=client_reference,
    )


def created_consignment(response: m.PackOrderResponse, order: str) -> str:
    """Return the outbound consignment Pack Order created (the first ``ConsignmentCreated``)."""
    results = response.results or []
    for result in results:
        if str(result.result or "").casefold() != _CREATED.casefold():
            continue
        for link in result.api_links or ():
            segment = link.last_segment
            if segment and segment.upper().startswith("EC-"):
                return segment
        if result.data and result.data.strip().upper().startswith("EC-"):
            return result.data.strip()
        raise ProResponseError(
            f"SortedPRO packed order {order} but did not say which consignment it created."
        )
    said = "; ".join(r.message.strip() for r in results if r.message and r.message.strip())
    raise RemoteRejectedError(
        f"SortedPRO did not create a consignment for order {order}" + (f": {said}" if said else ".")
    )


def packed_consignments(response: m.OrderConsignmentsResponse, order: str) -> list[str]:
    """Return the outbound consignments an order's entry in ``response`` lists, oldest first.

    An answer without that order, or one saying the order could not be looked up, is not taken
    as "never packed": it raises, and the caller decides what to do without the answer.
    """
    for result in response.order_consignments_results or ():
        if (result.order_reference or "").strip().casefold() != order.strip().casefold():
            continue
        if result.status not in (None, 200):
            message = (result.message or "").strip()
            said = f": {message}" if message else ""
            raise ProResponseError(
                f"SortedPRO could not list what was packed from order {order}{said}."
            )
        listed = (entry.consignment_reference for entry in result.consignments or ())
        return list(dict.fromkeys(ref.strip() for ref in listed if ref and ref.strip()))
    raise ProResponseError(f"SortedPRO's answer does not say what was packed from order {order}.")
