"""The virtual Zebra printer end to end: jobs, files, ~HS, faults, control channel."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.printing.job import PrintState, ZplPrinter
from packstation.printing.status import parse_host_status, split_frames
from packstation.printing.transports import (
    PrinterConnectionLostError,
    PrinterUnreachableError,
    transport_for,
)
from packstation.printing.virtual_printer import (
    ControlChannelError,
    VirtualPrinter,
    VirtualPrinterFaults,
    send_control_command,
)

LABELS = [f"^XA^FO40,40^A0N,50,50^FDParcel {n} of 5^FS^XZ".encode() for n in range(1, 6)]
JOB = b"\r\n".join(LABELS)


@pytest.fixture
def printer(tmp_path: Path) -> Iterator[VirtualPrinter]:
    virtual = VirtualPrinter(tmp_path / "out", port=0, render_png=False)
    virtual.start()
    yield virtual
    virtual.stop()


def _zpl_printer(url: str) -> ZplPrinter:
    return ZplPrinter(
        transport_for(url), status_timeout_s=2.0, poll_interval_s=0.01, finish_timeout_s=10.0
    )


def _control(printer: VirtualPrinter, command: str) -> str:
    assert printer.control_port is not None
    return send_control_command("127.0.0.1", printer.control_port, command)


def _zpl_files(printer: VirtualPrinter) -> list[bytes]:
    assert printer.engine.out_dir is not None
    return [path.read_bytes() for path in sorted(printer.engine.out_dir.glob("*.zpl"))]


def test_a_job_prints_confirms_and_writes_numbered_files(printer: VirtualPrinter) -> None:
    result = _zpl_printer(printer.url).print_job(JOB)
    assert result.state is PrintState.CONFIRMED and result.printed == (0, 1, 2, 3, 4)
    assert printer.printed_count == 5
    assert _zpl_files(printer) == LABELS
    assert printer.engine.out_dir is not None
    assert sorted(p.name for p in printer.engine.out_dir.iterdir())[0] == "0001.zpl"


def test_several_jobs_per_connection_and_connections_in_a_row(printer: VirtualPrinter) -> None:
    for _connection in range(2):
        with socket.create_connection(("127.0.0.1", printer.port), timeout=3) as sock:
            sock.sendall(LABELS[0])
            sock.sendall(LABELS[1][:10])
            sock.sendall(LABELS[1][10:] + b"\n" + LABELS[2])
    assert printer.engine.wait_for_printed(6, timeout_s=10)
    assert _zpl_files(printer) == [LABELS[0], LABELS[1], LABELS[2]] * 2


def test_host_status_is_framed_and_reflects_faults(printer: VirtualPrinter) -> None:
    printer.set_faults(head_open=True, paused=True)
    with socket.create_connection(("127.0.0.1", printer.port), timeout=3) as sock:
        sock.sendall(LABELS[0] + b"~HS")
        answer = b""
        while answer.count(b"\x03\r\n") < 3:
            answer += sock.recv(4096)
    frames, rest = split_frames(answer)
    status = parse_host_status(frames)
    assert rest == b"" and answer.startswith(b"\x02") and answer.endswith(b"\x03\r\n")
    assert status.head_open and status.paused and not status.paper_out
    assert status.formats_in_buffer == 1
    assert status.label_length_dots == 1218


def test_paper_out_mid_job_then_only_missing_labels_are_resent(printer: VirtualPrinter) -> None:
    printer.set_faults(paper_out_after=2)
    zpl_printer = _zpl_printer(printer.url)

    first = zpl_printer.print_job(JOB)
    assert first.state is PrintState.FAILED
    assert first.printed == (0, 1) and first.not_printed == (2, 3, 4)
    assert first.faults == ("paper is out",)
    assert printer.printed_count == 2 and printer.status().formats_in_buffer == 0

    refused = zpl_printer.print_job(JOB, only=first.not_printed)
    assert refused.state is PrintState.FAILED and "paper is out" in refused.message

    assert _control(printer, "reload").startswith("ok ")
    second = zpl_printer.print_job(JOB, only=first.not_printed)
    assert second.state is PrintState.CONFIRMED and second.printed == (2, 3, 4)
    assert _zpl_files(printer) == LABELS


def test_head_opened_while_printing_slowly_holds_the_rest(printer: VirtualPrinter) -> None:
    printer.set_faults(slow_s=0.05)
    with socket.create_connection(("127.0.0.1", printer.port), timeout=3) as sock:
        sock.sendall(JOB)
        assert printer.engine.wait_for_printed(1, timeout_s=10)
        printer.set_faults(head_open=True)
        assert printer.engine.wait_until_held(timeout_s=10)
    held = printer.status().formats_in_buffer
    assert held >= 1 and printer.printed_count + held == 5
    printer.set_faults(head_open=False, slow_s=0.0)
    assert printer.engine.wait_for_printed(5, timeout_s=10)
    assert _zpl_files(printer) == LABELS


def test_paused_printer_refuses_the_job_before_sending(printer: VirtualPrinter) -> None:
    printer.set_faults(paused=True)
    result = _zpl_printer(printer.url).print_job(JOB)
    assert result.state is PrintState.FAILED and result.not_printed == (0, 1, 2, 3, 4)
    assert printer.status().formats_in_buffer == 0 and printer.printed_count == 0


def test_refuse_connections_can_be_switched_on_and_off(printer: VirtualPrinter) -> None:
    _control(printer, "set refuse 1")
    transport = transport_for(printer.url)
    with pytest.raises(PrinterUnreachableError):
        transport.open()
    _control(printer, "set refuse 0")
    assert _zpl_printer(printer.url).print_job(LABELS[0]).confirmed


def test_reset_mid_job_drops_the_connection_after_n_labels(printer: VirtualPrinter) -> None:
    printer.set_faults(reset_after=2)
    with transport_for(printer.url) as transport:
        with pytest.raises(PrinterConnectionLostError):
            transport.write(JOB)
            for _attempt in range(5):
                transport.read(2.0)
    assert printer.engine.wait_for_printed(2, timeout_s=10)
    assert printer.printed_count == 2


def test_faults_can_be_set_at_start(tmp_path: Path) -> None:
    faults = VirtualPrinterFaults(head_open=True, refuse=True)
    with VirtualPrinter(None, port=0, faults=faults) as virtual:
        assert virtual.port != 0
        with pytest.raises(PrinterUnreachableError):
            transport_for(virtual.url).open()
        virtual.set_faults(refuse=False)
        result = _zpl_printer(virtual.url).print_job(LABELS[0])
    assert result.state is PrintState.FAILED and "print head is open" in result.message


def test_control_channel_reports_and_rejects(printer: VirtualPrinter) -> None:
    assert _control(printer, "set slow_s 0.5").endswith("slow_s=0.5 refuse=0 reset_after=none")
    status = _control(printer, "status")
    assert status.startswith("ok printed=0 pending=0 paper_out_after=none")
    with pytest.raises(ControlChannelError, match="unknown fault"):
        _control(printer, "set coffee 1")
    with pytest.raises(ControlChannelError, match="takes 1 or 0"):
        _control(printer, "set head_open maybe")
    with pytest.raises(ControlChannelError, match="unknown command"):
        _control(printer, "explode")
    assert _control(printer, "quit") == "ok bye"


def test_cancel_drops_held_labels(printer: VirtualPrinter) -> None:
    printer.set_faults(paused=True)
    with socket.create_connection(("127.0.0.1", printer.port), timeout=3) as sock:
        sock.sendall(JOB + b"~HS")
        sock.recv(4096)
    assert _control(printer, "cancel") == "ok dropped=5"
    assert printer.status().formats_in_buffer == 0


def test_a_slow_printer_is_polled_until_it_has_printed_everything(
    printer: VirtualPrinter,
) -> None:
    printer.set_faults(slow_s=0.02)
    result = _zpl_printer(printer.url).print_job(JOB)
    assert result.state is PrintState.CONFIRMED
    assert printer.printed_count == 5
    assert result.status_after is not None and result.status_after.is_idle


def test_each_label_is_rendered_to_a_png_whose_barcode_decodes(tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp", reason="zxing-cpp (test extra) decodes barcodes")
    from PIL import Image

    from packstation.printing.commands import build_test_label

    with VirtualPrinter(tmp_path, port=0) as virtual:
        result = _zpl_printer(virtual.url).print_job(build_test_label("tcp://127.0.0.1:9100"))
    assert result.confirmed
    with Image.open(tmp_path / "0001.png") as image:
        assert image.size == (812, 1218)
        decoded = [barcode.text for barcode in zxingcpp.read_barcodes(image.convert("L"))]
    assert decoded == ["PACKSTATION-TEST"]


def test_commands_and_labels_are_handled_in_stream_order(printer: VirtualPrinter) -> None:
    printer.set_faults(paused=True)
    with socket.create_connection(("127.0.0.1", printer.port), timeout=3) as sock:
        sock.sendall(LABELS[0] + b"~JA" + LABELS[1] + b"~HS")
        answer = b""
        while answer.count(b"\x03\r\n") < 3:
            answer += sock.recv(4096)
    assert parse_host_status(split_frames(answer)[0]).formats_in_buffer == 1
    printer.set_faults(paused=False)
    assert printer.engine.wait_for_printed(1, timeout_s=10)
    assert _zpl_files(printer) == [LABELS[1]]
