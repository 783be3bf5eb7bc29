"""Every call from a state SPEC §5.3 does not allow answers an error and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from packstation.sandbox.routes_control import KNOWN_STATES
from packstation.sandbox.states import ALLOWED_FROM, Action
from packstation.sandbox.testing import SandboxControl
from tests.integration.sandbox import bodies

Refusal = Callable[[httpx.Client, str, str], None]


def _error(response: httpx.Response) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    assert set(body) >= {"Code", "Message", "CorrelationId", "Details"}
    assert body["Code"] and body["Message"]


def _bulk_failed(response: httpx.Response) -> None:
    assert response.status_code == 200, response.text
    [result] = response.json()
    assert result["IsSuccess"] is False and result["Message"]


def _allocation_failed(response: httpx.Response) -> None:
    assert response.status_code == 200, response.text
    [summary] = response.json()
    assert summary["StatusCode"] == 400 and "Cannot allocate" in summary["Description"]


def _package(http: httpx.Client, ref: str) -> str:
    return str(http.get(f"/consignments/{ref}").json()["Packages"][0]["Reference"])


REFUSALS: dict[Action, list[Refusal]] = {
    Action.ALLOCATE: [
        lambda h, ref, _: _error(h.put(f"/allocation/{ref}/allocatewithcheapestquote")),
        lambda h, ref, _: _allocation_failed(
            h.put("/allocation/allocate", json={"ConsignmentReferences": [ref]})
        ),
        lambda h, ref, _: _error(h.put(f"/allocation/{ref}/allocatewithservicegroup/nextDay")),
    ],
    Action.EDIT: [
        lambda h, ref, _: _error(h.post(f"/consignments/{ref}/addpackage", json=bodies.package())),
        lambda h, ref, _: _error(h.delete(f"/packages/{_package(h, ref)}")),
        lambda h, ref, _: _error(
            h.put("/consignments/", json={**bodies.consignment(), "Reference": ref})
        ),
    ],
    Action.DEALLOCATE: [
        lambda h, ref, _: _error(h.put(f"/consignments/{ref}/deallocate")),
        lambda h, ref, _: _bulk_failed(h.put("/consignments/deallocatelist", json=[ref])),
    ],
    Action.SET_READY_TO_SHIP: [
        lambda h, ref, _: _bulk_failed(h.put("/consignments/setreadytoship", json=[ref])),
    ],
    Action.SET_NOT_READY_TO_SHIP: [
        lambda h, ref, _: _bulk_failed(h.put("/consignments/setnotreadytoship", json=[ref])),
    ],
    Action.MANIFEST: [
        lambda h, ref, _: _bulk_failed(
            h.put("/consignments/manifest", json={"ConsignmentReferences": [ref]})
        ),
    ],
    Action.DISPATCH: [
        lambda h, ref, _: _dispatch_failed(
            h.put("/consignments/Dispatch", json={"ConsignmentReferences": [ref]})
        ),
    ],
    Action.PRINT_LABELS: [
        lambda h, ref, _: _error(h.get(f"/labels/{ref}")),
        lambda h, ref, _: _error(h.get(f"/labels/{ref}/zpl")),
        lambda h, ref, _: _error(h.get(f"/labels/package/{ref}/{_package(h, ref)}/png")),
    ],
    Action.CUSTOMS_DOCUMENTS: [
        lambda h, ref, _: _error(h.get(f"/consignments/docs/{ref}")),
    ],
    Action.CANCEL: [
        lambda h, ref, _: _error(h.put(f"/consignments/{ref}/cancel")),
        lambda h, ref, _: _bulk_failed(h.put("/consignments/cancellist", json=[ref])),
    ],
}


def _dispatch_failed(response: httpx.Response) -> None:
    assert response.status_code == 200, response.text
    [result] = response.json()
    assert result["Status"] == "Failed" and result["HttpStatusCode"] == 400


def _allocated_consignment(http: httpx.Client) -> str:
    created = http.post("/consignments", json=bodies.consignment("SM"))
    reference = str(created.json()[0]["Href"].rsplit("/", 1)[1])
    allocated = http.put(f"/allocation/{reference}/allocatewithcheapestquote")
    assert allocated.json()[0]["StatusCode"] == 200
    return reference


@pytest.mark.parametrize("state", sorted(KNOWN_STATES))
def test_every_disallowed_action_is_refused(
    http: httpx.Client, control: SandboxControl, state: str
) -> None:
    reference = _allocated_consignment(http)
    before = http.get(f"/consignments/{reference}").json()
    control.force_state(reference, state)
    refused = [action for action, allowed in ALLOWED_FROM.items() if state not in allowed]
    for action in refused:
        for refusal in REFUSALS[action]:
            refusal(http, reference, state)
    after = http.get(f"/consignments/{reference}").json()
    assert after["ConsignmentState"] == state
    assert after["Packages"] == before["Packages"]
    assert after["Allocation"] == before["Allocation"]


def test_the_table_matches_spec_for_the_bench_states() -> None:
    allowed: dict[str, Any] = {action: ALLOWED_FROM[action] for action in Action}
    assert allowed[Action.ALLOCATE] == {"Unallocated", "AllocationFailed"}
    assert allowed[Action.DEALLOCATE] == {"Allocated", "Manifested", "ManifestFailed"}
    assert allowed[Action.MANIFEST] == {"Allocated", "ManifestFailed", "ReadyToShip"}
    assert "ReadyToShip" not in allowed[Action.CANCEL]
    assert "ReadyToShip" in allowed[Action.PRINT_LABELS]
    assert not {"Unallocated", "AllocationFailed", "Cancelled"} & allowed[Action.PRINT_LABELS]


def test_ready_to_ship_round_trip_then_manifest(http: httpx.Client) -> None:
    reference = _allocated_consignment(http)
    assert http.put("/consignments/setreadytoship", json=[reference]).json()[0]["IsSuccess"]
    _error(http.put(f"/consignments/{reference}/deallocate"))
    assert http.put("/consignments/setnotreadytoship", json=[reference]).json()[0]["IsSuccess"]
    state = http.get(f"/consignments/{reference}/status").json()["Status"]
    assert state == "Allocated"
