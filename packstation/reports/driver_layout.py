"""Where everything of a driver sheet goes: rows, barcodes and pages, decided before drawing.

Laying the whole carrier section out first means every page knows its "page n of m" and the
signature box is known to fit on the last page before anything is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from packstation.domain.shift import DriverSheet, ManifestLine
from packstation.reports.barcodes import QUIET_ZONE_MODULES, Code128Bars, code128_bars

PAGE_WIDTH_PT: float = A4[0]
PAGE_HEIGHT_PT: float = A4[1]
MARGIN_X_PT = 36.0
MARGIN_TOP_PT = 36.0
MARGIN_BOTTOM_PT = 42.0
CONTENT_WIDTH_PT = PAGE_WIDTH_PT - 2 * MARGIN_X_PT

FIRST_HEADER_PT = 96.0
NEXT_HEADER_PT = 34.0
TABLE_HEADER_PT = 26.0
ROW_TEXT_PT = 13.0
ROW_PAD_BOTTOM_PT = 5.0
BAR_HEIGHT_PT = 20.0
BARCODE_TEXT_PT = 9.0
BARCODE_LINE_PT = BAR_HEIGHT_PT + BARCODE_TEXT_PT + 3.0
EMPTY_SECTION_PT = 24.0
SIGNATURE_BOX_PT = 132.0

# Modules of 0.96 pt (0.34 mm) are exactly 2 pixels at 150 dpi and 4 or 8 printer dots at 300 or
# 600 dpi; with each symbol starting on that 1/150 inch grid every bar edge falls on a pixel edge.
# Off the grid, modules of about 2 px blur into neighbours and a share of symbols fail to decode.
MODULE_PT = 0.96
BAR_GRID_PT = 72 / 150
MIN_MODULE_PT = 0.5
GAP_MODULES = 2 * QUIET_ZONE_MODULES
HUMAN_TEXT_FONT = "Helvetica"
HUMAN_TEXT_SIZE_PT = 7.0
# Printed where the bars would be when a value cannot be a Code 128 symbol.
NO_BARCODE_NOTE = "(cannot be a barcode)"
NO_BARCODE_FONT = "Helvetica-Oblique"

# Columns of the text line, as offsets from the left margin.
NUMBER_X_PT = 0.0
CONSIGNMENT_X_PT = 28.0
CUSTOMER_X_PT = 132.0
PARCELS_RIGHT_PT = 462.0
WEIGHT_RIGHT_PT = CONTENT_WIDTH_PT
# The barcode band under the text line: the consignment's symbol, then the tracking area.
CONSIGNMENT_BARS_X_PT = CONSIGNMENT_X_PT
TRACKING_X_PT = 230.0
# The service heads the tracking column so that both header lines read as one column.
SERVICE_X_PT = TRACKING_X_PT
TRACKING_WIDTH_PT = CONTENT_WIDTH_PT - TRACKING_X_PT
CONSIGNMENT_BARS_MAX_PT = TRACKING_X_PT - CONSIGNMENT_BARS_X_PT - 2 * QUIET_ZONE_MODULES * MODULE_PT


@dataclass(frozen=True)
class PlacedCode:
    """A reference in the barcode band: its bars (None when not encodable) and where they go."""

    text: str
    bars: Code128Bars | None
    module_pt: float
    x_pt: float
    line: int


@dataclass(frozen=True)
class RowPiece:
    """One consignment's row, or a continuation of it when its tracking numbers fill a page."""

    number: int
    line: ManifestLine
    consignment: PlacedCode | None
    tracking: tuple[PlacedCode, ...]
    band_lines: int
    continued: bool

    @property
    def height_pt(self) -> float:
        """The vertical space the piece takes."""
        return ROW_TEXT_PT + self.band_lines * BARCODE_LINE_PT + ROW_PAD_BOTTOM_PT


@dataclass(frozen=True)
class PageLayout:
    """The rows of one page of a carrier section."""

    pieces: tuple[RowPiece, ...]
    first: bool
    last: bool


@dataclass(frozen=True)
class SectionLayout:
    """One carrier's driver sheet, page by page."""

    sheet: DriverSheet
    pages: tuple[PageLayout, ...]


def _fitting_module_pt(bars: Code128Bars, width_pt: float) -> float:
    """Return the module width that keeps ``bars`` within ``width_pt`` (never above the norm)."""
    return max(MIN_MODULE_PT, min(MODULE_PT, width_pt / bars.modules))


def _code_width_pt(code_text: str, bars: Code128Bars | None, module_pt: float) -> float:
    text_pt = float(stringWidth(code_text, HUMAN_TEXT_FONT, HUMAN_TEXT_SIZE_PT))
    if bars is None:
        return max(
            text_pt, float(stringWidth(NO_BARCODE_NOTE, NO_BARCODE_FONT, HUMAN_TEXT_SIZE_PT))
        )
    return max(bars.width_pt(module_pt), text_pt)


def place_tracking(tracking_numbers: tuple[str, ...]) -> tuple[PlacedCode, ...]:
    """Flow the tracking barcodes left to right through the tracking area, line by line."""
    placed: list[PlacedCode] = []
    line, cursor_pt = 0, 0.0
    gap_pt = GAP_MODULES * MODULE_PT
    for number in tracking_numbers:
        bars = code128_bars(number)
        module_pt = MODULE_PT if bars is None else _fitting_module_pt(bars, TRACKING_WIDTH_PT)
        width_pt = min(_code_width_pt(number, bars, module_pt), TRACKING_WIDTH_PT)
        if cursor_pt > 0 and cursor_pt + width_pt > TRACKING_WIDTH_PT:
            line, cursor_pt = line + 1, 0.0
        placed.append(PlacedCode(number, bars, module_pt, cursor_pt, line))
        cursor_pt += width_pt + gap_pt
    return tuple(placed)


def place_consignment(reference: str) -> PlacedCode:
    """Place the consignment's own symbol at the start of the barcode band."""
    bars = code128_bars(reference)
    module_pt = MODULE_PT if bars is None else _fitting_module_pt(bars, CONSIGNMENT_BARS_MAX_PT)
    return PlacedCode(reference, bars, module_pt, CONSIGNMENT_BARS_X_PT, 0)


def _body_pt(first: bool) -> float:
    header_pt = FIRST_HEADER_PT if first else NEXT_HEADER_PT
    return PAGE_HEIGHT_PT - MARGIN_TOP_PT - header_pt - TABLE_HEADER_PT - MARGIN_BOTTOM_PT


def _max_band_lines() -> int:
    """Barcode lines that fit in one row piece on any page (the first page has the least room)."""
    return int((_body_pt(first=True) - ROW_TEXT_PT - ROW_PAD_BOTTOM_PT) // BARCODE_LINE_PT)


def row_pieces(number: int, line: ManifestLine) -> list[RowPiece]:
    """Return the row of ``line``, split when its tracking numbers are more than a page holds."""
    tracking = place_tracking(line.tracking_numbers)
    lines_needed = max(1, 1 + max((code.line for code in tracking), default=0))
    per_piece = _max_band_lines()
    pieces: list[RowPiece] = []
    for first_line in range(0, lines_needed, per_piece):
        chunk = tuple(
            PlacedCode(code.text, code.bars, code.module_pt, code.x_pt, code.line - first_line)
            for code in tracking
            if first_line <= code.line < first_line + per_piece
        )
        band_lines = min(per_piece, lines_needed - first_line)
        consignment = place_consignment(line.reference) if first_line == 0 else None
        pieces.append(RowPiece(number, line, consignment, chunk, band_lines, first_line > 0))
    return pieces


def lay_out_section(sheet: DriverSheet) -> SectionLayout:
    """Split a carrier's rows into pages, keeping room for the signature box on the last."""
    pages: list[list[RowPiece]] = [[]]
    room_pt = _body_pt(first=True)
    if not sheet.lines:
        room_pt -= EMPTY_SECTION_PT
    for number, line in enumerate(sheet.lines, start=1):
        for piece in row_pieces(number, line):
            if piece.height_pt > room_pt and pages[-1]:
                pages.append([])
                room_pt = _body_pt(first=False)
            pages[-1].append(piece)
            room_pt -= piece.height_pt
    if room_pt < SIGNATURE_BOX_PT:
        pages.append([])
    count = len(pages)
    return SectionLayout(
        sheet=sheet,
        pages=tuple(
            PageLayout(tuple(pieces), first=index == 0, last=index == count - 1)
            for index, pieces in enumerate(pages)
        ),
    )
