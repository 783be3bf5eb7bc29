"""``packstation sandbox``: serve a local SortedPRO in the foreground."""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

from packstation.sandbox.faults import parse_fault_spec


def register(subparsers: Any) -> None:
    """Add the ``sandbox`` subcommand."""
    parser = subparsers.add_parser(
        "sandbox",
        help="run a local SortedPRO sandbox",
        description=(
            "Serve a local SortedPRO (Consignments API v1.1) for demo mode, training and tests. "
            "Control API under /_sandbox/ (reset, seed, clock, faults, ledger, picksheet.pdf)."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8080, help="port (0 = any free port)")
    parser.add_argument("--db", type=Path, default=None, help="SQLite file (default: temporary)")
    parser.add_argument("--seed", choices=("demo", "empty"), default="empty", help="initial data")
    parser.add_argument(
        "--api-key", default=None, help="accept only this subscription key (default: any)"
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="'METHOD PATH EFFECT [xN]'",
        help=(
            "inject a fault, e.g. 'PUT /allocation/* 503 x2', 'GET /labels/* 429@5', "
            "'POST /consignments lost x1', 'POST /consignments reset x1', "
            "'* /quotes* latency=2', 'PUT /allocation/* late=2' (repeatable)"
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Start the sandbox, print the listening line, serve until interrupted."""
    from packstation.sandbox.server import SandboxError, SandboxServer

    try:
        faults = [parse_fault_spec(spec) for spec in args.fault]
    except ValueError as error:
        print(f"packstation sandbox: {error}", file=sys.stderr)
        return 2
    server = SandboxServer(
        args.db, host=args.host, port=args.port, api_key=args.api_key, seed=args.seed, faults=faults
    )
    try:
        server.start()
    except (SandboxError, OSError) as error:
        print(f"packstation sandbox: {error}", file=sys.stderr)
        return 1

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
