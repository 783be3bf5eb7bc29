"""PRO errors belong to the shared categories the services layer reacts to."""

from __future__ import annotations

import pytest

from packstation.errors import (
    RemoteAnswerUnusableError,
    RemoteBusyError,
    RemoteNotFoundError,
    RemoteRejectedError,
    RemoteUnreachableError,
    UserFacingError,
)
from packstation.pro.errors import (
    ProConnectionError,
    ProNotFoundError,
    ProRejectedError,
    ProResponseError,
    ProThrottledError,
    ProTimeoutError,
    ProUnauthorizedError,
    ProUnavailableError,
)


@pytest.mark.parametrize(
    ("error", "category", "retryable"),
    [
        (ProConnectionError("x", request_sent=False), RemoteUnreachableError, True),
        (ProTimeoutError("x", request_sent=True), RemoteUnreachableError, True),
        (ProUnavailableError("x", status_code=503), RemoteBusyError, True),
        (ProThrottledError("x", retry_after_s=2.0), RemoteBusyError, True),
        (ProRejectedError("x", status_code=400), RemoteRejectedError, False),
        (ProUnauthorizedError("x", status_code=401), RemoteRejectedError, False),
        (ProNotFoundError("x", status_code=404), RemoteNotFoundError, False),
        (ProResponseError("x"), RemoteAnswerUnusableError, False),
    ],
)
def test_category_and_retryability(
    error: UserFacingError, category: type[UserFacingError], retryable: bool
) -> None:
    assert isinstance(error, category)
    assert error.retryable is retryable
    assert str(error) == "x"


def test_request_sent_travels_with_the_category() -> None:
    for sent in (True, False):
        error: RemoteUnreachableError = ProConnectionError("lost", request_sent=sent)
        assert error.request_sent is sent
