"""Print a ZPL job and find out whether it really printed ("printed means printed").

:class:`ZplPrinter` opens the transport for each job and, where the connection can carry answers
(TCP, serial), asks the printer for host status (``~HS``) before and after:

- a fault before the job (paper out, head open, paused, …) means nothing is sent; the result
  says why;
- after sending, it asks again until the printer holds no more labels: no fault and an empty
  buffer is **CONFIRMED**; a fault with labels still held is **FAILED**, and since labels print
  in order the held ones are the last of the job: they are reported as not printed, cancelled
  on the printer (``~JA``, so a new roll does not print them *and* the re-sent copies) and can be
  sent again with ``print_job(zpl, only=result.not_printed)``;
- no answer to the status query (one-way connection, printer without ``~HS``, a printer whose
  firmware stays silent while faulted, or labels still queued when ``finish_timeout_s`` ends)
  is **SENT_UNCONFIRMED**, never confirmed.

A job is "the labels of one ``^XA … ^XZ`` each", counted with ``split_labels``; a format with a
``^PQ`` quantity counts as one label here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from packstation.domain.sentences import Sentence, listed
from packstation.errors import UserFacingError
from packstation.printing.status import (
    HOST_STATUS_QUERY,
    HostStatusError,
    PrinterStatus,
    parse_host_status,
    split_frames,
)
from packstation.printing.transports.base import Transport
from packstation.printing.transports.errors import PrinterError
from packstation.printing.zpl.blocks import split_labels

logger = logging.getLogger(__name__)

CANCEL_ALL = b"~JA"
DEFAULT_STATUS_TIMEOUT_S = 3.0
DEFAULT_FINISH_TIMEOUT_S = 60.0
DEFAULT_POLL_INTERVAL_S = 0.25
FIRST_POLL_S = 0.02
"""The first look at the printer after a job; later looks double up to the poll interval."""


class PrintJobError(UserFacingError):
    """The job itself cannot be printed as asked (no labels, a label number out of range)."""


class PrintState(Enum):
    """How a print job ended."""

    CONFIRMED = "confirmed"
    SENT_UNCONFIRMED = "sent_unconfirmed"
    FAILED = "failed"


@dataclass(frozen=True)
class PrintResult:
    """The outcome of one job, per label index of the job (0-based).

    ``labels`` are the indices this attempt was about. ``printed`` are those the printer
    reported done, ``not_printed`` those known not to have printed (safe to send again);
    indices in neither are ``unknown`` (connection lost mid-job, one-way printer).
    """

    state: PrintState
    labels: tuple[int, ...]
    message: str
    printed: tuple[int, ...] = ()
    not_printed: tuple[int, ...] = ()
    faults: tuple[str, ...] = ()
    status_before: PrinterStatus | None = None
    status_after: PrinterStatus | None = None

    @property
    def confirmed(self) -> bool:
        """Whether every label of the attempt is known to have printed."""
        return self.state is PrintState.CONFIRMED

    @property
    def unknown(self) -> tuple[int, ...]:
        """Indices whose fate is not known: neither reported printed nor known unprinted."""
        known = set(self.printed) | set(self.not_printed)
        return tuple(index for index in self.labels if index not in known)

    @classmethod
    def failed(
        cls,
        labels: tuple[int, ...],
        message: str,
        *,
        not_printed: tuple[int, ...] = (),
        faults: Sequence[str] = (),
        status_before: PrinterStatus | None = None,
    ) -> PrintResult:
        """Build a FAILED result."""
        return cls(
            state=PrintState.FAILED,
            labels=labels,
            message=message,
            not_printed=not_printed,
            faults=tuple(faults),
            status_before=status_before,
        )


def describe_labels(indices: Sequence[int], *, capital: bool = False) -> Sentence:
    """Word indices 1-based for the operator: ``label 3``, ``labels 2-4``, ``labels 1, 3``.

    ``capital``: to start a sentence (``Labels 2-4``).
    """
    numbers = [index + 1 for index in indices]
    if len(numbers) == 1:
        return Sentence("Label %1", numbers[0]) if capital else Sentence("label %1", numbers[0])
    if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        first, last = numbers[0], numbers[-1]
        return (
            Sentence("Labels %1-%2", first, last)
            if capital
            else Sentence("labels %1-%2", first, last)
        )
    listed = ", ".join(str(number) for number in numbers)
    return Sentence("Labels %1", listed) if capital else Sentence("labels %1", listed)


class ZplPrinter:
    """A ZPL printer behind a transport, printing with status checks; see the module docstring.

    One instance per physical printer, used from that printer's single-thread lane: it is not
    meant to be shared between threads. Labels an earlier job left queued on the printer print
    first, so they are counted ahead of this job's labels when a fault holds some back.
    """

    def __init__(
        self,
        transport: Transport,
        *,
        status_timeout_s: float = DEFAULT_STATUS_TIMEOUT_S,
        finish_timeout_s: float = DEFAULT_FINISH_TIMEOUT_S,
        poll_interval_s: float = DEFAULT_POLL_INTERVAL_S,
        require_status: bool = False,
    ) -> None:
        self.transport = transport
        self.status_timeout_s = status_timeout_s
        self.finish_timeout_s = finish_timeout_s
        self.poll_interval_s = poll_interval_s
        self.require_status = require_status

    def query_status(self) -> PrinterStatus | None:
        """Connect, ask for host status and disconnect; None when the printer does not answer."""
        if not self.transport.bidirectional:
            return None
        with self.transport:
            return self._query(self.transport)

    def print_job(self, zpl: bytes | str, *, only: Sequence[int] | None = None) -> PrintResult:
        """Print the labels of ``zpl`` (or only the labels at indices ``only``)."""
        data = zpl.encode("utf-8") if isinstance(zpl, str) else zpl
        labels = split_labels(data)
        if not labels:
            raise PrintJobError("The print job contains no label (no ^XA … ^XZ).")
        return self.print_labels(labels, indices=only)

    def print_labels(
        self, labels: Sequence[bytes], *, indices: Sequence[int] | None = None
    ) -> PrintResult:
        """Print ``labels`` (or those at ``indices``) in order, checking status where possible."""
        chosen = tuple(range(len(labels))) if indices is None else tuple(indices)
        for index in chosen:
            if not 0 <= index < len(labels):
                raise PrintJobError(f"Label {index + 1} is not part of this job.")
        if not chosen:
            raise PrintJobError("No labels were chosen to print.")
        payload = b"".join(labels[index] for index in chosen)
        where = self.transport.description
        try:
            self.transport.open()
        except PrinterError as error:
            return PrintResult.failed(chosen, error.message, not_printed=chosen)
        try:
            if not self.transport.bidirectional:
                return self._send_blind(chosen, payload)
            return self._send_checked(chosen, payload)
        finally:
            self.transport.close()
            logger.debug("print job of %d labels on %s finished", len(chosen), where)

    # -- one-way printers ------------------------------------------------------------------

    def _send_blind(self, chosen: tuple[int, ...], payload: bytes) -> PrintResult:
        try:
            self.transport.write(payload)
        except PrinterError as error:
            return PrintResult.failed(
                chosen, Sentence("%1 Check which labels came out.", error.message)
            )
        return PrintResult(
            state=PrintState.SENT_UNCONFIRMED,
            labels=chosen,
            message=Sentence(
                "Sent %1 to the %2; it cannot report whether they printed — check that they "
                "came out.",
                describe_labels(chosen),
                self.transport.description,
            ),
        )

    # -- printers that answer ~HS -----------------------------------------------------------

    def _send_checked(self, chosen: tuple[int, ...], payload: bytes) -> PrintResult:
        where = self.transport.description
        try:
            before = self._query(self.transport)
        except PrinterError as error:
            return PrintResult.failed(chosen, error.message, not_printed=chosen)
        if before is not None and before.faults:
            return PrintResult.failed(
                chosen,
                Sentence(
                    "Nothing was printed: the %1 reports %2. Fix that, then print again.",
                    where,
                    _join(before.faults),
                ),
                not_printed=chosen,
                faults=before.faults,
                status_before=before,
            )
        if before is None and self.require_status:
            return PrintResult.failed(
                chosen,
                Sentence(
                    "Nothing was printed: the %1 is not answering (no reply to a status query "
                    "within %2 s). Check it is on and free, then print again.",
                    where,
                    f"{self.status_timeout_s:g}",
                ),
                not_printed=chosen,
            )
        try:
            self.transport.write(payload)
        except PrinterError as error:
            return PrintResult.failed(
                chosen,
                Sentence(
                    "%1 Some labels may have printed — check before reprinting.", error.message
                ),
            )
        return self._await_outcome(chosen, before)

    def _await_outcome(self, chosen: tuple[int, ...], before: PrinterStatus | None) -> PrintResult:
        where = self.transport.description
        deadline = time.monotonic() + self.finish_timeout_s
        # Most jobs finish within milliseconds: look early, then back off to the interval.
        delay_s = min(FIRST_POLL_S, self.poll_interval_s)
        while True:
            try:
                after = self._query(self.transport)
            except PrinterError as error:
                return PrintResult.failed(
                    chosen,
                    Sentence(
                        "%1 The job was sent, but whether it printed is unknown — check before "
                        "reprinting.",
                        error.message,
                    ),
                    status_before=before,
                )
            if after is None:
                return PrintResult(
                    state=PrintState.SENT_UNCONFIRMED,
                    labels=chosen,
                    message=Sentence(
                        "Sent %1, but the %2 did not answer the status query afterwards — check "
                        "that the labels came out.",
                        describe_labels(chosen),
                        where,
                    ),
                    status_before=before,
                )
            if after.faults:
                return self._faulted(chosen, before, after)
            if after.is_idle:
                return PrintResult(
                    state=PrintState.CONFIRMED,
                    labels=chosen,
                    printed=chosen,
                    message=Sentence("Printed %1 on the %2.", describe_labels(chosen), where),
                    status_before=before,
                    status_after=after,
                )
            if time.monotonic() >= deadline:
                return PrintResult(
                    state=PrintState.SENT_UNCONFIRMED,
                    labels=chosen,
                    message=Sentence(
                        "Sent %1; after %2 s the %3 still holds %4 label(s) — check the printer.",
                        describe_labels(chosen),
                        f"{self.finish_timeout_s:g}",
                        where,
                        after.labels_pending,
                    ),
                    status_before=before,
                    status_after=after,
                )
            time.sleep(delay_s)
            delay_s = min(delay_s * 2, self.poll_interval_s)

    def _faulted(
        self, chosen: tuple[int, ...], before: PrinterStatus | None, after: PrinterStatus
    ) -> PrintResult:
        held = min(after.labels_pending, len(chosen))
        printed, not_printed = chosen[: len(chosen) - held], chosen[len(chosen) - held :]
        where = self.transport.description
        if not_printed:
            summary = Sentence(
                "%1 did not print: the %2 reports %3. Fix that, then print the missing labels "
                "again.",
                describe_labels(not_printed, capital=True),
                where,
                _join(after.faults),
            )
        else:
            summary = Sentence(
                "The %1 reports %2 after the job; check the last label.",
                where,
                _join(after.faults),
            )
        if not_printed and not self._cancel_held_labels():
            summary = Sentence(
                "%1 The printer may still print the held labels when the fault is cleared.",
                summary,
            )
        return PrintResult(
            state=PrintState.FAILED,
            labels=chosen,
            printed=printed,
            not_printed=not_printed,
            faults=tuple(after.faults),
            message=summary,
            status_before=before,
            status_after=after,
        )

    def _cancel_held_labels(self) -> bool:
        """Send ``~JA`` and check with ``~HS`` that the printer holds no labels any more."""
        try:
            self.transport.write(CANCEL_ALL)
            after_cancel = self._query(self.transport)
        except PrinterError as error:
            logger.warning("cancelling held labels failed: %s", error)
            return False
        return after_cancel is not None and after_cancel.labels_pending == 0

    def _query(self, transport: Transport) -> PrinterStatus | None:
        """Send ``~HS`` on an open transport; None when no complete answer comes in time."""
        transport.write(HOST_STATUS_QUERY)
        deadline = time.monotonic() + self.status_timeout_s
        received = b""
        frames: list[bytes] = []
        while len(frames) < 3:
            remaining_s = deadline - time.monotonic()
            if remaining_s <= 0:
                return None
            chunk = transport.read(remaining_s)
            if not chunk:
                continue
            new_frames, received = split_frames(received + chunk)
            frames.extend(new_frames)
        try:
            return parse_host_status(frames)
        except HostStatusError as error:
            logger.warning("unreadable host status from %s: %s", transport.description, error)
            return None


def _join(faults: Sequence[str]) -> str:
    """Return ``a``, ``a and b`` or ``a, b, c`` (kept as sentences, to be translated)."""
    if len(faults) == 2:
        return Sentence("%1 and %2", *faults)
    return listed(faults)
