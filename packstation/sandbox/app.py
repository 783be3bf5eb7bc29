"""The sandbox ASGI application: PRO's routes and the ``/_sandbox`` control API.

Handlers are plain synchronous functions that run on Starlette's thread pool, each inside its
own SQLite transaction, so a handler that raises leaves nothing half-written.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from packstation.sandbox import (
    routes_allocate_labels,
    routes_allocation,
    routes_consignments,
    routes_control,
    routes_documents,
    routes_options,
    routes_orders,
    routes_reference,
)
from packstation.sandbox.apierrors import ApiError, FieldProblem, invalid
from packstation.sandbox.context import Call, Handler, Reply, SandboxState
from packstation.sandbox.middleware import AuthMiddleware, FaultMiddleware
from packstation.sandbox.router import Router

logger = logging.getLogger(__name__)

ALL_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"]
JSON_TYPES = ("application/json", "text/json", "application/problem+json")


def build_router() -> Router:
    """Return the router with every sandbox route, most specific first."""
    router = Router()
    for module in (
        routes_control,
        routes_options,
        routes_documents,
        routes_allocate_labels,
        routes_allocation,
        routes_orders,
        routes_reference,
        routes_consignments,
    ):
        router.extend(module.ROUTES)
    return router


def _parse_body(raw: bytes, content_type: str) -> Any:
    if not raw.strip():
        return None
    if content_type and content_type.split(";")[0].strip().lower() not in JSON_TYPES:
        raise ApiError(415, "UnsupportedMediaType", f"Content-Type {content_type} not supported")
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise invalid([FieldProblem("body", f"Malformed JSON: {error}", "InvalidJson")]) from error


def _run(state: SandboxState, handler: Handler, call_args: dict[str, Any]) -> Reply:
    with state.store.transaction() as tx:
        return handler(Call(tx=tx, state=state, now=state.clock.now(), **call_args))


def _to_response(reply: Reply) -> Response:
    if reply.raw is not None:
        return Response(reply.raw, status_code=reply.status, media_type=reply.media_type)
    if reply.empty:
        return Response(b"", status_code=reply.status)
    content = json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
    return Response(content, status_code=reply.status, media_type=reply.media_type)


def _error_response(error: ApiError) -> Response:
    content = json.dumps(error.body()).encode("utf-8")
    return Response(content, status_code=error.status, media_type="application/json")


def build_app(state: SandboxState) -> ASGIApp:
    """Return the complete ASGI application for a sandbox state."""
    router = build_router()

    async def dispatch(request: Request) -> Response:
        resolved = router.resolve(request.method, request.url.path)
        if resolved is True:
            return _error_response(ApiError(405, "MethodNotAllowed", "Method not allowed"))
        if resolved is False:
            message = f"No resource at {request.url.path}"
            return _error_response(ApiError(404, "ResourceNotFound", message))
        handler, params = resolved
        try:
            body = _parse_body(await request.body(), request.headers.get("content-type", ""))
            call_args = {
                "base_url": str(request.base_url).rstrip("/"),
                "path": params,
                "query": {key.lower(): value for key, value in request.query_params.items()},
                "body": body,
            }
            reply = await run_in_threadpool(_run, state, handler, call_args)
        except ApiError as error:
            return _error_response(error)
        return _to_response(reply)

    app = Starlette(routes=[Route("/{path:path}", dispatch, methods=ALL_METHODS)])
    return FaultMiddleware(AuthMiddleware(app, state.api_key), state.faults)
