"""The counter's receipt: laid out once as lines, printed as ESC/POS (80 mm) or as a ZPL label.

:func:`receipt_lines` decides what the customer reads (reference, service, promise, tracking
numbers, price), wrapped to the paper's width. :func:`receipt_escpos` sends them through
python-escpos's ``Dummy`` printer (imported only when used), which picks a code page for letters
outside ASCII; :func:`receipt_zpl` puts each line in its own field, escaped so that a name with
``^`` or ``~`` in it stays text. :class:`ReceiptPrinterAdapter` is the ``ReceiptPrinter`` port.
"""

from __future__ import annotations

import enum
import textwrap
from dataclasses import dataclass
from typing import Any

from packstation.domain.booking import Receipt
from packstation.domain.labels import PrintReport, PrintState
from packstation.printing.bench.reports import report_from_result
from packstation.printing.job import DEFAULT_STATUS_TIMEOUT_S, ZplPrinter
from packstation.printing.transports import PrinterError, Transport, transport_for
from packstation.printing.transports.tcp import DEFAULT_CONNECT_TIMEOUT_S, DEFAULT_WRITE_TIMEOUT_S
from packstation.printing.urls import PrinterUrlError
from packstation.printing.zpl.escape import field_data_command

ESCPOS_WIDTH_CHARS = 48
"""Characters per line of font A on 80 mm paper (72 mm printable at 203 dpi)."""
ZPL_WIDTH_DOTS = 812
"""A 4 inch label at 203 dpi."""
ZPL_WIDTH_CHARS = 34
"""Font 0 is proportional: 34 of its widest letters (W) at 28 dots still fit 812 dots."""
_ZPL_MARGIN_DOTS = 30
_ZPL_HEIGHTS = {"title": 48, "total": 40, "plain": 28, "rule": 28}
_ZPL_GAP_DOTS = 8


class LineStyle(enum.Enum):
    """How a receipt line is printed."""

    TITLE = "title"
    PLAIN = "plain"
    TOTAL = "total"
    RULE = "rule"


@dataclass(frozen=True)
class ReceiptLine:
    """One printed line and its style."""

    style: LineStyle
    text: str


def printable(text: str) -> str:
    """Return ``text`` with control characters as spaces: an ESC in a name must not command."""
    return "".join(" " if ord(char) < 32 or 127 <= ord(char) < 160 else char for char in text)


def _field(label: str, value: str, width: int) -> list[ReceiptLine]:
    """Return ``label: value`` wrapped to ``width``, continuation lines indented."""
    if not value.strip():
        return []
    wrapped = textwrap.wrap(
        printable(f"{label}: {value}"), width=width, subsequent_indent="  ", break_on_hyphens=False
    )
    return [ReceiptLine(LineStyle.PLAIN, line) for line in wrapped]


def receipt_lines(receipt: Receipt, width: int = ESCPOS_WIDTH_CHARS) -> list[ReceiptLine]:
    """Return the receipt's lines, wrapped to ``width`` characters."""
    rule = ReceiptLine(LineStyle.RULE, "-" * width)
    # The title prints double width, so half as many characters fit on its lines.
    lines = [
        ReceiptLine(LineStyle.TITLE, text)
        for text in textwrap.wrap(printable(receipt.station), width=max(width // 2, 1))
    ]
    lines += [ReceiptLine(LineStyle.PLAIN, f"{receipt.booked_at:%d %b %Y %H:%M}"), rule]
    for label, value in (
        ("Consignment", receipt.consignment_reference),
        ("Booking", receipt.client_reference),
        ("Your reference", receipt.customer_reference),
        ("Carrier", receipt.carrier),
        ("Service", receipt.service),
        ("Delivery", receipt.promised_text),
        ("Collect from", receipt.pickup_point),
        ("To", receipt.destination),
        ("Parcels", str(receipt.parcel_count)),
    ):
        lines.extend(_field(label, value, width))
    for number in receipt.tracking_numbers:
        lines.extend(_field("Tracking", number, width))
    lines.append(rule)
    if receipt.price_text:
        lines.append(ReceiptLine(LineStyle.TOTAL, f"Price: {printable(receipt.price_text)}"))
    lines.extend(
        ReceiptLine(LineStyle.PLAIN, text)
        for text in textwrap.wrap("Keep this receipt to follow your parcel.", width=width)
    )
    return lines


def receipt_escpos(receipt: Receipt, *, width_chars: int = ESCPOS_WIDTH_CHARS) -> bytes:
    """Return the ESC/POS bytes of the receipt, ending with a feed and a cut."""
    from escpos.printer import Dummy

    printer = Dummy()
    printer.hw("INIT")
    current: LineStyle | None = None
    for line in receipt_lines(receipt, width_chars):
        style = LineStyle.PLAIN if line.style is LineStyle.RULE else line.style
        if style is not current:  # style commands only where the style changes
            _set_style(printer, style)
            current = style
        printer.text(f"{line.text}\n")
    if current is not LineStyle.PLAIN:
        _set_style(printer, LineStyle.PLAIN)
    printer.cut()
    return bytes(printer.output)


def _set_style(printer: Any, style: LineStyle) -> None:
    if style is LineStyle.TITLE:
        printer.set(align="center", bold=True, double_height=True, double_width=True)
    elif style is LineStyle.TOTAL:
        printer.set(align="left", bold=True, double_height=True)
    else:
        printer.set(align="left", bold=False, normal_textsize=True)


def receipt_zpl(receipt: Receipt, *, width_chars: int = ZPL_WIDTH_CHARS) -> bytes:
    """Return the receipt as one ZPL label (UTF-8, every field escaped)."""
    fields = []
    y = _ZPL_MARGIN_DOTS
    for line in receipt_lines(receipt, width_chars):
        height = _ZPL_HEIGHTS[line.style.value]
        fields.append(
            f"^FO{_ZPL_MARGIN_DOTS},{y}^A0N,{height},{height}{field_data_command(line.text)}^FS"
        )
        y += height + _ZPL_GAP_DOTS
    length = y + _ZPL_MARGIN_DOTS
    body = "".join(fields)
    return f"^XA^CI28^PW{ZPL_WIDTH_DOTS}^LL{length}{body}^XZ".encode("ascii")


class ReceiptLanguage(enum.Enum):
    """What the receipt printer speaks."""

    ESCPOS = "escpos"
    ZPL = "zpl"


class ReceiptPrinterAdapter:
    """The ``ReceiptPrinter`` port over a printer URL (TCP, USB, serial, CUPS, a folder).

    ESC/POS receipt printers do not report status over these connections, so a receipt that was
    taken is reported as sent but unconfirmed, and one that could not be sent as failed with the
    reason. A ZPL receipt printer on a two-way connection is asked for host status like the
    label printer, so paper out, an open head, a pause or a printer that stopped answering are
    named and nothing is held unseen.
    """

    def __init__(
        self,
        url: str,
        *,
        language: ReceiptLanguage = ReceiptLanguage.ESCPOS,
        connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
        write_timeout_s: float = DEFAULT_WRITE_TIMEOUT_S,
    ) -> None:
        self._url = url
        self.language = language
        self._connect_timeout_s = connect_timeout_s
        self._write_timeout_s = write_timeout_s
        self._answers_status = False

    @property
    def name(self) -> str:
        """The printer's address, as the clerk configured it."""
        return self._url

    def render(self, receipt: Receipt) -> bytes:
        """Return the bytes this printer gets for ``receipt``."""
        if self.language is ReceiptLanguage.ZPL:
            return receipt_zpl(receipt)
        return receipt_escpos(receipt)

    def print_receipt(self, receipt: Receipt) -> PrintReport:
        """Send the receipt and report what is known of it."""
        data = self.render(receipt)
        suffix = "zpl" if self.language is ReceiptLanguage.ZPL else "bin"
        try:
            transport = transport_for(
                self._url,
                connect_timeout_s=self._connect_timeout_s,
                write_timeout_s=self._write_timeout_s,
                file_suffix=suffix,
            )
            if self.language is ReceiptLanguage.ZPL and transport.bidirectional:
                return self._print_checked(transport, data)
            with transport:
                transport.write(data)
        except (PrinterError, PrinterUrlError) as error:
            return PrintReport(PrintState.FAILED, self.name, (), (0,), str(error))
        return PrintReport(
            PrintState.SENT_UNCONFIRMED,
            self.name,
            (0,),
            message="Sent; the receipt printer cannot confirm it printed.",
        )

    def _print_checked(self, transport: Transport, zpl: bytes) -> PrintReport:
        # As for the label printer: once it has answered, silence means it is not answering,
        # and a receipt sent into a stalled connection would come out later unannounced.
        printer = ZplPrinter(
            transport,
            status_timeout_s=min(DEFAULT_STATUS_TIMEOUT_S, self._write_timeout_s),
            require_status=self._answers_status,
        )
        result = printer.print_job(zpl)
        if result.status_before is not None or result.status_after is not None:
            self._answers_status = True
        return report_from_result(result, self.name)
