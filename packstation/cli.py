"""The ``packstation`` console command and its subcommands.

Each subcommand lives in the module that owns the capability; this module only builds the parser
and dispatches. Heavy imports (Qt, the sandbox server, printer libraries) happen inside the
subcommand handlers, so ``packstation --version`` and ``--help`` stay instant. A command line
that names no command (the bench window, ``--selftest``) does not load the command modules at
all: the window's start-up is the one a packer waits for.
"""

from __future__ import annotations

import argparse
import importlib
import sys
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


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """Return the top-level parser, with every subcommand registered unless told otherwise."""
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
    for module_name in COMMAND_MODULES if with_commands else ():
        importlib.import_module(module_name).register(subparsers)
    return parser


def names_a_command(arguments: Sequence[str]) -> bool:
    """Whether a command line needs the subcommands: it names one, or asks for help.

    The global options take no values, so any word not starting with ``-`` is a command.
    """
    return any(not word.startswith("-") or word in ("-h", "--help") for word in arguments)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the process exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_commands=names_a_command(arguments))
    args = parser.parse_args(arguments)
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
