"""Errors raised by the ZPL toolkit.

Malformed ZPL usually comes from a carrier or from a broken transfer; the operator can act on it
(fetch the label again, print as PDF instead), so these are :class:`UserFacingError` subclasses.
"""

from __future__ import annotations

from packstation.errors import UserFacingError


class ZplError(UserFacingError):
    """ZPL data that the toolkit cannot use as asked."""


class IncompleteLabelError(ZplError):
    """A label format was opened with ``^XA`` but never closed with ``^XZ``.

    ``labels`` holds the complete labels found before the problem and ``remainder`` the bytes of
    the unterminated format, so a caller that streams data can keep the remainder and wait for
    more.
    """

    def __init__(self, message: str, *, labels: list[bytes], remainder: bytes) -> None:
        super().__init__(message, retryable=True)
        self.labels = labels
        self.remainder = remainder
