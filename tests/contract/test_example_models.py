"""Every documented SortedPRO example validates into its wire model and serialises back unchanged.

"Unchanged" means the same nested set of keys (no field lost, renamed or added) and equal values
once numbers are compared as Decimal and datetimes by their parsed value. Every key must also land
in a declared field: a misspelt alias would otherwise hide in the model's extras and still
round-trip.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter

from packstation.pro import models as m
from tests.contract.shapes import key_paths, normalised, undeclared_keys


@dataclass(frozen=True)
class Example:
    """How one example file is read: the model type, and for fragments the body they belong to."""

    model: Any
    fragment_of: str | None = None


EXAMPLES: dict[str, Example] = {
    "00_error_response": Example(m.ApiError),
    "01_delivery_options_request": Example(m.DeliveryOptionsRequest),
    "01_delivery_options_response": Example(m.DeliveryOptionsResponse),
    "02_delivery_options_detailed_request": Example(m.DeliveryOptionsRequest),
    "02_delivery_options_detailed_response": Example(m.DeliveryOptionsResponse),
    "03_delivery_options_summary_response": Example(m.DeliveryOptionSummary),
    "05_pickup_options_request": Example(m.PickupOptionsRequest),
    "06_pickup_options_detailed_request": Example(m.PickupOptionsRequest),
    "07_select_option_response": Example(m.AllocationSummary),
    "08_select_option_as_order_request": Example(m.SelectOptionAsOrderRequest),
    "08_select_option_as_order_response": Example(m.SelectOrderResponse),
    "09_create_consignment_request": Example(m.CreateConsignmentRequest),
    "09_create_consignment_response": Example(list[m.ApiLink]),
    "10_create_consignment_detailed_request": Example(m.CreateConsignmentRequest),
    "11_create_consignment_eori_request": Example(m.CreateConsignmentRequest),
    "12_get_consignment_response": Example(m.Consignment),
    "14_get_consignment_status_response": Example(m.ConsignmentStatus),
    "15_get_consignments_references_response": Example(list[str]),
    "17_update_consignment_request": Example(m.UpdateConsignmentRequest),
    "17_update_consignment_response": Example(list[m.ApiLink]),
    "18_update_consignment_with_packages_request": Example(m.UpdateConsignmentRequest),
    "19_add_package_request": Example(m.Package),
    "19_add_package_response": Example(m.Package),
    "20_cancel_consignments_request": Example(list[str]),
    "20_cancel_consignments_response": Example(list[m.BulkResult]),
    "21_allocate_using_default_rules_request": Example(m.AllocateRequest),
    "22_allocation_summary_response": Example(list[m.AllocationSummary]),
    "23_allocate_with_carrier_service_request": Example(m.AllocateWithCarrierServiceRequest),
    "24_allocate_with_quote_response": Example(list[m.AllocationSummary]),
    "25_allocate_with_service_filters_request": Example(m.AllocateWithServiceFiltersRequest),
    "26_deallocate_consignments_request": Example(list[str]),
    "26_deallocate_consignments_response": Example(list[m.BulkResult]),
    "27_get_labels_response": Example(m.LabelFile),
    "28_get_labels_in_format_response": Example(m.LabelFile),
    "29_get_customs_documents_response": Example(m.CustomsDocuments),
    "30_manifest_consignments_request": Example(m.ManifestConsignmentsRequest),
    "30_manifest_consignments_response": Example(list[m.BulkResult]),
    "31_manifest_from_query_request": Example(m.ManifestFromQueryRequest),
    "31_manifest_from_query_response": Example(m.ManifestFromQueryResult),
    "32_manifest_from_query_ready_to_ship_request": Example(m.ManifestFromQueryRequest),
    "33_set_ready_to_ship_request": Example(list[str]),
    "33_set_ready_to_ship_response": Example(list[m.BulkResult]),
    "34_set_not_ready_to_ship_request": Example(list[str]),
    "34_set_not_ready_to_ship_response": Example(list[m.BulkResult]),
    "37_get_events_per_package_response": Example(m.PackageEventsResponse),
    "38_create_order_request": Example(m.CreateOrderRequest),
    "38_create_order_response": Example(list[m.ApiLink]),
    "39_create_order_detailed_request": Example(m.CreateOrderRequest),
    "40_create_order_eori_request": Example(m.CreateOrderRequest),
    "42_update_order_request": Example(m.UpdateOrderRequest),
    "42_update_order_response": Example(list[m.ApiLink]),
    "43_update_order_detailed_request": Example(m.UpdateOrderRequest),
    "44_order_address_request": Example(m.Address),
    "45_pack_order_request": Example(m.PackOrderRequest),
    "45_pack_order_response": Example(m.PackOrderResponse),
    "46_get_quotes_request": Example(m.CreateConsignmentRequest),
    "46_get_quotes_response": Example(m.QuoteResult),
    "47_get_service_group_quotes_request": Example(m.CreateConsignmentRequest),
    "47_get_service_group_quotes_response": Example(list[m.ServiceGroupQuoteResult]),
    # Fragments are pieces of a create/update body: merged into the minimal create request.
    "49_metadata_fragment_request": Example(
        m.CreateConsignmentRequest, fragment_of="09_create_consignment_request"
    ),
    "50_tags_fragment_request": Example(
        m.CreateConsignmentRequest, fragment_of="09_create_consignment_request"
    ),
    "52_get_customs_documents_cn23_response": Example(m.CustomsDocuments),
}


def _load(examples_dir: Path, stem: str) -> Any:
    """Read an example keeping every number exact."""
    text = (examples_dir / f"{stem}.json").read_text(encoding="utf-8")
    return json.loads(text, parse_float=Decimal)


def _document(examples_dir: Path, stem: str) -> Any:
    """Return the JSON an example stands for (a fragment merged into its host body)."""
    document = _load(examples_dir, stem)
    host = EXAMPLES[stem].fragment_of
    if host is None:
        return document
    return {**_load(examples_dir, host), **document}


def _round_trip(model: Any, document: Any) -> tuple[Any, Any]:
    """Validate ``document`` into ``model`` and dump it back the way the client sends it."""
    adapter: TypeAdapter[Any] = TypeAdapter(model)
    parsed = adapter.validate_python(document)
    if isinstance(parsed, BaseModel):
        return parsed, m.to_wire(parsed)
    return parsed, adapter.dump_python(parsed, mode="json", by_alias=True, exclude_unset=True)


def test_every_example_file_is_in_the_table(examples_dir: Path) -> None:
    on_disk = {path.stem for path in examples_dir.glob("*.json")}
    assert on_disk == set(EXAMPLES)


@pytest.mark.parametrize("stem", sorted(EXAMPLES))
def test_example_round_trips_without_losing_keys(examples_dir: Path, stem: str) -> None:
    document = _document(examples_dir, stem)
    _parsed, wire = _round_trip(EXAMPLES[stem].model, document)

    assert key_paths(wire) == key_paths(document)
    assert normalised(wire) == normalised(document)
    json.dumps(wire)  # the wire form must be plain JSON (no Decimal, datetime or enum objects)


@pytest.mark.parametrize("stem", sorted(EXAMPLES))
def test_example_keys_all_have_declared_fields(examples_dir: Path, stem: str) -> None:
    parsed, _wire = _round_trip(EXAMPLES[stem].model, _document(examples_dir, stem))

    assert undeclared_keys(parsed) == []


def test_comparison_notices_a_dropped_key() -> None:
    original = {"A": [{"B": 1, "C": "2020-01-01T00:00:00.1234567+00:00"}]}
    assert key_paths({"A": [{"B": 1}]}) != key_paths(original)
    assert normalised({"A": [{"B": 1.0, "C": "2020-01-01T00:00:00.123456Z"}]}) == normalised(
        original
    )
    assert normalised({"A": [{"B": 2, "C": "2020-01-01T00:00:00.123456Z"}]}) != normalised(original)
