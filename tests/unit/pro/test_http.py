"""The HTTP exchange: headers, error mapping, retries by call safety, limits, secrecy."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable, Iterator

import httpx
import pytest

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
from packstation.pro.http import ProConfigError, ProHttp, check_base_url
from packstation.pro.retry import CallSafety, RetryPolicy

API_KEY = "k3y-5ecret-0123456789"
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that replays scripted responses and records requests."""

    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def make_http(
    handler: Handler, *, max_retries: int = 3, max_body_bytes: int = 64 * 1024 * 1024
) -> tuple[ProHttp, list[float]]:
    sleeps: list[float] = []
    policy = RetryPolicy(max_retries=max_retries, rng=random.Random(3), sleep=sleeps.append)
    http = ProHttp(
        "https://api.example.test",
        API_KEY,
        transport=httpx.MockTransport(handler),
        timeout_s=1.0,
        connect_timeout_s=1.0,
        retry_policy=policy,
        max_body_bytes=max_body_bytes,
    )
    return http, sleeps


def error_body(message: str, **extra: object) -> dict[str, object]:
    return {"Code": "ValidationError", "Message": message, "CorrelationId": "corr-1", **extra}


def test_every_request_carries_the_documented_headers() -> None:
    recorder = Recorder(httpx.Response(200, json={"ok": True}))
    http, _ = make_http(recorder)
    http.request("POST", "/consignments", safety=CallSafety.UNSAFE, body={"A": 1})
    sent = recorder.requests[0]
    assert sent.headers["ocp-apim-subscription-key"] == API_KEY
    assert sent.headers["electio-api-version"] == "1.1"
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["accept"] == "application/json"
    assert json.loads(sent.content) == {"A": 1}


def test_rejection_carries_pro_code_message_correlation_and_details() -> None:
    details = [{"Code": "Required", "Target": "Packages[0].Weight", "Message": "is required"}]
    recorder = Recorder(httpx.Response(400, json=error_body("Bad consignment", Details=details)))
    http, sleeps = make_http(recorder)
    with pytest.raises(ProRejectedError) as caught:
        http.request("POST", "/consignments", safety=CallSafety.READ)
    error = caught.value
    assert type(error) is ProRejectedError
    assert (error.status_code, error.api_code, error.correlation_id) == (
        400,
        "ValidationError",
        "corr-1",
    )
    assert error.api_message == "Bad consignment"
    assert error.details[0].target == "Packages[0].Weight"
    assert "Packages[0].Weight: is required" in error.message
    assert not error.retryable
    assert sleeps == [] and len(recorder.requests) == 1


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (401, ProUnauthorizedError),
        (403, ProUnauthorizedError),
        (404, ProNotFoundError),
        (409, ProRejectedError),
        (422, ProRejectedError),
    ],
)
def test_client_errors_map_to_their_class(status: int, error_type: type[Exception]) -> None:
    http, _ = make_http(Recorder(httpx.Response(status, json=error_body("no"))))
    with pytest.raises(error_type) as caught:
        http.request("GET", "/consignments/EC-000-000-001", safety=CallSafety.READ)
    assert caught.value.status_code == status  # type: ignore[attr-defined]


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_retried_for_reads_then_reported(status: int) -> None:
    recorder = Recorder(httpx.Response(status, text="<html>gateway</html>"))
    http, sleeps = make_http(recorder, max_retries=3)
    with pytest.raises(ProUnavailableError) as caught:
        http.request("GET", "/consignments/EC-1", safety=CallSafety.READ)
    assert len(recorder.requests) == 4
    assert len(sleeps) == 3
    assert caught.value.retryable and caught.value.status_code == status


def test_retry_schedule_is_exactly_the_pinned_jitter() -> None:
    http, sleeps = make_http(Recorder(httpx.Response(503)), max_retries=3)
    with pytest.raises(ProUnavailableError):
        http.request("GET", "/x", safety=CallSafety.IDEMPOTENT)
    reference = random.Random(3)
    assert sleeps == [reference.uniform(0.0, cap) for cap in (0.25, 0.5, 1.0)]


def test_a_read_recovers_after_transient_failures() -> None:
    recorder = Recorder(
        httpx.Response(503),
        httpx.ConnectError("refused"),
        httpx.Response(200, json=["EC-000-000-001"]),
    )
    http, sleeps = make_http(recorder)
    reply = http.request("GET", "/refs", safety=CallSafety.READ)
    assert json.loads(reply.content) == ["EC-000-000-001"]
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    "failure",
    [httpx.Response(500), httpx.Response(503), httpx.ReadTimeout("slow"), httpx.ConnectError("x")],
)
def test_unsafe_calls_are_never_retried(failure: httpx.Response | Exception) -> None:
    recorder = Recorder(failure)
    http, sleeps = make_http(recorder)
    with pytest.raises((ProUnavailableError, ProConnectionError)):
        http.request("POST", "/consignments", safety=CallSafety.UNSAFE, body={})
    assert len(recorder.requests) == 1 and sleeps == []


def test_throttling_honours_retry_after() -> None:
    recorder = Recorder(
        httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200, json={})
    )
    http, sleeps = make_http(recorder)
    http.request("GET", "/x", safety=CallSafety.READ)
    assert sleeps == [2.0]


def test_throttling_longer_than_allowed_is_handed_back() -> None:
    http, sleeps = make_http(Recorder(httpx.Response(429, headers={"Retry-After": "120"})))
    with pytest.raises(ProThrottledError) as caught:
        http.request("GET", "/x", safety=CallSafety.READ)
    assert caught.value.retry_after_s == 120.0
    assert "120 s" in caught.value.message
    assert sleeps == []


def test_throttled_unsafe_call_reports_retry_after_without_retrying() -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "1"}))
    http, sleeps = make_http(recorder)
    with pytest.raises(ProThrottledError) as caught:
        http.request("PUT", "/allocation/allocate", safety=CallSafety.UNSAFE, body={})
    assert caught.value.retry_after_s == 1.0
    assert sleeps == [] and len(recorder.requests) == 1


@pytest.mark.parametrize(
    ("failure", "sent", "error_type"),
    [
        (httpx.ConnectError("refused"), False, ProConnectionError),
        (httpx.ConnectTimeout("slow connect"), False, ProTimeoutError),
        (httpx.ReadTimeout("slow answer"), True, ProTimeoutError),
        (httpx.RemoteProtocolError("closed"), True, ProConnectionError),
        (httpx.ReadError("reset"), True, ProConnectionError),
    ],
)
def test_transport_failures_say_whether_the_request_may_have_arrived(
    failure: Exception, sent: bool, error_type: type[ProConnectionError]
) -> None:
    http, _ = make_http(Recorder(failure), max_retries=0)
    with pytest.raises(error_type) as caught:
        http.request("POST", "/deliveryoptions/select/EDO-1", safety=CallSafety.UNSAFE)
    assert caught.value.request_sent is sent
    assert caught.value.retryable


def test_the_api_key_never_appears_in_error_text() -> None:
    echoed = error_body(f"key {API_KEY} is not valid", Details=[{"Message": f"bad {API_KEY}"}])
    http, _ = make_http(Recorder(httpx.Response(400, json=echoed)))
    with pytest.raises(ProRejectedError) as caught:
        http.request("GET", "/x", safety=CallSafety.READ)
    text = f"{caught.value} {caught.value.api_message} {caught.value!r}"
    assert API_KEY not in text and "***" in text


def test_the_api_key_never_appears_in_log_lines(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    http, _ = make_http(Recorder(httpx.Response(503), httpx.Response(200, json={})))
    http.request("GET", "/x", safety=CallSafety.READ)
    assert caplog.records, "the exchange should be logged"
    assert API_KEY not in caplog.text


@pytest.mark.parametrize("body", [b"", b"<html>oops</html>", b"{not json", b"[1, 2"])
def test_unreadable_error_bodies_still_give_a_clear_error(body: bytes) -> None:
    http, _ = make_http(Recorder(httpx.Response(400, content=body)))
    with pytest.raises(ProRejectedError) as caught:
        http.request("GET", "/x", safety=CallSafety.READ)
    assert caught.value.message == "SortedPRO refused the request (HTTP 400)."


def test_a_large_label_is_fine() -> None:
    body = b"x" * (20 * 1024 * 1024)
    http, _ = make_http(Recorder(httpx.Response(200, content=body)))
    assert len(http.request("GET", "/labels/EC-1", safety=CallSafety.READ).content) == len(body)


def test_a_declared_oversized_body_is_refused() -> None:
    response = httpx.Response(200, headers={"Content-Length": str(200 * 1024 * 1024)}, content=b"")
    http, _ = make_http(Recorder(response), max_body_bytes=1024)
    with pytest.raises(ProResponseError, match="larger than"):
        http.request("GET", "/labels/EC-1", safety=CallSafety.READ)


def test_an_undeclared_oversized_stream_is_cut_off() -> None:
    produced: list[int] = []

    def chunks() -> Iterator[bytes]:
        for _ in range(200):
            produced.append(1)
            yield b"y" * (1024 * 1024)

    http, _ = make_http(lambda request: httpx.Response(200, content=chunks()))
    with pytest.raises(ProResponseError, match="larger than 64 MB"):
        http.request("GET", "/labels/EC-1", safety=CallSafety.READ)
    assert len(produced) < 70, "the client must stop reading once the limit is passed"


def test_plain_http_is_refused_except_to_this_computer() -> None:
    assert check_base_url("http://127.0.0.1:8080/") == "http://127.0.0.1:8080"
    assert check_base_url("http://localhost:1") == "http://localhost:1"
    assert check_base_url("http://[::1]:9") == "http://[::1]:9"
    assert check_base_url("https://api.electioapp.com") == "https://api.electioapp.com"
    for bad in ("http://api.electioapp.com", "http://10.0.0.5", "ftp://x", "nonsense"):
        with pytest.raises(ProConfigError):
            check_base_url(bad)


def test_a_missing_api_key_is_a_configuration_error() -> None:
    with pytest.raises(ProConfigError, match="API key"):
        ProHttp(
            "https://api.example.test",
            "",
            transport=None,
            timeout_s=1,
            connect_timeout_s=1,
            retry_policy=RetryPolicy(),
            max_body_bytes=1,
        )


def test_the_http_client_is_made_on_first_use_and_only_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[httpx.Client] = []

    class CountedClient(httpx.Client):
        def __init__(self, **options: object) -> None:
            super().__init__(**options)  # type: ignore[arg-type]
            made.append(self)

    monkeypatch.setattr(httpx, "Client", CountedClient)
    http, _ = make_http(Recorder(httpx.Response(200, json={"ok": True})))
    assert made == []  # building the station does not load the HTTP stack
    opened = [threading.Thread(target=http.open) for _ in range(4)]
    for thread in opened:
        thread.start()
    for thread in opened:
        thread.join()
    assert len(made) == 1
    http.request("GET", "/ping", safety=CallSafety.READ)
    assert len(made) == 1
    http.close()
    assert made[0].is_closed


def test_a_call_after_close_fails_as_on_a_closed_client_even_if_none_was_made() -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    for used_first in (False, True):
        http, _ = make_http(recorder)
        if used_first:
            http.request("GET", "/ping", safety=CallSafety.READ)
        http.close()
        with pytest.raises(RuntimeError, match="closed"):
            http.request("GET", "/ping", safety=CallSafety.READ)
    assert len(recorder.requests) == 1


def test_a_path_too_long_to_be_an_address_is_refused_before_anything_is_sent() -> None:
    recorder = Recorder(httpx.Response(200, json={"ok": True}))
    http, _ = make_http(recorder)
    with pytest.raises(ProResponseError, match="nothing was sent"):
        http.request("GET", "/consignments/" + "Q" * 70_000, safety=CallSafety.READ)
    assert recorder.requests == []
