"""Reference data: shipping locations, package sizes, carriers, services, service groups.

PRO does not document these response bodies (SPEC §6.9). The fields below are the names this
project (client and sandbox) agrees on; every field is optional and anything else PRO sends is kept
as an extra key, so the raw data is never lost. Each endpoint returns a JSON array of these objects.
"""

from __future__ import annotations

from packstation.pro.models.base import WireModel
from packstation.pro.models.common import Address, Dimensions, Weight


class ShippingLocation(WireModel):
    """A pre-configured site (``GET /shippinglocations[/assigned]``).

    Fields: ``Reference`` (what ``ShippingLocationReference`` expects), ``Name``, ``Address``,
    ``CollectionCutOffTime`` (local ``"HH:MM:SS"``, latest time for same-day collection),
    ``TimeZone`` (IANA name, e.g. ``"Europe/London"``), ``IsActive``.
    """

    reference: str | None = None
    name: str | None = None
    address: Address | None = None
    collection_cut_off_time: str | None = None
    time_zone: str | None = None
    is_active: bool | None = None


class PackageSize(WireModel):
    """A standard box (``GET /packagesizes``); ``Reference`` is what ``PackageSizeReference`` takes.

    Fields: ``Reference``, ``Name``, ``Description``, ``Dimensions`` (outer, Cm), ``Weight`` (the
    empty box, Kg), ``MaxWeight`` (Kg), ``IsDefault``.
    """

    reference: str | None = None
    name: str | None = None
    description: str | None = None
    dimensions: Dimensions | None = None
    weight: Weight | None = None
    max_weight: Weight | None = None
    is_default: bool | None = None


class Carrier(WireModel):
    """A carrier (``GET /carriers/getcarriers``): ``Reference`` (e.g. ``UPS``) and ``Name``."""

    reference: str | None = None
    name: str | None = None


class CarrierService(WireModel):
    """A carrier service (``GET /carrierservices``, ``GET /carriers``).

    ``Reference`` is the ``MpdCarrierServiceReference``; the flags mirror the quote leg's
    CarrierService shape (``IsTracked``, ``IsSigned``, ``IsPickUp``, ``IsDropOff``, ``IsTimed``) and
    ``ServiceDirection`` is the flags text (``"Inbound, Outbound"``).
    """

    reference: str | None = None
    name: str | None = None
    carrier_reference: str | None = None
    carrier_name: str | None = None
    service_direction: str | None = None
    is_tracked: bool | None = None
    is_signed: bool | None = None
    is_pick_up: bool | None = None
    is_drop_off: bool | None = None
    is_timed: bool | None = None
    tags: list[str] | None = None


class ServiceGroup(WireModel):
    """A carrier service group (``GET /servicegroups``).

    Fields: ``Reference`` (the ``mpdCarrierServiceGroupReference``), ``Name`` and
    ``CarrierServiceReferences`` (its member services).
    """

    reference: str | None = None
    name: str | None = None
    carrier_service_references: list[str] | None = None
