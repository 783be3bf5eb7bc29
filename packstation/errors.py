"""The error family every layer shares.

Two kinds of failure exist (see ARCHITECTURE.md): known, environmental ones that an operator can act
on, and bugs. The first kind is a :class:`UserFacingError` with an operator message, a ``retryable``
flag and, for API errors, the HTTP status and the API's own message. Anything else is a bug.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """A failure the operator can understand and act on; never a bug.

    ``message`` is written for the person at the bench; ``retryable`` says whether trying the
    same thing again can succeed without changing anything first.
    """

    retryable: bool = False

    def __init__(
        self,
        message: str,
        *,
        retryable: bool | None = None,
        status_code: int | None = None,
        api_message: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if retryable is not None:
            self.retryable = retryable
        self.status_code = status_code
        self.api_message = api_message

    def __str__(self) -> str:
        return self.message
