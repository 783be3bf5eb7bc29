"""The counter receipt: its lines, the exact ESC/POS and ZPL bytes, and the printer adapter."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PIL import ImageChops

from packstation.domain.booking import Receipt
from packstation.domain.labels import PrintState
from packstation.domain.shipment import DeliveryPromise
from packstation.printing.receipt import (
    ZPL_WIDTH_DOTS,
    LineStyle,
    ReceiptLanguage,
    ReceiptPrinterAdapter,
    receipt_escpos,
    receipt_lines,
    receipt_zpl,
)
from packstation.printing.zpl import render_zpl

# ESC/POS as python-escpos 3.1 writes it: ESC ! n (print mode), ESC E n (bold), ESC a n (align).
INIT = b"\x1b@"
TITLE = b"\x1b!\x00\x1b!\x00\x1b!\x30\x1bE\x01\x1ba\x01"  # double width and height, bold, centre
PLAIN = b"\x1b!\x00\x1b!\x00\x1b!\x00\x1bE\x00\x1ba\x00"
TOTAL = b"\x1b!\x00\x1b!\x00\x1b!\x10\x1bE\x01\x1ba\x00"  # double height, bold
CODE_PAGE_437 = b"\x1bt\x00"
CUT = b"\x1bd\x06\x1dV\x00"  # feed 6 lines, full cut


def receipt(**changes: Any) -> Receipt:
    base = Receipt(
        station="Counter 1",
        consignment_reference="EC-000-000-001",
        client_reference="C1-20261123-AB",
        booked_at=datetime(2026, 11, 23, 9, 5, tzinfo=UTC),
        carrier="Carrier X",
        service="Next Day",
        price_gross=Decimal("6.9"),
        currency="GBP",
        tracking_numbers=("TRK1",),
        destination="Ana, Leeds",
        parcel_count=1,
        promise=DeliveryPromise(None, datetime(2026, 11, 24, tzinfo=UTC)),
    )
    return replace(base, **changes)


def test_lines_name_everything_the_customer_needs() -> None:
    lines = receipt_lines(receipt(customer_reference="EBAY-1", pickup_point="Shop, 2 Low St"), 30)
    assert [(line.style, line.text) for line in lines] == [
        (LineStyle.TITLE, "Counter 1"),
        (LineStyle.PLAIN, "23 Nov 2026 09:05"),
        (LineStyle.RULE, "-" * 30),
        (LineStyle.PLAIN, "Consignment: EC-000-000-001"),
        (LineStyle.PLAIN, "Booking: C1-20261123-AB"),
        (LineStyle.PLAIN, "Your reference: EBAY-1"),
        (LineStyle.PLAIN, "Carrier: Carrier X"),
        (LineStyle.PLAIN, "Service: Next Day"),
        (LineStyle.PLAIN, "Delivery: by Tue 24 Nov 2026"),
        (LineStyle.PLAIN, "Collect from: Shop, 2 Low St"),
        (LineStyle.PLAIN, "To: Ana, Leeds"),
        (LineStyle.PLAIN, "Parcels: 1"),
        (LineStyle.PLAIN, "Tracking: TRK1"),
        (LineStyle.RULE, "-" * 30),
        (LineStyle.TOTAL, "Price: 6.90 GBP"),
        (LineStyle.PLAIN, "Keep this receipt to follow"),
        (LineStyle.PLAIN, "your parcel."),
    ]


def test_long_values_wrap_with_an_indent_and_control_characters_go() -> None:
    lines = receipt_lines(receipt(destination="Ana\x1b@ Lopez, 13 Porter Street, Manchester"), 24)
    texts = [line.text for line in lines]
    start = texts.index("To: Ana @ Lopez, 13")
    assert texts[start : start + 3] == ["To: Ana @ Lopez, 13", "  Porter Street,", "  Manchester"]
    assert all("\x1b" not in text for text in texts)


def test_escpos_bytes_exactly() -> None:
    small = receipt(tracking_numbers=(), promise=None, destination="", parcel_count=1)
    data = receipt_escpos(small, width_chars=20)
    assert data == (
        INIT
        + TITLE
        + CODE_PAGE_437
        + b"Counter 1\n"
        + PLAIN
        + b"23 Nov 2026 09:05\n"
        + b"--------------------\n"
        + b"Consignment:\n  EC-000-000-001\n"
        + b"Booking:\n  C1-20261123-AB\n"
        + b"Carrier: Carrier X\n"
        + b"Service: Next Day\n"
        + b"Parcels: 1\n"
        + b"--------------------\n"
        + TOTAL
        + b"Price: 6.90 GBP\n"
        + PLAIN
        + b"Keep this receipt to\nfollow your parcel.\n"
        + CUT
    )


def test_escpos_letters_outside_ascii_use_the_code_page() -> None:
    data = receipt_escpos(receipt(destination="Zoë"))
    assert CODE_PAGE_437 + b"Counter 1\n" in data
    assert b"To: Zo\x89\n" in data  # e with diaeresis in code page 437


def test_zpl_bytes_exactly_with_escaped_fields() -> None:
    small = receipt(
        station="Bench ^XA",
        tracking_numbers=(),
        promise=None,
        destination="Zoë~JA",
        price_gross=None,
    )
    assert receipt_zpl(small, width_chars=40) == (
        b"^XA^CI28^PW812^LL476"
        b"^FO30,30^A0N,48,48^FH_^FDBench _5EXA^FS"
        b"^FO30,86^A0N,28,28^FH_^FD23 Nov 2026 09:05^FS"
        b"^FO30,122^A0N,28,28^FH_^FD----------------------------------------^FS"
        b"^FO30,158^A0N,28,28^FH_^FDConsignment: EC-000-000-001^FS"
        b"^FO30,194^A0N,28,28^FH_^FDBooking: C1-20261123-AB^FS"
        b"^FO30,230^A0N,28,28^FH_^FDCarrier: Carrier X^FS"
        b"^FO30,266^A0N,28,28^FH_^FDService: Next Day^FS"
        b"^FO30,302^A0N,28,28^FH_^FDTo: Zo_C3_AB_7EJA^FS"
        b"^FO30,338^A0N,28,28^FH_^FDParcels: 1^FS"
        b"^FO30,374^A0N,28,28^FH_^FD----------------------------------------^FS"
        b"^FO30,410^A0N,28,28^FH_^FDKeep this receipt to follow your parcel.^FS"
        b"^XZ"
    )


def test_zpl_receipt_renders_within_the_label() -> None:
    widest = receipt(station="W" * 40, destination="W" * 120, customer_reference="Zoë ^XA")
    rendered = render_zpl(receipt_zpl(widest))
    assert len(rendered.images) == 1
    assert (rendered.skipped_commands, rendered.warnings) == ([], [])
    ink = ImageChops.invert(rendered.images[0].convert("L")).getbbox()
    assert ink is not None and ink[2] < ZPL_WIDTH_DOTS  # nothing runs off the right edge


def test_a_long_station_name_wraps_at_double_width() -> None:
    lines = receipt_lines(receipt(station="Manchester Piccadilly Counter 2"), 30)
    titles = [line.text for line in lines if line.style is LineStyle.TITLE]
    assert titles == ["Manchester", "Piccadilly", "Counter 2"]


def test_adapter_writes_the_job_and_says_it_is_unconfirmed(tmp_path: Path) -> None:
    printer = ReceiptPrinterAdapter(f"file://{tmp_path}", language=ReceiptLanguage.ZPL)
    report = printer.print_receipt(receipt())
    assert report.state is PrintState.SENT_UNCONFIRMED and report.complete
    assert report.printer == f"file://{tmp_path}"
    [job] = tmp_path.iterdir()
    assert job.suffix == ".zpl" and job.read_bytes() == receipt_zpl(receipt())


def test_adapter_sends_escpos_by_default(tmp_path: Path) -> None:
    printer = ReceiptPrinterAdapter(f"file://{tmp_path}")
    printer.print_receipt(receipt())
    [job] = tmp_path.iterdir()
    assert job.suffix == ".bin" and job.read_bytes() == receipt_escpos(receipt())


def test_adapter_reports_an_unreachable_printer_as_failed() -> None:
    printer = ReceiptPrinterAdapter("tcp://127.0.0.1:1", connect_timeout_s=2.0, write_timeout_s=2.0)
    report = printer.print_receipt(receipt())
    assert report.state is PrintState.FAILED and report.not_printed == (0,)
    assert "127.0.0.1" in report.message


def test_adapter_reports_a_malformed_address_as_failed() -> None:
    report = ReceiptPrinterAdapter("nonsense").print_receipt(receipt())
    assert report.state is PrintState.FAILED and "nonsense" in report.message
