"""Delivery and pickup options (SPEC §6.1, needs the SortedHERO licence)."""

from __future__ import annotations

from packstation.pro.models.base import (
    SpellingKeepingModel,
    WireDateTime,
    WireDecimal,
    WireModel,
    either_key,
)
from packstation.pro.models.common import (
    Address,
    ApiLink,
    CustomsDocumentation,
    DeliveryWindow,
    KeyValuePair,
    MetaData,
    Money,
    Rate,
    RequestedDeliveryDate,
    Weight,
)
from packstation.pro.models.consignments import CreateConsignmentRequest


class DeliveryOptionsRequest(CreateConsignmentRequest):
    """Body of Delivery Options / Delivery Option Summary: a consignment-to-be plus filters.

    Without ``DeliveryDate`` PRO returns options for up to 14 days from today.
    """

    delivery_date: WireDateTime | None = None
    guaranteed_only: bool | None = None


class Distance(WireModel):
    """Search radius of Pickup Options (``Unit`` ``Km``)."""

    unit: str | None = None
    value: WireDecimal | None = None


class PickupOptionsRequest(DeliveryOptionsRequest):
    """Body of Pickup Options: Delivery Options body plus radius and result limit (1..50)."""

    distance: Distance
    max_results: int


class EstimatedDeliveryDate(WireModel):
    """Delivery date of an option; ``DayOfWeek`` is PRO's text and may be wrong (SPEC §9 #27)."""

    date: WireDateTime | None = None
    guaranteed: bool | None = None
    day_of_week: str | None = None


class DeliveryOption(WireModel):
    """One delivery slot; pass ``Reference`` (EDO-) to Select Option."""

    reference: str | None = None
    estimated_delivery_date: EstimatedDeliveryDate | None = None
    delivery_window: DeliveryWindow | None = None
    carrier: str | None = None
    carrier_service: str | None = None
    carrier_service_reference: str | None = None
    carrier_service_types: list[str] | None = None
    price: Rate | None = None
    allocation_cut_off: WireDateTime | None = None
    operational_cut_off: WireDateTime | None = None
    service_direction: str | None = None


class DeliveryOptionsResponse(WireModel):
    """Delivery Options response."""

    delivery_options: list[DeliveryOption] | None = None


class DeliveryOptionSummary(WireModel):
    """Delivery Option Summary response: the dates that have options (offset-less datetimes)."""

    reference: str | None = None
    delivery_options: list[WireDateTime] | None = None
    time_slots: list[object] | None = None
    pick_up: list[object] | None = None
    drop_off: list[object] | None = None


class ConsignmentDetail(WireModel):
    """The proto-consignment (EPC-) behind an existing delivery option.

    Its ``Weight`` may use the ``{"Kg": n}`` shape (see :class:`Weight`).
    """

    reference: str | None = None
    customer_reference: str | None = None
    weight: Weight | None = None
    value: Money | None = None
    customs_documentation: CustomsDocumentation | None = None
    date_created: WireDateTime | None = None
    shipping_date: WireDateTime | None = None
    requested_delivery_date: RequestedDeliveryDate | None = None
    earliest_delivery_date: WireDateTime | None = None
    latest_delivery_date: WireDateTime | None = None
    consignment_reference_provided_by_customer: str | None = None
    addresses: list[Address] | None = None


class ExistingDeliveryOption(WireModel):
    """Get Existing Delivery Option response."""

    reference: str | None = None
    consignment_detail: ConsignmentDetail | None = None
    delivery_option: DeliveryOption | None = None


class OpeningTimes(WireModel):
    """Weekly opening windows of a pickup location."""

    monday: list[DeliveryWindow] | None = None
    tuesday: list[DeliveryWindow] | None = None
    wednesday: list[DeliveryWindow] | None = None
    thursday: list[DeliveryWindow] | None = None
    friday: list[DeliveryWindow] | None = None
    saturday: list[DeliveryWindow] | None = None
    sunday: list[DeliveryWindow] | None = None


class Reservation(WireModel):
    """Whether a pickup option must be reserved before selection."""

    is_reservation_required: bool | None = None
    expiry_date: WireDateTime | None = None


class PickupLocation(WireModel):
    """A pickup/drop-off shop with its options (do not cache, SPEC §6.1.4)."""

    name: str | None = None
    shop_reference: str | None = None
    address: Address | None = None
    distance: WireDecimal | None = None
    opening_times: OpeningTimes | None = None
    delivery_options: list[DeliveryOption] | None = None
    reservation: Reservation | None = None
    additional_information: list[KeyValuePair] | None = None


class PickupOptionsResponse(WireModel):
    """Pickup Options response."""

    distance: WireDecimal | None = None
    max_results: int | None = None
    locations: list[PickupLocation] | None = None
    non_guaranteed_location: PickupLocation | None = None


class SelectedDeliveryOption(SpellingKeepingModel):
    """One option to turn into an order (Select Option As Order)."""

    reference: str
    order_reference_provided_by_customer: str | None = None
    meta_data: list[MetaData] | None = either_key("MetaData", "Metadata")


class SelectOptionAsOrderRequest(WireModel):
    """Body of Select Option As Order; sending it twice creates duplicate orders."""

    delivery_options: list[SelectedDeliveryOption]


class SelectOrderResult(WireModel):
    """The order created for one selected option (``Status`` 201 on success)."""

    delivery_option_reference: str | None = None
    order_reference: str | None = None
    status: int | None = None
    message: str | None = None
    links: list[ApiLink] | None = None


class SelectOrderResponse(WireModel):
    """Select Option As Order response."""

    select_order_results: list[SelectOrderResult] | None = None
