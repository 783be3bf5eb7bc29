"""The demo seed is a bench day a packer can work through; its pick sheet scans."""

from __future__ import annotations

import base64

import httpx
import pytest
import zxingcpp

from packstation.pro import ProClient, ProRejectedError, SearchTerms
from packstation.pro import models as m
from packstation.sandbox.testing import SandboxControl
from tests.integration.sandbox.pdftext import pdf_barcodes, pdf_text


def test_pick_sheet_barcodes_scan_to_every_seeded_object(
    control: SandboxControl, http: httpx.Client
) -> None:
    control.reset("demo")
    data = control.pick_sheet()
    codes = pdf_barcodes(data, zxingcpp.BarcodeFormat.Code128)
    text = pdf_text(data)
    assert len(codes) >= 14 and len(set(codes)) == len(codes)
    kinds = {code.split("-")[0] for code in codes}
    assert {"EC", "EO", "EDO", "SHOP"} <= kinds
    for code in codes:
        assert code in text
    assert "Cancelled" in text and "AllocationFailed" in text and "CN23" in text


def test_empty_pick_sheet_says_how_to_seed(control: SandboxControl) -> None:
    data = control.pick_sheet()
    assert pdf_barcodes(data, zxingcpp.BarcodeFormat.Code128) == []
    assert "--seed demo" in pdf_text(data)


def test_a_packer_can_work_through_the_demo_day(control: SandboxControl, pro: ProClient) -> None:
    control.reset("demo")
    codes = pdf_barcodes(control.pick_sheet(), zxingcpp.BarcodeFormat.Code128)
    states: dict[str, list[str]] = {}
    for code in codes:
        if code.startswith("EC-"):
            state = pro.get_consignment(code).consignment_state.value
            states.setdefault(state, []).append(code)
    assert len(states["Allocated"]) == 3 and len(states["Cancelled"]) == 1
    multi = [c for c in states["Allocated"] if len(pro.get_consignment(c).packages) > 1]
    assert len(multi) == 2

    for code in states["Allocated"]:
        pro.get_labels(code, m.LabelFormat.ZPL)
    results = pro.set_ready_to_ship(states["Allocated"])
    assert all(result.is_success for result in results)

    failed = []
    for code in states["Unallocated"]:
        [summary] = pro.allocate([code])
        if summary.status_code != 200:
            failed.append(code)
    assert len(failed) == 1
    assert "not served" in pro.get_consignment(failed[0]).failed_allocation.message

    [cancelled] = states["Cancelled"]
    with pytest.raises(ProRejectedError):
        pro.allocate_with_cheapest_quote(cancelled)

    [own] = pro.find_consignment_references(
        SearchTerms(reference_provided_by_customer="SHOP-55120")
    )
    assert pro.get_consignment(own).consignment_state == m.ConsignmentState.UNALLOCATED

    for code in (c for c in codes if c.startswith("EDO-")):
        assert pro.select_option(code).status_code == 200
    for code in (c for c in codes if c.startswith("EO-")):
        order = pro.get_order(code)
        items = [item for package in order.packages for item in package.items]
        request = m.PackOrderRequest.model_validate(
            {
                "OrderReference": code,
                "Packages": [
                    {
                        "PackageSizeReference": "MEDIUM_BOX",
                        "Weight": {"Value": 2.0, "Unit": "Kg"},
                        "Items": [{"Sku": i.sku, "Quantity": i.quantity} for i in items],
                    }
                ],
            }
        )
        assert pro.pack_order(code, request).results[0].result == "ConsignmentCreated"

    query = m.ManifestFromQueryRequest(states=["ReadyToShip", "Allocated"])
    message = pro.manifest_from_query(query).message or ""
    assert "0 failed" in message
    manifests = pro.get_customer_manifests("Sorted1")
    assert (
        sum(info.bookings_count or 0 for info in manifests)
        >= 3 + 2 + len(states["Unallocated"]) - 1
    )
    sheet = pro.get_customer_manifest(manifests[0].manifest_reference)
    assert "Driver signature" in pdf_text(sheet.data)


def test_international_demo_consignment_gets_cn23_and_invoice(
    control: SandboxControl, http: httpx.Client
) -> None:
    control.reset("demo")
    [reference] = http.get(
        "/consignments/getConsignmentReferences",
        params={"referenceProvidedByCustomer": "WEB-20001"},
    ).json()
    [summary] = http.put("/allocation/allocate", json={"ConsignmentReferences": [reference]}).json()
    assert summary["StatusCode"] == 200
    documents = http.get(f"/consignments/docs/{reference}").json()
    assert documents["CN22Documents"] == []
    [invoice] = documents["CommercialInvoiceDocuments"]
    [cn23] = documents["CN23Documents"]
    invoice_text = pdf_text(base64.b64decode(invoice["Value"]))
    assert "Wool coat" in invoice_text and "6202310000" in invoice_text
    assert "320.00 GBP" in invoice_text
    assert "CN23" in pdf_text(base64.b64decode(cn23["Value"]))
    package = cn23["Key"].removeprefix("CN23_")
    single = http.get(f"/consignments/docs/CN23/{reference}/{package}")
    assert single.status_code == 200 and base64.b64decode(single.json()).startswith(b"%PDF")
    assert http.get(f"/consignments/docs/CN22/{reference}/{package}").status_code == 400
