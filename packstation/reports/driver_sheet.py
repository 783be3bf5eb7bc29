"""Drawing a carrier's driver sheet onto a reportlab canvas from its precomputed layout."""

from __future__ import annotations

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas

from packstation.domain.shift import DriverSheet
from packstation.reports import driver_layout as geo
from packstation.reports.barcodes import draw_bars
from packstation.reports.driver_layout import PageLayout, PlacedCode, RowPiece, SectionLayout
from packstation.reports.text import fit, format_count, format_kg, format_when, printable

REGULAR = "Helvetica"
BOLD = "Helvetica-Bold"
OBLIQUE = "Helvetica-Oblique"
GREY = Color(0.35, 0.35, 0.35)
RULE_GREY = Color(0.7, 0.7, 0.7)
SHADE = Color(0.92, 0.92, 0.92)
ROW_FONT_SIZE_PT = 8.5
TOP_PT = geo.PAGE_HEIGHT_PT - geo.MARGIN_TOP_PT
LEFT_PT = geo.MARGIN_X_PT
RIGHT_PT = geo.MARGIN_X_PT + geo.CONTENT_WIDTH_PT
FOOTER_BASELINE_PT = 24.0


def draw_section(canvas: Canvas, layout: SectionLayout, outline_key: str) -> None:
    """Draw every page of one carrier's section, each page finished with ``showPage``."""
    sheet = layout.sheet
    page_count = len(layout.pages)
    for page_number, page in enumerate(layout.pages, start=1):
        if page.first:
            canvas.bookmarkPage(outline_key)
            canvas.addOutlineEntry(printable(sheet.carrier) or "Carrier", outline_key, level=0)
            _draw_first_header(canvas, sheet)
        else:
            _draw_next_header(canvas, sheet)
        _draw_page_rows(canvas, sheet, page)
        if page.last:
            _draw_signature_box(canvas, sheet)
        _draw_footer(canvas, sheet, page_number, page_count)
        canvas.showPage()


def draw_nothing_manifested(canvas: Canvas) -> None:
    """Draw the single page that says there is nothing for a driver to collect."""
    canvas.setFont(BOLD, 16)
    canvas.drawString(LEFT_PT, TOP_PT - 16, "Driver sheets")
    canvas.setFont(REGULAR, 10)
    canvas.drawString(
        LEFT_PT, TOP_PT - 40, "Nothing was manifested in this shift: no carrier has parcels to"
    )
    canvas.drawString(LEFT_PT, TOP_PT - 54, "collect, so there is no driver sheet to sign.")
    _draw_page_number(canvas, 1, 1)
    canvas.showPage()


def _section_identity(sheet: DriverSheet) -> str:
    return (
        f"Station {printable(sheet.station)} \u00b7 shipping location "
        f"{printable(sheet.location)} \u00b7 closed {format_when(sheet.closed_at)}"
    )


def _draw_first_header(canvas: Canvas, sheet: DriverSheet) -> None:
    canvas.setFillColor(black)
    canvas.setFont(REGULAR, 9)
    closed = f"Closed {format_when(sheet.closed_at)}"
    canvas.drawRightString(RIGHT_PT, TOP_PT - 14, closed)
    title_width_pt = geo.CONTENT_WIDTH_PT - canvas.stringWidth(closed, REGULAR, 9) - 12
    canvas.setFont(BOLD, 16)
    canvas.drawString(
        LEFT_PT, TOP_PT - 16, fit(f"Driver sheet: {sheet.carrier}", BOLD, 16, title_width_pt)
    )
    canvas.setFont(REGULAR, 9)
    where = f"Station: {sheet.station}    Shipping location: {sheet.location}"
    canvas.drawString(LEFT_PT, TOP_PT - 32, fit(where, REGULAR, 9, geo.CONTENT_WIDTH_PT))
    box_top_pt, box_height_pt = TOP_PT - 42, 42.0
    canvas.setFillColor(SHADE)
    canvas.rect(LEFT_PT, box_top_pt - box_height_pt, geo.CONTENT_WIDTH_PT, box_height_pt, 0, 1)
    figures = (
        ("Consignments", format_count(len(sheet.lines))),
        ("Parcels", format_count(sheet.parcel_count)),
        ("Total weight", f"{format_kg(sheet.weight_kg)} kg"),
    )
    cell_width_pt = geo.CONTENT_WIDTH_PT / len(figures)
    for index, (label, value) in enumerate(figures):
        x_pt = LEFT_PT + 10 + index * cell_width_pt
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(x_pt, box_top_pt - 12, label)
        canvas.setFillColor(black)
        canvas.setFont(BOLD, 14)
        canvas.drawString(x_pt, box_top_pt - 32, value)
    _draw_table_header(canvas, TOP_PT - geo.FIRST_HEADER_PT)


def _draw_next_header(canvas: Canvas, sheet: DriverSheet) -> None:
    canvas.setFillColor(black)
    canvas.setFont(BOLD, 11)
    title = f"Driver sheet: {sheet.carrier} (continued)"
    canvas.drawString(LEFT_PT, TOP_PT - 12, fit(title, BOLD, 11, geo.CONTENT_WIDTH_PT))
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(GREY)
    identity = fit(_section_identity(sheet), REGULAR, 8, geo.CONTENT_WIDTH_PT)
    canvas.drawString(LEFT_PT, TOP_PT - 25, identity)
    canvas.setFillColor(black)
    _draw_table_header(canvas, TOP_PT - geo.NEXT_HEADER_PT)


def _draw_table_header(canvas: Canvas, top_pt: float) -> None:
    height_pt = geo.TABLE_HEADER_PT - 3
    canvas.setFillColor(SHADE)
    canvas.rect(LEFT_PT, top_pt - height_pt, geo.CONTENT_WIDTH_PT, height_pt, 0, 1)
    canvas.setFillColor(black)
    canvas.setFont(BOLD, 7.5)
    first_pt, second_pt = top_pt - 9, top_pt - 19
    canvas.drawString(LEFT_PT + geo.NUMBER_X_PT + 2, first_pt, "No.")
    canvas.drawString(LEFT_PT + geo.CONSIGNMENT_X_PT, first_pt, "Consignment")
    canvas.drawString(LEFT_PT + geo.CUSTOMER_X_PT, first_pt, "Customer reference")
    canvas.drawString(LEFT_PT + geo.SERVICE_X_PT, first_pt, "Service")
    canvas.drawRightString(LEFT_PT + geo.PARCELS_RIGHT_PT, first_pt, "Parcels")
    canvas.drawRightString(LEFT_PT + geo.WEIGHT_RIGHT_PT - 2, first_pt, "Weight kg")
    canvas.drawString(LEFT_PT + geo.CONSIGNMENT_BARS_X_PT, second_pt, "Consignment barcode")
    canvas.drawString(LEFT_PT + geo.TRACKING_X_PT, second_pt, "Tracking numbers")


def _draw_page_rows(canvas: Canvas, sheet: DriverSheet, page: PageLayout) -> None:
    header_pt = geo.FIRST_HEADER_PT if page.first else geo.NEXT_HEADER_PT
    y_pt = TOP_PT - header_pt - geo.TABLE_HEADER_PT
    if not sheet.lines:
        canvas.setFont(OBLIQUE, 9)
        canvas.drawString(LEFT_PT + 2, y_pt - 12, "No consignments for this carrier.")
        return
    for piece in page.pieces:
        _draw_piece(canvas, piece, y_pt)
        y_pt -= piece.height_pt


def _draw_piece(canvas: Canvas, piece: RowPiece, top_pt: float) -> None:
    baseline_pt = top_pt - 10
    line = piece.line
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 7.5)
    canvas.drawString(LEFT_PT + geo.NUMBER_X_PT + 2, baseline_pt, format_count(piece.number))
    canvas.setFillColor(black)
    canvas.setFont(BOLD, ROW_FONT_SIZE_PT)
    column_pt = geo.CUSTOMER_X_PT - geo.CONSIGNMENT_X_PT - 4
    reference_text = fit(line.reference, BOLD, ROW_FONT_SIZE_PT, column_pt)
    canvas.drawString(LEFT_PT + geo.CONSIGNMENT_X_PT, baseline_pt, reference_text)
    if piece.continued:
        canvas.setFont(OBLIQUE, ROW_FONT_SIZE_PT)
        canvas.drawString(LEFT_PT + geo.CUSTOMER_X_PT, baseline_pt, "(continued)")
    else:
        _draw_row_details(canvas, piece, baseline_pt)
    band_top_pt = top_pt - geo.ROW_TEXT_PT
    if piece.consignment is not None:
        _draw_code(canvas, piece.consignment, LEFT_PT, band_top_pt, human_text=False)
    if not line.tracking_numbers:
        canvas.setFont(OBLIQUE, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(LEFT_PT + geo.TRACKING_X_PT, band_top_pt - 14, "no tracking number")
        canvas.setFillColor(black)
    for code in piece.tracking:
        _draw_code(canvas, code, LEFT_PT + geo.TRACKING_X_PT, band_top_pt, human_text=True)
    bottom_pt = top_pt - piece.height_pt
    canvas.setStrokeColor(RULE_GREY)
    canvas.setLineWidth(0.4)
    canvas.line(LEFT_PT, bottom_pt, RIGHT_PT, bottom_pt)


def _draw_row_details(canvas: Canvas, piece: RowPiece, baseline_pt: float) -> None:
    line = piece.line
    canvas.setFont(REGULAR, ROW_FONT_SIZE_PT)
    customer_pt = geo.SERVICE_X_PT - geo.CUSTOMER_X_PT - 6
    service_pt = geo.PARCELS_RIGHT_PT - geo.SERVICE_X_PT - 40
    customer = fit(line.customer_reference, REGULAR, ROW_FONT_SIZE_PT, customer_pt)
    canvas.drawString(LEFT_PT + geo.CUSTOMER_X_PT, baseline_pt, customer)
    service = fit(line.service, REGULAR, ROW_FONT_SIZE_PT, service_pt)
    canvas.drawString(LEFT_PT + geo.SERVICE_X_PT, baseline_pt, service)
    canvas.drawRightString(
        LEFT_PT + geo.PARCELS_RIGHT_PT, baseline_pt, format_count(line.parcel_count)
    )
    canvas.drawRightString(
        LEFT_PT + geo.WEIGHT_RIGHT_PT - 2, baseline_pt, format_kg(line.weight_kg)
    )


def _draw_code(
    canvas: Canvas, code: PlacedCode, area_x_pt: float, band_top_pt: float, *, human_text: bool
) -> None:
    x_pt = round((area_x_pt + code.x_pt) / geo.BAR_GRID_PT) * geo.BAR_GRID_PT
    bars_bottom_pt = band_top_pt - code.line * geo.BARCODE_LINE_PT - 2 - geo.BAR_HEIGHT_PT
    text_baseline_pt = bars_bottom_pt - 7.5
    canvas.setFillColor(black)
    if code.bars is None:
        canvas.setFont(geo.NO_BARCODE_FONT, geo.HUMAN_TEXT_SIZE_PT)
        canvas.setFillColor(GREY)
        canvas.drawString(x_pt, bars_bottom_pt + 8, geo.NO_BARCODE_NOTE)
        canvas.setFillColor(black)
    else:
        draw_bars(canvas, code.bars, x_pt, bars_bottom_pt, code.module_pt, geo.BAR_HEIGHT_PT)
    if human_text or code.bars is None:
        canvas.setFont(geo.HUMAN_TEXT_FONT, geo.HUMAN_TEXT_SIZE_PT)
        text = fit(code.text, geo.HUMAN_TEXT_FONT, geo.HUMAN_TEXT_SIZE_PT, geo.TRACKING_WIDTH_PT)
        canvas.drawString(x_pt, text_baseline_pt, text)


def _draw_signature_box(canvas: Canvas, sheet: DriverSheet) -> None:
    bottom_pt = geo.MARGIN_BOTTOM_PT
    height_pt = geo.SIGNATURE_BOX_PT - 10
    top_pt = bottom_pt + height_pt
    canvas.setStrokeColor(black)
    canvas.setLineWidth(1)
    canvas.rect(LEFT_PT, bottom_pt, geo.CONTENT_WIDTH_PT, height_pt, 1, 0)
    canvas.setFillColor(black)
    canvas.setFont(BOLD, 10)
    canvas.drawString(LEFT_PT + 8, top_pt - 14, "Driver signature")
    canvas.setFont(REGULAR, 8.5)
    statement = (
        f"I collected {format_count(sheet.parcel_count)} parcels in "
        f"{format_count(len(sheet.lines))} consignments for {sheet.carrier} from shipping "
        f"location {sheet.location}, as listed on this sheet."
    )
    canvas.drawString(
        LEFT_PT + 8, top_pt - 28, fit(statement, REGULAR, 8.5, geo.CONTENT_WIDTH_PT - 16)
    )
    fields = (
        ("Driver name", "Signature"),
        ("Date and time", f"Parcels counted (sheet: {format_count(sheet.parcel_count)})"),
    )
    field_height_pt, field_width_pt = 38.0, (geo.CONTENT_WIDTH_PT - 24) / 2
    canvas.setLineWidth(0.6)
    for row, labels in enumerate(fields):
        field_top_pt = top_pt - 36 - row * (field_height_pt + 4)
        for column, label in enumerate(labels):
            x_pt = LEFT_PT + 8 + column * (field_width_pt + 8)
            canvas.rect(x_pt, field_top_pt - field_height_pt, field_width_pt, field_height_pt, 1, 0)
            canvas.setFillColor(GREY)
            canvas.setFont(REGULAR, 7.5)
            canvas.drawString(x_pt + 4, field_top_pt - 10, label)
    canvas.setFillColor(black)


def _draw_footer(canvas: Canvas, sheet: DriverSheet, page_number: int, page_count: int) -> None:
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 7.5)
    identity = f"{printable(sheet.carrier)} \u00b7 {_section_identity(sheet)}"
    canvas.drawString(LEFT_PT, FOOTER_BASELINE_PT, fit(identity, REGULAR, 7.5, 400))
    _draw_page_number(canvas, page_number, page_count)


def _draw_page_number(canvas: Canvas, page_number: int, page_count: int) -> None:
    canvas.setFillColor(black)
    canvas.setFont(BOLD, 8)
    canvas.drawRightString(RIGHT_PT, FOOTER_BASELINE_PT, f"Page {page_number} of {page_count}")
