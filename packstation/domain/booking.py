"""A counter booking: the form a clerk fills in for a walk-in customer, and what they take home.

The form holds the destination and who to contact there, the parcels with their declared value,
and, for a parcel leaving the origin country, the contents and the customs declaration. Every
rule a clerk can break is checked by :func:`booking_problems`, which answers in plain words so
the screen can list all of them at once instead of failing on the first.

The ``client_reference`` is the station's own unique reference for one booking; PRO carries it
as ``ConsignmentReferenceProvidedByCustomer`` so a lost answer can be looked up by it. The
customer's own reference (``customer_reference``) is only printed and kept with the booking.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from packstation.domain.choices import ServiceChoice
from packstation.domain.labels import PrintReport
from packstation.domain.sentences import Sentence
from packstation.domain.session import PackView
from packstation.domain.shipment import DeliveryPromise, ParcelSpec, Place, Shipment

DEFAULT_SHIPPERS_VAT_NUMBER = "GBUNREG"
"""What carriers accept from a sender who is not VAT-registered (SPEC 2.12)."""

MAX_REFERENCE_LENGTH = 50
_PREFIX_LENGTH = 8
VALUE_TOLERANCE = Decimal("0.01")


class CustomsCategory(enum.Enum):
    """What kind of goods cross the border (PRO's ``CategoryType``)."""

    GIFT = "Gift"
    COMMERCIAL_SAMPLE = "CommercialSample"
    DOCUMENTS = "Documents"
    SALE = "Other"
    """Sold goods: PRO has no "sale" category, ``Other`` with the reason for export says so."""


class ShippingTerms(enum.Enum):
    """Who pays the duties: the receiver (DAP, DDU) or the sender (DDP)."""

    DAP = "DAP"
    DDU = "DDU"
    DDP = "DDP"


@dataclass(frozen=True)
class Contact:
    """Who the carrier tells about the delivery: at least a phone number or an e-mail."""

    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ContentItem:
    """One line of what is in a parcel, as the customs forms list it."""

    description: str
    quantity: int
    line_value: Decimal
    """The value of the whole line (all ``quantity`` units), in the parcel's currency."""
    line_weight_kg: Decimal
    """The weight of the whole line, without the box."""
    country_of_origin: str
    """Where the goods were made: ISO two-letter code."""
    hs_code: str
    """The tariff (harmonised system) code: 6 to 10 digits."""


@dataclass(frozen=True)
class BookingParcel:
    """One parcel handed over the counter."""

    spec: ParcelSpec
    declared_value: Decimal
    currency: str
    description: str
    items: tuple[ContentItem, ...] = ()


@dataclass(frozen=True)
class CustomsDeclaration:
    """What the sender declares for a parcel leaving the origin country."""

    category: CustomsCategory
    designated_person: str
    """Who signs the declaration: the customer sending the parcel."""
    shipping_terms: ShippingTerms = ShippingTerms.DAP
    reason_for_export: str = ""
    shippers_vat_number: str = DEFAULT_SHIPPERS_VAT_NUMBER


@dataclass(frozen=True)
class Booking:
    """The counter form as the clerk filled it in."""

    destination: Place
    contact: Contact
    parcels: tuple[BookingParcel, ...]
    customs: CustomsDeclaration | None = None
    customer_reference: str = ""
    client_reference: str = ""

    def is_international(self, origin_country_code: str) -> bool:
        """Whether the parcels cross a border (they then need contents and customs data)."""
        return self.destination.country_code.strip().upper() != origin_country_code.upper()

    @property
    def declared_value(self) -> Decimal:
        """The declared value of all parcels together."""
        return sum((parcel.declared_value for parcel in self.parcels), Decimal(0))

    def same_form_as(self, other: Booking) -> bool:
        """Whether ``other`` holds the same form, whatever client reference either carries."""
        return replace(self, client_reference="") == replace(other, client_reference="")


def client_reference_for(station: str, day_text: str, token: str) -> str:
    """Return ``PREFIX-YYYYMMDD-TOKEN``: the station, the day and a random part."""
    prefix = re.sub(r"[^A-Z0-9]", "", station.upper())[:_PREFIX_LENGTH] or "COUNTER"
    return f"{prefix}-{day_text}-{token}"


def booking_problems(booking: Booking, origin_country_code: str) -> tuple[str, ...]:
    """Return everything wrong with the form, in words a clerk can fix; empty when all is well."""
    problems = [*_place_problems(booking.destination), *_contact_problems(booking.contact)]
    if not booking.parcels:
        problems.append(Sentence("Add at least one parcel."))
    for number, parcel in enumerate(booking.parcels, start=1):
        problems.extend(_parcel_problems(parcel, number))
    if len(booking.customer_reference.strip()) > MAX_REFERENCE_LENGTH:
        problems.append(
            Sentence("The customer's reference is longer than %1 characters.", MAX_REFERENCE_LENGTH)
        )
    country = booking.destination.country_code.strip()
    # Customs rules only apply once the country is known; a typo is reported above instead.
    if len(country) == 2 and booking.is_international(origin_country_code):
        problems.extend(_international_problems(booking))
    return tuple(problems)


def _place_problems(place: Place) -> list[str]:
    missing = [
        what
        for what, text in (
            (Sentence("the addressee's name"), place.name),
            (Sentence("the first address line"), place.lines[0] if place.lines else ""),
            (Sentence("the town"), place.town),
            (Sentence("the postcode"), place.postcode),
        )
        if not text.strip()
    ]
    problems: list[str] = [Sentence("Destination: %1 is missing.", what) for what in missing]
    code = place.country_code.strip()
    if len(code) != 2 or not code.isalpha():
        problems.append(
            Sentence("Destination: the country must be a two-letter code such as GB or FR.")
        )
    return problems


def _contact_problems(contact: Contact) -> list[str]:
    problems: list[str] = []
    if not contact.name.strip():
        problems.append(Sentence("Contact: the name is missing."))
    phone, email = contact.phone.strip(), contact.email.strip()
    if not phone and not email:
        problems.append(
            Sentence("Contact: give a phone number or an e-mail for the carrier's messages.")
        )
    digits = phone.removeprefix("+").replace(" ", "").replace("-", "")
    if phone and (not digits.isdigit() or not 7 <= len(digits) <= 15):
        problems.append(Sentence("Contact: the phone number must have 7 to 15 digits."))
    local, _, domain = email.partition("@")
    if email and (not local or "." not in domain.strip(".") or " " in email):
        problems.append(Sentence("Contact: the e-mail address does not look right."))
    return problems


def _parcel_problems(parcel: BookingParcel, number: int) -> list[str]:
    problems: list[str] = []
    if not parcel.description.strip():
        problems.append(Sentence("Parcel %1: say what is in it (description).", number))
    if parcel.declared_value < 0:
        problems.append(Sentence("Parcel %1: the declared value cannot be negative.", number))
    currency = parcel.currency.strip()
    if len(currency) != 3 or not currency.isalpha():
        problems.append(
            Sentence("Parcel %1: the currency must be a code such as GBP or EUR.", number)
        )
    return problems


def _international_problems(booking: Booking) -> list[str]:
    country = booking.destination.country_code.strip().upper()
    problems: list[str] = []
    if booking.customs is None:
        problems.append(Sentence("Customs: a parcel to %1 needs a customs declaration.", country))
    elif not booking.customs.designated_person.strip():
        problems.append(Sentence("Customs: name the person who signs the declaration."))
    for number, parcel in enumerate(booking.parcels, start=1):
        problems.extend(_contents_problems(parcel, number))
    return problems


def _contents_problems(parcel: BookingParcel, number: int) -> list[str]:
    if not parcel.items:
        return [Sentence("Parcel %1: list its contents for customs.", number)]
    problems: list[str] = []
    for line, item in enumerate(parcel.items, start=1):
        where = Sentence("Parcel %1, item %2", number, line)
        if not item.description.strip():
            problems.append(Sentence("%1: the description is missing.", where))
        if item.quantity < 1:
            problems.append(Sentence("%1: the quantity must be at least 1.", where))
        if item.line_value < 0:
            problems.append(Sentence("%1: the value cannot be negative.", where))
        if item.line_weight_kg <= 0:
            problems.append(Sentence("%1: the weight must be more than 0 kg.", where))
        origin = item.country_of_origin.strip()
        if len(origin) != 2 or not origin.isalpha():
            problems.append(Sentence("%1: the country of origin must be a two-letter code.", where))
        code = item.hs_code.replace(" ", "").replace(".", "")
        if not code.isdigit() or not 6 <= len(code) <= 10:
            problems.append(Sentence("%1: the HS code must have 6 to 10 digits.", where))
    contents = sum((item.line_value for item in parcel.items), Decimal(0))
    if abs(contents - parcel.declared_value) > VALUE_TOLERANCE:
        problems.append(
            Sentence(
                "Parcel %1: the contents add up to %2 %3 but %4 is declared; they must agree on "
                "the customs forms.",
                number,
                f"{contents:.2f}",
                parcel.currency,
                f"{parcel.declared_value:.2f}",
            )
        )
    weight = sum((item.line_weight_kg for item in parcel.items), Decimal(0))
    if weight > parcel.spec.weight_kg:
        problems.append(
            Sentence(
                "Parcel %1: the contents weigh %2 kg, more than the parcel (%3 kg).",
                number,
                weight,
                parcel.spec.weight_kg,
            )
        )
    return problems


@dataclass(frozen=True)
class Receipt:
    """What the customer takes home: proof of the booking and how to follow it."""

    station: str
    consignment_reference: str
    client_reference: str
    booked_at: datetime
    carrier: str
    service: str
    price_gross: Decimal | None
    currency: str | None
    tracking_numbers: tuple[str, ...]
    destination: str
    parcel_count: int
    promise: DeliveryPromise | None = None
    pickup_point: str = ""
    customer_reference: str = ""

    @property
    def promised_text(self) -> str:
        """The delivery promise in words, or an empty string when there is none."""
        if self.promise is None:
            return ""
        earliest, latest = self.promise.earliest, self.promise.latest
        when = latest or earliest
        if when is None:
            return ""
        if earliest and latest and earliest.date() != latest.date():
            text = f"{earliest:%a %d %b} - {latest:%a %d %b %Y}"
        else:
            text = f"by {when:%a %d %b %Y}"
        return f"{text} (guaranteed)" if self.promise.guaranteed else text

    @property
    def price_text(self) -> str:
        """The price with its currency code, or an empty string when PRO gave none."""
        if self.price_gross is None:
            return ""
        return f"{self.price_gross:.2f} {self.currency or ''}".strip()


def receipt_for(
    station: str,
    booking: Booking,
    shipment: Shipment,
    choice: ServiceChoice | None,
    booked_at: datetime,
) -> Receipt:
    """Return the receipt of a booked shipment; PRO's carrier and promise win over the offer's.

    PRO may substitute a service that keeps the promise (SPEC 6.1.6), so what the shipment says
    is printed; the price is the one the customer agreed to.
    """
    point = choice.pickup_point if choice is not None else None
    return Receipt(
        station=station,
        consignment_reference=shipment.reference,
        client_reference=booking.client_reference,
        booked_at=booked_at,
        carrier=shipment.carrier or (choice.carrier if choice else ""),
        service=shipment.service or (choice.service if choice else ""),
        price_gross=choice.price_gross if choice else None,
        currency=choice.currency if choice else None,
        tracking_numbers=shipment.tracking_numbers,
        destination=booking.destination.one_line,
        parcel_count=shipment.parcel_count,
        promise=shipment.promise or (choice.promise if choice else None),
        pickup_point=f"{point.name}, {point.address}" if point else "",
        customer_reference=booking.customer_reference,
    )


def matching_quote(
    chosen: ServiceChoice, candidates: tuple[ServiceChoice, ...]
) -> ServiceChoice | None:
    """Return the candidate standing for ``chosen``: the same quote, else the same service."""
    for candidate in candidates:
        if candidate.reference == chosen.reference:
            return candidate
    for candidate in candidates:
        if chosen.service_reference and candidate.service_reference == chosen.service_reference:
            return candidate
    names = (chosen.carrier.casefold(), chosen.service.casefold())
    return next(
        (c for c in candidates if (c.carrier.casefold(), c.service.casefold()) == names), None
    )


def costs_more(candidate: ServiceChoice, chosen: ServiceChoice) -> bool:
    """Whether ``candidate`` costs more than the customer agreed to for ``chosen``."""
    if candidate.price_gross is None or chosen.price_gross is None:
        return False
    return candidate.price_gross > chosen.price_gross


def offer_price(choice: ServiceChoice) -> str:
    """Return the offer's price with its currency, for messages."""
    return f"{choice.price_gross} {choice.currency or ''}".strip()


@dataclass(frozen=True)
class CounterView:
    """Everything the counter screen shows after a step.

    ``pack`` is the same picture the pack screen uses (banner, choices, label and print status),
    so one set of widgets renders both; the counter adds the booking in progress, the receipt and
    what the receipt printer did with it.
    """

    pack: PackView
    booking: Booking | None = None
    receipt: Receipt | None = None
    receipt_report: PrintReport | None = None
