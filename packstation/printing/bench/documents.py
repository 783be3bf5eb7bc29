"""The document printer (CUPS, the Windows spooler or a folder) as the engine's port.

A document printer cannot tell whether paper came out, so a document it took is "sent,
unconfirmed"; a destination that refuses it (CUPS missing or refusing, a folder that cannot be
written, the spooler outside Windows) gives a FAILED report with the reason, never an exception.
In reports, index 0 stands for the document.
"""

from __future__ import annotations

import threading

from packstation.domain.labels import PrintReport, PrintState
from packstation.domain.ports import NamedPdf
from packstation.errors import UserFacingError
from packstation.printing.documents import DEFAULT_DOCUMENT_TIMEOUT_S, DocumentPrinter
from packstation.printing.transports import PrinterTimeoutError
from packstation.printing.urls import PrinterAddress

_DOCUMENT = (0,)


class FolderOrCupsDocumentPrinter:
    """Sends A4 PDFs to one destination URL (``cups://``, ``windows://``, ``file:///``).

    The destination is checked when built (a label-printer URL such as ``tcp://`` is refused
    with a :class:`~packstation.printing.documents.DocumentPrintError`); nothing is contacted
    until a document is printed.
    """

    def __init__(
        self, destination: PrinterAddress | str, *, timeout_s: float = DEFAULT_DOCUMENT_TIMEOUT_S
    ) -> None:
        self._printer = DocumentPrinter(destination, timeout_s=timeout_s)
        self._name = destination.strip() if isinstance(destination, str) else str(destination)
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """The destination as configured."""
        return self._name

    def print_pdf(self, document: NamedPdf) -> PrintReport:
        """Print one PDF document; SENT_UNCONFIRMED when the destination took it."""
        try:
            with self._lock:
                sent = self._printer.print_pdf(document.data, title=document.name)
        except PrinterTimeoutError as error:
            # The spooler may have taken the job before the time ran out: whether it prints is
            # unknown, so the document is not listed as unprinted.
            return PrintReport(
                PrintState.FAILED,
                self.name,
                printed=(),
                message=f"{document.name}: {error.message} Check the printer queue before printing "
                "it again.",
            )
        except UserFacingError as error:
            return PrintReport(
                PrintState.FAILED,
                self.name,
                printed=(),
                not_printed=_DOCUMENT,
                message=f"{document.name} was not printed: {error.message}",
            )
        detail = f" ({sent.detail})" if sent.detail else ""
        return PrintReport(
            PrintState.SENT_UNCONFIRMED,
            self.name,
            printed=_DOCUMENT,
            message=f"Sent {document.name} to {sent.destination}{detail}.",
        )
