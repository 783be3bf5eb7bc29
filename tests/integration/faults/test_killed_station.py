"""The station process killed at every step boundary of a pack or a close, then started again.

The headless commands (``packstation pack`` and ``packstation close-shift``) run in a subprocess
against the world's sandbox, virtual printer and journal folder. The process is held at the step
boundary deterministically, never by sleeping: a sandbox fault that answers the next call only
after a long delay (and then with an error, so the held call never takes effect), or a slow
printer. Once the boundary is reached (the fault rule was taken, the printer printed a label),
the process gets SIGKILL. Then the station opens again on the same journal, recovery runs, and
the operator does what its item says. Every cell asserts: nothing duplicated at the sandbox,
every label printed exactly once or listed as an exception, the journal consistent, and a
recovery message that says what was found and what to do.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.domain.records import PackStage
from packstation.domain.session import Stage
from packstation.services.never_twice import UNSEEN_CALL_WINDOW
from packstation.services.recovery import RecoveryItem
from tests.integration.faults.conftest import KEY, FaultWorld
from tests.integration.faults.device_flows import (
    BOX,
    copies_by_tracking_number,
    option_reference,
    order_reference,
    reference_of,
)
from tests.integration.faults.matrix import Cell, CellRun, cells, message_problems

KILLED = "process killed"
HELD_S = 1.5
"""How long a held call waits at the sandbox: far longer than the kill takes once it arrived.

The sandbox answers it afterwards (with an error, so it never takes effect) to a dead connection;
shorter is better, as stopping the sandbox waits for it."""
START_DEADLINE_S = 60.0


@pytest.fixture(autouse=True)
def _sandbox_on_real_time(world: FaultWorld) -> None:
    """Run the sandbox on the real clock: the killed command is a process on the real clock too.

    Frozen on a fixed Monday, its options would have expired for a command run on a later date.
    """
    world.control.set_clock(datetime.now(UTC), frozen=False)


@dataclass(frozen=True)
class Held:
    """Where a killed process is held: a sandbox rule, or the printer having printed ``n``.

    A rule holds the request before the handler (and then answers an error, so the call never
    takes effect) or, with ``committed``, holds the answer of a call that already committed.
    """

    method: str = ""
    path: str = ""
    committed: str = ""
    """The ledger kind that shows the held call committed (``manifest``)."""
    printed_labels: int = 0


@dataclass
class WallClock:
    """The real time (the killed command's clock), moved on by hand to skip a wait."""

    ahead: timedelta = timedelta(0)

    def now(self) -> datetime:
        """Return the real time plus what the test moved it on."""
        return datetime.now(UTC) + self.ahead


def _command_env(world: FaultWorld) -> dict[str, str]:
    """Return the environment a headless command of this station runs with."""
    settings = world.settings
    home = Path(settings.station.data_dir).parent / "home"
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("PACKSTATION_")},
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "PACKSTATION_API_ENVIRONMENT": "custom",
        "PACKSTATION_API_URL": settings.api.base_url,
        "PACKSTATION_API_KEY": KEY,
        "PACKSTATION_LOCATION": settings.station.location or "",
        "PACKSTATION_LABEL_PRINTER": settings.printers.label.url or "",
        "PACKSTATION_DOCUMENT_PRINTER": settings.printers.document.url or "",
        "PACKSTATION_DATA_DIR": str(settings.station.data_dir),
        "PACKSTATION_POLICY": settings.station.policy,
        "PACKSTATION_STATION_NAME": settings.station.name,
    }


def _kill_when_held(world: FaultWorld, args: list[str], held: Held) -> None:
    """Run ``packstation ARGS`` until it reaches the boundary ``held`` names, then SIGKILL it."""
    printed_before = world.printer.printed_count
    if held.committed:
        world.control.add_fault(
            held.method, held.path, latency_s=HELD_S, latency_after_commit=True, times=1
        )
    elif held.method:
        world.control.add_fault(held.method, held.path, status=503, latency_s=HELD_S, times=1)
    process = subprocess.Popen(
        [sys.executable, "-m", "packstation", *args],
        env=_command_env(world),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + START_DEADLINE_S
        while not _reached(world, held, printed_before):
            if process.poll() is not None:
                out, err = process.communicate()
                pytest.fail(f"the command ended before the boundary: {out!r} {err!r}")
            assert time.monotonic() < deadline, "the command never reached the boundary"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)  # the station dies between two steps
    finally:
        process.wait(timeout=30)
        process.stdout.close()  # type: ignore[union-attr]
        process.stderr.close()  # type: ignore[union-attr]
    world.control.clear_faults()


def _reached(world: FaultWorld, held: Held, printed_before: int) -> bool:
    if held.committed:
        return any(entry.kind == held.committed for entry in world.control.ledger())
    if held.method:
        # A rule that fires once is gone from the list as soon as the held request arrived.
        return not world.control.faults()
    return world.printer.printed_count >= printed_before + held.printed_labels


def _item_for(items: list[RecoveryItem], reference: str, run: CellRun) -> RecoveryItem:
    matching = [item for item in items if item.reference == reference]
    assert len(matching) == 1, items
    item = matching[0]
    run.shown(f"{item.found}: {item.next_action}")
    problems = message_problems(item.found, item.next_action)
    if item.settled:  # "Nothing to do." is the right words for what recovery finished itself
        problems = [p for p in problems if p != "no action to take"]
    assert problems == []
    return item


def _assert_sound(world: FaultWorld, reference: str, copies: int = 1) -> None:
    """Nothing twice at the sandbox, each label printed ``copies`` times, journal consistent."""
    assert world.ledger_duplicates() == []
    assert world.journal_consistent(), world.journal_problems()
    numbers = world.tracking_numbers(reference)
    assert numbers, f"{reference} has tracking numbers"
    counts = copies_by_tracking_number(world.printed_files(), numbers)
    assert counts == dict.fromkeys(numbers, copies), counts


def _cell(flow: str, step: str) -> list[object]:
    return cells(flow, [step], [KILLED])


@pytest.mark.parametrize("cell", _cell("consumer option select", "intent written, before create"))
def test_killed_after_the_select_intent_before_the_consignment_exists(
    world: FaultWorld, cell: Cell, matrix_cell: CellRun
) -> None:
    option = option_reference(world.client, "KILL-SELECT-1")
    _kill_when_held(world, ["pack", option], Held("POST", "/deliveryoptions/select/*"))
    assert world.consignments_for("KILL-SELECT-1") == [], "the held select never took effect"

    # Restarted at once: the select was on its way when the station died, and PRO showing
    # nothing yet does not prove it will not land. The intent stays open for a minute.
    clock = WallClock()
    item = _item_for(world.restart(clock), option, matrix_cell)
    assert "may still go through" in item.found and not item.settled
    assert item.next_action.startswith(f"Wait a minute, then scan {option} again")
    engine = world.station.engine
    engine.scan(option)
    early = engine.choose(0)
    assert "may still be working on it" in early.message, early.message
    assert world.consignments_for("KILL-SELECT-1") == []
    clock.ahead = UNSEEN_CALL_WINDOW  # a minute later: nothing landed, so it did not happen
    offered = engine.scan(option)
    assert offered.stage is Stage.CONFIRM_OPTION, offered.message
    done = engine.choose(0)
    assert done.stage is Stage.DONE and done.shipment is not None, done.message
    assert world.consignments_for("KILL-SELECT-1") == [done.shipment.reference]
    _assert_sound(world, done.shipment.reference)
    assert world.lost_labels() == []


@pytest.mark.parametrize("cell", _cell("order pack", "created, before allocate"))
def test_killed_after_the_order_is_packed_before_allocation(
    world: FaultWorld, cell: Cell, matrix_cell: CellRun
) -> None:
    order = order_reference(world.client, "KILL-ORDER-1")
    args = ["pack", order, "--weight-kg", "1.2", "--dims", "30x20x10"]
    _kill_when_held(world, args, Held("*", "/allocation/*"))
    [reference] = world.consignments_for("KILL-ORDER-1")
    assert world.state_of(reference) == "Unallocated"

    clock = WallClock()
    item = _item_for(world.restart(clock), reference, matrix_cell)
    assert "may still go through" in item.found and not item.settled
    assert item.next_action.startswith(f"Wait a minute, then scan {reference} again")
    assert reference in {e.reference for e in world.station.closer.plan().exceptions}
    # The packer has the order's barcode in hand: scanning it continues the same consignment,
    # and allocating it waits until the allocation sent before the kill can no longer land.
    engine = world.station.engine
    early = engine.scan(order)
    if early.stage is Stage.CONFIRM_PARCELS:
        early = engine.confirm_parcels([BOX])
    assert "may still be working on it" in early.message, early.message
    clock.ahead = UNSEEN_CALL_WINDOW
    done = engine.scan(order)
    if done.stage is Stage.CONFIRM_PARCELS:
        done = world.station.engine.confirm_parcels([BOX])
    assert done.stage is Stage.DONE, done.message
    assert world.consignments_for("KILL-ORDER-1") == [reference]
    _assert_sound(world, reference)
    assert world.lost_labels() == []


@pytest.mark.parametrize("cell", _cell("unallocated confirm", "allocated, before labels"))
def test_killed_after_allocation_before_the_labels_are_fetched(
    world: FaultWorld, cell: Cell, matrix_cell: CellRun
) -> None:
    reference = reference_of(world.client, "WEB-10032")
    args = ["pack", reference, "--weight-kg", "2.0", "--dims", "40x30x20"]
    _kill_when_held(world, args, Held("GET", "/labels/*"))
    assert world.state_of(reference) == "Allocated"
    assert world.printed_files() == []

    item = _item_for(world.restart(), reference, matrix_cell)
    assert item.found == "allocated but no label printed" and not item.settled
    assert item.next_action == f"Scan {reference} to print its label."
    assert reference in {e.reference for e in world.station.closer.plan().exceptions}
    done = world.station.engine.scan(reference)
    assert done.stage is Stage.DONE, done.message
    assert world.state_of(reference) == "ReadyToShip"
    _assert_sound(world, reference)
    assert world.lost_labels() == []


@pytest.mark.parametrize("cell", _cell("allocated scan 3 parcels", "mid-print, 1 of 3 out"))
def test_killed_mid_print_after_one_of_three_labels(
    world: FaultWorld, cell: Cell, matrix_cell: CellRun
) -> None:
    reference = reference_of(world.client, "WEB-10023")
    world.printer.set_faults(slow_s=0.4)  # the kill lands while label 2 is on its way out
    _kill_when_held(world, ["pack", reference], Held(printed_labels=1))
    world.printer.set_faults(slow_s=0.0)
    # The job was sent whole before the kill: the printer finishes it, the journal cannot know.
    assert world.printer.engine.wait_for_printed(3, 10.0)

    item = _item_for(world.restart(), reference, matrix_cell)
    assert item.found == "label sent but the printer never confirmed it" and not item.settled
    assert "reprint if not" in item.next_action
    pack = world.station.journal.find_pack(reference)
    assert pack is not None and pack.stage is PackStage.PRINT_UNCONFIRMED
    assert {e.reference for e in world.station.closer.plan().exceptions} == {reference}
    _assert_sound(world, reference)
    assert world.lost_labels() == []
    checked = world.station.closer.plan(include_unconfirmed=[reference])
    assert [r.reference for r in checked.to_manifest] == [reference]


@pytest.mark.parametrize("cell", _cell("allocated scan", "printed, before ready to ship"))
def test_killed_after_printing_before_ready_to_ship(
    world: FaultWorld, cell: Cell, matrix_cell: CellRun
) -> None:
    reference = reference_of(world.client, "WEB-10021")
    _kill_when_held(world, ["pack", reference], Held("PUT", "/consignments/setreadytoship"))
    assert world.state_of(reference) == "Allocated"

    item = _item_for(world.restart(), reference, matrix_cell)
    assert item.found == "printed, now marked ready to ship" and item.settled
    assert world.state_of(reference) == "ReadyToShip"
    again = world.station.engine.scan(reference)
    assert again.stage is Stage.ALREADY_DONE, again.message
    _assert_sound(world, reference)
    assert world.station.closer.plan().exceptions == ()


@pytest.mark.parametrize("cell", _cell("close shift", "manifest committed, before journal"))
def test_killed_after_the_manifest_committed_before_its_answer_was_journalled(
    world: FaultWorld, cell: Cell, matrix_cell: CellRun, tmp_path: Path
) -> None:
    reference = reference_of(world.client, "WEB-10021")
    assert world.station.engine.scan(reference).stage is Stage.DONE
    args = ["close-shift", "--out", str(tmp_path / "close")]
    _kill_when_held(world, args, Held("PUT", "/consignments/manifest", committed="manifest"))
    assert world.state_of(reference) == "Manifested"

    item = _item_for(world.restart(), reference, matrix_cell)
    assert item.found == "manifest sent, no answer came back" and not item.settled
    assert item.next_action.startswith("Close the shift again")
    closer = world.station.closer
    result = closer.manifest(closer.plan())
    assert [r.reference for r in result.manifested] == [reference] and not result.failed
    pack = world.station.journal.find_pack(reference)
    assert pack is not None and pack.stage is PackStage.MANIFESTED
    _assert_sound(world, reference)
