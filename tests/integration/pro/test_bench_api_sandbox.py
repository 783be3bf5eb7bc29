"""ProShippingApi against the real sandbox over HTTP on a loopback port (frozen Monday 09:00)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from packstation.domain.choices import ChoiceKind
from packstation.domain.labels import LabelLanguage
from packstation.domain.orders import PackedParcel, everything_in_one_parcel
from packstation.domain.shipment import Dimensions, ParcelSpec, ShipmentState
from packstation.pro import ProClient
from packstation.pro import models as m
from packstation.pro.bench import ProShippingApi
from packstation.pro.bench.allocating import AllocationWatcher
from packstation.sandbox.server import SandboxServer
from packstation.sandbox.testing import MONDAY_MORNING, SandboxControl, running_sandbox

LOCATION = "Sorted1"
TIMEOUT_S = 20.0


@pytest.fixture(scope="module")
def sandbox_pair() -> Iterator[tuple[SandboxServer, SandboxControl]]:
    with running_sandbox(frozen_at=MONDAY_MORNING) as pair:
        yield pair


@pytest.fixture
def pro(sandbox_pair: tuple[SandboxServer, SandboxControl]) -> Iterator[ProClient]:
    """Return a ProClient on an emptied sandbox frozen at Monday 09:00 UTC."""
    server, control = sandbox_pair
    control.set_clock(MONDAY_MORNING)
    control.reset("empty")
    with ProClient(server.base_url, "bench-key", max_retries=0, timeout_s=TIMEOUT_S) as client:
        yield client


@pytest.fixture
def api(pro: ProClient) -> ProShippingApi:
    return ProShippingApi(pro, shipping_location=LOCATION)


def destination(country: str = "GB", **extra: Any) -> dict[str, Any]:
    return {
        "AddressType": "Destination",
        "Contact": {"FirstName": "Ana", "LastName": "Lopez"},
        "AddressLine1": "13 Porter Street",
        "Town": "Manchester",
        "Postcode": "M1 5WG",
        "Country": {"IsoCode": {"TwoLetterCode": country}},
        **extra,
    }


def package(weight_kg: float, description: str = "Socks", **extra: Any) -> dict[str, Any]:
    return {
        "Weight": {"Value": weight_kg, "Unit": "Kg"},
        "Dimensions": {"Unit": "Cm", "Length": 30, "Width": 20, "Height": 10},
        "Description": description,
        "Value": {"Amount": 20.0, "Currency": {"IsoCode": "GBP"}},
        **extra,
    }


def item(sku: str, quantity: int = 1) -> dict[str, Any]:
    return {
        "Sku": sku,
        "Description": f"Item {sku}",
        "Quantity": quantity,
        "Value": {"Amount": 12.0, "Currency": {"IsoCode": "GBP"}},
        "CountryOfOrigin": {"IsoCode": {"TwoLetterCode": "GB"}},
        "HarmonisationCode": "6109100010",
        "Weight": {"Value": 0.3, "Unit": "Kg"},
    }


def body(reference: str, packages: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "ConsignmentReferenceProvidedByCustomer": reference,
        "Packages": packages,
        "Addresses": [
            {"AddressType": "Origin", "ShippingLocationReference": LOCATION, "IsCached": False},
            extra.pop("to", None) or destination(),
        ],
        **extra,
    }


def create(pro: ProClient, reference: str, packages: list[dict[str, Any]], **extra: Any) -> str:
    request = m.CreateConsignmentRequest.model_validate(body(reference, packages, **extra))
    return pro.create_consignment(request)


def test_consignment_from_scan_to_manifest(api: ProShippingApi, pro: ProClient) -> None:
    reference = create(pro, "WEB-77001", [package(0.8), package(1.6, "Boots")])

    shipment = api.get_shipment(reference)
    assert shipment.state is ShipmentState.UNALLOCATED and shipment.parcel_count == 2
    assert shipment.customer_reference == "WEB-77001"
    assert shipment.destination is not None and shipment.destination.name == "Ana Lopez"
    assert shipment.origin_location == LOCATION and not shipment.is_international

    [hit] = api.find_by_customer_reference("WEB-77001")
    assert hit.reference == reference and hit.is_candidate and hit.created is not None

    specs = [
        ParcelSpec(Decimal("1.1"), Dimensions(Decimal(32), Decimal(22), Decimal(12))),
        ParcelSpec(Decimal("2.4"), size_reference="MEDIUM_BOX"),
        ParcelSpec(Decimal("0.4"), size_reference="SMALL_BOX"),
    ]
    shipment = api.replace_parcels(reference, specs)
    assert [p.weight_kg for p in shipment.parcels] == [
        Decimal("1.1"),
        Decimal("2.4"),
        Decimal("0.4"),
    ]
    assert [p.description for p in shipment.parcels] == ["Socks", "Boots", "Socks"]
    stored = pro.get_consignment(reference)
    assert stored.consignment_reference_provided_by_customer == "WEB-77001"
    assert stored.address("Destination") is not None

    quotes = api.quotes(reference)
    assert quotes.choices and all(c.kind is ChoiceKind.QUOTE for c in quotes.choices)
    chosen = quotes.choices[0]
    assert chosen.price_gross is not None and chosen.cutoff is not None

    outcome = api.allocate_with_quote(reference, chosen.reference)
    assert outcome.succeeded, outcome.message
    assert outcome.shipment_reference == reference and len(outcome.tracking_numbers) == 3
    assert outcome.service == chosen.service

    shipment = api.get_shipment(reference)
    assert shipment.state is ShipmentState.ALLOCATED
    assert shipment.tracking_numbers == outcome.tracking_numbers
    assert [p.tracking_numbers for p in shipment.parcels] == [
        (t,) for t in outcome.tracking_numbers
    ]
    [tracked] = api.find_by_tracking_number(outcome.tracking_numbers[1])
    assert tracked.reference == reference and tracked.state is ShipmentState.ALLOCATED

    labels = api.labels(reference, LabelLanguage.ZPL, 203)
    assert labels.language is LabelLanguage.ZPL and labels.dpi == 203
    blocks = re.findall(rb"\^XA.*?\^XZ", labels.data, flags=re.DOTALL)
    assert len(blocks) == shipment.parcel_count
    for block, tracking in zip(blocks, shipment.tracking_numbers, strict=True):
        assert tracking.encode() in block

    [ready] = api.set_ready_to_ship([reference])
    assert ready.succeeded and ready.reference == reference
    assert api.get_shipment(reference).state is ShipmentState.READY_TO_SHIP

    [manifested] = api.manifest([reference])
    assert manifested.succeeded, manifested.message
    assert api.get_shipment(reference).state.is_manifested


def test_allocation_failure_reports_the_reason(api: ProShippingApi, pro: ProClient) -> None:
    to = destination("FK", Town="Stanley", Postcode="FIQQ 1ZZ")
    reference = create(pro, "WEB-77002", [package(45.0, "Generator")], to=to)
    outcome = api.allocate_cheapest(reference)
    # The sandbox answers the summary with StatusCode 400 and the reason in its Description.
    assert not outcome.succeeded and "not served" in outcome.message
    shipment = api.get_shipment(reference)
    assert shipment.state is ShipmentState.ALLOCATION_FAILED
    assert (
        shipment.failed_allocation_reason and shipment.failed_allocation_reason in outcome.message
    )
    assert shipment.is_international


def test_rules_allocation_then_pdf_and_png_labels(api: ProShippingApi, pro: ProClient) -> None:
    reference = create(pro, "WEB-77003", [package(0.5)])
    outcome = api.allocate_by_rules(reference)
    assert outcome.succeeded and outcome.carrier and outcome.service
    pdf = api.labels(reference, LabelLanguage.PDF, 203)
    assert pdf.data.startswith(b"%PDF") and pdf.dpi == 203
    png = api.labels(reference, LabelLanguage.PNG, 203)
    assert png.data.startswith(b"\x89PNG") and png.dpi is None


def test_bulk_answers_per_reference(api: ProShippingApi, pro: ProClient) -> None:
    allocated = create(pro, "WEB-77004", [package(0.5)])
    assert api.allocate_cheapest(allocated).succeeded
    waiting = create(pro, "WEB-77005", [package(0.5)])
    outcomes = api.set_ready_to_ship([waiting, allocated, "EC-ZZZ-ZZZ-ZZZ"])
    assert [(o.reference, o.succeeded) for o in outcomes] == [
        (waiting, False),
        (allocated, True),
        ("EC-ZZZ-ZZZ-ZZZ", False),
    ]
    assert all(o.message for o in outcomes)


def test_customs_documents_of_an_international_consignment(
    api: ProShippingApi, pro: ProClient
) -> None:
    to = destination("FR", Town="Paris", Postcode="75001", AddressLine1="12 Rue de Rivoli")
    customs = {
        "CategoryType": "Other",
        "ShippingTerms": "DAP",
        "DesignatedPersonResponsible": "Laura Somebody",
        "ReasonForExport": "Sale",
    }
    packages = [package(2.2, "Coat", Items=[item("SKU-COAT")])]
    reference = create(pro, "WEB-77006", packages, to=to, CustomsDocumentation=customs)
    assert api.get_shipment(reference).is_international
    assert api.allocate_cheapest(reference).succeeded
    documents = api.customs_documents(reference)
    assert documents and all(d.data.startswith(b"%PDF") and d.name for d in documents)


def test_delivery_option_then_select(api: ProShippingApi, pro: ProClient) -> None:
    request = m.DeliveryOptionsRequest.model_validate(body("CHK-1", [package(0.9, "Shirt")]))
    option = (pro.delivery_options(request).delivery_options or [])[0]
    assert option.reference

    choice = api.get_delivery_option(option.reference)
    assert choice.kind is ChoiceKind.DELIVERY_OPTION and choice.reference == option.reference
    assert choice.cutoff == option.allocation_cut_off and not choice.is_expired(MONDAY_MORNING)
    assert choice.promise is not None and choice.promise.earliest is not None

    outcome = api.select_option(option.reference)
    assert outcome.succeeded and outcome.shipment_reference.startswith("EC-")
    shipment = api.get_shipment(outcome.shipment_reference)
    assert shipment.state is ShipmentState.ALLOCATED and shipment.customer_reference == "CHK-1"
    assert shipment.service_reference == option.carrier_service_reference


def test_pickup_option_is_recognised(api: ProShippingApi, pro: ProClient) -> None:
    request = m.PickupOptionsRequest.model_validate(
        {
            **body("CHK-2", [package(0.9, "Shirt")]),
            "Distance": {"Unit": "Km", "Value": 5},
            "MaxResults": 3,
        }
    )
    location = (pro.pickup_options(request).locations or [])[0]
    option = (location.delivery_options or [])[0]
    assert option.reference
    choice = api.get_delivery_option(option.reference)
    assert choice.kind is ChoiceKind.PICKUP_OPTION
    assert choice.pickup_point is not None
    assert choice.pickup_point.shop_reference == location.shop_reference
    assert api.select_option(option.reference).succeeded


def test_order_then_pack(api: ProShippingApi, pro: ProClient) -> None:
    order_body = {
        "OrderReferenceProvidedByCustomer": "ORD-9001",
        "Packages": [{"Items": [item("SKU-TEE", 2), item("SKU-CAP")], "Description": "Order"}],
        "Addresses": body("ORD-9001", [])["Addresses"],
    }
    order_reference = pro.create_order(m.CreateOrderRequest.model_validate(order_body))

    order = api.get_order(order_reference)
    assert order.customer_reference == "ORD-9001"
    assert [(line.key, line.quantity) for line in order.lines] == [("SKU-TEE", 2), ("SKU-CAP", 1)]
    assert order.destination is not None and order.destination.postcode == "M1 5WG"

    parcels: tuple[PackedParcel, ...] = everything_in_one_parcel(
        order, ParcelSpec(Decimal("1.2"), size_reference="SMALL_BOX")
    )
    created = api.pack_order(order_reference, parcels, "PS-BENCH-0001")

    shipment = api.get_shipment(created)
    assert shipment.state is ShipmentState.UNALLOCATED
    assert shipment.customer_reference == "PS-BENCH-0001" and shipment.parcel_count == 1
    assert [h.reference for h in api.find_by_customer_reference("PS-BENCH-0001")] == [created]

    assert api.consignments_packed_from(order_reference) == [created]
    again = api.pack_order(order_reference, parcels, "PS-BENCH-0002")
    assert api.consignments_packed_from(order_reference) == [created, again]


def test_returns_are_told_apart_from_outbound_hits(api: ProShippingApi, pro: ProClient) -> None:
    outbound = create(pro, "WEB-77007", [package(0.5)])
    inbound = create(pro, "WEB-77007", [package(0.5)], Direction="Inbound")
    hits = {hit.reference: hit for hit in api.find_by_customer_reference("WEB-77007")}
    assert set(hits) == {outbound, inbound}
    assert hits[outbound].is_candidate and not hits[inbound].is_candidate


def test_an_allocating_consignment_is_waited_out_over_http(
    api: ProShippingApi, pro: ProClient, sandbox_pair: tuple[SandboxServer, SandboxControl]
) -> None:
    # The sandbox allocates at once, so the transient state is staged through its control API:
    # the consignment reads Allocating until the watcher's first pause, then Allocated.
    control = sandbox_pair[1]
    reference = create(pro, "WEB-77008", [package(0.5)])
    assert api.allocate_cheapest(reference).succeeded
    control.force_state(reference, "Allocating")
    pauses_s: list[float] = []

    def pause(seconds: float) -> None:
        pauses_s.append(seconds)
        control.force_state(reference, "Allocated")

    watcher = AllocationWatcher(pro, wait_s=1.0, sleep=pause)
    accepted = m.AllocationSummary(
        status_code=202,
        api_links=[m.ApiLink(rel="detail", href=f"{pro.base_url}/consignments/{reference}")],
    )
    outcome = watcher.outcome(reference, [accepted])
    assert outcome.succeeded and len(outcome.tracking_numbers) == 1
    assert pauses_s == [0.25]
