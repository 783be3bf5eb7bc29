"""Contract: every documented response example parses through the matching client method.

An httpx MockTransport plays PRO: for each call it checks the method and path the SPEC gives and
answers with the example file. The parsed result, serialised back, must keep every field of the
example (nothing lost, nothing renamed). Request examples sent through the client must reach the
wire with exactly the documented keys.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import BaseModel

from packstation.pro import models as m
from packstation.pro.client import ProClient
from packstation.pro.documents import DocumentFormat
from packstation.pro.errors import ProNotFoundError, ProResponseError
from packstation.pro.models.base import to_wire
from packstation.pro.search import SearchTerms
from tests.contract.shapes import missing_and_added, normalised, undeclared_keys

EC = "EC-000-05B-MMA"


class FakePro:
    """Answers exactly one expected request with an example file, recording what was sent."""

    def __init__(
        self, examples: Path, method: str, path: str, answer: str | bytes, status: int
    ) -> None:
        self.examples, self.method, self.path, self.status = examples, method, path, status
        self.answer = answer
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        assert request.method == self.method, f"{request.method} sent, {self.method} expected"
        assert request.url.path == self.path, f"{request.url.path} sent, {self.path} expected"
        if isinstance(self.answer, bytes):
            return httpx.Response(self.status, content=self.answer)
        body = (self.examples / self.answer).read_bytes()
        return httpx.Response(
            self.status, content=body, headers={"Content-Type": "application/json; charset=utf-8"}
        )


def load(examples: Path, name: str) -> Any:
    return json.loads((examples / name).read_text(encoding="utf-8"))


def request_model(examples: Path, name: str, model: type[BaseModel]) -> Any:
    return model.model_validate(load(examples, name))


def call(
    examples: Path,
    method: str,
    path: str,
    answer: str | bytes,
    action: Callable[[ProClient], Any],
    status: int = 200,
) -> tuple[Any, FakePro]:
    fake = FakePro(examples, method, path, answer, status)
    with ProClient(
        "https://api.example.test", "key", transport=httpx.MockTransport(fake)
    ) as client:
        result = action(client)
    assert len(fake.sent) == 1
    return result, fake


def dump(result: Any) -> Any:
    if isinstance(result, BaseModel):
        return to_wire(result)
    if isinstance(result, list):
        return [dump(item) for item in result]
    return result


@dataclass(frozen=True)
class Case:
    """One documented exchange: the answer example, the call's method and path, its request."""

    response: str
    method: str
    path: str
    request: str | None
    invoke: Callable[[ProClient, Any], Any]

    @property
    def id(self) -> str:
        return self.response.removesuffix(".json")


def model(model_type: type[BaseModel]) -> Callable[[Any], Any]:
    return model_type.model_validate


CASES = [
    Case(
        "01_delivery_options_response.json",
        "POST",
        "/deliveryoptions",
        "01_delivery_options_request.json",
        lambda c, b: c.delivery_options(model(m.DeliveryOptionsRequest)(b)),
    ),
    Case(
        "02_delivery_options_detailed_response.json",
        "POST",
        "/deliveryoptions",
        "02_delivery_options_detailed_request.json",
        lambda c, b: c.delivery_options(model(m.DeliveryOptionsRequest)(b)),
    ),
    Case(
        "03_delivery_options_summary_response.json",
        "POST",
        "/deliveryoptions/summary",
        "01_delivery_options_request.json",
        lambda c, b: c.delivery_option_summary(model(m.DeliveryOptionsRequest)(b)),
    ),
    Case(
        "07_select_option_response.json",
        "POST",
        "/deliveryoptions/select/EDO-000-6DX-6XP",
        None,
        lambda c, b: c.select_option("EDO-000-6DX-6XP"),
    ),
    Case(
        "08_select_option_as_order_response.json",
        "POST",
        "/deliveryoptions/selectorder",
        "08_select_option_as_order_request.json",
        lambda c, b: c.select_option_as_order(model(m.SelectOptionAsOrderRequest)(b)),
    ),
    Case(
        "12_get_consignment_response.json",
        "GET",
        "/consignments/EC-000-05C-ZB4",
        None,
        lambda c, b: c.get_consignment("EC-000-05C-ZB4"),
    ),
    Case(
        "14_get_consignment_status_response.json",
        "GET",
        f"/consignments/{EC}/status",
        None,
        lambda c, b: c.get_consignment_status(EC),
    ),
    Case(
        "15_get_consignments_references_response.json",
        "GET",
        "/consignments/getConsignmentReferences",
        None,
        lambda c, b: c.find_consignment_references(
            SearchTerms(state="Allocated", direction="Inbound")
        ),
    ),
    Case(
        "17_update_consignment_response.json",
        "PUT",
        "/consignments/",
        "17_update_consignment_request.json",
        lambda c, b: c.update_consignment(model(m.UpdateConsignmentRequest)(b)),
    ),
    Case(
        "19_add_package_response.json",
        "POST",
        f"/consignments/{EC}/addpackage",
        "19_add_package_request.json",
        lambda c, b: c.add_package(EC, model(m.Package)(b)),
    ),
    Case(
        "20_cancel_consignments_response.json",
        "PUT",
        "/consignments/cancellist",
        "20_cancel_consignments_request.json",
        lambda c, b: c.cancel_consignments(b),
    ),
    Case(
        "22_allocation_summary_response.json",
        "PUT",
        "/allocation/allocate",
        "21_allocate_using_default_rules_request.json",
        lambda c, b: c.allocate(b["ConsignmentReferences"]),
    ),
    Case(
        "24_allocate_with_quote_response.json",
        "PUT",
        f"/allocation/{EC}/allocatewithquote/49a01165-e512-4287-9a6a-ab8400f3600b",
        None,
        lambda c, b: c.allocate_with_quote(EC, "49a01165-e512-4287-9a6a-ab8400f3600b"),
    ),
    Case(
        "26_deallocate_consignments_response.json",
        "PUT",
        "/consignments/deallocatelist",
        "26_deallocate_consignments_request.json",
        lambda c, b: c.deallocate_consignments(b),
    ),
    Case(
        "30_manifest_consignments_response.json",
        "PUT",
        "/consignments/manifest",
        "30_manifest_consignments_request.json",
        lambda c, b: c.manifest_consignments(b["ConsignmentReferences"]),
    ),
    Case(
        "31_manifest_from_query_response.json",
        "POST",
        "/consignments/manifestFromQuery",
        "31_manifest_from_query_request.json",
        lambda c, b: c.manifest_from_query(model(m.ManifestFromQueryRequest)(b)),
    ),
    Case(
        "33_set_ready_to_ship_response.json",
        "PUT",
        "/consignments/setreadytoship",
        "33_set_ready_to_ship_request.json",
        lambda c, b: c.set_ready_to_ship(b),
    ),
    Case(
        "34_set_not_ready_to_ship_response.json",
        "PUT",
        "/consignments/setnotreadytoship",
        "34_set_not_ready_to_ship_request.json",
        lambda c, b: c.set_not_ready_to_ship(b),
    ),
    Case(
        "37_get_events_per_package_response.json",
        "GET",
        f"/tracking/flattened/{EC}",
        None,
        lambda c, b: c.get_package_events(EC),
    ),
    Case(
        "42_update_order_response.json",
        "PUT",
        "/orders/EO-000-002-K0R",
        "42_update_order_request.json",
        lambda c, b: c.update_order(model(m.UpdateOrderRequest)(b)),
    ),
    Case(
        "45_pack_order_response.json",
        "POST",
        "/orders/EO-000-002-0TS/pack",
        "45_pack_order_request.json",
        lambda c, b: c.pack_order("EO-000-002-0TS", model(m.PackOrderRequest)(b)),
    ),
    Case(
        "46_get_quotes_response.json",
        "POST",
        "/quotes/",
        "46_get_quotes_request.json",
        lambda c, b: c.get_quotes(model(m.CreateConsignmentRequest)(b)),
    ),
    Case(
        "47_get_service_group_quotes_response.json",
        "POST",
        "/quotes/serviceGroups",
        "47_get_service_group_quotes_request.json",
        lambda c, b: c.get_service_group_quotes(model(m.CreateConsignmentRequest)(b)),
    ),
]


def run_case(examples: Path, case: Case) -> tuple[Any, FakePro]:
    body = load(examples, case.request) if case.request else None
    return call(examples, case.method, case.path, case.response, lambda c: case.invoke(c, body))


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_response_example_parses_without_losing_fields(examples_dir: Path, case: Case) -> None:
    result, _ = run_case(examples_dir, case)
    missing, added = missing_and_added(load(examples_dir, case.response), dump(result))
    assert not missing, f"fields lost: {sorted(missing)}"
    assert not added, f"fields invented: {sorted(added)}"
    assert undeclared_keys(result) == [], "example keys must land in declared fields"


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_request_bodies_reach_the_wire_as_documented(examples_dir: Path, case: Case) -> None:
    _, fake = run_case(examples_dir, case)
    sent = fake.sent[0].content
    if case.request is None:
        assert sent == b""
        return
    documented = load(examples_dir, case.request)
    wire = json.loads(sent)
    missing, added = missing_and_added(documented, wire)
    assert not missing and not added, (sorted(missing), sorted(added))
    assert normalised(wire) == normalised(documented)


@pytest.mark.parametrize(
    ("example", "path", "action", "reference"),
    [
        (
            "09_create_consignment_response.json",
            "/consignments",
            lambda ex, c: c.create_consignment(
                request_model(ex, "09_create_consignment_request.json", m.CreateConsignmentRequest)
            ),
            "EC-000-05B-MMA",
        ),
        (
            "38_create_order_response.json",
            "/orders",
            lambda ex, c: c.create_order(
                request_model(ex, "38_create_order_request.json", m.CreateOrderRequest)
            ),
            None,
        ),
    ],
)
def test_create_calls_return_the_new_reference(
    examples_dir: Path, example: str, path: str, action: Callable[..., str], reference: str | None
) -> None:
    links = load(examples_dir, example)
    expected = reference or links[-1]["Href"].rsplit("/", 1)[-1]
    result, _ = call(examples_dir, "POST", path, example, lambda c: action(examples_dir, c), 201)
    assert result == expected


def test_documented_error_body_becomes_a_not_found_error(examples_dir: Path) -> None:
    body = load(examples_dir, "00_error_response.json")
    with pytest.raises(ProNotFoundError) as caught:
        call(
            examples_dir,
            "GET",
            f"/consignments/{EC}",
            "00_error_response.json",
            lambda c: c.get_consignment(EC),
            status=404,
        )
    assert caught.value.api_code == body["Code"]
    assert caught.value.correlation_id == body["CorrelationId"]
    assert body["Message"] in caught.value.message


@pytest.mark.parametrize(
    "example", ["27_get_labels_response.json", "28_get_labels_in_format_response.json"]
)
def test_truncated_documentation_labels_give_a_clear_error(
    examples_dir: Path, example: str
) -> None:
    # The documented File values are shortened with a literal " ... " (CORRECTIONS.md): they
    # cannot be decoded, and the client must say so rather than hand on garbage to a printer.
    path = f"/labels/{EC}/PDF" if example.startswith("28") else f"/labels/{EC}"
    fmt = m.LabelFormat.PDF if example.startswith("28") else None
    with pytest.raises(ProResponseError, match="not valid base64"):
        call(examples_dir, "GET", path, example, lambda c: c.get_labels(EC, fmt))


def test_labels_in_the_documented_double_encoding_are_decoded(examples_dir: Path) -> None:
    pdf = b"%PDF-1.4\n%\xd3\xeb\xe9\xe1\n1 0 obj<<>>endobj\n%%EOF\n"
    shaped = load(examples_dir, "27_get_labels_response.json")
    shaped["File"] = base64.b64encode(base64.b64encode(pdf)).decode()
    answer = json.dumps(shaped).encode()
    document, _ = call(
        examples_dir,
        "GET",
        f"/labels/{EC}/ZPL/203",
        answer,
        lambda c: c.get_labels(EC, m.LabelFormat.ZPL, dpi=203),
    )
    assert document.data == pdf and document.format is DocumentFormat.PDF


@pytest.mark.parametrize(
    "example",
    ["29_get_customs_documents_response.json", "52_get_customs_documents_cn23_response.json"],
)
def test_customs_documents_decode_with_their_names(examples_dir: Path, example: str) -> None:
    shaped = load(examples_dir, example)
    with pytest.raises(
        ProResponseError, match="not valid base64"
    ):  # "(document data)" placeholders
        call(
            examples_dir,
            "GET",
            f"/consignments/docs/{EC}",
            example,
            lambda c: c.get_customs_documents(EC),
        )
    pdf = b"%PDF-1.7\n%%EOF\n"
    for key in ("CommercialInvoiceDocuments", "CN22Documents", "CN23Documents"):
        for entry in shaped.get(key) or []:
            entry["Value"] = base64.b64encode(pdf).decode()
    documents, _ = call(
        examples_dir,
        "GET",
        f"/consignments/docs/{EC}",
        json.dumps(shaped).encode(),
        lambda c: c.get_customs_documents(EC),
    )
    names = [
        entry["Key"]
        for key in ("CommercialInvoiceDocuments", "CN22Documents", "CN23Documents")
        for entry in shaped.get(key) or []
    ]
    assert [named.name for named in documents.all] == names
    assert all(named.document.data == pdf for named in documents.all)


def test_every_response_example_is_covered(examples_dir: Path) -> None:
    covered = {case.response for case in CASES} | {
        "00_error_response.json",
        "09_create_consignment_response.json",
        "38_create_order_response.json",
        "27_get_labels_response.json",
        "28_get_labels_in_format_response.json",
        "29_get_customs_documents_response.json",
        "52_get_customs_documents_cn23_response.json",
    }
    responses = {path.name for path in examples_dir.glob("*_response.json")}
    assert responses - covered == set()
