"""Driver sheets with awkward content: hostile text, long lists, values a barcode cannot carry."""

from __future__ import annotations

from decimal import Decimal

from packstation.domain.shift import DriverSheet, ManifestLine
from packstation.reports import ReportlabShiftDocuments
from tests.unit.reports.builders import CLOSED_AT, manifest_line, tracking_number
from tests.unit.reports.pdfs import page_barcodes, page_numbers, page_texts

DOCUMENTS = ReportlabShiftDocuments()
HOSTILE = '<b>Smith & Sons</b> <font size="40">x</font> &amp; <script>'


def sheet_of(*lines: ManifestLine, carrier: str = "DPD UK") -> DriverSheet:
    return DriverSheet(carrier, "Bench 3", "SL-LEEDS", CLOSED_AT, lines)


def test_markup_and_ampersands_are_printed_as_written() -> None:
    line = ManifestLine(
        "EC-000-05B-MMA", HOSTILE, "Next & <Day>", ("JD0002212345",), 1, Decimal("2")
    )
    sheet = DriverSheet("A&B <Express>", "<Bench>", "SL & <X>", CLOSED_AT, (line,))
    text = page_texts(DOCUMENTS.driver_sheets([sheet]))[0]
    assert "Driver sheet: A&B <Express>" in text
    assert "Station: <Bench>" in text
    assert "Shipping location: SL & <X>" in text
    assert "Next & <Day>" in text
    # The customer reference is cut to its column, but what is shown is the literal text.
    shown = text[text.index("EC-000-05B-MMA") :].splitlines()[0]
    assert "<b>Smith & Sons</b>" in shown


def test_control_characters_are_dropped_and_foreign_letters_folded() -> None:
    line = ManifestLine(
        "EC-000-05B-MMA", "ORD\x07-1\x1b[2J", "Łódź Express 快递", ("JD0002212345",), 1, Decimal(1)
    )
    text = page_texts(DOCUMENTS.driver_sheets([sheet_of(line)]))[0]
    assert "ORD-1[2J" in text
    assert "\x07" not in text and "\x1b" not in text
    assert "Lódz Express ??" in text


def test_a_long_customer_reference_is_cut_with_an_ellipsis() -> None:
    line = ManifestLine(
        "EC-000-05B-MMA", "CUSTOMER-" + "X" * 200, "Tracked 24", ("JD0002212345",), 1, Decimal(1)
    )
    text = page_texts(DOCUMENTS.driver_sheets([sheet_of(line)]))[0]
    row = text[text.index("EC-000-05B-MMA") :].splitlines()[0]
    assert "CUSTOMER-XXX" in row
    assert "\u2026" in row
    assert "X" * 200 not in row


def test_weights_keep_their_grams() -> None:
    line = ManifestLine(
        "EC-000-05B-MMA", "ORD-1", "Tracked 24", ("JD0002212345",), 1, Decimal("1.234")
    )
    text = page_texts(DOCUMENTS.driver_sheets([sheet_of(line)]))[0]
    assert "1.234" in text


def test_a_tracking_number_that_cannot_be_a_barcode_is_still_listed() -> None:
    line = ManifestLine(
        "EC-000-05B-MMA", "ORD-1", "Tracked 24", ("TRK-Ü-1", "JD0002212345"), 2, Decimal(1)
    )
    pdf = DOCUMENTS.driver_sheets([sheet_of(line)])
    text = page_texts(pdf)[0]
    assert "TRK-Ü-1" in text
    assert "(cannot be a barcode)" in text
    assert page_barcodes(pdf, 0) == ["EC-000-05B-MMA", "JD0002212345"]


def test_a_consignment_with_many_parcels_continues_on_the_next_page() -> None:
    big = manifest_line(7, parcels=60)
    pdf = DOCUMENTS.driver_sheets([sheet_of(manifest_line(1, 1), big, manifest_line(9, 2))])
    texts = page_texts(pdf)
    assert len(texts) > 1
    everything = "\n".join(texts)
    assert all(everything.count(number) == 1 for number in big.tracking_numbers)
    assert f"{big.reference} (continued)" in everything
    continued = next(index for index, text in enumerate(texts) if big.reference in text)
    decoded = page_barcodes(pdf, continued + 1)
    on_page = [number for number in big.tracking_numbers if number in texts[continued + 1]]
    assert on_page
    assert set(on_page) <= set(decoded)
    pages = len(texts)
    assert [page_numbers(text) for text in texts] == [(n, pages) for n in range(1, pages + 1)]


def test_a_consignment_without_tracking_numbers_says_so() -> None:
    line = ManifestLine("EC-000-05B-MMA", "ORD-1", "Collect", (), 1, Decimal(1))
    pdf = DOCUMENTS.driver_sheets([sheet_of(line)])
    assert "no tracking number" in page_texts(pdf)[0]
    assert page_barcodes(pdf, 0) == ["EC-000-05B-MMA"]


def test_short_tracking_numbers_share_a_line_and_all_decode() -> None:
    numbers = tuple(f"JD{index:012d}" for index in range(6))
    line = ManifestLine("EC-000-05B-MMA", "ORD-1", "Tracked 24", numbers, 6, Decimal(6))
    pdf = DOCUMENTS.driver_sheets([sheet_of(line)])
    assert page_barcodes(pdf, 0) == sorted(["EC-000-05B-MMA", *numbers])


def test_a_very_long_tracking_number_is_narrowed_to_fit() -> None:
    long_number = tracking_number(1, 1) * 3
    line = ManifestLine("EC-000-05B-MMA", "ORD-1", "Freight", (long_number,), 1, Decimal(30))
    pdf = DOCUMENTS.driver_sheets([sheet_of(line)])
    assert page_barcodes(pdf, 0, dpi=300) == sorted(["EC-000-05B-MMA", long_number])
