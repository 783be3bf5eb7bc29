"""Quotes: the priced offers of every qualifying service, and why the others cannot quote."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from packstation.sandbox import documents
from packstation.sandbox.catalogue import Service
from packstation.sandbox.catalogue_data import CARRIERS, SERVICE_GROUPS, SERVICES
from packstation.sandbox.clock import wire_datetime
from packstation.sandbox.eligibility import Exclusion, Offer, evaluate_all
from packstation.sandbox.pricing import rate, surcharges
from packstation.sandbox.references import guid
from packstation.sandbox.schedule import window_bounds
from packstation.sandbox.shipment import find_address, shipment_of
from packstation.sandbox.store import Transaction

QUOTE_KIND = "quote"
MINIMUM_VALIDITY = timedelta(hours=1)


def quote_expiry(now: datetime, offer: Offer) -> datetime:
    """Return when a quote expires: next midnight, but never within the hour, nor after cut-off."""
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return min(max(midnight, now + MINIMUM_VALIDITY), offer.collection.allocation_cut_off)


def carrier_service(service: Service) -> dict[str, Any]:
    """Return the ``CarrierService`` object of a quote leg."""
    return {
        "Reference": service.reference,
        "Name": service.name,
        "CarrierReference": service.carrier,
        "CarrierName": CARRIERS[service.carrier].name,
        "ExternalReference": None,
        "IsDropOff": service.is_drop_off,
        "IsPickUp": service.is_pickup,
        "IsTimed": service.is_timed,
        "IsTracked": service.is_tracked,
        "IsSigned": service.is_signed,
        "ServiceDirection": "Inbound, Outbound",
    }


def quote(offer: Offer, document: dict[str, Any], now: datetime, reference: str) -> dict[str, Any]:
    """Return one Quote object for an offer on a (proto-)consignment."""
    service = offer.service
    earliest, latest = window_bounds(service, offer.delivery_date.date())
    origin = find_address(document, "Origin") or {}
    destination = find_address(document, "Destination") or {}
    return {
        "MpdCarrierServiceSource": 2,
        "MpdCarrierService": service.name,
        "CarrierReference": service.carrier,
        "OriginAddress": documents.address(origin, with_type=False),
        "DestinationAddress": documents.address(destination, with_type=False),
        "CollectionDate": wire_datetime(offer.collection.collected_at),
        "EarliestDeliveryDate": wire_datetime(earliest),
        "LatestDeliveryDate": wire_datetime(latest),
        "BasePrice": rate(offer.price.base_net, offer.price.vat_rate),
        "Price": rate(offer.price.total_net, offer.price.vat_rate),
        "Surcharges": surcharges(service, offer.price),
        "Legs": [
            {
                "JourneyStage": 1,
                "CarrierService": carrier_service(service),
                "CarrierAccountReference": CARRIERS[service.carrier].account_reference,
                "DeliveryHub": None,
                "CostItems": None,
                "VolumetricParcelWeight": None,
                "CollectionType": "NotApplicable",
                "Metadata": [],
            }
        ],
        "CarrierAccountOwner": None,
        "IsElectioService": False,
        "ServiceDirection": "Inbound, Outbound",
        "QuoteReference": reference,
        "CreationDate": wire_datetime(now),
        "ExpiryDate": wire_datetime(quote_expiry(now, offer)),
        "Requestor": "Sandbox user",
        "ConsignmentReference": document.get("Reference") or "",
        "ConsignmentReferenceProvidedByCustomer": document.get(
            "ConsignmentReferenceProvidedByCustomer"
        )
        or "",
        "MpdCarrierServiceReference": service.reference,
    }


def unqualified(exclusion: Exclusion) -> dict[str, Any]:
    """Return an UnqualifiedService entry."""
    service = exclusion.service
    return {
        "Available": False,
        "Rates": exclusion.rates,
        "MpdCarrierService": service.name,
        "CarrierReference": service.carrier,
        "MpdCarrierServiceReference": service.reference,
        "ExclusionReason": exclusion.reason,
    }


def quote_result(
    tx: Transaction,
    document: dict[str, Any],
    now: datetime,
    services: list[Service] | None = None,
) -> dict[str, Any]:
    """Quote every (or the given) service, store the quotes and return the QuoteResult."""
    offers, exclusions = evaluate_all(shipment_of(document), now, services)
    quotes = []
    for offer in offers:
        made = quote(offer, document, now, guid())
        quotes.append(made)
        tx.put_document(QUOTE_KIND, made["QuoteReference"], made)
    return {
        "QuoteRequestReference": guid(),
        "Quotes": quotes,
        "Message": None if quotes else "No carrier service could quote for this consignment",
        "UnqualifiedServices": [unqualified(exclusion) for exclusion in exclusions],
    }


def service_group_results(
    tx: Transaction, document: dict[str, Any], now: datetime
) -> list[dict[str, Any]]:
    """Return one QuoteResult per service group, each with its cheapest quote."""
    results = []
    for group in SERVICE_GROUPS.values():
        members = [s for s in SERVICES.values() if group.reference in s.groups]
        result = quote_result(tx, document, now, members)
        cheapest = result["Quotes"][0] if result["Quotes"] else None
        result["Message"] = (
            "Quote created successfully" if cheapest else "No service in this group could quote"
        )
        results.append(
            {"Reference": group.reference, "Name": group.name, "CheapestQuote": cheapest}
        )
        results[-1].update(result)
    return results
