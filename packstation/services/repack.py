"""Orders packed before: packing one again takes a second, deliberate Enter.

SortedPRO lets an order be packed any number of times (a split or short pick makes another
consignment from it), so a pick sheet scanned again after its parcel went out would buy a second
label with one press of Enter. The scan asks PRO what was packed from the order so far (any
station, any day) and adds what this station's journal knows; when that is anything, the packer
is told which consignments, and the first Enter only asks for a second one.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from packstation.domain.orders import Order
from packstation.domain.ports import PackJournal, ShippingApi
from packstation.domain.records import IntentAction
from packstation.domain.sentences import Sentence, without_full_stop
from packstation.domain.session import PackView, Stage, Tone
from packstation.errors import UserFacingError

logger = logging.getLogger(__name__)

PACK_NEXT_ACTION = "Confirm the parcel (weight, size) and which items go in it, then press Enter."


@dataclass(frozen=True)
class EarlierPacks:
    """What an order was packed into before, and why PRO could not say (if it could not)."""

    consignments: tuple[str, ...]
    unknown_because: str | None = None


def earlier_packs(api: ShippingApi, journal: PackJournal, order: Order) -> EarlierPacks:
    """Return the consignments packed from ``order`` so far: PRO's list and the journal's."""
    here = journal.created_by(IntentAction.PACK_ORDER, order.reference, any_shift=True)
    try:
        at_pro = api.consignments_packed_from(order.reference)
    except UserFacingError as error:
        logger.warning("earlier packs of %s unknown to PRO: %s", order.reference, error)
        return EarlierPacks(tuple(dict.fromkeys(here)), str(error))
    return EarlierPacks(tuple(dict.fromkeys([*here, *at_pro])))


def order_view(order: Order, earlier: EarlierPacks) -> PackView:
    """Return the view of a scanned order: its lines, with a warning if it was packed before."""
    if earlier.consignments:
        return PackView(
            Stage.PACK_ORDER,
            Tone.ATTENTION,
            Sentence(
                "Order %1 was packed before, into %2: packing it again buys another label.",
                order.reference,
                _listed(earlier.consignments),
            ),
            "Scan the next parcel. For another part of a split order: Enter twice.",
            order=order,
        )
    message = Sentence("Order %1: %2 line(s) to pack.", order.reference, len(order.lines))
    if earlier.unknown_because is None:
        return PackView(Stage.PACK_ORDER, Tone.INFO, message, PACK_NEXT_ACTION, order=order)
    return PackView(
        Stage.PACK_ORDER,
        Tone.ATTENTION,
        Sentence(
            "%1 SortedPRO could not say whether it was packed before (%2): check that it is not "
            "packed already.",
            message,
            without_full_stop(earlier.unknown_because),
        ),
        PACK_NEXT_ACTION,
        order=order,
    )


def _listed(consignments: tuple[str, ...]) -> str:
    return ", ".join(consignments)


class RepackConfirmation:
    """Remembers the order whose next pack still waits for its second Enter."""

    def __init__(self) -> None:
        self._waiting: tuple[str, tuple[str, ...]] | None = None  # order, its consignments
        self._lock = threading.Lock()

    def scanned(self, order: Order, earlier: EarlierPacks) -> None:
        """Note a scan of ``order``: its pack waits for a confirmation if it was packed before."""
        with self._lock:
            consignments = earlier.consignments
            self._waiting = (order.reference, consignments) if consignments else None

    def unconfirmed(self, order: Order) -> PackView | None:
        """Return the question to ask on this Enter, or None when the pack may go ahead.

        The question is asked once per scan: the Enter after it packs.
        """
        with self._lock:
            waiting, self._waiting = self._waiting, None
        if waiting is None or waiting[0] != order.reference:
            return None
        return PackView(
            Stage.PACK_ORDER,
            Tone.ATTENTION,
            Sentence(
                "Order %1 was packed before, into %2. Press Enter again to pack another "
                "consignment from it.",
                order.reference,
                _listed(waiting[1]),
            ),
            "Enter: pack another consignment   Esc or the next scan: leave it",
            order=order,
        )
