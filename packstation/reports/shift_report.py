"""The shift report: exceptions first, then the shift's figures, packs per hour and per carrier.

Built with platypus because it is short and its tables may flow (a long exception list); every
piece of customer or operator text goes through :func:`markup` before it becomes a Paragraph.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from packstation.domain.shift import ShiftReport
from packstation.reports.hourly_chart import hourly_chart
from packstation.reports.pdf_output import binary_streams
from packstation.reports.text import format_count, format_when, markup, printable

MARGIN_PT = 15 * mm
WARNING_RED = colors.Color(0.7, 0.1, 0.1)
WARNING_TINT = colors.Color(1.0, 0.93, 0.93)
SHADE = colors.Color(0.92, 0.92, 0.92)
GRID = colors.Color(0.6, 0.6, 0.6)


def render_shift_report(report: ShiftReport, producer: str) -> bytes:
    """Return the shift report as A4 PDF bytes with "page n of m" on every page."""
    page_count = _build(report, producer, page_count=None)[1]
    return _build(report, producer, page_count=page_count)[0]


def _build(report: ShiftReport, producer: str, page_count: int | None) -> tuple[bytes, int]:
    """Lay the report out once; the first pass only counts the pages for the footers."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_PT,
        rightMargin=MARGIN_PT,
        topMargin=MARGIN_PT,
        bottomMargin=MARGIN_PT + 6 * mm,
        title=f"Shift report {printable(report.station)} {format_when(report.closed_at)}",
        author=producer,
        creator=producer,
        subject="Shift report",
        invariant=1,
        pageCompression=1,
    )
    footer = _footer(report, page_count)
    with binary_streams():
        document.build(_story(report), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue(), document.page


def _footer(report: ShiftReport, page_count: int | None) -> Callable[[Canvas, object], None]:
    identity = (
        f"Shift report \u00b7 station {printable(report.station)} \u00b7 "
        f"closed {format_when(report.closed_at)}"
    )

    def draw(canvas: Canvas, _document: object) -> None:
        page_number = canvas.getPageNumber()
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
        canvas.drawString(MARGIN_PT, 12 * mm, identity)
        canvas.setFont("Helvetica-Bold", 8)
        canvas.setFillColor(colors.black)
        total = page_count if page_count is not None else page_number
        canvas.drawRightString(A4[0] - MARGIN_PT, 12 * mm, f"Page {page_number} of {total}")
        canvas.restoreState()

    return draw


def _styles() -> StyleSheet1:
    styles = getSampleStyleSheet()
    styles.add(ParagraphStyle("Cell", parent=styles["BodyText"], fontSize=8.5, leading=10.5))
    styles.add(
        ParagraphStyle("Warning", parent=styles["Heading2"], textColor=WARNING_RED, spaceBefore=6)
    )
    return styles


def _story(report: ShiftReport) -> list[Flowable]:
    styles = _styles()
    story: list[Flowable] = [
        Paragraph(f"Shift report: {markup(report.station)}", styles["Title"]),
        Paragraph(f"Shipping location {markup(report.location)}", styles["Normal"]),
        Spacer(1, 4 * mm),
    ]
    story += _exceptions(report, styles)
    story += [Paragraph("The shift", styles["Heading2"]), _summary_table(report)]
    story += _hourly(report, styles)
    story += _carriers(report, styles)
    return story


def _table_style(*extra: tuple[object, ...]) -> TableStyle:
    base: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    return TableStyle(base + list(extra))


def _exceptions(report: ShiftReport, styles: StyleSheet1) -> list[Flowable]:
    if not report.exceptions:
        return [
            Paragraph("No exceptions: nothing in this shift needs a person.", styles["Heading3"])
        ]
    count = format_count(len(report.exceptions))
    heading = Paragraph(f"Exceptions: {count} packs need attention", styles["Warning"])
    cell = styles["Cell"]
    rows: list[list[object]] = [["Consignment", "Customer reference", "Problem"]]
    rows += [
        [
            Paragraph(markup(item.reference), cell),
            Paragraph(markup(item.customer_reference), cell),
            Paragraph(markup(item.problem), cell),
        ]
        for item in report.exceptions
    ]
    width_pt = A4[0] - 2 * MARGIN_PT
    table = Table(rows, colWidths=[0.22 * width_pt, 0.26 * width_pt, 0.52 * width_pt], repeatRows=1)
    table.setStyle(
        _table_style(
            ("BACKGROUND", (0, 0), (-1, 0), WARNING_TINT),
            ("BOX", (0, 0), (-1, -1), 1.2, WARNING_RED),
        )
    )
    return [heading, table, Spacer(1, 4 * mm)]


def _summary_table(report: ShiftReport) -> Table:
    parcels = sum(total.parcels for total in report.per_carrier)
    rows = [
        ["Station", printable(report.station)],
        ["Shipping location", printable(report.location)],
        ["Opened at", format_when(report.opened_at)],
        ["Opened by", printable(report.opened_by)],
        ["Closed at", format_when(report.closed_at)],
        ["Total packs", format_count(report.pack_count)],
        ["Parcels", format_count(parcels)],
        ["Reprints", format_count(report.reprints)],
        ["Voids", format_count(report.voids)],
        ["Exceptions", format_count(len(report.exceptions))],
    ]
    table = Table(rows, colWidths=[45 * mm, 90 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9),
                ("FONT", (1, 0), (1, -1), "Helvetica", 9),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
            ]
        )
    )
    return table


def _hourly(report: ShiftReport, styles: StyleSheet1) -> list[Flowable]:
    heading = Paragraph("Packs per hour", styles["Heading2"])
    if not report.packs_per_hour:
        return [heading, Paragraph("No packs in this shift.", styles["Normal"])]
    rows: list[list[object]] = [["Hour", "Packs"]]
    rows += [[format_when(hour), format_count(packs)] for hour, packs in report.packs_per_hour]
    table = Table(rows, colWidths=[50 * mm, 25 * mm], hAlign="LEFT", repeatRows=1)
    table.setStyle(_table_style(("ALIGN", (1, 0), (1, -1), "RIGHT")))
    return [heading, hourly_chart(report.packs_per_hour, A4[0] - 2 * MARGIN_PT), table]


def _carriers(report: ShiftReport, styles: StyleSheet1) -> list[Flowable]:
    heading = Paragraph("Per carrier", styles["Heading2"])
    if not report.per_carrier:
        return [heading, Paragraph("No carrier took parcels in this shift.", styles["Normal"])]
    rows: list[list[object]] = [["Carrier", "Packs", "Parcels"]]
    rows += [
        [
            Paragraph(markup(total.carrier), styles["Cell"]),
            format_count(total.packs),
            format_count(total.parcels),
        ]
        for total in report.per_carrier
    ]
    parcels = sum(total.parcels for total in report.per_carrier)
    rows.append(["Total", format_count(report.pack_count), format_count(parcels)])
    table = Table(rows, colWidths=[90 * mm, 25 * mm, 25 * mm], hAlign="LEFT", repeatRows=1)
    table.setStyle(
        _table_style(
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        )
    )
    return [heading, table]
