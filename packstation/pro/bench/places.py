"""Small conversions shared by the bench mappings: addresses, units, metadata, locations.

PRO sends weights in ``Kg`` and sizes in ``Cm`` in v1 (SPEC 2.3, 2.4); other units are converted
when they are obviously metric and otherwise treated as unknown rather than guessed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from decimal import Decimal

from packstation.domain.shipment import Dimensions, Place
from packstation.errors import RemoteRejectedError
from packstation.pro import models as m

logger = logging.getLogger(__name__)

_KG_PER_UNIT = {
    "kg": Decimal(1),
    "kgs": Decimal(1),
    "g": Decimal("0.001"),
    "grams": Decimal("0.001"),
}
_CM_PER_UNIT = {"cm": Decimal(1), "mm": Decimal("0.1"), "m": Decimal(100)}


def weight_kg(weight: m.Weight | None) -> Decimal | None:
    """Return a PRO weight in kilograms; None when absent or in a unit this station cannot read."""
    if weight is None or weight.value is None:
        return None
    factor = _KG_PER_UNIT.get((weight.unit or "Kg").casefold())
    return None if factor is None else weight.value * factor


def dimensions_cm(dimensions: m.Dimensions | None) -> Dimensions | None:
    """Return PRO dimensions in centimetres; None unless all three sides are known."""
    if dimensions is None:
        return None
    sides = (dimensions.length, dimensions.width, dimensions.height)
    factor = _CM_PER_UNIT.get((dimensions.unit or "Cm").casefold())
    if factor is None or any(side is None for side in sides):
        return None
    length, width, height = (side * factor for side in sides if side is not None)
    return Dimensions(length_cm=length, width_cm=width, height_cm=height)


def country_code(address: m.Address | None) -> str | None:
    """Return the two-letter country code of an address, upper case, if it carries one."""
    if address is None or address.country is None or address.country.iso_code is None:
        return None
    code = address.country.iso_code.two_letter_code
    return code.strip().upper() if code and code.strip() else None


def addressee(address: m.Address) -> str:
    """Return who the address is for: the contact's name, else the company or customer name."""
    contact = address.contact
    if contact is not None:
        name = " ".join(part.strip() for part in (contact.first_name, contact.last_name) if part)
        if name.strip():
            return name.strip()
    return (address.company_name or address.customer_name or "").strip()


def place_of(address: m.Address | None) -> Place | None:
    """Return the domain :class:`Place` of a PRO address, or None without one."""
    if address is None:
        return None
    lines = tuple(
        line.strip()
        for line in (address.address_line1, address.address_line2, address.address_line3)
        if line and line.strip()
    )
    name = addressee(address) or (address.shipping_location_reference or "")
    return Place(
        name=name,
        lines=lines,
        town=(address.town or "").strip(),
        postcode=(address.postcode or "").strip(),
        country_code=country_code(address) or "",
    )


def address_of_type(addresses: Iterable[m.Address] | None, address_type: str) -> m.Address | None:
    """Return the first address of ``address_type`` (compared without case), if any."""
    wanted = address_type.casefold()
    return next(
        (a for a in addresses or () if str(a.address_type or "").casefold() == wanted), None
    )


def metadata_text(entries: Iterable[m.MetaData] | None) -> dict[str, str]:
    """Return custom fields as text: the first typed value each entry carries, by ``KeyValue``."""
    result: dict[str, str] = {}
    for entry in entries or ():
        if not entry.key_value:
            continue
        text = _metadata_value(entry)
        if text is not None:
            result[entry.key_value] = text
    return result


def _metadata_value(entry: m.MetaData) -> str | None:
    if entry.string_value is not None:
        return entry.string_value
    if entry.bool_value is not None:
        return "true" if entry.bool_value else "false"
    if entry.int_value is not None:
        return str(entry.int_value)
    if entry.decimal_value is not None:
        return str(entry.decimal_value)
    if entry.date_time_value is not None:
        return entry.date_time_value.isoformat()
    return None


class LocationCountries:
    """Countries of shipping locations, read once from PRO when first needed and then kept.

    A consignment whose origin is only a ``ShippingLocationReference`` says nothing about its
    country; the station's locations rarely change during a shift, so one list call is enough.
    """

    def __init__(self, fetch: Callable[[], list[m.ShippingLocation]]) -> None:
        self._fetch = fetch
        self._countries: dict[str, str | None] | None = None

    def country_of(self, reference: str) -> str | None:
        """Return the country of location ``reference``; None when unknown to PRO.

        When PRO refuses the list (an account without the permission), every origin country
        stays unknown for this session rather than failing the read of a consignment.
        """
        if self._countries is None:
            try:
                locations = self._fetch()
            except RemoteRejectedError as error:
                logger.warning(
                    "shipping locations unavailable, origin countries unknown: %s", error
                )
                locations = []
            self._countries = {
                location.reference.casefold(): country_code(location.address)
                for location in locations
                if location.reference
            }
        return self._countries.get(reference.casefold())
