"""Unit tests of the convenience helpers on the PRO wire models."""

from __future__ import annotations

from decimal import Decimal

import pytest

from packstation.pro.models import (
    AllocationSummary,
    ApiLink,
    Consignment,
    ConsignmentState,
    CustomerManifests,
    UpdateConsignmentRequest,
    to_wire,
)


def test_api_link_last_segment_is_the_new_reference() -> None:
    link = ApiLink.model_validate(
        {"Rel": "Link", "Href": "https://api.electioapp.com/consignments/EC-000-05B-MMA"}
    )

    assert link.last_segment == "EC-000-05B-MMA"
    assert ApiLink(rel="Link").last_segment is None


@pytest.mark.parametrize("href", ["0", "Q" * 5000, "https://x/consignments/EC-1", "EC-000-05B-M?A"])
def test_a_link_that_does_not_end_in_a_pro_reference_gives_none(href: str) -> None:
    assert ApiLink(rel="detail", href=href).last_segment is None


def test_allocation_summary_finds_the_consignment_reference_case_insensitively() -> None:
    summary = AllocationSummary.model_validate(
        {
            "ApiLinks": [
                {"Rel": "label", "Href": "https://h/labels/EC-000-05B-MMQ"},
                {"Rel": "Detail", "Href": "https://h/consignments/EC-000-05B-MMQ"},
            ]
        }
    )

    assert summary.consignment_reference == "EC-000-05B-MMQ"
    assert summary.link("LABEL") is not None
    assert AllocationSummary().consignment_reference is None


def test_customer_manifests_accepts_a_bare_array() -> None:
    manifests = CustomerManifests.from_wire(
        [{"ManifestReference": "3837b862e2ab47de95f11c016f36f072", "BookingsCount": 3}]
    )

    assert manifests.manifests is not None
    assert manifests.manifests[0].bookings_count == 3


def test_customer_manifests_accepts_the_wrapper() -> None:
    manifests = CustomerManifests.from_wire(
        {"Manifests": [{"ManifestFileName": "EDC5_SL1-x.pdf"}], "TotalRecords": 1, "PageSize": 50}
    )

    assert manifests.total_records == 1
    assert manifests.manifests is not None
    assert manifests.manifests[0].manifest_file_name == "EDC5_SL1-x.pdf"


def test_update_request_from_consignment_carries_every_replaceable_field() -> None:
    consignment = Consignment.model_validate(
        {
            "Reference": "EC-000-05C-ZB4",
            "ConsignmentState": "Unallocated",
            "ConsignmentReferenceProvidedByCustomer": "",
            "ShippingDate": None,
            "Metadata": [{"KeyValue": "ShippersEORI", "StringValue": "GB1"}],
            "Packages": [{"Reference": "EP-000-05E-YRQ", "Weight": {"Value": 0.5, "Unit": "Kg"}}],
            "Tags": [],
        }
    )

    request = UpdateConsignmentRequest.from_consignment(consignment)
    assert request.packages is not None
    request.packages[0].description = "Socks"

    assert to_wire(request) == {
        "Reference": "EC-000-05C-ZB4",
        "ConsignmentReferenceProvidedByCustomer": "",
        "ShippingDate": None,
        "MetaData": [{"KeyValue": "ShippersEORI", "StringValue": "GB1"}],
        "Packages": [
            {
                "Reference": "EP-000-05E-YRQ",
                "Weight": {"Value": 0.5, "Unit": "Kg"},
                "Description": "Socks",
            }
        ],
        "Tags": [],
    }
    # the fetched consignment is not changed by editing the request
    assert consignment.packages is not None and consignment.packages[0].description is None
    assert consignment.state is ConsignmentState.UNALLOCATED
    assert consignment.packages[0].weight is not None
    assert consignment.packages[0].weight.value == Decimal("0.5")


def test_update_request_needs_a_reference() -> None:
    with pytest.raises(ValueError, match="Reference"):
        UpdateConsignmentRequest.from_consignment(Consignment())
