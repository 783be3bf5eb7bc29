"""ASGI layers in front of the PRO routes: deliberate faults and the subscription-key check."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from packstation.sandbox.apierrors import ApiError
from packstation.sandbox.faults import FaultBook

CONTROL_PREFIX = "/_sandbox"
KEY_HEADER = b"ocp-apim-subscription-key"
DISCONNECT_WAIT_S = 5.0


async def send_error(send: Send, error: ApiError, extra_headers: list[tuple[bytes, bytes]]) -> None:
    """Answer the request with the ApiError body."""
    body = json.dumps(error.body()).encode()
    headers = [
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        *extra_headers,
    ]
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class AuthMiddleware:
    """401 unless the request carries an acceptable ``ocp-apim-subscription-key``."""

    def __init__(self, app: ASGIApp, api_key: str | None) -> None:
        self.app = app
        self.api_key = api_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the key of PRO requests; let control requests through."""
        if scope["type"] != "http" or scope["path"].startswith(CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        key = headers.get(KEY_HEADER, b"").decode("latin-1").strip()
        if not key or (self.api_key is not None and key != self.api_key):
            message = (
                "Access denied due to missing subscription key."
                if not key
                else ("Access denied due to invalid subscription key.")
            )
            await send_error(send, ApiError(401, "Unauthorized", message), [])
            return
        await self.app(scope, receive, send)


class FaultMiddleware:
    """Applies the first matching fault rule to a PRO request."""

    def __init__(self, app: ASGIApp, faults: FaultBook) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Delay, fail or drop the request as the first matching rule says (counted in flight)."""
        if scope["type"] != "http" or scope["path"].startswith(CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return
        self.faults.request_started()
        try:
            await self._apply(scope, receive, send)
        finally:
            self.faults.request_finished()

    async def _apply(self, scope: Scope, receive: Receive, send: Send) -> None:
        rule = self.faults.take(scope["method"], scope["path"])
        if rule is None:
            await self.app(scope, receive, send)
            return
        if rule.reset:
            # Dropped before the handler: nothing commits, the client sees a reset connection.
            abort_connection(send)
            await _wait_for_disconnect(receive)
            return
        if rule.latency_s > 0 and rule.latency_after_commit:
            await self._apply_then_delay(scope, receive, send, rule.latency_s, rule.lose_response)
            return
        if rule.latency_s > 0:
            # Read the body first: a client that gives up during the delay must not stop the
            # handler from running (a timed-out request that still commits is the worst case).
            receive = await _buffered(receive)
            await asyncio.sleep(rule.latency_s)
        if rule.status is not None:
            headers = []
            if rule.retry_after_s is not None:
                headers.append((b"retry-after", str(rule.retry_after_s).encode()))
            await send_error(send, _fault_error(rule.status, rule.retry_after_s), headers)
            return
        if rule.lose_response:
            await self._apply_then_drop(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _apply_then_drop(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def swallow(message: Any) -> None:
            del message  # the answer is deliberately never sent

        # The handler runs to the end (its transaction commits) before the connection drops.
        await self.app(scope, receive, swallow)
        abort_connection(send)
        await _wait_for_disconnect(receive)

    async def _apply_then_delay(
        self, scope: Scope, receive: Receive, send: Send, delay_s: float, lose: bool
    ) -> None:
        held: list[Any] = []

        async def hold(message: Any) -> None:
            held.append(message)

        # The handler commits at once; its answer leaves only after the delay (or never).
        await self.app(scope, receive, hold)
        await asyncio.sleep(delay_s)
        if lose:
            abort_connection(send)
            await _wait_for_disconnect(receive)
            return
        for message in held:
            await send(message)


def _fault_error(status: int, retry_after_s: int | None) -> ApiError:
    """Return the body a real gateway or PRO would send with this status."""
    if status == 429:
        wait = f" Try again in {retry_after_s} seconds." if retry_after_s is not None else ""
        return ApiError(status, "TooManyRequests", f"Rate limit is exceeded.{wait}")
    if status == 500:
        return ApiError(status, "InternalServerError", "An error has occurred.")
    if status == 502:
        return ApiError(status, "BadGateway", "The service did not answer the gateway.")
    return ApiError(status, "ServiceUnavailable", "The service is temporarily unavailable.")


async def _buffered(receive: Receive) -> Receive:
    """Read the whole request body now and return a ``receive`` that replays it."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    replay: dict[str, Any] = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
    replayed = False

    async def receive_again() -> Any:
        nonlocal replayed
        if not replayed:
            replayed = True
            return replay
        return await receive()

    return receive_again


def abort_connection(send: Send) -> None:
    """Close the client's connection without an answer.

    ASGI has no message for this, so reach the transport of uvicorn's h11 request cycle (the
    server always runs with ``http="h11"``).
    """
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise RuntimeError("lost-response faults need the sandbox's uvicorn h11 server")
    transport.abort()


async def _wait_for_disconnect(receive: Receive) -> None:
    async def until_disconnect() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    await asyncio.wait_for(until_disconnect(), DISCONNECT_WAIT_S)
