"""Faults of the counter's receipt printer and the shift's document printer; a first-job stall.

The counter prints receipts on their own printer. Here it is a second virtual Zebra spoken to
in ZPL, which answers host status, so every printer fault applies: the clerk must be told the
receipt did not come out and why, and printing it again must give exactly one receipt.

The driver sheet goes to the document printer, a folder in tests. A folder has no paper, head,
pause or connection, so only "refuses the document" applies (the folder's path is taken by a
file); the other faults are declared not applicable with that reason.

Finally the label printer stalling on the very first job of a station that has never seen it
answer: the job is sent, reported unconfirmed, and stays a shift exception until checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.domain.labels import PrintState
from packstation.domain.ports import NamedPdf
from packstation.domain.session import Stage, Tone
from packstation.printing.virtual_printer import VirtualPrinter
from packstation.sandbox.testing import FrozenClock
from packstation.station import open_station
from tests.integration.faults.conftest import KEY, FaultWorld
from tests.integration.faults.device_flows import (
    FAST_PRINTER,
    FAST_WRITE_TIMEOUT_S,
    FAULT_WORDS,
    PRINTER_FAULTS,
    PrinterFault,
    copies_by_tracking_number,
    counter_booking,
)
from tests.integration.faults.matrix import Cell, CellRun, cells, message_problems, not_applicable

DRIVER_SHEET = "driver sheet"
RECEIPT_CELLS = cells("counter booking", ["print receipt"], PRINTER_FAULTS)
SHEET_CELLS = cells("close shift", ["print driver sheet"], ["printer refuse"])
for _fault in PRINTER_FAULTS[1:]:
    not_applicable(
        "close shift",
        "print driver sheet",
        _fault,
        "the document printer is a folder in tests: it has no connection, paper, head or pause "
        "(CUPS queues are not installed on this machine)",
    )


@pytest.fixture
def receipt_printer(tmp_path: Path) -> Iterator[VirtualPrinter]:
    """Run a second virtual Zebra as the counter's receipt printer."""
    printer = VirtualPrinter(tmp_path / "receipts", port=0)
    printer.start()
    try:
        yield printer
    finally:
        printer.stop()


def _with_receipt_printer(world: FaultWorld, printer: VirtualPrinter) -> None:
    """Reopen the world's station with a ZPL receipt printer and short printer time limits."""
    printers = world.settings.printers
    receipt = printers.receipt.model_copy(update={"url": printer.url, "language": "zpl"})
    changed = printers.model_copy(
        update={"receipt": receipt, "write_timeout_s": FAST_WRITE_TIMEOUT_S}
    )
    world.station.close()
    world.settings = world.settings.model_copy(update={"printers": changed})
    world.station = open_station(world.settings, KEY, operator="tester", clock=FrozenClock())


def _receipts_for(printer: VirtualPrinter, reference: str) -> int:
    out_dir = printer.engine.out_dir
    assert out_dir is not None
    return sum(reference.encode() in path.read_bytes() for path in out_dir.glob("*.zpl"))


@pytest.mark.parametrize("cell", RECEIPT_CELLS)
def test_receipt_printer_fault_is_named_and_printing_again_gives_one_receipt(
    world: FaultWorld, receipt_printer: VirtualPrinter, cell: Cell, matrix_cell: CellRun
) -> None:
    _with_receipt_printer(world, receipt_printer)
    counter = world.station.counter
    if cell.fault == "printer stall":
        # The desk has printed a receipt before: the printer is known to answer status.
        counter.offer_quotes(counter_booking("DEV-RCPT-0"))
        assert counter.choose(0).receipt_report.state is PrintState.CONFIRMED  # type: ignore[union-attr]
    offered = counter.offer_quotes(counter_booking("DEV-RCPT-1"))
    assert offered.pack.stage is Stage.CHOOSE_SERVICE, offered.pack.message

    with PrinterFault(receipt_printer, cell.fault) as fault:
        fault.put_on(1)
        booked = counter.choose(0)
        shown = booked.pack
        matrix_cell.shown("; ".join((shown.message, *shown.problems)))
        assert shown.stage is Stage.DONE and shown.tone is Tone.ATTENTION, shown.message
        assert booked.receipt is not None and booked.receipt_report is not None
        assert booked.receipt_report.state is PrintState.FAILED
        [problem] = [p for p in shown.problems if p.startswith("The receipt was not printed")]
        assert FAULT_WORDS[cell.fault] in problem, problem
        assert "P to print the receipt again" in shown.next_action
        assert message_problems(problem, shown.next_action) == []
        fault.take_off()

    reference = booked.receipt.consignment_reference
    again = counter.print_receipt_again()
    matrix_cell.shown(again.pack.next_action)
    assert again.receipt_report is not None and again.receipt_report.state is PrintState.CONFIRMED
    assert _receipts_for(receipt_printer, reference) == 1
    numbers = world.tracking_numbers(reference)
    assert copies_by_tracking_number(world.printed_files(), numbers) == dict.fromkeys(numbers, 1)
    assert world.ledger_duplicates() == []
    assert world.journal_consistent(), world.journal_problems()
    assert world.lost_labels() == []


@pytest.mark.parametrize("cell", SHEET_CELLS)
def test_a_document_folder_that_refuses_the_driver_sheet_is_named_and_printing_again_works(
    world: FaultWorld, cell: Cell, matrix_cell: CellRun
) -> None:
    assert world.station.engine.scan("WEB-10021").stage is Stage.DONE
    closer = world.station.closer
    result = closer.manifest(closer.plan())
    assert result.manifested and not result.failed
    documents = world.station.devices.documents
    assert documents is not None
    folder = Path(world.settings.printers.document.url.removeprefix("file://"))  # type: ignore[union-attr]
    sheet = NamedPdf(DRIVER_SHEET, result.driver_sheets_pdf)

    folder.rmdir()
    folder.write_text("a file where the document folder should be")
    refused = documents.print_pdf(sheet)
    matrix_cell.shown(refused.message)
    assert refused.state is PrintState.FAILED and refused.not_printed == (0,)
    assert refused.message.startswith(f"{DRIVER_SHEET} was not printed:"), refused.message
    assert message_problems(refused.message) == []

    folder.unlink()
    folder.mkdir()
    printed = documents.print_pdf(sheet)
    assert printed.complete, printed.message
    assert len(list(folder.glob("*.pdf"))) == 1
    assert world.ledger_duplicates() == []
    assert world.journal_consistent(), world.journal_problems()


@pytest.mark.parametrize("world", [FAST_PRINTER], indirect=True, ids=[""])
@pytest.mark.parametrize(
    "cell", cells("allocated scan", ["print labels, printer never answered yet"], ["printer stall"])
)
def test_a_printer_stalled_from_the_first_job_leaves_the_pack_unconfirmed_and_listed(
    world: FaultWorld, cell: Cell, matrix_cell: CellRun
) -> None:
    with PrinterFault(world.printer, cell.fault) as fault:
        fault.put_on(1)
        sent = world.station.engine.scan("WEB-10021")
        matrix_cell.shown(sent.message)
        assert sent.stage is Stage.DONE and sent.tone is Tone.ATTENTION, sent.message
        assert "not confirmed printed" in sent.message and "did not answer" in sent.message
        assert message_problems(sent.message, sent.next_action) == []
        assert sent.shipment is not None
        reference = sent.shipment.reference
        [exception] = world.station.closer.plan().exceptions
        assert exception.reference == reference and "never confirmed" in exception.problem
        fault.take_off()

    # The stalled printer wakes up and prints what it was sent: once.
    assert world.printer.engine.wait_for_printed(1, 10.0)
    numbers = world.tracking_numbers(reference)
    assert copies_by_tracking_number(world.printed_files(), numbers) == dict.fromkeys(numbers, 1)
    checked = world.station.closer.plan(include_unconfirmed=[reference])
    assert [r.reference for r in checked.to_manifest] == [reference] and not checked.exceptions
    assert world.ledger_duplicates() == []
    assert world.journal_consistent(), world.journal_problems()
    assert world.lost_labels() == []
