"""The bench's label printer port against the real virtual Zebra printer on loopback."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from packstation.domain.labels import PrintState, label_problems
from packstation.printing.bench import (
    EscposLabelPrinter,
    LabelFileInspector,
    ZplLabelPrinter,
    build_label_printer,
)
from packstation.printing.virtual_printer import VirtualPrinter
from packstation.printing.zpl import split_labels
from tests.unit.printing.bench.samples import TRACKING, carrier_zpl, pdf_labels


@pytest.fixture
def virtual(tmp_path: Path) -> Iterator[VirtualPrinter]:
    printer = VirtualPrinter(tmp_path / "out", port=0)
    printer.start()
    yield printer
    printer.stop()


def _bench_printer(url: str) -> ZplLabelPrinter:
    return ZplLabelPrinter(
        url,
        connect_timeout_s=2.0,
        write_timeout_s=5.0,
        status_timeout_s=2.0,
        poll_interval_s=0.01,
        finish_timeout_s=10.0,
    )


def _out(virtual: VirtualPrinter, pattern: str) -> list[Path]:
    assert virtual.engine.out_dir is not None
    return sorted(virtual.engine.out_dir.glob(pattern))


def _code128(path: Path) -> list[str]:
    with Image.open(path) as image:
        results = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.Code128)
    return [result.text for result in results]


def _refused_port() -> int:
    """Return a loopback port the OS handed out and nobody listens on any more."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_a_zpl_job_is_confirmed_and_every_label_printed(virtual: VirtualPrinter) -> None:
    labels = carrier_zpl()
    report = _bench_printer(virtual.url).print_labels(labels)
    assert report.state is PrintState.CONFIRMED and report.printed == (0, 1, 2)
    assert report.printer == virtual.url
    assert [path.read_bytes() for path in _out(virtual, "*.zpl")] == split_labels(labels.data)
    assert [_code128(path) for path in _out(virtual, "*.png")] == [[n] for n in TRACKING]


def test_paper_out_after_one_label_then_only_the_missing_two(virtual: VirtualPrinter) -> None:
    labels = carrier_zpl()
    printer = _bench_printer(virtual.url)
    virtual.set_faults(paper_out_after=1)

    first = printer.print_labels(labels)
    assert first.state is PrintState.FAILED and not first.complete
    assert first.printed == (0,) and first.not_printed == (1, 2)
    assert "paper is out" in first.message

    virtual.reload_paper()
    second = printer.print_labels(labels, only=first.not_printed)
    assert second.state is PrintState.CONFIRMED and second.printed == (1, 2)
    assert [path.read_bytes() for path in _out(virtual, "*.zpl")] == split_labels(labels.data)


def test_a_refused_connection_is_a_failed_report_saying_so() -> None:
    port = _refused_port()
    report = _bench_printer(f"tcp://127.0.0.1:{port}").print_labels(carrier_zpl())
    assert report.state is PrintState.FAILED and report.not_printed == (0, 1, 2)
    assert report.message == (
        f"Printer at 127.0.0.1:{port} refused the connection — is it switched on?"
    )


def test_a_printer_refusing_connections_while_running(virtual: VirtualPrinter) -> None:
    virtual.set_faults(refuse=True)
    report = _bench_printer(virtual.url).print_labels(carrier_zpl(), only=(2,))
    assert report.state is PrintState.FAILED and report.not_printed == (2,)
    assert "refused the connection" in report.message and virtual.printed_count == 0


def test_a_reset_mid_job_is_a_failed_report_not_an_exception(virtual: VirtualPrinter) -> None:
    virtual.set_faults(reset_after=1)
    report = _bench_printer(virtual.url).print_labels(carrier_zpl())
    assert report.state is PrintState.FAILED and report.not_printed == ()
    assert "check before reprinting" in report.message


def test_a_pdf_label_prints_as_graphics_whose_barcode_decodes(virtual: VirtualPrinter) -> None:
    labels = pdf_labels(TRACKING[:2])
    printer = build_label_printer(virtual.url, language="zpl", dpi=203, label_size="4x6")
    report = printer.print_labels(labels)
    assert report.state is PrintState.CONFIRMED and report.printed == (0, 1)
    received = [path.read_bytes() for path in _out(virtual, "*.zpl")]
    assert len(received) == 2 and all(b"^GFA" in label for label in received)
    assert [_code128(path) for path in _out(virtual, "*.png")] == [[n] for n in TRACKING[:2]]


def test_inspected_then_printed_labels_match_the_shipment(virtual: VirtualPrinter) -> None:
    labels = carrier_zpl()
    inspection = LabelFileInspector().inspect(labels)
    assert label_problems(inspection, 3, TRACKING) == []
    assert _bench_printer(virtual.url).print_labels(labels).state is PrintState.CONFIRMED
    printed = [set(_code128(path)) for path in _out(virtual, "*.png")]
    assert tuple(printed) == inspection.barcodes_per_label


def test_an_escpos_printer_on_tcp_is_sent_unconfirmed() -> None:
    received: list[bytes] = []

    def take_one_job(server: socket.socket) -> None:
        connection, _address = server.accept()
        with connection:
            connection.settimeout(5.0)
            data = b""
            while chunk := connection.recv(65536):
                data += chunk
        received.append(data)

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.settimeout(5.0)
        reader = threading.Thread(target=take_one_job, args=(server,))
        reader.start()
        url = f"tcp://127.0.0.1:{server.getsockname()[1]}"
        printer = EscposLabelPrinter(url, connect_timeout_s=2.0, write_timeout_s=5.0)
        report = printer.print_labels(pdf_labels(TRACKING[:1]))
        reader.join()
    assert report.state is PrintState.SENT_UNCONFIRMED and report.printed == (0,)
    (job,) = received
    assert job.startswith(b"\x1b@") and job.count(b"\x1dV") == 1 and b"\x1dv0" in job
