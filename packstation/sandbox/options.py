"""Delivery and pickup options: one cheapest service per delivery promise, stored for selection."""

from __future__ import annotations

import calendar
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from packstation.sandbox import documents
from packstation.sandbox.catalogue import Service
from packstation.sandbox.catalogue_data import CARRIERS, LOCATIONS, SERVICES
from packstation.sandbox.clock import parse_wire_datetime, wire_datetime
from packstation.sandbox.consignments import CUSTOMER_REFERENCE
from packstation.sandbox.eligibility import Offer, offers_for
from packstation.sandbox.pricing import price_of, rate, zone_of
from packstation.sandbox.schedule import collection_on
from packstation.sandbox.shipment import Shipment, shipment_of
from packstation.sandbox.store import Transaction

OPTION_KIND = "option"
PROTO_KIND = "proto"
DEFAULT_HORIZON_DAYS = 14


def option_view(offer: Offer, reference: str) -> dict[str, Any]:
    """Return the DeliveryOption object of an offer."""
    service = offer.service
    day = offer.delivery_date
    return {
        "Reference": reference,
        "EstimatedDeliveryDate": {
            "Date": wire_datetime(day),
            "Guaranteed": service.guaranteed,
            "DayOfWeek": calendar.day_name[day.weekday()],
        },
        "DeliveryWindow": {
            "Start": service.window[0],
            "End": service.window[1],
            "UtcOffset": "+00:00",
        },
        "Carrier": CARRIERS[service.carrier].name,
        "CarrierService": service.name,
        "CarrierServiceReference": service.reference,
        "CarrierServiceTypes": list(service.service_types),
        "Price": rate(offer.price.total_net, offer.price.vat_rate),
        "AllocationCutOff": wire_datetime(offer.collection.allocation_cut_off),
        "OperationalCutOff": wire_datetime(offer.collection.operational_cut_off),
        "ServiceDirection": "Inbound, Outbound",
    }


def best_offers(
    shipment: Shipment,
    now: datetime,
    until: datetime,
    guaranteed_only: bool,
    services: list[Service] | None = None,
) -> list[Offer]:
    """Return the cheapest offer per (delivery day, window), ordered by day and window."""
    best: dict[tuple[Any, ...], Offer] = {}
    for offers in offers_for(shipment, now, services):
        for offer in offers:
            if guaranteed_only and not offer.service.guaranteed:
                continue
            if offer.delivery_date.date() > until.date():
                continue
            key = (offer.delivery_date.date(), offer.service.window)
            current = best.get(key)
            if current is None or _better(offer, current):
                best[key] = offer
    return [best[key] for key in sorted(best)]


def _better(offer: Offer, current: Offer) -> bool:
    """Cheaper wins; at equal price the later cut-off (more time to pack) wins."""
    if offer.price.total_net != current.price.total_net:
        return offer.price.total_net < current.price.total_net
    return offer.collection.allocation_cut_off > current.collection.allocation_cut_off


def horizon(body: dict[str, Any], now: datetime) -> datetime:
    """Return the last delivery day to offer (``DeliveryDate`` or 14 days ahead)."""
    if body.get("DeliveryDate"):
        return parse_wire_datetime(body["DeliveryDate"])
    return now + timedelta(days=DEFAULT_HORIZON_DAYS)


def store_options(
    tx: Transaction,
    body: dict[str, Any],
    offers: list[Offer],
    now: datetime,
    extra: dict[str, Any] | None = None,
) -> tuple[str, list[dict[str, Any]]]:
    """Store the request and its options; return the proto-consignment reference and options."""
    proto = tx.new_reference("EPC")
    views = []
    for offer in offers:
        reference = tx.new_reference("EDO")
        view = option_view(offer, reference)
        views.append(view)
        tx.put_document(
            OPTION_KIND,
            reference,
            {
                "Option": view,
                "Proto": proto,
                "Request": body,
                "CollectedAt": wire_datetime(offer.collection.collected_at),
                "SelectedConsignment": None,
                **(extra or {}),
            },
        )
    tx.put_document(
        PROTO_KIND,
        proto,
        {
            "Request": body,
            "Created": wire_datetime(now),
            "Options": [v["Reference"] for v in views],
        },
    )
    return proto, views


def delivery_options(
    tx: Transaction, body: dict[str, Any], now: datetime
) -> tuple[str, list[dict[str, Any]]]:
    """Compute and store the delivery options of a request."""
    shipment = shipment_of(body)
    home_delivery = [service for service in SERVICES.values() if not service.is_pickup]
    guaranteed_only = bool(body.get("GuaranteedOnly"))
    offers = best_offers(shipment, now, horizon(body, now), guaranteed_only, home_delivery)
    return store_options(tx, body, offers, now)


def consignment_detail(record: dict[str, Any], created: str) -> dict[str, Any]:
    """Return the ConsignmentDetail of Get Existing Delivery Option."""
    request = record["Request"]
    packages = request.get("Packages") or []
    total_kg = sum(
        (Decimal(str((p.get("Weight") or {}).get("Value") or 0)) for p in packages), Decimal(0)
    )
    total_value = sum(
        (Decimal(str((p.get("Value") or {}).get("Amount") or 0)) for p in packages), Decimal(0)
    )
    window = record["Option"]["EstimatedDeliveryDate"]["Date"]
    return {
        "Reference": record["Proto"],
        "CustomerReference": CUSTOMER_REFERENCE,
        "Weight": {"Kg": float(total_kg)},
        "Value": documents.money(total_value),
        "CustomsDocumentation": request.get("CustomsDocumentation"),
        "DateCreated": created,
        "ShippingDate": request.get("ShippingDate"),
        "RequestedDeliveryDate": request.get("RequiredDeliveryDate")
        or request.get("RequestedDeliveryDate"),
        "EarliestDeliveryDate": window,
        "LatestDeliveryDate": window,
        "ConsignmentReferenceProvidedByCustomer": request.get(
            "ConsignmentReferenceProvidedByCustomer"
        )
        or "",
        "Addresses": [documents.address(a) for a in request.get("Addresses") or []],
    }


def offer_of(record: dict[str, Any], shipment: Shipment) -> Offer:
    """Rebuild the offer a stored option promised, for allocation on selection."""
    option = record["Option"]
    service = SERVICES[option["CarrierServiceReference"]]
    collected = parse_wire_datetime(record["CollectedAt"])
    collection = collection_on(
        LOCATIONS[shipment.location_reference], service.carrier, collected.date()
    )
    zone = zone_of(shipment.far_country)
    price = price_of(service, shipment, zone) if zone else None
    if collection is None or price is None:
        raise ValueError("stored option no longer matches the catalogue")
    delivered = parse_wire_datetime(option["EstimatedDeliveryDate"]["Date"])
    return Offer(service, collection, delivered, price)
