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


class RemoteUnreachableError(UserFacingError):
    """A remote service (SortedPRO, a printer) could not be reached or stopped answering.

    ``request_sent`` is False only when the request certainly never left the station; when it is
    True the remote side may have acted on it, so a create or allocate must be looked up before
    it is sent again.
    """

    retryable = True
    request_sent: bool = True


class RemoteRejectedError(UserFacingError):
    """A remote service answered and said no (bad data, wrong state, unknown reference)."""


class RemoteNotFoundError(RemoteRejectedError):
    """The remote service does not know the reference."""


class RemoteAnswerUnusableError(UserFacingError):
    """A remote service answered that it did the call, but its answer could not be read.

    The request arrived and was accepted (a 2xx status), so a create or allocate behind it may
    well have taken effect: like a lost answer, it must be looked up before it is sent again.
    """


class RemoteBusyError(UserFacingError):
    """The remote service is up but cannot serve now (server error or throttling)."""

    retryable = True
