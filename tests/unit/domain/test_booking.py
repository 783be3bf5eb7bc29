"""The counter form's rules and the receipt's texts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from packstation.domain.booking import (
    Booking,
    BookingParcel,
    Contact,
    ContentItem,
    CustomsCategory,
    CustomsDeclaration,
    Receipt,
    booking_problems,
    client_reference_for,
    costs_more,
    matching_quote,
    offer_price,
    receipt_for,
)
from packstation.domain.choices import ChoiceKind, PickupPoint, ServiceChoice
from packstation.domain.shipment import (
    DeliveryPromise,
    Dimensions,
    ParcelSpec,
    Place,
    Shipment,
    ShipmentState,
)

BOX = Dimensions(Decimal(30), Decimal(20), Decimal(10))


def parcel(value: str = "20.00", *items: ContentItem) -> BookingParcel:
    return BookingParcel(ParcelSpec(Decimal("1.2"), BOX), Decimal(value), "GBP", "Books", items)


def domestic() -> Booking:
    return Booking(
        destination=Place("Ana Lopez", ("13 Porter Street",), "Manchester", "M1 5WG", "GB"),
        contact=Contact("Ana Lopez", phone="+44 7700 900123"),
        parcels=(parcel(),),
    )


def item(value: str = "20.00", weight: str = "0.8") -> ContentItem:
    return ContentItem("Paperback book", 2, Decimal(value), Decimal(weight), "GB", "490199")


def international() -> Booking:
    return replace(
        domestic(),
        destination=Place("Marie Dupont", ("5 rue de Rivoli",), "Paris", "75001", "FR"),
        parcels=(parcel("20.00", item()),),
        customs=CustomsDeclaration(CustomsCategory.GIFT, "Sam Sender"),
    )


def test_a_complete_domestic_booking_has_no_problems() -> None:
    assert booking_problems(domestic(), "GB") == ()
    assert not domestic().is_international("gb")


def test_every_missing_address_part_is_named() -> None:
    booking = replace(domestic(), destination=Place("", (), "", "", "G"))
    problems = booking_problems(booking, "GB")
    assert problems == (
        "Destination: the addressee's name is missing.",
        "Destination: the first address line is missing.",
        "Destination: the town is missing.",
        "Destination: the postcode is missing.",
        "Destination: the country must be a two-letter code such as GB or FR.",
    )


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        (Contact("Ana"), "Contact: give a phone number or an e-mail for the carrier's messages."),
        (Contact("Ana", phone="12ab"), "Contact: the phone number must have 7 to 15 digits."),
        (Contact("Ana", email="ana@localhost"), "Contact: the e-mail address does not look right."),
        (Contact("", email="ana@example.org"), "Contact: the name is missing."),
    ],
)
def test_contact_rules(contact: Contact, expected: str) -> None:
    assert booking_problems(replace(domestic(), contact=contact), "GB") == (expected,)


def test_an_e_mail_alone_is_enough() -> None:
    booking = replace(domestic(), contact=Contact("Ana", email="ana.lopez@example.org"))
    assert booking_problems(booking, "GB") == ()


def test_parcel_rules() -> None:
    bad = BookingParcel(ParcelSpec(Decimal(1), BOX), Decimal(-1), "pounds", " ")
    problems = booking_problems(replace(domestic(), parcels=(parcel(), bad)), "GB")
    assert problems == (
        "Parcel 2: say what is in it (description).",
        "Parcel 2: the declared value cannot be negative.",
        "Parcel 2: the currency must be a code such as GBP or EUR.",
    )
    assert booking_problems(replace(domestic(), parcels=()), "GB") == ("Add at least one parcel.",)


def test_a_complete_international_booking_has_no_problems() -> None:
    assert international().is_international("GB")
    assert booking_problems(international(), "GB") == ()


def test_international_needs_customs_and_contents() -> None:
    booking = replace(international(), customs=None, parcels=(parcel(),))
    assert booking_problems(booking, "GB") == (
        "Customs: a parcel to FR needs a customs declaration.",
        "Parcel 1: list its contents for customs.",
    )


def test_content_lines_are_checked_one_by_one() -> None:
    wrong = ContentItem("", 0, Decimal(-1), Decimal(0), "France", "12.34")
    booking = replace(international(), parcels=(parcel("0", wrong),))
    assert booking_problems(booking, "GB") == (
        "Parcel 1, item 1: the description is missing.",
        "Parcel 1, item 1: the quantity must be at least 1.",
        "Parcel 1, item 1: the value cannot be negative.",
        "Parcel 1, item 1: the weight must be more than 0 kg.",
        "Parcel 1, item 1: the country of origin must be a two-letter code.",
        "Parcel 1, item 1: the HS code must have 6 to 10 digits.",
        "Parcel 1: the contents add up to -1.00 GBP but 0.00 is declared; they must agree on "
        "the customs forms.",
    )


def test_contents_heavier_than_the_parcel_are_refused() -> None:
    booking = replace(international(), parcels=(parcel("20.00", item(weight="5")),))
    assert booking_problems(booking, "GB") == (
        "Parcel 1: the contents weigh 5 kg, more than the parcel (1.2 kg).",
    )


def test_the_signatory_is_required() -> None:
    booking = replace(international(), customs=CustomsDeclaration(CustomsCategory.GIFT, " "))
    assert booking_problems(booking, "GB") == (
        "Customs: name the person who signs the declaration.",
    )


def test_a_long_customer_reference_is_refused() -> None:
    booking = replace(domestic(), customer_reference="X" * 51)
    assert booking_problems(booking, "GB") == (
        "The customer's reference is longer than 50 characters.",
    )


def receipt(promise: DeliveryPromise | None, price: Decimal | None = Decimal("6.9")) -> Receipt:
    return Receipt(
        station="Counter 1",
        consignment_reference="EC-000-000-001",
        client_reference="C1-20261123-AB12",
        booked_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
        carrier="Carrier X",
        service="Next Day",
        price_gross=price,
        currency="GBP",
        tracking_numbers=("TRK1",),
        destination="Ana Lopez, Manchester",
        parcel_count=1,
        promise=promise,
    )


def test_receipt_texts() -> None:
    day = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
    later = datetime(2026, 11, 26, 17, 0, tzinfo=UTC)
    assert receipt(DeliveryPromise(None, day)).promised_text == "by Tue 24 Nov 2026"
    assert receipt(DeliveryPromise(day, day, True)).promised_text == (
        "by Tue 24 Nov 2026 (guaranteed)"
    )
    assert receipt(DeliveryPromise(day, later)).promised_text == "Tue 24 Nov - Thu 26 Nov 2026"
    assert receipt(None).promised_text == ""
    assert receipt(DeliveryPromise(None, None)).promised_text == ""
    assert receipt(None).price_text == "6.90 GBP"
    assert receipt(None, price=None).price_text == ""


def test_client_reference_is_station_day_and_token() -> None:
    assert client_reference_for("Counter 1", "20261122", "AB12CD") == "COUNTER1-20261122-AB12CD"
    assert client_reference_for("**", "20261122", "AB12CD") == "COUNTER-20261122-AB12CD"


def test_the_same_form_whatever_its_reference() -> None:
    assert domestic().same_form_as(replace(domestic(), client_reference="X"))
    assert not domestic().same_form_as(replace(domestic(), customer_reference="other"))


def quote(reference: str, carrier: str, service: str, price: str, **extra: Any) -> ServiceChoice:
    return ServiceChoice(
        ChoiceKind.QUOTE, reference, carrier, service, price_gross=Decimal(price), **extra
    )


def test_matching_quote_by_reference_then_service_then_names() -> None:
    chosen = quote("Q1", "DPD", "Next Day", "6.90", service_reference="DPD-ND")
    same = quote("Q1", "Other", "Other", "1")
    by_service = quote("Q7", "DPD UK", "Next Day 12", "6.90", service_reference="DPD-ND")
    by_names = quote("Q8", "dpd", "next day", "7.10")
    assert matching_quote(chosen, (by_names, by_service, same)) is same
    assert matching_quote(chosen, (by_names, by_service)) is by_service
    assert matching_quote(chosen, (by_names,)) is by_names
    assert matching_quote(chosen, (quote("Q9", "DPD", "Two Day", "5"),)) is None
    assert costs_more(by_names, chosen) and not costs_more(by_service, chosen)
    assert not costs_more(replace(by_names, price_gross=None), chosen)
    assert offer_price(replace(chosen, currency="GBP")) == "6.90 GBP"


def test_receipt_for_prefers_what_pro_booked() -> None:
    point = PickupPoint("Corner Shop", "S-1", "2 Low St, Leeds", Decimal("0.4"))
    offered = quote("EDO-1", "Carrier X", "Shop 48", "3.50", currency="GBP", pickup_point=point)
    shipment = Shipment(
        "EC-1",
        ShipmentState.ALLOCATED,
        "Allocated",
        carrier="Carrier Y",
        service="Shop 24",
        tracking_numbers=("T1",),
    )
    booked = replace(domestic(), client_reference="REF-1")
    made = receipt_for("Counter 1", booked, shipment, offered, datetime(2026, 11, 23, tzinfo=UTC))
    assert (made.carrier, made.service, made.price_text) == ("Carrier Y", "Shop 24", "3.50 GBP")
    assert (made.pickup_point, made.client_reference) == ("Corner Shop, 2 Low St, Leeds", "REF-1")
    assert made.customer_reference == "" and made.tracking_numbers == ("T1",)
    bare = receipt_for("Counter 1", booked, replace(shipment, carrier=None), None, made.booked_at)
    assert (bare.carrier, bare.price_gross, bare.pickup_point) == ("", None, "")
