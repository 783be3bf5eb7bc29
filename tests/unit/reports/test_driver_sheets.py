"""Driver sheets read back from the PDF: sections, pages, text, barcodes and the signature box."""

from __future__ import annotations

import pytest

from packstation.domain.shift import DriverSheet
from packstation.reports import ReportlabShiftDocuments
from tests.unit.reports.builders import CLOSED_AT, driver_sheets
from tests.unit.reports.pdfs import page_barcodes, page_count, page_numbers, page_texts

DOCUMENTS = ReportlabShiftDocuments()


@pytest.fixture(scope="module")
def small_shift() -> tuple[list[DriverSheet], bytes]:
    sheets = driver_sheets(packs=45, carriers=3)
    return sheets, DOCUMENTS.driver_sheets(sheets)


def section_bounds(texts: list[str]) -> list[tuple[int, int]]:
    """Return (first page, end page) of every carrier section, found by its full header."""
    starts = [
        index
        for index, text in enumerate(texts)
        if "Driver sheet: " in text and "(continued)" not in text
    ]
    return list(zip(starts, [*starts[1:], len(texts)], strict=True))


def lines_on_page(sheets: list[DriverSheet], text: str) -> list[tuple[str, ...]]:
    """Return, for each consignment listed on a page, its reference and tracking numbers."""
    return [
        (line.reference, *line.tracking_numbers)
        for sheet in sheets
        for line in sheet.lines
        if line.reference in text
    ]


def expected_codes(sheets: list[DriverSheet], text: str) -> list[str]:
    return sorted(code for codes in lines_on_page(sheets, text) for code in codes)


def test_each_carrier_starts_a_new_page_with_its_own_page_numbers(small_shift) -> None:
    sheets, pdf = small_shift
    texts = page_texts(pdf)
    bounds = section_bounds(texts)
    assert len(bounds) == len(sheets)
    for sheet, (first, end) in zip(sheets, bounds, strict=True):
        assert f"Driver sheet: {sheet.carrier}" in texts[first]
        pages = end - first
        assert [page_numbers(text) for text in texts[first:end]] == [
            (number, pages) for number in range(1, pages + 1)
        ]
        for text in texts[first + 1 : end]:
            assert f"Driver sheet: {sheet.carrier} (continued)" in text


def test_header_gives_station_location_time_and_counts(small_shift) -> None:
    sheets, pdf = small_shift
    texts = page_texts(pdf)
    for sheet, (first, _end) in zip(sheets, section_bounds(texts), strict=True):
        header = texts[first]
        assert "Station: Bench 3" in header
        assert "Shipping location: SL-LEEDS" in header
        assert f"Closed {CLOSED_AT:%Y-%m-%d %H:%M} UTC" in header
        assert f"Consignments\r\n{len(sheet.lines)}" in header
        assert f"Parcels\r\n{sheet.parcel_count}" in header
        assert f"{sheet.weight_kg:,.2f} kg" in header


def test_every_consignment_and_tracking_number_is_listed_once(small_shift) -> None:
    sheets, pdf = small_shift
    everything = "\n".join(page_texts(pdf))
    for sheet in sheets:
        for line in sheet.lines:
            assert everything.count(line.reference) == 1
            for number in line.tracking_numbers:
                assert everything.count(number) == 1


def test_a_row_shows_customer_reference_service_parcels_and_weight(small_shift) -> None:
    sheets, pdf = small_shift
    texts = page_texts(pdf)
    line = sheets[1].lines[0]
    page = next(text for text in texts if line.reference in text)
    row = page[page.index(line.reference) :].splitlines()[0]
    assert row.split() == [
        line.reference,
        line.customer_reference,
        *line.service.split(),
        str(line.parcel_count),
        f"{line.weight_kg:.2f}",
    ]


def test_table_header_is_repeated_on_every_page(small_shift) -> None:
    _sheets, pdf = small_shift
    for text in page_texts(pdf):
        assert "Customer reference" in text
        assert "Tracking numbers" in text


@pytest.mark.parametrize("dpi", [150, 200])
def test_barcodes_decode_to_the_references_listed_on_the_page(small_shift, dpi: int) -> None:
    sheets, pdf = small_shift
    texts = page_texts(pdf)
    for page_index in (0, len(texts) // 2):
        expected = expected_codes(sheets, texts[page_index])
        assert expected, "the sampled page lists consignments"
        assert page_barcodes(pdf, page_index, dpi) == expected


def test_signature_box_closes_each_carrier_section(small_shift) -> None:
    sheets, pdf = small_shift
    texts = page_texts(pdf)
    for sheet, (first, end) in zip(sheets, section_bounds(texts), strict=True):
        last = texts[end - 1]
        assert "Driver signature" in last
        for label in ("Driver name", "Signature", "Date and time", "Parcels counted"):
            assert label in last
        statement = (
            f"I collected {sheet.parcel_count} parcels in {len(sheet.lines)} consignments "
            f"for {sheet.carrier}"
        )
        assert statement in last
        assert all("Driver signature" not in text for text in texts[first : end - 1])


def test_a_thousand_pack_shift_pages_and_samples_decode() -> None:
    sheets = driver_sheets(packs=1000, carriers=5)
    pdf = DOCUMENTS.driver_sheets(sheets)
    texts = page_texts(pdf)
    bounds = section_bounds(texts)
    assert len(bounds) == 5
    assert page_count(pdf) == sum(page_numbers(texts[first])[1] for first, _ in bounds)
    everything = "\n".join(texts)
    assert all(everything.count(line.reference) == 1 for sheet in sheets for line in sheet.lines)
    last_with_rows = max(index for index, text in enumerate(texts) if "EC-" in text)
    for page_index in (0, len(texts) // 2, last_with_rows):
        expected = expected_codes(sheets, texts[page_index])
        assert expected
        assert page_barcodes(pdf, page_index) == expected


def test_output_is_the_same_bytes_for_the_same_shift(small_shift) -> None:
    sheets, pdf = small_shift
    assert DOCUMENTS.driver_sheets(sheets) == pdf


def test_no_carriers_gives_one_page_saying_nothing_was_manifested() -> None:
    pdf = DOCUMENTS.driver_sheets([])
    texts = page_texts(pdf)
    assert len(texts) == 1
    assert "Nothing was manifested" in texts[0]
    assert page_numbers(texts[0]) == (1, 1)
    assert page_barcodes(pdf, 0) == []


def test_a_carrier_without_consignments_still_gets_a_page_to_sign() -> None:
    empty = DriverSheet("Evri", "Bench 3", "SL-LEEDS", CLOSED_AT, ())
    texts = page_texts(DOCUMENTS.driver_sheets([empty]))
    assert len(texts) == 1
    assert "No consignments for this carrier." in texts[0]
    assert "I collected 0 parcels in 0 consignments for Evri" in texts[0]
