"""The counter desk: book a walk-in customer's parcel, print its label and the customer's receipt.

The clerk fills in the form, asks for delivery options, pickup points or quotes, and the customer
picks one row. Taking an option is PRO's Select Option (it creates the consignment already
allocated); taking a quote creates the consignment, then allocates it with the quote. Both go
through :class:`~packstation.services.never_twice.NeverTwice`: the booking's client reference is
recorded before the call and travels to PRO as ``ConsignmentReferenceProvidedByCustomer``, so a
lost answer is settled by searching for it, never by sending the call again. The label step is the
pack screen's own (:class:`~packstation.services.labelling.LabelStep`); the receipt follows once
the labels are out.
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from decimal import Decimal

from packstation.domain.booking import (
    Booking,
    CounterView,
    Receipt,
    booking_problems,
    client_reference_for,
    costs_more,
    matching_quote,
    offer_price,
    receipt_for,
)
from packstation.domain.booking_ports import CounterApi, ReceiptPrinter
from packstation.domain.choices import (
    AllocationOutcome,
    AllocationPolicy,
    ChoiceKind,
    QuoteList,
    ServiceChoice,
)
from packstation.domain.labels import PrintReport, PrintState
from packstation.domain.ports import Clock, PackJournal, ShippingApi
from packstation.domain.records import IntentAction, PackStage
from packstation.domain.sentences import Sentence, with_full_stop
from packstation.domain.session import PackView, Stage, Tone
from packstation.domain.shipment import Shipment
from packstation.errors import UserFacingError
from packstation.services.allocation import Allocator
from packstation.services.labelling import LabelDevices, LabelStep
from packstation.services.never_twice import LandingClock, NeverTwice, OutcomeUnknownError

logger = logging.getLogger(__name__)

DEFAULT_PICKUP_RADIUS_KM = Decimal(5)
DEFAULT_PICKUP_RESULTS = 10
RECEIPT_DOCUMENT = "receipt"
"""The name receipt prints carry in the journal's document prints."""

ChoiceFetch = Callable[[Booking], QuoteList]
"""Asks PRO for one kind of offer; options come as a QuoteList with no unqualified services."""


def random_token() -> str:
    """Return six random hex digits: enough to keep one station's bookings of a day apart."""
    return secrets.token_hex(3).upper()


class CounterDesk:
    """One counter's booking session; calls are serialised and run off the GUI thread."""

    def __init__(
        self,
        *,
        api: ShippingApi,
        counter: CounterApi,
        journal: PackJournal,
        devices: LabelDevices,
        clock: Clock,
        station: str,
        origin_country_code: str = "GB",
        receipt_printer: ReceiptPrinter | None = None,
        sleep: Callable[[float], None] = time.sleep,
        token: Callable[[], str] = random_token,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._api = api
        self._counter = counter
        self._journal = journal
        self._clock = clock
        self._station = station
        self._origin = origin_country_code.upper()
        self.receipt_printer = receipt_printer
        self._token = token
        self._guard = NeverTwice(api, journal, LandingClock(sleep, monotonic), clock)
        self._allocator = Allocator(api, journal, self._guard, AllocationPolicy.ASK, sleep)
        self._labels = LabelStep(api, journal, devices)
        self._lock = threading.Lock()
        self._booking: Booking | None = None
        self._created: str | None = None
        self._chosen: ServiceChoice | None = None
        self._refresh: tuple[str, ChoiceFetch] | None = None
        self._view = _idle()

    @property
    def view(self) -> CounterView:
        """What the counter screen shows now."""
        return self._view

    @property
    def devices(self) -> LabelDevices:
        """The printers labels go to (the label printer may be swapped after a fault)."""
        return self._labels.devices

    # -- offering ---------------------------------------------------------------------------

    def offer_delivery_options(self, booking: Booking) -> CounterView:
        """Show the delivery options PRO offers for the booking."""
        return self._offer(
            booking,
            Sentence("delivery option(s)"),
            lambda ready: QuoteList(self._counter.delivery_options(ready)),
        )

    def offer_pickup_options(
        self,
        booking: Booking,
        radius_km: Decimal = DEFAULT_PICKUP_RADIUS_KM,
        max_results: int = DEFAULT_PICKUP_RESULTS,
    ) -> CounterView:
        """Show the pickup points (with distance and opening hours) near the destination."""
        return self._offer(
            booking,
            Sentence("pickup option(s)"),
            lambda ready: QuoteList(self._counter.pickup_options(ready, radius_km, max_results)),
        )

    def offer_quotes(self, booking: Booking) -> CounterView:
        """Show the quotes of every service that can take the booking."""
        return self._offer(booking, Sentence("quote(s)"), self._quotes, quotes=True)

    def _quotes(self, booking: Booking) -> QuoteList:
        # Once the consignment exists, quotes made for it are the ones PRO surely accepts for it.
        if self._created is not None:
            return self._api.quotes(self._created)
        return self._counter.quote_booking(booking)

    def _offer(
        self, booking: Booking, what: str, fetch: ChoiceFetch, *, quotes: bool = False
    ) -> CounterView:
        def run() -> CounterView:
            prepared = self._prepare(booking)
            if isinstance(prepared, CounterView):
                return prepared
            if self._created is not None and not quotes:
                return self._only_quotes_now()
            self._refresh = (what, fetch)
            return self._choices_view(prepared, what, fetch(prepared))

        return self._step(run)

    def _prepare(self, booking: Booking) -> Booking | CounterView:
        """Check the form and give it this booking's client reference (kept while it is open)."""
        problems = booking_problems(booking, self._origin)
        if problems:
            pack = PackView(
                Stage.CONFIRM_PARCELS,
                Tone.ATTENTION,
                Sentence("Check the form: %1 thing(s) to fix.", len(problems)),
                "Correct the fields listed, then ask again.",
                problems=problems,
            )
            return CounterView(pack, booking)
        current = self._booking
        same = current is not None and current.same_form_as(booking)
        if self._created is not None and not same:
            return self._keep(
                Tone.ATTENTION,
                Sentence(
                    "%1 was already created for the booking in progress; finish it or press Esc "
                    "to leave it before starting another.",
                    self._created,
                ),
            )
        if booking.client_reference:
            reference = booking.client_reference
        elif same and current is not None:
            reference = current.client_reference
        else:
            reference = self._new_client_reference()
        self._booking = dataclasses.replace(booking, client_reference=reference)
        return self._booking

    def _new_client_reference(self) -> str:
        return client_reference_for(self._station, f"{self._clock.now():%Y%m%d}", self._token())

    def _choices_view(self, booking: Booking, what: str, offered: QuoteList) -> CounterView:
        choices = offered.choices
        reasons = tuple(f"{u.service}: {u.reason}" for u in offered.unqualified)
        if not choices:
            pack = PackView(
                Stage.CHOOSE_SERVICE,
                Tone.ATTENTION,
                Sentence(
                    "SortedPRO offers no %1 for this parcel to %2.", what, booking.destination.town
                ),
                "Try the other kind of offer, or check the weight and size.",
                problems=reasons,
            )
            return CounterView(pack, booking)
        # The reference travels with each option so that selecting it is looked up by it.
        tagged = tuple(
            choice
            if choice.kind is ChoiceKind.QUOTE
            else dataclasses.replace(choice, customer_reference=booking.client_reference)
            for choice in choices
        )
        pack = PackView(
            Stage.CHOOSE_SERVICE,
            Tone.INFO,
            Sentence(
                "%1 %2 to %3: let the customer choose.",
                len(tagged),
                what,
                booking.destination.town,
            ),
            "Press the number of the choice (1-9), or use the arrows and Enter.",
            choices=tagged,
            problems=reasons,
        )
        return CounterView(pack, booking)

    def _only_quotes_now(self) -> CounterView:
        """Keep the table on screen: a new option would create a second consignment."""
        return self._keep(
            Tone.ATTENTION,
            Sentence(
                "%1 already exists for this booking, so only a quote can book it now; choose one, "
                "or press Esc to leave the booking.",
                self._created,
            ),
        )

    # -- booking ----------------------------------------------------------------------------

    def choose(self, index: int) -> CounterView:
        """Book choice ``index`` (0-based) of the table shown now, then print label and receipt."""
        pack = self._view.pack
        if pack.stage is not Stage.CHOOSE_SERVICE or not 0 <= index < len(pack.choices):
            return self._keep(Tone.ATTENTION, Sentence("There is no choice %1 here.", index + 1))
        choice = pack.choices[index]
        return self._step(lambda: self._book(choice))

    def _book(self, choice: ServiceChoice) -> CounterView:
        booking = self._booking
        if booking is None:
            return self._keep(Tone.ATTENTION, "There is no booking in progress.")
        if choice.is_expired(self._clock.now()):
            return self._expired(booking, choice)
        self._chosen = choice
        if self._created is None:
            self._created = self._settle_earlier_try(booking)
        if choice.kind is ChoiceKind.QUOTE:
            booked = self._book_quote(booking, choice)
            if isinstance(booked, CounterView):
                return booked
            outcome = booked
        elif self._created is not None:  # an earlier selection did take effect
            outcome = AllocationOutcome(True, self._created, "already booked")
        else:
            tagged = dataclasses.replace(choice, customer_reference=booking.client_reference)
            outcome = self._allocator.select_option(tagged)
            if outcome.succeeded:
                self._created = outcome.shipment_reference
        return self._after_allocation(booking, outcome)

    def _settle_earlier_try(self, booking: Booking) -> str | None:
        """Return the consignment an unsettled earlier create or select of this booking made.

        An answer lost while PRO could not be asked, or lost while the call may still be running
        at PRO, leaves its intent open; booking again before looking would create a second
        consignment. The look-up waits until a call still running can no longer land unseen.
        Raises when PRO still cannot be asked.
        """
        for intent in self._journal.pending_intents():
            if intent.client_reference != booking.client_reference or intent.action not in (
                IntentAction.CREATE_CONSIGNMENT,
                IntentAction.SELECT_OPTION,
            ):
                continue
            found = self._guard.settle_pending(
                intent, self._guard.created_since, "settled before booking again"
            )
            if found is None:
                continue
            shipment = self._api.get_shipment(found)
            self._journal.record_stage(shipment, PackStage.FOUND, "found at the counter")
            return found
        return None

    def _book_quote(
        self, booking: Booking, quote: ServiceChoice
    ) -> AllocationOutcome | CounterView:
        """Create the consignment, then allocate it with its own quote for the chosen service.

        The customer chose from quotes for a consignment that did not exist yet; PRO documents
        Allocate With Quote only for quotes of the consignment itself, so the same service is
        looked up among those, and a higher price goes back to the customer first.
        """
        shipment = self._allocator.settle(self._consignment_for(booking))
        if shipment.state.has_labels:  # allocated before the answer was lost
            return AllocationOutcome(True, shipment.reference, "already allocated")
        own = self._api.quotes(shipment.reference)
        match = matching_quote(quote, own.choices)
        if match is None:
            return self._rechoose(
                booking,
                shipment,
                Sentence(
                    "%1 %2 no longer quotes for %3.",
                    quote.carrier,
                    quote.service,
                    shipment.reference,
                ),
                own,
            )
        if not match.currency:  # the receipt and any message show the currency agreed on
            match = dataclasses.replace(match, currency=quote.currency)
        if costs_more(match, quote):
            return self._rechoose(
                booking,
                shipment,
                Sentence(
                    "%1 %2 now costs %3 (was %4); confirm with the customer and choose again.",
                    match.carrier,
                    match.service,
                    offer_price(match),
                    offer_price(quote),
                ),
                own,
            )
        self._chosen = match
        return self._allocator.with_quote(shipment, match)

    def _consignment_for(self, booking: Booking) -> Shipment:
        """Return the booking's consignment, creating it (never twice) when it has none yet."""
        if self._created is None:
            reference = booking.client_reference
            guarded = self._guard.call(
                IntentAction.CREATE_CONSIGNMENT,
                reference,
                reference,
                lambda: self._counter.create_consignment(booking, reference),
                lambda created: created,
                self._guard.created_since,
            )
            if guarded.reference is None:
                raise OutcomeUnknownError(f"Creating the booking {reference} gave no reference.")
            self._created = guarded.reference
            created = self._api.get_shipment(guarded.reference)
            # Journalled at once, so an abandoned booking still shows in the shift's exceptions.
            self._journal.record_stage(created, PackStage.FOUND, "created at the counter")
            return created
        return self._api.get_shipment(self._created)

    def _after_allocation(self, booking: Booking, outcome: AllocationOutcome) -> CounterView:
        if not outcome.shipment_reference:
            return self._keep(
                Tone.FAILURE, Sentence("Not booked: %1 Choose another.", outcome.message)
            )
        read_back = outcome.shipment or self._api.get_shipment(outcome.shipment_reference)
        shipment = self._allocator.settle(read_back)
        if not outcome.succeeded or shipment.state.needs_allocation:
            reason = shipment.failed_allocation_reason or outcome.message
            message = Sentence(
                "%1 could not be booked with that service: %2", shipment.reference, reason
            )
            return self._rechoose(booking, shipment, message)
        self._journal.record_stage(shipment, PackStage.ALLOCATED)
        return self._after_labels(booking, self._labels.run(shipment))

    def _rechoose(
        self,
        booking: Booking,
        shipment: Shipment,
        message: str,
        quotes: QuoteList | None = None,
    ) -> CounterView:
        """Offer the consignment's own quotes again, saying why the last choice did not book."""
        if quotes is None:
            quotes = self._api.quotes(shipment.reference)
        self._refresh = (Sentence("quote(s)"), self._quotes)
        pack = PackView(
            Stage.CHOOSE_SERVICE,
            Tone.FAILURE,
            message,
            "Choose another service for it (1-9), or press Esc to leave it.",
            shipment=shipment,
            choices=quotes.choices,
            problems=tuple(f"{u.service}: {u.reason}" for u in quotes.unqualified),
        )
        return CounterView(pack, booking)

    def _expired(self, booking: Booking, choice: ServiceChoice) -> CounterView:
        when = f"{choice.cutoff:%H:%M}" if choice.cutoff else Sentence("its cut-off")
        if self._refresh is None:
            expired = Sentence("This offer expired at %1; ask again.", when)
            return self._keep(Tone.ATTENTION, expired)
        what, fetch = self._refresh
        fresh = self._choices_view(booking, what, fetch(booking))
        message = Sentence(
            "%1 %2 expired at %3; here are fresh prices.", choice.carrier, choice.service, when
        )
        pack = dataclasses.replace(fresh.pack, tone=Tone.ATTENTION, message=message)
        return dataclasses.replace(fresh, pack=pack)

    # -- labels and receipt -----------------------------------------------------------------

    def retry_print(self, only: Sequence[int] | None = None) -> CounterView:
        """Send again the labels not printed (or the 0-based ``only``), then the receipt.

        ``only`` is the clerk's word after a print whose outcome is unknown (connection lost).
        """
        pack, booking = self._view.pack, self._booking
        if (
            pack.stage is not Stage.PRINT_FAILED
            or pack.shipment is None
            or pack.print_report is None
            or booking is None
        ):
            return self._keep(Tone.ATTENTION, "There is no failed label print to retry.")
        shipment = pack.shipment
        missing = pack.print_report.not_printed if only is None else tuple(only)
        if any(not 0 <= index < shipment.parcel_count for index in missing):
            return self._keep(Tone.ATTENTION, "That label is not part of this booking.")
        return self._step(
            lambda: self._after_labels(booking, self._labels.run(shipment, only=missing or None))
        )

    def print_receipt_again(self) -> CounterView:
        """Print the last receipt again (after paper out, or for the customer's copy)."""
        receipt = self._view.receipt
        if receipt is None:
            return self._keep(Tone.ATTENTION, "There is no receipt to print.")

        def run() -> CounterView:
            report = self._print_receipt(receipt)
            return self._with_receipt(self._view.pack, self._view.booking, receipt, report)

        return self._step(run)

    def _after_labels(self, booking: Booking, pack: PackView) -> CounterView:
        if pack.stage is not Stage.DONE or pack.shipment is None:
            return CounterView(pack, booking)
        receipt = receipt_for(
            self._station, booking, pack.shipment, self._chosen, self._clock.now()
        )
        report = self._print_receipt(receipt)
        # The booking is complete: the next form starts a new one with a new client reference.
        self._booking, self._created, self._chosen, self._refresh = None, None, None, None
        return self._with_receipt(pack, booking, receipt, report)

    def _print_receipt(self, receipt: Receipt) -> PrintReport | None:
        printer = self.receipt_printer
        if printer is None:
            return None
        try:
            report = printer.print_receipt(receipt)
        except UserFacingError as error:
            report = PrintReport(PrintState.FAILED, printer.name, (), (0,), str(error))
        self._journal.record_document_print(receipt.consignment_reference, RECEIPT_DOCUMENT, report)
        return report

    def _with_receipt(
        self,
        pack: PackView,
        booking: Booking | None,
        receipt: Receipt,
        report: PrintReport | None,
    ) -> CounterView:
        problems = pack.problems
        tone = pack.tone
        if report is not None and not report.complete:
            reason = with_full_stop(report.message or report.state.value)
            problems += (Sentence("The receipt was not printed: %1", reason),)
            tone = Tone.ATTENTION
        next_action = (
            "Hand over the receipt; fill in the form for the next customer."
            if report is not None and report.complete
            else "Press P to print the receipt again, then fill in the form for the next customer."
        )
        shown = dataclasses.replace(pack, tone=tone, problems=problems, next_action=next_action)
        return CounterView(shown, booking, receipt, report)

    # -- session ----------------------------------------------------------------------------

    def abandon(self) -> CounterView:
        """Leave the booking; whatever PRO already has stays there and in the journal."""
        created = self._created
        self._booking, self._created, self._chosen, self._refresh = None, None, None, None
        self._view = _idle(
            Sentence("Left %1 as it is.", created) if created else "Ready for the next booking."
        )
        return self._view

    def _step(self, action: Callable[[], CounterView]) -> CounterView:
        with self._lock:
            try:
                view = action()
            except UserFacingError as error:
                logger.info("counter step ended with an operator message: %s", error)
                view = self._failed(str(error), retryable=error.retryable)
            self._view = view
            return view

    def _keep(self, tone: Tone, message: str) -> CounterView:
        """Show a message without losing the booking in progress."""
        pack = dataclasses.replace(self._view.pack, tone=tone, message=message)
        self._view = dataclasses.replace(self._view, pack=pack)
        return self._view

    def _failed(self, message: str, *, retryable: bool) -> CounterView:
        current = self._view.pack
        next_action = (
            "Try again, or press Esc to leave the booking."
            if retryable
            else "Press Esc to leave the booking."
        )
        stage = current.stage if current.stage.waits_for_packer else Stage.FAILED
        pack = dataclasses.replace(
            current, stage=stage, tone=Tone.FAILURE, message=message, next_action=next_action
        )
        return dataclasses.replace(self._view, pack=pack, booking=self._booking)


def _idle(message: str = "Ready for the next booking.") -> CounterView:
    return CounterView(
        PackView(
            Stage.IDLE,
            Tone.INFO,
            message,
            "Fill in the destination and parcels, then ask for options or quotes.",
        )
    )
