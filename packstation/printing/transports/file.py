"""A folder as a printer: each job becomes a new numbered file, written atomically.

For tests and for sites that hand label files to another system. A job is written to a hidden
temporary file in the same folder and renamed into place, so a watcher never sees half a job.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from packstation.domain.sentences import Sentence
from packstation.printing.transports.base import TransportBase
from packstation.printing.transports.errors import PrinterNotOpenError, PrinterUnreachableError
from packstation.printing.urls import FileAddress

_JOB_NAME = re.compile(r"^job-(\d+)\.")


class FileTransport(TransportBase):
    """Writes ``job-000001.<suffix>``, ``job-000002.<suffix>``, … into a folder."""

    def __init__(self, address: FileAddress, *, suffix: str = "zpl") -> None:
        self.directory = address.directory
        self.suffix = suffix.lstrip(".")
        self.description = Sentence("folder %1", self.directory)
        self._open = False
        self.written: list[Path] = []

    def open(self) -> None:
        """Create the folder when missing and check that it can be written to."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PrinterUnreachableError(
                f"The folder {self.directory} cannot be created ({error.strerror}): check the "
                "printer setting names a folder this station may write to.",
                retryable=False,
            ) from error
        if not os.access(self.directory, os.W_OK):
            raise PrinterUnreachableError(
                f"The folder {self.directory} is not writable: check the printer setting names a "
                "folder this station may write to.",
                retryable=False,
            )
        self._open = True

    def close(self) -> None:
        """Nothing stays open between jobs; only marks the transport closed."""
        self._open = False

    def write(self, data: bytes) -> None:
        """Write ``data`` as the next numbered job file."""
        if not self._open:
            raise PrinterNotOpenError(f"The folder {self.directory} is not open.")
        try:
            self.written.append(self._write_job(data))
        except OSError as error:
            raise PrinterUnreachableError(
                f"Writing a job to {self.directory} failed ({error.strerror}).", retryable=False
            ) from error

    def _write_job(self, data: bytes) -> Path:
        handle, temporary_name = tempfile.mkstemp(dir=self.directory, prefix=".job-", suffix=".tmp")
        temporary = Path(temporary_name)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            number = self._next_number()
            while True:
                target = self.directory / f"job-{number:06d}.{self.suffix}"
                try:
                    _publish(temporary, target)
                    return target
                except FileExistsError:
                    number += 1
        finally:
            temporary.unlink(missing_ok=True)

    def _next_number(self) -> int:
        numbers = [
            int(match.group(1))
            for entry in os.listdir(self.directory)
            if (match := _JOB_NAME.match(entry))
        ]
        return max(numbers, default=0) + 1


def _publish(temporary: Path, target: Path) -> None:
    """Give the finished temporary file its job name without ever replacing an existing file."""
    if os.name == "nt":
        # Windows rename refuses an existing target, which is exactly the guard wanted here.
        os.rename(temporary, target)
    else:
        # POSIX rename would overwrite; link() fails on an existing name instead.
        os.link(temporary, target)
