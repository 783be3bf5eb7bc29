"""A ZPL label printer as the engine's :class:`~packstation.domain.ports.LabelPrinter`.

ZPL files go to the printer as their label formats; PDF and PNG files are first converted to one
``^GF`` format per page at the printer's dpi and label size (a page that does not fit fails the
job before anything is sent). :class:`~packstation.printing.job.ZplPrinter` does the sending and
the ``~HS`` status checks; its result is mapped to a :class:`PrintReport` without embellishment.

Printer faults never escape as exceptions: an unreachable printer, a timeout, a dropped
connection or a label file the printer cannot take all become a FAILED report whose message is
written for the packer. A lock makes one job at a time per printer even if two threads call.

Once the printer has answered a status query, it is known to answer them: from then on a job
whose status query gets no answer is not sent at all ("not answering"), because a stalled printer
that later wakes up would print those labels and the retry's copies too. A printer that has never
answered keeps the one-way behaviour: the job is sent and reported as unconfirmed.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from packstation.domain.labels import LabelFile, LabelLanguage, PrinterCondition, PrintReport
from packstation.domain.sentences import Sentence, listed
from packstation.errors import UserFacingError
from packstation.printing.bench.pages import as_label_size
from packstation.printing.bench.reports import chosen_indices, failed_report, report_from_result
from packstation.printing.job import (
    DEFAULT_FINISH_TIMEOUT_S,
    DEFAULT_POLL_INTERVAL_S,
    DEFAULT_STATUS_TIMEOUT_S,
    ZplPrinter,
)
from packstation.printing.raster import LabelSize
from packstation.printing.transports import PrinterError, Transport, transport_for
from packstation.printing.transports.tcp import DEFAULT_CONNECT_TIMEOUT_S, DEFAULT_WRITE_TIMEOUT_S
from packstation.printing.zpl import split_labels
from packstation.printing.zpl.graphic import Compression

DEFAULT_DPI = 203


class ZplLabelPrinter:
    """A Zebra-compatible printer at ``url``; see the module docstring. No I/O until a job.

    ``transport`` replaces the connection built from ``url`` (a test double or a transport
    configured by other means); ``url`` is then only the printer's name.
    """

    def __init__(
        self,
        url: str,
        *,
        dpi: int = DEFAULT_DPI,
        label_size: LabelSize | str = "4x6",
        connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
        write_timeout_s: float = DEFAULT_WRITE_TIMEOUT_S,
        status_timeout_s: float = DEFAULT_STATUS_TIMEOUT_S,
        finish_timeout_s: float = DEFAULT_FINISH_TIMEOUT_S,
        poll_interval_s: float = DEFAULT_POLL_INTERVAL_S,
        compression: Compression = "z64",
        transport: Transport | None = None,
    ) -> None:
        if dpi <= 0:
            raise ValueError("dpi must be positive")
        self._url = url.strip()
        self._dpi = dpi
        self.label_size = as_label_size(label_size)
        self.compression: Compression = compression
        self._printer = ZplPrinter(
            transport
            or transport_for(
                self._url,
                connect_timeout_s=connect_timeout_s,
                write_timeout_s=write_timeout_s,
                file_suffix="zpl",
            ),
            status_timeout_s=status_timeout_s,
            finish_timeout_s=finish_timeout_s,
            poll_interval_s=poll_interval_s,
        )
        self._lock = threading.Lock()
        self._answers_status = False

    @property
    def name(self) -> str:
        """The printer's address as configured."""
        return self._url

    @property
    def language(self) -> LabelLanguage:
        """ZPL: the smallest label form and the one whose printing can be confirmed."""
        return LabelLanguage.ZPL

    @property
    def dpi(self) -> int:
        """The print resolution."""
        return self._dpi

    def status(self) -> PrinterCondition:
        """Ask the printer for its host status now; say how it is, in words and ready or not."""
        try:
            with self._lock:
                status = self._printer.query_status()
                self._answers_status = self._answers_status or status is not None
        except UserFacingError as error:
            return PrinterCondition(Sentence("not reachable: %1", error.message), ready=False)
        if status is None:
            return PrinterCondition(Sentence("connected, but it does not answer status queries"))
        if status.faults:
            return PrinterCondition(Sentence("not ready: %1", listed(status.faults)), ready=False)
        pending = status.labels_pending
        words = Sentence("ready, %1 label(s) waiting", pending) if pending else Sentence("ready")
        return PrinterCondition(words, ready=True)

    def print_labels(self, labels: LabelFile, only: Sequence[int] | None = None) -> PrintReport:
        """Print the file's labels (or only the 0-based indices ``only``) and report honestly."""
        try:
            formats = split_labels(self._as_zpl(labels))
        except UserFacingError as error:
            return failed_report(
                self.name, f"Nothing was printed: {error.message}", tuple(only or ())
            )
        with self._lock:
            self._printer.require_status = self._answers_status
            try:
                result = self._printer.print_labels(formats, indices=only)
            except PrinterError as error:
                return failed_report(self.name, error.message, chosen_indices(len(formats), only))
            except UserFacingError as error:
                # The job itself is wrong (no labels, an index outside the file): nothing was sent.
                return failed_report(
                    self.name,
                    f"Nothing was printed: {error.message}",
                    [i for i in chosen_indices(len(formats), only) if 0 <= i < len(formats)],
                )
            if result.status_before is not None or result.status_after is not None:
                self._answers_status = True
        return report_from_result(result, self.name)

    def _as_zpl(self, labels: LabelFile) -> bytes:
        """ZPL as received, or PDF/PNG converted to ``^GF`` formats for this printer."""
        if labels.language is LabelLanguage.ZPL:
            return labels.data
        # Pillow and PDFium load with the first PDF or PNG label, not at start.
        from packstation.printing.raster.convert import label_to_zpl

        return label_to_zpl(
            labels.data, dpi=self._dpi, label_size=self.label_size, compression=self.compression
        )
