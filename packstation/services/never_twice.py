"""Calls that create or allocate something, made so that they never happen twice by accident.

Each call is recorded in the journal as an intent (with the reference PRO will carry) and committed
before it is sent. When the answer is lost (timeout, dropped connection, server error after the
request went out), the engine looks at PRO before deciding anything: it re-reads the consignment or
searches for what the call would have created. Only when PRO shows the call did not take effect is
the intent closed as failed, so the packer may try again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Generic, TypeVar

from packstation.domain.moments import SystemClock, as_utc
from packstation.domain.ports import Clock, PackJournal, ShippingApi
from packstation.domain.records import Intent, IntentAction, IntentOutcome
from packstation.errors import (
    RemoteAnswerUnusableError,
    RemoteBusyError,
    RemoteUnreachableError,
    UserFacingError,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")

CLOCK_SKEW = timedelta(minutes=5)
"""How far PRO's creation times may differ from the station's clock when matching a lost create."""

LANDING_WAIT_MIN_S = 2.0
LANDING_WAIT_FACTOR = 2.0
LANDING_WAIT_MAX_S = 60.0
"""How long a call that got no answer may still take effect at PRO: twice as long again as the
station waited for the answer (a timed-out request has then run three times the read timeout),
at least two seconds (a dropped connection gives up early), at most a minute."""

UNSEEN_CALL_WINDOW = timedelta(seconds=LANDING_WAIT_MAX_S)
"""How long after its intent was recorded a call this session did not send may still take effect
at PRO: it was sent by a station process that stopped (a crash, a restart) or is still waiting for
its answer elsewhere, and nobody here knows how long it has waited. The longest landing wait."""


def unseen_call_left_s(recorded_at: datetime, now: datetime) -> float:
    """Return how much longer a call recorded at ``recorded_at`` may land (0 when no longer).

    The age counts either way: a time a little ahead of ``now`` (the clock was set back a few
    seconds since) counts as recent, waiting being the safe side; one far off in either
    direction is a clock that was wrong, and waiting for it would keep the call unsettled.
    """
    age = abs(as_utc(now) - as_utc(recorded_at))
    return max(0.0, (UNSEEN_CALL_WINDOW - age).total_seconds())


class OutcomeUnknownError(UserFacingError):
    """A create or allocate may have happened, and PRO could not be asked yet.

    The intent stays open; recovery settles it on the next start or the next scan. The packer must
    not redo the pack by hand meanwhile.
    """

    retryable = True


def may_have_happened(error: Exception) -> bool:
    """Whether a failed call may nevertheless have taken effect at PRO.

    An answer that arrived but could not be read counts: PRO accepted the call.
    """
    if isinstance(error, RemoteUnreachableError):
        return error.request_sent
    if isinstance(error, RemoteAnswerUnusableError):
        return True
    return isinstance(error, RemoteBusyError) and getattr(error, "status_code", None) != 429


def may_still_land(error: Exception) -> bool:
    """Whether a failed call may still be running at PRO, so its effect can show up later.

    A timeout or a connection dropped after the request went out, or a gateway that gave up
    waiting for PRO (502, 504), says nothing about when PRO finishes: a look-up made at once can
    miss what lands a moment later. A server error PRO itself answered means it has finished.
    """
    if isinstance(error, RemoteUnreachableError):
        return error.request_sent
    return isinstance(error, RemoteBusyError) and getattr(error, "status_code", None) in (502, 504)


def landing_wait_s(waited_s: float) -> float:
    """Return how long after giving up on an answer to wait before trusting a look-up."""
    wait = max(LANDING_WAIT_MIN_S, LANDING_WAIT_FACTOR * max(0.0, waited_s))
    return min(wait, LANDING_WAIT_MAX_S)


class LandingClock:
    """Remembers, per key, until when a call without an answer may still take effect at PRO.

    :meth:`wait_for` sleeps out what is left of that time, so that the look-up made next can be
    trusted to see the call if it landed.
    """

    def __init__(
        self,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sleep = sleep
        self._monotonic = monotonic
        self._due: dict[object, float] = {}

    def now(self) -> float:
        """Return the monotonic time, to measure how long a call waited for its answer."""
        return self._monotonic()

    def lost(self, key: object, sent_at: float) -> None:
        """Note that the call for ``key``, sent at ``sent_at``, got no answer just now."""
        now = self._monotonic()
        self._due[key] = max(self._due.get(key, now), now + landing_wait_s(now - sent_at))

    def hold(self, key: object, seconds: float) -> None:
        """Note that a call for ``key`` sent elsewhere may still land for ``seconds`` from now."""
        due = self._monotonic() + max(0.0, seconds)
        self._due[key] = max(self._due.get(key, due), due)

    def pending(self, key: object) -> bool:
        """Whether a call for ``key`` lost its answer and has not been settled since."""
        return key in self._due

    def wait_for(self, key: object) -> None:
        """Sleep until a lost call for ``key`` can no longer land unseen (no wait if none)."""
        due = self._due.get(key)
        if due is None:
            return
        remaining = due - self._monotonic()
        if remaining > 0:
            logger.info("waiting %.1f s for a call without an answer to land", remaining)
            self._sleep(remaining)

    def settled(self, key: object) -> None:
        """Forget ``key``: PRO was asked after the wait and its answer is known."""
        self._due.pop(key, None)


_DOING = {
    IntentAction.CREATE_CONSIGNMENT: "the booking for {target}",
    IntentAction.SELECT_OPTION: "the booking of option {target}",
    IntentAction.PACK_ORDER: "the consignment for order {target}",
    IntentAction.ALLOCATE: "the carrier service for {target}",
}


def may_still_land_message(intent: Intent) -> str:
    """Tell the operator that the call may still be going through, and what to do."""
    what = _DOING[intent.action].format(target=intent.target)
    return (
        f"SortedPRO did not confirm {what} in time, and may still be working on it. Wait a moment, "
        "then try again: the station asks SortedPRO first and will not book it twice."
    )


@dataclass(frozen=True)
class Guarded(Generic[T]):
    """What an intent-guarded call gave: its own answer, or what PRO showed after a lost one."""

    answer: T | None
    reference: str | None
    """The consignment the call created or allocated, when known."""

    @property
    def recovered(self) -> bool:
        """Whether the answer was lost and the outcome was read back from PRO instead."""
        return self.answer is None


ONE_RESULT_ACTIONS = (IntentAction.CREATE_CONSIGNMENT, IntentAction.SELECT_OPTION)
"""Calls whose target can only ever give one consignment: an option is used up by its booking,
and a client reference names one booking. (An order may be packed in several parts.)"""


class NeverTwice:
    """Runs intent-guarded calls and settles their outcome with PRO after a lost answer.

    It also remembers, for this session, which consignment a call of :data:`ONE_RESULT_ACTIONS`
    made, and answers a repeat of that call with it: a packer who tries a checkout option again
    after a failure gets the consignment already bought, not a second one.
    """

    def __init__(
        self,
        api: ShippingApi,
        journal: PackJournal,
        landing: LandingClock | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._api = api
        self._journal = journal
        self._clock: Clock = clock or SystemClock()
        # Intents this object sent: it knows whether their calls can still land (the landing
        # clock). Any other open intent may belong to a call still running at PRO.
        self._sent: set[int] = set()
        self._created: dict[tuple[IntentAction, str], str] = {}
        # Calls already looked up in the journal: after that, this session's memory is complete.
        self._asked_journal: set[tuple[IntentAction, str]] = set()
        self._landing = landing or LandingClock()

    def created_for(self, action: IntentAction, target: str) -> str | None:
        """Return the consignment an earlier ``action`` for ``target`` created, if one did.

        For :data:`ONE_RESULT_ACTIONS`, an earlier session counts too, in this shift or an
        earlier one (the journal keeps what each call made): a station restarted, or a shift
        closed, after booking a checkout option never books it again.
        """
        key = (action, target)
        found = self._created.get(key)
        if found is None and action in ONE_RESULT_ACTIONS and key not in self._asked_journal:
            self._asked_journal.add(key)
            made = self._journal.created_by(action, target, any_shift=True)
            if made:
                found = self._created[key] = made[-1]
        return found

    def call(
        self,
        action: IntentAction,
        target: str,
        client_reference: str,
        send: Callable[[], T],
        reference_of: Callable[[T], str | None],
        look_up: Callable[[Intent], str | None],
    ) -> Guarded[T]:
        """Send ``send()`` once, guarded by an intent.

        Returns the call's own answer, or, when the answer was lost but ``look_up`` found what the
        call did at PRO, the reference it found. Raises :class:`OutcomeUnknownError` when PRO
        cannot tell yet, or when PRO shows nothing yet but the call may still be running there
        (the intent stays open), and re-raises the original error when PRO shows nothing happened.
        A repeat of a one-result call made earlier in this session gives that call's consignment;
        an intent for the same call still open from an earlier try is settled first (after
        waiting until that try can no longer land unseen). In both cases, when the earlier try
        took effect, its result is returned and nothing is sent.
        """
        earlier = self.created_for(action, target) or self.settle_open(action, target, look_up)
        if earlier is not None:
            return self._remembered(Guarded(None, earlier), action, target)
        intent = self._journal.record_intent(action, target, client_reference)
        self._sent.add(intent.id)
        sent_at = self._landing.now()
        try:
            result = send()
        except UserFacingError as error:
            if not may_have_happened(error):
                self._journal.resolve_intent(intent.id, IntentOutcome.FAILED, None, str(error))
                raise
            if may_still_land(error):
                self._landing.lost(intent.id, sent_at)
            found = self._settle_lost(intent, error, look_up)
            return self._remembered(Guarded(None, found), action, target)
        reference = reference_of(result)
        self._journal.resolve_intent(intent.id, IntentOutcome.SUCCEEDED, reference, "answered")
        return self._remembered(Guarded(result, reference), action, target)

    def _remembered(self, guarded: Guarded[T], action: IntentAction, target: str) -> Guarded[T]:
        if guarded.reference and action in ONE_RESULT_ACTIONS:
            self._created[(action, target)] = guarded.reference
        return guarded

    def settle_open(
        self,
        action: IntentAction,
        target: str,
        look_up: Callable[[Intent], str | None],
        note: str = "settled before a retry",
    ) -> str | None:
        """Settle every open intent for the same call; return what one did, None when nothing."""
        for intent in self._journal.pending_intents():
            if intent.action is action and intent.target == target:
                found = self.settle_pending(intent, look_up, note)
                if found is not None:
                    return found
        return None

    def settle_pending(
        self, intent: Intent, look_up: Callable[[Intent], str | None], note: str
    ) -> str | None:
        """Settle an open intent with PRO; return what it made, None when it did nothing.

        When the intent's call lost its answer in this session and may still be running at PRO,
        this first waits until it can no longer land unseen, so that nothing found really means
        nothing was done. An intent this session did not send (an earlier run's) that is less
        than :data:`UNSEEN_CALL_WINDOW` old and shows nothing at PRO stays open. Raises
        :class:`OutcomeUnknownError` then, and when PRO cannot be asked.
        """
        self._landing.wait_for(intent.id)
        found = self._look_up(intent, look_up)
        if found is None and self.may_still_be_running(intent):
            raise OutcomeUnknownError(may_still_land_message(intent))
        outcome = IntentOutcome.FAILED if found is None else IntentOutcome.SUCCEEDED
        self._journal.resolve_intent(intent.id, outcome, found, note)
        self._landing.settled(intent.id)
        return found

    def may_still_be_running(self, intent: Intent) -> bool:
        """Whether ``intent``'s call, not sent by this session, is recent enough to still land.

        Such a call was sent by a station process that stopped mid-call, or is still waiting
        for its answer in another part of this one: PRO showing nothing yet proves nothing.
        """
        if intent.id in self._sent:
            return False
        return unseen_call_left_s(intent.created_at, self._clock.now()) > 0

    def _settle_lost(
        self, intent: Intent, error: UserFacingError, look_up: Callable[[Intent], str | None]
    ) -> str:
        logger.warning(
            "%s %s: answer lost (%s); asking PRO", intent.action.value, intent.target, error
        )
        found = self._look_up(intent, look_up)
        if found is None and self._landing.pending(intent.id):
            # Nothing yet, but the call may still be running at PRO: sending it again now could
            # make a second one. The intent stays open; the next try waits, then looks again.
            raise OutcomeUnknownError(may_still_land_message(intent)) from error
        if found is None:
            self._journal.resolve_intent(
                intent.id, IntentOutcome.FAILED, None, f"not done at PRO: {error}"
            )
            raise error
        self._journal.resolve_intent(intent.id, IntentOutcome.SUCCEEDED, found, "found after loss")
        self._landing.settled(intent.id)
        return found

    @staticmethod
    def _look_up(intent: Intent, look_up: Callable[[Intent], str | None]) -> str | None:
        try:
            return look_up(intent)
        except OutcomeUnknownError:
            raise
        except UserFacingError as second:
            raise OutcomeUnknownError(
                f"The answer to '{intent.action.value}' for {intent.target} was lost and SortedPRO "
                f"cannot be asked right now ({second}). Do not pack it again: it will be checked "
                "automatically."
            ) from second

    def created_since(self, intent: Intent) -> str | None:
        """Find a consignment created for ``intent`` (searching by its client reference).

        A match carries the client reference, was created after the intent (allowing for clock
        skew) and is not already a pack of this shift; the newest match wins.
        """
        if not intent.client_reference:
            raise OutcomeUnknownError(
                f"The answer to '{intent.action.value}' for {intent.target} was lost, and there is "
                "no reference to look the result up by. Do not redo it: ask the shift lead to "
                "check SortedPRO."
            )
        earliest = as_utc(intent.created_at) - CLOCK_SKEW
        fresh = [
            hit
            for hit in self._api.find_by_customer_reference(intent.client_reference)
            if (hit.created is None or as_utc(hit.created) >= earliest)
            and self._journal.find_pack(hit.reference) is None
        ]
        if not fresh:
            return None
        oldest = datetime.min.replace(tzinfo=UTC)
        return max(fresh, key=lambda hit: as_utc(hit.created) if hit.created else oldest).reference

    def allocated_now(self, intent: Intent) -> str | None:
        """Return the consignment reference when re-reading shows it allocated after a lost call."""
        shipment = self._api.get_shipment(intent.target)
        if shipment.state.has_labels:
            return shipment.reference
        if shipment.state.is_transient:
            raise OutcomeUnknownError(
                f"SortedPRO is still working on {shipment.reference}; scan it again in a moment."
            )
        return None
