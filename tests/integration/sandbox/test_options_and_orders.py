"""Consumer flows: delivery and pickup options, select, select as order, orders and packing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from packstation.pro import ProClient, ProRejectedError
from packstation.pro import models as m
from packstation.sandbox.testing import SandboxControl
from tests.integration.sandbox import bodies


def _options_request(**extra: Any) -> m.DeliveryOptionsRequest:
    return m.DeliveryOptionsRequest.model_validate({**bodies.consignment("CHK-1"), **extra})


def test_delivery_options_cover_two_weeks_one_cheapest_per_promise(pro: ProClient) -> None:
    options = pro.delivery_options(_options_request()).delivery_options
    assert options
    promises = [
        (o.estimated_delivery_date.date, o.delivery_window.start, o.delivery_window.end)
        for o in options
    ]
    assert len(promises) == len(set(promises)) and promises == sorted(promises)
    days = {o.estimated_delivery_date.date.date() for o in options}
    assert len(days) >= 10
    timed = [o for o in options if o.delivery_window.start != "00:00:00"]
    assert timed and all(o.estimated_delivery_date.guaranteed for o in timed)
    quotes = pro.get_quotes(m.CreateConsignmentRequest.model_validate(bodies.consignment("Q")))
    cheapest_next_day = min(
        q.price.gross
        for q in quotes.quotes
        if q.earliest_delivery_date.date() == options[0].estimated_delivery_date.date.date()
        and q.earliest_delivery_date.time().isoformat() == options[0].delivery_window.start
    )
    assert options[0].price.gross == cheapest_next_day


def test_delivery_date_and_guaranteed_only_narrow_the_options(pro: ProClient) -> None:
    everything = pro.delivery_options(_options_request()).delivery_options
    until = everything[0].estimated_delivery_date.date
    narrowed = pro.delivery_options(
        _options_request(DeliveryDate=until.isoformat(), GuaranteedOnly=True)
    ).delivery_options
    assert narrowed and all(o.estimated_delivery_date.date <= until for o in narrowed)
    assert all(o.estimated_delivery_date.guaranteed for o in narrowed)


def test_select_option_creates_an_allocated_consignment_once(pro: ProClient) -> None:
    option = pro.delivery_options(_options_request()).delivery_options[0]
    summary = pro.select_option(option.reference)
    assert summary.status_code == 200
    assert summary.carrier_service_reference == option.carrier_service_reference
    reference = summary.api_links[0].href.rsplit("/", 1)[1]
    consignment = pro.get_consignment(reference)
    assert consignment.consignment_state == m.ConsignmentState.ALLOCATED
    assert consignment.allocation.price.gross == option.price.gross
    assert consignment.consignment_reference_provided_by_customer == "CHK-1"
    with pytest.raises(ProRejectedError, match="already selected"):
        pro.select_option(option.reference)


def test_an_option_expires_at_its_allocation_cut_off(
    pro: ProClient, control: SandboxControl
) -> None:
    option = pro.delivery_options(_options_request()).delivery_options[0]
    seconds = (option.allocation_cut_off - control.now()).total_seconds()
    control.advance_clock(seconds + 1)
    with pytest.raises(ProRejectedError, match="expired"):
        pro.select_option(option.reference)


def test_existing_option_and_summary(pro: ProClient) -> None:
    options = pro.delivery_options(_options_request()).delivery_options
    existing = pro.get_delivery_option(options[1].reference)
    assert existing.delivery_option.reference == options[1].reference
    assert existing.consignment_detail.reference.startswith("EPC-")
    summary = pro.delivery_option_summary(_options_request())
    days = {o.estimated_delivery_date.date.date() for o in options}
    assert {d.date() for d in summary.delivery_options} == days


def test_cut_off_moves_options_to_the_next_collection(
    pro: ProClient, control: SandboxControl
) -> None:
    morning = pro.delivery_options(_options_request()).delivery_options
    control.advance_clock(10 * 3600)
    evening = pro.delivery_options(_options_request()).delivery_options
    assert evening[0].estimated_delivery_date.date > morning[0].estimated_delivery_date.date


def test_pickup_options_select_to_a_shop(pro: ProClient) -> None:
    request = m.PickupOptionsRequest.model_validate(
        {**bodies.consignment("PUDO-1"), "Distance": {"Unit": "Km", "Value": 2.0}, "MaxResults": 6}
    )
    response = pro.pickup_options(request)
    assert len(response.locations) == 6
    services = {
        o.carrier_service_reference for loc in response.locations for o in loc.delivery_options
    }
    assert services == {"DPD_PICKUP", "EVRI_PARCELSHOP", "INPOST_LOCKER"}
    distances = [location.distance for location in response.locations]
    assert distances == sorted(distances) and max(distances) <= 2.0
    location = response.locations[0]
    assert location.opening_times.monday and location.delivery_options
    summary = pro.select_option(location.delivery_options[0].reference)
    consignment = pro.get_consignment(summary.api_links[0].href.rsplit("/", 1)[1])
    assert consignment.location_information.shop_reference == location.shop_reference
    destination = next(a for a in consignment.addresses if a.address_type == "Destination")
    assert destination.shop_location_reference == location.shop_reference


def test_pickup_options_need_distance_and_max_results(http: httpx.Client) -> None:
    response = http.post("/deliveryoptions/pickupoptions/", json=bodies.consignment())
    assert response.status_code == 400
    targets = {detail["Target"] for detail in response.json()["Details"]}
    assert targets == {"Distance", "MaxResults"}


def test_select_option_as_order_creates_duplicates(pro: ProClient) -> None:
    option = pro.delivery_options(_options_request()).delivery_options[0]
    request = m.SelectOptionAsOrderRequest.model_validate(
        {
            "DeliveryOptions": [
                {"Reference": option.reference, "OrderReferenceProvidedByCustomer": "W1"}
            ]
        }
    )
    first = pro.select_option_as_order(request).select_order_results[0]
    second = pro.select_option_as_order(request).select_order_results[0]
    assert first.status == 201 and first.order_reference != second.order_reference
    order = pro.get_order(first.order_reference)
    assert order.delivery_option_reference == option.reference
    assert order.order_reference_provided_by_customer == "W1"


def _order(pro: ProClient, items: list[dict[str, Any]]) -> str:
    return pro.create_order(m.CreateOrderRequest.model_validate(bodies.order("ORD-1", items)))


def _pack(order: str, skus: list[tuple[str, int]], **extra: Any) -> m.PackOrderRequest:
    body = {
        "OrderReference": order,
        "OrderReferenceProvidedByCustomer": "ORD-1-PACK",
        "Packages": [
            {
                "Weight": {"Value": 1.2, "Unit": "Kg"},
                "Dimensions": {"Unit": "Cm", "Length": 30, "Width": 20, "Height": 10},
                "Items": [{"Sku": sku, "Quantity": quantity} for sku, quantity in skus],
            }
        ],
        **extra,
    }
    return m.PackOrderRequest.model_validate(body)


def test_pack_order_creates_a_consignment_each_call(pro: ProClient) -> None:
    order_reference = _order(pro, [bodies.item("SKU-A", 2, 10.0), bodies.item("SKU-B", 1, 4.0)])
    first = pro.pack_order(order_reference, _pack(order_reference, [("SKU-A", 2), ("SKU-B", 1)]))
    second = pro.pack_order(order_reference, _pack(order_reference, [("SKU-A", 1)]))
    [created] = first.results
    assert created.result == "ConsignmentCreated"
    references = [r.api_links[0].href.rsplit("/", 1)[1] for r in (*first.results, *second.results)]
    assert len(set(references)) == 2
    consignment = pro.get_consignment(references[0])
    assert consignment.consignment_state == m.ConsignmentState.UNALLOCATED
    assert consignment.consignment_reference_provided_by_customer == "ORD-1-PACK"
    assert float(consignment.value.amount) == 24.0
    assert [i.quantity for i in consignment.packages[0].items] == [2, 1]


def test_pack_order_refuses_unknown_items(http: httpx.Client, pro: ProClient) -> None:
    order_reference = _order(pro, [bodies.item("SKU-A")])
    body = {"Packages": [{"PackageSizeReference": "SMALL_BOX", "Items": [{"Sku": "NOPE"}]}]}
    response = http.post(f"/orders/{order_reference}/pack", json=body)
    assert response.status_code == 400
    [detail] = response.json()["Details"]
    assert detail["Target"] == "Packages[0].Items[0].Sku"


def test_pack_with_return_creates_an_inbound_consignment(pro: ProClient) -> None:
    order_reference = _order(pro, [bodies.item("SKU-A")])
    response = pro.pack_order(
        order_reference, _pack(order_reference, [("SKU-A", 1)], GenerateReturn=True)
    )
    assert [r.result for r in response.results] == [
        "ConsignmentCreated",
        "ReturnConsignmentCreated",
    ]
    returned = pro.get_consignment(response.results[1].api_links[0].href.rsplit("/", 1)[1])
    assert returned.direction == "Inbound"
    origin = next(a for a in returned.addresses if a.address_type == "Origin")
    assert origin.shipping_location_reference is None and origin.postcode == "M1 5WG"


def test_update_order_and_addresses(http: httpx.Client, pro: ProClient) -> None:
    order_reference = _order(pro, [bodies.item("SKU-A")])
    order = pro.get_order(order_reference)
    update = m.UpdateOrderRequest.model_validate(
        {
            "OrderReference": order_reference,
            "ShippingDate": "2026-11-24T00:00:00+00:00",
            "Addresses": [a.model_dump(mode="json", by_alias=True) for a in order.addresses],
            "Direction": "Outbound",
        }
    )
    pro.update_order(update)
    updated = pro.get_order(order_reference)
    assert updated.shipping_date is not None
    assert updated.order_reference_provided_by_customer in ("", None)
    sender = {**bodies.destination(), "AddressType": "Sender"}
    assert http.post(f"/orders/{order_reference}/address", json=sender).status_code == 200
    assert http.post(f"/orders/{order_reference}/address", json=sender).status_code == 400
    assert http.put(f"/orders/{order_reference}/address", json=sender).status_code == 200
    returned = {**bodies.destination(), "AddressType": "Return"}
    assert http.put(f"/orders/{order_reference}/address", json=returned).status_code == 400


def test_reserving_a_pickup_option_carries_into_the_consignment(http: httpx.Client) -> None:
    body = {**bodies.consignment("RES"), "Distance": {"Unit": "Km", "Value": 1}, "MaxResults": 1}
    [location] = http.post("/deliveryoptions/pickupoptions", json=body).json()["Locations"]
    option = location["DeliveryOptions"][0]["Reference"]
    reservation = http.post(f"/deliveryoptions/reserve/{option}").json()
    assert reservation["ReservationReference"] and reservation["ExpiryDate"]
    home = http.post("/deliveryoptions", json=bodies.consignment("HOME")).json()
    refused = http.post(f"/deliveryoptions/reserve/{home['DeliveryOptions'][0]['Reference']}")
    assert refused.status_code == 400
    summary = http.post(f"/deliveryoptions/select/{option}").json()
    consignment = http.get(
        summary["ApiLinks"][0]["Href"].replace(str(http.base_url).rstrip("/"), "")
    ).json()
    assert consignment["LocationInformation"] == {
        "ShopReference": location["ShopReference"],
        "ReservationReference": reservation["ReservationReference"],
    }
