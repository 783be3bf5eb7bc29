"""ProShippingApi over a scripted PRO (httpx.MockTransport): shipments, searches, parcels."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from packstation.domain.ports import ShippingApi
from packstation.domain.shipment import Dimensions, ParcelSpec, ShipmentState
from packstation.errors import RemoteNotFoundError, UserFacingError
from packstation.pro.bench import ProShippingApi
from packstation.pro.client import ProClient
from packstation.pro.retry import RetryPolicy

BASE = "https://pro.example.test"
Reply = httpx.Response | Callable[[httpx.Request], httpx.Response]


class FakePro:
    """A scripted PRO: per (method, path) a queue of replies, the last one repeating."""

    def __init__(self) -> None:
        self.replies: dict[tuple[str, str], list[Reply]] = {}
        self.requests: list[httpx.Request] = []

    def on(self, method: str, path: str, *replies: Reply | object, status: int = 200) -> None:
        """Answer ``method path`` with each reply in turn (JSON bodies or ready responses)."""
        queue: list[Reply] = []
        for reply in replies:
            if isinstance(reply, httpx.Response) or callable(reply):
                queue.append(reply)  # type: ignore[arg-type]
            else:
                queue.append(httpx.Response(status, json=reply))
        self.replies[(method, path)] = queue

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        queue = self.replies.get((request.method, _path(request)))
        if not queue:
            return httpx.Response(404, json={"Code": "NotFound", "Message": "no such route"})
        reply = queue.pop(0) if len(queue) > 1 else queue[0]
        return reply(request) if callable(reply) else reply

    def sent(self, method: str, path: str) -> list[httpx.Request]:
        """Return the requests made to ``method path``."""
        return [r for r in self.requests if r.method == method and _path(r) == path]

    def body(self, method: str, path: str, index: int = -1) -> Any:
        """Return the JSON body of one request made to ``method path``."""
        return json.loads(self.sent(method, path)[index].content)


def _path(request: httpx.Request) -> str:
    """Return the request path without a trailing slash (PRO accepts both)."""
    return request.url.path.rstrip("/") or "/"


@pytest.fixture
def pro() -> FakePro:
    return FakePro()


@pytest.fixture
def api(pro: FakePro) -> Iterator[ProShippingApi]:
    client = ProClient(
        BASE,
        "key",
        transport=httpx.MockTransport(pro.handler),
        retry_policy=RetryPolicy(max_retries=0, sleep=lambda _: None),
    )
    with client:
        yield ProShippingApi(client, shipping_location="Sorted1", sleep=lambda _: None)


def address(kind: str, **fields: Any) -> dict[str, Any]:
    """Return a PRO address of ``kind`` with ``fields``."""
    return {"AddressType": kind, **fields}


def gb(code: str = "GB") -> dict[str, Any]:
    return {"Name": None, "IsoCode": {"TwoLetterCode": code}}


def package(reference: str, kg: float, **fields: Any) -> dict[str, Any]:
    """Return a PRO package with a weight, 30x20x10 cm, a description and a value."""
    return {
        "Reference": reference,
        "Weight": {"Value": kg, "Unit": "Kg"},
        "Dimensions": {"Unit": "Cm", "Length": 30, "Width": 20, "Height": 10},
        "Description": "Jumper",
        "Value": {"Amount": 45.0, "Currency": {"IsoCode": "GBP"}},
        **fields,
    }


def leg(numbers: list[str], number: int = 1, **fields: Any) -> dict[str, Any]:
    return {
        "Leg": number,
        "TrackingReferences": numbers,
        "CarrierReference": "DPD",
        "CarrierName": "DPD UK",
        **fields,
    }


def allocated_consignment(reference: str = "EC-000-000-001", **fields: Any) -> dict[str, Any]:
    """Return an allocated two-parcel consignment to a GB customer from location Sorted1."""
    return {
        "Reference": reference,
        "ConsignmentReferenceProvidedByCustomer": "WEB-1",
        "ConsignmentState": "Allocated",
        "Direction": "Outbound",
        "Addresses": [
            address("Origin", ShippingLocationReference="Sorted1"),
            address(
                "Destination",
                Contact={"FirstName": "Ana", "LastName": "Lopez"},
                AddressLine1="13 Porter Street",
                AddressLine2="",
                Town="Manchester",
                Postcode="M1 5WG",
                Country=gb(),
            ),
        ],
        "Packages": [
            package("EP-000-000-001", 1.5, ConsignmentLegs=[leg(["T1"])]),
            package("EP-000-000-002", 2.0, ConsignmentLegs=[leg(["T2"])]),
        ],
        "ConsignmentLegs": [leg(["T1", "T2"])],
        "Allocation": {
            "MpdCarrierServiceReference": "DPD_NEXTDAY",
            "MpdCarrierServiceName": "Next Day",
        },
        "EarliestDeliveryDate": "2026-11-24T08:00:00+00:00",
        "LatestDeliveryDate": "2026-11-24T18:00:00+00:00",
        "LabelsPrinted": True,
        "MetaData": [
            {"KeyValue": "Picker", "StringValue": "Jo"},
            {"KeyValue": "Bay", "IntValue": 7},
            {"KeyValue": "Gift", "BoolValue": False},
            {"KeyValue": "Empty"},
        ],
        **fields,
    }


LOCATIONS = [{"Reference": "Sorted1", "Address": {"Country": gb()}}]


def test_the_adapter_satisfies_the_port(api: ProShippingApi) -> None:
    port: ShippingApi = api
    assert port is api


def test_get_shipment_maps_an_allocated_consignment(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", "/consignments/EC-000-000-001", allocated_consignment())
    pro.on("GET", "/shippinglocations", LOCATIONS)

    shipment = api.get_shipment("EC-000-000-001")

    assert shipment.state is ShipmentState.ALLOCATED and shipment.state_name == "Allocated"
    assert shipment.customer_reference == "WEB-1"
    assert shipment.destination is not None
    assert shipment.destination.name == "Ana Lopez"
    assert shipment.destination.lines == ("13 Porter Street",)
    assert shipment.destination.one_line == "Ana Lopez, 13 Porter Street, Manchester, M1 5WG, GB"
    assert (shipment.origin_location, shipment.origin_country_code) == ("Sorted1", "GB")
    assert not shipment.is_international
    assert [p.reference for p in shipment.parcels] == ["EP-000-000-001", "EP-000-000-002"]
    assert shipment.parcels[0].weight_kg == Decimal("1.5")
    assert shipment.parcels[0].dimensions == Dimensions(Decimal(30), Decimal(20), Decimal(10))
    assert shipment.parcels[1].tracking_numbers == ("T2",)
    assert shipment.total_weight_kg == Decimal("3.5")
    assert (shipment.carrier, shipment.service, shipment.service_reference) == (
        "DPD UK",
        "Next Day",
        "DPD_NEXTDAY",
    )
    assert shipment.tracking_numbers == ("T1", "T2")
    assert shipment.promise is not None and shipment.promise.latest is not None
    assert shipment.promise.latest.hour == 18
    assert shipment.labels_printed and shipment.outbound
    assert shipment.failed_allocation_reason is None
    assert shipment.metadata == {"Picker": "Jo", "Bay": "7", "Gift": "false"}


def test_location_countries_are_read_once(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", "/consignments/EC-000-000-001", allocated_consignment())
    pro.on("GET", "/shippinglocations", LOCATIONS)
    api.get_shipment("EC-000-000-001")
    api.get_shipment("EC-000-000-001")
    assert len(pro.sent("GET", "/shippinglocations")) == 1


def test_origin_with_a_country_needs_no_location_lookup(api: ProShippingApi, pro: FakePro) -> None:
    body = allocated_consignment()
    body["Addresses"][0]["Country"] = gb("DE")
    body["Addresses"][1]["Country"] = gb("fr")
    pro.on("GET", "/consignments/EC-000-000-001", body)
    shipment = api.get_shipment("EC-000-000-001")
    assert shipment.origin_country_code == "DE" and shipment.destination is not None
    assert shipment.destination.country_code == "FR" and shipment.is_international
    assert pro.sent("GET", "/shippinglocations") == []


def test_unknown_location_leaves_the_origin_country_unknown(
    api: ProShippingApi, pro: FakePro
) -> None:
    body = allocated_consignment()
    body["Addresses"][0]["ShippingLocationReference"] = "Elsewhere"
    pro.on("GET", "/consignments/EC-000-000-001", body)
    pro.on("GET", "/shippinglocations", LOCATIONS)
    assert api.get_shipment("EC-000-000-001").origin_country_code is None


def test_documented_unallocated_example(
    api: ProShippingApi, pro: FakePro, examples_dir: Path
) -> None:
    example = json.loads((examples_dir / "12_get_consignment_response.json").read_text())
    pro.on("GET", "/consignments/EC-000-05C-ZB4", example)
    shipment = api.get_shipment("EC-000-05C-ZB4")
    assert shipment.state is ShipmentState.UNALLOCATED and shipment.state.needs_allocation
    assert shipment.customer_reference == "" and shipment.carrier is None
    assert shipment.tracking_numbers == () and shipment.promise is None
    assert shipment.origin_country_code == "GB"
    assert shipment.destination is not None
    assert shipment.destination.name == "Peter McPetersson"
    assert shipment.parcel_count == len(example["Packages"])


def test_sparse_consignment_with_nulls_everywhere(api: ProShippingApi, pro: FakePro) -> None:
    pro.on(
        "GET",
        "/consignments/EC-000-000-009",
        {
            "Reference": "EC-000-000-009",
            "ConsignmentState": "SomethingNew",
            "Addresses": None,
            "Packages": [{"Reference": "EP-1", "Weight": None, "Dimensions": {"Unit": "Cm"}}],
            "ConsignmentLegs": None,
            "MetaData": None,
            "Direction": None,
        },
    )
    shipment = api.get_shipment("EC-000-000-009")
    assert shipment.state is ShipmentState.SHIPPED and shipment.state_name == "SomethingNew"
    assert shipment.destination is None and shipment.origin_country_code is None
    assert shipment.parcels[0].weight_kg is None and shipment.parcels[0].dimensions is None
    assert shipment.outbound and shipment.metadata == {} and shipment.promise is None


def test_failed_allocation_reason_and_company_name(api: ProShippingApi, pro: FakePro) -> None:
    body = allocated_consignment(
        ConsignmentState="AllocationFailed",
        Allocation=None,
        ConsignmentLegs=[],
        FailedAllocation={"Message": "No carrier service qualified: too heavy"},
        Direction="Inbound",
    )
    body["Addresses"][1]["Contact"] = {"FirstName": None, "LastName": " "}
    body["Addresses"][1]["CompanyName"] = "Acme Ltd"
    pro.on("GET", "/consignments/EC-000-000-001", body)
    pro.on("GET", "/shippinglocations", LOCATIONS)
    shipment = api.get_shipment("EC-000-000-001")
    assert shipment.failed_allocation_reason == "No carrier service qualified: too heavy"
    assert shipment.destination is not None and shipment.destination.name == "Acme Ltd"
    assert not shipment.outbound
    # No consignment legs: the packages' own tracking numbers stand in.
    assert shipment.tracking_numbers == ("T1", "T2")


def test_an_old_failure_does_not_shadow_a_later_allocation(
    api: ProShippingApi, pro: FakePro
) -> None:
    body = allocated_consignment(FailedAllocation={"Message": "earlier failure"})
    pro.on("GET", "/consignments/EC-000-000-001", body)
    pro.on("GET", "/shippinglocations", LOCATIONS)
    assert api.get_shipment("EC-000-000-001").failed_allocation_reason is None


def test_unknown_reference_raises_not_found(api: ProShippingApi, pro: FakePro) -> None:
    with pytest.raises(RemoteNotFoundError):
        api.get_shipment("EC-000-000-404")


SUMMARY = {
    "Reference": "EC-000-000-001",
    "ConsignmentReferenceProvidedByCustomer": "WEB-1",
    "DateCreated": "2026-11-23T09:00:00.1234567+00:00",
    "State": "ReadyToShip",
    "MpdCarrierReference": "DPD",
    "MpdCarrierServiceName": "Next Day",
    "DestinationAddressLine1": "13 Porter Street",
    "DestinationAddressTown": "Manchester",
    "DestinationAddressPostcode": None,
    "DestinationAddressCountry": "GB",
}


def test_find_by_customer_reference(api: ProShippingApi, pro: FakePro) -> None:
    cancelled = {**SUMMARY, "Reference": "EC-000-000-002", "State": "Cancelled"}
    inbound = {**SUMMARY, "Reference": "EC-000-000-003", "State": "Allocated"}
    inbound["Direction"] = "Inbound"
    returned = {**SUMMARY, "Reference": "EC-000-000-004", "State": "Unallocated"}
    nameless = {**SUMMARY, "Reference": None}
    pro.on(
        "GET",
        "/consignments/50/0",
        {"Count": 5, "ConsignmentSummaries": [SUMMARY, cancelled, inbound, returned, nameless]},
    )
    pro.on("GET", "/consignments/getConsignmentReferences", ["ec-000-000-004"])

    hits = api.find_by_customer_reference(" WEB-1 ")

    assert pro.sent("GET", "/consignments/50/0")[0].url.params["referenceProvidedByCustomer"] == (
        "WEB-1"
    )
    returns_query = pro.sent("GET", "/consignments/getConsignmentReferences")[0].url.params
    assert dict(returns_query) == {"referenceProvidedByCustomer": "WEB-1", "direction": "Inbound"}
    assert [h.reference for h in hits] == [
        "EC-000-000-001",
        "EC-000-000-002",
        "EC-000-000-003",
        "EC-000-000-004",
    ]
    first = hits[0]
    assert first.state is ShipmentState.READY_TO_SHIP and first.customer_reference == "WEB-1"
    assert first.destination == "13 Porter Street, Manchester, GB"
    assert (first.carrier, first.service) == ("DPD", "Next Day")
    assert first.created is not None and first.created.year == 2026
    assert [h.outbound for h in hits] == [True, True, False, False]
    assert [h.is_candidate for h in hits] == [True, False, False, False]


def test_summaries_with_direction_need_no_returns_lookup(api: ProShippingApi, pro: FakePro) -> None:
    pro.on(
        "GET",
        "/consignments/50/0",
        {"Count": 1, "ConsignmentSummaries": [{**SUMMARY, "Direction": "Outbound"}]},
    )
    [hit] = api.find_by_tracking_number("T1")
    assert hit.outbound
    assert pro.sent("GET", "/consignments/getConsignmentReferences") == []


def test_blank_text_finds_nothing_without_asking(api: ProShippingApi, pro: FakePro) -> None:
    assert api.find_by_customer_reference("  ") == []
    assert api.find_by_tracking_number("") == []
    assert pro.requests == []


def test_find_by_tracking_number_with_no_hits(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", "/consignments/50/0", {"Count": 0, "ConsignmentSummaries": None})
    assert api.find_by_tracking_number("1Z999") == []
    assert pro.sent("GET", "/consignments/50/0")[0].url.params["trackingReference"] == "1Z999"


def unallocated(**fields: Any) -> dict[str, Any]:
    """Return an unallocated two-package consignment with items, customs data and metadata."""
    body = allocated_consignment(
        ConsignmentState="Unallocated",
        Allocation=None,
        ConsignmentLegs=[],
        LabelsPrinted=False,
        CustomsDocumentation={"CategoryType": "Other", "ShippingTerms": "DAP"},
        ShippingDate="2026-11-23T00:00:00+00:00",
        Tags=["fragile"],
        **fields,
    )
    body["Packages"] = [
        package(
            "EP-000-000-001",
            1.5,
            Items=[{"Reference": "a" * 32, "Sku": "SKU-1", "Quantity": 1}],
            ConsignmentLegs=[],
            Charges=[],
            Barcode={"Code": "C1", "BarcodeType": "Code39"},
        ),
        package(
            "EP-000-000-002",
            2.0,
            Description="Boots",
            Value={"Amount": 89.0, "Currency": {"IsoCode": "GBP"}},
            Items=[{"Reference": "b" * 32, "Sku": "SKU-2", "Quantity": 1}],
        ),
    ]
    return body


def script_update(pro: FakePro, before: dict[str, Any]) -> None:
    """Serve ``before``, accept the PUT, then serve whatever was PUT as the new consignment."""
    state = {"current": before}

    def put(request: httpx.Request) -> httpx.Response:
        state["current"] = {**state["current"], **json.loads(request.content)}
        return httpx.Response(200, json=[{"Rel": "Link", "Href": f"{BASE}/consignments/X"}])

    pro.on(
        "GET", "/consignments/EC-000-000-001", lambda _: httpx.Response(200, json=state["current"])
    )
    pro.on("PUT", "/consignments", put)
    pro.on("GET", "/shippinglocations", LOCATIONS)


def test_replace_parcels_keeps_every_replaceable_field(api: ProShippingApi, pro: FakePro) -> None:
    before = unallocated()
    script_update(pro, copy.deepcopy(before))
    spec = ParcelSpec(Decimal("1.25"), Dimensions(Decimal(31), Decimal(21), Decimal("11.5")))

    shipment = api.replace_parcels(
        "EC-000-000-001", [spec, ParcelSpec(Decimal(3), size_reference="BOX-M")]
    )

    sent = pro.body("PUT", "/consignments")
    assert sent["Reference"] == "EC-000-000-001"
    for key in (
        "ConsignmentReferenceProvidedByCustomer",
        "Addresses",
        "CustomsDocumentation",
        "MetaData",
        "Tags",
        "Direction",
    ):
        assert sent[key] == before[key], key
    assert datetime.fromisoformat(sent["ShippingDate"]) == datetime.fromisoformat(
        before["ShippingDate"]
    )
    first, second = sent["Packages"]
    assert (
        first["Reference"] == "EP-000-000-001" and first["Items"] == before["Packages"][0]["Items"]
    )
    assert first["Weight"] == {"Value": 1.25, "Unit": "Kg"}
    assert first["Dimensions"] == {"Unit": "Cm", "Length": 31, "Width": 21, "Height": 11.5}
    assert first["Description"] == "Jumper" and first["Value"]["Amount"] == 45
    assert first["Barcode"] == {"Code": "C1", "BarcodeType": "Code39"}
    assert "ConsignmentLegs" not in first and "Charges" not in first
    assert second["PackageSizeReference"] == "BOX-M" and "Dimensions" not in second
    assert second["Description"] == "Boots" and second["Reference"] == "EP-000-000-002"
    assert [p.weight_kg for p in shipment.parcels] == [Decimal("1.25"), Decimal(3)]


def test_fewer_parcels_keep_the_declared_contents(api: ProShippingApi, pro: FakePro) -> None:
    script_update(pro, unallocated())
    api.replace_parcels(
        "EC-000-000-001", [ParcelSpec(Decimal(4), size_reference="BOX-L", description="All")]
    )
    (only,) = pro.body("PUT", "/consignments")["Packages"]
    assert only["Reference"] == "EP-000-000-001" and only["Description"] == "All"
    assert [item["Sku"] for item in only["Items"]] == ["SKU-1", "SKU-2"]
    assert only["Value"]["Amount"] == 134


def test_more_parcels_are_described_like_the_first(api: ProShippingApi, pro: FakePro) -> None:
    body = unallocated()
    body["Packages"] = body["Packages"][:1]
    script_update(pro, body)
    specs = [ParcelSpec(Decimal(1), size_reference="BOX-S")] * 2
    api.replace_parcels("EC-000-000-001", specs)
    first, extra = pro.body("PUT", "/consignments")["Packages"]
    assert first["Value"]["Amount"] == 45
    assert "Reference" not in extra and "Items" not in extra
    assert extra["Description"] == "Jumper"
    assert extra["Value"] == {"Amount": 0, "Currency": {"IsoCode": "GBP"}}


def test_replace_parcels_refuses_an_allocated_consignment(
    api: ProShippingApi, pro: FakePro
) -> None:
    pro.on("GET", "/consignments/EC-000-000-001", allocated_consignment())
    pro.on("GET", "/shippinglocations", LOCATIONS)
    with pytest.raises(UserFacingError, match="before it is allocated"):
        api.replace_parcels("EC-000-000-001", [ParcelSpec(Decimal(1), size_reference="BOX-S")])
    assert pro.sent("PUT", "/consignments") == []


def test_refused_location_list_leaves_origin_countries_unknown(
    api: ProShippingApi, pro: FakePro
) -> None:
    pro.on("GET", "/consignments/EC-000-000-001", allocated_consignment())
    pro.on("GET", "/shippinglocations", {"Code": "Forbidden", "Message": "no"}, status=403)
    assert api.get_shipment("EC-000-000-001").origin_country_code is None
    assert api.get_shipment("EC-000-000-001").origin_location == "Sorted1"
    assert len(pro.sent("GET", "/shippinglocations")) == 1
