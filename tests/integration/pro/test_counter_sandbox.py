"""Counter bookings end to end against the real sandbox over HTTP (frozen Monday 09:00 UTC).

The desk runs with the real PRO adapters, the real label inspector and receipt printer adapter (a
folder), and the in-memory journal and label printer of the service tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pytest

from packstation.domain.booking import (
    Booking,
    BookingParcel,
    Contact,
    ContentItem,
    CustomsCategory,
    CustomsDeclaration,
)
from packstation.domain.choices import ChoiceKind
from packstation.domain.records import IntentAction
from packstation.domain.session import Stage, Tone
from packstation.domain.shipment import Dimensions, ParcelSpec, Place
from packstation.printing.bench.inspector import LabelFileInspector
from packstation.printing.receipt import ReceiptPrinterAdapter
from packstation.pro import ProClient
from packstation.pro import models as m
from packstation.pro.bench import ProCounterApi, ProShippingApi
from packstation.pro.search import SearchTerms
from packstation.sandbox.server import SandboxServer
from packstation.sandbox.testing import MONDAY_MORNING, SandboxControl, running_sandbox
from packstation.services.counter import CounterDesk
from packstation.services.labelling import LabelDevices
from tests.unit.services.fakes import FakeClock, FakeDocumentPrinter, FakeJournal, FakePrinter

LOCATION = "Sorted1"
TIMEOUT_S = 20.0
BOX = Dimensions(Decimal(30), Decimal(20), Decimal(10))


@pytest.fixture(scope="module")
def sandbox_pair() -> Iterator[tuple[SandboxServer, SandboxControl]]:
    with running_sandbox(frozen_at=MONDAY_MORNING) as pair:
        yield pair


@dataclass
class Counter:
    desk: CounterDesk
    client: ProClient
    control: SandboxControl
    journal: FakeJournal
    labels: FakePrinter
    documents: FakeDocumentPrinter
    receipts_dir: Path

    def consignments_with(self, client_reference: str) -> list[str]:
        terms = SearchTerms(reference_provided_by_customer=client_reference)
        return self.client.find_consignment_references(terms)


@pytest.fixture
def counter(
    sandbox_pair: tuple[SandboxServer, SandboxControl], tmp_path: Path
) -> Iterator[Counter]:
    server, control = sandbox_pair
    control.set_clock(MONDAY_MORNING)
    control.reset("empty")
    clock = FakeClock()
    clock.current = MONDAY_MORNING
    journal, labels, documents = FakeJournal(clock), FakePrinter(), FakeDocumentPrinter()
    with ProClient(server.base_url, "counter-key", max_retries=0, timeout_s=TIMEOUT_S) as client:
        desk = CounterDesk(
            api=ProShippingApi(client, shipping_location=LOCATION, sleep=lambda _s: None),
            counter=ProCounterApi(client, shipping_location=LOCATION, now=lambda: MONDAY_MORNING),
            journal=journal,
            devices=LabelDevices(labels, LabelFileInspector(use_zxing=False), documents),
            clock=clock,
            station="Counter 1",
            receipt_printer=ReceiptPrinterAdapter(f"file://{tmp_path}"),
            sleep=lambda _s: None,
        )
        try:
            yield Counter(desk, client, control, journal, labels, documents, tmp_path)
        finally:
            control.clear_faults()


def booking() -> Booking:
    return Booking(
        Place("Ana Lopez", ("13 Porter Street",), "Manchester", "M1 5WG", "GB"),
        Contact("Ana Lopez", phone="07700 900123", email="ana@example.org"),
        (BookingParcel(ParcelSpec(Decimal("1.2"), BOX), Decimal("20.00"), "GBP", "Books"),),
        customer_reference="EBAY-1",
    )


def international() -> Booking:
    item = ContentItem("Paperback book", 2, Decimal("20.00"), Decimal("0.8"), "GB", "490199")
    base = booking()
    return replace(
        base,
        destination=Place("Marie Dupont", ("5 rue de Rivoli",), "Paris", "75001", "FR"),
        parcels=(replace(base.parcels[0], items=(item,)),),
        customs=CustomsDeclaration(CustomsCategory.GIFT, "Sam Sender"),
    )


def _booked(counter: Counter, client_reference: str) -> m.Consignment:
    [reference] = counter.consignments_with(client_reference)
    return counter.client.get_consignment(reference)


def test_a_delivery_option_is_booked_labelled_and_receipted(counter: Counter) -> None:
    offered = counter.desk.offer_delivery_options(booking())
    assert offered.pack.stage is Stage.CHOOSE_SERVICE and offered.pack.choices
    assert offered.booking is not None
    client_reference = offered.booking.client_reference

    done = counter.desk.choose(0)

    assert done.pack.stage is Stage.DONE, done.pack.message
    consignment = _booked(counter, client_reference)
    assert consignment.consignment_state == "ReadyToShip"
    assert done.receipt is not None
    assert done.receipt.consignment_reference == consignment.reference
    assert done.receipt.tracking_numbers and done.receipt.price_gross is not None
    [job] = counter.receipts_dir.iterdir()
    assert consignment.reference is not None
    assert consignment.reference.encode() in job.read_bytes()
    assert len(counter.labels.jobs) == 1


def test_a_pickup_option_is_booked_to_the_shop(counter: Counter) -> None:
    offered = counter.desk.offer_pickup_options(booking(), Decimal(3), 3)
    assert offered.pack.choices and offered.booking is not None
    first = offered.pack.choices[0]
    assert first.kind is ChoiceKind.PICKUP_OPTION and first.pickup_point is not None
    assert first.pickup_point.distance_km is not None and first.pickup_point.opening_hours

    done = counter.desk.choose(0)

    assert done.pack.stage is Stage.DONE, done.pack.message
    consignment = _booked(counter, offered.booking.client_reference)
    shops = [a.shop_location_reference for a in consignment.addresses or ()]
    assert first.pickup_point.shop_reference in shops
    assert done.receipt is not None and first.pickup_point.name in done.receipt.pickup_point


def test_a_quote_creates_and_allocates_one_consignment(counter: Counter) -> None:
    offered = counter.desk.offer_quotes(booking())
    assert offered.pack.choices and offered.booking is not None
    chosen = offered.pack.choices[0]

    done = counter.desk.choose(0)

    assert done.pack.stage is Stage.DONE, done.pack.message
    consignment = _booked(counter, offered.booking.client_reference)
    assert consignment.consignment_state == "ReadyToShip"
    assert done.receipt is not None and done.receipt.price_gross == chosen.price_gross


def test_an_international_booking_gets_customs_documents(counter: Counter) -> None:
    offered = counter.desk.offer_quotes(international())
    assert offered.pack.choices, offered.pack.problems
    assert offered.booking is not None

    done = counter.desk.choose(0)

    assert done.pack.stage is Stage.DONE, done.pack.message
    consignment = _booked(counter, offered.booking.client_reference)
    customs = consignment.customs_documentation
    assert customs is not None and customs.designated_person_responsible == "Sam Sender"
    assert counter.documents.printed  # commercial invoice and CN22/CN23
    assert counter.journal.documents[-1][1] == "receipt"


def test_lost_answer_on_select_leaves_exactly_one_consignment(counter: Counter) -> None:
    offered = counter.desk.offer_delivery_options(booking())
    assert offered.booking is not None
    counter.control.add_fault("POST", "/deliveryoptions/select/*", lose_response=True, times=1)

    done = counter.desk.choose(0)

    assert done.pack.stage is Stage.DONE, done.pack.message
    assert counter.control.faults() == []  # the lost answer did happen
    assert len(counter.consignments_with(offered.booking.client_reference)) == 1


def test_lost_answer_on_create_is_found_by_the_client_reference(counter: Counter) -> None:
    offered = counter.desk.offer_quotes(booking())
    assert offered.booking is not None
    counter.control.add_fault("POST", "/consignments", lose_response=True, times=1)

    done = counter.desk.choose(0)

    assert done.pack.stage is Stage.DONE, done.pack.message
    assert len(counter.consignments_with(offered.booking.client_reference)) == 1
    assert counter.control.faults() == []  # the lost answer did happen
    create = counter.journal.intents[0]
    assert create.action is IntentAction.CREATE_CONSIGNMENT
    assert done.receipt is not None
    assert create.result_reference == done.receipt.consignment_reference


def test_server_error_on_allocate_then_retry_keeps_one_consignment(counter: Counter) -> None:
    offered = counter.desk.offer_quotes(booking())
    assert offered.booking is not None
    counter.control.add_fault("PUT", "/allocation/*/allocatewithquote/*", status=500, times=1)

    failed = counter.desk.choose(0)
    assert failed.pack.tone is Tone.FAILURE and failed.pack.stage is Stage.CHOOSE_SERVICE
    [reference] = counter.consignments_with(offered.booking.client_reference)
    assert counter.client.get_consignment(reference).consignment_state == "Unallocated"

    done = counter.desk.choose(0)

    assert done.pack.stage is Stage.DONE, done.pack.message
    assert counter.consignments_with(offered.booking.client_reference) == [reference]
