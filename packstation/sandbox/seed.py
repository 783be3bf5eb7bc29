"""Seeds: ``empty`` and ``demo`` (a realistic bench day at the Manchester location ``Sorted1``).

Every demo object is also listed for the pick sheet with a line saying what it demonstrates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from packstation.sandbox import allocation, consignments, ledger, options, orders
from packstation.sandbox.eligibility import Offer
from packstation.sandbox.store import Transaction

PICK_KIND = "picksheet"
LOCATION = "Sorted1"


def _destination(
    name: tuple[str, str], line1: str, town: str, postcode: str, country: str = "GB"
) -> dict[str, Any]:
    return {
        "AddressType": "Destination",
        "Contact": {
            "Title": None,
            "FirstName": name[0],
            "LastName": name[1],
            "Telephone": "07700 900456",
            "Email": f"{name[0].lower()}@example.com",
        },
        "AddressLine1": line1,
        "Town": town,
        "Postcode": postcode,
        "Country": {"IsoCode": {"TwoLetterCode": country}},
        "IsCached": False,
    }


def _package(
    kg: float, sides: tuple[float, float, float], what: str, value: float
) -> dict[str, Any]:
    return {
        "Weight": {"Value": kg, "Unit": "Kg"},
        "Dimensions": {"Unit": "Cm", "Length": sides[0], "Width": sides[1], "Height": sides[2]},
        "Description": what,
        "Value": {"Amount": value, "Currency": {"IsoCode": "GBP"}},
    }


def _item(
    sku: str, what: str, value: float, quantity: int = 1, hs: str = "6109100010"
) -> dict[str, Any]:
    return {
        "Sku": sku,
        "Description": what,
        "Quantity": quantity,
        "HarmonisationCode": hs,
        "CountryOfOrigin": {"IsoCode": {"TwoLetterCode": "GB"}},
        "Weight": {"Value": 0.3, "Unit": "Kg"},
        "Value": {"Amount": value, "Currency": {"IsoCode": "GBP"}},
    }


def _body(
    reference: str, destination: dict[str, Any], packages: list[dict[str, Any]], **extra: Any
) -> dict[str, Any]:
    return {
        "ConsignmentReferenceProvidedByCustomer": reference,
        "Packages": packages,
        "Addresses": [
            {"AddressType": "Origin", "ShippingLocationReference": LOCATION, "IsCached": False},
            destination,
        ],
        **extra,
    }


def _note(tx: Transaction, code: str, kind: str, demonstrates: str) -> None:
    tx.put_document(PICK_KIND, code, {"Code": code, "Kind": kind, "Demonstrates": demonstrates})


def _consignment(
    tx: Transaction, body: dict[str, Any], now: datetime
) -> tuple[dict[str, Any], dict[str, Any]]:
    document = consignments.new_consignment(tx, body, now)
    internal: dict[str, Any] = {"seed": "demo"}
    tx.put_consignment(document, internal)
    ledger.record(tx, ledger.SEEDED, document, now)
    return document, internal


def _allocated(tx: Transaction, body: dict[str, Any], now: datetime, service: str) -> str:
    document, internal = _consignment(tx, body, now)
    chosen = allocation.choose(document, now, allocation.candidate_services(service=service))
    if not isinstance(chosen, Offer):
        # The seed names services that fit its parcels; this only fires if the catalogue changes.
        raise ValueError(f"demo seed: {service} cannot carry {document['Reference']}")
    allocation.apply(tx, document, internal, chosen, now)
    tx.put_consignment(document, internal)
    return str(document["Reference"])


def demo(tx: Transaction, now: datetime) -> None:
    """Load the demo bench day."""
    ana = _destination(("Ana", "Lopez"), "13 Porter Street", "Manchester", "M1 5WG")
    tom = _destination(("Tom", "Baker"), "2 Castle Wynd", "Inverness", "IV2 3EN")
    sara = _destination(("Sara", "Khan"), "48 Kings Road", "London", "SW3 4UD")
    jo = _destination(("Jo", "Murray"), "7 Quay Street", "Bristol", "BS1 4DJ")
    socks = _package(0.5, (20, 15, 5), "Socks", 12.0)
    boots = _package(2.4, (40, 30, 15), "Walking boots", 89.0)
    tent = _package(6.8, (60, 30, 25), "Tent", 149.0)
    ref = _allocated(tx, _body("WEB-10021", ana, [socks], Tags=[]), now, "MPD_RMT24")
    _note(
        tx, ref, "Consignment", "Allocated at checkout (Tracked 24): print the label, ready to ship"
    )
    ref = _allocated(tx, _body("WEB-10022", sara, [boots, socks]), now, "DPD_NEXTDAY")
    _note(
        tx,
        ref,
        "Consignment",
        "Allocated, two packages (DPD Next Day): two labels, 1 of 2 and 2 of 2",
    )
    ref = _allocated(tx, _body("WEB-10023", jo, [tent, boots, socks]), now, "PF_EXPRESS24")
    _note(
        tx,
        ref,
        "Consignment",
        "Allocated, three packages (Parcelforce express24): multi-package label file",
    )
    document, _ = _consignment(tx, _body("WEB-10031", ana, [boots]), now)
    _note(tx, document["Reference"], "Consignment", "Unallocated: get quotes and pick a service")
    document, _ = _consignment(tx, _body("WEB-10032", tom, [socks]), now)
    _note(
        tx,
        document["Reference"],
        "Consignment",
        "Unallocated to the Highlands: remote-area surcharge in quotes",
    )
    heavy = _package(24.0, (70, 50, 40), "Garden bench kit", 210.0)
    document, _ = _consignment(tx, _body("WEB-10033", jo, [heavy]), now)
    _note(
        tx,
        document["Reference"],
        "Consignment",
        "Unallocated, 24 kg: light services cannot quote (too heavy)",
    )
    _demo_scan_by_own_reference(tx, now, sara)
    _demo_options(tx, now, sara)
    _demo_orders(tx, now, ana)
    _demo_exceptions(tx, now)


def _demo_scan_by_own_reference(
    tx: Transaction, now: datetime, destination: dict[str, Any]
) -> None:
    body = _body("SHOP-55120", destination, [_package(1.1, (30, 20, 10), "Jumper", 45.0)])
    _consignment(tx, body, now)
    _note(
        tx,
        "SHOP-55120",
        "Own reference",
        "Your order number: found by searching referenceProvidedByCustomer",
    )


def _demo_options(tx: Transaction, now: datetime, destination: dict[str, Any]) -> None:
    body = _body("CHK-20001", destination, [_package(0.9, (25, 20, 8), "Shirt", 35.0)])
    _, views = options.delivery_options(tx, body, now)
    next_day = next((v for v in views if "NextDay" in v["CarrierServiceTypes"]), views[0])
    _note(
        tx,
        next_day["Reference"],
        "Delivery option",
        f"Checkout option waiting: select it ({next_day['CarrierService']})",
    )
    timed = next((v for v in views if "Timed" in v["CarrierServiceTypes"]), views[-1])
    _note(
        tx,
        timed["Reference"],
        "Delivery option",
        f"Timed option from {timed['DeliveryWindow']['Start']}: select it",
    )


def _demo_orders(tx: Transaction, now: datetime, destination: dict[str, Any]) -> None:
    for number, items in (
        ("ORD-7001", [_item("SKU-TEE-M", "T-shirt M", 15.0, 2), _item("SKU-CAP", "Cap", 12.0)]),
        (
            "ORD-7002",
            [
                _item("SKU-MUG", "Mug", 9.5, 4, "6912002000"),
                _item("SKU-TEA", "Tea", 6.0, 2, "0902300000"),
            ],
        ),
    ):
        body = {
            "OrderReferenceProvidedByCustomer": number,
            "Packages": [{"Items": items, "Description": "Order items"}],
            "Addresses": _body(number, destination, [])["Addresses"],
        }
        order = orders.new_order(tx, body, now)
        orders.save(tx, order, [])
        skus = ", ".join(f"{i['Quantity']} x {i['Sku']}" for i in items)
        _note(tx, order["OrderReference"], "Order", f"Order waiting to be packed: {skus}")


def _demo_exceptions(tx: Transaction, now: datetime) -> None:
    paris = _destination(("Claire", "Martin"), "12 Rue de Rivoli", "Paris", "75001", "FR")
    items = [
        _item("SKU-COAT", "Wool coat", 240.0, 1, "6202310000"),
        _item("SKU-SCARF", "Scarf", 80.0),
    ]
    package = {**_package(2.2, (45, 35, 12), "Coat and scarf", 320.0), "Items": items}
    customs = {
        "CategoryType": "Other",
        "ShippingTerms": "DAP",
        "DesignatedPersonResponsible": "Laura Somebody",
        "ReasonForExport": "Sale",
    }
    document, _ = _consignment(
        tx, _body("WEB-20001", paris, [package], CustomsDocumentation=customs), now
    )
    _note(
        tx,
        document["Reference"],
        "Consignment",
        "International (France, GBP 320): allocate, then CN23 and invoice",
    )
    stanley = _destination(("Pat", "Jones"), "1 Ross Road", "Stanley", "FIQQ 1ZZ", "FK")
    document, _ = _consignment(
        tx, _body("WEB-20002", stanley, [_package(45.0, (90, 60, 50), "Generator", 900.0)]), now
    )
    _note(
        tx,
        document["Reference"],
        "Consignment",
        "Cannot be allocated (45 kg to the Falklands): AllocationFailed",
    )
    document, internal = _consignment(
        tx,
        _body(
            "WEB-20003",
            _destination(("Lee", "Chan"), "5 Mill Road", "Leeds", "LS1 4AP"),
            [_package(0.4, (20, 15, 4), "Book", 8.0)],
        ),
        now,
    )
    document["ConsignmentState"] = "Cancelled"
    tx.put_consignment(document, internal)
    _note(tx, document["Reference"], "Consignment", "Cancelled: the bench must refuse to pack it")


def empty(tx: Transaction, now: datetime) -> None:
    """Load nothing."""
    del tx, now


SEEDS: dict[str, Callable[[Transaction, datetime], None]] = {"empty": empty, "demo": demo}
