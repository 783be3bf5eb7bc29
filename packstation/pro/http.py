"""The HTTP exchange with SortedPRO: headers, limits, error mapping and retries.

:class:`ProHttp` owns the one shared :class:`httpx.Client` (thread-safe) and turns every outcome
into either a :class:`RawReply` or an exception of :mod:`packstation.pro.errors`. It knows nothing
about individual endpoints; :mod:`packstation.pro.client` does. The client is made on first use
(or by :meth:`ProHttp.open`): making it loads httpx's transport stack and the system's CA
certificates, which a station would otherwise pay for before its window shows.
"""

from __future__ import annotations

import functools
import ipaddress
import json
import logging
import ssl
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from packstation import __version__
from packstation.domain.sentences import Sentence
from packstation.pro.errors import (
    ErrorDetail,
    ProCertificateError,
    ProConnectionError,
    ProError,
    ProNotFoundError,
    ProRejectedError,
    ProResponseError,
    ProThrottledError,
    ProTimeoutError,
    ProUnauthorizedError,
    ProUnavailableError,
)
from packstation.pro.retry import CallSafety, RetryPolicy, parse_retry_after

logger = logging.getLogger(__name__)

API_VERSION = "1.1"
DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024
_JSON_TYPES = ("application/json", "text/json")


class ProConfigError(ProError):
    """The client was configured with something it must not use (for example plain HTTP)."""


@dataclass(frozen=True)
class RawReply:
    """A successful (2xx) answer, its body read in full."""

    status_code: int
    content_type: str | None
    content: bytes

    @property
    def is_json(self) -> bool:
        """Whether the server labelled the body as JSON (or did not label it at all)."""
        if self.content_type is None:
            return True
        media = self.content_type.split(";", 1)[0].strip().lower()
        return media in _JSON_TYPES or media.endswith("+json")


def check_base_url(base_url: str) -> str:
    """Return ``base_url`` without a trailing slash; refuse plain HTTP except to this computer.

    The URL is read with httpx's own parser, the one that decides where the client connects, so
    no address can look like loopback here and lead elsewhere there.
    """
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, UnicodeError) as error:
        raise ProConfigError(f"The SortedPRO address {base_url!r} is not a valid URL.") from error
    if url.scheme not in ("http", "https") or not url.host:
        raise ProConfigError(f"The SortedPRO address {base_url!r} is not an http(s) URL.")
    if url.scheme == "http" and not is_loopback_host(url.host):
        raise ProConfigError(
            "Plain HTTP is only allowed to this computer; use an https:// address for SortedPRO."
        )
    return base_url.rstrip("/")


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` is this computer: ``localhost``, 127.0.0.0/8 or ``::1``, written exactly.

    Anything else is not, even when a resolver might map it here (``127.1``, ``0x7f000001``,
    ``localhost.``, ``::ffff:127.0.0.1``): a host name is not resolved to decide, since a name
    can resolve differently later.
    """
    if host.lower() == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    # Python 3.13 counts IPv4-mapped loopback as loopback and 3.11 does not: refuse it on both.
    mapped = isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None
    return address.is_loopback and not mapped


class ProHttp:
    """Sends requests to PRO and maps every failure to a :class:`ProError`."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        transport: httpx.BaseTransport | None,
        timeout_s: float,
        connect_timeout_s: float,
        retry_policy: RetryPolicy,
        max_body_bytes: int,
    ) -> None:
        if not api_key:
            raise ProConfigError("No SortedPRO API key is configured.")
        self._api_key = api_key
        self._api_key_bytes = api_key.encode("utf-8")
        self._policy = retry_policy
        self._max_body_bytes = max_body_bytes
        self._make_client = functools.partial(
            httpx.Client,
            base_url=check_base_url(base_url),
            transport=transport,
            timeout=httpx.Timeout(timeout_s, connect=connect_timeout_s),
            headers={
                "ocp-apim-subscription-key": api_key,
                "electio-api-version": API_VERSION,
                "Content-Type": "application/json",
                "Accept": "application/json",
                "User-Agent": f"packstation/{__version__}",
            },
            follow_redirects=False,
        )
        self._made: httpx.Client | None = None
        self._making = threading.Lock()
        self._closed = False

    def open(self) -> None:
        """Make the shared client now instead of on the first call (from any thread)."""
        self._client()

    def close(self) -> None:
        """Close the connection pool."""
        with self._making:
            self._closed = True
            if self._made is not None:
                self._made.close()

    def _client(self) -> httpx.Client:
        """Return the one shared client, making it on first use."""
        with self._making:
            if self._made is None:
                self._made = self._make_client()
                if self._closed:
                    # Closed before any call: a call now fails as it does on a closed client.
                    self._made.close()
            return self._made

    def request(
        self,
        method: str,
        path: str,
        *,
        safety: CallSafety,
        body: Any = None,
        params: Mapping[str, str] | None = None,
    ) -> RawReply:
        """Send one call, retrying only when ``safety`` allows, and return the 2xx answer."""
        content = None if body is None else json.dumps(body).encode("utf-8")
        retry_index = 0
        while True:
            try:
                return self._attempt(method, path, content, params)
            except ProError as error:
                wait_s = self._retry_wait_s(error, safety, retry_index)
                if wait_s is None:
                    raise
                logger.warning(
                    "%s %s failed (%s); retry %d in %.2f s",
                    method,
                    path,
                    type(error).__name__,
                    retry_index + 1,
                    wait_s,
                )
                self._policy.sleep(wait_s)
                retry_index += 1

    def _retry_wait_s(self, error: ProError, safety: CallSafety, retry_index: int) -> float | None:
        if not safety.retryable or not error.retryable:
            return None
        retry_after_s = error.retry_after_s if isinstance(error, ProThrottledError) else None
        if not isinstance(error, ProConnectionError | ProUnavailableError | ProThrottledError):
            return None
        if not self._policy.allows(retry_index, retry_after_s):
            return None
        return self._policy.delay_s(retry_index, retry_after_s)

    def _attempt(
        self, method: str, path: str, content: bytes | None, params: Mapping[str, str] | None
    ) -> RawReply:
        started = time.perf_counter()
        try:
            status, headers, data = self._exchange(method, path, content, params)
        except httpx.TransportError as error:
            raise self._transport_error(error, method, path) from None
        except httpx.InvalidURL:
            # A reference taken from a garbled answer (far too long, say): nothing was sent.
            raise ProResponseError(
                "SortedPRO's earlier answer named something that cannot be asked for "
                "(the address would not be valid); nothing was sent.",
                method=method,
                path=path[:100],
            ) from None
        elapsed_ms = (time.perf_counter() - started) * 1000
        logger.info("%s %s -> %d in %.0f ms", method, path, status, elapsed_ms)
        # An answer echoing the key must not carry it into a model, a message or the journal.
        data = data.replace(self._api_key_bytes, b"***")
        content_type = headers.get("content-type")
        if status >= 400:
            raise self._status_error(status, headers, data, method, path)
        return RawReply(status, content_type, data)

    def _exchange(
        self, method: str, path: str, content: bytes | None, params: Mapping[str, str] | None
    ) -> tuple[int, httpx.Headers, bytes]:
        with self._client().stream(method, path, content=content, params=params) as response:
            declared = response.headers.get("content-length")
            if declared is not None and declared.isdigit():
                self._check_size(int(declared), method, path)
            chunks: list[bytes] = []
            received = 0
            for chunk in response.iter_bytes():
                received += len(chunk)
                self._check_size(received, method, path)
                chunks.append(chunk)
            return response.status_code, response.headers, b"".join(chunks)

    def _check_size(self, size_bytes: int, method: str, path: str) -> None:
        if size_bytes > self._max_body_bytes:
            limit_mb = self._max_body_bytes // (1024 * 1024)
            raise ProResponseError(
                f"SortedPRO's answer is larger than {limit_mb} MB and was refused.",
                method=method,
                path=path,
            )

    def _transport_error(
        self, error: httpx.TransportError, method: str, path: str
    ) -> ProConnectionError | ProResponseError:
        host = self._client().base_url.host
        refused_certificate = _certificate_failure(error)
        if refused_certificate is not None:
            return ProCertificateError(
                f"SortedPRO at {host} presented a certificate this computer cannot trust "
                f"({refused_certificate.verify_message}); nothing was sent. Check the computer's "
                "date and time and the SortedPRO address.",
                method=method,
                path=path,
            )
        if isinstance(error, httpx.ConnectTimeout | httpx.PoolTimeout):
            return ProTimeoutError(
                Sentence("SortedPRO at %1 did not answer the connection in time.", host),
                request_sent=False,
                method=method,
                path=path,
            )
        if isinstance(error, httpx.TimeoutException):
            return ProTimeoutError(
                Sentence("SortedPRO at %1 took too long to answer.", host),
                request_sent=True,
                method=method,
                path=path,
            )
        if isinstance(error, httpx.ConnectError):
            return ProConnectionError(
                Sentence("Cannot reach SortedPRO at %1: check the network connection.", host),
                request_sent=False,
                method=method,
                path=path,
            )
        if isinstance(error, httpx.DecodingError):
            return ProResponseError(
                f"SortedPRO's answer to {method} {path} could not be decoded.",
                method=method,
                path=path,
            )
        return ProConnectionError(
            Sentence("The connection to SortedPRO at %1 was lost before it answered.", host),
            request_sent=True,
            method=method,
            path=path,
        )

    def _status_error(
        self, status: int, headers: httpx.Headers, data: bytes, method: str, path: str
    ) -> ProError:
        body = parse_error_body(data)
        api_message = self.mask(body.message) if body.message else None
        correlation_id = body.correlation_id or headers.get("x-correlation-id")
        common: dict[str, Any] = {
            "status_code": status,
            "api_code": body.code,
            "api_message": api_message,
            "correlation_id": correlation_id,
            "details": body.details,
            "method": method,
            "path": path,
        }
        said = f": {api_message}" if api_message else "."
        if status == 429:
            retry_after_s = parse_retry_after(headers.get("retry-after"))
            return ProThrottledError(
                Sentence(
                    "SortedPRO is busy and asked the station to slow down. Try again in %1 s.",
                    f"{retry_after_s:.0f}",
                )
                if retry_after_s is not None
                else Sentence("SortedPRO is busy and asked the station to slow down."),
                retry_after_s=retry_after_s,
                correlation_id=correlation_id,
                method=method,
                path=path,
            )
        if status >= 500:
            # The status stays on the error (status_code) for the log; the operator reads words.
            return ProUnavailableError(
                Sentence("SortedPRO is unavailable at the moment: %1", api_message)
                if api_message
                else Sentence("SortedPRO is unavailable at the moment."),
                **common,
            )
        if status in (401, 403):
            return ProUnauthorizedError(
                f"SortedPRO did not accept the station's API key (HTTP {status}){said}", **common
            )
        if status == 404:
            return ProNotFoundError(
                Sentence("SortedPRO does not know this reference: %1", api_message)
                if api_message
                else Sentence("SortedPRO does not know this reference."),
                **common,
            )
        return ProRejectedError(
            f"SortedPRO refused the request (HTTP {status}){said}{self._details_text(body)}",
            **common,
        )

    def _details_text(self, body: ParsedErrorBody) -> str:
        parts = [
            f"{detail.target}: {detail.message}" if detail.target else f"{detail.message}"
            for detail in body.details
            if detail.message
        ]
        return f" ({self.mask('; '.join(parts))})" if parts else ""

    def mask(self, text: str) -> str:
        """Return ``text`` with the API key replaced, for anything that may be shown or logged."""
        return text.replace(self._api_key, "***")


def _certificate_failure(error: BaseException) -> ssl.SSLCertVerificationError | None:
    """Return the certificate verification failure behind a transport error, if that is it."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return cause
        cause = cause.__cause__ or cause.__context__
    return None


@dataclass(frozen=True)
class ParsedErrorBody:
    """The fields of PRO's ``ApiError`` body that could be read (SPEC section 1.4)."""

    code: str | None = None
    message: str | None = None
    correlation_id: str | None = None
    details: tuple[ErrorDetail, ...] = ()


def parse_error_body(data: bytes) -> ParsedErrorBody:
    """Read an ``ApiError`` body leniently (any casing); anything unreadable gives empty fields."""
    try:
        decoded = json.loads(data.decode("utf-8")) if data.strip() else None
    except (UnicodeDecodeError, json.JSONDecodeError):
        return ParsedErrorBody()
    if not isinstance(decoded, dict):
        return ParsedErrorBody()
    fields = {str(key).lower(): value for key, value in decoded.items()}
    details = tuple(
        ErrorDetail(
            code=_text(entry, "code"),
            target=_text(entry, "target"),
            message=_text(entry, "message"),
        )
        for entry in (fields.get("details") or [])
        if isinstance(entry, dict)
    )
    return ParsedErrorBody(
        code=_text(fields, "code"),
        message=_text(fields, "message"),
        correlation_id=_text(fields, "correlationid"),
        details=details,
    )


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    value = {str(k).lower(): v for k, v in mapping.items()}.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text[:500] or None
