"""Console commands of the devices adapter: ``virtual-scale`` and ``scale-read``.

``packstation virtual-scale`` runs a virtual scale in the foreground. Its only line on standard
output is ``virtual scale listening on tcp://HOST:PORT`` (the real port when 0 was asked for),
printed once the port listens; the pyserial URL to configure (``socket://HOST:PORT``) and the
control lines are written to standard error. Control lines (``SET 2.345``, ``UNSTABLE``,
``STABLE``, ``OVERLOAD``, ``UNDERLOAD``, ``INRANGE``, ``UNIT g``, ``SILENT``, ``ANSWER``,
``STATUS``) are accepted on the scale's own port, e.g. ``echo SET 2.345 | nc -q1 HOST
PORT``. It stops on Ctrl-C or SIGTERM with exit code 0.

``packstation scale-read ADDRESS`` reads one weight from a scale and prints it, for checking a
bench's wiring. Exit codes: 0 a weight was read, 1 the scale failed (message on stderr), 2 bad
arguments.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from decimal import Decimal, InvalidOperation
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_ARGUMENTS = 2
PROTOCOLS = ("mt-sics", "continuous")


def register(subparsers: Any) -> None:
    """Add ``virtual-scale`` and ``scale-read``."""
    _register_virtual_scale(subparsers)
    _register_scale_read(subparsers)


def _decimal_kg(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation as error:
        raise argparse.ArgumentTypeError(f"not a weight in kg: {text!r}") from error
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"not a weight in kg: {text!r}")
    return value


def _register_virtual_scale(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "virtual-scale",
        help="run a virtual scale on a TCP port (MT-SICS or continuous output)",
        description=(
            "Run a scale on a TCP port for demos and tests. It answers MT-SICS S and SI, or "
            "streams continuous output (ST,GS,+  1.234kg). Change it while it runs by sending "
            "lines to the same port: SET 2.345, UNSTABLE, STABLE, OVERLOAD, UNDERLOAD, INRANGE, "
            "UNIT g, SILENT, ANSWER, STATUS."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=0, help="port (default 0 = any free port)")
    parser.add_argument("--protocol", choices=PROTOCOLS, default="mt-sics")
    parser.add_argument("--weight-kg", type=_decimal_kg, default=Decimal("0"), metavar="KG")
    parser.add_argument("--unstable", action="store_true", help="start with a moving weight")
    parser.add_argument("--unit", choices=("kg", "g", "lb", "oz"), default="kg")
    parser.add_argument(
        "--interval-s", type=float, default=0.1, help="seconds between continuous lines"
    )
    parser.set_defaults(handler=run_virtual_scale)


def run_virtual_scale(args: argparse.Namespace) -> int:
    """Run the virtual scale until Ctrl-C or SIGTERM."""
    from packstation.devices.virtual_scale import VirtualScale

    if args.interval_s <= 0:
        print("virtual-scale: --interval-s must be positive", file=sys.stderr)
        return EXIT_BAD_ARGUMENTS
    scale = VirtualScale(
        host=args.host,
        port=args.port,
        protocol=args.protocol,
        weight_kg=args.weight_kg,
        stable=not args.unstable,
        unit=args.unit,
        interval_s=args.interval_s,
    )
    stop_requested = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda _signum, _frame: stop_requested.set())
    try:
        scale.start()
    except OSError as error:
        signal.signal(signal.SIGTERM, previous)
        print(f"virtual scale cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return EXIT_FAILED
    try:
        print(
            f"scale address for the bench: {scale.serial_url} (protocol {args.protocol}); "
            "control lines on the same port: SET KG, STABLE, UNSTABLE, OVERLOAD, UNDERLOAD, "
            "INRANGE, UNIT U, SILENT, ANSWER, STATUS",
            file=sys.stderr,
            flush=True,
        )
        print(f"virtual scale listening on {scale.url}", flush=True)
        # A wait with a timeout keeps the main thread responsive to Ctrl-C on every platform.
        while not stop_requested.wait(0.5):
            continue
    except KeyboardInterrupt:
        stop_requested.set()
    finally:
        scale.stop()
        signal.signal(signal.SIGTERM, previous)
    return EXIT_OK


def _register_scale_read(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "scale-read",
        help="read one weight from a scale and print it",
        description=(
            "Read one weight from the scale at ADDRESS (/dev/ttyUSB0, /dev/ttyUSB0?baud=4800, "
            "COM3, socket://HOST:PORT) and print it in kg with its stability."
        ),
    )
    parser.add_argument("address", help="serial device or pyserial URL")
    parser.add_argument("--protocol", choices=PROTOCOLS, default="mt-sics")
    parser.add_argument("--stable", action="store_true", help="wait for a stable weight")
    parser.add_argument("--timeout-s", type=float, default=1.0, help="answer timeout")
    parser.set_defaults(handler=run_scale_read)


def run_scale_read(args: argparse.Namespace) -> int:
    """Read one weight; print ``1.25 kg stable`` (or ``unstable``), or the error on stderr."""
    from packstation.devices.errors import DeviceError
    from packstation.devices.scale import ScaleReader

    if args.timeout_s <= 0:
        print("scale-read: --timeout-s must be positive", file=sys.stderr)
        return EXIT_BAD_ARGUMENTS
    reader = ScaleReader(args.address, protocol=args.protocol, read_timeout_s=args.timeout_s)
    try:
        with reader:
            reading = reader.read_stable() if args.stable else reader.read()
    except DeviceError as error:
        print(f"scale-read: {error.message}", file=sys.stderr)
        return EXIT_FAILED
    state = "stable" if reading.stable else "unstable"
    print(f"{reading.weight_kg.normalize():f} kg {state}")
    return EXIT_OK
