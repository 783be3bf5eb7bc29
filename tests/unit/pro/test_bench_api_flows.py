"""ProShippingApi over a scripted PRO: allocation, labels, documents, bulk, options, orders."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from packstation.domain.choices import ChoiceKind
from packstation.domain.labels import LabelLanguage
from packstation.domain.orders import PackedParcel
from packstation.domain.ports import BulkOutcome
from packstation.domain.shipment import Dimensions, ParcelSpec
from packstation.errors import RemoteBusyError, RemoteRejectedError, UserFacingError
from packstation.pro.bench import ProShippingApi
from packstation.pro.bench.allocating import AllocationPendingError, pauses
from packstation.pro.client import ProClient
from packstation.pro.errors import ProResponseError
from packstation.pro.retry import RetryPolicy
from tests.unit.pro.test_bench_api import BASE, FakePro, allocated_consignment

REF = "EC-000-000-001"
ZPL = b"^XA^FO10,10^FDone^FS^XZ^XA^FO10,10^FDtwo^FS^XZ"
PDF = b"%PDF-1.4\n%fake\n"
PNG = b"\x89PNG\r\n\x1a\nfake"


@pytest.fixture
def pro() -> FakePro:
    return FakePro()


@pytest.fixture
def slept() -> list[float]:
    return []


@pytest.fixture
def api(pro: FakePro, slept: list[float]) -> Iterator[ProShippingApi]:
    client = ProClient(
        BASE,
        "key",
        transport=httpx.MockTransport(pro.handler),
        retry_policy=RetryPolicy(max_retries=0, sleep=lambda _: None),
    )
    with client:
        yield ProShippingApi(client, shipping_location="Sorted1", sleep=slept.append)


def summary(reference: str | None = REF, status: int = 200, **fields: Any) -> dict[str, Any]:
    """Return an AllocationSummary about ``reference``."""
    links = []
    if reference:
        links = [
            {"Rel": "detail", "Href": f"{BASE}/consignments/{reference}"},
            {"Rel": "label", "Href": f"{BASE}/labels/{reference}"},
        ]
    return {
        "StatusCode": status,
        "ApiLinks": links,
        "Description": f"Consignment {reference} has been successfully allocated",
        "ConsignmentLegs": [{"Leg": 1, "TrackingReferences": ["T9"], "CarrierName": "Evri"}],
        "CarrierReference": "EVRI",
        "CarrierName": "Evri",
        "CarrierServiceReference": "EVRI_48",
        "CarrierServiceName": "48 Hour",
        **fields,
    }


def status(state: str) -> dict[str, Any]:
    return {"ConsignmentReferenceForAllLegsAssignedByMpd": REF, "Status": state}


# -- allocation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "method", "path"),
    [
        (
            lambda a: a.allocate_with_quote(REF, "q-1"),
            "PUT",
            f"/allocation/{REF}/allocatewithquote/q-1",
        ),
        (lambda a: a.allocate_cheapest(REF), "PUT", f"/allocation/{REF}/allocatewithcheapestquote"),
        (lambda a: a.allocate_by_rules(REF), "PUT", "/allocation/allocate"),
    ],
)
def test_allocation_success_reads_the_consignment_back(
    api: ProShippingApi, pro: FakePro, call: Any, method: str, path: str
) -> None:
    pro.on(method, path, [summary()])
    pro.on("GET", f"/consignments/{REF}", allocated_consignment())

    outcome = call(api)

    assert outcome.succeeded and outcome.shipment_reference == REF
    assert (outcome.carrier, outcome.service) == ("DPD UK", "Next Day")
    assert outcome.tracking_numbers == ("T1", "T2")
    assert "successfully allocated" in outcome.message
    if path == "/allocation/allocate":
        assert pro.body(method, path) == {"ConsignmentReferences": [REF]}


def test_refused_summary_is_a_failed_outcome_without_a_reread(
    api: ProShippingApi, pro: FakePro
) -> None:
    pro.on("PUT", "/allocation/allocate", [summary(None, 400, Description="Not allowed now")])
    outcome = api.allocate_by_rules(REF)
    assert not outcome.succeeded and outcome.message == "Not allowed now"
    assert pro.sent("GET", f"/consignments/{REF}") == []


def test_answer_about_another_consignment_is_not_taken(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("PUT", "/allocation/allocate", [summary("EC-000-000-777")])
    outcome = api.allocate_by_rules(REF)
    assert not outcome.succeeded and REF in outcome.message


def test_failure_after_2xx_reports_pros_reason(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("PUT", f"/allocation/{REF}/allocatewithcheapestquote", [summary()])
    failed = allocated_consignment(
        ConsignmentState="AllocationFailed",
        Allocation=None,
        FailedAllocation={"Message": "Too heavy for every service"},
    )
    pro.on("GET", f"/consignments/{REF}", failed)
    outcome = api.allocate_cheapest(REF)
    assert not outcome.succeeded
    assert outcome.message == "Allocation failed: Too heavy for every service"


def test_allocating_is_polled_until_allocated(
    api: ProShippingApi, pro: FakePro, slept: list[float]
) -> None:
    pro.on("PUT", "/allocation/allocate", [summary(status=202)])
    allocating = allocated_consignment(ConsignmentState="Allocating")
    pro.on("GET", f"/consignments/{REF}", allocating, allocated_consignment())
    pro.on(
        "GET",
        f"/consignments/{REF}/status",
        status("Allocating"),
        status("Allocating"),
        status("Allocated"),
    )
    outcome = api.allocate_by_rules(REF)
    assert outcome.succeeded and outcome.tracking_numbers == ("T1", "T2")
    assert slept == [0.25, 0.5, 1.0]
    assert len(pro.sent("GET", f"/consignments/{REF}")) == 2


def test_allocating_beyond_the_bound_asks_to_look_again(
    api: ProShippingApi, pro: FakePro, slept: list[float]
) -> None:
    pro.on("PUT", "/allocation/allocate", [summary()])
    pro.on("GET", f"/consignments/{REF}", allocated_consignment(ConsignmentState="Allocating"))
    pro.on("GET", f"/consignments/{REF}/status", status("Allocating"))
    with pytest.raises(AllocationPendingError) as raised:
        api.allocate_by_rules(REF)
    assert isinstance(raised.value, RemoteBusyError) and raised.value.retryable
    assert sum(slept) == pytest.approx(10.0)


def test_accepted_but_still_unallocated_is_not_a_success(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("PUT", "/allocation/allocate", [summary()])
    pro.on("GET", f"/consignments/{REF}", allocated_consignment(ConsignmentState="Unallocated"))
    outcome = api.allocate_by_rules(REF)
    assert not outcome.succeeded and "Unallocated" in outcome.message


def test_pauses_double_up_to_the_cap_and_sum_to_the_bound() -> None:
    assert pauses(10.0) == [0.25, 0.5, 1.0, 2.0, 2.0, 2.0, 2.0, 0.25]
    assert pauses(0.0) == []


# -- labels and customs documents -----------------------------------------------------------------


def label(data: bytes) -> dict[str, str]:
    return {"File": base64.b64encode(data).decode(), "ContentType": "application/octet-stream"}


@pytest.mark.parametrize(
    ("language", "path", "data", "dpi"),
    [
        (LabelLanguage.ZPL, f"/labels/{REF}/ZPL/203", ZPL, 203),
        (LabelLanguage.PDF, f"/labels/{REF}/PDF/300", PDF, 300),
        (LabelLanguage.PNG, f"/labels/{REF}/PNG", PNG, None),
    ],
)
def test_labels_ask_for_the_printers_language(
    api: ProShippingApi,
    pro: FakePro,
    language: LabelLanguage,
    path: str,
    data: bytes,
    dpi: int | None,
) -> None:
    pro.on("GET", path, label(data))
    labels = api.labels(REF, language, dpi or 203)
    assert (labels.data, labels.language, labels.dpi) == (data, language, dpi)


def test_labels_in_another_language_than_asked_are_refused(
    api: ProShippingApi, pro: FakePro
) -> None:
    pro.on("GET", f"/labels/{REF}/ZPL/203", label(PDF))
    with pytest.raises(ProResponseError, match="PDF labels"):
        api.labels(REF, LabelLanguage.ZPL, 203)


def test_customs_documents_invoices_first(api: ProShippingApi, pro: FakePro) -> None:
    encoded = base64.b64encode(PDF).decode()
    pro.on(
        "GET",
        f"/consignments/docs/{REF}",
        {
            "CN23Documents": [{"Key": "cn23.pdf", "Value": encoded}],
            "CN22Documents": None,
            "CommercialInvoiceDocuments": [{"Key": "invoice.pdf", "Value": encoded}],
        },
    )
    documents = api.customs_documents(REF)
    assert [d.name for d in documents] == ["invoice.pdf", "cn23.pdf"]
    assert all(d.data == PDF for d in documents)


def test_customs_documents_none(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", f"/consignments/docs/{REF}", {"CommercialInvoiceDocuments": []})
    assert api.customs_documents(REF) == []


def test_a_customs_document_that_is_not_a_pdf_is_refused(api: ProShippingApi, pro: FakePro) -> None:
    encoded = base64.b64encode(PNG).decode()
    pro.on(
        "GET", f"/consignments/docs/{REF}", {"CN22Documents": [{"Key": "cn22", "Value": encoded}]}
    )
    with pytest.raises(ProResponseError, match="not PDF"):
        api.customs_documents(REF)


# -- bulk calls -----------------------------------------------------------------------------------

A, B, C = "EC-000-000-00A", "EC-000-000-00B", "EC-000-000-00C"


def result(data: str | None, ok: bool = True, message: str | None = "done") -> dict[str, Any]:
    return {"IsSuccess": ok, "Message": message, "Data": data, "ApiLinks": None}


def test_ready_to_ship_matches_by_data_in_any_order(api: ProShippingApi, pro: FakePro) -> None:
    pro.on(
        "PUT",
        "/consignments/setreadytoship",
        [result(B.lower(), False, "Not allocated"), result(A, message=None)],
    )
    outcomes = api.set_ready_to_ship([A, B, A])
    assert pro.body("PUT", "/consignments/setreadytoship") == [A, B]
    assert outcomes == [
        BulkOutcome(A, True, "Ready to ship done."),
        BulkOutcome(B, False, "Not allocated"),
    ]


def test_manifest_with_a_repeated_reference_matches_by_position(
    api: ProShippingApi, pro: FakePro
) -> None:
    pro.on(
        "PUT",
        "/consignments/manifest",
        [result(A, message="m1"), result(A, False, "m2"), result(A, message="m3")],
    )
    outcomes = api.manifest([A, B, C])
    assert pro.body("PUT", "/consignments/manifest") == {"ConsignmentReferences": [A, B, C]}
    assert [(o.reference, o.succeeded, o.message) for o in outcomes] == [
        (A, True, "m1"),
        (B, False, "m2"),
        (C, True, "m3"),
    ]


def test_references_missing_from_the_answer_are_not_done(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("PUT", "/consignments/manifest", [result(B), result(B), result(C, False, "late")])
    # Four sent, three answers, B repeated: only C can be matched with certainty.
    outcomes = api.manifest([A, B, C, "EC-000-000-00D"])
    assert [(o.reference, o.succeeded) for o in outcomes] == [
        (A, False),
        (B, False),
        (C, False),
        ("EC-000-000-00D", False),
    ]
    assert outcomes[2].message == "late"
    assert "did not cover" in outcomes[0].message and "did not cover" in outcomes[1].message


def test_nothing_to_send_makes_no_call(api: ProShippingApi, pro: FakePro) -> None:
    assert api.manifest([]) == [] and api.set_ready_to_ship([" "]) == []
    assert pro.requests == []


# -- delivery options -----------------------------------------------------------------------------

OPTION = "EDO-000-000-001"


def existing_option(
    *addresses: dict[str, Any], start: str = "09:00:00", end: str = "12:00:00"
) -> dict[str, Any]:
    return {
        "Reference": OPTION,
        "ConsignmentDetail": {
            "Reference": "EPC-000-000-001",
            "Weight": {"Kg": 0.9},
            "EarliestDeliveryDate": None,
            "LatestDeliveryDate": None,
            "Addresses": list(addresses),
        },
        "DeliveryOption": {
            "Reference": OPTION,
            "EstimatedDeliveryDate": {
                "Date": "2026-11-24T00:00:00",
                "Guaranteed": True,
                "DayOfWeek": "Tuesday",
            },
            "DeliveryWindow": {"Start": start, "End": end, "UtcOffset": "+00:00"},
            "Carrier": "DPD UK",
            "CarrierService": "Next Day 9-12",
            "CarrierServiceReference": "DPD_NEXTDAY_AM",
            "Price": {"Net": 5, "Gross": 6.0, "Currency": {"IsoCode": "GBP"}},
            "AllocationCutOff": "2026-11-23T17:00:00+00:00",
        },
    }


def test_delivery_option(api: ProShippingApi, pro: FakePro) -> None:
    home = {"AddressType": "Destination", "AddressLine1": "1 Road", "ShopLocationReference": None}
    pro.on("GET", f"/deliveryoptions/details/{OPTION}", existing_option(home))
    choice = api.get_delivery_option(OPTION)
    assert choice.kind is ChoiceKind.DELIVERY_OPTION and choice.reference == OPTION
    assert (choice.carrier, choice.service, choice.service_reference) == (
        "DPD UK",
        "Next Day 9-12",
        "DPD_NEXTDAY_AM",
    )
    assert (choice.price_gross, choice.currency) == (Decimal("6.0"), "GBP")
    assert choice.window == ("09:00", "12:00")
    assert choice.cutoff is not None and choice.cutoff.hour == 17
    assert choice.promise is not None and choice.promise.guaranteed
    assert choice.promise.earliest == choice.promise.latest
    assert choice.pickup_point is None


def test_pickup_option_with_a_whole_day_window(api: ProShippingApi, pro: FakePro) -> None:
    shop = {
        "AddressType": "Destination",
        "ShopLocationReference": "DPD-000042",
        "CompanyName": "DPD Pickup - Corner Shop",
        "AddressLine1": "4 High Street",
        "Town": "Leeds",
        "Postcode": "LS1 1AA",
        "Country": {"IsoCode": {"TwoLetterCode": "GB"}},
    }
    pro.on(
        "GET",
        f"/deliveryoptions/details/{OPTION}",
        existing_option(shop, start="00:00:00", end="23:59:00"),
    )
    choice = api.get_delivery_option(OPTION)
    assert choice.kind is ChoiceKind.PICKUP_OPTION and choice.window is None
    assert choice.pickup_point is not None
    assert choice.pickup_point.shop_reference == "DPD-000042"
    assert choice.pickup_point.name == "DPD Pickup - Corner Shop"
    assert choice.pickup_point.address.endswith("4 High Street, Leeds, LS1 1AA, GB")


def test_option_without_an_option_body(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", f"/deliveryoptions/details/{OPTION}", {"Reference": OPTION})
    with pytest.raises(ProResponseError, match="no delivery option"):
        api.get_delivery_option(OPTION)


def test_select_option_takes_the_reference_from_the_detail_link(
    api: ProShippingApi, pro: FakePro
) -> None:
    pro.on("POST", f"/deliveryoptions/select/{OPTION}", summary("EC-000-000-0S1"))
    pro.on("GET", "/consignments/EC-000-000-0S1", allocated_consignment("EC-000-000-0S1"))
    outcome = api.select_option(OPTION)
    assert outcome.succeeded and outcome.shipment_reference == "EC-000-000-0S1"


def test_select_option_with_only_a_label_link(api: ProShippingApi, pro: FakePro) -> None:
    answer = summary(None, ApiLinks=[{"Rel": "label", "Href": f"{BASE}/labels/EC-000-000-0S2"}])
    answer["Description"] = "Allocated"
    pro.on("POST", f"/deliveryoptions/select/{OPTION}", answer)
    pro.on("GET", "/consignments/EC-000-000-0S2", allocated_consignment("EC-000-000-0S2"))
    assert api.select_option(OPTION).shipment_reference == "EC-000-000-0S2"


def test_select_option_without_links_finds_the_consignment_by_tracking(
    api: ProShippingApi, pro: FakePro
) -> None:
    answer = summary(None, Description="Allocated")
    pro.on("POST", f"/deliveryoptions/select/{OPTION}", answer)
    pro.on(
        "GET",
        "/consignments/50/0",
        {
            "Count": 1,
            "ConsignmentSummaries": [{"Reference": "EC-000-000-0S3", "State": "Allocated"}],
        },
    )
    pro.on("GET", "/consignments/getConsignmentReferences", [])
    pro.on("GET", "/consignments/EC-000-000-0S3", allocated_consignment("EC-000-000-0S3"))
    outcome = api.select_option(OPTION)
    assert outcome.succeeded and outcome.shipment_reference == "EC-000-000-0S3"
    assert pro.sent("GET", "/consignments/50/0")[0].url.params["trackingReference"] == "T9"


def test_select_option_accepted_but_unnamed_is_an_error(api: ProShippingApi, pro: FakePro) -> None:
    answer = summary(None, Description="Allocated", ConsignmentLegs=[])
    pro.on("POST", f"/deliveryoptions/select/{OPTION}", answer)
    with pytest.raises(ProResponseError, match="did not say which consignment"):
        api.select_option(OPTION)


def test_select_option_refused_in_the_summary(api: ProShippingApi, pro: FakePro) -> None:
    answer = summary(None, 400, Description="Option expired", ConsignmentLegs=[])
    pro.on("POST", f"/deliveryoptions/select/{OPTION}", answer)
    outcome = api.select_option(OPTION)
    assert not outcome.succeeded and outcome.message == "Option expired"


def test_select_option_refused_with_an_error_status(api: ProShippingApi, pro: FakePro) -> None:
    pro.on(
        "POST",
        f"/deliveryoptions/select/{OPTION}",
        {"Code": "OptionExpired", "Message": "expired"},
        status=400,
    )
    with pytest.raises(RemoteRejectedError):
        api.select_option(OPTION)


# -- quotes ---------------------------------------------------------------------------------------


def test_quotes(api: ProShippingApi, pro: FakePro) -> None:
    pro.on(
        "GET",
        f"/quotes/consignment/{REF}",
        {
            "QuoteRequestReference": "r-1",
            "Quotes": [
                {
                    "QuoteReference": "q-1",
                    "ExpiryDate": "2026-11-23T10:00:00+00:00",
                    "MpdCarrierServiceReference": "EVRI_48",
                    "MpdCarrierService": "48 Hour",
                    "MpdCarrierServiceSource": 2,
                    "CarrierReference": "EVRI",
                    "EarliestDeliveryDate": "2026-11-25T08:00:00+00:00",
                    "LatestDeliveryDate": "2026-11-25T20:00:00+00:00",
                    "Price": {
                        "Net": 3.5,
                        "Gross": 4.2,
                        "VatRate": {"Rate": 0.2},
                        "Currency": {"IsoCode": "GBP"},
                    },
                    "Legs": [{"CarrierService": {"CarrierName": "Evri"}}],
                },
                {"QuoteReference": "q-2", "CarrierReference": "DPD", "Price": None, "Legs": None},
                {"QuoteReference": None},
            ],
            "UnqualifiedServices": [
                {"MpdCarrierService": "Pallet", "ExclusionReason": "Too light"},
                {"MpdCarrierServiceReference": "X1", "ExclusionReason": None},
            ],
        },
    )
    found = api.quotes(REF)
    first, second = found.choices
    assert first.kind is ChoiceKind.QUOTE and first.reference == "q-1"
    assert (first.carrier, first.service, first.service_reference) == ("Evri", "48 Hour", "EVRI_48")
    assert (first.price_gross, first.currency) == (Decimal("4.2"), "GBP")
    assert first.cutoff is not None and first.cutoff.hour == 10
    assert first.promise is not None and first.promise.earliest is not None
    assert (second.carrier, second.price_gross, second.promise) == ("DPD", None, None)
    assert [(u.service, u.reason) for u in found.unqualified] == [
        ("Pallet", "Too light"),
        ("X1", ""),
    ]


def test_no_quotes_at_all(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", f"/quotes/consignment/{REF}", {"Quotes": None, "UnqualifiedServices": None})
    found = api.quotes(REF)
    assert found.choices == () and found.unqualified == ()


# -- orders ---------------------------------------------------------------------------------------

ORDER = "EO-000-000-001"


def order_body() -> dict[str, Any]:
    return {
        "OrderReference": ORDER,
        "OrderReferenceProvidedByCustomer": "ORD-7001",
        "Addresses": [
            {"AddressType": "Destination", "Contact": {"FirstName": "Ana", "LastName": "Lopez"}}
        ],
        "Packages": [
            {
                "Items": [
                    {
                        "Sku": "SKU-TEE",
                        "Description": "T-shirt",
                        "Quantity": 2,
                        "Weight": {"Value": 0.3, "Unit": "Kg"},
                    },
                    {"Reference": "c" * 32, "Description": "Gift card"},
                ]
            },
            {"Items": [{"Sku": "SKU-TEE", "Quantity": 1}, {"Description": "no key"}]},
            {"Items": None},
        ],
    }


def test_get_order_merges_lines_by_key(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", f"/orders/{ORDER}", order_body())
    order = api.get_order(ORDER)
    assert order.customer_reference == "ORD-7001"
    assert order.destination is not None and order.destination.name == "Ana Lopez"
    tee, card = order.lines
    assert (tee.key, tee.quantity, tee.weight_kg, tee.sku) == (
        "SKU-TEE",
        3,
        Decimal("0.3"),
        "SKU-TEE",
    )
    assert (card.key, card.description, card.quantity, card.sku) == ("c" * 32, "Gift card", 1, None)


def test_pack_order_names_items_as_the_order_does(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", f"/orders/{ORDER}", order_body())
    pro.on(
        "POST",
        f"/orders/{ORDER}/pack",
        {
            "Results": [
                {
                    "Result": "ReturnConsignmentCreated",
                    "ApiLinks": [
                        {"Rel": "Consignment", "Href": f"{BASE}/consignments/EC-000-000-0R1"}
                    ],
                },
                {
                    "Result": "ConsignmentCreated",
                    "Data": None,
                    "ApiLinks": [
                        {"Rel": "Consignment", "Href": f"{BASE}/consignments/EC-000-000-0P1"}
                    ],
                },
            ]
        },
        status=201,
    )
    parcels = [
        PackedParcel(
            ParcelSpec(Decimal("1.2"), Dimensions(Decimal(30), Decimal(20), Decimal(5))),
            (("SKU-TEE", 3),),
        ),
        PackedParcel(ParcelSpec(Decimal("0.1"), size_reference="ENV"), (("c" * 32, 1),)),
    ]

    created = api.pack_order(ORDER, parcels, "PS-1-0001")

    assert created == "EC-000-000-0P1"
    body = pro.body("POST", f"/orders/{ORDER}/pack")
    assert body["OrderReference"] == ORDER
    assert body["OrderReferenceProvidedByCustomer"] == "PS-1-0001"
    first, second = body["Packages"]
    assert first["Weight"] == {"Value": 1.2, "Unit": "Kg"}
    assert first["Dimensions"] == {"Unit": "Cm", "Length": 30, "Width": 20, "Height": 5}
    assert first["Items"] == [{"Sku": "SKU-TEE", "Quantity": 3}]
    assert second["PackageSizeReference"] == "ENV" and "Dimensions" not in second
    assert second["Items"] == [{"Reference": "c" * 32, "Quantity": 1}]


def test_pack_order_with_an_unknown_item_sends_nothing(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", f"/orders/{ORDER}", order_body())
    parcels = [PackedParcel(ParcelSpec(Decimal(1), size_reference="ENV"), (("SKU-GONE", 1),))]
    with pytest.raises(UserFacingError, match="SKU-GONE"):
        api.pack_order(ORDER, parcels, "PS-1-0002")
    assert pro.sent("POST", f"/orders/{ORDER}/pack") == []


def test_pack_order_without_a_created_consignment(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", f"/orders/{ORDER}", order_body())
    pro.on(
        "POST",
        f"/orders/{ORDER}/pack",
        {"Results": [{"Result": "ConsignmentCreationFailed", "Message": "No origin address"}]},
        status=201,
    )
    parcels = [PackedParcel(ParcelSpec(Decimal(1), size_reference="ENV"), (("SKU-TEE", 1),))]
    with pytest.raises(RemoteRejectedError, match="No origin address"):
        api.pack_order(ORDER, parcels, "PS-1-0003")


def test_pack_order_created_but_unnamed(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", f"/orders/{ORDER}", order_body())
    pro.on(
        "POST", f"/orders/{ORDER}/pack", {"Results": [{"Result": "ConsignmentCreated"}]}, status=201
    )
    parcels = [PackedParcel(ParcelSpec(Decimal(1), size_reference="ENV"), (("SKU-TEE", 1),))]
    with pytest.raises(ProResponseError, match="did not say"):
        api.pack_order(ORDER, parcels, "PS-1-0004")


def test_pro_errors_propagate_in_their_categories(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("PUT", "/allocation/allocate", {"Code": "Boom", "Message": "down"}, status=503)
    pro.on("GET", f"/labels/{REF}/ZPL/203", {"Code": "NotAllocated", "Message": "no"}, status=400)
    with pytest.raises(RemoteBusyError):
        api.allocate_by_rules(REF)
    assert pro.sent("GET", f"/consignments/{REF}") == []
    with pytest.raises(RemoteRejectedError):
        api.labels(REF, LabelLanguage.ZPL, 203)


def test_consignments_packed_from_an_order_are_listed_outbound_only(
    api: ProShippingApi, pro: FakePro
) -> None:
    entry = {"ConsignmentReference": "EC-000-000-002", "ReturnConsignmentReference": "EC-R"}
    pro.on(
        "PUT",
        "/orders/consignments",
        {
            "OrderConsignmentsResults": [
                {"OrderReference": "EO-000-000-009", "Status": 200, "Consignments": []},
                {"OrderReference": ORDER, "Status": 200, "Consignments": [entry, entry]},
            ]
        },
    )
    assert api.consignments_packed_from(ORDER) == ["EC-000-000-002"]
    assert pro.body("PUT", "/orders/consignments") == {"OrderReferences": [ORDER]}


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ({"OrderConsignmentsResults": []}, "does not say what was packed"),
        (
            {
                "OrderConsignmentsResults": [
                    {"OrderReference": ORDER, "Status": 404, "Message": "Order not found"}
                ]
            },
            "could not list what was packed from order EO-000-000-001: Order not found",
        ),
        ({}, "does not say what was packed"),
    ],
)
def test_an_answer_that_does_not_list_the_order_is_not_taken_as_never_packed(
    api: ProShippingApi, pro: FakePro, answer: dict[str, Any], said: str
) -> None:
    pro.on("PUT", "/orders/consignments", answer)
    with pytest.raises(ProResponseError, match=said):
        api.consignments_packed_from(ORDER)
