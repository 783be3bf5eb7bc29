"""Shapes the docs describe only in prose or the SDK, with no example file.

Every key the SPEC names must land in a declared field and survive a round trip.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from packstation.pro import models as m
from tests.contract.shapes import key_paths, undeclared_keys

LINK = {"Rel": "detail", "Href": "https://h/consignments/EC-000-05B-MMA"}
MONEY = {"Amount": 5.99, "Currency": {"IsoCode": "GBP", "Name": "Pound Sterling"}}
WINDOW = {"Start": "09:00:00", "End": "17:30:00", "UtcOffset": "0:00"}

SPEC_SHAPES: list[tuple[type[BaseModel], dict[str, Any]]] = [
    (
        m.DispatchResult,
        {
            "ConsignmentReferenceForAllLegsAssignedByMpd": "EC-000-05B-MMA",
            "Status": "NotFound",
            "HttpStatusCode": 404,
            "ApiLinks": [LINK],
            "Message": "not found",
        },
    ),
    (
        m.ConsignmentSearchResult,
        {
            "Count": 1,
            "ConsignmentSummaries": [
                {
                    "Reference": "EC-000-05B-MMA",
                    "ConsignmentReferenceProvidedByCustomer": "ORD-1",
                    "DateCreated": "2020-02-10T11:21:07.8156519+00:00",
                    "State": "Allocated",
                    "ShippingDate": "2020-02-11T00:00:00",
                    "Source": "Api",
                    "MpdCarrierReference": "UPS",
                    "MpdCarrierServiceReference": "EDC5_UPSHSTDCS",
                    "MpdCarrierServiceName": "UPS Standard",
                    "MpdCarrierServiceGroupName": None,
                    "MpdCarrierServiceGroupReference": None,
                    "AllocationDate": "2020-02-10T12:00:00+00:00",
                    "ShippedDate": None,
                    "DestinationAddressLine1": "13 Porter Street",
                    "DestinationAddressTown": "Manchester",
                    "DestinationAddressPostcode": "M1 5WG",
                    "DestinationAddressCountry": "GB",
                    "DestinationShippingLocationReference": None,
                    "RequestedDeliveryDate": None,
                    "RequestedDeliveryDateIsToBeExactlyOnTheDateSpecified": False,
                    "EstimatedDeliveryDate": None,
                    "DeliveryDate": None,
                    "CollectionDate": None,
                    "AttemptedDeliveryDate": None,
                    "IsLate": False,
                    "LabelsPrinted": True,
                    "DateLabelsWereFirstPrinted": "2020-02-10T12:01:00+00:00",
                    "ShippingTerms": "DAP",
                    "FailedAllocationAttemptedAllocationDate": None,
                    "FailedAllocationMessage": None,
                    "FailedAllocationMpdCarrierServiceReference": None,
                    "FailedAllocationMpdCarrierServiceGroupName": None,
                    "FailedAllocationMpdCarrierServiceGroupReference": None,
                    "FailedAllocationMpdCarrierServiceName": None,
                    "FailedManifestMessage": None,
                    "FailedManifestTimeStamp": None,
                    "Value": MONEY,
                    "Weight": {"Value": 0.5, "Unit": "Kg"},
                    "ApiLink": LINK,
                }
            ],
        },
    ),
    (
        m.Consignment,
        {
            "Allocation": {
                "CarrierServiceGroupReference": None,
                "MpdCarrierServiceGroupName": None,
                "MpdCarrierServiceReference": "CX_NDS",
                "MpdCarrierServiceName": "Next Day Super",
                "AllocationDate": "2019-06-14T10:00:00+00:00",
                "Price": {
                    "Net": 4.5,
                    "Gross": 5.4,
                    "VatAmount": 0.9,
                    "Currency": {"IsoCode": "GBP"},
                },
            },
            "FailedAllocation": {
                "CarrierServiceGroupReference": None,
                "MpdCarrierServiceGroupName": None,
                "MpdCarrierServiceReference": None,
                "MpdCarrierServiceName": None,
                "AttemptedAllocationDate": "2019-06-14T09:00:00+00:00",
                "Message": "No eligible service",
            },
            "LocationInformation": {"ShopReference": "S1", "ReservationReference": None},
            "Packages": [{"Charges": [{"Key": "Duty", "Value": 1.25}]}],
        },
    ),
    (
        m.ExistingDeliveryOption,
        {
            "Reference": None,
            "ConsignmentDetail": {
                "Reference": "EPC-000-039-EPK",
                "CustomerReference": "338a3524-5a17-44dd-a601-1527574f1a5d",
                "Weight": {"Value": 0.0, "Unit": "Kg"},
                "Value": MONEY,
                "CustomsDocumentation": None,
                "DateCreated": "2020-03-14T10:00:00+00:00",
                "ShippingDate": None,
                "RequestedDeliveryDate": None,
                "EarliestDeliveryDate": None,
                "LatestDeliveryDate": None,
                "ConsignmentReferenceProvidedByCustomer": "",
                "Addresses": [],
            },
            "DeliveryOption": {"Reference": "EDO-000-79G-RXC", "DeliveryWindow": WINDOW},
        },
    ),
    (
        m.PickupOptionsResponse,
        {
            "Distance": 1.0,
            "MaxResults": 10,
            "Locations": [
                {
                    "Name": "Corner Shop",
                    "ShopReference": "SHOP1",
                    "Address": {"AddressLine1": "1 High St", "Postcode": "M1 1AA"},
                    "Distance": 0.4,
                    "OpeningTimes": {"Monday": [WINDOW], "Sunday": []},
                    "DeliveryOptions": [{"Reference": "EDO-000-79G-RXE"}],
                    "Reservation": {"IsReservationRequired": False, "ExpiryDate": None},
                    "AdditionalInformation": [{"Key": "Parking", "Value": "yes"}],
                }
            ],
            "NonGuaranteedLocation": None,
        },
    ),
    (
        m.TrackingResponse,
        {
            "ConsignmentReferenceForAllLegsAssignedByMpd": "EC-000-002-4DF",
            "TrackedPackages": [
                {
                    "PackageReferenceForAllLegsAssignedByMpd": "EP-000-002-4RE",
                    "Legs": [
                        {
                            "CarrierServiceName": "Sample",
                            "Events": [
                                {
                                    "TimeStamp": "2020-02-11T07:08:11.7398573+00:00",
                                    "Code": "DELIVERED",
                                    "Description": "Delivered",
                                    "SignedBy": "P. Smith",
                                    "Location": "Manchester",
                                }
                            ],
                        }
                    ],
                }
            ],
        },
    ),
    (
        m.QuoteSurcharge,
        {
            "Reference": "FUEL",
            "CurrencyIsoCode": "GBP",
            "Amount": 0.35,
            "ApplicationType": "Standard",
            "Type": "Additive",
            "AppliesToBase": True,
            "AppliesToBaseOnly": False,
            "CalculationModel": "Fixed",
            "IncrementalUnitFactor": 1,
            "IncrementalUnitPrice": 0.1,
            "MinimumAmount": 0,
            "MaximumAmount": 10,
        },
    ),
    (
        m.CustomerManifests,
        {
            "Manifests": [
                {
                    "ManifestReference": "3837b862e2ab47de95f11c016f36f072",
                    "ManifestFileStorageContainer": "manifests",
                    "ManifestFileName": "EDC5_SL1-3837b862e2ab47de95f11c016f36f072.pdf",
                    "ShippingLocationReference": "EDC5-SL1",
                    "ShippingLocationName": "Main warehouse",
                    "Created": "2020-02-10T17:00:00+00:00",
                    "CarrierName": "UPS",
                    "BookingsCount": 12,
                    "ManifestFileNameSentToCarrier": "ups-0210.csv",
                }
            ],
            "TotalRecords": 1,
            "PageSize": 50,
            "ShippingLocationRefs": ["EDC5-SL1"],
            "CarrierServices": [],
        },
    ),
    (
        m.AllocateAndLabelsResponse,
        {
            "Responses": [
                {
                    "LabelType": "Consignment",
                    "StatusCode": 200,
                    "LabelContent": "JVBERi0xLjQK",
                    "LabelFileType": "application/pdf",
                    "Result": "ConsignmentAllocated",
                    "ConsignmentLegs": [{"Leg": 1, "TrackingReferences": ["1Z"]}],
                    "CarrierReference": "UPS",
                    "CarrierName": "UPS",
                    "CarrierServiceReference": "EDC5_UPSHSTDCS",
                    "CarrierServiceName": "UPS Standard",
                    "Message": None,
                    "ApiLinks": [LINK],
                }
            ]
        },
    ),
    (
        m.OrderConsignmentsResponse,
        {
            "OrderConsignmentsResults": [
                {
                    "OrderReference": "EO-000-002-0TS",
                    "Status": 201,
                    "Message": None,
                    "Consignments": [
                        {
                            "ConsignmentReference": "EC-000-05B-MQ4",
                            "ReturnConsignmentReference": None,
                        }
                    ],
                }
            ]
        },
    ),
    (
        m.AuditMessage,
        {
            "Id": 17,
            "Timestamp": "2020-02-10T11:21:07.8156519+00:00",
            "ConsignmentReference": "EC-000-05B-MMA",
            "Message": "Allocation failed",
            "Severity": "High",
            "Category": "ConsignmentLifecycle",
            "Username": "bench1",
            "AdditionalData": None,
            "Details": None,
        },
    ),
    (m.ApiError, {"Code": "E1", "Message": "bad", "CorrelationId": "c", "Details": []}),
    (
        m.ApiError,
        {"Details": [{"Code": "Required", "Target": "Packages", "Message": "missing"}]},
    ),
    (m.OrderConsignmentsRequest, {"OrderReferences": ["EO-000-002-0TS"]}),
    (
        m.AllocateWithServiceGroupRequest,
        {"ConsignmentReferences": ["EC-000-05B-MMA"], "MpdCarrierServiceGroupReference": "g"},
    ),
    (
        m.ManifestFromQueryRequest,
        {
            "States": ["Allocated"],
            "ShippingDate": "2020-02-10T00:00:00",
            "ShippingDateRanges": {
                "StartDate": "2020-02-10T00:00:00+00:00",
                "EndDate": "2020-02-11T00:00:00+00:00",
            },
        },
    ),
    (m.ManifestFromQueryResult, {"Message": "Query found 2", "FailedConsignments": ["EC-1"]}),
    (
        m.ShippingLocation,
        {
            "Reference": "EDC5-SL1",
            "Name": "Main warehouse",
            "Address": {"AddressLine1": "Third Floor", "Postcode": "M1 5WG"},
            "CollectionCutOffTime": "17:00:00",
            "TimeZone": "Europe/London",
            "IsActive": True,
        },
    ),
    (
        m.PackageSize,
        {
            "Reference": "BOX-S",
            "Name": "Small box",
            "Description": "20x15x10",
            "Dimensions": {"Unit": "Cm", "Width": 15, "Length": 20, "Height": 10},
            "Weight": {"Value": 0.1, "Unit": "Kg"},
            "MaxWeight": {"Value": 2, "Unit": "Kg"},
            "IsDefault": True,
        },
    ),
    (m.Carrier, {"Reference": "UPS", "Name": "UPS"}),
    (
        m.ServiceGroup,
        {"Reference": "nextDay", "Name": "Next day", "CarrierServiceReferences": ["CX_NDS"]},
    ),
]


@pytest.mark.parametrize(
    ("model", "wire"), SPEC_SHAPES, ids=[model.__name__ for model, _ in SPEC_SHAPES]
)
def test_spec_shape_is_fully_declared_and_round_trips(
    model: type[BaseModel], wire: dict[str, Any]
) -> None:
    parsed = model.model_validate(wire)

    assert undeclared_keys(parsed) == []
    assert key_paths(m.to_wire(parsed)) == key_paths(wire)


def test_spec_shape_enum_fields_read_known_members() -> None:
    dispatch = m.DispatchResult.model_validate({"Status": "NotFound"})
    summary = m.ConsignmentSummary.model_validate({"State": "ManifestFailed"})

    assert dispatch.status is m.OperationStatus.NOT_FOUND
    assert summary.known_state is m.ConsignmentState.MANIFEST_FAILED


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=4, min_value=-(10**9), max_value=10**9
    )
)
def test_money_amount_survives_json_text(amount: Decimal) -> None:
    text = m.Money(amount=amount).model_dump_json(by_alias=True, exclude_unset=True)

    assert m.Money.model_validate_json(text).amount == amount
