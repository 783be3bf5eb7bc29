"""The folder printer writes each job as a new numbered file, atomically."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.printing.transports import (
    FileTransport,
    PrinterNotOpenError,
    PrinterUnsupportedError,
    transport_for,
)
from packstation.printing.urls import FileAddress


def test_each_write_is_a_new_numbered_file(tmp_path: Path) -> None:
    out = tmp_path / "labels"
    with transport_for(f"file://{out}") as transport:
        transport.write(b"^XA^FDone^FS^XZ")
        transport.write(b"^XA^FDtwo^FS^XZ")
    names = sorted(path.name for path in out.iterdir())
    assert names == ["job-000001.zpl", "job-000002.zpl"]
    assert (out / "job-000002.zpl").read_bytes() == b"^XA^FDtwo^FS^XZ"


def test_numbering_continues_after_existing_jobs_and_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "job-000007.zpl").write_bytes(b"earlier")
    transport = FileTransport(FileAddress(tmp_path), suffix=".pdf")
    with transport:
        transport.write(b"%PDF-1.4")
    assert (tmp_path / "job-000007.zpl").read_bytes() == b"earlier"
    assert transport.written == [tmp_path / "job-000008.pdf"]
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".")]


def test_constructing_does_no_io_and_writing_needs_open(tmp_path: Path) -> None:
    out = tmp_path / "not-yet"
    transport = FileTransport(FileAddress(out))
    assert not out.exists()
    with pytest.raises(PrinterNotOpenError):
        transport.write(b"x")


def test_a_file_printer_cannot_be_read(tmp_path: Path) -> None:
    with transport_for(f"file://{tmp_path}") as transport:
        assert not transport.bidirectional
        with pytest.raises(PrinterUnsupportedError):
            transport.read(0.1)
