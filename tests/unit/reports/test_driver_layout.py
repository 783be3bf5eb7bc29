"""Pagination of driver sheets: every row once, in order, within the page, signature room kept."""

from __future__ import annotations

import pytest

from packstation.domain.shift import DriverSheet
from packstation.reports import driver_layout as geo
from packstation.reports.driver_layout import lay_out_section, place_tracking
from tests.unit.reports.builders import CLOSED_AT, driver_sheets, manifest_line


def body_pt(first: bool) -> float:
    header_pt = geo.FIRST_HEADER_PT if first else geo.NEXT_HEADER_PT
    return (
        geo.PAGE_HEIGHT_PT
        - geo.MARGIN_TOP_PT
        - header_pt
        - geo.TABLE_HEADER_PT
        - geo.MARGIN_BOTTOM_PT
    )


@pytest.mark.parametrize("packs", [1, 7, 60, 333])
def test_rows_stay_in_order_within_the_pages_with_room_to_sign(packs: int) -> None:
    sheet = driver_sheets(packs=packs, carriers=1)[0]
    layout = lay_out_section(sheet)
    firsts = [piece.line for page in layout.pages for piece in page.pieces if not piece.continued]
    assert firsts == list(sheet.lines)
    for page in layout.pages:
        used_pt = sum(piece.height_pt for piece in page.pieces)
        assert used_pt <= body_pt(page.first)
        if page.last:
            assert used_pt + geo.SIGNATURE_BOX_PT <= body_pt(page.first)
    assert [page.last for page in layout.pages] == [False] * (len(layout.pages) - 1) + [True]
    assert [page.first for page in layout.pages] == [True] + [False] * (len(layout.pages) - 1)


def test_a_row_too_tall_for_a_page_is_split_into_continued_pieces() -> None:
    big = manifest_line(3, parcels=150)
    layout = lay_out_section(DriverSheet("Evri", "Bench 3", "SL-LEEDS", CLOSED_AT, (big,)))
    pieces = [piece for page in layout.pages for piece in page.pieces]
    assert len(pieces) > 1
    assert [piece.continued for piece in pieces] == [False] + [True] * (len(pieces) - 1)
    assert pieces[0].consignment is not None
    assert all(piece.consignment is None for piece in pieces[1:])
    placed = [code.text for piece in pieces for code in piece.tracking]
    assert placed == list(big.tracking_numbers)
    for piece in pieces:
        assert all(0 <= code.line < piece.band_lines for code in piece.tracking)


def test_tracking_codes_flow_within_the_tracking_area() -> None:
    numbers = tuple(f"JD{index:012d}" for index in range(5)) + ("1Z9A80W5D991115692",)
    placed = place_tracking(numbers)
    assert [code.text for code in placed] == list(numbers)
    for code in placed:
        assert code.bars is not None
        assert code.x_pt + code.bars.width_pt(code.module_pt) <= geo.TRACKING_WIDTH_PT
    lines = [code.line for code in placed]
    assert lines == sorted(lines)
    assert len(set(lines)) < len(placed), "short numbers share a line"


def test_an_empty_section_is_one_page() -> None:
    layout = lay_out_section(DriverSheet("Evri", "Bench 3", "SL-LEEDS", CLOSED_AT, ()))
    assert len(layout.pages) == 1
    assert layout.pages[0].pieces == ()
