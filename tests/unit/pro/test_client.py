"""ProClient behaviour beyond the documented examples: paths, fallbacks, bad answers, threads."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from packstation.pro import models as m
from packstation.pro.client import ProClient
from packstation.pro.documents import DocumentFormat
from packstation.pro.errors import ProRejectedError, ProResponseError, ProUnavailableError
from packstation.pro.retry import RetryPolicy
from packstation.pro.search import SearchTerms

ZPL = b"^XA^FO10,10^FDlabel^FS^XZ"
Handler = Callable[[httpx.Request], httpx.Response]


def client_for(handler: Handler, **options: object) -> ProClient:
    policy = RetryPolicy(max_retries=2, sleep=lambda _: None)
    return ProClient(
        "https://api.example.test",
        "secret-key-123",
        transport=httpx.MockTransport(handler),
        retry_policy=policy,
        **options,  # type: ignore[arg-type]
    )


def json_response(body: object, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


def label_response(data: bytes = ZPL) -> httpx.Response:
    return json_response({"File": base64.b64encode(data).decode(), "ContentType": "text/plain"})


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({}, "/labels/EC-000-000-001"),
        ({"label_format": m.LabelFormat.ZPL}, "/labels/EC-000-000-001/ZPL"),
        ({"label_format": m.LabelFormat.ZPLII, "dpi": 300}, "/labels/EC-000-000-001/ZPLII/300"),
        ({"label_format": "PDF", "dpi": 203}, "/labels/EC-000-000-001/PDF/203"),
    ],
)
def test_label_paths(kwargs: dict[str, object], path: str) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return label_response()

    with client_for(handler) as client:
        document = client.get_labels("EC-000-000-001", **kwargs)  # type: ignore[arg-type]
    assert seen == [path]
    assert document.format is DocumentFormat.ZPL and document.data == ZPL


def test_package_label_path_uses_the_package_segment() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return label_response()

    with client_for(handler) as client:
        client.get_package_label("EC-000-000-001", "EP-000-000-002", m.LabelFormat.ZPL, dpi=203)
    assert seen == ["/labels/package/EC-000-000-001/EP-000-000-002/ZPL/203"]


@pytest.mark.parametrize(
    ("label_format", "dpi"), [(None, 203), (m.LabelFormat.PNG, 203), (m.LabelFormat.ZPL, 0)]
)
def test_impossible_label_requests_are_refused_before_sending(
    label_format: m.LabelFormat | None, dpi: int
) -> None:
    with client_for(lambda r: pytest.fail("nothing may be sent")) as client:
        with pytest.raises(ValueError):
            client.get_labels("EC-1", label_format, dpi)


def test_scanned_text_cannot_change_the_path() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path.decode())
        return json_response({}, 404)

    with client_for(handler) as client, pytest.raises(ProRejectedError):
        client.get_consignment("../orders/EO-1?x=1 ")
    assert seen == ["/consignments/..%2Forders%2FEO-1%3Fx%3D1"]


def test_search_sends_only_the_terms_set_in_pro_spelling() -> None:
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.url.params))
        assert request.url.path == "/consignments/25/50"
        return json_response({"Count": 0, "ConsignmentSummaries": []})

    terms = SearchTerms(
        reference_provided_by_customer="ORDER-1",
        state=m.ConsignmentState.READY_TO_SHIP,
        labels_printed=True,
        extra={"packageNumber": "CARTON-9"},
    )
    with client_for(handler) as client:
        result = client.search_consignments(terms, take=25, skip=50)
    assert result.count == 0
    assert seen == [
        {
            "referenceProvidedByCustomer": "ORDER-1",
            "state": "ReadyToShip",
            "labelsPrinted": "true",
            "packageNumber": "CARTON-9",
        }
    ]


def test_manifest_from_query_falls_back_to_put_once_on_405() -> None:
    methods: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        methods.append(request.method)
        if request.method == "POST":
            return json_response({"Message": "Method not allowed"}, 405)
        return json_response({"Message": "Query found 2 consignment(s).", "FailedConsignments": []})

    request = m.ManifestFromQueryRequest(
        states=["ReadyToShip"], shipping_location_references=["L1"]
    )
    with client_for(handler) as client:
        result = client.manifest_from_query(request)
    assert methods == ["POST", "PUT"]
    assert result.failed_consignments == []


def test_manifest_from_query_does_not_fall_back_on_other_errors() -> None:
    methods: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        methods.append(request.method)
        return json_response({"Message": "States is required"}, 400)

    with client_for(handler) as client, pytest.raises(ProRejectedError, match="States"):
        client.manifest_from_query(m.ManifestFromQueryRequest(states=[]))
    assert methods == ["POST"]


@pytest.mark.parametrize(
    "body",
    [
        [{"ManifestReference": "a" * 32, "BookingsCount": 3}],
        {"Manifests": [{"ManifestReference": "a" * 32, "BookingsCount": 3}], "TotalRecords": 1},
    ],
)
def test_customer_manifests_accept_both_documented_shapes(body: object) -> None:
    with client_for(lambda request: json_response(body)) as client:
        manifests = client.get_customer_manifests("EDC5_SL1")
    assert [(x.manifest_reference, x.bookings_count) for x in manifests] == [("a" * 32, 3)]


def test_customer_manifest_falls_back_to_the_sdk_path_on_404() -> None:
    paths: list[str] = []
    pdf = b"%PDF-1.4 manifest"

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        if "/customer/" in request.url.path:
            return json_response({"Message": "not found"}, 404)
        return json_response(base64.b64encode(pdf).decode())

    with client_for(handler) as client:
        document = client.get_customer_manifest("b" * 32)
    assert paths == [
        f"/consignments/customer/manifest/{'b' * 32}",
        f"/consignments/manifest/{'b' * 32}",
    ]
    assert document.data == pdf


def test_commercial_invoice_may_come_as_raw_pdf_bytes() -> None:
    pdf = b"%PDF-1.7 invoice"
    response = httpx.Response(200, content=pdf, headers={"Content-Type": "application/pdf"})
    with client_for(lambda request: response) as client:
        assert client.get_commercial_invoice("EC-1").data == pdf


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (httpx.Response(200, content=b""), "empty answer"),
        (
            httpx.Response(200, content=b"{", headers={"Content-Type": "application/json"}),
            "not valid JSON",
        ),
        (
            httpx.Response(200, text="<html>hi</html>", headers={"Content-Type": "text/html"}),
            "instead of JSON",
        ),
        (json_response({"Reference": 5, "ConsignmentState": ["x"]}), "not in the expected shape"),
        (json_response(["not", "an", "object"]), "not in the expected shape"),
    ],
)
def test_unusable_answers_are_clear_errors(response: httpx.Response, message: str) -> None:
    with client_for(lambda request: response) as client:
        with pytest.raises(ProResponseError, match=message):
            client.get_consignment("EC-000-000-001")


def test_a_label_answer_without_a_file_is_a_clear_error() -> None:
    with client_for(lambda request: json_response({"File": None, "ContentType": None})) as client:
        with pytest.raises(ProResponseError, match="no file"):
            client.get_labels("EC-1")


def test_create_answer_without_a_reference_is_a_clear_error() -> None:
    with client_for(lambda request: json_response([], 201)) as client:
        with pytest.raises(ProResponseError, match="which reference"):
            client.create_consignment(m.CreateConsignmentRequest(packages=[], addresses=[]))


def test_select_option_is_sent_once_even_when_pro_fails() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return httpx.Response(503)

    with client_for(handler) as client, pytest.raises(ProUnavailableError):
        client.select_option("EDO-000-000-001")
    assert len(calls) == 1


def test_reads_are_retried_but_allocations_are_not() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(502)

    with client_for(handler) as client:
        with pytest.raises(ProUnavailableError):
            client.get_consignment_status("EC-1")
        assert calls == ["GET"] * 3
        calls.clear()
        with pytest.raises(ProUnavailableError):
            client.allocate_with_cheapest_quote("EC-1")
        assert calls == ["PUT"]


def test_the_key_is_not_in_the_client_repr() -> None:
    with client_for(lambda request: json_response({})) as client:
        assert "secret-key-123" not in repr(client)


def test_one_client_serves_many_threads() -> None:
    lock = threading.Lock()
    threads_seen: set[int] = set()

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            threads_seen.add(threading.get_ident())
        reference = request.url.path.rsplit("/", 2)[-2]
        return json_response(
            {"ConsignmentReferenceForAllLegsAssignedByMpd": reference, "Status": "Allocated"}
        )

    references = [f"EC-000-000-{index:03d}" for index in range(64)]
    with client_for(handler) as client, ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(client.get_consignment_status, references))
    assert [s.consignment_reference_for_all_legs_assigned_by_mpd for s in statuses] == references
    assert len(threads_seen) > 1


def test_update_consignment_sends_back_fields_it_does_not_know() -> None:
    sent: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return json_response([{"Rel": "Link", "Href": "https://x/consignments/EC-1"}])

    consignment = m.UpdateConsignmentRequest.model_validate(
        {"Reference": "EC-1", "SomethingNewFromPro": {"Kept": True}}
    )
    with client_for(handler) as client:
        links = client.update_consignment(consignment)
    assert sent == [{"Reference": "EC-1", "SomethingNewFromPro": {"Kept": True}}]
    assert links[0].href == "https://x/consignments/EC-1"
