"""A printer that has answered status once and then stops answering is not sent the job."""

from __future__ import annotations

from packstation.domain.labels import PrintState
from packstation.printing.bench import ZplLabelPrinter
from packstation.printing.bench.factory import build_label_printer
from packstation.printing.status import PrinterStatus
from tests.unit.printing.bench.fakes import FakeTransport
from tests.unit.printing.bench.samples import carrier_zpl

READY = PrinterStatus()


def _printer(transport: FakeTransport) -> ZplLabelPrinter:
    return ZplLabelPrinter(
        "tcp://192.0.2.1:9100",
        transport=transport,
        status_timeout_s=0.05,
        poll_interval_s=0.001,
        finish_timeout_s=1.0,
    )


def test_a_printer_that_answered_before_and_now_stalls_gets_nothing() -> None:
    transport = FakeTransport(statuses=[READY, READY])
    printer = _printer(transport)
    assert printer.print_labels(carrier_zpl()).state is PrintState.CONFIRMED
    report = printer.print_labels(carrier_zpl())  # the script is exhausted: the printer is silent
    assert report.state is PrintState.FAILED and report.not_printed == (0, 1, 2)
    assert "not answering" in report.message
    assert len(transport.jobs) == 1, "the stalled printer was not sent the labels"


def test_a_status_look_from_the_devices_screen_also_counts_as_answering() -> None:
    transport = FakeTransport(statuses=[READY])
    printer = _printer(transport)
    assert printer.status().ready
    assert printer.print_labels(carrier_zpl()).state is PrintState.FAILED
    assert transport.jobs == []


def test_a_printer_that_never_answered_still_gets_the_job_unconfirmed() -> None:
    transport = FakeTransport(statuses=[])
    report = _printer(transport).print_labels(carrier_zpl())
    assert report.state is PrintState.SENT_UNCONFIRMED and len(transport.jobs) == 1


def test_the_status_wait_is_no_longer_than_the_write_limit() -> None:
    printer = build_label_printer("tcp://127.0.0.1:9100", write_timeout_s=0.4)
    assert isinstance(printer, ZplLabelPrinter)
    assert printer._printer.status_timeout_s == 0.4
