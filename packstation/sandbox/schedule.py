"""Collection days, cut-offs and delivery dates from the locations' collection calendars."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from packstation.sandbox.catalogue import Service, ShippingLocation

SEARCH_HORIZON_DAYS = 21


@dataclass(frozen=True)
class Collection:
    """One collection of a carrier at a location, with its cut-offs (all UTC)."""

    collected_at: datetime
    allocation_cut_off: datetime
    operational_cut_off: datetime


def collection_on(location: ShippingLocation, carrier: str, day: date) -> Collection | None:
    """Return the carrier's collection at the location on ``day``, if it collects that day."""
    slot = location.collections.get(carrier, {}).get(day.weekday())
    if slot is None:
        return None
    return Collection(
        datetime.combine(day, slot.collection, UTC),
        datetime.combine(day, slot.allocation_cut_off, UTC),
        datetime.combine(day, slot.operational_cut_off, UTC),
    )


def collections_from(
    location: ShippingLocation, carrier: str, now: datetime, first_day: date, days: int
) -> list[Collection]:
    """Return the collections from ``first_day`` on whose allocation cut-off is still ahead."""
    found = []
    for offset in range(days):
        collection = collection_on(location, carrier, first_day + timedelta(days=offset))
        if collection is not None and collection.allocation_cut_off > now:
            found.append(collection)
    return found


def delivery_day(service: Service, collected: date) -> date:
    """Return the delivery day: transit days counted on the service's delivery days."""
    day = collected
    remaining = service.transit_days
    while remaining:
        day += timedelta(days=1)
        if day.weekday() == 6 or (day.weekday() == 5 and not service.delivers_saturday):
            continue
        remaining -= 1
    return day


def window_bounds(service: Service, day: date) -> tuple[datetime, datetime]:
    """Return the earliest and latest delivery instants of the service on ``day``."""
    start = time.fromisoformat(service.window[0])
    end = time.fromisoformat(service.window[1])
    return datetime.combine(day, start, UTC), datetime.combine(day, end, UTC)
