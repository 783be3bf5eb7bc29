"""The label printer's live status in words, asked of the real virtual printer over TCP."""

from __future__ import annotations

import socket
from pathlib import Path

from packstation.domain.labels import PrinterCondition
from packstation.printing.bench.escpos_label_printer import EscposLabelPrinter
from packstation.printing.bench.zpl_label_printer import ZplLabelPrinter
from packstation.printing.virtual_printer import VirtualPrinter


def test_ready_then_head_open_then_unreachable(tmp_path: Path) -> None:
    with VirtualPrinter(tmp_path / "out", port=0) as printer:
        adapter = ZplLabelPrinter(printer.url, status_timeout_s=2.0)
        assert adapter.status() == PrinterCondition("ready", ready=True)
        printer.set_faults(head_open=True)
        assert adapter.status() == PrinterCondition("not ready: print head is open", ready=False)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    unreachable = ZplLabelPrinter(f"tcp://127.0.0.1:{free}").status()
    assert unreachable.words.startswith("not reachable:") and unreachable.ready is False


def test_escpos_printers_say_they_cannot_report(tmp_path: Path) -> None:
    adapter = EscposLabelPrinter((tmp_path / "escpos").as_uri())
    condition = adapter.status()
    assert condition.words.startswith("no status") and condition.ready is None
