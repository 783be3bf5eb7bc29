"""A raw CUPS queue: each job goes to ``lp -d QUEUE -o raw`` on standard input.

Only the ``lp`` command is needed (no pycups, which has to be compiled). CUPS queues are
one-way: the printer's status cannot be read back, so jobs through CUPS are "sent, unconfirmed".
"""

from __future__ import annotations

import shutil
import subprocess

from packstation.domain.sentences import Sentence
from packstation.printing.transports.base import TransportBase
from packstation.printing.transports.errors import (
    PrinterError,
    PrinterNotOpenError,
    PrinterTimeoutError,
    PrinterUnsupportedError,
)
from packstation.printing.urls import CupsAddress

DEFAULT_LP_TIMEOUT_S = 15.0


def find_lp() -> str | None:
    """Return the path of the ``lp`` command, or None when CUPS' client tools are not installed."""
    return shutil.which("lp")


def run_lp(arguments: list[str], data: bytes | None, *, timeout_s: float, what: str) -> str:
    """Run ``lp`` with ``arguments`` (data on stdin when given) and return its output line."""
    lp = find_lp()
    if lp is None:
        raise PrinterUnsupportedError(
            f"Cannot print to {what}: the 'lp' command (CUPS client) is not installed."
        )
    try:
        completed = subprocess.run(
            [lp, *arguments],
            input=data,
            capture_output=True,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise PrinterTimeoutError(
            f"CUPS did not accept the job for {what} within {timeout_s:g} s — is cupsd running?"
        ) from error
    output = completed.stdout.decode(errors="replace").strip()
    if completed.returncode != 0:
        reason = completed.stderr.decode(errors="replace").strip() or output or "no reason given"
        raise PrinterError(f"CUPS refused the job for {what}: {reason}")
    return output


class CupsTransport(TransportBase):
    """Submits each ``write()`` as one raw job to a CUPS queue."""

    def __init__(self, address: CupsAddress, *, timeout_s: float = DEFAULT_LP_TIMEOUT_S) -> None:
        self.queue = address.queue
        self.timeout_s = timeout_s
        self.description = Sentence("CUPS queue %1", address.queue)
        self._open = False
        self.job_ids: list[str] = []

    def open(self) -> None:
        """Check that ``lp`` exists; CUPS itself is only contacted per job."""
        if find_lp() is None:
            raise PrinterUnsupportedError(
                f"Cannot print to {self.description}: the 'lp' command (CUPS client) is not "
                "installed on this computer."
            )
        self._open = True

    def close(self) -> None:
        """Mark the transport closed; each job was already handed to CUPS."""
        self._open = False

    def write(self, data: bytes) -> None:
        """Hand ``data`` to CUPS as one raw job; CUPS' answer (the job id) is kept."""
        if not self._open:
            raise PrinterNotOpenError(f"The {self.description} is not open.")
        output = run_lp(
            ["-d", self.queue, "-o", "raw"], data, timeout_s=self.timeout_s, what=self.description
        )
        self.job_ids.append(output)
