"""Consignment requests and read models (SPEC §6.2)."""

from __future__ import annotations

from copy import deepcopy

from pydantic import Field

from packstation.pro.models.base import SpellingKeepingModel, WireDateTime, WireModel, either_key
from packstation.pro.models.common import (
    Address,
    ApiLink,
    CustomsDocumentation,
    MetaData,
    Money,
    Rate,
    RequestedDeliveryDate,
    Weight,
)
from packstation.pro.models.enums import (
    ConsignmentDirectionText,
    ConsignmentState,
    ConsignmentStateText,
    OperationStatusText,
    known_member,
)
from packstation.pro.models.packages import ConsignmentLeg, Package


class CreateConsignmentRequest(SpellingKeepingModel):
    """Body of Create Consignment, and of Get Quotes / Get Service Group Quotes.

    ``Packages`` and ``Addresses`` must be present (PRO needs >= 1 package and Origin + Destination;
    the model only insists the keys exist). Create calls name the date promise
    ``RequiredDeliveryDate`` while quote bodies (a consignment) use ``RequestedDeliveryDate``
    (SPEC §9 #14): both fields exist, set the one the endpoint expects. ``Weight`` and ``Value`` at
    consignment level appear in the service-group quote example.
    """

    packages: list[Package]
    addresses: list[Address]
    consignment_reference_provided_by_customer: str | None = None
    source: str | None = None
    required_delivery_date: RequestedDeliveryDate | None = None
    requested_delivery_date: RequestedDeliveryDate | None = None
    shipping_date: WireDateTime | None = None
    customs_documentation: CustomsDocumentation | None = None
    meta_data: list[MetaData] | None = either_key("MetaData", "Metadata")
    direction: ConsignmentDirectionText | None = None
    tags: list[str] | None = None
    weight: Weight | None = None
    value: Money | None = None

    @property
    def delivery_date_promise(self) -> RequestedDeliveryDate | None:
        """Return whichever of the two delivery-date fields is set."""
        return self.required_delivery_date or self.requested_delivery_date


class UpdateConsignmentRequest(SpellingKeepingModel):
    """Body of Update Consignment: a whole-object replace identified by ``Reference``.

    Omitting ShippingDate, RequestedDeliveryDate, ConsignmentReferenceProvidedByCustomer,
    CustomsDocumentation, MetaData or Addresses deletes the stored value (SPEC §6.2.6).
    """

    reference: str
    consignment_reference_provided_by_customer: str | None = None
    source: str | None = None
    requested_delivery_date: RequestedDeliveryDate | None = None
    shipping_date: WireDateTime | None = None
    packages: list[Package] | None = None
    addresses: list[Address] | None = None
    customs_documentation: CustomsDocumentation | None = None
    meta_data: list[MetaData] | None = either_key("MetaData", "Metadata")
    direction: ConsignmentDirectionText | None = None
    tags: list[str] | None = None

    @classmethod
    def from_consignment(cls, consignment: Consignment) -> UpdateConsignmentRequest:
        """Start an update from a fetched consignment, so that nothing is deleted by omission.

        Copies (deeply) Reference and every replaceable field the consignment carried, null
        staying null; modify the result, then send it with Update Consignment.
        """
        if consignment.reference is None:
            raise ValueError("a consignment without Reference cannot be updated")
        carried = {
            name: deepcopy(getattr(consignment, name))
            for name in _UPDATABLE_FIELDS
            if name in consignment.model_fields_set
        }
        return cls(reference=consignment.reference, **carried)


_UPDATABLE_FIELDS = (
    "consignment_reference_provided_by_customer",
    "requested_delivery_date",
    "shipping_date",
    "packages",
    "addresses",
    "customs_documentation",
    "meta_data",
    "direction",
    "tags",
)


class ConsignmentReferencesRequest(WireModel):
    """``{ConsignmentReferences: [...]}`` body of Allocate, Manifest and Dispatch."""

    consignment_references: list[str]


ManifestConsignmentsRequest = ConsignmentReferencesRequest
DispatchRequest = ConsignmentReferencesRequest


class Allocation(WireModel):
    """The carrier service a consignment is allocated to, with its price."""

    carrier_service_group_reference: str | None = None
    mpd_carrier_service_group_name: str | None = None
    mpd_carrier_service_reference: str | None = None
    mpd_carrier_service_name: str | None = None
    allocation_date: WireDateTime | None = None
    price: Rate | None = None


class FailedAllocation(WireModel):
    """Why the last allocation attempt failed (``Message``)."""

    carrier_service_group_reference: str | None = None
    mpd_carrier_service_group_name: str | None = None
    mpd_carrier_service_reference: str | None = None
    mpd_carrier_service_name: str | None = None
    attempted_allocation_date: WireDateTime | None = None
    message: str | None = None


class LocationInformation(WireModel):
    """Pickup shop of a consignment delivered to a PUDO location."""

    shop_reference: str | None = None
    reservation_reference: str | None = None


class Consignment(SpellingKeepingModel):
    """Get Consignment response (SPEC §6.2.2); every field may be null."""

    reference: str | None = None
    consignment_reference_provided_by_customer: str | None = None
    customer_reference: str | None = None
    consignment_state: ConsignmentStateText | None = None
    source: str | None = None
    direction: ConsignmentDirectionText | None = None
    date_created: WireDateTime | None = None
    shipping_date: WireDateTime | None = None
    requested_delivery_date: RequestedDeliveryDate | None = None
    earliest_delivery_date: WireDateTime | None = None
    latest_delivery_date: WireDateTime | None = None
    collection_date: WireDateTime | None = None
    date_shipped: WireDateTime | None = None
    date_collected: WireDateTime | None = None
    date_delivered: WireDateTime | None = None
    date_returned: WireDateTime | None = None
    attempted_delivery_date: WireDateTime | None = None
    first_attempted_delivery_date: WireDateTime | None = None
    weight: Weight | None = None
    value: Money | None = None
    addresses: list[Address] | None = None
    packages: list[Package] | None = None
    consignment_legs: list[ConsignmentLeg] | None = None
    allocation: Allocation | None = None
    failed_allocation: FailedAllocation | None = None
    label_count: int | None = None
    labels_printed: bool | None = None
    date_labels_were_first_printed: WireDateTime | None = None
    is_late: bool | None = None
    late_for_customer: bool | None = None
    customs_documentation: CustomsDocumentation | None = None
    meta_data: list[MetaData] | None = either_key("MetaData", "Metadata")
    tags: list[str] | None = None
    location_information: LocationInformation | None = None

    @property
    def state(self) -> ConsignmentState | None:
        """Return the state as a known member, or None when absent or not (yet) known to us."""
        return known_member(ConsignmentState, self.consignment_state)

    def address(self, address_type: str) -> Address | None:
        """Return the first address of the given type (e.g. ``"Destination"``), if any."""
        return next((a for a in self.addresses or [] if a.address_type == address_type), None)


class ConsignmentStatus(WireModel):
    """Get Consignment Status response: the lightweight state of one consignment."""

    consignment_reference_for_all_legs_assigned_by_mpd: str | None = None
    status: ConsignmentStateText | None = None
    expected_delivery_date: WireDateTime | None = None
    api_link: ApiLink | None = None

    @property
    def state(self) -> ConsignmentState | None:
        """Return the state as a known member, or None when absent or unknown."""
        return known_member(ConsignmentState, self.status)


class ConsignmentSummary(WireModel):
    """One row of Search Consignments (SPEC §6.2.5)."""

    reference: str | None = None
    consignment_reference_provided_by_customer: str | None = None
    date_created: WireDateTime | None = None
    state: ConsignmentStateText | None = None
    shipping_date: WireDateTime | None = None
    source: str | None = None
    mpd_carrier_reference: str | None = None
    mpd_carrier_service_reference: str | None = None
    mpd_carrier_service_name: str | None = None
    mpd_carrier_service_group_name: str | None = None
    mpd_carrier_service_group_reference: str | None = None
    allocation_date: WireDateTime | None = None
    shipped_date: WireDateTime | None = None
    destination_address_line1: str | None = None
    destination_address_town: str | None = None
    destination_address_postcode: str | None = None
    destination_address_country: str | None = None
    destination_shipping_location_reference: str | None = None
    requested_delivery_date: WireDateTime | None = None
    requested_delivery_date_is_to_be_exactly_on_the_date_specified: bool | None = None
    estimated_delivery_date: WireDateTime | None = None
    delivery_date: WireDateTime | None = None
    collection_date: WireDateTime | None = None
    attempted_delivery_date: WireDateTime | None = None
    is_late: bool | None = None
    labels_printed: bool | None = None
    date_labels_were_first_printed: WireDateTime | None = None
    shipping_terms: str | None = None
    failed_allocation_attempted_allocation_date: WireDateTime | None = None
    failed_allocation_message: str | None = None
    failed_allocation_mpd_carrier_service_reference: str | None = None
    failed_allocation_mpd_carrier_service_group_name: str | None = None
    failed_allocation_mpd_carrier_service_group_reference: str | None = None
    failed_allocation_mpd_carrier_service_name: str | None = None
    failed_manifest_message: str | None = None
    failed_manifest_time_stamp: WireDateTime | None = None
    value: Money | None = None
    weight: Weight | None = None
    api_link: ApiLink | None = None

    @property
    def known_state(self) -> ConsignmentState | None:
        """Return ``State`` as a known member, or None when absent or unknown."""
        return known_member(ConsignmentState, self.state)


class ConsignmentSearchResult(WireModel):
    """Search Consignments response: total ``Count`` and one page of summaries."""

    count: int | None = None
    consignment_summaries: list[ConsignmentSummary] | None = Field(default=None)


class DispatchResult(WireModel):
    """Per-consignment result of Dispatch Consignments (SPEC §6.2.13, SDK shape)."""

    consignment_reference_for_all_legs_assigned_by_mpd: str | None = None
    status: OperationStatusText | None = None
    http_status_code: int | None = None
    api_links: list[ApiLink] | None = None
    message: str | None = None
