"""An ESC/POS printer (receipt or ESC/POS label printer) as the engine's ``LabelPrinter``.

It asks PRO for PNG labels; each label is drawn at the printer's dpi and label size (PDF and PNG
through the raster conversion, ZPL through the preview renderer, for labels stored in another
form) and sent as an ESC/POS raster image with a cut after it, all labels in one job.

ESC/POS has no status answer worth trusting, so a job that was taken is "sent, unconfirmed";
a printer that cannot be reached, or a connection lost while sending, gives a FAILED report.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from PIL import Image

from packstation.domain.labels import (
    LabelFile,
    LabelLanguage,
    PrinterCondition,
    PrintReport,
    PrintState,
)
from packstation.domain.sentences import Sentence
from packstation.errors import UserFacingError
from packstation.printing.bench.pages import as_label_size, label_images
from packstation.printing.bench.reports import chosen_indices, failed_report
from packstation.printing.escpos_output import image_to_escpos
from packstation.printing.job import describe_labels
from packstation.printing.raster import LabelSize
from packstation.printing.transports import PrinterError, Transport, transport_for
from packstation.printing.transports.tcp import DEFAULT_CONNECT_TIMEOUT_S, DEFAULT_WRITE_TIMEOUT_S

DEFAULT_DPI = 203


class EscposLabelPrinter:
    """An ESC/POS printer at ``url``; see the module docstring. No I/O until a job.

    ``paper_width_px`` is the printable width in dots; it defaults to the label's width at
    ``dpi``. A label wider than the paper fails the job rather than print clipped.
    ``transport`` replaces the connection built from ``url``, which is then only the name.
    """

    def __init__(
        self,
        url: str,
        *,
        dpi: int = DEFAULT_DPI,
        label_size: LabelSize | str = "4x6",
        paper_width_px: int | None = None,
        connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
        write_timeout_s: float = DEFAULT_WRITE_TIMEOUT_S,
        cut: bool = True,
        transport: Transport | None = None,
    ) -> None:
        if dpi <= 0:
            raise ValueError("dpi must be positive")
        self._url = url.strip()
        self._dpi = dpi
        self.label_size = as_label_size(label_size)
        self.paper_width_px = paper_width_px or self.label_size.dots(dpi)[0]
        self.cut = cut
        self._transport = transport or transport_for(
            self._url,
            connect_timeout_s=connect_timeout_s,
            write_timeout_s=write_timeout_s,
            file_suffix="bin",
        )
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """The printer's address as configured."""
        return self._url

    @property
    def language(self) -> LabelLanguage:
        """PNG: a picture per label, drawn without conversion loss."""
        return LabelLanguage.PNG

    @property
    def dpi(self) -> int:
        """The print resolution."""
        return self._dpi

    def status(self) -> PrinterCondition:
        """Return what can be known of this printer's state: ESC/POS reports none."""
        return PrinterCondition(
            Sentence("no status: ESC/POS printers cannot report whether they are ready")
        )

    def print_labels(self, labels: LabelFile, only: Sequence[int] | None = None) -> PrintReport:
        """Print the file's labels (or only the 0-based indices ``only``); never confirmed."""
        try:
            images = label_images(labels, dpi=self._dpi, label_size=self.label_size)
        except UserFacingError as error:
            return failed_report(self.name, f"Nothing was printed: {error.message}", only or ())
        chosen = chosen_indices(len(images), only)
        try:
            payload = self._payload(images, chosen)
        except UserFacingError as error:
            known = [index for index in chosen if 0 <= index < len(images)]
            return failed_report(self.name, f"Nothing was printed: {error.message}", known)
        with self._lock:
            return self._send(payload, chosen)

    def _payload(self, images: list[Image.Image], chosen: tuple[int, ...]) -> bytes:
        if not chosen:
            raise UserFacingError("No labels were chosen to print.")
        for index in chosen:
            if not 0 <= index < len(images):
                raise UserFacingError(f"Label {index + 1} is not part of this label file.")
        return b"".join(
            image_to_escpos(images[index], paper_width_px=self.paper_width_px, cut=self.cut)
            for index in chosen
        )

    def _send(self, payload: bytes, chosen: tuple[int, ...]) -> PrintReport:
        transport = self._transport
        try:
            transport.open()
        except PrinterError as error:
            return failed_report(self.name, error.message, chosen)
        try:
            transport.write(payload)
        except PrinterError as error:
            message = Sentence(
                "%1 Some labels may have printed — check before reprinting.", error.message
            )
            return failed_report(self.name, message)
        finally:
            transport.close()
        return PrintReport(
            PrintState.SENT_UNCONFIRMED,
            self.name,
            printed=chosen,
            message=Sentence(
                "Sent %1 to the %2; ESC/POS printers cannot report whether they printed — check "
                "that they came out.",
                describe_labels(chosen),
                transport.description,
            ),
        )
