"""ZplPrinter against a scripted peer: every ~HS fault, held labels, silence, reset."""

from __future__ import annotations

import pytest

from packstation.printing.job import PrintState, ZplPrinter, describe_labels
from packstation.printing.status import PrinterStatus
from packstation.printing.transports import transport_for
from tests.integration.printing.peer import ScriptedPeer, refused_port

LABELS = [f"^XA^FO50,50^A0N,40,40^FDlabel {n}^FS^XZ".encode() for n in range(1, 4)]
JOB = b"\n".join(LABELS)


def _printer(url: str, **options: float) -> ZplPrinter:
    settings = {"status_timeout_s": 1.0, "poll_interval_s": 0.01, "finish_timeout_s": 5.0}
    settings.update(options)
    return ZplPrinter(transport_for(url), **settings)


def test_a_clean_job_is_confirmed() -> None:
    busy = PrinterStatus(formats_in_buffer=3)
    with ScriptedPeer("ok", [PrinterStatus(), busy, PrinterStatus()]) as peer:
        result = _printer(peer.url).print_job(JOB)
    assert result.state is PrintState.CONFIRMED
    assert result.printed == (0, 1, 2) and result.not_printed == () and result.unknown == ()
    assert bytes(peer.received) == b"~HS" + b"".join(LABELS) + b"~HS~HS"
    assert result.message == f"Printed labels 1-3 on the printer at 127.0.0.1:{peer.port}."


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ("paper_out", "paper is out"),
        ("head_open", "print head is open"),
        ("paused", "printer is paused"),
        ("ribbon_out", "ribbon is out"),
        ("buffer_full", "receive buffer is full"),
        ("over_temperature", "print head is too hot"),
        ("under_temperature", "print head is too cold"),
        ("corrupt_ram", "printer memory lost its configuration"),
    ],
)
def test_a_fault_before_the_job_sends_nothing(fault: str, words: str) -> None:
    with ScriptedPeer("ok", [PrinterStatus(**{fault: True})]) as peer:
        result = _printer(peer.url).print_job(JOB)
    assert result.state is PrintState.FAILED
    assert result.not_printed == (0, 1, 2) and result.printed == ()
    assert result.faults == (words,)
    assert words in result.message and "Nothing was printed" in result.message
    assert bytes(peer.received) == b"~HS"


@pytest.mark.parametrize("fault", ["paper_out", "head_open"])
def test_a_fault_mid_job_reports_the_held_labels_and_cancels_them(fault: str) -> None:
    held = PrinterStatus(formats_in_buffer=1, labels_remaining_in_batch=1, **{fault: True})
    cancelled = PrinterStatus(**{fault: True})
    statuses = [PrinterStatus(), PrinterStatus(formats_in_buffer=3), held, cancelled]
    with ScriptedPeer("ok", statuses) as peer:
        result = _printer(peer.url).print_job(JOB)
    assert result.state is PrintState.FAILED
    assert result.printed == (0,) and result.not_printed == (1, 2)
    assert "Labels 2-3 did not print" in result.message
    assert "may still print" not in result.message
    assert bytes(peer.received).endswith(b"~HS~JA~HS")


def test_a_cancel_the_printer_ignores_is_reported() -> None:
    held = PrinterStatus(formats_in_buffer=2, paper_out=True)
    with ScriptedPeer("ok", [PrinterStatus(), held]) as peer:
        result = _printer(peer.url).print_job(JOB)
    assert result.not_printed == (1, 2)
    assert "may still print the held labels" in result.message


def test_resending_only_the_missing_labels_sends_only_those() -> None:
    with ScriptedPeer("ok", [PrinterStatus()]) as peer:
        result = _printer(peer.url).print_job(JOB, only=[1, 2])
    assert result.state is PrintState.CONFIRMED and result.printed == (1, 2)
    assert bytes(peer.received) == b"~HS" + LABELS[1] + LABELS[2] + b"~HS"


def test_a_printer_that_does_not_answer_status_is_never_confirmed() -> None:
    with ScriptedPeer("silent") as peer:
        result = _printer(peer.url, status_timeout_s=0.2).print_job(JOB)
    assert result.state is PrintState.SENT_UNCONFIRMED
    assert result.printed == () and result.unknown == (0, 1, 2)
    assert bytes(peer.received).startswith(b"~HS" + b"".join(LABELS))


def test_require_status_refuses_a_silent_printer() -> None:
    with ScriptedPeer("silent") as peer:
        printer = ZplPrinter(transport_for(peer.url), status_timeout_s=0.2, require_status=True)
        result = printer.print_job(JOB)
    assert result.state is PrintState.FAILED and result.not_printed == (0, 1, 2)
    assert bytes(peer.received) == b"~HS"


def test_labels_still_queued_at_the_deadline_stay_unconfirmed() -> None:
    with ScriptedPeer("ok", [PrinterStatus(), PrinterStatus(formats_in_buffer=2)]) as peer:
        result = _printer(peer.url, finish_timeout_s=0.05).print_job(JOB)
    assert result.state is PrintState.SENT_UNCONFIRMED
    assert "still holds 2 label(s)" in result.message


def test_a_reset_mid_job_fails_with_every_label_unknown() -> None:
    with ScriptedPeer("reset", reset_after_bytes=20) as peer:
        result = _printer(peer.url).print_job(JOB)
    assert result.state is PrintState.FAILED
    assert result.unknown == (0, 1, 2)
    assert "check before reprinting" in result.message


def test_an_unreachable_printer_fails_before_anything_is_sent() -> None:
    port = refused_port()
    result = _printer(f"tcp://127.0.0.1:{port}").print_job(JOB)
    assert result.state is PrintState.FAILED and result.not_printed == (0, 1, 2)
    assert "refused the connection" in result.message


def test_serial_urls_use_the_same_status_checks() -> None:
    with ScriptedPeer("ok", [PrinterStatus()]) as peer:
        result = _printer(f"socket://127.0.0.1:{peer.port}").print_job(JOB)
    assert result.state is PrintState.CONFIRMED


def test_label_numbers_are_worded_for_operators() -> None:
    assert describe_labels([0]) == "label 1"
    assert describe_labels([1, 2, 3]) == "labels 2-4"
    assert describe_labels([0, 2]) == "labels 1, 3"
