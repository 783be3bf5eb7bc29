"""Everything the sandbox sends lands in a declared field of the app's wire models.

A key the models do not declare would be kept as an extra and silently ignored by the app; this
test makes sure the sandbox and the models agree on every name, beyond the documented examples.
"""

from __future__ import annotations

from typing import Any

import httpx
from pydantic import TypeAdapter

from packstation.pro import models as m
from packstation.sandbox.testing import SandboxControl
from tests.contract.shapes import undeclared_keys
from tests.integration.sandbox import bodies


def _check(model: Any, body: Any) -> list[str]:
    parsed = TypeAdapter(model).validate_python(body)
    return undeclared_keys(parsed)


def _ok(response: httpx.Response) -> Any:
    assert response.status_code < 300, response.text
    return response.json()


def _responses(http: httpx.Client, control: SandboxControl) -> list[tuple[str, Any, Any]]:
    package = bodies.package(1.0, value=400.0, Items=[bodies.item("SKU-1", 1, 400.0)])
    paris = bodies.destination("75001", "FR", "Paris")
    body = bodies.consignment("AGREE", packages=[package, bodies.package()], to=paris)
    reference = _ok(http.post("/consignments", json=body))[0]["Href"].rsplit("/", 1)[1]
    found: list[tuple[str, Any, Any]] = []
    found.append(("quotes", m.QuoteResult, _ok(http.get(f"/quotes/consignment/{reference}"))))
    found.append(
        (
            "allocate",
            list[m.AllocationSummary],
            _ok(http.put("/allocation/allocate", json={"ConsignmentReferences": [reference]})),
        )
    )
    found.append(("consignment", m.Consignment, _ok(http.get(f"/consignments/{reference}"))))
    found.append(("search", m.ConsignmentSearchResult, _ok(http.get("/consignments/10/0"))))
    found.append(("customs", m.CustomsDocuments, _ok(http.get(f"/consignments/docs/{reference}"))))
    found.append(("labels", m.LabelFile, _ok(http.get(f"/labels/{reference}/zpl"))))
    _ok(http.put("/consignments/manifest", json={"ConsignmentReferences": [reference]}))
    found.append(
        ("manifests", list[m.ManifestFileInfo], _ok(http.get("/consignments/customer/manifests")))
    )
    control.advance_clock(5 * 24 * 3600)
    found.append(("tracking", m.TrackingResponse, _ok(http.get(f"/tracking/{reference}"))))
    found.append(
        ("flattened", m.PackageEventsResponse, _ok(http.get(f"/tracking/flattened/{reference}")))
    )
    found.append(
        (
            "dispatch",
            list[m.DispatchResult],
            _ok(http.put("/consignments/Dispatch", json={"ConsignmentReferences": [reference]})),
        )
    )
    found.append(("failed", m.Consignment, _failed_allocation(http)))
    found.append(("audit", list[m.AuditMessage], _ok(http.get(f"/consignments/{reference}/audit"))))
    other = _ok(http.post("/consignments", json=bodies.consignment("AL")))[0]["Href"]
    labelled = _ok(http.put(f"/allocation/{other.rsplit('/', 1)[1]}/labels/zpl"))
    found.append(("allocate and label", m.AllocateAndLabelsResponse, labelled))
    options = _ok(http.post("/deliveryoptions", json=bodies.consignment("OPT")))
    found.append(("options", m.DeliveryOptionsResponse, options))
    option = options["DeliveryOptions"][0]["Reference"]
    found.append(
        ("existing", m.ExistingDeliveryOption, _ok(http.get(f"/deliveryoptions/details/{option}")))
    )
    found.append(
        ("select", m.AllocationSummary, _ok(http.post(f"/deliveryoptions/select/{option}")))
    )
    pickup = {**bodies.consignment("PUDO"), "Distance": {"Unit": "Km", "Value": 1}, "MaxResults": 3}
    pickup_options = _ok(http.post("/deliveryoptions/pickupoptions", json=pickup))
    found.append(("pickup", m.PickupOptionsResponse, pickup_options))
    shop_option = pickup_options["Locations"][0]["DeliveryOptions"][0]["Reference"]
    selected = _ok(http.post(f"/deliveryoptions/select/{shop_option}"))
    shop_consignment = selected["ApiLinks"][0]["Href"].rsplit("/", 1)[1]
    found.append(
        ("pudo consignment", m.Consignment, _ok(http.get(f"/consignments/{shop_consignment}")))
    )
    order = _ok(http.post("/orders", json=bodies.order("O", [bodies.item("A")])))[0]["Href"].rsplit(
        "/", 1
    )[1]
    found.append(("order", m.Order, _ok(http.get(f"/orders/{order}"))))
    pack = {"Packages": [{"PackageSizeReference": "SMALL_BOX", "Items": [{"Sku": "A"}]}]}
    found.append(("pack", m.PackOrderResponse, _ok(http.post(f"/orders/{order}/pack", json=pack))))
    found.append(("locations", list[m.ShippingLocation], _ok(http.get("/shippinglocations"))))
    found.append(("sizes", list[m.PackageSize], _ok(http.get("/packagesizes"))))
    found.append(("carriers", list[m.Carrier], _ok(http.get("/carriers/getcarriers"))))
    found.append(("groups", list[m.ServiceGroup], _ok(http.get("/servicegroups"))))
    found.append(("error", m.ApiError, http.get("/consignments/EC-ZZZ-ZZZ-ZZZ").json()))
    return found


def _failed_allocation(http: httpx.Client) -> Any:
    heavy = bodies.package(45.0, (90, 60, 50))
    body = bodies.consignment(
        "FAIL", packages=[heavy], to=bodies.destination("FIQQ 1ZZ", "FK", "Stanley")
    )
    reference = _ok(http.post("/consignments", json=body))[0]["Href"].rsplit("/", 1)[1]
    _ok(http.put("/allocation/allocate", json={"ConsignmentReferences": [reference]}))
    return _ok(http.get(f"/consignments/{reference}"))


def test_every_key_the_sandbox_sends_is_declared_by_the_models(
    http: httpx.Client, control: SandboxControl
) -> None:
    undeclared = {
        name: keys
        for name, model, body in _responses(http, control)
        if (keys := _check(model, body))
    }
    assert undeclared == {}
