"""Small shapes shared by many PRO requests and responses (SPEC §2)."""

from __future__ import annotations

import re
from typing import Any

from pydantic import Field, model_validator

from packstation.pro.models.base import (
    SpellingKeepingModel,
    WireDateTime,
    WireDecimal,
    WireModel,
    either_key,
)
from packstation.pro.models.enums import AddressTypeText, CategoryTypeText, ShippingTermsText

_PRO_REFERENCE = re.compile(r"E[A-Za-z]{1,2}-[A-Za-z0-9]{3}-[A-Za-z0-9]{3}-[A-Za-z0-9]{3}")
"""A reference PRO issues for a consignment (EC-), order (EO-) or package (EP-) (SPEC 3)."""


class ApiLink(WireModel):
    """A link PRO returns: ``Rel`` (e.g. ``"detail"``, ``"label"``) and ``Href``."""

    rel: str | None = None
    href: str | None = None

    @property
    def last_segment(self) -> str | None:
        """Return the PRO reference ``Href`` ends in (the new one after a create call), if any.

        A link that does not end in a reference of the ``EC-xxx-xxx-xxx`` family (SPEC 3: a
        consignment, order or package) gives None, so that a garbled answer is never taken
        for a reference to read or print.
        """
        if not self.href:
            return None
        segment = self.href.rstrip("/").rsplit("/", 1)[-1]
        return segment if _PRO_REFERENCE.fullmatch(segment) else None


class Currency(WireModel):
    """ISO-4217 currency; only ``IsoCode`` is needed on input."""

    iso_code: str | None = None
    name: str | None = None


class Money(WireModel):
    """An amount in a currency."""

    amount: WireDecimal | None = None
    currency: Currency | None = None


class Weight(WireModel):
    """A weight ``{Value, Unit}``; only ``Kg`` is used in v1.

    One response shape (Get Existing Delivery Option) writes ``{"Kg": 0.0}`` instead; it is read
    into ``value``/``unit`` and written back in the canonical ``{Value, Unit}`` form.
    """

    value: WireDecimal | None = None
    unit: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _accept_kg_shape(cls, data: Any) -> Any:
        """Turn ``{"Kg": n}`` into ``{"Value": n, "Unit": "Kg"}``."""
        if isinstance(data, dict) and "Kg" in data and "Value" not in data and "value" not in data:
            normalised = {key: item for key, item in data.items() if key != "Kg"}
            normalised.update(Value=data["Kg"], Unit="Kg")
            return normalised
        return data


class Dimensions(WireModel):
    """Box dimensions; only ``Cm`` is used in v1. Length is the longest side."""

    unit: str | None = None
    width: WireDecimal | None = None
    length: WireDecimal | None = None
    height: WireDecimal | None = None


class CountryIsoCode(WireModel):
    """ISO-3166 codes of a country; input needs only ``TwoLetterCode``."""

    two_letter_code: str | None = None
    three_letter_code: str | None = None
    numeric_code: str | None = None


class Country(WireModel):
    """A country: display name and ISO codes."""

    name: str | None = None
    iso_code: CountryIsoCode | None = None


class Contact(WireModel):
    """A person at an address."""

    reference: str | None = None
    title: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    position: str | None = None
    telephone: str | None = None
    mobile: str | None = None
    land_line: str | None = None
    email: str | None = None


class LatLong(WireModel):
    """Geographic coordinates of an address."""

    latitude: WireDecimal | None = None
    longitude: WireDecimal | None = None


class Address(WireModel):
    """A consignment/order address (SPEC §2.7); quote addresses omit ``AddressType``."""

    address_type: AddressTypeText | None = None
    shipping_location_reference: str | None = None
    shop_location_reference: str | None = None
    contact: Contact | None = None
    company_name: str | None = None
    customer_name: str | None = None
    address_line1: str | None = None
    address_line2: str | None = None
    address_line3: str | None = None
    town: str | None = None
    region: str | None = None
    postcode: str | None = None
    country: Country | None = None
    region_code: str | None = None
    special_instructions: str | None = None
    lat_long: LatLong | None = None
    is_cached: bool | None = None
    cache_date: WireDateTime | None = None
    cache_source: str | None = None


class MetaData(WireModel):
    """One custom field: ``KeyValue`` names it, at most one value of each type."""

    key_value: str | None = None
    string_value: str | None = None
    int_value: int | None = None
    decimal_value: WireDecimal | None = None
    date_time_value: WireDateTime | None = None
    bool_value: bool | None = None


class Barcode(WireModel):
    """A barcode on a package or item (``BarcodeType`` e.g. ``Code39``)."""

    code: str | None = None
    barcode_type: str | None = None


class DeliveryWindow(WireModel):
    """A time-of-day window: ``Start``/``End`` stay ``"HH:MM:SS"`` text."""

    start: str | None = None
    end: str | None = None
    utc_offset: str | None = None


class RequestedDeliveryDate(WireModel):
    """A delivery date promise (also sent as ``RequiredDeliveryDate``, SPEC §2.11)."""

    date: WireDateTime | None = None
    is_to_be_exactly_on_the_date_specified: bool | None = None
    delivery_window: DeliveryWindow | None = None


class CustomsDocumentation(WireModel):
    """Customs data of an international consignment or order (SPEC §2.12)."""

    designated_person_responsible: str | None = None
    importers_vat_number: str | None = None
    category_type: CategoryTypeText | None = None
    shipper_customs_reference: str | None = None
    importers_tax_code: str | None = None
    importers_telephone: str | None = None
    importers_fax: str | None = None
    importers_email: str | None = None
    cn23_comments: str | None = Field(default=None, alias="CN23Comments")
    references_of_attached_invoices: list[str] | None = None
    references_of_attached_certificates: list[str] | None = None
    references_of_attached_licences: list[str] | None = None
    category_type_explanation: str | None = None
    declaration_date: WireDateTime | None = None
    office_of_posting: str | None = None
    reason_for_export: str | None = None
    shipping_terms: ShippingTermsText | None = None
    shippers_vat_number: str | None = None
    receivers_tax_code: str | None = None
    receivers_vat_number: str | None = None
    invoice_date: WireDateTime | None = None
    receivers_shipping_cost: WireDecimal | None = None
    importers_code: str | None = None


class TaxRate(WireModel):
    """A tax rate; ``Rate`` 0.2 means 20 %."""

    reference: str | None = None
    country_iso_code: str | None = None
    type: str | None = None
    rate: WireDecimal | None = None


class Rate(SpellingKeepingModel):
    """A price (SPEC §2.17). Reads ``TaxRate``/``VatRate`` and ``VatAmount``/``TaxAmount``."""

    net: WireDecimal | None = None
    gross: WireDecimal | None = None
    tax_rate: TaxRate | None = either_key("TaxRate", "VatRate")
    vat_amount: WireDecimal | None = either_key("VatAmount", "TaxAmount")
    currency: Currency | None = None


class KeyValuePair(WireModel):
    """A generic ``{Key, Value}`` entry (pickup ``AdditionalInformation`` and similar)."""

    key: str | None = None
    value: Any = None


class BulkResult(WireModel):
    """Per-reference result of a bulk call (``WithMessage<string>``, SPEC §2.15).

    ``Data`` is the consignment reference; check ``IsSuccess`` of every entry.
    """

    is_success: bool | None = None
    message: str | None = None
    data: str | None = None
    api_links: list[ApiLink] | None = None


class ApiErrorDetail(WireModel):
    """One per-field detail of an error body."""

    code: str | None = None
    target: str | None = None
    message: str | None = None


class ApiError(WireModel):
    """PRO's error body (SPEC §1.4): its own ``Code``, a ``Message`` and a ``CorrelationId``."""

    code: str | None = None
    message: str | None = None
    correlation_id: str | None = None
    details: list[ApiErrorDetail] | None = None
