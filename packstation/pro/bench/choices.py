"""Quotes and checkout options as rows of the bench's choice table.

* A quote's carrier is the carrier name of its first leg (PRO's quote has only the carrier
  reference at top level); its cut-off is ``ExpiryDate``, after which PRO refuses the quote.
* A delivery option is a pickup option when an address of the option's consignment carries a
  ``ShopLocationReference`` (SPEC 2.7); its cut-off is ``AllocationCutOff``. A window of
  00:00-23:59 means "any time that day" (SPEC 6.1.1) and is shown as no window.
"""

from __future__ import annotations

from packstation.domain.choices import (
    ChoiceKind,
    PickupPoint,
    QuoteList,
    ServiceChoice,
    UnqualifiedService,
)
from packstation.domain.shipment import DeliveryPromise
from packstation.pro import models as m
from packstation.pro.bench import wording
from packstation.pro.bench.places import place_of
from packstation.pro.errors import ProResponseError

_WHOLE_DAY_STARTS = ("00:00",)
_WHOLE_DAY_ENDS = ("23:59", "24:00")


def _quote_carrier(quote: m.Quote) -> str:
    for leg in quote.legs or ():
        service = leg.carrier_service
        if service is not None and (service.carrier_name or service.carrier_reference):
            return service.carrier_name or service.carrier_reference or ""
    return quote.carrier_reference or ""


def quote_choice(quote: m.Quote) -> ServiceChoice:
    """Return one quote as a choice (taking it sends ``QuoteReference``)."""
    gross = quote.price.gross if quote.price else None
    currency = quote.price.currency.iso_code if quote.price and quote.price.currency else None
    earliest, latest = quote.earliest_delivery_date, quote.latest_delivery_date
    return ServiceChoice(
        kind=ChoiceKind.QUOTE,
        reference=quote.quote_reference or "",
        carrier=wording.name(_quote_carrier(quote)) or "",
        service=wording.name(quote.mpd_carrier_service or quote.mpd_carrier_service_reference)
        or "",
        service_reference=quote.mpd_carrier_service_reference,
        price_gross=gross,
        currency=currency,
        promise=DeliveryPromise(earliest, latest) if earliest or latest else None,
        cutoff=quote.expiry_date,
    )


def quote_list(result: m.QuoteResult) -> QuoteList:
    """Return PRO's quotes (those with a reference) and the services that could not quote."""
    choices = tuple(quote_choice(q) for q in result.quotes or () if q.quote_reference)
    unqualified = tuple(
        UnqualifiedService(
            service=wording.name(u.mpd_carrier_service or u.mpd_carrier_service_reference) or "",
            reason=wording.sentence(u.exclusion_reason) or "",
        )
        for u in result.unqualified_services or ()
    )
    return QuoteList(choices=choices, unqualified=unqualified)


def _window(window: m.DeliveryWindow | None) -> tuple[str, str] | None:
    if window is None or not window.start or not window.end:
        return None
    start, end = window.start[:5], window.end[:5]
    if start in _WHOLE_DAY_STARTS and end in _WHOLE_DAY_ENDS:
        return None
    return start, end


def _shop_address(detail: m.ConsignmentDetail | None) -> m.Address | None:
    addresses = detail.addresses if detail is not None else None
    return next((a for a in addresses or () if a.shop_location_reference), None)


def _pickup_point(shop: m.Address) -> PickupPoint:
    place = place_of(shop)
    return PickupPoint(
        name=(shop.company_name or shop.customer_name or (place.name if place else "")).strip(),
        shop_reference=shop.shop_location_reference or "",
        address=place.one_line if place else "",
        distance_km=None,
    )


def _promise(option: m.DeliveryOption, detail: m.ConsignmentDetail | None) -> DeliveryPromise:
    estimated = option.estimated_delivery_date
    day = estimated.date if estimated else None
    earliest = (detail.earliest_delivery_date if detail else None) or day
    latest = (detail.latest_delivery_date if detail else None) or day
    guaranteed = bool(estimated.guaranteed) if estimated else False
    return DeliveryPromise(earliest, latest, guaranteed)


def option_choice(reference: str, existing: m.ExistingDeliveryOption) -> ServiceChoice:
    """Return an option offered at checkout as a delivery or pickup choice."""
    option = existing.delivery_option
    if option is None:
        raise ProResponseError(f"SortedPRO sent no delivery option for {reference}.")
    shop = _shop_address(existing.consignment_detail)
    gross = option.price.gross if option.price else None
    currency = option.price.currency.iso_code if option.price and option.price.currency else None
    return ServiceChoice(
        kind=ChoiceKind.PICKUP_OPTION if shop else ChoiceKind.DELIVERY_OPTION,
        reference=option.reference or existing.reference or reference,
        carrier=wording.name(option.carrier) or "",
        service=wording.name(option.carrier_service or option.carrier_service_reference) or "",
        service_reference=option.carrier_service_reference,
        price_gross=gross,
        currency=currency,
        promise=_promise(option, existing.consignment_detail),
        window=_window(option.delivery_window),
        cutoff=option.allocation_cut_off,
        pickup_point=_pickup_point(shop) if shop else None,
        customer_reference=_customer_reference(existing.consignment_detail),
    )


def _customer_reference(detail: m.ConsignmentDetail | None) -> str | None:
    """Return the shop's reference the new consignment will carry (found by after a lost select)."""
    reference = detail.consignment_reference_provided_by_customer if detail else None
    return reference.strip() or None if reference else None
