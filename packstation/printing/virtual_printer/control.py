"""The virtual printer's control channel: one command per line on its own TCP port.

Commands (answers are one line, ``ok …`` or ``error …``)::

    status                  ok printed=3 pending=0 paper_out_after=none paper_out=0 …
    set NAME VALUE          ok <all faults>   NAME is a field of VirtualPrinterFaults:
                            paper_out_after N|none, paper_out 0|1, head_open 0|1, paused 0|1,
                            slow_s SECONDS, refuse 0|1, reset_after N|none
    reload                  ok <all faults>   new paper roll: paper_out 0, paper_out_after none
    cancel                  ok dropped=N      like ~JA on the printer port
    help                    ok <command list>
    quit                    ok bye            and the connection closes

Use it with ``packstation virtual-printer-control --port PORT COMMAND…``, ``nc 127.0.0.1 PORT``
or from Python with :func:`send_control_command`.
"""

from __future__ import annotations

import socket

from packstation.errors import UserFacingError
from packstation.printing.virtual_printer.engine import PrintEngine
from packstation.printing.virtual_printer.faults import FaultSettingError

_MAX_LINE_BYTES = 1024
_HELP = "commands: status | set NAME VALUE | reload | cancel | help | quit"


class ControlChannelError(UserFacingError):
    """The control channel could not be reached or refused a command."""


def handle_control_connection(connection: socket.socket, engine: PrintEngine) -> None:
    """Answer control lines on ``connection`` until the peer closes it or says ``quit``."""
    with connection.makefile("rb") as reader:
        for raw_line in reader:
            line = raw_line[:_MAX_LINE_BYTES].decode("utf-8", errors="replace").strip()
            if not line:
                continue
            answer, keep_open = execute_control_command(line, engine)
            connection.sendall(answer.encode("utf-8") + b"\n")
            if not keep_open:
                return


def execute_control_command(line: str, engine: PrintEngine) -> tuple[str, bool]:
    """Run one control line; return the answer line and whether the session goes on."""
    words = line.split()
    command = words[0].lower()
    if command == "status" and len(words) == 1:
        status = engine.status()
        return (
            f"ok printed={engine.printed_count} pending={status.formats_in_buffer} "
            f"{engine.faults.describe()}",
            True,
        )
    if command == "set" and len(words) == 3:
        try:
            engine.set_faults(engine.faults.with_setting(words[1], words[2]))
        except FaultSettingError as error:
            return f"error {error.message}", True
        return f"ok {engine.faults.describe()}", True
    if command == "reload" and len(words) == 1:
        engine.reload_paper()
        return f"ok {engine.faults.describe()}", True
    if command == "cancel" and len(words) == 1:
        return f"ok dropped={engine.cancel_all()}", True
    if command == "help":
        return f"ok {_HELP}", True
    if command == "quit":
        return "ok bye", False
    return f"error unknown command {line[:60]!r}; {_HELP}", True


def send_control_command(host: str, port: int, command: str, *, timeout_s: float = 3.0) -> str:
    """Send one control line to a running virtual printer and return its ``ok …`` answer.

    Raises :class:`ControlChannelError` when the channel cannot be reached or answers ``error``.
    """
    try:
        with socket.create_connection((host, port), timeout=timeout_s) as sock:
            sock.sendall(command.strip().encode("utf-8") + b"\n")
            with sock.makefile("rb") as reader:
                answer = reader.readline(_MAX_LINE_BYTES).decode("utf-8", errors="replace")
    except OSError as error:
        raise ControlChannelError(
            f"The virtual printer's control channel at {host}:{port} cannot be reached ({error})."
        ) from error
    answer = answer.strip()
    if not answer.startswith("ok"):
        reason = answer or "no answer"
        raise ControlChannelError(f"The virtual printer refused {command!r}: {reason}")
    return answer
