"""The packing engine: what a scan does, and every step a packer takes after it.

:class:`PackEngine` keeps the current pack and answers each call with a complete
:class:`~packstation.domain.session.PackView`. Calls run on a worker thread (never the GUI's);
they are serialised, and a scan of a code whose pack is still in flight is refused at once.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Sequence

from packstation.domain.choices import AllocationOutcome, AllocationPolicy, ServiceChoice
from packstation.domain.orders import Order, PackedParcel
from packstation.domain.ports import Clock, PackJournal, ShippingApi
from packstation.domain.records import IntentAction, PackStage
from packstation.domain.scan import ScanKind, ScannedCode, classify_scan
from packstation.domain.sentences import Sentence
from packstation.domain.session import PackView, Stage, Tone, idle
from packstation.domain.shipment import ParcelSpec, Shipment, ShipmentState
from packstation.errors import UserFacingError
from packstation.services.allocation import Allocator
from packstation.services.finding import Finder
from packstation.services.labelling import LabelDevices, LabelStep
from packstation.services.never_twice import LandingClock, NeverTwice
from packstation.services.repack import RepackConfirmation, earlier_packs, order_view

logger = logging.getLogger(__name__)


class PackEngine:
    """One bench's packing session."""

    def __init__(
        self,
        *,
        api: ShippingApi,
        journal: PackJournal,
        devices: LabelDevices,
        clock: Clock,
        policy: AllocationPolicy = AllocationPolicy.ASK,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._api = api
        self._journal = journal
        self._clock = clock
        guard = NeverTwice(api, journal, LandingClock(sleep, monotonic), clock)
        self._guard = guard
        self._finder = Finder(api, journal)
        self._labels = LabelStep(api, journal, devices)
        self._allocator = Allocator(api, journal, guard, policy, sleep)
        self._repack = RepackConfirmation()
        self._view = idle()
        self._reached_view: PackView | None = None
        # Order -> consignment packed in this session but not journalled yet (read-back failed).
        self._packed_unread: dict[str, str] = {}
        self._step_lock = threading.Lock()
        self._in_flight_lock = threading.Lock()
        self._in_flight: set[str] = set()

    @property
    def view(self) -> PackView:
        """What the bench shows now."""
        return self._view

    @property
    def devices(self) -> LabelDevices:
        """The printers in use (the label printer may be swapped after a fault)."""
        return self._labels.devices

    # -- entry points -----------------------------------------------------------------------

    def scan(self, raw: str) -> PackView:
        """Handle a scanned or typed code."""
        code = classify_scan(raw)
        if not code.is_known:
            self._journal.record_scan(code.text, code.kind.value, code.problem or "")
            return self._keep_pack_with(Tone.ATTENTION, code.problem or "Unknown code.")
        with self._in_flight_lock:
            if code.text in self._in_flight:
                return dataclasses.replace(
                    self._view,
                    tone=Tone.ATTENTION,
                    message=Sentence(
                        "%1 is already being handled; wait for it to finish.", code.text
                    ),
                )
            self._in_flight.add(code.text)
        self._view = idle()  # a new scan starts a new pack: nothing of the last one may show
        try:
            view = self._step(lambda: self._handle(code))
        finally:
            with self._in_flight_lock:
                self._in_flight.discard(code.text)
        self._journal.record_scan(code.text, code.kind.value, view.message)
        return view

    def choose(self, index: int) -> PackView:
        """Take choice ``index`` (0-based) of the current table: a shipment, service or option."""
        view = self._view
        if view.stage is Stage.CHOOSE_SHIPMENT and 0 <= index < len(view.hits):
            reference = view.hits[index].reference
            return self._step(lambda: self._proceed(self._api.get_shipment(reference)))
        if view.stage in (Stage.CHOOSE_SERVICE, Stage.CONFIRM_OPTION) and 0 <= index < len(
            view.choices
        ):
            choice = view.choices[index]
            return self._step(lambda: self._take(choice, view))
        return self._keep_pack_with(
            Tone.ATTENTION, Sentence("There is no choice %1 here.", index + 1)
        )

    def confirm_parcels(self, parcels: Sequence[ParcelSpec]) -> PackView:
        """Write the packer's parcels to the shipment and allocate it by the station's policy."""
        shipment = self._view.shipment
        if self._view.stage is not Stage.CONFIRM_PARCELS or not parcels:
            return self._keep_pack_with(Tone.ATTENTION, "There are no parcels to confirm now.")
        if shipment is None:
            return self._rebook_expired_option(parcels)
        reference = shipment.reference

        def run() -> PackView:
            updated = self._api.replace_parcels(reference, parcels)
            return self._after_allocation(self._allocator.by_policy(updated))

        return self._step(run)

    def _rebook_expired_option(self, parcels: Sequence[ParcelSpec]) -> PackView:
        option = next(iter(self._view.choices), None)
        if option is None:
            return self._keep_pack_with(Tone.ATTENTION, "There are no parcels to confirm now.")

        def run() -> PackView:
            created = self._allocator.create_from_option(option, parcels)
            return self._after_allocation(self._allocator.by_policy(created))

        return self._step(run)

    def pack_order(self, parcels: Sequence[PackedParcel]) -> PackView:
        """Pack the current order into one consignment, then allocate and print it."""
        order = self._view.order
        if self._view.stage is not Stage.PACK_ORDER or order is None or not parcels:
            return self._keep_pack_with(Tone.ATTENTION, "There is no order to pack now.")

        def run() -> PackView:
            earlier = self._unfinished_pack_of(order)
            if earlier is not None:  # already packed (a retry after a failure): never pack twice
                return self._proceed(self._read_packed(order, earlier))
            question = self._repack.unconfirmed(order)
            if question is not None:  # packed before, and shipped: only a second Enter packs
                return question
            reference = self._allocator.pack_order(order, parcels)
            shipment = self._read_packed(order, reference)
            self._reached(
                PackView(
                    Stage.CONFIRM_PARCELS,
                    Tone.INFO,
                    Sentence(
                        "Order %1 is packed into %2, not booked with a carrier yet.",
                        order.reference,
                        reference,
                    ),
                    "Check the parcels, then press Enter to book a carrier.",
                    shipment=shipment,
                )
            )
            return self._after_allocation(self._allocator.by_policy(shipment))

        return self._step(run)

    def _read_packed(self, order: Order, reference: str) -> Shipment:
        """Read back the consignment ``order`` was packed into and journal it as found.

        From here on the order exists at PRO as ``reference``: a failure must lead the packer
        to that consignment (allocate it, print it), never back to packing the order again.
        """
        self._packed_unread[order.reference] = reference
        self._reached(
            PackView(
                Stage.FAILED,
                Tone.INFO,
                Sentence("Order %1 is packed into %2.", order.reference, reference),
                Sentence(
                    "Scan %1 again to go on with %2; it will not be packed twice.",
                    order.reference,
                    reference,
                ),
            )
        )
        shipment = self._api.get_shipment(reference)
        if self._journal.find_pack(reference) is None:
            self._journal.record_stage(
                shipment, PackStage.FOUND, f"packed from order {order.reference}"
            )
        self._packed_unread.pop(order.reference, None)
        return shipment

    def retry_print(self, only: Sequence[int] | None = None) -> PackView:
        """Send again only the labels the printer did not print, or the 0-based ``only``.

        After a dropped connection nobody knows which labels came out: the packer looks and
        names the missing ones, so that none of them is printed twice.
        """
        view = self._view
        if view.stage is not Stage.PRINT_FAILED or view.shipment is None or not view.print_report:
            return self._keep_pack_with(Tone.ATTENTION, "There is no failed print to retry.")
        shipment = view.shipment
        missing = view.print_report.not_printed if only is None else tuple(only)
        unknown = [i + 1 for i in missing if not 0 <= i < shipment.parcel_count]
        if unknown:
            return self._keep_pack_with(
                Tone.ATTENTION, Sentence("There is no label %1 here.", unknown[0])
            )
        return self._step(lambda: self._labels.run(shipment, only=missing or None))

    def reprint(self, reference: str, reason: str) -> PackView:
        """Print a consignment's stored labels again; never allocates anything."""
        if not reason.strip():
            return self._keep_pack_with(Tone.ATTENTION, "Say why the label is reprinted.")
        return self._step(lambda: self._reprint(reference, reason.strip()))

    def _reprint(self, reference: str, reason: str) -> PackView:
        shipment = self._api.get_shipment(reference)
        record = self._journal.find_pack(reference)
        voided = record is not None and record.stage is PackStage.VOIDED
        if voided or shipment.state in (ShipmentState.CANCELLED, ShipmentState.CANCELLING):
            return PackView(
                Stage.REFUSED,
                Tone.FAILURE,
                Sentence("%1 is voided: do not use its label.", reference)
                if voided
                else Sentence("%1 is cancelled: do not use its label.", reference),
                "Put the parcel aside for the shift lead.",
                shipment=shipment,
            )
        return self._labels.run(shipment, only=None, reprint_reason=reason)

    def void(self, reference: str, reason: str) -> PackView:
        """Cancel a consignment packed by mistake, before it is manifested; the GUI confirms."""
        if not reason.strip():
            return self._keep_pack_with(Tone.ATTENTION, "Say why the shipment is voided.")
        return self._step(lambda: self._void(reference, reason.strip()))

    def _void(self, reference: str, reason: str) -> PackView:
        shipment = self._api.get_shipment(reference)
        if shipment.state.is_manifested:
            return PackView(
                Stage.REFUSED,
                Tone.FAILURE,
                Sentence(
                    "%1 is already manifested to %2: it cannot be voided at the bench.",
                    reference,
                    shipment.carrier,
                )
                if shipment.carrier
                else Sentence(
                    "%1 is already manifested to the carrier: it cannot be voided at the bench.",
                    reference,
                ),
                "Ask the shift lead to cancel it with the carrier.",
                shipment=shipment,
            )
        if shipment.state is not ShipmentState.CANCELLED:
            self._api.cancel(reference)
        self._journal.record_void(reference, reason)
        return PackView(
            Stage.DONE,
            Tone.SUCCESS,
            Sentence("%1 is voided. Destroy its label(s) now.", reference),
            "Scan the next parcel.",
            shipment=self._api.get_shipment(reference),
        )

    def abandon(self) -> PackView:
        """Leave the current pack; what was done at PRO stays done and journalled."""
        shipment = self._view.shipment
        self._view = idle(
            Sentence("Left %1 as it is (%2).", shipment.reference, shipment.state_name)
            if shipment
            else "Ready."
        )
        return self._view

    # -- steps ------------------------------------------------------------------------------

    def _step(self, action: Callable[[], PackView]) -> PackView:
        with self._step_lock:
            self._reached_view = None
            try:
                view = action()
            except UserFacingError as error:
                logger.info("step ended with an operator message: %s", error)
                view = self._failed(str(error), retryable=error.retryable)
            self._reached_view = None
            self._view = view
            return view

    def _reached(self, view: PackView) -> None:
        """Note that the step got this far at PRO (a consignment packed, a carrier booked).

        A failure after this point shows ``view``'s shipment and stage, not the view the step
        started from: retrying the step's start would pack or allocate a second time.
        """
        self._view = view
        self._reached_view = view

    def _handle(self, code: ScannedCode) -> PackView:
        if code.kind is ScanKind.DELIVERY_OPTION:
            booked = self._booked_for(code.text)
            if booked is not None:  # scanned again after a failure: never book the option twice
                return self._proceed(self._api.get_shipment(booked))
            return self._offer_option(self._api.get_delivery_option(code.text))
        if code.kind is ScanKind.ORDER:
            order = self._api.get_order(code.text)
            unfinished = self._landed_pack_of(order) or self._unfinished_pack_of(order)
            if unfinished is not None:
                return self._proceed(self._read_packed(order, unfinished))
            earlier = earlier_packs(self._api, self._journal, order)
            self._repack.scanned(order, earlier)
            return order_view(order, earlier)
        found = self._finder.find(code)
        if isinstance(found, Shipment):
            return self._proceed(found)
        return found

    def _booked_for(self, option_reference: str) -> str | None:
        """Return the consignment this session already made from a checkout option, if any."""
        return self._guard.created_for(
            IntentAction.SELECT_OPTION, option_reference
        ) or self._guard.created_for(IntentAction.CREATE_CONSIGNMENT, option_reference)

    def _landed_pack_of(self, order: Order) -> str | None:
        """Settle a pack of ``order`` whose answer was lost; return its consignment if it landed.

        A pack whose answer timed out may land at PRO after the station stopped waiting: the
        scan first waits until it can no longer land unseen, then looks, so that the order is
        offered for packing only when PRO shows no consignment from that try.
        """
        return self._guard.settle_open(
            IntentAction.PACK_ORDER,
            order.reference,
            self._guard.created_since,
            "settled when the order was scanned again",
        )

    def _unfinished_pack_of(self, order: Order) -> str | None:
        """Return the consignment this shift packed ``order`` into and has not printed yet.

        After a crash, or a failure, between packing and printing, the order looks untouched to
        the packer; packing it again would make a second consignment, so its scan (or another
        press of Enter on the pack) continues the first. A consignment whose read-back failed is
        not journalled yet: this session remembers it, and the journal's record of the pack call
        covers a station that died before the read-back.
        """
        unread = self._packed_unread.get(order.reference)
        if unread is not None:
            return unread
        client_reference = order.customer_reference or order.reference
        for record in self._journal.packs_with_customer_reference(client_reference):
            if record.stage < PackStage.PRINTED:
                return record.reference
        for reference in self._journal.created_by(IntentAction.PACK_ORDER, order.reference):
            if self._journal.find_pack(reference) is None:
                return reference
        return None

    def _proceed(self, shipment: Shipment) -> PackView:
        state = shipment.state
        if state in (ShipmentState.CANCELLED, ShipmentState.CANCELLING):
            return PackView(
                Stage.REFUSED,
                Tone.FAILURE,
                Sentence("%1 is CANCELLED. Do not ship this parcel.", shipment.reference),
                "Put the parcel aside for the shift lead.",
                shipment=shipment,
            )
        if not shipment.outbound:
            # A search with one hit does not say whether it is a return; the full read does.
            return PackView(
                Stage.REFUSED,
                Tone.FAILURE,
                Sentence(
                    "%1 is a return coming back, not a parcel to send. Do not ship it.",
                    shipment.reference,
                ),
                "Put the parcel aside for the shift lead.",
                shipment=shipment,
            )
        record = self._journal.find_pack(shipment.reference)
        if state.is_manifested or (
            record is not None and PackStage.PRINTED <= record.stage < PackStage.VOIDED
        ):
            return self._already_done(shipment, record is not None)
        if record is None and shipment.labels_printed and not state.needs_allocation:
            return self._printed_elsewhere(shipment)
        shipment = self._allocator.settle(shipment)
        if state.needs_allocation or shipment.state.needs_allocation:
            return self._ask_for_parcels(shipment)
        return self._print_allocated(shipment, booked_here=False)

    def _after_allocation(self, outcome: AllocationOutcome | PackView) -> PackView:
        if isinstance(outcome, PackView):
            return outcome
        if not outcome.shipment_reference:  # refused before any consignment existed
            return self._failed(outcome.message or "SortedPRO did not book it.")
        shipment = outcome.shipment or self._api.get_shipment(outcome.shipment_reference)
        if not outcome.succeeded or shipment.state.needs_allocation:
            return self._ask_for_parcels(shipment, failure=outcome.message)
        return self._print_allocated(shipment, booked_here=True)

    def _print_allocated(self, shipment: Shipment, *, booked_here: bool) -> PackView:
        """Journal ``shipment`` as allocated and print its labels.

        Once it has a carrier, a failure getting or printing its labels leads to a scan that
        prints them: never back to the service choice, which would allocate it again. A carrier
        this station just booked is journalled at once, so that a station that dies before the
        label shows it bought and unprinted after restart; one found booked is journalled with
        its print job (the station did nothing at PRO before that).
        """
        if booked_here:
            self._journal.record_stage(shipment, PackStage.ALLOCATED)
        reference, service = shipment.reference, shipment.service_label
        self._reached(
            PackView(
                Stage.FAILED,
                Tone.INFO,
                Sentence(
                    "%1 is booked with %2; its labels are not printed yet.", reference, service
                )
                if service
                else Sentence("%1 is booked; its labels are not printed yet.", reference),
                Sentence(
                    "Scan %1 again to print its labels; it will not be booked twice.", reference
                ),
                shipment=shipment,
            )
        )
        return self._labels.run(shipment, record_allocation=not booked_here)

    def _take(self, choice: ServiceChoice, view: PackView) -> PackView:
        if choice.is_expired(self._clock.now()):
            return dataclasses.replace(
                view,
                tone=Tone.ATTENTION,
                message=f"{choice.carrier} {choice.service}: this offer expired at "
                f"{choice.cutoff:%H:%M}. Scan again for fresh prices.",
            )
        if view.stage is Stage.CONFIRM_OPTION:
            return self._after_allocation(self._allocator.select_option(choice))
        shipment = view.shipment
        if shipment is None:
            return self._failed("The shipment for this quote is no longer open; scan it again.")
        return self._after_allocation(self._allocator.with_quote(shipment, choice))

    def _offer_option(self, choice: ServiceChoice) -> PackView:
        when = choice.promise.latest or choice.promise.earliest if choice.promise else None
        promise = f", delivery by {when:%a %d %b}" if when else ""
        if choice.is_expired(self._clock.now()):
            return PackView(
                Stage.CONFIRM_PARCELS,
                Tone.ATTENTION,
                f"Delivery option {choice.reference} ({choice.carrier} {choice.service}) expired "
                f"at {choice.cutoff:%H:%M %d %b}: it can no longer be booked as chosen.",
                "Weigh the parcel and choose the box size, then press Enter for fresh quotes.",
                choices=(choice,),
            )
        return PackView(
            Stage.CONFIRM_OPTION,
            Tone.INFO,
            f"Checkout chose {choice.carrier} {choice.service}{promise}.",
            "Press Enter (or 1) to book it and print the label; Esc to leave it.",
            choices=(choice,),
        )

    def _ask_for_parcels(self, shipment: Shipment, failure: str | None = None) -> PackView:
        reason = failure or shipment.failed_allocation_reason
        if reason:
            message = Sentence("%1 could not be allocated: %2", shipment.reference, reason)
            tone = Tone.FAILURE
        else:
            message = Sentence(
                "%1 needs its parcels confirmed before booking a carrier.", shipment.reference
            )
            tone = Tone.INFO
        return PackView(
            Stage.CONFIRM_PARCELS,
            tone,
            message,
            "Weigh the parcel, choose the box size, then press Enter.",
            shipment=shipment,
        )

    def _already_done(self, shipment: Shipment, packed_here: bool) -> PackView:
        if shipment.state.is_manifested:
            message = Sentence("%1 is already manifested to the carrier.", shipment.reference)
        elif packed_here:
            message = Sentence("%1 was already packed and printed this shift.", shipment.reference)
        else:
            message = Sentence("%1 is already done.", shipment.reference)
        return PackView(
            Stage.ALREADY_DONE,
            Tone.ATTENTION,
            message,
            "Press R to reprint its label (you will be asked why).",
            shipment=shipment,
        )

    def _printed_elsewhere(self, shipment: Shipment) -> PackView:
        """SortedPRO gave out this consignment's labels before, and not to this shift's packs.

        Another bench, an earlier shift or the shop's own system has them: a label may already
        be on the parcel. Printing again takes the reprint key, with a reason.
        """
        return PackView(
            Stage.ALREADY_DONE,
            Tone.ATTENTION,
            Sentence(
                "The labels of %1 were printed before, by another bench or in an earlier shift: "
                "check the parcel for its label.",
                shipment.reference,
            ),
            "Press R to reprint its label (you will be asked why).",
            shipment=shipment,
        )

    def _keep_pack_with(self, tone: Tone, message: str) -> PackView:
        """Show a message without losing the pack in progress."""
        self._view = dataclasses.replace(self._view, tone=tone, message=message)
        return self._view

    def _failed(self, message: str, *, retryable: bool = False) -> PackView:
        current = self._view
        next_action = (
            "Try again, or press Esc to leave this pack."
            if retryable
            else "Press Esc to leave this pack."
        )
        reached = self._reached_view
        if reached is not None and reached is current:
            # Part of the step is done at PRO: say what, and how to go on from there.
            message = Sentence("%1 %2", reached.message, message)
            if retryable and not reached.stage.waits_for_packer:
                next_action = reached.next_action
        keep = current.stage if current.stage.waits_for_packer else Stage.FAILED
        return dataclasses.replace(
            current, stage=keep, tone=Tone.FAILURE, message=message, next_action=next_action
        )
