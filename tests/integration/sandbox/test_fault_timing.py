"""Fault effects around the commit: reset before the handler, timeouts before and after it."""

from __future__ import annotations

import httpx
import pytest

from packstation.pro import ProClient, ProConnectionError
from packstation.pro import models as m
from packstation.sandbox.faults import parse_fault_spec
from packstation.sandbox.testing import SandboxControl
from tests.integration.sandbox import bodies

CLIENT_TIMEOUT_S = 0.3
DELAY_S = 0.8


def _request(customer_reference: str) -> m.CreateConsignmentRequest:
    return m.CreateConsignmentRequest.model_validate(bodies.consignment(customer_reference))


def _impatient(base_url: str) -> ProClient:
    return ProClient(base_url, "key", max_retries=0, timeout_s=CLIENT_TIMEOUT_S)


def test_reset_drops_the_connection_before_anything_commits(
    pro: ProClient, control: SandboxControl
) -> None:
    control.add_fault("POST", "/consignments", reset=True, times=1)
    with pytest.raises(ProConnectionError):
        pro.create_consignment(_request("RESET-1"))
    assert control.ledger() == []
    assert control.faults() == []
    pro.create_consignment(_request("RESET-1"))
    assert [entry.kind for entry in control.ledger()] == ["create"]


def test_a_request_that_times_out_before_the_handler_still_commits(
    sandbox_base_url: str, control: SandboxControl
) -> None:
    control.add_fault("POST", "/consignments", latency_s=DELAY_S, times=1)
    with _impatient(sandbox_base_url) as pro, pytest.raises(ProConnectionError):
        pro.create_consignment(_request("SLOW-1"))
    # The client gave up; the sandbox still works on it until its handler has committed.
    control.wait_until_idle()
    assert control.requests_in_flight() == 0
    assert [entry.kind for entry in control.ledger()] == ["create"]


def test_an_answer_held_back_after_commit_times_out_the_client(
    sandbox_base_url: str, control: SandboxControl
) -> None:
    control.add_fault(
        "POST", "/consignments", latency_s=DELAY_S, latency_after_commit=True, times=1
    )
    with _impatient(sandbox_base_url) as pro, pytest.raises(ProConnectionError):
        pro.create_consignment(_request("LATE-1"))
    # Committed before the client gave up: the entry is there at once.
    assert [entry.kind for entry in control.ledger()] == ["create"]


def test_a_held_back_answer_arrives_for_a_patient_client(
    pro: ProClient, control: SandboxControl
) -> None:
    control.add_fault("POST", "/consignments", latency_s=0.2, latency_after_commit=True, times=1)
    reference = pro.create_consignment(_request("LATE-2"))
    assert [(e.kind, e.reference) for e in control.ledger()] == [("create", reference)]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("POST /consignments reset x1", {"Reset": True, "Times": 1}),
        ("PUT /allocation/* late=2", {"LatencyS": 2.0, "LatencyAfterCommit": True}),
    ],
)
def test_command_line_specs_for_reset_and_late(spec: str, expected: dict[str, object]) -> None:
    wire = parse_fault_spec(spec).to_wire()
    assert {key: wire[key] for key in expected} == expected


@pytest.mark.parametrize(
    "rule",
    [
        {"Path": "/x", "Reset": True, "LoseResponse": True},
        {"Path": "/x", "Reset": True, "Status": 500},
        {"Path": "/x", "LatencyAfterCommit": True},
        {"Path": "/x", "LatencyAfterCommit": True, "LatencyS": 1, "Status": 503},
    ],
)
def test_contradictory_rules_are_refused(sandbox_base_url: str, rule: dict[str, object]) -> None:
    response = httpx.post(f"{sandbox_base_url}/_sandbox/faults", json=rule, timeout=10.0)
    assert response.status_code == 400
