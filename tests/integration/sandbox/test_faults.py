"""Deliberate faults: error statuses with Retry-After, counts, latency and the lost response."""

from __future__ import annotations

import httpx
import pytest

from packstation.pro import (
    ProClient,
    ProConnectionError,
    ProThrottledError,
    ProUnavailableError,
    SearchTerms,
)
from packstation.pro import models as m
from packstation.sandbox.faults import parse_fault_spec
from packstation.sandbox.testing import SandboxControl
from tests.integration.sandbox import bodies


def test_lost_response_is_applied_and_committed(pro: ProClient, control: SandboxControl) -> None:
    control.add_fault("POST", "/consignments", lose_response=True, times=1)
    request = m.CreateConsignmentRequest.model_validate(bodies.consignment("LOST-1"))
    with pytest.raises(ProConnectionError):
        pro.create_consignment(request)
    found = pro.find_consignment_references(SearchTerms(reference_provided_by_customer="LOST-1"))
    assert len(found) == 1
    assert pro.get_consignment(found[0]).consignment_state == m.ConsignmentState.UNALLOCATED
    assert control.faults() == []
    pro.create_consignment(request)
    again = pro.find_consignment_references(SearchTerms(reference_provided_by_customer="LOST-1"))
    assert len(again) == 2


def test_lost_allocation_response_leaves_the_consignment_allocated(
    pro: ProClient, control: SandboxControl
) -> None:
    reference = pro.create_consignment(
        m.CreateConsignmentRequest.model_validate(bodies.consignment("LOST-2"))
    )
    control.add_fault("PUT", "/allocation/*", lose_response=True, times=1)
    with pytest.raises(ProConnectionError):
        pro.allocate_with_cheapest_quote(reference)
    assert pro.get_consignment(reference).consignment_state == m.ConsignmentState.ALLOCATED


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_answer_the_error_body_and_do_not_apply(
    http: httpx.Client, control: SandboxControl, status: int
) -> None:
    control.add_fault("POST", "/consignments", status=status, times=1)
    response = http.post("/consignments", json=bodies.consignment("FAIL"))
    assert response.status_code == status
    assert set(response.json()) >= {"Code", "Message", "CorrelationId"}
    assert http.get("/consignments/getConsignmentReferences").json() == []
    assert http.post("/consignments", json=bodies.consignment("FAIL")).status_code == 201


def test_throttling_carries_retry_after(pro: ProClient, control: SandboxControl) -> None:
    control.add_fault("GET", "/carriers*", status=429, retry_after_s=7, times=2)
    for _ in range(2):
        with pytest.raises(ProThrottledError) as raised:
            pro.carriers()
        assert raised.value.retry_after_s == 7
    assert pro.carriers()


def test_count_limited_fault_then_success(pro: ProClient, control: SandboxControl) -> None:
    control.add_fault("*", "/shippinglocations", status=503, times=3)
    for remaining in (2, 1, 0):
        with pytest.raises(ProUnavailableError):
            pro.shipping_locations()
        assert [rule["Times"] for rule in control.faults()] == ([remaining] if remaining else [])
    assert pro.shipping_locations()


def test_a_retrying_client_gets_through_a_one_shot_fault(
    sandbox_base_url: str, control: SandboxControl
) -> None:
    control.add_fault("GET", "/packagesizes", status=503, times=1)
    with ProClient(sandbox_base_url, "key", max_retries=2) as pro:
        assert pro.package_sizes()
    assert control.faults() == []


def test_latency_is_added_and_the_request_still_answers(
    http: httpx.Client, control: SandboxControl
) -> None:
    control.add_fault("GET", "/carriers/getcarriers", latency_s=0.2, times=1)
    assert http.get("/carriers/getcarriers").status_code == 200
    assert control.faults() == []


def test_timeout_when_latency_exceeds_the_client_budget(
    sandbox_base_url: str, control: SandboxControl
) -> None:
    control.add_fault("GET", "/carrierservices", latency_s=1.5, times=1)
    with ProClient(sandbox_base_url, "key", max_retries=0, timeout_s=0.3) as pro:
        with pytest.raises(ProConnectionError):
            pro.carrier_services()


def test_faults_never_touch_the_control_api(http: httpx.Client, control: SandboxControl) -> None:
    control.add_fault("*", "*", status=500)
    assert http.get("/carriers").status_code == 500
    assert len(control.faults()) == 1
    control.clear_faults()
    assert http.get("/carriers").status_code == 200


def test_invalid_fault_rules_are_refused(http: httpx.Client) -> None:
    for rule in (
        {"Path": "/x", "Status": 404},
        {"Path": "/x"},
        {"Path": "/x", "Times": 0, "LatencyS": 1},
    ):
        assert http.post("/_sandbox/faults", json=rule).status_code == 400


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("PUT /allocation/* 503 x2", {"Method": "PUT", "Status": 503, "Times": 2}),
        ("GET /labels/* 429@5", {"Status": 429, "RetryAfterS": 5, "Times": None}),
        ("POST /consignments lost x1", {"LoseResponse": True, "Times": 1}),
        ("* /quotes* latency=2", {"Method": "*", "LatencyS": 2.0}),
    ],
)
def test_command_line_fault_specs(spec: str, expected: dict[str, object]) -> None:
    wire = parse_fault_spec(spec).to_wire()
    assert {key: wire[key] for key in expected} == expected


@pytest.mark.parametrize("spec", ["PUT /x", "PUT /x 404", "PUT /x lost 3", "PUT /x nonsense"])
def test_bad_command_line_fault_specs(spec: str) -> None:
    with pytest.raises(ValueError):
        parse_fault_spec(spec)
