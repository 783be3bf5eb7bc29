"""The exception tree of the SortedPRO client.

Every failure of a PRO call is a :class:`ProError`, itself a
:class:`~packstation.errors.UserFacingError`, so the bench can show it without a traceback:

* :class:`ProConnectionError` - the server could not be reached (refused, timed out, reset).
  ``request_sent`` tells whether the request may have reached PRO: after a lost answer to a
  create, select or pack call the caller must look the object up before calling again.
  :class:`ProCertificateError` is the one connection failure that is not retried: the server's
  TLS certificate could not be verified, so nothing was sent and trying again cannot help.
* :class:`ProUnavailableError` - PRO answered 5xx (after the retries allowed for the call).
* :class:`ProThrottledError` - 429; carries ``retry_after_s``.
* :class:`ProRejectedError` - any other 4xx, with PRO's ``Code``, ``Message``, ``CorrelationId`` and
  ``Details`` from the error body (SPEC section 1.4); subclasses :class:`ProNotFoundError` (404)
  and :class:`ProUnauthorizedError` (401/403).
* :class:`ProResponseError` - an answer the client cannot use: not JSON, malformed, the wrong
  shape, a label in an unknown format, or a body larger than allowed. PRO did answer, so the call
  may have taken effect (:class:`~packstation.errors.RemoteAnswerUnusableError`).

Each also derives from the matching category of :mod:`packstation.errors`
(:class:`~packstation.errors.RemoteUnreachableError`, ``RemoteBusyError``, ``RemoteRejectedError``,
``RemoteNotFoundError``, ``RemoteAnswerUnusableError``) so that the services layer can react
without importing this package.

Messages never contain the API key: the client masks it before an error is raised.
"""

from __future__ import annotations

from dataclasses import dataclass

from packstation.errors import (
    RemoteAnswerUnusableError,
    RemoteBusyError,
    RemoteNotFoundError,
    RemoteRejectedError,
    RemoteUnreachableError,
    UserFacingError,
)


@dataclass(frozen=True)
class ErrorDetail:
    """One entry of the ``Details`` list of PRO's error body: which field was wrong and why."""

    code: str | None
    target: str | None
    message: str | None


class ProError(UserFacingError):
    """Base of every SortedPRO client failure."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        api_code: str | None = None,
        api_message: str | None = None,
        correlation_id: str | None = None,
        details: tuple[ErrorDetail, ...] = (),
        method: str | None = None,
        path: str | None = None,
        retryable: bool | None = None,
    ) -> None:
        super().__init__(
            message, retryable=retryable, status_code=status_code, api_message=api_message
        )
        self.api_code = api_code
        self.correlation_id = correlation_id
        self.details = details
        self.method = method
        self.path = path


class ProConnectionError(ProError, RemoteUnreachableError):
    """SortedPRO could not be reached: connection refused, timed out or reset."""

    retryable = True

    def __init__(
        self,
        message: str,
        *,
        request_sent: bool,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        ProError.__init__(self, message, method=method, path=path)
        self.request_sent = request_sent


class ProTimeoutError(ProConnectionError):
    """No answer within the allowed time."""


class ProCertificateError(ProConnectionError):
    """The server's TLS certificate failed verification; the request was never sent."""

    retryable = False

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None) -> None:
        super().__init__(message, request_sent=False, method=method, path=path)


class ProUnavailableError(ProError, RemoteBusyError):
    """SortedPRO answered with a server error (5xx)."""

    retryable = True


class ProThrottledError(ProError, RemoteBusyError):
    """SortedPRO asked us to slow down (429); ``retry_after_s`` says for how long."""

    retryable = True

    def __init__(
        self,
        message: str,
        *,
        retry_after_s: float | None,
        correlation_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(
            message, status_code=429, correlation_id=correlation_id, method=method, path=path
        )
        self.retry_after_s = retry_after_s


class ProRejectedError(ProError, RemoteRejectedError):
    """SortedPRO refused the request (4xx): bad data or not allowed in the current state."""


class ProNotFoundError(ProRejectedError, RemoteNotFoundError):
    """The reference is unknown to SortedPRO (404)."""


class ProUnauthorizedError(ProRejectedError):
    """The API key is missing, wrong or lacks permission (401/403)."""


class ProResponseError(ProError, RemoteAnswerUnusableError):
    """SortedPRO's answer could not be used: not JSON, malformed, wrong shape or too large."""
