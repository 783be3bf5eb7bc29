"""Turn the printing package's job results into the engine's :class:`PrintReport`."""

from __future__ import annotations

from collections.abc import Sequence

from packstation.domain.labels import PrintReport, PrintState
from packstation.printing.job import PrintResult
from packstation.printing.job import PrintState as JobState


def report_from_result(result: PrintResult, printer: str) -> PrintReport:
    """Map a ZPL job result faithfully: confirmed only when the printer confirmed it.

    A failed job keeps the printer's own account: the indices it printed, those known not
    printed, and its message naming the faults. Labels in neither (a connection lost mid-job)
    stay unknown and the message says to check before reprinting.
    """
    if result.state is JobState.CONFIRMED:
        return PrintReport(
            PrintState.CONFIRMED, printer, printed=result.labels, message=result.message
        )
    if result.state is JobState.SENT_UNCONFIRMED:
        return PrintReport(
            PrintState.SENT_UNCONFIRMED, printer, printed=result.labels, message=result.message
        )
    return PrintReport(
        PrintState.FAILED,
        printer,
        printed=result.printed,
        not_printed=result.not_printed,
        message=result.message,
    )


def failed_report(printer: str, message: str, not_printed: Sequence[int] = ()) -> PrintReport:
    """Build a FAILED report naming the labels known not printed."""
    return PrintReport(
        PrintState.FAILED, printer, printed=(), not_printed=tuple(not_printed), message=message
    )


def chosen_indices(count: int, only: Sequence[int] | None) -> tuple[int, ...]:
    """Return the 0-based label indices a job covers: ``only`` or all ``count`` labels."""
    return tuple(range(count)) if only is None else tuple(only)
