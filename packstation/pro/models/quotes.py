"""Quote responses (SPEC §6.3). The request body is a CreateConsignmentRequest."""

from __future__ import annotations

from typing import Any

from packstation.pro.models.base import (
    SpellingKeepingModel,
    WireDateTime,
    WireDecimal,
    WireModel,
    either_key,
)
from packstation.pro.models.common import Address, MetaData, Rate


class QuoteSurcharge(WireModel):
    """A surcharge included in a quote's ``Price`` but not its ``BasePrice`` [SDK shape]."""

    reference: str | None = None
    currency_iso_code: str | None = None
    amount: WireDecimal | None = None
    application_type: str | None = None
    type: str | None = None
    applies_to_base: bool | None = None
    applies_to_base_only: bool | None = None
    calculation_model: str | None = None
    incremental_unit_factor: WireDecimal | None = None
    incremental_unit_price: WireDecimal | None = None
    minimum_amount: WireDecimal | None = None
    maximum_amount: WireDecimal | None = None


class LegCarrierService(WireModel):
    """The carrier service that runs one leg of a quote."""

    reference: str | None = None
    name: str | None = None
    carrier_reference: str | None = None
    carrier_name: str | None = None
    external_reference: str | None = None
    is_drop_off: bool | None = None
    is_pick_up: bool | None = None
    is_timed: bool | None = None
    is_tracked: bool | None = None
    is_signed: bool | None = None
    service_direction: str | None = None


class QuoteLeg(SpellingKeepingModel):
    """One journey stage of a quote (examples spell its metadata ``Metadata``)."""

    journey_stage: int | None = None
    carrier_service: LegCarrierService | None = None
    carrier_account_reference: str | None = None
    delivery_hub: Any = None
    cost_items: Any = None
    volumetric_parcel_weight: WireDecimal | None = None
    collection_type: str | None = None
    meta_data: list[MetaData] | None = either_key("MetaData", "Metadata")


class Quote(WireModel):
    """A priced carrier service for a consignment; ``QuoteReference`` feeds Allocate With Quote.

    ``MpdCarrierServiceSource`` arrives as a number (``2``) or a name (``"External"``) and is kept
    as received; never send it.
    """

    quote_reference: str | None = None
    creation_date: WireDateTime | None = None
    expiry_date: WireDateTime | None = None
    requestor: str | None = None
    consignment_reference: str | None = None
    consignment_reference_provided_by_customer: str | None = None
    mpd_carrier_service_reference: str | None = None
    mpd_carrier_service: str | None = None
    mpd_carrier_service_source: int | str | None = None
    carrier_reference: str | None = None
    origin_address: Address | None = None
    destination_address: Address | None = None
    collection_date: WireDateTime | None = None
    earliest_delivery_date: WireDateTime | None = None
    latest_delivery_date: WireDateTime | None = None
    base_price: Rate | None = None
    price: Rate | None = None
    surcharges: list[QuoteSurcharge] | None = None
    legs: list[QuoteLeg] | None = None
    carrier_account_owner: str | None = None
    is_electio_service: bool | None = None
    service_direction: str | None = None


class UnqualifiedService(WireModel):
    """A carrier service that could not quote, with the reason."""

    available: bool | None = None
    rates: bool | None = None
    mpd_carrier_service: str | None = None
    carrier_reference: str | None = None
    mpd_carrier_service_reference: str | None = None
    exclusion_reason: str | None = None


class QuoteResult(WireModel):
    """Get Quotes / Get Quotes by Consignment Reference response."""

    quote_request_reference: str | None = None
    quotes: list[Quote] | None = None
    message: str | None = None
    unqualified_services: list[UnqualifiedService] | None = None


class ServiceGroupQuoteResult(QuoteResult):
    """One entry of Get Service Group Quotes: a QuoteResult for one service group."""

    reference: str | None = None
    name: str | None = None
    cheapest_quote: Quote | None = None
