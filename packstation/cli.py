"""The ``packstation`` console command and its subcommands.

Each subcommand lives in the module that owns the capability; this module only builds the parser
and dispatches. Heavy imports (Qt, the sandbox server, printer libraries) happen inside the
subcommand handlers, so ``packstation --version`` and ``--help`` stay instant.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence

from packstation import __version__
from packstation.log import configure_logging

Handler = Callable[[argparse.Namespace], int]

# Modules that add subcommands. Each exposes ``register(subparsers)`` which adds its parser(s)
# and sets ``handler`` (a function taking the parsed namespace and returning an exit code).
COMMAND_MODULES: tuple[str, ...] = (
    "packstation.sandbox.commands",
    "packstation.printing.commands",
    "packstation.config_commands",
    "packstation.devices.commands",
    "packstation.station_commands",
    "packstation.demo_commands",
)


def build_parser() -> argparse.ArgumentParser:
    """Return the top-level parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="packstation",
        description=(
            "Packing-station application for SortedPRO: scan, allocate, print labels, "
            "close the shift."
        ),
    )
    parser.add_argument("--version", action="version", version=f"packstation {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="more log output (repeat for debug)"
    )
    parser.add_argument(
        "--debug-stalls",
        action="store_true",
        help="log every stall of the window's event loop over 100 ms",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation without a window or network, print one line and exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(args.verbose)
    if args.selftest:
        from packstation.selftest import run_selftest  # heavy imports: --help stays instant

        return run_selftest()
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        # No command: the bench itself (the first-run dialog on an unconfigured station).
        from packstation.app import run_default

        return run_default(verbosity=args.verbose, watch_stalls=args.debug_stalls)
    return handler(args)


if __name__ == "__main__":
    raise SystemExit(main())
