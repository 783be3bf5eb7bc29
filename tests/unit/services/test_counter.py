"""The counter desk against fakes: options, pickup points and quotes booked never twice."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from decimal import Decimal

import pytest

from packstation.domain.booking import (
    Booking,
    BookingParcel,
    Contact,
    ContentItem,
    CustomsCategory,
    CustomsDeclaration,
)
from packstation.domain.choices import ChoiceKind, QuoteList, UnqualifiedService
from packstation.domain.labels import PrintState
from packstation.domain.records import IntentAction, IntentOutcome, PackStage
from packstation.domain.session import Stage, Tone
from packstation.domain.shipment import Dimensions, ParcelSpec, Place, ShipmentState
from packstation.services.counter import RECEIPT_DOCUMENT, CounterDesk
from packstation.services.labelling import LabelDevices
from tests.unit.services.fakes import (
    FakeClock,
    FakeCounterApi,
    FakeDocumentPrinter,
    FakeInspector,
    FakeJournal,
    FakePrinter,
    FakePro,
    FakeReceiptPrinter,
    lost_answer,
    refused_connection,
    server_error,
)

BOX = Dimensions(Decimal(30), Decimal(20), Decimal(10))
REFERENCE = "COUNTER1-20261122-AB12CD"


def booking(country: str = "GB") -> Booking:
    parcel = BookingParcel(ParcelSpec(Decimal("1.2"), BOX), Decimal("20.00"), "GBP", "Books")
    if country == "GB":
        return Booking(
            Place("Ana Lopez", ("13 Porter Street",), "Manchester", "M1 5WG", "GB"),
            Contact("Ana Lopez", phone="07700 900123"),
            (parcel,),
            customer_reference="EBAY-1",
        )
    item = ContentItem("Paperback", 2, Decimal("20.00"), Decimal("0.8"), "GB", "490199")
    return Booking(
        Place("Marie Dupont", ("5 rue de Rivoli",), "Paris", "75001", country),
        Contact("Marie Dupont", email="marie@example.org"),
        (replace(parcel, items=(item,)),),
        customs=CustomsDeclaration(CustomsCategory.GIFT, "Sam Sender"),
    )


@dataclass
class Desk:
    desk: CounterDesk
    pro: FakePro
    counter: FakeCounterApi
    journal: FakeJournal
    clock: FakeClock
    labels: FakePrinter
    documents: FakeDocumentPrinter
    receipts: FakeReceiptPrinter


@pytest.fixture
def bench() -> Desk:
    clock = FakeClock()
    pro = FakePro(clock)
    counter = FakeCounterApi(pro)
    journal = FakeJournal(clock)
    labels, documents, receipts = FakePrinter(), FakeDocumentPrinter(), FakeReceiptPrinter()
    tokens = iter(["AB12CD", "EF34AB", "0099FF"])
    desk = CounterDesk(
        api=pro,
        counter=counter,
        journal=journal,
        devices=LabelDevices(labels, FakeInspector(), documents),
        clock=clock,
        station="Counter 1",
        receipt_printer=receipts,
        sleep=pro.sleep,
        token=lambda: next(tokens),
        monotonic=pro.monotonic,
    )
    return Desk(desk, pro, counter, journal, clock, labels, documents, receipts)


def test_a_delivery_option_is_selected_labelled_and_receipted(bench: Desk) -> None:
    offered = bench.desk.offer_delivery_options(booking())
    assert offered.pack.stage is Stage.CHOOSE_SERVICE
    assert offered.booking is not None and offered.booking.client_reference == REFERENCE
    assert {c.customer_reference for c in offered.pack.choices} == {REFERENCE}
    assert bench.counter.bookings[0].client_reference == REFERENCE

    done = bench.desk.choose(1)

    assert done.pack.stage is Stage.DONE and done.pack.tone is Tone.SUCCESS
    [record] = bench.pro.records.values()
    assert record.customer_reference == REFERENCE
    assert record.state is ShipmentState.READY_TO_SHIP
    [intent] = bench.journal.intents
    assert (intent.action, intent.target, intent.client_reference) == (
        IntentAction.SELECT_OPTION,
        "EDO-002",
        REFERENCE,
    )
    assert intent.outcome is IntentOutcome.SUCCEEDED
    assert bench.journal.stages_of(record.reference) == [
        PackStage.ALLOCATED,
        PackStage.LABELS_STORED,
        PackStage.PRINTED,
        PackStage.READY_TO_SHIP,
    ]
    [receipt] = bench.receipts.receipts
    assert done.receipt == receipt and done.receipt_report is not None
    assert receipt.consignment_reference == record.reference
    assert (receipt.carrier, receipt.service, receipt.price_text) == (
        "Carrier X",
        "Next Day",
        "5.99 GBP",
    )
    assert receipt.tracking_numbers == tuple(record.tracking)
    assert receipt.promise == offered.pack.choices[1].promise
    assert (receipt.client_reference, receipt.customer_reference) == (REFERENCE, "EBAY-1")
    assert bench.journal.documents[-1][:2] == (record.reference, RECEIPT_DOCUMENT)
    assert "receipt" in done.pack.next_action


def test_a_pickup_point_goes_on_the_receipt(bench: Desk) -> None:
    offered = bench.desk.offer_pickup_options(booking(), Decimal(3), 5)
    [choice] = offered.pack.choices
    assert choice.kind is ChoiceKind.PICKUP_OPTION and choice.pickup_point is not None
    done = bench.desk.choose(0)
    assert done.receipt is not None
    assert done.receipt.pickup_point == "Corner Shop, 2 Low St, Leeds"
    assert bench.pro.count("select_option") == 1


def test_a_quote_creates_then_allocates(bench: Desk) -> None:
    bench.desk.offer_quotes(booking())
    done = bench.desk.choose(1)
    assert done.pack.stage is Stage.DONE
    [record] = bench.pro.records.values()
    assert record.customer_reference == REFERENCE and record.service == "Next Day"
    actions = [(i.action, i.target, i.client_reference) for i in bench.journal.intents]
    assert actions == [
        (IntentAction.CREATE_CONSIGNMENT, REFERENCE, REFERENCE),
        (IntentAction.ALLOCATE, record.reference, REFERENCE),
    ]
    assert done.receipt is not None and done.receipt.price_text == "6.90 GBP"
    assert bench.journal.stages_of(record.reference) == [
        PackStage.FOUND,
        PackStage.ALLOCATED,
        PackStage.LABELS_STORED,
        PackStage.PRINTED,
        PackStage.READY_TO_SHIP,
    ]


def test_an_international_quote_booking_prints_customs_documents(bench: Desk) -> None:
    bench.desk.offer_quotes(booking("FR"))
    done = bench.desk.choose(0)
    assert done.pack.stage is Stage.DONE
    assert bench.documents.printed == ["invoice.pdf", "cn23.pdf"]
    assert bench.counter.bookings[-1].customs is not None


def test_form_problems_are_listed_and_nothing_is_asked(bench: Desk) -> None:
    wrong = replace(booking(), contact=Contact("Ana"))
    view = bench.desk.offer_quotes(wrong)
    assert view.pack.stage is Stage.CONFIRM_PARCELS
    assert view.pack.problems == (
        "Contact: give a phone number or an e-mail for the carrier's messages.",
    )
    assert bench.pro.calls == []


def test_lost_answer_on_select_finds_the_one_consignment(bench: Desk) -> None:
    bench.desk.offer_delivery_options(booking())
    bench.pro.fail("select_option", lost_answer(), after=True)
    done = bench.desk.choose(0)
    assert done.pack.stage is Stage.DONE
    assert len(bench.pro.records) == 1
    assert bench.pro.count("select_option") == 1
    assert bench.pro.count("find_by_customer_reference") == 1
    [intent] = bench.journal.intents
    assert intent.outcome is IntentOutcome.SUCCEEDED
    assert intent.result_reference == next(iter(bench.pro.records))


def test_lost_answer_on_create_finds_it_by_the_client_reference(bench: Desk) -> None:
    bench.desk.offer_quotes(booking())
    bench.pro.fail("create_consignment", lost_answer(), after=True)
    done = bench.desk.choose(0)
    assert done.pack.stage is Stage.DONE
    assert len(bench.pro.records) == 1
    assert bench.pro.count("create_consignment") == 1
    create = bench.journal.intents[0]
    assert create.action is IntentAction.CREATE_CONSIGNMENT
    assert create.result_reference == next(iter(bench.pro.records))


def test_a_create_that_never_left_is_sent_again_with_the_same_reference(bench: Desk) -> None:
    bench.desk.offer_quotes(booking())
    bench.pro.fail("create_consignment", refused_connection())
    failed = bench.desk.choose(0)
    assert failed.pack.tone is Tone.FAILURE and failed.pack.stage is Stage.CHOOSE_SERVICE
    assert bench.pro.records == {}
    done = bench.desk.choose(0)
    assert done.pack.stage is Stage.DONE
    assert [r.customer_reference for r in bench.pro.records.values()] == [REFERENCE]


def test_a_create_still_running_when_its_answer_timed_out_is_waited_for_not_sent_again(
    bench: Desk,
) -> None:
    bench.desk.offer_quotes(booking())
    bench.pro.fail(
        "create_consignment", lost_answer("SortedPRO took too long to answer."), late=True
    )

    unknown = bench.desk.choose(0)

    assert unknown.pack.tone is Tone.FAILURE and unknown.pack.stage is Stage.CHOOSE_SERVICE
    assert "may still be working on it" in unknown.pack.message
    assert "Wait a moment, then try again" in unknown.pack.message
    assert [i.outcome for i in bench.journal.intents] == [IntentOutcome.PENDING]
    assert bench.pro.records == {}  # not there yet: PRO is still making it

    done = bench.desk.choose(0)

    assert done.pack.stage is Stage.DONE
    assert bench.pro.slept, "the look-up waited for the lost create to land"
    assert bench.pro.count("create_consignment") == 1, bench.pro.calls
    [record] = bench.pro.records.values()
    assert record.customer_reference == REFERENCE
    assert bench.journal.intents[0].outcome is IntentOutcome.SUCCEEDED


def test_a_timed_out_create_that_never_landed_is_sent_again_only_after_the_wait(
    bench: Desk,
) -> None:
    bench.desk.offer_quotes(booking())
    bench.pro.fail("create_consignment", lost_answer("SortedPRO took too long to answer."))

    unknown = bench.desk.choose(0)

    assert "may still be working on it" in unknown.pack.message
    assert bench.pro.count("create_consignment") == 1
    waits_before = len(bench.pro.slept)

    done = bench.desk.choose(0)

    assert done.pack.stage is Stage.DONE
    assert len(bench.pro.slept) > waits_before
    first, second = (i for i, call in enumerate(bench.pro.calls) if call == "create_consignment")
    between = [c for c in bench.pro.calls[first + 1 : second] if c != "get_shipment"]
    assert between[-2:] == ["wait", "find_by_customer_reference"], between
    assert [r.customer_reference for r in bench.pro.records.values()] == [REFERENCE]
    assert [i.outcome for i in bench.journal.intents][:1] == [IntentOutcome.FAILED]


def test_server_error_on_allocate_keeps_the_one_consignment(bench: Desk) -> None:
    bench.desk.offer_quotes(booking())
    bench.pro.fail("allocate_with_quote", server_error(500))
    failed = bench.desk.choose(0)
    assert failed.pack.tone is Tone.FAILURE and failed.pack.stage is Stage.CHOOSE_SERVICE
    [record] = bench.pro.records.values()
    assert record.state is ShipmentState.UNALLOCATED
    assert bench.receipts.receipts == []

    done = bench.desk.choose(0)

    assert done.pack.stage is Stage.DONE
    assert list(bench.pro.records) == [record.reference]
    assert bench.pro.count("create_consignment") == 1
    assert bench.pro.count("allocate_with_quote") == 2


def test_server_error_after_the_allocation_took_effect_is_read_back(bench: Desk) -> None:
    bench.desk.offer_quotes(booking())
    bench.pro.fail("allocate_with_quote", server_error(500), after=True)
    done = bench.desk.choose(0)
    assert done.pack.stage is Stage.DONE
    assert bench.pro.count("allocate_with_quote") == 1
    assert len(bench.pro.records) == 1


def test_an_expired_quote_brings_fresh_prices_and_creates_nothing(bench: Desk) -> None:
    bench.desk.offer_quotes(booking())
    bench.clock.advance(hours=3)
    view = bench.desk.choose(0)
    assert view.pack.stage is Stage.CHOOSE_SERVICE and view.pack.tone is Tone.ATTENTION
    assert "expired" in view.pack.message
    assert view.pack.choices[0].cutoff == bench.clock.now() + timedelta(hours=2)
    assert bench.pro.records == {}


def test_a_failed_allocation_offers_the_consignment_s_own_quotes(bench: Desk) -> None:
    bench.desk.offer_quotes(booking())
    bench.pro.allocation_failure = "Package too heavy"
    view = bench.desk.choose(0)
    assert view.pack.stage is Stage.CHOOSE_SERVICE and view.pack.tone is Tone.FAILURE
    assert "Package too heavy" in view.pack.message
    assert view.pack.shipment is not None
    assert [c.reference for c in view.pack.choices] == ["Q-SLOW", "Q-FAST"]  # its own quotes

    options = bench.desk.offer_delivery_options(booking())
    assert options.pack.choices == view.pack.choices and "only a quote" in options.pack.message
    assert bench.pro.count("delivery_options") == 0

    bench.pro.allocation_failure = None
    done = bench.desk.choose(0)
    assert done.pack.stage is Stage.DONE  # the consignment's quotes were kept on screen
    assert bench.pro.count("create_consignment") == 1


def test_another_form_while_a_consignment_is_open_is_refused(bench: Desk) -> None:
    bench.desk.offer_quotes(booking())
    bench.pro.allocation_failure = "No service"
    bench.desk.choose(0)
    other = replace(booking(), customer_reference="EBAY-2")
    view = bench.desk.offer_quotes(other)
    assert "already created" in view.pack.message
    assert bench.counter.bookings[-1].customer_reference == "EBAY-1"
    [created] = bench.pro.records
    left = bench.desk.abandon()
    assert left.pack.stage is Stage.IDLE and left.pack.message == f"Left {created} as it is."
    assert bench.journal.stages_of(created) == [PackStage.FOUND]  # stays a shift exception
    fresh = bench.desk.offer_quotes(other)
    assert fresh.booking is not None and fresh.booking.client_reference.endswith("EF34AB")


def test_the_same_form_keeps_its_reference_until_booked(bench: Desk) -> None:
    first = bench.desk.offer_delivery_options(booking())
    again = bench.desk.offer_quotes(booking())
    assert first.booking is not None and again.booking is not None
    assert again.booking.client_reference == first.booking.client_reference
    bench.desk.choose(0)
    after = bench.desk.offer_quotes(booking())
    assert after.booking is not None and after.booking.client_reference.endswith("EF34AB")


def test_a_label_print_failure_waits_for_retry_before_the_receipt(bench: Desk) -> None:
    bench.desk.offer_delivery_options(booking())
    bench.labels.script.append(PrintState.FAILED)
    failed = bench.desk.choose(0)
    assert failed.pack.stage is Stage.PRINT_FAILED and failed.receipt is None
    assert bench.receipts.receipts == []
    done = bench.desk.retry_print()
    assert done.pack.stage is Stage.DONE and done.receipt is not None
    assert len(bench.receipts.receipts) == 1


def test_a_receipt_printer_fault_is_reported_and_can_be_retried(bench: Desk) -> None:
    bench.desk.offer_delivery_options(booking())
    bench.receipts.script.append(PrintState.FAILED)
    view = bench.desk.choose(0)
    assert view.pack.stage is Stage.DONE and view.pack.tone is Tone.ATTENTION
    assert "The receipt was not printed: paper out." in view.pack.problems
    again = bench.desk.print_receipt_again()
    assert again.receipt_report is not None and again.receipt_report.complete
    assert [r.consignment_reference for r in bench.receipts.receipts] == [
        again.receipt.consignment_reference if again.receipt else ""
    ] * 2


def test_without_a_receipt_printer_the_receipt_is_still_shown(bench: Desk) -> None:
    bench.desk.receipt_printer = None
    bench.desk.offer_delivery_options(booking())
    view = bench.desk.choose(0)
    assert view.receipt is not None and view.receipt_report is None
    assert [d for d in bench.journal.documents if d[1] == RECEIPT_DOCUMENT] == []


def test_choosing_without_a_table_says_so(bench: Desk) -> None:
    view = bench.desk.choose(0)
    assert view.pack.tone is Tone.ATTENTION and view.pack.message == "There is no choice 1 here."
    assert bench.desk.retry_print().pack.message == "There is no failed label print to retry."
    assert bench.desk.print_receipt_again().pack.message == "There is no receipt to print."


@pytest.mark.parametrize("kind", ["quote", "option"])
def test_an_unsettled_lost_answer_is_looked_up_before_booking_again(bench: Desk, kind: str) -> None:
    method = "create_consignment" if kind == "quote" else "select_option"
    if kind == "quote":
        bench.desk.offer_quotes(booking())
    else:
        bench.desk.offer_delivery_options(booking())
    bench.pro.fail(method, lost_answer(), after=True)
    bench.pro.fail("find_by_customer_reference", server_error(503))

    unknown = bench.desk.choose(0)

    assert unknown.pack.tone is Tone.FAILURE and "Do not pack it again" in unknown.pack.message
    assert [i.outcome for i in bench.journal.intents] == [IntentOutcome.PENDING]

    done = bench.desk.choose(0)

    assert done.pack.stage is Stage.DONE
    assert len(bench.pro.records) == 1 and bench.pro.count(method) == 1
    assert bench.journal.intents[0].outcome is IntentOutcome.SUCCEEDED
    [created] = bench.pro.records
    assert bench.journal.stages_of(created)[0] is PackStage.FOUND


def test_no_offer_says_why_each_service_declined(
    bench: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    declined = QuoteList((), (UnqualifiedService("Carrier Z Pallet", "too light"),))
    monkeypatch.setattr(bench.counter, "quote_booking", lambda _booking: declined)
    view = bench.desk.offer_quotes(booking())
    assert view.pack.stage is Stage.CHOOSE_SERVICE and view.pack.tone is Tone.ATTENTION
    assert view.pack.message == "SortedPRO offers no quote(s) for this parcel to Manchester."
    assert view.pack.problems == ("Carrier Z Pallet: too light",)
    assert bench.desk.choose(0).pack.message == "There is no choice 1 here."


def test_a_quote_books_the_same_service_of_the_consignment_s_own_quotes(bench: Desk) -> None:
    offered = bench.desk.offer_quotes(booking())
    assert offered.pack.choices[1].reference == "BOOKING-Q-FAST"
    done = bench.desk.choose(1)
    assert done.pack.stage is Stage.DONE
    [record] = bench.pro.records.values()
    assert (record.carrier, record.service) == ("Carrier X", "Next Day")


def test_a_higher_price_goes_back_to_the_customer(
    bench: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    cheaper = replace(bench.counter.quote_booking(booking()).choices[1], price_gross=Decimal(5))
    monkeypatch.setattr(bench.counter, "quote_booking", lambda _b: QuoteList((cheaper,)))
    bench.desk.offer_quotes(booking())
    view = bench.desk.choose(0)
    assert view.pack.stage is Stage.CHOOSE_SERVICE and view.pack.tone is Tone.FAILURE
    assert view.pack.message == (
        "Carrier X Next Day now costs 6.90 GBP (was 5 GBP); "
        "confirm with the customer and choose again."
    )
    assert bench.pro.count("allocate_with_quote") == 0
    done = bench.desk.choose(1)  # the consignment's own quote at the new price
    assert done.pack.stage is Stage.DONE and bench.pro.count("create_consignment") == 1


def test_a_service_that_no_longer_quotes_is_said_plainly(
    bench: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = replace(bench.counter.quote_booking(booking()).choices[0], carrier="Carrier Q")
    monkeypatch.setattr(bench.counter, "quote_booking", lambda _b: QuoteList((gone,)))
    bench.desk.offer_quotes(booking())
    view = bench.desk.choose(0)
    assert view.pack.message == "Carrier Q 48 Hour no longer quotes for EC-000-000-001."
    assert [c.reference for c in view.pack.choices] == ["Q-SLOW", "Q-FAST"]
