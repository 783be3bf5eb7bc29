"""``ProCounterApi``: the counter's ``CounterApi`` port over :class:`ProClient`.

One consignment body is built from the form and sent as Delivery Options, Pickup Options, Get
Quotes or Create Consignment (SPEC 6.1, 6.2.1, 6.3.1):

* the Origin is the station's ``ShippingLocationReference`` (PRO fills in the rest); the
  Destination is the form's address, its contact split into first and last name, and the
  addressee as ``CompanyName`` when it is not the contact person;
* each parcel is a package with weight, dimensions or box size, description and declared value,
  and its contents as items (description, quantity, value, weight, country of origin, HS code);
* a customs declaration becomes ``CustomsDocumentation`` dated today (declaration and invoice),
  with ``GBUNREG`` as the shipper's VAT number unless the form gives one (SPEC 7.7);
* ``ConsignmentReferenceProvidedByCustomer`` is the booking's client reference, so a consignment
  that Select Option or Create made can be found by it after a lost answer; the customer's own
  reference travels as the custom field ``CounterCustomerReference``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from packstation.domain.booking import (
    Booking,
    BookingParcel,
    ContentItem,
    CustomsCategory,
    CustomsDeclaration,
)
from packstation.domain.choices import ChoiceKind, PickupPoint, QuoteList, ServiceChoice
from packstation.domain.shipment import DeliveryPromise
from packstation.pro import models as m
from packstation.pro.bench.choices import quote_list
from packstation.pro.bench.places import place_of
from packstation.pro.client import ProClient

CUSTOMER_REFERENCE_KEY = "CounterCustomerReference"
_REASONS = {
    CustomsCategory.GIFT: "Gift",
    CustomsCategory.COMMERCIAL_SAMPLE: "Commercial sample",
    CustomsCategory.DOCUMENTS: "Documents",
    CustomsCategory.SALE: "Sale of goods",
}
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WHOLE_DAY = (("00:00", "23:59"), ("00:00", "24:00"))


def _now_utc() -> datetime:
    return datetime.now(UTC)


class ProCounterApi:
    """SortedPRO as the counter uses it before a consignment exists.

    ``shipping_location`` is the station's location reference, the Origin of every booking;
    ``now`` dates the customs declaration and is injectable for tests. Nothing is fetched before
    the first call.
    """

    def __init__(
        self,
        client: ProClient,
        *,
        shipping_location: str,
        now: Callable[[], datetime] = _now_utc,
    ) -> None:
        self._client = client
        self.shipping_location = shipping_location
        self._now = now

    def __repr__(self) -> str:
        return f"ProCounterApi({self._client!r}, shipping_location={self.shipping_location!r})"

    def delivery_options(self, booking: Booking) -> tuple[ServiceChoice, ...]:
        """Return the delivery options for the booking, earliest first as PRO lists them."""
        request = m.DeliveryOptionsRequest.model_validate(self._body(booking))
        response = self._client.delivery_options(request)
        return tuple(
            option_choice(option, booking.client_reference)
            for option in response.delivery_options or ()
            if option.reference
        )

    def pickup_options(
        self, booking: Booking, radius_km: Decimal, max_results: int
    ) -> tuple[ServiceChoice, ...]:
        """Return one row per option of each pickup location, nearest location first."""
        body = self._body(booking)
        body["Distance"] = {"Unit": "Km", "Value": radius_km}
        body["MaxResults"] = max_results
        response = self._client.pickup_options(m.PickupOptionsRequest.model_validate(body))
        locations = sorted(
            response.locations or (),
            key=lambda place: place.distance if place.distance is not None else Decimal("Infinity"),
        )
        rows: list[ServiceChoice] = []
        for location in locations:
            point = pickup_point(location)
            rows.extend(
                option_choice(option, booking.client_reference, point)
                for option in location.delivery_options or ()
                if option.reference
            )
        return tuple(rows)

    def quote_booking(self, booking: Booking) -> QuoteList:
        """Return the quotes for the booking; nothing is created."""
        request = m.CreateConsignmentRequest.model_validate(self._body(booking))
        return quote_list(self._client.get_quotes(request))

    def create_consignment(self, booking: Booking, client_reference: str) -> str:
        """Create the consignment carrying ``client_reference``; return its ``EC-`` reference."""
        body = self._body(booking)
        body["ConsignmentReferenceProvidedByCustomer"] = client_reference
        return self._client.create_consignment(m.CreateConsignmentRequest.model_validate(body))

    def _body(self, booking: Booking) -> dict[str, Any]:
        return consignment_body(booking, self.shipping_location, self._now())


def consignment_body(booking: Booking, location: str, now: datetime) -> dict[str, Any]:
    """Return the Create Consignment body (PascalCase keys) for a booking."""
    body: dict[str, Any] = {
        "Source": "Api",
        "Direction": "Outbound",
        "Addresses": [
            {"AddressType": "Origin", "ShippingLocationReference": location, "IsCached": False},
            destination_address(booking),
        ],
        "Packages": [package_of(parcel) for parcel in booking.parcels],
    }
    if booking.client_reference:
        body["ConsignmentReferenceProvidedByCustomer"] = booking.client_reference
    if booking.customs is not None:
        body["CustomsDocumentation"] = customs_of(booking.customs, now)
    if booking.customer_reference.strip():
        body["MetaData"] = [
            {"KeyValue": CUSTOMER_REFERENCE_KEY, "StringValue": booking.customer_reference.strip()}
        ]
    return body


def destination_address(booking: Booking) -> dict[str, Any]:
    """Return the Destination address: the place, with the contact person to notify."""
    place, contact = booking.destination, booking.contact
    first, _, last = contact.name.strip().partition(" ")
    address: dict[str, Any] = {
        "AddressType": "Destination",
        "Contact": {
            "FirstName": first,
            "LastName": last.strip(),
            "Telephone": contact.phone.strip() or None,
            "Email": contact.email.strip() or None,
        },
        "Town": place.town.strip(),
        "Postcode": place.postcode.strip(),
        "Country": {"IsoCode": {"TwoLetterCode": place.country_code.strip().upper()}},
        "IsCached": False,
    }
    for index, line in enumerate(place.lines[:3], start=1):
        address[f"AddressLine{index}"] = line.strip()
    if place.name.strip().casefold() != contact.name.strip().casefold():
        address["CompanyName"] = place.name.strip()
    return address


def _money(amount: Decimal, currency: str) -> dict[str, Any]:
    return {"Amount": amount, "Currency": {"IsoCode": currency.strip().upper()}}


def package_of(parcel: BookingParcel) -> dict[str, Any]:
    """Return one package: measurements, description, declared value and contents."""
    spec = parcel.spec
    package: dict[str, Any] = {
        "Weight": {"Value": spec.weight_kg, "Unit": "Kg"},
        "Description": parcel.description.strip(),
        "Value": _money(parcel.declared_value, parcel.currency),
    }
    if spec.dimensions is not None:
        package["Dimensions"] = {
            "Unit": "Cm",
            "Length": spec.dimensions.length_cm,
            "Width": spec.dimensions.width_cm,
            "Height": spec.dimensions.height_cm,
        }
    if spec.size_reference:
        package["PackageSizeReference"] = spec.size_reference
    if parcel.items:
        package["Items"] = [item_of(item, parcel.currency) for item in parcel.items]
    return package


def item_of(item: ContentItem, currency: str) -> dict[str, Any]:
    """Return one content line as PRO's item, valued in the parcel's currency."""
    return {
        "Description": item.description.strip(),
        "Quantity": item.quantity,
        "Value": _money(item.line_value, currency),
        "Weight": {"Value": item.line_weight_kg, "Unit": "Kg"},
        "CountryOfOrigin": {"IsoCode": {"TwoLetterCode": item.country_of_origin.strip().upper()}},
        "HarmonisationCode": item.hs_code.replace(" ", "").replace(".", ""),
    }


def customs_of(customs: CustomsDeclaration, now: datetime) -> dict[str, Any]:
    """Return ``CustomsDocumentation``: declared and invoiced today by the signatory."""
    return {
        "CategoryType": customs.category.value,
        "ShippingTerms": customs.shipping_terms.value,
        "DesignatedPersonResponsible": customs.designated_person.strip(),
        "DeclarationDate": now,
        "InvoiceDate": now,
        "ShippersVatNumber": customs.shippers_vat_number.strip() or "GBUNREG",
        "ReasonForExport": customs.reason_for_export.strip() or _REASONS[customs.category],
    }


def _window(window: m.DeliveryWindow | None) -> tuple[str, str] | None:
    if window is None or not window.start or not window.end:
        return None
    span = (window.start[:5], window.end[:5])
    return None if span in _WHOLE_DAY else span


def option_choice(
    option: m.DeliveryOption, client_reference: str, point: PickupPoint | None = None
) -> ServiceChoice:
    """Return a delivery option (or, with ``point``, a pickup option) as a row of the table."""
    estimated = option.estimated_delivery_date
    day = estimated.date if estimated else None
    price = option.price
    return ServiceChoice(
        kind=ChoiceKind.PICKUP_OPTION if point else ChoiceKind.DELIVERY_OPTION,
        reference=option.reference or "",
        carrier=option.carrier or "",
        service=option.carrier_service or option.carrier_service_reference or "",
        service_reference=option.carrier_service_reference,
        price_gross=price.gross if price else None,
        currency=price.currency.iso_code if price and price.currency else None,
        promise=DeliveryPromise(day, day, bool(estimated.guaranteed)) if estimated else None,
        window=_window(option.delivery_window),
        cutoff=option.allocation_cut_off,
        pickup_point=point,
        customer_reference=client_reference or None,
    )


def opening_hours(times: m.OpeningTimes | None) -> tuple[str, ...]:
    """Return ``"Mon 09:00-17:30"`` per open day (several windows joined by commas)."""
    if times is None:
        return ()
    days = []
    for name in _DAYS:
        windows = [
            f"{w.start[:5]}-{w.end[:5]}" for w in getattr(times, name) or () if w.start and w.end
        ]
        if windows:
            days.append(f"{name[:3].capitalize()} {', '.join(windows)}")
    return tuple(days)


def pickup_point(location: m.PickupLocation) -> PickupPoint:
    """Return a pickup location as the clerk and the receipt show it."""
    place = place_of(location.address)
    return PickupPoint(
        name=(location.name or "").strip(),
        shop_reference=location.shop_reference or "",
        address=place.one_line if place else "",
        distance_km=location.distance,
        opening_hours=opening_hours(location.opening_times),
    )
