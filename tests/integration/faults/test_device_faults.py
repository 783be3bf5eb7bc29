"""Printer faults at the print step of every flow that prints, and the operator's retry.

Each cell brings a flow to its print call, puts one fault on the virtual printer, prints, and
checks what the packer is told: the printer's reason in plain words and a retry. Then the fault
is fixed as a person would fix it and the packer retries. The retry must print exactly the
labels that did not come out (counted by tracking number in the printer's files), nothing may be
created or allocated twice at the sandbox, the journal stays consistent, and until the retry the
pack is an exception in the close-shift plan.

After a dropped connection the printer cannot say which labels it took; the packer looks and
names the missing ones (``retry_print(only=…)``), which is what the cell does from the files.
"""

from __future__ import annotations

import pytest

from packstation.domain.session import Stage
from tests.integration.faults.conftest import FaultWorld
from tests.integration.faults.device_flows import (
    FAST_PRINTER,
    FAULT_WORDS,
    LABEL_FLOWS,
    PRINTER_FAULTS,
    LabelFlow,
    PrinterFault,
    copies_by_tracking_number,
    missing_labels,
)
from tests.integration.faults.matrix import Cell, CellRun, cells, message_problems

PRINT_STEP = "print labels"
FLOWS = {flow.name: flow for flow in LABEL_FLOWS}
LABEL_CELLS = [c for flow in LABEL_FLOWS for c in cells(flow.name, [PRINT_STEP], PRINTER_FAULTS)]


def _exceptions(world: FaultWorld) -> set[str]:
    return {e.reference for e in world.station.closer.plan().exceptions}


@pytest.mark.parametrize("world", [FAST_PRINTER], indirect=True, ids=[""])
@pytest.mark.parametrize("cell", LABEL_CELLS)
def test_printer_fault_is_named_and_the_retry_prints_only_the_missing_labels(
    world: FaultWorld, cell: Cell, matrix_cell: CellRun
) -> None:
    flow: LabelFlow = FLOWS[cell.flow]
    print_call = flow.prepare(world.station, world.client)
    printed_before = set(world.printed_files())
    with PrinterFault(world.printer, cell.fault) as fault:
        if cell.fault == "printer stall":
            # The Devices screen has shown the printer ready: it is known to answer status.
            assert world.station.devices.labels.status().ready
        fault.put_on(flow.parcels)
        failed = print_call()
        matrix_cell.shown(failed.message)

        assert failed.stage is Stage.PRINT_FAILED, failed.message
        assert FAULT_WORDS[cell.fault] in failed.message, failed.message
        assert "retry" in failed.next_action.lower()
        assert message_problems(failed.message, failed.next_action) == []
        assert failed.shipment is not None and failed.print_report is not None
        reference = failed.shipment.reference
        # A failed reprint leaves the pack as it was: its labels did print once.
        unprinted_pack = flow.copies == 1
        assert (reference in _exceptions(world)) is unprinted_pack, "exception while unprinted"
        fault.take_off()

    numbers = world.tracking_numbers(reference)
    new_files = [path for path in world.printed_files() if path not in printed_before]
    # Only a dropped connection leaves the printer unable to say what it printed.
    named = missing_labels(new_files, numbers) if not failed.print_report.not_printed else None
    done = flow.retry(world.station)(named)
    matrix_cell.shown(done.message)

    assert done.stage is Stage.DONE, done.message
    copies = copies_by_tracking_number(world.printed_files(), numbers)
    assert copies == dict.fromkeys(numbers, flow.copies), copies
    assert world.ledger_duplicates() == []
    assert world.journal_consistent(), world.journal_problems()
    assert reference not in _exceptions(world)
    assert world.lost_labels() == []
