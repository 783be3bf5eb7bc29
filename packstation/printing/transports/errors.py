"""Printer errors an operator can act on: unreachable, timed out, connection lost, unsupported.

Each carries an operator message (what happened at which printer, what to check) and a
``retryable`` flag: True when trying again without changing anything can succeed (a printer
switched off, a busy network), False when settings or the installation must change first.
"""

from __future__ import annotations

from packstation.errors import UserFacingError


class PrinterError(UserFacingError):
    """A printer could not be reached or did not take the data."""

    retryable = True


class PrinterUnreachableError(PrinterError):
    """The printer refused the connection or its host cannot be found."""


class PrinterTimeoutError(PrinterError):
    """The printer did not answer or take data within the time limit."""


class PrinterConnectionLostError(PrinterError):
    """The printer dropped the connection in the middle of a job (reset or closed)."""


class PrinterUnsupportedError(PrinterError):
    """This kind of printer connection cannot work on this computer (missing tool or system)."""

    retryable = False


class PrinterNotOpenError(PrinterError):
    """A transport was used before ``open()``; a programming slip, reported plainly."""

    retryable = False
