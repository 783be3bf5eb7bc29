"""Printing flows and printer faults for the device half of the fault matrix.

A :class:`LabelFlow` brings a pack (or a counter booking, or a reprint) up to the point where the
next call prints, and says how the operator retries a failed print. :class:`PrinterFault` puts one
fault on a virtual printer and takes it away again, the way a person at the bench would: reload
the paper, close the head, press pause, switch the printer's port back on, or let go of the
connection another computer held. Labels are counted by tracking number in the files the virtual
printer wrote, so a label printed twice shows however the jobs were split.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from packstation.domain.booking import Booking, BookingParcel, Contact
from packstation.domain.orders import everything_in_one_parcel
from packstation.domain.session import PackView, Stage
from packstation.domain.shipment import Dimensions, ParcelSpec, Place
from packstation.printing.virtual_printer import VirtualPrinter
from packstation.pro import ProClient, SearchTerms
from packstation.pro import models as m
from packstation.station import Station
from tests.integration.faults.conftest import WorldOptions

FAST_WRITE_TIMEOUT_S = 0.5
"""The printer time limit a bench would use, shortened so that a stalled printer costs 0.5 s."""
FAST_PRINTER = WorldOptions(
    extra_env={"PACKSTATION_PRINTER_WRITE_TIMEOUT_S": str(FAST_WRITE_TIMEOUT_S)}
)
BOX = ParcelSpec(Decimal("1.2"), Dimensions(Decimal(30), Decimal(20), Decimal(10)))
STALL_CONNECT_TIMEOUT_S = 5.0

PrintCall = Callable[[], PackView]
RetryCall = Callable[[Sequence[int] | None], PackView]


# -- looking things up at the sandbox --------------------------------------------------------


def consignments_for(client: ProClient, customer_reference: str) -> list[str]:
    """Return every consignment carrying ``customer_reference``."""
    terms = SearchTerms(reference_provided_by_customer=customer_reference)
    return client.find_consignment_references(terms)


def reference_of(client: ProClient, customer_reference: str) -> str:
    """Return the one consignment carrying ``customer_reference``."""
    (reference,) = consignments_for(client, customer_reference)
    return reference


def _addresses(client: ProClient) -> list[dict[str, Any]]:
    shipment = client.get_consignment(reference_of(client, "WEB-10031"))
    return [
        a.model_dump(by_alias=True, exclude_none=True, mode="json")
        for a in shipment.addresses or []
    ]


def option_reference(client: ProClient, customer_reference: str) -> str:
    """Ask for delivery options for a UK parcel as a checkout would; return the first one."""
    shipment = client.get_consignment(reference_of(client, "WEB-10031"))
    request = m.DeliveryOptionsRequest.model_validate(
        {
            "ConsignmentReferenceProvidedByCustomer": customer_reference,
            "Packages": [
                p.model_dump(
                    by_alias=True,
                    exclude_none=True,
                    mode="json",
                    exclude={"reference", "consignment_legs", "charges"},
                )
                for p in shipment.packages or []
            ],
            "Addresses": _addresses(client),
        }
    )
    options = client.delivery_options(request).delivery_options or []
    assert options, "the sandbox offers options for a UK parcel"
    return options[0].reference or ""


def order_reference(client: ProClient, customer_reference: str) -> str:
    """Create a one-line order as a web shop would; return its reference."""
    request = m.CreateOrderRequest.model_validate(
        {
            "OrderReferenceProvidedByCustomer": customer_reference,
            "Packages": [
                {
                    "Description": "Items",
                    "Items": [
                        {
                            "Sku": f"SKU-{customer_reference}",
                            "Description": "Lamp",
                            "Quantity": 1,
                            "Value": {"Amount": 20, "Currency": {"IsoCode": "GBP"}},
                        }
                    ],
                }
            ],
            "Addresses": _addresses(client),
        }
    )
    return client.create_order(request)


def counter_booking(customer_reference: str) -> Booking:
    """Return a walk-in customer's booking of one parcel to Manchester."""
    return Booking(
        Place("Ana Lopez", ("13 Porter Street",), "Manchester", "M1 5WG", "GB"),
        Contact("Ana Lopez", phone="07700 900123", email="ana@example.org"),
        (BookingParcel(BOX, Decimal("20.00"), "GBP", "Books"),),
        customer_reference=customer_reference,
    )


# -- counting what came out ---------------------------------------------------------------------


def copies_by_tracking_number(files: Iterable[Path], numbers: Iterable[str]) -> dict[str, int]:
    """Return how many printed label files carry each tracking number."""
    contents = [path.read_bytes() for path in files]
    return {number: sum(number.encode() in data for data in contents) for number in numbers}


def missing_labels(files: Iterable[Path], numbers: Sequence[str]) -> tuple[int, ...]:
    """Return the 0-based labels that did not come out: what the packer names after looking."""
    copies = copies_by_tracking_number(files, numbers)
    return tuple(index for index, number in enumerate(numbers) if copies[number] == 0)


# -- flows --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelFlow:
    """A flow that prints labels: how to get to its print call, and how the packer retries."""

    name: str
    prepare: Callable[[Station, ProClient], PrintCall]
    parcels: int = 1
    copies: int = 1
    """Copies of each label at the end: 2 for a reprint (the packer asked for the second)."""
    counter: bool = False

    def retry(self, station: Station) -> RetryCall:
        """Return the operator's retry of the failed print (naming labels when nobody knows)."""
        if self.counter:
            return lambda only: station.counter.retry_print(only).pack
        return station.engine.retry_print


def _allocated(customer_reference: str) -> Callable[[Station, ProClient], PrintCall]:
    def prepare(station: Station, client: ProClient) -> PrintCall:
        return lambda: station.engine.scan(customer_reference)

    return prepare


def _option(station: Station, client: ProClient) -> PrintCall:
    option = option_reference(client, "DEV-OPT-1")
    offered = station.engine.scan(option)
    assert offered.stage is Stage.CONFIRM_OPTION, offered.message
    return lambda: station.engine.choose(0)


def _unallocated(station: Station, client: ProClient) -> PrintCall:
    asked = station.engine.scan("WEB-10031")
    assert asked.stage is Stage.CONFIRM_PARCELS, asked.message
    return lambda: station.engine.confirm_parcels([BOX])


def _order(station: Station, client: ProClient) -> PrintCall:
    asked = station.engine.scan(order_reference(client, "DEV-ORD-1"))
    assert asked.stage is Stage.PACK_ORDER and asked.order is not None, asked.message
    order = asked.order
    return lambda: station.engine.pack_order(everything_in_one_parcel(order, BOX))


def _counter(station: Station, client: ProClient) -> PrintCall:
    offered = station.counter.offer_quotes(counter_booking("DEV-CTR-1"))
    assert offered.pack.stage is Stage.CHOOSE_SERVICE, offered.pack.message
    return lambda: station.counter.choose(0).pack


def _reprint(station: Station, client: ProClient) -> PrintCall:
    first = station.engine.scan("WEB-10022")
    assert first.stage is Stage.DONE and first.shipment is not None, first.message
    reference = first.shipment.reference
    return lambda: station.engine.reprint(reference, "label torn when taped")


LABEL_FLOWS = (
    LabelFlow("allocated scan", _allocated("WEB-10021")),
    LabelFlow("allocated scan 3 parcels", _allocated("WEB-10023"), parcels=3),
    LabelFlow("consumer option select", _option),
    LabelFlow("unallocated confirm", _unallocated),
    LabelFlow("order pack", _order),
    LabelFlow("counter booking", _counter, counter=True),
    LabelFlow("reprint", _reprint, parcels=2, copies=2),
)


# -- printer faults -----------------------------------------------------------------------------


class PrinterFault:
    """One fault on a virtual printer, put on before a print and taken off before the retry.

    Used as a context manager, it is taken off at the end whatever happened (a held connection
    must not outlive the cell).
    """

    def __init__(self, printer: VirtualPrinter, name: str) -> None:
        self.printer = printer
        self.name = name
        self._holder: socket.socket | None = None

    def put_on(self, label_count: int) -> None:
        """Make the printer fail the next job of ``label_count`` labels as this fault does.

        Paper runs out and resets come after the first label of a job of several, so that some
        labels come out and some do not; a single label meets the fault at once.
        """
        first_labels = 1 if label_count > 1 else 0
        match self.name:
            case "printer refuse":
                self.printer.set_faults(refuse=True)
            case "printer stall":
                # A printer serves one connection on its port at a time: another computer holding
                # it makes the bench's connection wait unread, as a hung printer would.
                self._holder = socket.create_connection(
                    ("127.0.0.1", self.printer.port), timeout=STALL_CONNECT_TIMEOUT_S
                )
            case "printer reset":
                self.printer.set_faults(reset_after=first_labels)
            case "paper out":
                self.printer.set_faults(paper_out_after=first_labels)
            case "head open":
                self.printer.set_faults(head_open=True)
            case "paused":
                self.printer.set_faults(paused=True)
            case _:
                raise ValueError(f"unknown printer fault {self.name!r}")

    def __enter__(self) -> PrinterFault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.take_off()

    def take_off(self) -> None:
        """Fix it as the person at the bench would."""
        if self._holder is not None:
            self._holder.close()
            self._holder = None
        self.printer.reload_paper()
        self.printer.set_faults(refuse=False, reset_after=None, head_open=False, paused=False)


PRINTER_FAULTS = (
    "printer refuse",
    "printer stall",
    "printer reset",
    "paper out",
    "head open",
    "paused",
)

FAULT_WORDS = {
    "printer refuse": "refused the connection",
    "printer stall": "not answering",
    "printer reset": "dropped the connection",
    "paper out": "paper is out",
    "head open": "head is open",
    "paused": "paused",
}
"""What the operator's message must say for each fault, in the printer's own words."""
