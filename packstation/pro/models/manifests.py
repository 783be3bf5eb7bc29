"""Manifesting requests and responses (SPEC §6.7)."""

from __future__ import annotations

from typing import Any

from packstation.pro.models.base import WireDateTime, WireModel


class ShippingDateRange(WireModel):
    """A ship-date window for Manifest From Query."""

    start_date: WireDateTime | None = None
    end_date: WireDateTime | None = None


class ManifestFromQueryRequest(WireModel):
    """Body of Manifest Consignments From Query.

    Only Allocated, ManifestFailed and ReadyToShip consignments are manifestable.
    """

    states: list[str]
    shipping_location_references: list[str] | None = None
    carriers: list[str] | None = None
    labels_printed: bool | None = None
    shipping_date: WireDateTime | None = None
    shipping_date_ranges: ShippingDateRange | None = None


class ManifestFromQueryResult(WireModel):
    """Manifest From Query response: a queue message and the references that failed to queue."""

    message: str | None = None
    failed_consignments: list[str] | None = None


class ManifestFileInfo(WireModel):
    """One customer manifest file (end-of-day sheet) known to PRO."""

    manifest_reference: str | None = None
    manifest_file_storage_container: str | None = None
    manifest_file_name: str | None = None
    shipping_location_reference: str | None = None
    shipping_location_name: str | None = None
    created: WireDateTime | None = None
    carrier_name: str | None = None
    bookings_count: int | None = None
    manifest_file_name_sent_to_carrier: str | None = None


class CustomerManifests(WireModel):
    """Get Customer Manifests response in the SDK's wrapper shape.

    The documented example is a bare array instead (SPEC §9 #5): read either with :meth:`from_wire`.
    """

    manifests: list[ManifestFileInfo] | None = None
    total_records: int | None = None
    page_size: int | None = None
    shipping_location_refs: list[str] | None = None
    carrier_services: list[Any] | None = None

    @classmethod
    def from_wire(cls, data: Any) -> CustomerManifests:
        """Validate a wrapper object or a bare array of ManifestFileInfo."""
        if isinstance(data, list):
            return cls(manifests=[ManifestFileInfo.model_validate(entry) for entry in data])
        return cls.model_validate(data)
