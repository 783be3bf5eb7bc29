"""What an allocation (or option selection) really produced, read back from PRO.

A 2xx ``StatusCode`` in the summary only says PRO accepted the request: allocation may continue
asynchronously (``Allocating``, SPEC 6.4, 7.5) and may still end in ``AllocationFailed``. So after
a 2xx the consignment is read again; while it is ``Allocating`` its light status is polled with a
growing pause, up to a bounded total wait, before it is read in full. A consignment still
``Allocating`` after that wait raises :class:`AllocationPendingError`: the engine must look again
later rather than allocate a second time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from packstation.domain.choices import AllocationOutcome
from packstation.domain.shipment import Shipment, ShipmentState
from packstation.errors import RemoteBusyError, RemoteRejectedError
from packstation.pro import models as m
from packstation.pro.bench import outcomes, shipments, wording
from packstation.pro.client import ProClient
from packstation.pro.errors import ProResponseError

FIRST_PAUSE_S = 0.25
LONGEST_PAUSE_S = 2.0


class AllocationPendingError(RemoteBusyError):
    """PRO accepted an allocation but had not finished it when the station stopped waiting."""


def pauses(total_s: float) -> list[float]:
    """Return the pauses between status polls: doubling from 0.25 s, capped, summing to total_s."""
    result: list[float] = []
    pause, left = FIRST_PAUSE_S, total_s
    while left > 1e-9:
        step = min(pause, left)
        result.append(step)
        left -= step
        pause = min(pause * 2, LONGEST_PAUSE_S)
    return result


class AllocationWatcher:
    """Turns allocation summaries into outcomes, waiting out ``Allocating`` within a bound."""

    def __init__(
        self,
        client: ProClient,
        *,
        wait_s: float,
        sleep: Callable[[float], None],
        to_shipment: Callable[[m.Consignment], Shipment] | None = None,
    ) -> None:
        self._client = client
        self._pauses = pauses(wait_s)
        self._sleep = sleep
        self._to_shipment = to_shipment

    def outcome(
        self, reference: str, summaries: Sequence[m.AllocationSummary]
    ) -> AllocationOutcome:
        """Return the outcome for ``reference`` from PRO's answer and its state afterwards."""
        summary = outcomes.summary_for(reference, summaries)
        if summary is None:
            return AllocationOutcome(
                False, reference, f"SortedPRO's answer did not mention {reference}."
            )
        if not outcomes.is_accepted(outcomes.judged(summary, f"allocating {reference}")):
            message = wording.sentence(summary.description) or ""
            return AllocationOutcome(
                False, reference, message or f"SortedPRO refused to allocate {reference}."
            )
        try:
            return self._settled(reference, summary)
        except RemoteRejectedError as error:
            # PRO accepted the call; a refused read-back must not pass for a refused call, or
            # the call would be sent again.
            raise ProResponseError(
                f"SortedPRO accepted the call for {reference}, but {reference} could not be read "
                "back afterwards."
            ) from error

    def _settled(self, reference: str, summary: m.AllocationSummary) -> AllocationOutcome:
        consignment = shipments.read_consignment(self._client, reference)
        if _state(consignment) is ShipmentState.ALLOCATING:
            self._wait_while_allocating(reference)
            consignment = shipments.read_consignment(self._client, reference)
        state = _state(consignment)
        if state is ShipmentState.ALLOCATING:
            raise AllocationPendingError(
                f"SortedPRO is still allocating {reference}; look at it again in a moment."
            )
        if state is ShipmentState.ALLOCATION_FAILED:
            failed = consignment.failed_allocation
            reason = wording.sentence(failed.message if failed else None) or "no reason given"
            return AllocationOutcome(False, reference, f"Allocation failed: {reason}")
        if not shipments.state_text(consignment.consignment_state) or not state.has_labels:
            return AllocationOutcome(
                False,
                reference,
                f"SortedPRO accepted the allocation but {reference} is "
                f"{wording.name(shipments.state_text(consignment.consignment_state))}.",
            )
        outcome = _allocated(reference, consignment, summary)
        if self._to_shipment is None:
            return outcome
        return replace(outcome, shipment=self._to_shipment(consignment))

    def _wait_while_allocating(self, reference: str) -> None:
        for pause_s in self._pauses:
            self._sleep(pause_s)
            status = self._client.get_consignment_status(reference)
            if ShipmentState.from_pro(shipments.state_text(status.status)) is not (
                ShipmentState.ALLOCATING
            ):
                return


def _state(consignment: m.Consignment) -> ShipmentState:
    return ShipmentState.from_pro(shipments.state_text(consignment.consignment_state))


def _allocated(
    reference: str, consignment: m.Consignment, summary: m.AllocationSummary
) -> AllocationOutcome:
    """Return a successful outcome: carrier, service and tracking from the consignment first."""
    legs = consignment.consignment_legs or summary.consignment_legs
    first = legs[0] if legs else None
    allocation = consignment.allocation
    carrier = (first.carrier_name or first.carrier_reference) if first else None
    service = allocation.mpd_carrier_service_name if allocation else None
    return AllocationOutcome(
        succeeded=True,
        shipment_reference=reference,
        message=wording.sentence(summary.description) or f"{reference} is allocated.",
        carrier=wording.name(carrier or summary.carrier_name or summary.carrier_reference),
        service=wording.name(
            service or summary.carrier_service_name or summary.carrier_service_reference
        ),
        tracking_numbers=shipments.tracking_numbers(legs),
    )
