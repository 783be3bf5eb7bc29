"""Console commands of the printing adapter: ``virtual-printer`` and ``print-test``.

``packstation virtual-printer`` runs the virtual Zebra printer in the foreground. Its only line
on standard output is ``virtual printer listening on tcp://HOST:PORT`` (the real port when 0 was
asked for), printed once both ports listen; where labels go and the control channel's address
are written to standard error. It stops on Ctrl-C or SIGTERM.

``packstation virtual-printer-control --port N COMMAND…`` sends one control line (``set
head_open 1``, ``reload``, ``status``) and prints the answer, for shells without ``nc``.

``packstation print-test URL`` sends one test label and reports the printer's status before and
after. Exit codes: 0 printed (or handed to a printer that cannot report back), 1 not printed
(unreachable, faulted, lost), 2 bad printer address, 3 sent but not confirmed by a printer
that should have answered.
"""

from __future__ import annotations

import argparse
import signal
import socket
import sys
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_NOT_PRINTED = 1
EXIT_BAD_ADDRESS = 2
EXIT_UNCONFIRMED = 3


def register(subparsers: Any) -> None:
    """Add ``virtual-printer``, ``virtual-printer-control`` and ``print-test``."""
    _register_virtual_printer(subparsers)
    _register_virtual_printer_control(subparsers)
    _register_print_test(subparsers)


# -- virtual-printer ---------------------------------------------------------------------------


def _register_virtual_printer(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "virtual-printer",
        help="run a virtual Zebra printer (ZPL over TCP, ~HS status, settable faults)",
        description=(
            "Run a virtual Zebra printer that takes ZPL on a TCP port, answers ~HS, writes each "
            "label as NNNN.zpl and NNNN.png, and simulates faults. Faults can be changed while "
            "it runs through the control port: one command per line, e.g. 'set head_open 1', "
            "'reload', 'status' (try 'help')."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=9100, help="printer port (0 = any free)")
    parser.add_argument(
        "--control-port", type=int, default=0, help="control channel port (0 = any free)"
    )
    parser.add_argument("--out", type=Path, help="folder for received labels (default: new temp)")
    parser.add_argument("--dpi", type=int, default=203, choices=(152, 203, 300, 600))
    parser.add_argument("--width-in", type=float, default=4.0, help="label width in inches")
    parser.add_argument("--height-in", type=float, default=6.0, help="label height in inches")
    parser.add_argument("--no-png", action="store_true", help="write only the ZPL of each label")
    faults = parser.add_argument_group("faults (all can be changed later on the control port)")
    faults.add_argument("--paper-out-after", type=int, metavar="N", help="paper for N labels")
    faults.add_argument("--paper-out", action="store_true", help="start with paper out")
    faults.add_argument("--head-open", action="store_true", help="start with the head open")
    faults.add_argument("--paused", action="store_true", help="start paused")
    faults.add_argument("--slow-s", type=float, default=0.0, metavar="S", help="seconds per label")
    faults.add_argument("--refuse", action="store_true", help="refuse connections")
    faults.add_argument(
        "--reset-after", type=int, metavar="N", help="reset a connection at its label N+1"
    )
    parser.set_defaults(handler=run_virtual_printer)


def run_virtual_printer(args: argparse.Namespace) -> int:
    """Run the virtual printer until Ctrl-C or SIGTERM."""
    from packstation.printing.virtual_printer import VirtualPrinter, VirtualPrinterFaults

    out_dir: Path = args.out or Path(tempfile.mkdtemp(prefix="packstation-virtual-printer-"))
    faults = VirtualPrinterFaults(
        paper_out_after=args.paper_out_after,
        paper_out=args.paper_out,
        head_open=args.head_open,
        paused=args.paused,
        slow_s=args.slow_s,
        refuse=args.refuse,
        reset_after=args.reset_after,
    )
    printer = VirtualPrinter(
        out_dir,
        host=args.host,
        port=args.port,
        control_port=args.control_port,
        dpi=args.dpi,
        width_in=args.width_in,
        height_in=args.height_in,
        faults=faults,
        render_png=not args.no_png,
    )
    stop_requested = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda _signum, _frame: stop_requested.set())
    try:
        printer.start()
    except OSError as error:
        signal.signal(signal.SIGTERM, previous)
        print(f"virtual printer cannot listen on {args.host}: {error}", file=sys.stderr)
        return EXIT_NOT_PRINTED
    try:
        print(f"labels go to {out_dir}", file=sys.stderr)
        print(
            f"control channel on tcp://{args.host}:{printer.control_port} (send 'help')",
            file=sys.stderr,
            flush=True,
        )
        print(f"virtual printer listening on {printer.url}", flush=True)
        # wait() with a timeout keeps the main thread responsive to Ctrl-C on every platform.
        while not stop_requested.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        printer.stop()
        signal.signal(signal.SIGTERM, previous)
    return EXIT_OK


def _register_virtual_printer_control(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "virtual-printer-control",
        help="send one command to a running virtual printer's control port",
        description="Send one control line, e.g. 'set paper_out_after 2', 'reload', 'status'.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True, help="the control port")
    parser.add_argument("words", nargs="+", metavar="COMMAND", help="the control line")
    parser.set_defaults(handler=run_virtual_printer_control)


def run_virtual_printer_control(args: argparse.Namespace) -> int:
    """Send one control line and print the answer; exit 1 when it is refused."""
    from packstation.printing.virtual_printer import ControlChannelError, send_control_command

    try:
        print(send_control_command(args.host, args.port, " ".join(args.words)))
    except ControlChannelError as error:
        print(f"virtual-printer-control: {error.message}", file=sys.stderr)
        return EXIT_NOT_PRINTED
    return EXIT_OK


# -- print-test --------------------------------------------------------------------------------


def _register_print_test(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "print-test",
        help="send a test label to a printer and report its status",
        description=(
            "Send one ZPL test label to the printer at URL (tcp://HOST:9100, serial:///dev/ttyUSB0"
            "?baud=9600, usb://VID:PID, cups://QUEUE, windows://NAME, file:///DIR) and report "
            "its status before and after. Exit 0 printed, 1 not printed, 2 bad address, "
            "3 sent but not confirmed."
        ),
    )
    parser.add_argument("url", help="printer URL")
    parser.add_argument("--connect-timeout-s", type=float, default=3.0)
    parser.add_argument("--write-timeout-s", type=float, default=10.0)
    parser.add_argument("--status-timeout-s", type=float, default=3.0)
    parser.add_argument("--finish-timeout-s", type=float, default=30.0)
    parser.set_defaults(handler=run_print_test)


def run_print_test(args: argparse.Namespace) -> int:
    """Send a test label to ``args.url``; report status before and after."""
    from packstation.errors import UserFacingError
    from packstation.printing.job import PrintState, ZplPrinter
    from packstation.printing.transports import transport_for
    from packstation.printing.urls import PrinterUrlError

    try:
        transport = transport_for(
            args.url,
            connect_timeout_s=args.connect_timeout_s,
            write_timeout_s=args.write_timeout_s,
        )
    except PrinterUrlError as error:
        print(f"print-test: {error.message}", file=sys.stderr)
        return EXIT_BAD_ADDRESS
    printer = ZplPrinter(
        transport,
        status_timeout_s=args.status_timeout_s,
        finish_timeout_s=args.finish_timeout_s,
    )
    print(f"printer: {transport.description}")
    try:
        print(f"status before: {_describe_status(printer)}", flush=True)
        result = printer.print_job(build_test_label(args.url))
        print(f"result: {result.state.value}: {result.message}", flush=True)
        print(f"status after: {_describe_status(printer)}")
    except UserFacingError as error:
        print(f"print-test: {error.message}", file=sys.stderr)
        return EXIT_NOT_PRINTED
    if result.state is PrintState.CONFIRMED:
        return EXIT_OK
    if result.state is PrintState.FAILED:
        print(f"print-test: not printed: {result.message}", file=sys.stderr)
        return EXIT_NOT_PRINTED
    if not transport.bidirectional:
        return EXIT_OK
    print(f"print-test: not confirmed: {result.message}", file=sys.stderr)
    return EXIT_UNCONFIRMED


def _describe_status(printer: Any) -> str:
    if not printer.transport.bidirectional:
        return "not available (this connection is one-way)"
    status = printer.query_status()
    if status is None:
        return "no answer to ~HS"
    if status.faults:
        return "FAULT: " + ", ".join(status.faults)
    held = f", {status.labels_pending} label(s) queued" if status.labels_pending else ""
    return f"ready{held}"


def build_test_label(url: str, *, now: datetime | None = None) -> bytes:
    """Return a 4x6 in ZPL test label naming the station, the printer URL and the time.

    Field data is written with ``^FH`` hex escapes for ``^``, ``~``, ``_`` and every non-ASCII
    byte, so a URL or host name can never end a field or inject a command.
    """
    moment = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = ["Packstation test label", f"station {socket.gethostname()}", url, moment]
    fields = "".join(
        f"^FO50,{60 + 70 * row}^A0N,45,45^FH_^FD{escape_field_data(text)}^FS"
        for row, text in enumerate(lines)
    )
    barcode = "^FO50,400^BY3^BCN,150,Y,N,N^FDPACKSTATION-TEST^FS"
    frame = "^FO30,30^GB752,1158,4^FS"
    return f"^XA^CI28^PW812^LL1218{frame}{fields}{barcode}^XZ".encode("ascii")


def escape_field_data(text: str) -> str:
    """Escape ``text`` for a ``^FH_`` field: specials and non-ASCII become ``_XX`` UTF-8 hex."""
    escaped = []
    for byte in text.encode("utf-8"):
        character = chr(byte)
        if byte < 0x20 or byte > 0x7E or character in "^~_":
            escaped.append(f"_{byte:02X}")
        else:
            escaped.append(character)
    return "".join(escaped)
