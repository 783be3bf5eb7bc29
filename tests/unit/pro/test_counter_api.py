"""ProCounterApi over a scripted PRO (httpx.MockTransport): the bodies sent and the rows read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from packstation.domain.booking import (
    Booking,
    BookingParcel,
    Contact,
    ContentItem,
    CustomsCategory,
    CustomsDeclaration,
)
from packstation.domain.booking_ports import CounterApi
from packstation.domain.choices import ChoiceKind
from packstation.domain.shipment import Dimensions, ParcelSpec, Place
from packstation.errors import RemoteRejectedError
from packstation.pro.bench import ProCounterApi
from packstation.pro.client import ProClient
from packstation.pro.retry import RetryPolicy

BASE = "https://pro.example.test"
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
REFERENCE = "COUNTER1-20261123-AB12CD"


class ScriptedPro:
    """Answers each (method, path) with one JSON body and keeps every request."""

    def __init__(self) -> None:
        self.answers: dict[tuple[str, str], httpx.Response] = {}
        self.requests: list[httpx.Request] = []

    def on(self, method: str, path: str, body: Any, status: int = 200) -> None:
        self.answers[(method, path)] = httpx.Response(status, json=body)

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        key = (request.method, request.url.path.rstrip("/"))
        return self.answers.get(key) or httpx.Response(404, json={"Message": "no route"})

    def body(self) -> Any:
        return json.loads(self.requests[-1].content)


@pytest.fixture
def pro() -> ScriptedPro:
    return ScriptedPro()


@pytest.fixture
def api(pro: ScriptedPro) -> Iterator[ProCounterApi]:
    client = ProClient(
        BASE,
        "key",
        transport=httpx.MockTransport(pro.handler),
        retry_policy=RetryPolicy(max_retries=0, sleep=lambda _: None),
    )
    with client:
        yield ProCounterApi(client, shipping_location="Counter1", now=lambda: NOW)


def booking() -> Booking:
    return Booking(
        Place("Ana Lopez", ("13 Porter Street", "Flat 2"), "Manchester", "M1 5WG", "gb"),
        Contact("Ana Maria Lopez", phone="07700 900123"),
        (
            BookingParcel(
                ParcelSpec(Decimal("1.25"), Dimensions(Decimal(30), Decimal(20), Decimal(10))),
                Decimal("20.50"),
                "gbp",
                "Books",
            ),
        ),
        customer_reference="EBAY-1",
        client_reference=REFERENCE,
    )


def international() -> Booking:
    item = ContentItem("Paperback", 2, Decimal("20.50"), Decimal("0.8"), "gb", "4901.99")
    base = booking()
    return replace(
        base,
        destination=Place("Dupont SARL", ("5 rue de Rivoli",), "Paris", "75001", "FR"),
        contact=Contact("Marie Dupont", email="marie@example.org"),
        parcels=(replace(base.parcels[0], items=(item,)),),
        customs=CustomsDeclaration(CustomsCategory.SALE, "Sam Sender"),
    )


def test_it_is_the_counter_port(api: ProCounterApi) -> None:
    port: CounterApi = api
    assert repr(port).startswith("ProCounterApi(")


def test_delivery_options_body_and_rows(
    api: ProCounterApi, pro: ScriptedPro, examples_dir: Path
) -> None:
    example = json.loads((examples_dir / "01_delivery_options_response.json").read_text())
    pro.on("POST", "/deliveryoptions", example)

    rows = api.delivery_options(booking())

    assert pro.body() == {
        "Source": "Api",
        "Direction": "Outbound",
        "Addresses": [
            {"AddressType": "Origin", "ShippingLocationReference": "Counter1", "IsCached": False},
            {
                "AddressType": "Destination",
                "Contact": {
                    "FirstName": "Ana",
                    "LastName": "Maria Lopez",
                    "Telephone": "07700 900123",
                    "Email": None,
                },
                "Town": "Manchester",
                "Postcode": "M1 5WG",
                "Country": {"IsoCode": {"TwoLetterCode": "GB"}},
                "IsCached": False,
                "AddressLine1": "13 Porter Street",
                "AddressLine2": "Flat 2",
                "CompanyName": "Ana Lopez",
            },
        ],
        "Packages": [
            {
                "Weight": {"Value": 1.25, "Unit": "Kg"},
                "Description": "Books",
                "Value": {"Amount": 20.5, "Currency": {"IsoCode": "GBP"}},
                "Dimensions": {"Unit": "Cm", "Length": 30, "Width": 20, "Height": 10},
            }
        ],
        "ConsignmentReferenceProvidedByCustomer": REFERENCE,
        "MetaData": [{"KeyValue": "CounterCustomerReference", "StringValue": "EBAY-1"}],
    }
    first = example["DeliveryOptions"][0]
    assert len(rows) == len(example["DeliveryOptions"])
    row = rows[0]
    assert row.kind is ChoiceKind.DELIVERY_OPTION
    assert (row.reference, row.carrier, row.service) == (
        first["Reference"],
        first["Carrier"],
        first["CarrierService"],
    )
    assert row.price_gross == Decimal(str(first["Price"]["Gross"])) and row.currency == "GBP"
    assert row.promise is not None and row.promise.guaranteed
    assert row.promise.latest == datetime.fromisoformat(first["EstimatedDeliveryDate"]["Date"])
    assert row.window is None  # 00:00-23:59 is "any time that day"
    assert row.cutoff == datetime.fromisoformat(first["AllocationCutOff"])
    assert row.customer_reference == REFERENCE


def test_pickup_options_rows_carry_the_point(api: ProCounterApi, pro: ScriptedPro) -> None:
    option = {
        "Reference": "EDO-PICK-1",
        "EstimatedDeliveryDate": {"Date": "2026-11-25T00:00:00+00:00", "Guaranteed": False},
        "DeliveryWindow": {"Start": "09:00:00", "End": "17:00:00"},
        "Carrier": "Carrier P",
        "CarrierService": "Shop 48",
        "Price": {"Gross": 3.5, "Currency": {"IsoCode": "GBP"}},
    }
    far = {
        "Name": "Far Locker",
        "ShopReference": "L-2",
        "Distance": 2.4,
        "Address": {"AddressLine1": "9 Far Road", "Town": "Leeds", "Postcode": "LS2 2BB"},
        "OpeningTimes": {"Monday": [{"Start": "00:00:00", "End": "23:59:00"}]},
        "DeliveryOptions": [{**option, "Reference": "EDO-PICK-2"}],
    }
    near = {
        "Name": "Corner Shop",
        "ShopReference": "S-1",
        "Distance": 0.4,
        "Address": {"AddressLine1": "2 Low St", "Town": "Leeds", "Postcode": "LS1 1AA"},
        "OpeningTimes": {
            "Monday": [
                {"Start": "09:00:00", "End": "12:00:00"},
                {"Start": "13:00:00", "End": "17:30:00"},
            ],
            "Sunday": [],
        },
        "DeliveryOptions": [option],
    }
    pro.on("POST", "/deliveryoptions/pickupoptions", {"Locations": [far, near]})

    rows = api.pickup_options(booking(), Decimal("2.5"), 7)

    sent = pro.body()
    assert (sent["Distance"], sent["MaxResults"]) == ({"Unit": "Km", "Value": 2.5}, 7)
    assert [row.reference for row in rows] == ["EDO-PICK-1", "EDO-PICK-2"]
    point = rows[0].pickup_point
    assert rows[0].kind is ChoiceKind.PICKUP_OPTION and point is not None
    assert (point.name, point.shop_reference, point.distance_km) == (
        "Corner Shop",
        "S-1",
        Decimal("0.4"),
    )
    assert point.address == "2 Low St, Leeds, LS1 1AA"
    assert point.opening_hours == ("Mon 09:00-12:00, 13:00-17:30",)
    assert rows[0].window == ("09:00", "17:00")
    assert rows[0].customer_reference == REFERENCE


def test_quotes_and_create_with_customs(
    api: ProCounterApi, pro: ScriptedPro, examples_dir: Path
) -> None:
    quotes = json.loads((examples_dir / "46_get_quotes_response.json").read_text())
    pro.on("POST", "/quotes", quotes)
    created = json.loads((examples_dir / "09_create_consignment_response.json").read_text())
    pro.on("POST", "/consignments", created, status=201)

    listed = api.quote_booking(international())
    quoted_body = pro.body()
    reference = api.create_consignment(international(), "OTHER-REF")
    created_body = pro.body()

    assert len(listed.choices) == len([q for q in quotes["Quotes"] if q.get("QuoteReference")])
    assert reference == "EC-000-05B-MMA"
    assert quoted_body["ConsignmentReferenceProvidedByCustomer"] == REFERENCE
    assert created_body["ConsignmentReferenceProvidedByCustomer"] == "OTHER-REF"
    assert created_body["CustomsDocumentation"] == {
        "CategoryType": "Other",
        "ShippingTerms": "DAP",
        "DesignatedPersonResponsible": "Sam Sender",
        "DeclarationDate": "2026-11-23T09:30:00Z",
        "InvoiceDate": "2026-11-23T09:30:00Z",
        "ShippersVatNumber": "GBUNREG",
        "ReasonForExport": "Sale of goods",
    }
    assert created_body["Packages"][0]["Items"] == [
        {
            "Description": "Paperback",
            "Quantity": 2,
            "Value": {"Amount": 20.5, "Currency": {"IsoCode": "GBP"}},
            "Weight": {"Value": 0.8, "Unit": "Kg"},
            "CountryOfOrigin": {"IsoCode": {"TwoLetterCode": "GB"}},
            "HarmonisationCode": "490199",
        }
    ]
    destination = created_body["Addresses"][1]
    assert destination["CompanyName"] == "Dupont SARL"
    assert destination["Contact"]["Email"] == "marie@example.org"


def test_a_booking_without_reference_sends_none(api: ProCounterApi, pro: ScriptedPro) -> None:
    pro.on("POST", "/deliveryoptions", {"DeliveryOptions": []})
    plain = replace(booking(), client_reference="", customer_reference="")
    assert api.delivery_options(plain) == ()
    body = pro.body()
    assert "ConsignmentReferenceProvidedByCustomer" not in body and "MetaData" not in body


def test_a_refused_create_keeps_its_category(api: ProCounterApi, pro: ScriptedPro) -> None:
    pro.on("POST", "/consignments", {"Message": "Packages[0].Value is required"}, status=400)
    with pytest.raises(RemoteRejectedError):
        api.create_consignment(booking(), REFERENCE)
