"""Orders and Pack Order (SPEC §6.8)."""

from __future__ import annotations

from packstation.pro.models.base import SpellingKeepingModel, WireDateTime, WireModel, either_key
from packstation.pro.models.common import (
    Address,
    ApiLink,
    CustomsDocumentation,
    Dimensions,
    MetaData,
    Money,
    RequestedDeliveryDate,
    Weight,
)
from packstation.pro.models.enums import ConsignmentDirectionText, OperationResultText
from packstation.pro.models.packages import Package


class CreateOrderRequest(SpellingKeepingModel):
    """Body of Create Order: the Create Consignment structure keyed by the order reference.

    ``Packages`` (holding the items) and ``Addresses`` must be present.
    """

    packages: list[Package]
    addresses: list[Address]
    order_reference_provided_by_customer: str | None = None
    source: str | None = None
    required_delivery_date: RequestedDeliveryDate | None = None
    shipping_date: WireDateTime | None = None
    customs_documentation: CustomsDocumentation | None = None
    meta_data: list[MetaData] | None = either_key("MetaData", "Metadata")
    direction: ConsignmentDirectionText | None = None
    tags: list[str] | None = None


class UpdateOrderRequest(SpellingKeepingModel):
    """Body of Update Order; omitted reference/date/customs/metadata fields are deleted by PRO.

    The SDK flags ``Addresses`` and ``Direction`` as required: send them.
    """

    order_reference: str
    order_reference_provided_by_customer: str | None = None
    required_delivery_date: RequestedDeliveryDate | None = None
    shipping_date: WireDateTime | None = None
    customs_documentation: CustomsDocumentation | None = None
    addresses: list[Address] | None = None
    meta_data: list[MetaData] | None = either_key("MetaData", "Metadata")
    direction: ConsignmentDirectionText | None = None
    tags: list[str] | None = None


class Order(SpellingKeepingModel):
    """Get Order response; its packages use the consignment :class:`Package` shape."""

    order_reference: str | None = None
    order_reference_provided_by_customer: str | None = None
    delivery_option_reference: str | None = None
    packages: list[Package] | None = None
    date_created: WireDateTime | None = None
    required_delivery_date: RequestedDeliveryDate | None = None
    shipping_date: WireDateTime | None = None
    meta_data: list[MetaData] | None = either_key("MetaData", "Metadata")
    earliest_delivery_date: WireDateTime | None = None
    latest_delivery_date: WireDateTime | None = None
    weight: Weight | None = None
    source: str | None = None
    value: Money | None = None
    addresses: list[Address] | None = None
    customs_documentation: CustomsDocumentation | None = None
    direction: ConsignmentDirectionText | None = None
    tags: list[str] | None = None


class PackItem(WireModel):
    """An order line to pack: ``Sku``, ``Reference`` or ``ItemReferenceProvidedByCustomer``.

    ``Quantity`` is the number of units packed.
    """

    sku: str | None = None
    reference: str | None = None
    item_reference_provided_by_customer: str | None = None
    quantity: int | None = None


class PackPackage(WireModel):
    """A package of a pack request: weight + dimensions or a package size, and >= 1 item."""

    dimensions: Dimensions | None = None
    weight: Weight | None = None
    package_size_reference: str | None = None
    items: list[PackItem]


class PackOrderRequest(SpellingKeepingModel):
    """Body of Pack Order: creates one Unallocated consignment from some order items."""

    order_reference: str
    packages: list[PackPackage]
    order_reference_provided_by_customer: str | None = None
    generate_return: bool | None = None
    meta_data: list[MetaData] | None = either_key("MetaData", "Metadata")
    customs_documentation: CustomsDocumentation | None = None
    tags: list[str] | None = None


class PackOrderResult(WireModel):
    """One consignment created by Pack Order (``Result`` e.g. ``ConsignmentCreated``)."""

    result: OperationResultText | None = None
    message: str | None = None
    data: str | None = None
    api_links: list[ApiLink] | None = None


class PackOrderResponse(WireModel):
    """Pack Order response: one result per created consignment (two with a return)."""

    results: list[PackOrderResult] | None = None


class OrderConsignmentsRequest(WireModel):
    """Body of ``PUT /orders/consignments`` [SDK only]: which orders to list consignments for."""

    order_references: list[str]


class OrderConsignment(WireModel):
    """A consignment packed from an order, with its return consignment if one was generated."""

    consignment_reference: str | None = None
    return_consignment_reference: str | None = None


class OrderConsignmentsResult(WireModel):
    """Consignments already packed from one order (use it to make packing idempotent)."""

    order_reference: str | None = None
    status: int | None = None
    message: str | None = None
    consignments: list[OrderConsignment] | None = None


class OrderConsignmentsResponse(WireModel):
    """Response of ``PUT /orders/consignments`` [SDK only]."""

    order_consignments_results: list[OrderConsignmentsResult] | None = None
