"""The sandbox's catalogue: seven carriers, eighteen services, two locations, five box sizes.

Allocation-filtering tags: a tagged consignment only goes to services carrying all its tags
(``Fragile``, ``Alcohol``, ``Oil``, ``Flammables`` and the documentation's ``TagC``).

Prices, limits and times are plausible UK retail figures invented for training, not any
carrier's tariff.
"""

from __future__ import annotations

from datetime import time
from decimal import Decimal
from typing import Any

from packstation.sandbox.catalogue import (
    Carrier,
    CollectionSlot,
    PackageSize,
    PriceBand,
    Service,
    ServiceGroup,
    ShippingLocation,
)

D = Decimal

CARRIERS: dict[str, Carrier] = {
    carrier.reference: carrier
    for carrier in (
        Carrier("ROYAL_MAIL", "Royal Mail", "RM1", D("0")),
        Carrier("DPD", "DPD", "DPD1", D("4.50")),
        Carrier("UPS", "UPS", "UPS1", D("6.20")),
        Carrier("EVRI", "Evri", "EVRI1", D("2.95")),
        Carrier("PARCELFORCE", "Parcelforce Worldwide", "PFW1", D("5.00")),
        Carrier("DHL", "DHL Express", "DHL1", D("7.50")),
        Carrier("INPOST", "InPost", "INPOST1", D("0")),
    )
}


def _bands(*pairs: tuple[str, str]) -> tuple[PriceBand, ...]:
    return tuple(PriceBand(D(weight), D(net)) for weight, net in pairs)


UK_LIGHT = _bands(("1", "3.10"), ("2", "3.95"), ("5", "5.40"), ("10", "7.80"), ("20", "11.90"))
UK_STANDARD = _bands(("2", "4.20"), ("5", "5.60"), ("10", "7.45"), ("20", "9.95"), ("30", "13.50"))
UK_PREMIUM = _bands(("2", "7.80"), ("5", "9.20"), ("10", "11.60"), ("20", "15.40"), ("30", "19.90"))
UK_TIMED = _bands(("2", "12.50"), ("5", "14.10"), ("10", "17.30"), ("20", "21.80"))
UK_HEAVY = _bands(("5", "9.90"), ("10", "12.40"), ("20", "16.80"), ("30", "21.50"))
PUDO = _bands(("1", "2.65"), ("2", "3.15"), ("5", "4.10"), ("10", "5.95"), ("15", "7.50"))
EU_ECONOMY = _bands(("1", "9.80"), ("2", "12.40"), ("5", "18.90"), ("10", "27.50"), ("20", "41.00"))
ROW_ECONOMY = _bands(("1", "14.20"), ("2", "19.60"), ("5", "31.50"), ("10", "48.90"))
EU_EXPRESS = _bands(("1", "24.50"), ("2", "28.90"), ("5", "38.40"), ("10", "52.00"), ("30", "96.0"))
ROW_EXPRESS = _bands(("1", "36.80"), ("2", "44.10"), ("5", "61.30"), ("10", "84.50"), ("30", "149"))


def _uk(
    reference: str,
    name: str,
    carrier: str,
    transit_days: int,
    prices: tuple[PriceBand, ...],
    tracking_format: str,
    **options: Any,
) -> Service:
    """Return a UK service; limits default to the heaviest band, 100 cm and 300 cm girth."""
    limits: dict[str, Any] = {
        "max_weight_kg": prices[-1].max_weight_kg,
        "max_length_cm": D("100"),
        "max_length_plus_girth_cm": D("300"),
        **options,
    }
    return Service(
        reference=reference,
        name=name,
        carrier=carrier,
        transit_days=transit_days,
        prices={"UK": prices},
        tracking_format=tracking_format,
        **limits,
    )


# Areas where timed and some next-day services are not offered.
HIGHLANDS_AND_ISLANDS = frozenset(("HS", "ZE", "KW", "IV", "IM", "JE", "GY"))

SERVICES: dict[str, Service] = {
    service.reference: service
    for service in (
        _uk(
            "MPD_RMDTPS48HNAUT",
            "Tracked 48",
            "ROYAL_MAIL",
            2,
            UK_LIGHT,
            "S10_RM",
            max_value_gbp=D("150"),
            max_length_cm=D("61"),
            max_length_plus_girth_cm=D("200"),
            service_types=("Standard",),
            groups=("economy",),
            delivers_saturday=True,
        ),
        _uk(
            "MPD_RMT24",
            "Tracked 24",
            "ROYAL_MAIL",
            1,
            UK_STANDARD[:4],
            "S10_RM",
            max_length_cm=D("61"),
            max_length_plus_girth_cm=D("200"),
            service_types=("NextDay",),
            groups=("nextDay",),
            delivers_saturday=True,
        ),
        _uk(
            "MPD_T48SF",
            "Tracked 48 Signed For",
            "ROYAL_MAIL",
            2,
            UK_STANDARD[:4],
            "S10_RM",
            tags=frozenset(("TagC",)),
            max_length_cm=D("61"),
            max_length_plus_girth_cm=D("200"),
            is_signed=True,
            groups=("valuableGoods",),
            delivers_saturday=True,
        ),
        _uk(
            "MPD_RMSD1PM",
            "Special Delivery Guaranteed by 1pm",
            "ROYAL_MAIL",
            1,
            UK_TIMED,
            "S10_RM",
            window=("07:00:00", "13:00:00"),
            guaranteed=True,
            is_timed=True,
            is_signed=True,
            max_weight_kg=D("20"),
            max_length_cm=D("61"),
            max_length_plus_girth_cm=D("200"),
            service_types=("NextDay", "Timed"),
            groups=("nextDay", "valuableGoods"),
        ),
        _uk(
            "DPD_NEXTDAY",
            "DPD Next Day",
            "DPD",
            1,
            UK_PREMIUM,
            "DPD14",
            tags=frozenset(("Fragile", "Alcohol", "TagC")),
            guaranteed=True,
            service_types=("NextDay",),
            groups=("nextDay",),
        ),
        _uk(
            "DPD_NEXTDAY1030",
            "DPD Next Day by 10:30",
            "DPD",
            1,
            UK_TIMED,
            "DPD14",
            excluded_postcode_areas=HIGHLANDS_AND_ISLANDS,
            window=("07:00:00", "10:30:00"),
            guaranteed=True,
            is_timed=True,
            service_types=("NextDay", "Timed"),
            groups=("nextDay",),
        ),
        _uk(
            "DPD_EVENING",
            "DPD Next Day Evening 17:00-21:00",
            "DPD",
            1,
            UK_TIMED,
            "DPD14",
            excluded_postcode_areas=HIGHLANDS_AND_ISLANDS,
            window=("17:00:00", "21:00:00"),
            guaranteed=True,
            is_timed=True,
            service_types=("NextDay", "Timed"),
            groups=("nextDay",),
        ),
        _uk(
            "DPD_PICKUP",
            "DPD Pickup Shop",
            "DPD",
            1,
            PUDO,
            "DPD14",
            is_pickup=True,
            service_types=("PickUp",),
            groups=("pudo",),
        ),
        _uk(
            "EDC5_UPSHSTDCS",
            "UPS STANDARD (Delivery Confirmation Signature Required)",
            "UPS",
            1,
            UK_PREMIUM,
            "UPS1Z",
            tags=frozenset(("Fragile", "Alcohol")),
            is_signed=True,
            max_weight_kg=D("30"),
            service_types=("NextDay",),
            groups=("valuableGoods",),
        ),
        _uk(
            "EVRI_48",
            "Evri 48 Hour",
            "EVRI",
            2,
            UK_LIGHT[:4],
            "EVRI16",
            max_value_gbp=D("100"),
            max_length_cm=D("120"),
            max_length_plus_girth_cm=D("245"),
            groups=("economy",),
            delivers_saturday=True,
        ),
        _uk(
            "EVRI_NEXTDAY",
            "Evri Next Day",
            "EVRI",
            1,
            UK_STANDARD[:3],
            "EVRI16",
            excluded_postcode_areas=HIGHLANDS_AND_ISLANDS | frozenset(("BT",)),
            max_length_cm=D("120"),
            max_length_plus_girth_cm=D("245"),
            service_types=("NextDay",),
            groups=("nextDay",),
            delivers_saturday=True,
        ),
        _uk(
            "EVRI_PARCELSHOP",
            "Evri ParcelShop Delivery",
            "EVRI",
            2,
            PUDO,
            "EVRI16",
            is_pickup=True,
            is_drop_off=True,
            service_types=("PickUp", "DropOff"),
            groups=("pudo",),
        ),
        _uk(
            "INPOST_LOCKER",
            "InPost Locker 24",
            "INPOST",
            1,
            PUDO[:4],
            "INPOST24",
            is_pickup=True,
            is_drop_off=True,
            max_length_cm=D("64"),
            max_length_plus_girth_cm=D("170"),
            service_types=("PickUp", "DropOff", "Locker"),
            groups=("pudo",),
            delivers_saturday=True,
        ),
        _uk(
            "PF_EXPRESS24",
            "Parcelforce express24",
            "PARCELFORCE",
            1,
            UK_HEAVY,
            "S10_PF",
            tags=frozenset(("Fragile", "Oil", "Flammables")),
            guaranteed=True,
            is_signed=True,
            max_length_cm=D("150"),
            max_length_plus_girth_cm=D("300"),
            service_types=("NextDay",),
            groups=("nextDay", "heavy"),
        ),
        Service(
            reference="MPD_RMINTTRK",
            name="International Tracked",
            carrier="ROYAL_MAIL",
            transit_days=5,
            max_weight_kg=D("2"),
            max_length_cm=D("60"),
            max_length_plus_girth_cm=D("180"),
            prices={"EU": EU_ECONOMY[:2], "ROW": ROW_ECONOMY[:2]},
            tracking_format="S10_RM_INT",
            service_types=("International",),
            groups=("international",),
            needs_destination_town=True,
        ),
        Service(
            reference="DPD_CLASSIC_EU",
            name="DPD Classic Europe",
            carrier="DPD",
            transit_days=4,
            max_weight_kg=D("20"),
            max_length_cm=D("100"),
            max_length_plus_girth_cm=D("300"),
            prices={"EU": EU_ECONOMY},
            tracking_format="DPD14",
            service_types=("International",),
            groups=("international",),
            needs_destination_town=True,
        ),
        Service(
            reference="UPS_EXPRESS_SAVER",
            name="UPS Express Saver",
            carrier="UPS",
            transit_days=2,
            max_weight_kg=D("30"),
            max_length_cm=D("150"),
            max_length_plus_girth_cm=D("330"),
            prices={"EU": EU_EXPRESS, "ROW": ROW_EXPRESS},
            tracking_format="UPS1Z",
            guaranteed=True,
            tags=frozenset(("Fragile", "Alcohol")),
            is_signed=True,
            service_types=("International", "Express"),
            groups=("international", "valuableGoods"),
            needs_destination_town=True,
        ),
        Service(
            reference="DHL_EXPRESS_WW",
            name="DHL Express Worldwide",
            carrier="DHL",
            transit_days=2,
            max_weight_kg=D("30"),
            max_length_cm=D("120"),
            max_length_plus_girth_cm=D("300"),
            prices={"EU": EU_EXPRESS, "ROW": ROW_EXPRESS},
            tracking_format="DHL10",
            guaranteed=True,
            tags=frozenset(("Fragile",)),
            service_types=("International", "Express"),
            groups=("international",),
            needs_destination_town=True,
        ),
    )
}

SERVICE_GROUPS: dict[str, ServiceGroup] = {
    group.reference: group
    for group in (
        ServiceGroup("nextDay", "Next day"),
        ServiceGroup("economy", "Economy (2 days)"),
        ServiceGroup("valuableGoods", "Valuable goods (signed for)"),
        ServiceGroup("pudo", "Pickup and drop-off"),
        ServiceGroup("heavy", "Heavy parcels"),
        ServiceGroup("international", "International"),
    )
}


def _weekdays(collection: str, saturday: str | None = None) -> dict[int, CollectionSlot]:
    hour, minute = (int(part) for part in collection.split(":"))
    slots = {day: CollectionSlot(time(hour, minute)) for day in range(5)}
    if saturday is not None:
        hour, minute = (int(part) for part in saturday.split(":"))
        slots[5] = CollectionSlot(time(hour, minute))
    return slots


def _location_address(
    line1: str, line2: str, line3: str, town: str, postcode: str, first: str, last: str
) -> dict[str, object]:
    return {
        "ShopLocationReference": None,
        "Contact": {
            "Reference": None,
            "Title": "Ms",
            "FirstName": first,
            "LastName": last,
            "Position": "Warehouse manager",
            "Telephone": "0161 496 0000",
            "Mobile": "07700 900123",
            "LandLine": "",
            "Email": "dispatch@example.com",
        },
        "CompanyName": "Packstation Demo Ltd",
        "CustomerName": None,
        "AddressLine1": line1,
        "AddressLine2": line2,
        "AddressLine3": line3,
        "Town": town,
        "Region": "",
        "Postcode": postcode,
        "Country": {"Name": "United Kingdom", "IsoCode": {"TwoLetterCode": "GB"}},
        "RegionCode": "",
        "SpecialInstructions": "",
        "LatLong": None,
        "IsCached": False,
    }


LOCATIONS: dict[str, ShippingLocation] = {
    location.reference: location
    for location in (
        ShippingLocation(
            "Sorted1",
            "Manchester bench (Merchant Exchange)",
            _location_address(
                "Third Floor",
                "Merchant Exchange",
                "Whitworth Street West",
                "Manchester",
                "M1 5WG",
                "Laura",
                "Somebody",
            ),
            {
                "ROYAL_MAIL": _weekdays("17:30", "12:00"),
                "DPD": _weekdays("16:30"),
                "UPS": _weekdays("17:00"),
                "EVRI": _weekdays("15:00", "11:00"),
                "PARCELFORCE": _weekdays("16:00"),
                "DHL": _weekdays("16:00"),
                "INPOST": _weekdays("18:00", "13:00"),
            },
        ),
        ShippingLocation(
            "EDC5_Electio",
            "Daventry distribution centre",
            _location_address(
                "Unit 5",
                "Daventry Rail Freight Terminal",
                "",
                "Daventry",
                "NN6 7GX",
                "Priya",
                "Shah",
            ),
            {
                "ROYAL_MAIL": _weekdays("18:30"),
                "DPD": _weekdays("18:00", "12:00"),
                "UPS": _weekdays("18:00"),
                "EVRI": _weekdays("17:00"),
                "PARCELFORCE": _weekdays("17:30"),
                "DHL": _weekdays("17:00"),
                "INPOST": _weekdays("19:00"),
            },
        ),
    )
}

PACKAGE_SIZES: dict[str, PackageSize] = {
    size.reference: size
    for size in (
        PackageSize("LARGE_LETTER", "Large letter", D("35"), D("25"), D("2.5"), D("0.1")),
        PackageSize("SMALL_BOX", "Small box", D("25"), D("20"), D("10"), D("0.25"), True),
        PackageSize("MEDIUM_BOX", "Medium box", D("40"), D("30"), D("20"), D("0.45")),
        PackageSize("LARGE_BOX", "Large box", D("60"), D("40"), D("40"), D("0.9")),
        PackageSize("MAILING_BAG", "Mailing bag", D("45"), D("35"), D("5"), D("0.05")),
    )
}

# Postcode areas with a remote-delivery surcharge (Highlands and Islands, Northern Ireland,
# Isle of Man, Channel Islands; PA20+ and TR21-25 are handled in pricing).
REMOTE_POSTCODE_AREAS = frozenset(("HS", "ZE", "KW", "IV", "PH", "BT", "IM", "JE", "GY"))
# Postcode areas inside the UK that still need customs documents.
CUSTOMS_POSTCODE_PREFIXES = ("JE", "GY")

EU_COUNTRIES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)
COUNTRY_NAMES = {
    "GB": "United Kingdom",
    "IE": "Ireland",
    "FR": "France",
    "DE": "Germany",
    "ES": "Spain",
    "IT": "Italy",
    "NL": "Netherlands",
    "BE": "Belgium",
    "US": "United States",
    "CA": "Canada",
    "AU": "Australia",
    "JP": "Japan",
    "NO": "Norway",
    "CH": "Switzerland",
    "FK": "Falkland Islands",
}
# Destinations no sandbox carrier serves (for "cannot be allocated" demonstrations).
UNSERVED_COUNTRIES = frozenset(("FK", "KP", "AQ"))
