"""Build the bench's label printer from its settings (for the composition root)."""

from __future__ import annotations

from packstation.domain.ports import LabelPrinter
from packstation.errors import UserFacingError
from packstation.printing.bench.zpl_label_printer import ZplLabelPrinter
from packstation.printing.job import DEFAULT_STATUS_TIMEOUT_S
from packstation.printing.raster import LabelSize
from packstation.printing.transports.tcp import DEFAULT_CONNECT_TIMEOUT_S, DEFAULT_WRITE_TIMEOUT_S

PRINTER_LANGUAGES = ("zpl", "escpos")


class PrinterSettingError(UserFacingError):
    """The label printer's settings name something this station cannot drive."""

    retryable = False


def build_label_printer(
    url: str,
    *,
    language: str = "zpl",
    dpi: int = 203,
    label_size: LabelSize | str = "4x6",
    connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
    write_timeout_s: float = DEFAULT_WRITE_TIMEOUT_S,
) -> LabelPrinter:
    """Return the adapter for a printer speaking ``language`` (``zpl`` or ``escpos``) at ``url``.

    Nothing is contacted. A malformed URL raises ``PrinterUrlError``, an unknown language
    :class:`PrinterSettingError`, an unknown label size or a non-positive dpi ``ValueError``.
    """
    chosen = language.strip().lower().replace("/", "").replace("-", "")
    if chosen == "zpl":
        return ZplLabelPrinter(
            url,
            dpi=dpi,
            label_size=label_size,
            connect_timeout_s=connect_timeout_s,
            write_timeout_s=write_timeout_s,
            # A printer that cannot answer a 3-byte query in the time it may take a label's
            # bytes is not answering; waiting longer only keeps the packer waiting.
            status_timeout_s=min(DEFAULT_STATUS_TIMEOUT_S, write_timeout_s),
        )
    if chosen == "escpos":
        # Pillow rasterising and python-escpos load only for a bench that prints ESC/POS.
        from packstation.printing.bench.escpos_label_printer import EscposLabelPrinter

        return EscposLabelPrinter(
            url,
            dpi=dpi,
            label_size=label_size,
            connect_timeout_s=connect_timeout_s,
            write_timeout_s=write_timeout_s,
        )
    raise PrinterSettingError(
        f"Label printer language {language!r} is not known; use one of "
        f"{', '.join(PRINTER_LANGUAGES)}."
    )
