"""A4 documents (customs forms, the driver sheet) to a document printer or a folder.

Destinations, by URL:

- ``cups://QUEUE`` — ``lp -d QUEUE`` with the PDF on standard input; CUPS converts the PDF for
  the printer (no ``-o raw``). ``cups://default`` uses the system's default printer.
- ``file:///DIR`` — each document becomes ``DIR/job-NNNNNN.pdf``, written atomically.
- ``windows://PRINTER NAME`` — the PDF goes to the Windows spooler as a RAW job, which only
  works for printers that take PDF directly (most current office laser printers do; check the
  model's "PDF direct print"). Outside Windows this is refused with a clear error.

:func:`default_document_destination` picks CUPS' default printer when ``lp`` is installed and a
folder otherwise, for stations whose settings name no document printer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from packstation.errors import UserFacingError
from packstation.printing.transports.cups import find_lp, run_lp
from packstation.printing.transports.escpos_devices import WindowsSpoolerTransport
from packstation.printing.transports.file import FileTransport
from packstation.printing.urls import (
    CupsAddress,
    FileAddress,
    PrinterAddress,
    WindowsAddress,
    parse_printer_url,
)

DEFAULT_QUEUE = "default"
DEFAULT_DOCUMENT_TIMEOUT_S = 30.0


class DocumentPrintError(UserFacingError):
    """The document cannot go to this destination as configured."""

    retryable = False


@dataclass(frozen=True)
class DocumentSent:
    """Where a document went: the destination and CUPS' job line or the file written."""

    destination: str
    detail: str


def default_document_destination(fallback_dir: Path) -> PrinterAddress:
    """Return CUPS' default printer when ``lp`` exists, else the folder ``fallback_dir``."""
    if find_lp() is not None:
        return CupsAddress(DEFAULT_QUEUE)
    return FileAddress(fallback_dir)


class DocumentPrinter:
    """Sends PDF documents to one destination; holds no connection between documents."""

    def __init__(
        self,
        destination: PrinterAddress | str,
        *,
        timeout_s: float = DEFAULT_DOCUMENT_TIMEOUT_S,
    ) -> None:
        if isinstance(destination, str):
            destination = parse_printer_url(destination)
        if not isinstance(destination, CupsAddress | FileAddress | WindowsAddress):
            raise DocumentPrintError(
                f"A4 documents cannot go to {destination}; use cups://QUEUE, windows://NAME "
                "or file:///FOLDER for the document printer."
            )
        self.destination = destination
        self.timeout_s = timeout_s

    def print_pdf(self, pdf: bytes, *, title: str = "Packstation", copies: int = 1) -> DocumentSent:
        """Print (or file) one PDF document ``copies`` times."""
        if not pdf.startswith(b"%PDF-"):
            raise DocumentPrintError("The document to print is not a PDF file.", retryable=False)
        if not 1 <= copies <= 99:
            raise DocumentPrintError(f"Cannot print {copies} copies; choose 1 to 99.")
        match self.destination:
            case CupsAddress(queue=queue):
                return self._to_cups(queue, pdf, title=title, copies=copies)
            case FileAddress():
                return self._to_folder(self.destination, pdf, copies=copies)
            case WindowsAddress():
                return self._to_windows(self.destination, pdf, copies=copies)
        raise AssertionError(f"unexpected destination {self.destination!r}")

    def _to_cups(self, queue: str, pdf: bytes, *, title: str, copies: int) -> DocumentSent:
        target = ["-d", queue] if queue != DEFAULT_QUEUE else []
        what = "the default printer" if not target else f"CUPS queue {queue}"
        arguments = [*target, "-t", title, "-n", str(copies)]
        output = run_lp(arguments, pdf, timeout_s=self.timeout_s, what=what)
        return DocumentSent(destination=what, detail=output)

    def _to_folder(self, address: FileAddress, pdf: bytes, *, copies: int) -> DocumentSent:
        transport = FileTransport(address, suffix="pdf")
        with transport:
            for _copy in range(copies):
                transport.write(pdf)
        written = ", ".join(path.name for path in transport.written)
        return DocumentSent(destination=str(address), detail=written)

    def _to_windows(self, address: WindowsAddress, pdf: bytes, *, copies: int) -> DocumentSent:
        transport = WindowsSpoolerTransport(address)
        with transport:
            for _copy in range(copies):
                transport.write(pdf)
        return DocumentSent(destination=str(address), detail=f"{copies} RAW job(s)")
