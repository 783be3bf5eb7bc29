"""Tracking, customs by value, concurrency of references, and the less common endpoints."""

from __future__ import annotations

import base64
from concurrent.futures import ThreadPoolExecutor

import httpx

from packstation.pro import DocumentFormat, ProClient
from packstation.pro import models as m
from packstation.sandbox.server import SandboxServer
from packstation.sandbox.testing import SandboxControl
from tests.integration.sandbox import bodies
from tests.integration.sandbox.conftest import API_KEY, HTTP_TIMEOUT_S
from tests.integration.sandbox.pdftext import pdf_text


def _create(http: httpx.Client, body: dict | None = None) -> str:
    response = http.post("/consignments", json=body or bodies.consignment("X"))
    assert response.status_code == 201, response.text
    return str(response.json()[0]["Href"].rsplit("/", 1)[1])


def test_tracking_events_unfold_with_the_clock(
    http: httpx.Client, pro: ProClient, control: SandboxControl
) -> None:
    reference = _create(http)
    assert pro.get_tracking(reference).tracked_packages[0].legs[0].events == []
    http.put(f"/allocation/{reference}/allocatewithcheapestquote")
    http.put("/consignments/manifest", json={"ConsignmentReferences": [reference]})
    codes = [e.code for e in pro.get_tracking(reference).tracked_packages[0].legs[0].events]
    assert codes == ["MANIFESTED"]
    control.advance_clock(5 * 24 * 3600)
    # Read through plain HTTP: ProClient.get_package_events parses the wrong model (reported).
    flattened = http.get(f"/tracking/flattened/{reference}").json()
    events = flattened["TrackedPackages"][0]["Events"]
    assert [e["Code"] for e in events] == [
        "MANIFESTED",
        "COLLECTED",
        "IN_TRANSIT",
        "OUT_FOR_DELIVERY",
        "DELIVERED",
    ]
    assert events[-1]["SignedBy"] == "McPetersson"
    legs = pro.get_tracking(reference).tracked_packages[0].legs
    assert [e.code for e in legs[0].events] == [e["Code"] for e in events]


def test_customs_document_type_follows_the_value(http: httpx.Client, pro: ProClient) -> None:
    kinds = {}
    for value in (120.0, 270.0, 270.01):
        package = bodies.package(1.0, value=value, Items=[bodies.item("SKU-1", 1, value)])
        to = bodies.destination("10115", "DE", "Berlin")
        reference = _create(http, bodies.consignment("INT", packages=[package], to=to))
        http.put(f"/allocation/{reference}/allocatewithcheapestquote")
        documents = pro.get_customs_documents(reference)
        kinds[value] = sorted({d.name.split("_")[0] for d in documents.all})
        invoice = pro.get_commercial_invoice(reference)
        assert invoice.format == DocumentFormat.PDF and "Item SKU-1" in pdf_text(invoice.data)
    assert kinds == {120.0: ["CN22", "INV"], 270.0: ["CN22", "INV"], 270.01: ["CN23", "INV"]}


def test_domestic_consignments_need_no_customs_documents(http: httpx.Client) -> None:
    reference = _create(http)
    http.put(f"/allocation/{reference}/allocatewithcheapestquote")
    documents = http.get(f"/consignments/docs/{reference}").json()
    assert documents == {"CommercialInvoiceDocuments": [], "CN22Documents": [], "CN23Documents": []}
    assert http.get(f"/consignments/docs/commercialinvoice/{reference}").status_code == 400


def test_channel_islands_need_customs_documents(http: httpx.Client) -> None:
    to = bodies.destination("JE2 3AB", town="St Helier")
    reference = _create(http, bodies.consignment("JE", to=to))
    [summary] = http.put(f"/allocation/{reference}/allocatewithcheapestquote").json()
    assert summary["StatusCode"] == 200
    assert http.get(f"/consignments/docs/{reference}").json()["CN22Documents"]


def test_references_stay_unique_when_stations_create_at_once(sandbox: SandboxServer) -> None:
    headers = {"ocp-apim-subscription-key": API_KEY}

    def create_many(station: int) -> list[str]:
        with httpx.Client(
            base_url=sandbox.base_url, headers=headers, timeout=HTTP_TIMEOUT_S
        ) as http:
            references = []
            for number in range(8):
                body = bodies.consignment(f"S{station}-{number}", packages=[bodies.package()] * 2)
                reference = _create(http, body)
                http.put(f"/allocation/{reference}/allocatewithcheapestquote")
                references.append(reference)
            return references

    with ThreadPoolExecutor(max_workers=4) as pool:
        created = [ref for refs in pool.map(create_many, range(4)) for ref in refs]
    assert len(set(created)) == 32
    with httpx.Client(base_url=sandbox.base_url, headers=headers, timeout=HTTP_TIMEOUT_S) as http:
        tracking = []
        packages = []
        for reference in created:
            consignment = http.get(f"/consignments/{reference}").json()
            tracking += consignment["ConsignmentLegs"][0]["TrackingReferences"]
            packages += [p["Reference"] for p in consignment["Packages"]]
    assert len(set(tracking)) == len(tracking) == 64
    assert len(set(packages)) == 64


def test_validation_errors_name_each_field(http: httpx.Client) -> None:
    body = bodies.consignment(packages=[{"Description": "x"}])
    body["Addresses"][1] = {"AddressType": "Destination", "Country": {"IsoCode": {}}}
    response = http.post("/consignments", json=body)
    assert response.status_code == 400
    targets = {detail["Target"] for detail in response.json()["Details"]}
    assert {
        "Packages[0].Weight",
        "Packages[0].Dimensions.Length",
        "Packages[0].Value",
        "Addresses[1].Country.IsoCode.TwoLetterCode",
        "Addresses[1].AddressLine1",
    } <= targets
    unknown = bodies.consignment()
    unknown["Addresses"][0]["ShippingLocationReference"] = "NOWHERE"
    [detail] = http.post("/consignments", json=unknown).json()["Details"]
    assert detail["Target"] == "Addresses[0].ShippingLocationReference"
    assert (
        http.post(
            "/consignments", content=b"{", headers={"content-type": "application/json"}
        ).status_code
        == 400
    )
    assert (
        http.post(
            "/consignments", content=b"<x/>", headers={"content-type": "application/xml"}
        ).status_code
        == 415
    )


def test_package_size_reference_replaces_weight_and_dimensions(http: httpx.Client) -> None:
    package = {"PackageSizeReference": "LARGE_BOX", "Description": "Box", "Value": {"Amount": 5}}
    reference = _create(http, bodies.consignment("SIZE", packages=[package]))
    stored = http.get(f"/consignments/{reference}").json()["Packages"][0]
    assert stored["Dimensions"]["Length"] == 60 and stored["Weight"]["Value"] == 0.9


def test_allocate_with_service_filters_and_unknown_references(http: httpx.Client) -> None:
    reference = _create(http)
    body = {
        "ConsignmentReferences": [reference, "EC-ZZZ-ZZZ-ZZZ"],
        "Filters": {"ServiceDirection": "Outbound", "IsPickup": False, "IsDropOff": False},
    }
    first, missing = http.put(
        "/allocation/allocateConsignmentsWithServiceFilters", json=body
    ).json()
    assert first["StatusCode"] == 200 and missing["StatusCode"] == 404


def test_unknown_paths_and_methods(http: httpx.Client) -> None:
    assert http.get("/nothing/here").status_code == 404
    assert http.delete("/consignments/manifest").status_code == 405
    assert http.get("/CONSIGNMENTS/getconsignmentreferences").status_code == 200


def test_order_consignments_lists_what_was_packed(http: httpx.Client, pro: ProClient) -> None:
    order = pro.create_order(
        m.CreateOrderRequest.model_validate(bodies.order("O", [bodies.item("A")]))
    )
    body = {"Packages": [{"PackageSizeReference": "SMALL_BOX", "Items": [{"Sku": "A"}]}]}
    packed = http.post(f"/orders/{order}/pack", json=body).json()["Results"][0]["Data"]
    listed = http.put("/orders/consignments", json={"OrderReferences": [order]}).json()
    [result] = listed["OrderConsignmentsResults"]
    assert result["Consignments"] == [
        {"ConsignmentReference": packed, "ReturnConsignmentReference": None}
    ]


def test_reference_data_endpoints(http: httpx.Client) -> None:
    calendar = http.get("/collectioncalendar/Sorted1/DPD").json()
    assert [day["DayOfWeek"] for day in calendar["Days"]][:1] == ["Monday"]
    assert calendar["Days"][0]["AllocationCutOff"] < calendar["Days"][0]["CollectionTime"]
    groups = http.get("/servicegroups").json()
    assert all(group["CarrierServiceReferences"] for group in groups)
    assert http.get("/packagesizes/default").json()["IsDefault"] is True
    assert http.get("/shippinglocations/EDC5_Electio").json()["Address"]["Town"] == "Daventry"


def test_manifest_pdf_lists_its_consignments(http: httpx.Client) -> None:
    references = [_create(http) for _ in range(2)]
    http.put(
        "/allocation/allocatewithcarrierservice",
        json={"MpdCarrierServiceReference": "DPD_NEXTDAY", "ConsignmentReferences": references},
    )
    http.put("/consignments/manifest", json={"ConsignmentReferences": references})
    [info] = http.get(
        "/consignments/customer/manifests", params={"shippingLocationReference": "Sorted1"}
    ).json()
    assert info["CarrierName"] == "DPD" and info["BookingsCount"] == 2
    sheet = base64.b64decode(
        http.get(f"/consignments/customer/manifest/{info['ManifestReference']}").json()
    )
    text = pdf_text(sheet)
    assert all(reference in text for reference in references)
    assert (
        http.get(
            "/consignments/customer/manifests", params={"shippingLocationReference": "EDC5_Electio"}
        ).json()
        == []
    )


def test_allocate_and_label_in_one_call(http: httpx.Client) -> None:
    first, second, third = (_create(http) for _ in range(3))
    response = http.put(f"/allocation/{first}/labels/zpl").json()
    [entry] = response["Responses"]
    assert entry["Result"] == "ConsignmentAllocated" and entry["LabelFileType"] == "application/zpl"
    assert base64.b64decode(entry["LabelContent"]).startswith(b"^XA")
    assert http.get(f"/consignments/{first}").json()["LabelsPrinted"] is True
    by_service = http.put(f"/allocation/{second}/carrierservice/DPD_NEXTDAY/labels/pdf").json()
    assert by_service["Responses"][0]["CarrierServiceReference"] == "DPD_NEXTDAY"
    quote = http.get(f"/quotes/consignment/{third}").json()["Quotes"][0]["QuoteReference"]
    by_quote = http.put(f"/allocation/{third}/quote/{quote}/labels/png").json()
    assert base64.b64decode(by_quote["Responses"][0]["LabelContent"]).startswith(b"\x89PNG")
    again = http.put(f"/allocation/{first}/servicegroup/nextDay/labels/zpl")
    assert again.status_code == 400


def test_allocate_and_label_reports_a_failed_allocation(http: httpx.Client) -> None:
    heavy = bodies.package(45.0, (90, 60, 50))
    to = bodies.destination("FIQQ 1ZZ", "FK", "Stanley")
    reference = _create(http, bodies.consignment("F", packages=[heavy], to=to))
    [entry] = http.put(f"/allocation/{reference}/labels/pdf").json()["Responses"]
    assert entry["Result"] == "ConsignmentAllocationFailed" and entry["LabelContent"] is None


def test_audit_trail_explains_a_failed_then_successful_allocation(http: httpx.Client) -> None:
    heavy = bodies.package(25.0, (60, 40, 40))
    reference = _create(http, bodies.consignment("AUD", packages=[heavy]))
    http.put(
        "/allocation/allocatewithcarrierservice",
        json={"MpdCarrierServiceReference": "MPD_RMT24", "ConsignmentReferences": [reference]},
    )
    http.put(f"/allocation/{reference}/allocatewithservicegroup/heavy")
    messages = [entry["Message"] for entry in http.get(f"/consignments/{reference}/audit").json()]
    assert messages[0] == "Consignment created"
    assert any(m.startswith("Allocation failed: No carrier service qualified") for m in messages)
    assert messages[-1] == "Allocated to Parcelforce express24"
    assert http.get(f"/consignments/{reference}").json()["FailedAllocation"] is None


def test_sdk_spellings_of_package_removal_and_customer_manifests(http: httpx.Client) -> None:
    body = bodies.consignment("SDK", packages=[bodies.package(), bodies.package(2.0)])
    reference, other = _create(http, body), _create(http)
    second = http.get(f"/consignments/{reference}").json()["Packages"][1]["Reference"]
    assert http.post(f"/consignments/{other}/removepackage/{second}").status_code == 404
    assert http.post(f"/consignments/{reference}/removepackage/{second}").status_code == 200
    assert len(http.get(f"/consignments/{reference}").json()["Packages"]) == 1
    http.put(f"/allocation/{reference}/allocatewithcheapestquote")
    http.put("/consignments/manifest", json={"ConsignmentReferences": [reference]})
    [info] = http.get("/consignments/manifests").json()
    assert http.get(f"/consignments/manifest/{info['ManifestReference']}").status_code == 200


def test_manifest_from_query_applies_every_filter(http: httpx.Client) -> None:
    printed, unprinted, other_carrier = (_create(http) for _ in range(3))
    body = {
        "MpdCarrierServiceReference": "DPD_NEXTDAY",
        "ConsignmentReferences": [printed, unprinted],
    }
    http.put("/allocation/allocatewithcarrierservice", json=body)
    body = {
        "MpdCarrierServiceReference": "EDC5_UPSHSTDCS",
        "ConsignmentReferences": [other_carrier],
    }
    http.put("/allocation/allocatewithcarrierservice", json=body)
    http.get(f"/labels/{printed}/zpl")
    http.get(f"/labels/{other_carrier}/zpl")
    query = {
        "States": ["Allocated"],
        "ShippingLocationReferences": ["Sorted1"],
        "Carriers": ["DPD"],
        "LabelsPrinted": True,
        "ShippingDate": "2026-11-23T00:00:00+00:00",
    }
    message = http.post("/consignments/manifestFromQuery", json=query).json()["Message"]
    assert message.startswith("Query found 1 consignment(s). 1 successfully queued")
    states = {
        ref: http.get(f"/consignments/{ref}/status").json()["Status"]
        for ref in (printed, unprinted, other_carrier)
    }
    assert states == {printed: "Manifested", unprinted: "Allocated", other_carrier: "Allocated"}
    refused = http.post("/consignments/manifestFromQuery", json={"States": ["Unallocated"]})
    assert refused.status_code == 400 and refused.json()["Details"][0]["Target"] == "States"
