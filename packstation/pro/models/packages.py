"""Packages, their items and carrier legs (SPEC §2.13, §2.14, §2.16)."""

from __future__ import annotations

from packstation.pro.models.base import SpellingKeepingModel, WireDecimal, WireModel, either_key
from packstation.pro.models.common import Barcode, Country, Dimensions, MetaData, Money, Weight


class ConsignmentLeg(WireModel):
    """One carrier leg of a journey with its tracking numbers (``Leg`` 1 = first)."""

    leg: int | None = None
    tracking_references: list[str] | None = None
    carrier_reference: str | None = None
    carrier_service_reference: str | None = None
    carrier_name: str | None = None


class PackageCharge(WireModel):
    """A custom charge on a package: ``Key`` is the CustomChargeType name, ``Value`` the amount."""

    key: str | None = None
    value: WireDecimal | None = None


class Item(SpellingKeepingModel):
    """A picked unit or line inside a package; ``Reference`` (32 hex) is set by PRO."""

    reference: str | None = None
    sku: str | None = None
    model: str | None = None
    description: str | None = None
    country_of_origin: Country | None = None
    harmonisation_code: str | None = None
    harmonisation_key_words: list[str] | None = None
    weight: Weight | None = None
    dimensions: Dimensions | None = None
    value: Money | None = None
    item_reference_provided_by_customer: str | None = None
    barcode: Barcode | None = None
    meta_data: list[MetaData] | None = either_key("MetaData", "Metadata")
    quantity: int | None = None
    unit: str | None = None
    status: str | None = None
    content_classification: str | None = None
    content_classification_details: str | None = None


class Package(SpellingKeepingModel):
    """A physical parcel of a consignment (request body of Add Package, element of Packages).

    On input ``Description``, ``Value`` and either ``Weight`` + ``Dimensions`` or
    ``PackageSizeReference`` are required by PRO; the model leaves that check to the caller because
    the same shape is read back from responses where any of them may be null.
    """

    reference: str | None = None
    package_reference_provided_by_customer: str | None = None
    weight: Weight | None = None
    dimensions: Dimensions | None = None
    description: str | None = None
    value: Money | None = None
    package_size_reference: str | None = None
    barcode: Barcode | None = None
    meta_data: list[MetaData] | None = either_key("MetaData", "Metadata")
    items: list[Item] | None = None
    consignment_legs: list[ConsignmentLeg] | None = None
    charges: list[PackageCharge] | None = None
