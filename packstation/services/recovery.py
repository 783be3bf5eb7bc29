"""Start-up recovery: settle what a crash or a lost answer left open, and list it for the packer.

Open intents are settled by asking PRO what happened (never by repeating the call). Packs left
between two steps are reconciled where that is safe without a person (a printed pack not yet
marked ready to ship is marked now) and otherwise listed with the next action in words.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from packstation.domain.ports import Clock, PackJournal, ShippingApi
from packstation.domain.records import Intent, IntentAction, IntentOutcome, PackRecord, PackStage
from packstation.domain.sentences import Sentence
from packstation.domain.shipment import ShipmentState
from packstation.errors import UserFacingError
from packstation.services.never_twice import NeverTwice

logger = logging.getLogger(__name__)


_ACTION_WORDS = {
    IntentAction.CREATE_CONSIGNMENT: Sentence("create consignment"),
    IntentAction.SELECT_OPTION: Sentence("select option"),
    IntentAction.PACK_ORDER: Sentence("pack order"),
    IntentAction.ALLOCATE: Sentence("allocate"),
}
"""The calls a recovery line names, as the packer reads them."""


@dataclass(frozen=True)
class RecoveryItem:
    """One thing recovery found, what it did, and what a person still has to do (if anything)."""

    reference: str
    found: str
    next_action: str
    settled: bool


class Recovery:
    """Reconciles the journal with PRO after a restart."""

    def __init__(self, api: ShippingApi, journal: PackJournal, clock: Clock | None = None) -> None:
        self._api = api
        self._journal = journal
        self._guard = NeverTwice(api, journal, clock=clock)

    def run(self) -> list[RecoveryItem]:
        """Settle open intents, reconcile unfinished packs, and list what the packer must see."""
        items = [self._settle(intent) for intent in self._journal.pending_intents()]
        settled = {item.reference for item in items}
        items += [
            item
            for record in self._journal.shift_packs()
            if record.reference not in settled and (item := self._reconcile(record)) is not None
        ]
        return items

    def _settle(self, intent: Intent) -> RecoveryItem:
        what = Sentence("%1 for %2", _ACTION_WORDS[intent.action], intent.target)
        try:
            if intent.action is IntentAction.ALLOCATE:
                result = self._guard.allocated_now(intent)
            else:
                result = self._guard.created_since(intent)
        except UserFacingError as error:
            return RecoveryItem(
                intent.target,
                Sentence("%1: still unknown (%2)", what, str(error)),
                "Check in SortedPRO before packing it again.",
                False,
            )
        if result is None and self._guard.may_still_be_running(intent):
            return RecoveryItem(
                intent.target,
                Sentence(
                    "%1: not at SortedPRO yet, but the station stopped while the call was on its "
                    "way, and it may still go through",
                    what,
                ),
                Sentence(
                    "Wait a minute, then scan %1 again: SortedPRO is asked first, so it is not "
                    "booked twice.",
                    intent.target,
                ),
                False,
            )
        if result is None:
            self._journal.resolve_intent(intent.id, IntentOutcome.FAILED, None, "not done at PRO")
            if intent.action is IntentAction.ALLOCATE:
                return self._not_allocated(intent.target, what)
            return RecoveryItem(
                intent.target,
                Sentence("%1: did not happen", what),
                Sentence("Scan %1 again.", intent.target),
                True,
            )
        self._journal.resolve_intent(intent.id, IntentOutcome.SUCCEEDED, result, "found at start")
        shipment = self._api.get_shipment(result)
        stage = PackStage.ALLOCATED if shipment.state.has_labels else PackStage.FOUND
        self._journal.record_stage(shipment, stage, "recovered")
        return RecoveryItem(
            result,
            Sentence("%1: done at PRO as %2", what, result),
            Sentence("Scan %1 to print its label.", result),
            False,
        )

    def _not_allocated(self, reference: str, what: str) -> RecoveryItem:
        """Keep a consignment whose allocation never happened in the shift, unallocated.

        It exists at PRO (an order packed into it, an option rebooked), so it joins the shift's
        packs: the close lists it until it is allocated, and scanning its order again finds it
        instead of packing the order into a second consignment.
        """
        try:
            self._journal.record_stage(
                self._api.get_shipment(reference), PackStage.FOUND, "allocation never happened"
            )
        except UserFacingError as error:
            logger.warning("recovery could not read %s: %s", reference, error)
        return RecoveryItem(
            reference,
            Sentence("%1: did not happen; %2 exists but has no carrier yet", what, reference),
            Sentence("Scan %1 (or its order) to allocate it and print its label.", reference),
            False,
        )

    def _reconcile(self, record: PackRecord) -> RecoveryItem | None:
        stage = record.stage
        if stage is PackStage.FOUND:
            return RecoveryItem(
                record.reference,
                "not allocated to a carrier yet",
                Sentence("Scan %1 to allocate it and print its label.", record.reference),
                False,
            )
        if stage in (PackStage.ALLOCATED, PackStage.LABELS_STORED):
            return RecoveryItem(
                record.reference,
                "allocated but no label printed",
                Sentence("Scan %1 to print its label.", record.reference),
                False,
            )
        if stage is PackStage.PRINT_FAILED:
            missing = ", ".join(str(i + 1) for i in record.labels_missing)
            return RecoveryItem(
                record.reference,
                Sentence("label(s) %1 not printed", missing)
                if missing
                else "some labels not printed",
                Sentence("Scan %1, then reprint the missing labels.", record.reference),
                False,
            )
        if stage is PackStage.PRINT_UNCONFIRMED:
            return RecoveryItem(
                record.reference,
                "label sent but the printer never confirmed it",
                "Check the label is on the parcel; reprint if not.",
                False,
            )
        if stage is PackStage.PRINTED:
            return self._finish_ready(record)
        if stage is PackStage.MANIFEST_SENT:
            return RecoveryItem(
                record.reference,
                "manifest sent, no answer came back",
                "Close the shift again: each such consignment is checked before it is sent.",
                False,
            )
        return None

    def _finish_ready(self, record: PackRecord) -> RecoveryItem:
        try:
            shipment = self._api.get_shipment(record.reference)
            if shipment.state is ShipmentState.ALLOCATED:
                outcome = self._api.set_ready_to_ship([record.reference])
                if outcome and outcome[0].succeeded:
                    shipment = self._api.get_shipment(record.reference)
            if shipment.state is ShipmentState.READY_TO_SHIP:
                self._journal.record_stage(shipment, PackStage.READY_TO_SHIP, "recovered")
                return RecoveryItem(
                    record.reference, "printed, now marked ready to ship", "Nothing to do.", True
                )
            found = Sentence("printed, but SortedPRO shows it %1", shipment.state_name)
        except UserFacingError as error:
            found = Sentence("printed, not yet marked ready to ship (%1)", str(error))
        return RecoveryItem(record.reference, found, "Closing the shift will retry.", False)
