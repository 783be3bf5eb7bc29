"""Unit tests of the tolerant parts of the PRO wire models (SPEC §1.3, §7.9, §9)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from pydantic import ValidationError

from packstation.pro.models import (
    Consignment,
    ConsignmentState,
    ConsignmentStatus,
    CreateConsignmentRequest,
    CustomsDocuments,
    Money,
    PackOrderResult,
    Quote,
    Rate,
    Weight,
    WireModel,
    known_member,
    to_wire,
)
from packstation.pro.models.base import either_key


def test_seven_fractional_digits_are_accepted() -> None:
    consignment = Consignment.model_validate_json(
        '{"DateCreated": "2020-02-10T11:21:07.8156519+00:00"}'
    )

    assert consignment.date_created == datetime(2020, 2, 10, 11, 21, 7, 815651, tzinfo=UTC)


def test_datetime_without_offset_is_read_as_naive() -> None:
    consignment = Consignment.model_validate({"ShippingDate": "2019-05-01T00:00:00"})

    assert consignment.shipping_date == datetime(2019, 5, 1)
    assert consignment.shipping_date is not None and consignment.shipping_date.tzinfo is None
    assert to_wire(consignment) == {"ShippingDate": "2019-05-01T00:00:00"}


def test_datetime_offset_is_kept() -> None:
    status = ConsignmentStatus.model_validate(
        {"ExpectedDeliveryDate": "2020-06-02T14:20:11.4370803+01:00"}
    )

    assert status.expected_delivery_date is not None
    assert status.expected_delivery_date.utcoffset() == timedelta(hours=1)
    assert status.expected_delivery_date.tzinfo == timezone(timedelta(hours=1))


def test_kg_weight_shape_is_normalised() -> None:
    weight = Weight.model_validate({"Kg": 1.25})

    assert weight.value == Decimal("1.25")
    assert weight.unit == "Kg"
    assert to_wire(weight) == {"Value": 1.25, "Unit": "Kg"}


def test_value_unit_weight_shape_is_read_as_is() -> None:
    weight = Weight.model_validate({"Value": 0.5, "Unit": "Kg"})

    assert (weight.value, weight.unit) == (Decimal("0.5"), "Kg")


def test_unknown_consignment_state_is_kept_as_text() -> None:
    consignment = Consignment.model_validate({"ConsignmentState": "HandedToDrone"})

    assert consignment.consignment_state == "HandedToDrone"
    assert consignment.state is None
    assert to_wire(consignment) == {"ConsignmentState": "HandedToDrone"}


def test_known_consignment_state_becomes_the_enum_member() -> None:
    consignment = Consignment.model_validate_json('{"ConsignmentState": "AllocationFailed"}')

    assert consignment.consignment_state is ConsignmentState.ALLOCATION_FAILED
    assert consignment.state is ConsignmentState.ALLOCATION_FAILED
    assert str(consignment.consignment_state) == "AllocationFailed"
    assert json.dumps(to_wire(consignment)) == '{"ConsignmentState": "AllocationFailed"}'


def test_status_and_pack_results_also_keep_unknown_names() -> None:
    status = ConsignmentStatus.model_validate({"Status": "ReadyToShip"})
    odd_status = ConsignmentStatus.model_validate({"Status": "Teleported"})
    result = PackOrderResult.model_validate({"Result": "SomethingNew"})

    assert status.state is ConsignmentState.READY_TO_SHIP
    assert odd_status.state is None and odd_status.status == "Teleported"
    assert result.result == "SomethingNew"


def test_known_member_lookup() -> None:
    assert known_member(ConsignmentState, "Delivered") is ConsignmentState.DELIVERED
    assert known_member(ConsignmentState, "delivered") is None
    assert known_member(ConsignmentState, None) is None


@pytest.mark.parametrize("source", [2, "External"])
def test_mpd_carrier_service_source_is_kept_as_received(source: int | str) -> None:
    quote = Quote.model_validate({"MpdCarrierServiceSource": source})

    assert quote.mpd_carrier_service_source == source
    assert type(quote.mpd_carrier_service_source) is type(source)
    assert to_wire(quote) == {"MpdCarrierServiceSource": source}


def test_null_collections_are_accepted_and_written_back_as_null() -> None:
    wire = {
        "Addresses": None,
        "Packages": None,
        "ConsignmentLegs": None,
        "MetaData": None,
        "Tags": None,
    }
    consignment = Consignment.model_validate(wire)

    assert consignment.packages is None and consignment.tags is None
    assert consignment.address("Destination") is None
    assert to_wire(consignment) == wire


def test_null_and_missing_customs_document_lists() -> None:
    documents = CustomsDocuments.model_validate(
        {"CommercialInvoiceDocuments": None, "CN22Documents": []}
    )

    assert documents.commercial_invoice_documents is None
    assert documents.cn22_documents == []
    assert documents.cn23_documents is None
    assert to_wire(documents) == {"CommercialInvoiceDocuments": None, "CN22Documents": []}


def test_decimal_keeps_trailing_zeros_when_the_caller_parses_exactly() -> None:
    raw = json.loads('{"Amount": 5.9900}', parse_float=Decimal)

    money = Money.model_validate(raw)

    assert isinstance(money.amount, Decimal)
    assert str(money.amount) == "5.9900"


def test_decimal_from_json_text_is_exact_not_binary_float() -> None:
    money = Money.model_validate_json('{"Amount": 5.9900}')
    tiny = Money.model_validate_json('{"Amount": 0.1}')

    assert isinstance(money.amount, Decimal)
    assert money.amount == Decimal("5.9900")
    assert tiny.amount == Decimal("0.1")


def test_decimal_is_written_as_a_json_number() -> None:
    money = Money(amount=Decimal("5.9900"))
    whole = Money(amount=Decimal("10.00000"))

    assert json.dumps(to_wire(money)) == '{"Amount": 5.99}'
    assert json.dumps(to_wire(whole)) == '{"Amount": 10}'
    assert money.model_dump_json(by_alias=True, exclude_unset=True) == '{"Amount":5.99}'


def test_rate_reads_vat_rate_and_tax_amount_and_writes_them_back() -> None:
    wire = {"VatRate": {"Rate": 0.2}, "TaxAmount": 1.5}

    rate = Rate.model_validate(wire)

    assert rate.tax_rate is not None and rate.tax_rate.rate == Decimal("0.2")
    assert rate.vat_amount == Decimal("1.5")
    assert to_wire(rate) == wire


def test_rate_built_in_python_writes_the_canonical_keys() -> None:
    rate = Rate(vat_amount=Decimal("1.5"))

    assert to_wire(rate) == {"VatAmount": 1.5}


def test_metadata_casing_received_is_the_casing_written() -> None:
    lower = CreateConsignmentRequest.model_validate(
        {"Packages": [], "Addresses": [], "Metadata": [{"KeyValue": "ShippersEORI"}]}
    )
    upper = CreateConsignmentRequest.model_validate(
        {"Packages": [], "Addresses": [], "MetaData": [{"KeyValue": "ShippersEORI"}]}
    )

    assert lower.meta_data is not None and lower.meta_data[0].key_value == "ShippersEORI"
    assert "Metadata" in to_wire(lower) and "MetaData" not in to_wire(lower)
    assert "MetaData" in to_wire(upper) and "Metadata" not in to_wire(upper)


def test_a_read_consignment_writes_back_each_nested_spelling_it_read() -> None:
    consignment = Consignment.model_validate(
        {
            "Reference": "EC-000-000-001",
            "Metadata": [{"KeyValue": "A"}],
            "Packages": [{"Reference": "EP-1", "Metadata": [], "Items": [{"MetaData": []}]}],
        }
    )
    written = to_wire(consignment)
    assert "Metadata" in written and "MetaData" not in written
    assert "Metadata" in written["Packages"][0]
    assert "MetaData" in written["Packages"][0]["Items"][0]


def test_a_model_with_keys_spelled_several_ways_must_keep_the_spelling() -> None:
    with pytest.raises(TypeError, match="SpellingKeepingModel"):

        class Forgetful(WireModel):
            meta_data: list[str] | None = either_key("MetaData", "Metadata")


def test_unknown_fields_are_kept() -> None:
    wire = {"Reference": "EC-000-05C-ZB4", "BrandNewField": {"Nested": [1, 2]}}

    consignment = Consignment.model_validate(wire)

    assert consignment.model_extra == {"BrandNewField": {"Nested": [1, 2]}}
    assert to_wire(consignment) == wire


def test_only_set_fields_are_written() -> None:
    request = CreateConsignmentRequest(packages=[], addresses=[], tags=["Oil"])

    assert to_wire(request) == {"Packages": [], "Addresses": [], "Tags": ["Oil"]}


def test_create_request_requires_packages_and_addresses() -> None:
    with pytest.raises(ValidationError) as caught:
        CreateConsignmentRequest.model_validate({"Tags": []})

    missing = {error["loc"][0] for error in caught.value.errors()}
    assert missing == {"Packages", "Addresses"}


def test_create_request_accepts_both_delivery_date_names() -> None:
    required = CreateConsignmentRequest.model_validate(
        {"Packages": [], "Addresses": [], "RequiredDeliveryDate": {"Date": "2020-06-05T00:00:00"}}
    )
    requested = CreateConsignmentRequest.model_validate(
        {"Packages": [], "Addresses": [], "RequestedDeliveryDate": {"Date": "2020-06-06T00:00:00"}}
    )

    assert required.delivery_date_promise is not None
    assert required.delivery_date_promise.date == datetime(2020, 6, 5)
    assert requested.delivery_date_promise is not None
    assert requested.delivery_date_promise.date == datetime(2020, 6, 6)
    assert "RequiredDeliveryDate" in to_wire(required)
    assert "RequestedDeliveryDate" in to_wire(requested)
