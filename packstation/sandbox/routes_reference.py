"""Reference data (SPEC §6.9): locations, package sizes, carriers, services, calendars."""

from __future__ import annotations

import calendar
from decimal import Decimal
from typing import Any

from packstation.sandbox import documents
from packstation.sandbox.apierrors import not_found
from packstation.sandbox.catalogue import Service, ShippingLocation
from packstation.sandbox.catalogue_data import (
    CARRIERS,
    LOCATIONS,
    PACKAGE_SIZES,
    SERVICE_GROUPS,
    SERVICES,
)
from packstation.sandbox.context import Call, Handler, Reply, json_reply
from packstation.sandbox.quotes import carrier_service

MAX_BOX_WEIGHT_KG = Decimal("30")


def location_view(location: ShippingLocation) -> dict[str, Any]:
    """Return a shipping location as the API lists it."""
    return {
        "Reference": location.reference,
        "Name": location.name,
        "Address": documents.address(location.address, with_type=False),
        "CollectionCutOffTime": _latest_cut_off(location),
        "TimeZone": "UTC",
        "IsActive": True,
    }


def _latest_cut_off(location: ShippingLocation) -> str:
    """Return the latest weekday allocation cut-off of any carrier at the location."""
    cut_offs = [
        slot.allocation_cut_off
        for slots in location.collections.values()
        for slot in slots.values()
    ]
    return max(cut_offs).isoformat()


def service_view(service: Service) -> dict[str, Any]:
    """Return a carrier service with its limits and groups."""
    view = carrier_service(service)
    view.update(
        {
            "ServiceTypes": list(service.service_types),
            "ServiceGroups": list(service.groups),
            "MaxWeightKg": float(service.max_weight_kg),
            "MaxLengthCm": float(service.max_length_cm),
            "TransitDays": service.transit_days,
            "Guaranteed": service.guaranteed,
            "DeliveryWindow": {"Start": service.window[0], "End": service.window[1]},
            "Zones": sorted(service.zones),
            "Tags": sorted(service.tags),
        }
    )
    return view


def shipping_locations(call: Call) -> Reply:
    """GET /shippinglocations and /shippinglocations/assigned."""
    return json_reply([location_view(location) for location in LOCATIONS.values()])


def shipping_location(call: Call) -> Reply:
    """GET /shippinglocations/{reference}."""
    location = LOCATIONS.get(call.path["location"])
    if location is None:
        raise not_found("ShippingLocation", call.path["location"])
    return json_reply(location_view(location))


def _size_view(reference: str) -> dict[str, Any]:
    size = PACKAGE_SIZES[reference]
    return {
        "Reference": size.reference,
        "Name": size.name,
        "Dimensions": {
            "Unit": "Cm",
            "Width": float(size.width_cm),
            "Length": float(size.length_cm),
            "Height": float(size.height_cm),
        },
        "Weight": documents.weight(size.weight_kg),
        "MaxWeight": documents.weight(MAX_BOX_WEIGHT_KG),
        "Description": f"{size.name} ({size.length_cm} x {size.width_cm} x {size.height_cm} cm)",
        "IsDefault": size.is_default,
    }


def package_sizes(call: Call) -> Reply:
    """GET /packagesizes."""
    return json_reply([_size_view(reference) for reference in PACKAGE_SIZES])


def default_package_size(call: Call) -> Reply:
    """GET /packagesizes/default."""
    default = next(size for size in PACKAGE_SIZES.values() if size.is_default)
    return json_reply(_size_view(default.reference))


def carriers(call: Call) -> Reply:
    """GET /carriers/getcarriers."""
    return json_reply([{"Reference": c.reference, "Name": c.name} for c in CARRIERS.values()])


def carrier_services(call: Call) -> Reply:
    """GET /carriers and /carrierservices."""
    return json_reply([service_view(service) for service in SERVICES.values()])


def service_groups(call: Call) -> Reply:
    """GET /servicegroups."""
    return json_reply(
        [
            {
                "Reference": group.reference,
                "Name": group.name,
                "CarrierServiceReferences": [
                    s.reference for s in SERVICES.values() if group.reference in s.groups
                ],
            }
            for group in SERVICE_GROUPS.values()
        ]
    )


def collection_calendar(call: Call) -> Reply:
    """GET /collectioncalendar/{location}/{carrier}."""
    location = LOCATIONS.get(call.path["location"])
    if location is None:
        raise not_found("ShippingLocation", call.path["location"])
    slots = location.collections.get(call.path["carrier"])
    if slots is None:
        raise not_found("Carrier", call.path["carrier"])
    return json_reply(
        {
            "ShippingLocationReference": location.reference,
            "CarrierReference": call.path["carrier"],
            "Days": [
                {
                    "DayOfWeek": calendar.day_name[day],
                    "CollectionTime": slot.collection.isoformat(),
                    "AllocationCutOff": slot.allocation_cut_off.isoformat(),
                    "OperationalCutOff": slot.operational_cut_off.isoformat(),
                    "UtcOffset": "+00:00",
                }
                for day, slot in sorted(slots.items())
            ],
        }
    )


ROUTES: list[tuple[str, str, Handler]] = [
    ("GET", "/shippinglocations", shipping_locations),
    ("GET", "/shippinglocations/assigned", shipping_locations),
    ("GET", "/shippinglocations/{location}", shipping_location),
    ("GET", "/packagesizes", package_sizes),
    ("GET", "/packagesizes/default", default_package_size),
    ("GET", "/carriers/getcarriers", carriers),
    ("GET", "/carriers", carrier_services),
    ("GET", "/carrierservices", carrier_services),
    ("GET", "/servicegroups", service_groups),
    ("GET", "/collectioncalendar/{location}/{carrier}", collection_calendar),
]
