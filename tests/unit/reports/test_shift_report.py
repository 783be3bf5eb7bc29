"""The shift report read back from the PDF: exceptions first, figures, hours and carriers."""

from __future__ import annotations

from dataclasses import replace

from packstation.domain.shift import CarrierTotal, ShiftException
from packstation.reports import ReportlabShiftDocuments
from tests.unit.reports.builders import CLOSED_AT, OPENED_AT, shift_report
from tests.unit.reports.pdfs import page_numbers, page_texts

DOCUMENTS = ReportlabShiftDocuments()


def report_text(report) -> str:
    return "\n".join(page_texts(DOCUMENTS.shift_report(report)))


def test_the_shift_figures_are_all_there() -> None:
    report = shift_report()
    text = report_text(report)
    assert "Shift report: Bench 3" in text
    assert "Shipping location SL-LEEDS" in text
    assert f"Opened at {OPENED_AT:%Y-%m-%d %H:%M} UTC" in text
    assert "Opened by Priya Shah" in text
    assert f"Closed at {CLOSED_AT:%Y-%m-%d %H:%M} UTC" in text
    assert f"Total packs {report.pack_count}" in text
    assert f"Reprints {report.reprints}" in text
    assert f"Voids {report.voids}" in text
    for total in report.per_carrier:
        assert f"{total.carrier} {total.packs} {total.parcels}" in text


def test_exceptions_come_before_everything_else() -> None:
    report = shift_report(exceptions=4)
    text = report_text(report)
    heading = text.index("Exceptions: 4 packs need attention")
    assert heading < text.index("The shift") < text.index("Packs per hour")
    for item in report.exceptions:
        row = text.index(item.reference)
        assert heading < row < text.index("The shift")
        assert f"{item.reference} {item.customer_reference} {item.problem}" in text


def test_no_exceptions_is_said_plainly() -> None:
    text = report_text(shift_report(exceptions=0))
    assert "No exceptions" in text
    assert "need attention" not in text


def test_packs_per_hour_are_tabled_and_charted() -> None:
    report = shift_report(hours=6)
    text = report_text(report)
    for hour, packs in report.packs_per_hour:
        assert f"{hour:%Y-%m-%d %H:%M} UTC {packs}" in text
        # The chart labels each bar with its hour, on top of the table's full date.
        assert text.count(f"{hour:%H:%M}") >= 2


def test_hostile_text_is_printed_as_written() -> None:
    hostile = ShiftException("EC-000-05B-MMA", "<b>ORD & 1</b>", "<font size=40>big</font> & co")
    report = replace(
        shift_report(exceptions=0),
        station="<Bench & 3>",
        opened_by="O'Brien & <Sons>",
        per_carrier=(CarrierTotal("A&B <Express>", 3, 4),),
        exceptions=(hostile,),
    )
    text = report_text(report)
    assert "Shift report: <Bench & 3>" in text
    assert "Opened by O'Brien & <Sons>" in text
    assert "A&B <Express> 3 4" in text
    assert "<b>ORD & 1</b>" in text
    assert "<font size=40>big</font> & co" in text


def test_a_long_exception_list_flows_over_pages_with_page_numbers() -> None:
    report = shift_report(exceptions=150)
    texts = page_texts(DOCUMENTS.shift_report(report))
    pages = len(texts)
    assert pages > 1
    assert [page_numbers(text) for text in texts] == [(n, pages) for n in range(1, pages + 1)]
    everything = "\n".join(texts)
    assert all(everything.count(item.reference) == 1 for item in report.exceptions)
    # The table header is repeated on the pages the list continues on.
    assert "Consignment Customer reference Problem" in texts[1]


def test_an_empty_shift_still_gives_a_report() -> None:
    report = replace(shift_report(exceptions=0), packs_per_hour=(), per_carrier=())
    text = report_text(report)
    assert "Total packs 0" in text
    assert "No packs in this shift." in text
    assert "No carrier took parcels in this shift." in text


def test_output_is_the_same_bytes_for_the_same_report() -> None:
    report = shift_report()
    assert DOCUMENTS.shift_report(report) == DOCUMENTS.shift_report(report)


def test_a_long_or_idle_shift_still_charts() -> None:
    long_shift = shift_report(hours=40)
    idle = replace(
        long_shift, packs_per_hour=tuple((hour, 0) for hour, _ in long_shift.packs_per_hour)
    )
    for report in (long_shift, idle):
        text = report_text(report)
        for hour, packs in report.packs_per_hour:
            assert f"{hour:%Y-%m-%d %H:%M} UTC {packs}" in text
