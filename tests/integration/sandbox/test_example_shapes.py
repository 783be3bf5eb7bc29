"""Every documented response example is reproduced, key for key and type for type."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from packstation.sandbox.testing import SandboxControl
from tests.integration.sandbox import bodies
from tests.integration.sandbox.shapes import shape_differences

# Differences SPEC documents for these shapes (regular expressions over the difference text).
DOCUMENTED_DIFFERENCES = {
    "00_error_response": [r"\$\.Details: not in the example"],
    "12_get_consignment_response": [r"\$\.LocationInformation: not in the example"],
    "29_get_customs_documents_response": [r"\$\.CN23Documents: not in the example"],
    "31_manifest_from_query_response": [r"\$\.FailedConsignments: not in the example"],
    "45_pack_order_response": [r"\$\.Results\[\d+\]\.(Message|Data): not in the example"],
    # SPEC §6.3.2: CheapestQuote is null when no service of the group can quote.
    "47_get_service_group_quotes_response": [r"\$\[\d+\]\.CheapestQuote: null instead of object"],
}


class Bench:
    """Helpers that drive the sandbox into the state each example shows."""

    def __init__(self, http: httpx.Client, examples: Path, control: SandboxControl) -> None:
        self.http = http
        self.examples = examples
        self.control = control

    def example(self, name: str) -> Any:
        return json.loads((self.examples / f"{name}.json").read_text())

    def ok(self, response: httpx.Response) -> Any:
        assert response.status_code < 300, response.text
        return response.json() if response.content else None

    def create(self, body: dict[str, Any] | None = None) -> str:
        body = body or self.example("09_create_consignment_request")
        links = self.ok(self.http.post("/consignments", json=body))
        return str(links[0]["Href"].rsplit("/", 1)[1])

    def allocated(self, body: dict[str, Any] | None = None) -> str:
        reference = self.create(body)
        self.ok(self.http.put(f"/allocation/{reference}/allocatewithcheapestquote"))
        return reference

    def international(self, value: float) -> str:
        package = bodies.package(1.0, value=value, Items=[bodies.item("SKU-1", 1, value)])
        paris = bodies.destination("75001", "FR", "Paris")
        return self.allocated(bodies.consignment("INT", packages=[package], to=paris))

    def options(self) -> list[dict[str, Any]]:
        request = self.example("01_delivery_options_request")
        return list(self.ok(self.http.post("/deliveryoptions", json=request))["DeliveryOptions"])

    def order(self) -> str:
        links = self.ok(self.http.post("/orders", json=self.example("38_create_order_request")))
        return str(links[0]["Href"].rsplit("/", 1)[1])


def _update_request(bench: Bench) -> Any:
    body = bench.example("17_update_consignment_request")
    body["Reference"] = bench.create()
    body["Addresses"][0]["ShippingLocationReference"] = "Sorted1"
    return bench.ok(bench.http.put("/consignments/", json=body))


def _select_as_order(bench: Bench) -> Any:
    body = bench.example("08_select_option_as_order_request")
    body["DeliveryOptions"][0]["Reference"] = bench.options()[0]["Reference"]
    return bench.ok(bench.http.post("/deliveryoptions/selectorder", json=body))


def _update_order(bench: Bench) -> Any:
    body = bench.example("42_update_order_request")
    body["OrderReference"] = bench.order()
    return bench.ok(bench.http.put(f"/orders/{body['OrderReference']}", json=body))


def _pack(bench: Bench) -> Any:
    body = bench.example("45_pack_order_request")
    body["OrderReference"] = bench.order()
    return bench.ok(bench.http.post(f"/orders/{body['OrderReference']}/pack", json=body))


def _events(bench: Bench) -> Any:
    reference = bench.allocated()
    bench.ok(bench.http.put("/consignments/manifest", json={"ConsignmentReferences": [reference]}))
    bench.control.advance_clock(3 * 24 * 3600)
    return bench.ok(bench.http.get(f"/tracking/flattened/{reference}"))


def _quotes(bench: Bench, path: str, request: str) -> Any:
    body = bench.example(request)
    # The documented dates lie in 2020; no service can still meet them.
    body.pop("RequestedDeliveryDate", None)
    body.pop("ShippingDate", None)
    for address in body["Addresses"]:
        if address.get("ShippingLocationReference"):
            address["ShippingLocationReference"] = "Sorted1"
    return bench.ok(bench.http.post(path, json=body))


SCENARIOS: dict[str, Callable[[Bench], Any]] = {
    "00_error_response": lambda b: b.http.get("/consignments/EC-ZZZ-ZZZ-ZZZ").json(),
    "01_delivery_options_response": lambda b: {"DeliveryOptions": b.options()},
    "02_delivery_options_detailed_response": lambda b: {"DeliveryOptions": b.options()},
    "03_delivery_options_summary_response": lambda b: b.ok(
        b.http.post("/deliveryoptions/summary", json=b.example("01_delivery_options_request"))
    ),
    "07_select_option_response": lambda b: b.ok(
        b.http.post(f"/deliveryoptions/select/{b.options()[0]['Reference']}")
    ),
    "08_select_option_as_order_response": _select_as_order,
    "09_create_consignment_response": lambda b: b.ok(
        b.http.post("/consignments", json=b.example("09_create_consignment_request"))
    ),
    "12_get_consignment_response": lambda b: b.ok(b.http.get(f"/consignments/{b.create()}")),
    "14_get_consignment_status_response": lambda b: b.ok(
        b.http.get(f"/consignments/{b.allocated()}/status")
    ),
    "15_get_consignments_references_response": lambda b: (
        [b.create(), b.create()]
        and b.ok(b.http.get("/consignments/getConsignmentReferences?State=Unallocated"))
    ),
    "17_update_consignment_response": _update_request,
    "19_add_package_response": lambda b: b.ok(
        b.http.post(
            f"/consignments/{b.create()}/addpackage", json=b.example("19_add_package_request")
        )
    ),
    "20_cancel_consignments_response": lambda b: b.ok(
        b.http.put("/consignments/cancellist", json=[b.create(), b.create()])
    ),
    "22_allocation_summary_response": lambda b: b.ok(
        b.http.put("/allocation/allocate", json={"ConsignmentReferences": [b.create()]})
    ),
    "24_allocate_with_quote_response": lambda b: _allocate_with_quote(b),
    "26_deallocate_consignments_response": lambda b: b.ok(
        b.http.put("/consignments/deallocatelist", json=[b.allocated()])
    ),
    "27_get_labels_response": lambda b: b.ok(b.http.get(f"/labels/{b.allocated()}")),
    "28_get_labels_in_format_response": lambda b: b.ok(b.http.get(f"/labels/{b.allocated()}/pdf")),
    "29_get_customs_documents_response": lambda b: b.ok(
        b.http.get(f"/consignments/docs/{b.international(120.0)}")
    ),
    "30_manifest_consignments_response": lambda b: b.ok(
        b.http.put("/consignments/manifest", json={"ConsignmentReferences": [b.allocated()]})
    ),
    "31_manifest_from_query_response": lambda b: (
        b.allocated()
        and b.ok(b.http.post("/consignments/manifestFromQuery", json={"States": ["Allocated"]}))
    ),
    "33_set_ready_to_ship_response": lambda b: b.ok(
        b.http.put("/consignments/setreadytoship", json=[b.allocated()])
    ),
    "34_set_not_ready_to_ship_response": lambda b: _not_ready(b),
    "37_get_events_per_package_response": _events,
    "38_create_order_response": lambda b: b.ok(
        b.http.post("/orders", json=b.example("38_create_order_request"))
    ),
    "42_update_order_response": _update_order,
    "45_pack_order_response": _pack,
    "46_get_quotes_response": lambda b: _quotes(b, "/quotes/", "46_get_quotes_request"),
    "47_get_service_group_quotes_response": lambda b: _quotes(
        b, "/quotes/serviceGroups", "47_get_service_group_quotes_request"
    ),
    "52_get_customs_documents_cn23_response": lambda b: b.ok(
        b.http.get(f"/consignments/docs/{b.international(400.0)}")
    ),
}


def _allocate_with_quote(bench: Bench) -> Any:
    reference = bench.create()
    quote = bench.ok(bench.http.get(f"/quotes/consignment/{reference}"))["Quotes"][0]
    path = f"/allocation/{reference}/allocatewithquote/{quote['QuoteReference']}"
    return bench.ok(bench.http.put(path))


def _not_ready(bench: Bench) -> Any:
    reference = bench.allocated()
    bench.ok(bench.http.put("/consignments/setreadytoship", json=[reference]))
    return bench.ok(bench.http.put("/consignments/setnotreadytoship", json=[reference]))


def test_every_response_example_has_a_scenario(examples_dir: Path) -> None:
    documented = {path.stem for path in examples_dir.glob("*_response.json")}
    assert documented == set(SCENARIOS)


def _expected(bench: Bench, name: str) -> Any:
    """Return the example, with the service-group quotes in the full quote shape.

    The service-group example abbreviates its quotes (addresses with two keys, ``TaxAmount``
    instead of ``VatAmount``, SPEC §9 #15); the sandbox sends every quote in the full shape of the
    Get Quotes example, which the client must read anyway. Every group is compared with the
    example's first group (the second only differs by having no quote).
    """
    example = bench.example(name)
    if name == "47_get_service_group_quotes_response":
        full_quote = bench.example("46_get_quotes_response")["Quotes"][0]
        group = example[0]
        group["CheapestQuote"] = full_quote
        group["Quotes"] = [full_quote]
        example = [group]
    return example


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_response_reproduces_the_example_shape(
    name: str, http: httpx.Client, control: SandboxControl, examples_dir: Path
) -> None:
    bench = Bench(http, examples_dir, control)
    actual = SCENARIOS[name](bench)
    differences = shape_differences(_expected(bench, name), actual)
    allowed = [re.compile(pattern) for pattern in DOCUMENTED_DIFFERENCES.get(name, [])]
    assert [d for d in differences if not any(p.fullmatch(d) for p in allowed)] == []
