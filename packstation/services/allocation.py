"""Getting a shipment its carrier service: by policy, by quote, by checkout option, by order pack.

Every call that creates or allocates goes through :class:`NeverTwice`, so a lost answer is
settled by looking at PRO and never by sending the call again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from packstation.domain.choices import (
    AllocationOutcome,
    AllocationPolicy,
    QuoteList,
    ServiceChoice,
    fastest,
)
from packstation.domain.orders import Order, PackedParcel
from packstation.domain.ports import PackJournal, ShippingApi
from packstation.domain.records import IntentAction, PackStage
from packstation.domain.sentences import Sentence
from packstation.domain.session import PackView, Stage, Tone
from packstation.domain.shipment import ParcelSpec, Shipment
from packstation.services.never_twice import NeverTwice, OutcomeUnknownError

SETTLE_DELAYS_S = (0.5, 1.0, 2.0, 4.0)
"""Waits between looks at a shipment PRO is busy with (Allocating, Manifesting, Cancelling)."""


class Allocator:
    """Allocates shipments and creates them from options and orders, never twice."""

    def __init__(
        self,
        api: ShippingApi,
        journal: PackJournal,
        guard: NeverTwice,
        policy: AllocationPolicy,
        sleep: Callable[[float], None],
    ) -> None:
        self._api = api
        self._journal = journal
        self._guard = guard
        self.policy = policy
        self._sleep = sleep

    def settle(self, shipment: Shipment) -> Shipment:
        """Wait (bounded) while PRO is busy with ``shipment``; return its settled state."""
        for delay_s in SETTLE_DELAYS_S:
            if not shipment.state.is_transient:
                return shipment
            self._sleep(delay_s)
            shipment = self._api.get_shipment(shipment.reference)
        if shipment.state.is_transient:
            raise OutcomeUnknownError(
                Sentence(
                    "SortedPRO is still busy with %1 (%2); scan it again in a minute.",
                    shipment.reference,
                    shipment.state_name,
                )
            )
        return shipment

    def by_policy(self, shipment: Shipment) -> AllocationOutcome | PackView:
        """Allocate by the station's policy, or return the quotes when the packer must choose."""
        if self.policy is AllocationPolicy.CHEAPEST:
            return self._allocate(shipment, lambda: self._api.allocate_cheapest(shipment.reference))
        if self.policy is AllocationPolicy.RULES:
            return self._allocate(shipment, lambda: self._api.allocate_by_rules(shipment.reference))
        quotes = self._api.quotes(shipment.reference)
        if not quotes.choices:
            return _no_quotes_view(shipment, quotes)
        if self.policy is AllocationPolicy.FASTEST:
            best = fastest(quotes.choices)
            assert best is not None  # choices is not empty
            return self.with_quote(shipment, best)
        return PackView(
            Stage.CHOOSE_SERVICE,
            Tone.INFO,
            Sentence(
                "Choose a service for %1 (%2 parcel(s)).",
                shipment.reference,
                shipment.parcel_count,
            ),
            "Press the number of the service (1-9), or use the arrows and Enter.",
            shipment=shipment,
            choices=quotes.choices,
            problems=tuple(f"{u.service}: {u.reason}" for u in quotes.unqualified),
        )

    def with_quote(self, shipment: Shipment, quote: ServiceChoice) -> AllocationOutcome:
        """Allocate ``shipment`` to the service of ``quote``."""
        return self._allocate(
            shipment, lambda: self._api.allocate_with_quote(shipment.reference, quote.reference)
        )

    def select_option(self, option: ServiceChoice) -> AllocationOutcome:
        """Book a checkout option: PRO creates the consignment already allocated."""
        guarded = self._guard.call(
            IntentAction.SELECT_OPTION,
            option.reference,
            option.customer_reference or "",
            lambda: self._api.select_option(option.reference),
            lambda outcome: outcome.shipment_reference or None,
            self._guard.created_since,
        )
        if guarded.answer is not None:
            return guarded.answer
        return _recovered(guarded.reference, f"option {option.reference}")

    def create_from_option(self, option: ServiceChoice, parcels: Sequence[ParcelSpec]) -> Shipment:
        """Create a consignment for an expired option, carrying the shop's own reference."""
        client_reference = option.customer_reference or option.reference
        guarded = self._guard.call(
            IntentAction.CREATE_CONSIGNMENT,
            option.reference,
            client_reference,
            lambda: self._api.create_from_option(option.reference, parcels, client_reference),
            lambda reference: reference,
            self._guard.created_since,
        )
        if guarded.reference is None:
            raise OutcomeUnknownError(
                f"Rebooking {option.reference} gave no consignment reference."
            )
        return self._api.get_shipment(guarded.reference)

    def pack_order(self, order: Order, parcels: Sequence[PackedParcel]) -> str:
        """Pack ``parcels`` of ``order`` into a new consignment and return its reference.

        The caller reads it back: a failed read must not hide that the consignment exists.
        """
        client_reference = order.customer_reference or order.reference
        guarded = self._guard.call(
            IntentAction.PACK_ORDER,
            order.reference,
            client_reference,
            lambda: self._api.pack_order(order.reference, parcels, client_reference),
            lambda reference: reference,
            self._guard.created_since,
        )
        if guarded.reference is None:
            raise OutcomeUnknownError(f"Packing {order.reference} gave no consignment reference.")
        return guarded.reference

    def _allocate(
        self, shipment: Shipment, send: Callable[[], AllocationOutcome]
    ) -> AllocationOutcome:
        booked = self._already_booked(shipment.reference)
        if booked is not None:
            return AllocationOutcome(
                True,
                booked.reference,
                Sentence(
                    "%1 already has its carrier service; it was not booked again.",
                    booked.reference,
                ),
                booked.carrier,
                booked.service,
                booked.tracking_numbers,
                shipment=booked,
            )
        guarded = self._guard.call(
            IntentAction.ALLOCATE,
            shipment.reference,
            shipment.customer_reference,
            send,
            lambda outcome: outcome.shipment_reference if outcome.succeeded else None,
            self._guard.allocated_now,
        )
        if guarded.answer is not None:
            return guarded.answer
        return _recovered(guarded.reference, shipment.reference)

    def _already_booked(self, reference: str) -> Shipment | None:
        """Return the consignment as PRO has it now if this shift already allocated it.

        A screen from before the allocation (the service choice, the parcels) may still be up
        after a later step failed; taking it again must not allocate the consignment twice.
        PRO has the last word: a consignment it shows without a carrier is allocated again.
        """
        record = self._journal.find_pack(reference)
        if record is None or not PackStage.ALLOCATED <= record.stage < PackStage.VOIDED:
            return None
        current = self._api.get_shipment(reference)
        return current if current.state.has_labels else None


def _recovered(reference: str | None, what: str) -> AllocationOutcome:
    if reference is None:
        raise OutcomeUnknownError(f"The result for {what} could not be confirmed.")
    return AllocationOutcome(
        True, reference, f"The answer for {what} was lost; SortedPRO shows it done."
    )


def _no_quotes_view(shipment: Shipment, quotes: QuoteList) -> PackView:
    reasons = tuple(f"{u.service}: {u.reason}" for u in quotes.unqualified)
    return PackView(
        Stage.CONFIRM_PARCELS,
        Tone.FAILURE,
        Sentence("No carrier service can take %1 as it is.", shipment.reference),
        "Check the weight and size (or split the parcel), then press Enter.",
        shipment=shipment,
        problems=reasons,
    )
