"""Allocation requests and the allocation summary every allocation call returns (SPEC §6.4)."""

from __future__ import annotations

from packstation.pro.models.base import WireModel
from packstation.pro.models.common import ApiLink
from packstation.pro.models.enums import OperationResultText
from packstation.pro.models.packages import ConsignmentLeg


class AllocationSummary(WireModel):
    """Result of allocating one consignment (SPEC §2.18); ``StatusCode`` 200 on success."""

    status_code: int | None = None
    api_links: list[ApiLink] | None = None
    description: str | None = None
    consignment_legs: list[ConsignmentLeg] | None = None
    carrier_reference: str | None = None
    carrier_name: str | None = None
    carrier_service_reference: str | None = None
    carrier_service_name: str | None = None

    def link(self, rel: str) -> ApiLink | None:
        """Return the first link whose ``Rel`` equals ``rel``, ignoring case."""
        wanted = rel.casefold()
        return next((a for a in self.api_links or [] if (a.rel or "").casefold() == wanted), None)

    @property
    def consignment_reference(self) -> str | None:
        """Return the consignment reference from the ``detail`` link."""
        detail = self.link("detail")
        return detail.last_segment if detail else None


class AllocateRequest(WireModel):
    """Body of Allocate Using Default Rules."""

    consignment_references: list[str]


class AllocateWithCarrierServiceRequest(WireModel):
    """Body of Allocate With Carrier Service."""

    mpd_carrier_service_reference: str
    consignment_references: list[str]


class ServiceFilters(WireModel):
    """Restrictions of Allocate With Service Filters (never bypass allocation rules)."""

    service_direction: str | None = None
    is_pickup: bool | None = None
    is_drop_off: bool | None = None


class AllocateWithServiceFiltersRequest(WireModel):
    """Body of Allocate With Service Filters."""

    consignment_references: list[str]
    filters: ServiceFilters | None = None


class AllocateWithServiceGroupRequest(WireModel):
    """Body of the bulk Allocate With Service Group call [SDK only]."""

    consignment_references: list[str]
    mpd_carrier_service_group_reference: str


class AllocationLabel(WireModel):
    """One entry of an allocate-and-label call [SDK only].

    The label of the consignment or of its return (``LabelType``), base64 in ``LabelContent``, plus
    the allocation outcome.
    """

    label_type: str | None = None
    status_code: int | None = None
    label_content: str | None = None
    label_file_type: str | None = None
    result: OperationResultText | None = None
    consignment_legs: list[ConsignmentLeg] | None = None
    carrier_reference: str | None = None
    carrier_name: str | None = None
    carrier_service_reference: str | None = None
    carrier_service_name: str | None = None
    message: str | None = None
    api_links: list[ApiLink] | None = None


class AllocateAndLabelsResponse(WireModel):
    """Response of ``PUT /allocation/{ref}/.../labels/{format}`` [SDK only; verify in sandbox]."""

    responses: list[AllocationLabel] | None = None
