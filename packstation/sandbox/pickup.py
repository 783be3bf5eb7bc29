"""Pickup options: shops and lockers near the destination, each with its own delivery options.

Shops are invented deterministically from the destination postcode, so the same request always
finds the same shops (and a test can rely on them) while different postcodes differ.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from decimal import Decimal
from typing import Any

from packstation.sandbox.catalogue import Service
from packstation.sandbox.catalogue_data import SERVICES
from packstation.sandbox.options import best_offers, horizon, store_options
from packstation.sandbox.shipment import find_address, shipment_of
from packstation.sandbox.store import Transaction

SHOP_NAMES = (
    "Londis",
    "Co-op",
    "Post Office",
    "One Stop",
    "Tesco Express",
    "Sainsbury's Local",
    "Spar",
    "Costcutter",
    "Morrisons Daily",
    "Premier Stores",
)
STREETS = ("High Street", "Market Street", "Station Road", "Church Lane", "Mill Road", "Park Road")
SHOP_HOURS = {"Monday": ("08:00:00", "20:00:00"), "Saturday": ("09:00:00", "18:00:00")}
LOCKER_HOURS = ("00:00:00", "23:59:00")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _number(postcode: str, index: int) -> int:
    digest = hashlib.sha256(f"{postcode}/{index}".encode()).digest()
    return int.from_bytes(digest[:4], "big")


def _opening_times(is_locker: bool) -> dict[str, list[dict[str, Any]]]:
    times = {}
    for day in WEEKDAYS:
        if is_locker:
            start, end = LOCKER_HOURS
        elif day == "Sunday":
            start, end = ("10:00:00", "16:00:00")
        else:
            start, end = SHOP_HOURS.get(day, SHOP_HOURS["Monday"])
        times[day] = [{"Start": start, "End": end, "UtcOffset": "+00:00"}]
    return times


def _shop(
    service: Service, destination: dict[str, Any], index: int, radius_km: Decimal
) -> dict[str, Any]:
    postcode = str(destination.get("Postcode") or "")
    number = _number(postcode + service.reference, index)
    is_locker = "Locker" in service.service_types
    name = (
        f"{service.name.split()[0]} {'Locker' if is_locker else 'Shop'} - {SHOP_NAMES[number % 10]}"
    )
    distance = (Decimal(number % 1000) / 1000 * radius_km).quantize(Decimal("0.01"))
    address = {
        "AddressLine1": f"{number % 180 + 1} {STREETS[number % len(STREETS)]}",
        "Town": destination.get("Town") or destination.get("Region"),
        "Postcode": postcode,
        "Country": destination.get("Country"),
    }
    return {
        "Name": name,
        "ShopReference": f"{service.carrier}-{number % 10**6:06d}",
        "Address": address,
        "Distance": float(max(distance, Decimal("0.05"))),
        "OpeningTimes": _opening_times(is_locker),
        "Reservation": {"IsReservationRequired": False, "ExpiryDate": None},
        "AdditionalInformation": [{"Key": "Type", "Value": "Locker" if is_locker else "Shop"}],
    }


def pickup_options(tx: Transaction, body: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Return the Pickup Options response: nearby locations each with stored options."""
    radius = Decimal(str(body["Distance"]["Value"]))
    max_results = int(body["MaxResults"])
    destination = find_address(body, "Destination") or {}
    locations: list[dict[str, Any]] = []
    pickup_services = [service for service in SERVICES.values() if service.is_pickup]
    for index in range(max_results):
        service = pickup_services[index % len(pickup_services)]
        shop = _shop(service, destination, index, radius)
        request = _request_for_shop(body, destination, shop)
        shipment = shipment_of(request)
        guaranteed_only = bool(body.get("GuaranteedOnly"))
        offers = best_offers(shipment, now, horizon(body, now), guaranteed_only, [service])
        if not offers:
            continue
        _, views = store_options(tx, request, offers, now, {"Shop": shop})
        locations.append({**shop, "DeliveryOptions": views})
    locations.sort(key=lambda location: location["Distance"])
    return {
        "Distance": float(radius),
        "MaxResults": max_results,
        "Locations": locations,
        "NonGuaranteedLocation": None,
    }


def _request_for_shop(
    body: dict[str, Any], destination: dict[str, Any], shop: dict[str, Any]
) -> dict[str, Any]:
    """Return the options request with its destination moved to the shop."""
    shop_address = {
        **destination,
        **shop["Address"],
        "AddressType": "Destination",
        "ShopLocationReference": shop["ShopReference"],
        "CompanyName": shop["Name"],
    }
    addresses = [
        a for a in body.get("Addresses") or [] if str(a.get("AddressType")).lower() != "destination"
    ]
    request = {key: value for key, value in body.items() if key not in ("Distance", "MaxResults")}
    request["Addresses"] = [*addresses, shop_address]
    return request
