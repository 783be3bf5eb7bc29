"""The ZPL label printer adapter over a scripted connection and a folder."""

from __future__ import annotations

import threading
from pathlib import Path

from packstation.domain.labels import LabelFile, LabelLanguage, PrintReport, PrintState
from packstation.domain.ports import LabelPrinter
from packstation.printing.bench import ZplLabelPrinter
from packstation.printing.status import PrinterStatus
from packstation.printing.transports import PrinterConnectionLostError, PrinterUnreachableError
from packstation.printing.zpl import split_labels
from tests.unit.printing.bench.fakes import FakeTransport
from tests.unit.printing.bench.samples import carrier_zpl, pdf_labels, png_labels

READY = PrinterStatus()
LABELS = carrier_zpl()
FORMATS = split_labels(LABELS.data)


def _printer(transport: FakeTransport, **settings: object) -> ZplLabelPrinter:
    return ZplLabelPrinter(
        "tcp://192.0.2.1:9100",
        transport=transport,
        status_timeout_s=0.2,
        poll_interval_s=0.001,
        finish_timeout_s=1.0,
        **settings,  # type: ignore[arg-type]
    )


def test_it_is_a_label_printer_that_asks_for_zpl_and_does_no_io_when_built() -> None:
    printer: LabelPrinter = ZplLabelPrinter("tcp://127.0.0.1:9", dpi=300, label_size="4x8")
    assert printer.language is LabelLanguage.ZPL and printer.dpi == 300
    assert printer.name == "tcp://127.0.0.1:9"


def test_confirmed_only_when_the_printer_reports_no_fault_and_an_empty_buffer() -> None:
    transport = FakeTransport(statuses=[READY, READY])
    report = _printer(transport).print_labels(LABELS)
    assert report == PrintReport(
        PrintState.CONFIRMED, "tcp://192.0.2.1:9100", printed=(0, 1, 2), message=report.message
    )
    assert transport.jobs == [b"".join(FORMATS)]


def test_silent_printer_is_sent_unconfirmed() -> None:
    transport = FakeTransport(statuses=[])
    report = _printer(transport).print_labels(LABELS, only=(1,))
    assert report.state is PrintState.SENT_UNCONFIRMED and report.printed == (1,)
    assert report.complete and transport.jobs == [FORMATS[1]]


def test_one_way_folder_is_sent_unconfirmed(tmp_path: Path) -> None:
    printer = ZplLabelPrinter(f"file://{tmp_path}")
    report = printer.print_labels(LABELS)
    assert report.state is PrintState.SENT_UNCONFIRMED and report.printed == (0, 1, 2)
    (job,) = tmp_path.glob("job-*.zpl")
    assert job.read_bytes() == b"".join(FORMATS)


def test_paper_out_mid_job_names_the_labels_not_printed_and_the_fault() -> None:
    held = PrinterStatus(paper_out=True, formats_in_buffer=2)
    transport = FakeTransport(statuses=[READY, held, PrinterStatus(paper_out=True)])
    report = _printer(transport).print_labels(LABELS)
    assert report.state is PrintState.FAILED and not report.complete
    assert report.printed == (0,) and report.not_printed == (1, 2)
    assert "paper is out" in report.message and "Labels 2-3 did not print" in report.message


def test_fault_before_the_job_sends_nothing() -> None:
    transport = FakeTransport(statuses=[PrinterStatus(head_open=True)])
    report = _printer(transport).print_labels(LABELS, only=(0, 2))
    assert report.state is PrintState.FAILED and report.not_printed == (0, 2)
    assert "print head is open" in report.message and transport.jobs == []


def test_unreachable_printer_is_a_failed_report_with_every_label_not_printed() -> None:
    error = PrinterUnreachableError("Printer at 192.0.2.1:9100 refused the connection.")
    report = _printer(FakeTransport(open_error=error)).print_labels(LABELS)
    assert report.state is PrintState.FAILED and report.not_printed == (0, 1, 2)
    assert report.message == error.message


def test_connection_lost_while_sending_leaves_the_labels_unknown() -> None:
    error = PrinterConnectionLostError("Printer dropped the connection.")
    report = _printer(FakeTransport(statuses=[READY], write_error=error)).print_labels(LABELS)
    assert report.state is PrintState.FAILED and report.printed == () and report.not_printed == ()
    assert "check before reprinting" in report.message


def test_pdf_is_converted_to_one_graphic_format_per_page() -> None:
    transport = FakeTransport(statuses=[READY, READY])
    report = _printer(transport).print_labels(pdf_labels(), only=(2,))
    assert report.state is PrintState.CONFIRMED and report.printed == (2,)
    (job,) = transport.jobs
    assert len(split_labels(job)) == 1 and b"^GFA" in job and b":Z64:" in job


def test_png_that_does_not_fit_fails_before_anything_is_sent() -> None:
    transport = FakeTransport(statuses=[READY, READY])
    report = _printer(transport, label_size="100x100mm").print_labels(png_labels())
    assert report.state is PrintState.FAILED and report.message.startswith("Nothing was printed")
    assert "does not fit" in report.message
    assert transport.opened == 0 and transport.jobs == []


def test_broken_zpl_and_unknown_label_numbers_fail_without_sending() -> None:
    transport = FakeTransport(statuses=[READY, READY])
    printer = _printer(transport)
    cut = printer.print_labels(LabelFile(LABELS.data[:-10], LabelLanguage.ZPL, 203))
    assert cut.state is PrintState.FAILED and "^XZ" in cut.message
    beyond = printer.print_labels(LABELS, only=(1, 7))
    assert beyond.state is PrintState.FAILED and beyond.not_printed == (1,)
    assert "Label 8" in beyond.message and transport.jobs == []


def test_two_threads_never_use_the_connection_at_the_same_time() -> None:
    transport = FakeTransport(bidirectional=False)
    meeting = threading.Barrier(2, timeout=0.5)
    overlaps: list[bool] = []

    def meet() -> None:
        # Without the adapter's lock both jobs reach this point together and the barrier opens.
        try:
            meeting.wait()
            overlaps.append(True)
        except threading.BrokenBarrierError:
            overlaps.append(False)

    transport.on_write.append(meet)
    printer = _printer(transport)
    reports: list[PrintReport] = []
    threads = [
        threading.Thread(target=lambda: reports.append(printer.print_labels(LABELS)))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps == [False, False]
    assert [report.state for report in reports] == [PrintState.SENT_UNCONFIRMED] * 2
