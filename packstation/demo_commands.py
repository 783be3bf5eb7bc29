"""``packstation demo``: the whole bench on one machine, for newcomers, training and demos.

Starts the sandbox (demo seed), the virtual printer and the virtual scale, prints where they are
and where the pick sheet is, then opens the bench window against them. ``--no-window`` keeps just
the three services running (for a training room, or to drive them from another station).
"""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    """Add the ``demo`` command."""
    demo = subparsers.add_parser(
        "demo", help="run the bench against a local sandbox, virtual printer and scale"
    )
    demo.add_argument("--data-dir", type=Path, help="keep journal and labels here (default: temp)")
    demo.add_argument("--sandbox-port", type=int, default=0, help="sandbox port (default: free)")
    demo.add_argument("--printer-port", type=int, default=0, help="printer port (default: free)")
    demo.add_argument("--scale-port", type=int, default=0, help="scale port (default: free)")
    demo.add_argument(
        "--no-window", action="store_true", help="run only the services, until Ctrl-C"
    )
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    """Handle ``packstation demo``."""
    from packstation.demo import DemoWorld  # the sandbox server loads only for the demo itself

    world = DemoWorld(
        args.data_dir.resolve() if args.data_dir else None,
        sandbox_port=args.sandbox_port,
        printer_port=args.printer_port,
        scale_port=args.scale_port,
    )
    with world:
        print("Packstation demo", flush=True)
        for line in world.summary_lines():
            print(line, flush=True)
        if args.no_window:
            return _wait_for_stop()
        from packstation.app import run_demo_window  # Qt loads only when a window is wanted

        return run_demo_window(
            world,
            verbosity=getattr(args, "verbose", 0),
            watch_stalls=getattr(args, "debug_stalls", False),
        )


def _wait_for_stop() -> int:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("demo services running; press Ctrl-C to stop", flush=True)
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    return 0
