"""Which services can carry a shipment, when, and for how much — or why not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from packstation.sandbox.catalogue import Service
from packstation.sandbox.catalogue_data import CUSTOMS_POSTCODE_PREFIXES, LOCATIONS, SERVICES
from packstation.sandbox.pricing import Price, postcode_area, price_of, zone_of
from packstation.sandbox.schedule import (
    SEARCH_HORIZON_DAYS,
    Collection,
    collection_on,
    collections_from,
    delivery_day,
)
from packstation.sandbox.shipment import Shipment


@dataclass(frozen=True)
class Offer:
    """A service that qualifies, with its collection, delivery day and price."""

    service: Service
    collection: Collection
    delivery_date: datetime
    price: Price


@dataclass(frozen=True)
class Exclusion:
    """A service that does not qualify and why (``rates``: whether it has a price at all)."""

    service: Service
    reason: str
    rates: bool = True


def needs_customs(shipment: Shipment) -> bool:
    """Return whether the destination needs customs documents."""
    compact = shipment.far_postcode.replace(" ", "")
    return shipment.far_country != "GB" or compact.startswith(CUSTOMS_POSTCODE_PREFIXES)


def static_exclusion(service: Service, shipment: Shipment) -> str | None:
    """Return why the service can never carry this shipment, whatever the date."""
    zone = zone_of(shipment.far_country)
    if zone is None or zone not in service.zones:
        return f"Destination country {shipment.far_country} is not served by this service"
    if service.is_pickup and not shipment.shop_reference:
        return "Pickup service requires a pickup location (ShopLocationReference)"
    if shipment.shop_reference and not service.is_pickup:
        return "Destination is a pickup location; service delivers to addresses only"
    area = postcode_area(shipment.far_postcode) if shipment.far_country == "GB" else ""
    if area and area in service.excluded_postcode_areas:
        return f"Postcode area {area} is not served by this service"
    if service.needs_destination_town and not shipment.far_town:
        return "Destination town is required for this international service"
    for parcel in shipment.parcels:
        if parcel.weight_kg > service.max_weight_kg:
            return f"Package too heavy: {parcel.weight_kg} kg exceeds {service.max_weight_kg} kg"
        if parcel.length_cm > service.max_length_cm:
            return f"Package too long: {parcel.length_cm} cm exceeds {service.max_length_cm} cm"
        if parcel.length_plus_girth_cm > service.max_length_plus_girth_cm:
            return "Package exceeds the service's length plus girth limit"
    if service.max_value_gbp is not None and shipment.value_gbp > service.max_value_gbp:
        return (
            f"Value {shipment.value_gbp} GBP exceeds the compensation limit {service.max_value_gbp}"
        )
    if not shipment.tags <= service.tags:
        return "Allocation filtering tags not matched: " + ", ".join(sorted(shipment.tags))
    return None


def evaluate(service: Service, shipment: Shipment, now: datetime) -> Offer | Exclusion:
    """Return the earliest offer of a service for the shipment, or why it cannot offer."""
    reason = static_exclusion(service, shipment)
    if reason is not None:
        return Exclusion(service, reason)
    zone = zone_of(shipment.far_country)
    assert zone is not None  # static_exclusion rejected unserved destinations
    price = price_of(service, shipment, zone)
    if price is None:
        return Exclusion(service, "No price band for this weight", rates=False)
    location = LOCATIONS.get(shipment.location_reference)
    if location is None or service.carrier not in location.collections:
        return Exclusion(service, "Carrier does not collect from this shipping location")
    first_day = max(shipment.shipping_date or now, now).date()
    if shipment.shipping_date is not None and first_day == now.date():
        today = collection_on(location, service.carrier, now.date())
        if today is not None and today.allocation_cut_off <= now:
            return Exclusion(service, "Collection cut-off passed for the requested shipping date")
    for collection in collections_from(location, service.carrier, now, first_day, 14):
        delivered = delivery_day(service, collection.collected_at.date())
        if _meets_request(delivered, shipment):
            delivery = collection.collected_at.replace(
                year=delivered.year, month=delivered.month, day=delivered.day, hour=0, minute=0
            )
            return Offer(service, collection, delivery, price)
    if shipment.requested_delivery is not None:
        return Exclusion(service, "Cannot meet the requested delivery date")
    return Exclusion(service, "No collection available in the next two weeks")


def offers_for(
    shipment: Shipment, now: datetime, services: list[Service] | None = None
) -> list[tuple[Offer, ...]]:
    """Return, per service, every collection offer within the search horizon (for options)."""
    result = []
    for service in services if services is not None else list(SERVICES.values()):
        if static_exclusion(service, shipment) is not None:
            continue
        zone = zone_of(shipment.far_country)
        location = LOCATIONS.get(shipment.location_reference)
        price = price_of(service, shipment, zone) if zone else None
        if price is None or location is None or service.carrier not in location.collections:
            continue
        first_day = max((shipment.shipping_date or now).date(), now.date())
        collections = collections_from(
            location, service.carrier, now, first_day, SEARCH_HORIZON_DAYS
        )
        offers = []
        for collection in collections:
            delivered = delivery_day(service, collection.collected_at.date())
            delivery = collection.collected_at.replace(
                year=delivered.year, month=delivered.month, day=delivered.day, hour=0, minute=0
            )
            offers.append(Offer(service, collection, delivery, price))
        result.append(tuple(offers))
    return result


def _meets_request(delivered: date, shipment: Shipment) -> bool:
    if shipment.requested_delivery is None:
        return True
    wanted = shipment.requested_delivery.date()
    if shipment.exact_delivery_date:
        return delivered == wanted
    return delivered <= wanted


def evaluate_all(
    shipment: Shipment, now: datetime, services: list[Service] | None = None
) -> tuple[list[Offer], list[Exclusion]]:
    """Evaluate every (or the given) service; offers sorted cheapest first."""
    offers: list[Offer] = []
    exclusions: list[Exclusion] = []
    for service in services if services is not None else list(SERVICES.values()):
        outcome = evaluate(service, shipment, now)
        if isinstance(outcome, Offer):
            offers.append(outcome)
        else:
            exclusions.append(outcome)
    offers.sort(key=lambda offer: (offer.price.total_net, offer.delivery_date))
    return offers, exclusions
