"""Enumerations PRO sends by member name, and field types that also keep unknown names.

PRO adds members over time (new tracking states, SPEC §7.9), so a field is typed as
``<Enum>Text``: a known name becomes the enum member, an unknown one stays a plain ``str`` and is
written back unchanged. Because every enum here is a :class:`~enum.StrEnum`, a member compares equal
to its wire text either way (``ConsignmentState.ALLOCATED == "Allocated"``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, TypeVar

from pydantic import Field


class ConsignmentState(StrEnum):
    """State of a consignment (SPEC §4, §5)."""

    UNALLOCATED = "Unallocated"
    ALLOCATING = "Allocating"
    ALLOCATION_FAILED = "AllocationFailed"
    ALLOCATED = "Allocated"
    MANIFESTING = "Manifesting"
    MANIFESTED = "Manifested"
    MANIFEST_FAILED = "ManifestFailed"
    DISPATCHED = "Dispatched"
    AT_DROP_OFF_POINT = "AtDropOffPoint"
    COLLECTED = "Collected"
    COLLECTION_FAILED = "CollectionFailed"
    IN_TRANSIT = "InTransit"
    DELAYED = "Delayed"
    OUT_FOR_DELIVERY = "OutForDelivery"
    DELIVERY_FAILED = "DeliveryFailed"
    DELIVERY_FAILED_CARD_LEFT = "DeliveryFailedCardLeft"
    DELIVERED = "Delivered"
    PARTIALLY_DELIVERED = "PartiallyDelivered"
    AT_COLLECTION_POINT = "AtCollectionPoint"
    RETURN_TO_SENDER = "ReturnToSender"
    ACTION_REQUIRED = "ActionRequired"
    MISSING = "Missing"
    LOST = "Lost"
    DAMAGED = "Damaged"
    CANCELLING = "Cancelling"
    CANCELLED = "Cancelled"
    IN_TRANSIT_WAITING = "InTransitWaiting"
    HELD_BY_CARRIER = "HeldByCarrier"
    EXCHANGE_FAILED = "ExchangeFailed"
    AT_CUSTOMS = "AtCustoms"
    CARRIER_UNABLE_TO_COLLECT = "CarrierUnableToCollect"
    DELIVERED_DAMAGED = "DeliveredDamaged"
    READY_TO_SHIP = "ReadyToShip"


class ConsignmentDirection(StrEnum):
    """Outbound = to the customer; Inbound = a return to the retailer."""

    OUTBOUND = "Outbound"
    INBOUND = "Inbound"


class LabelFormat(StrEnum):
    """Label file formats the Labels API can produce (SPEC §6.5)."""

    PDF = "PDF"
    PNG = "PNG"
    ZPL = "ZPL"
    ZPLII = "ZPLII"


class AddressType(StrEnum):
    """Role of an address on a consignment or order (SPEC §2.7; ``Exporter``: Brexit guide)."""

    ORIGIN = "Origin"
    DESTINATION = "Destination"
    RETURN = "Return"
    SENDER = "Sender"
    RECIPIENT = "Recipient"
    IMPORTER = "Importer"
    EXPORTER = "Exporter"


class CategoryType(StrEnum):
    """Customs category of the goods (SPEC §2.12); ``ReturnedGoods`` is valid on CN23 only."""

    NONE = "None"
    GIFT = "Gift"
    COMMERCIAL_SAMPLE = "CommercialSample"
    DOCUMENTS = "Documents"
    OTHER = "Other"
    RETURNED_GOODS = "ReturnedGoods"


class ShippingTerms(StrEnum):
    """Incoterm of an international consignment (SPEC §2.12)."""

    NONE = "None"
    EXW = "EXW"
    FCA = "FCA"
    CPT = "CPT"
    CIP = "CIP"
    DAT = "DAT"
    DAP = "DAP"
    DDP = "DDP"
    FAS = "FAS"
    FOB = "FOB"
    CFR = "CFR"
    CIF = "CIF"
    DDU = "DDU"


class ConsignmentOperationResult(StrEnum):
    """Outcome of one step of Pack Order or allocate-and-label (SPEC §4)."""

    UNKNOWN = "Unknown"
    CONSIGNMENT_CREATED = "ConsignmentCreated"
    CONSIGNMENT_ALLOCATED = "ConsignmentAllocated"
    CONSIGNMENT_ALLOCATION_FAILED = "ConsignmentAllocationFailed"
    CONSIGNMENT_CREATION_FAILED = "ConsignmentCreationFailed"
    OPERATION_FAILED = "OperationFailed"
    OPERATION_SUCCEED = "OperationSucceed"
    OPERATION_PARTIAL_SUCCESS = "OperationPartialSuccess"
    RETURN_CONSIGNMENT_CREATED = "ReturnConsignmentCreated"
    RETURN_CONSIGNMENT_ALLOCATED = "ReturnConsignmentAllocated"
    RETURN_CONSIGNMENT_ALLOCATION_FAILED = "ReturnConsignmentAllocationFailed"
    RETURN_CONSIGNMENT_CREATION_FAILED = "ReturnConsignmentCreationFailed"


class OperationStatus(StrEnum):
    """Per-consignment outcome of Dispatch Consignments (SPEC §6.2.13)."""

    SUCCESS = "Success"
    FAILED = "Failed"
    NOT_FOUND = "NotFound"


_E = TypeVar("_E", bound=StrEnum)


def known_member(enum_type: type[_E], text: str | None) -> _E | None:
    """Return the member of ``enum_type`` named ``text``; None when absent or unknown."""
    if text is None:
        return None
    try:
        return enum_type(text)
    except ValueError:
        return None


# Known names validate to the member, anything else stays text (left_to_right: try the enum first).
ConsignmentStateText = Annotated[ConsignmentState | str, Field(union_mode="left_to_right")]
ConsignmentDirectionText = Annotated[ConsignmentDirection | str, Field(union_mode="left_to_right")]
AddressTypeText = Annotated[AddressType | str, Field(union_mode="left_to_right")]
CategoryTypeText = Annotated[CategoryType | str, Field(union_mode="left_to_right")]
ShippingTermsText = Annotated[ShippingTerms | str, Field(union_mode="left_to_right")]
OperationResultText = Annotated[ConsignmentOperationResult | str, Field(union_mode="left_to_right")]
OperationStatusText = Annotated[OperationStatus | str, Field(union_mode="left_to_right")]
