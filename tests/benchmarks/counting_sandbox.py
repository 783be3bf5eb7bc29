"""The sandbox in its own process, with every PRO request counted at the server.

Run by the benchmarks as ``python -m tests.benchmarks.counting_sandbox --port 0``; it prints
``sandbox listening on URL`` like ``packstation sandbox`` and serves until SIGTERM. The library's
sandbox app is wrapped (here, for benchmarks only) by a small ASGI layer that counts each
request by method and path template before the sandbox sees it, and answers two extra routes
itself: ``GET /_bench/calls`` (the counts as JSON) and ``DELETE /_bench/calls`` (start again).

A separate process keeps the sandbox's work off the benchmark's interpreter (its own GIL), as a
real SortedPRO would be; two cores on this machine leave one for each side. ``--latency-ms``
holds every PRO request that long before the sandbox sees it (without blocking the others), to
see the figures as against a SortedPRO further away than this computer.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable
from types import FrameType

from starlette.types import ASGIApp, Receive, Scope, Send

import packstation.sandbox.server as sandbox_server
from packstation.sandbox.app import build_app
from packstation.sandbox.context import SandboxState

COUNTS_PATH = "/_bench/calls"
_REFERENCE = re.compile(
    r"^(E[A-Z]{1,3}-[A-Z0-9-]+|[A-Z]+-\d+|[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12})$"
)


def path_template(path: str) -> str:
    """Replace reference-like path segments (``EC-…``, ``EDO-…``, UUIDs) with ``{ref}``."""
    parts = ["{ref}" if _REFERENCE.match(part) else part for part in path.split("/")]
    return "/".join(parts)


class CountingApp:
    """ASGI wrapper: counts PRO requests by ``METHOD /template`` and serves the counts."""

    def __init__(self, app: ASGIApp, latency_s: float = 0.0) -> None:
        self.app = app
        self.latency_s = latency_s
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer the count routes; count and pass on everything else but control calls."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, method = scope["path"], scope["method"]
        if path == COUNTS_PATH:
            await self._answer_counts(method, send)
            return
        if not path.startswith("/_sandbox"):
            with self._lock:
                self._counts[f"{method} {path_template(path)}"] += 1
            if self.latency_s > 0:
                await asyncio.sleep(self.latency_s)
        await self.app(scope, receive, send)

    async def _answer_counts(self, method: str, send: Send) -> None:
        with self._lock:
            body = json.dumps(dict(self._counts)).encode()
            if method == "DELETE":
                self._counts.clear()
        headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _counting_app_builder(latency_s: float) -> Callable[[SandboxState], ASGIApp]:
    def build(state: SandboxState) -> ASGIApp:
        return CountingApp(build_app(state), latency_s)

    return build


def main() -> int:
    """Serve a counting sandbox until SIGTERM or Ctrl-C."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--seed", choices=("demo", "empty"), default="empty")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="added to each PRO call")
    arguments = parser.parse_args()
    # The one seam the benchmark needs: the app the server builds is wrapped before it serves.
    builder = _counting_app_builder(arguments.latency_ms / 1000)
    sandbox_server.build_app = builder  # type: ignore[attr-defined]
    server = sandbox_server.SandboxServer(port=arguments.port, seed=arguments.seed)
    server.start()

    def on_terminate(signum: int, frame: FrameType | None) -> None:
        del signum, frame
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_terminate)
    print(f"sandbox listening on {server.base_url}", flush=True)
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
