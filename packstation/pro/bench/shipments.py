"""Consignments as the bench sees them: Get Consignment and search summaries to the domain.

Rules worth knowing:

* The carrier is the first consignment leg's carrier name (else its reference); the service comes
  from ``Allocation`` (else the first leg's service reference). Tracking numbers are the
  consignment legs' numbers, or, when PRO left those empty, the packages' own legs'.
* ``FailedAllocation`` is only reported while the consignment still needs allocating, so an old
  failure never shadows a later successful allocation.
* A missing ``Direction`` counts as outbound (PRO's default for created consignments).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from packstation.domain.shipment import (
    DeliveryPromise,
    Parcel,
    Shipment,
    ShipmentHit,
    ShipmentState,
)
from packstation.pro import models as m
from packstation.pro.bench import wording
from packstation.pro.bench.places import (
    address_of_type,
    country_code,
    dimensions_cm,
    metadata_text,
    place_of,
    weight_kg,
)
from packstation.pro.client import ProClient
from packstation.pro.errors import ProResponseError

OriginCountry = Callable[[str], str | None]
"""Looks up the country of a shipping location reference."""


def read_consignment(client: ProClient, reference: str) -> m.Consignment:
    """Get Consignment ``reference``; an answer about another consignment, or none, is refused.

    So is one without ``ConsignmentState``: an unknown state name counts as shipped, a missing one
    would too, and a consignment never booked would be reported as already manifested.

    Everything the bench does next (journal, labels, parcels) is keyed by the reference, so an
    answer without it (or naming another) must never stand for the consignment asked for.
    """
    consignment = client.get_consignment(reference)
    if (consignment.reference or "").strip().casefold() != reference.strip().casefold():
        raise ProResponseError(
            f"SortedPRO's answer for {reference} does not name that consignment; it was not used."
        )
    if not state_text(consignment.consignment_state).strip():
        # Without its state the bench cannot tell a new consignment from a manifested one.
        raise ProResponseError(
            f"SortedPRO's answer for {reference} does not say what state it is in; it was not used."
        )
    return consignment


def state_text(value: object) -> str:
    """Return PRO's state name as plain text (known members and unknown names alike)."""
    return "" if value is None else str(value)


def is_outbound(direction: object) -> bool:
    """Return whether a ``Direction`` value means outbound; absent counts as outbound."""
    return state_text(direction).casefold() != m.ConsignmentDirection.INBOUND.casefold()


def tracking_numbers(legs: Iterable[m.ConsignmentLeg] | None) -> tuple[str, ...]:
    """Return every tracking number of the legs in leg order, each once."""
    ordered = sorted(legs or (), key=lambda leg: leg.leg if leg.leg is not None else 0)
    numbers: dict[str, None] = {}
    for leg in ordered:
        for number in leg.tracking_references or ():
            if number and number.strip():
                numbers.setdefault(number.strip(), None)
    return tuple(numbers)


def parcel_of(package: m.Package) -> Parcel:
    """Return one package as a domain parcel."""
    return Parcel(
        reference=package.reference,
        weight_kg=weight_kg(package.weight),
        dimensions=dimensions_cm(package.dimensions),
        description=package.description,
        size_reference=package.package_size_reference,
        tracking_numbers=tracking_numbers(package.consignment_legs),
    )


def _first_leg(consignment: m.Consignment) -> m.ConsignmentLeg | None:
    legs = sorted(consignment.consignment_legs or (), key=lambda leg: leg.leg or 0)
    return legs[0] if legs else None


def _carrier_and_service(
    consignment: m.Consignment,
) -> tuple[str | None, str | None, str | None]:
    leg = _first_leg(consignment)
    carrier = (leg.carrier_name or leg.carrier_reference) if leg else None
    allocation = consignment.allocation
    service_reference = allocation.mpd_carrier_service_reference if allocation else None
    service_name = allocation.mpd_carrier_service_name if allocation else None
    if service_reference is None and leg is not None:
        service_reference = leg.carrier_service_reference
    return carrier, service_name or service_reference, service_reference


def _origin(
    consignment: m.Consignment, origin_country: OriginCountry
) -> tuple[str | None, str | None]:
    origin = address_of_type(consignment.addresses, m.AddressType.ORIGIN)
    if origin is None:
        return None, None
    location = origin.shipping_location_reference or None
    country = country_code(origin)
    if country is None and location:
        country = origin_country(location)
    return country, location


def shipment_of(consignment: m.Consignment, origin_country: OriginCountry) -> Shipment:
    """Return the bench's view of a fetched consignment."""
    name = state_text(consignment.consignment_state)
    state = ShipmentState.from_pro(name)
    parcels = tuple(parcel_of(package) for package in consignment.packages or ())
    numbers = tracking_numbers(consignment.consignment_legs) or tuple(
        dict.fromkeys(number for parcel in parcels for number in parcel.tracking_numbers)
    )
    carrier, service, service_reference = _carrier_and_service(consignment)
    origin_code, origin_location = _origin(consignment, origin_country)
    earliest, latest = consignment.earliest_delivery_date, consignment.latest_delivery_date
    failed = consignment.failed_allocation
    return Shipment(
        reference=consignment.reference or "",
        state=state,
        state_name=wording.name(name) or "",
        customer_reference=consignment.consignment_reference_provided_by_customer or "",
        destination=place_of(address_of_type(consignment.addresses, m.AddressType.DESTINATION)),
        origin_country_code=origin_code,
        origin_location=origin_location,
        parcels=parcels,
        carrier=wording.name(carrier),
        service=wording.name(service),
        service_reference=service_reference,
        tracking_numbers=numbers,
        promise=DeliveryPromise(earliest, latest) if earliest or latest else None,
        failed_allocation_reason=wording.sentence(failed.message or None)
        if failed is not None and state.needs_allocation
        else None,
        labels_printed=bool(consignment.labels_printed),
        outbound=is_outbound(consignment.direction),
        metadata=metadata_text(consignment.meta_data),
    )


def _destination_summary(summary: m.ConsignmentSummary) -> str:
    parts = (
        summary.destination_address_line1,
        summary.destination_address_town,
        summary.destination_address_postcode,
        summary.destination_address_country,
    )
    return ", ".join(part.strip() for part in parts if part and part.strip())


def summary_direction(summary: m.ConsignmentSummary) -> str | None:
    """Return the ``Direction`` of a summary when PRO included it (the SPEC's summary has none)."""
    value = (summary.model_extra or {}).get("Direction")
    return str(value) if value else None


def hit_of(summary: m.ConsignmentSummary, inbound: bool = False) -> ShipmentHit:
    """Return one search summary as a hit.

    ``Direction`` is read when the summary carries it; otherwise ``inbound`` says what a separate
    look-up found (the caller's job), and absent both the hit counts as outbound.
    """
    direction = summary_direction(summary)
    return ShipmentHit(
        reference=summary.reference or "",
        state=ShipmentState.from_pro(state_text(summary.state)),
        customer_reference=summary.consignment_reference_provided_by_customer or "",
        destination=_destination_summary(summary),
        carrier=wording.name(summary.mpd_carrier_reference),
        service=wording.name(
            summary.mpd_carrier_service_name or summary.mpd_carrier_service_reference
        ),
        created=summary.date_created,
        outbound=is_outbound(direction) if direction else not inbound,
    )
