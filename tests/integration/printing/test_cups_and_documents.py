"""CUPS (through ``lp``), A4 documents, and the guarded USB and Windows paths."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from packstation.printing.documents import (
    DocumentPrinter,
    DocumentPrintError,
    default_document_destination,
)
from packstation.printing.job import PrintState, ZplPrinter
from packstation.printing.transports import (
    PrinterError,
    PrinterUnreachableError,
    PrinterUnsupportedError,
    transport_for,
)
from packstation.printing.urls import CupsAddress, FileAddress

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ZPL = b"^XA^FO50,50^A0N,40,40^FDcups^FS^XZ"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="the fake lp is a POSIX sh script")


@pytest.fixture
def fake_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Put an ``lp`` on PATH that records its arguments and input, and answers like CUPS."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log_dir = tmp_path / "lp-log"
    log_dir.mkdir()
    script = bin_dir / "lp"
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{log_dir}/args"\n'
        f'cat > "{log_dir}/input"\n'
        'echo "request id is queue-42 (1 file(s))"\n'
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", os.pathsep.join((str(bin_dir), os.environ.get("PATH", ""))))
    return log_dir


@pytest.fixture
def no_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


@posix_only
def test_cups_transport_hands_each_job_to_lp_raw(fake_lp: Path) -> None:
    with transport_for("cups://Zebra_Bench1") as transport:
        transport.write(ZPL)
    assert (fake_lp / "args").read_text().split() == ["-d", "Zebra_Bench1", "-o", "raw"]
    assert (fake_lp / "input").read_bytes() == ZPL


@posix_only
def test_a_zpl_job_through_cups_is_sent_but_unconfirmed(fake_lp: Path) -> None:
    result = ZplPrinter(transport_for("cups://Zebra_Bench1")).print_job(ZPL)
    assert result.state is PrintState.SENT_UNCONFIRMED
    assert "cannot report whether they printed" in result.message


@posix_only
def test_documents_go_to_cups_converted_not_raw(fake_lp: Path) -> None:
    sent = DocumentPrinter("cups://Office_A4").print_pdf(PDF, title="Driver sheet", copies=2)
    assert (fake_lp / "args").read_text().splitlines() == [
        "-d",
        "Office_A4",
        "-t",
        "Driver sheet",
        "-n",
        "2",
    ]
    assert (fake_lp / "input").read_bytes() == PDF
    assert sent.detail == "request id is queue-42 (1 file(s))"


@posix_only
def test_the_default_cups_printer_takes_no_queue_argument(fake_lp: Path, tmp_path: Path) -> None:
    destination = default_document_destination(tmp_path / "fallback")
    assert destination == CupsAddress("default")
    DocumentPrinter(destination).print_pdf(PDF)
    assert "-d" not in (fake_lp / "args").read_text().split()


@pytest.mark.usefixtures("no_lp")
def test_without_lp_cups_is_a_clear_error_and_documents_go_to_a_folder(tmp_path: Path) -> None:
    with pytest.raises(PrinterUnsupportedError, match="'lp' command"):
        transport_for("cups://Zebra_Bench1").open()
    with pytest.raises(PrinterUnsupportedError, match="'lp' command"):
        DocumentPrinter("cups://Office_A4").print_pdf(PDF)
    assert default_document_destination(tmp_path / "docs") == FileAddress(tmp_path / "docs")


@pytest.mark.skipif(shutil.which("lp") is None, reason="the CUPS client tool `lp` is not installed")
def test_real_lp_reports_an_unknown_queue_as_a_printer_error() -> None:
    with transport_for("cups://packstation_no_such_queue") as transport:
        with pytest.raises(PrinterError, match="CUPS refused the job"):
            transport.write(ZPL)


def test_documents_to_a_folder_are_numbered_pdf_files(tmp_path: Path) -> None:
    sent = DocumentPrinter(f"file://{tmp_path}").print_pdf(PDF, copies=2)
    assert sent.detail == "job-000001.pdf, job-000002.pdf"
    assert (tmp_path / "job-000002.pdf").read_bytes() == PDF


@pytest.mark.parametrize(
    ("destination", "data", "fragment"),
    [
        ("tcp://127.0.0.1:9100", PDF, "cannot go to"),
        ("file:///tmp", b"^XA^XZ", "not a PDF"),
    ],
)
def test_unusable_documents_and_destinations_are_refused(
    destination: str, data: bytes, fragment: str
) -> None:
    with pytest.raises(DocumentPrintError, match=fragment):
        DocumentPrinter(destination).print_pdf(data)


@pytest.mark.skipif(sys.platform == "win32", reason="checks the guard outside Windows")
def test_the_windows_spooler_is_refused_outside_windows() -> None:
    with pytest.raises(PrinterUnsupportedError, match="only on Windows"):
        transport_for("windows://ZDesigner GK420d").open()
    with pytest.raises(PrinterUnsupportedError, match="only on Windows"):
        DocumentPrinter("windows://Office Laser").print_pdf(PDF)


def test_a_usb_printer_that_is_not_there_is_a_clear_error() -> None:
    # Without libusb on the machine USB cannot work at all; with it, the device is just absent.
    with pytest.raises((PrinterUnsupportedError, PrinterUnreachableError)) as raised:
        transport_for("usb://0a5f:ffff").open()
    assert "USB 0a5f:ffff" in raised.value.message
    assert "libusb" in raised.value.message or "is it plugged in" in raised.value.message


def test_a_missing_libusb_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import usb.core

    def no_backend(**_criteria: object) -> None:
        raise usb.core.NoBackendError("No backend available")

    monkeypatch.setattr(usb.core, "find", no_backend)
    with pytest.raises(PrinterUnsupportedError, match="libusb-1.0-0"):
        transport_for("usb://0a5f:0164").open()
