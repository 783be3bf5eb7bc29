"""The ESC/POS label printer adapter: raster images per label, never confirmed."""

from __future__ import annotations

from pathlib import Path

from packstation.domain.labels import LabelLanguage, PrintState
from packstation.domain.ports import LabelPrinter
from packstation.printing.bench import EscposLabelPrinter
from packstation.printing.transports import PrinterTimeoutError, PrinterUnreachableError
from tests.unit.printing.bench.fakes import FakeTransport
from tests.unit.printing.bench.samples import carrier_zpl, pdf_labels, png_labels

INIT = b"\x1b@"
RASTER = b"\x1dv0"
CUT = b"\x1dV"


def test_it_asks_for_png_and_does_no_io_when_built() -> None:
    printer: LabelPrinter = EscposLabelPrinter("tcp://127.0.0.1:9", dpi=203)
    assert printer.language is LabelLanguage.PNG and printer.dpi == 203


def test_stacked_png_labels_become_one_raster_and_cut_each(tmp_path: Path) -> None:
    printer = EscposLabelPrinter(f"file://{tmp_path}")
    report = printer.print_labels(png_labels())
    assert report.state is PrintState.SENT_UNCONFIRMED and report.printed == (0, 1, 2)
    assert "cannot report" in report.message
    (job,) = tmp_path.glob("job-*.bin")
    data = job.read_bytes()
    assert data.startswith(INIT) and data.count(INIT) == 3 and data.count(CUT) == 3
    assert RASTER in data


def test_only_the_chosen_labels_are_sent() -> None:
    transport = FakeTransport(bidirectional=False)
    every = EscposLabelPrinter("x://fake", transport=transport).print_labels(pdf_labels())
    one = EscposLabelPrinter("x://fake", transport=transport).print_labels(pdf_labels(), only=[1])
    assert every.printed == (0, 1, 2) and one.printed == (1,)
    assert transport.jobs[1].count(INIT) == 1 and transport.jobs[1] in transport.jobs[0]


def test_zpl_labels_are_drawn_and_sent_as_images() -> None:
    transport = FakeTransport(bidirectional=False)
    report = EscposLabelPrinter("x://fake", transport=transport).print_labels(carrier_zpl())
    assert report.state is PrintState.SENT_UNCONFIRMED
    assert transport.jobs[0].count(CUT) == 3 and b"^XA" not in transport.jobs[0]


def test_a_label_wider_than_the_paper_fails_before_sending() -> None:
    transport = FakeTransport(bidirectional=False)
    printer = EscposLabelPrinter("x://fake", paper_width_px=576, transport=transport)
    report = printer.print_labels(png_labels(), only=(0, 1))
    assert report.state is PrintState.FAILED and report.not_printed == (0, 1)
    assert report.message.startswith("Nothing was printed") and transport.opened == 0


def test_unreachable_printer_and_failed_write_are_failed_reports() -> None:
    refused = FakeTransport(open_error=PrinterUnreachableError("Printer refused."))
    report = EscposLabelPrinter("x://fake", transport=refused).print_labels(pdf_labels())
    assert report.state is PrintState.FAILED and report.not_printed == (0, 1, 2)
    assert report.message == "Printer refused."

    stalled = FakeTransport(write_error=PrinterTimeoutError("Printer did not take the data."))
    report = EscposLabelPrinter("x://fake", transport=stalled).print_labels(pdf_labels())
    assert report.state is PrintState.FAILED and report.not_printed == ()
    assert "check before reprinting" in report.message and stalled.closed == 1


def test_unknown_label_number_fails() -> None:
    transport = FakeTransport(bidirectional=False)
    report = EscposLabelPrinter("x://fake", transport=transport).print_labels(
        pdf_labels(), only=(1, 3)
    )
    assert report.state is PrintState.FAILED and "Label 4" in report.message
    assert report.not_printed == (1,)
    assert transport.jobs == []
