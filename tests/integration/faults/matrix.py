"""The fault matrix: cells (flow, step, fault), their outcomes, and the rules every cell checks.

Each matrix test is parametrized with :func:`cells` (ids ``flow/step/fault``) and takes the
``matrix_cell`` fixture (see ``conftest.py``): the test tells it the operator message shown, and
the conftest's report hook records pass or fail when the test ends. Cells that cannot apply are
declared with :func:`not_applicable` so that they show as "—" with their reason instead of
silently missing. ``pytest_terminal_summary`` prints :func:`summary_lines` after every run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pytest

PASSED = "✓"
FAILED = "✗"
NOT_APPLICABLE = "—"


@dataclass(frozen=True)
class Cell:
    """One point of the matrix."""

    flow: str
    step: str
    fault: str

    @property
    def id(self) -> str:
        """The pytest id, ``flow/step/fault``."""
        return f"{self.flow}/{self.step}/{self.fault}"


@dataclass
class CellOutcome:
    """What one cell ended with."""

    cell: Cell
    mark: str
    message: str = ""
    reason: str = ""


@dataclass
class CellRun:
    """Handed to a running matrix test; collects what the operator was shown."""

    cell: Cell | None = None
    messages: list[str] = field(default_factory=list)

    def start(self, cell: Cell) -> Cell:
        """Name the cell this test runs."""
        self.cell = cell
        return cell

    def shown(self, message: str) -> None:
        """Note a message the operator saw (the last one goes into the table's notes)."""
        self.messages.append(message)


@dataclass
class MatrixRecorder:
    """Every cell's outcome in this test run, in the order they ended."""

    outcomes: dict[Cell, CellOutcome] = field(default_factory=dict)

    def finish(self, run: CellRun, *, passed: bool) -> None:
        """Record a test's cell as passed or failed."""
        if run.cell is None:
            return
        message = run.messages[-1] if run.messages else ""
        self.outcomes[run.cell] = CellOutcome(run.cell, PASSED if passed else FAILED, message)

    def not_applicable(self, cell: Cell, reason: str) -> None:
        """Record a cell that cannot happen, with the reason."""
        self.outcomes.setdefault(cell, CellOutcome(cell, NOT_APPLICABLE, reason=reason))


RECORDER = MatrixRecorder()


def cells(
    flow: str, steps: Sequence[str], faults: Sequence[str], *, skip: Iterable[str] = ()
) -> list[object]:
    """Return ``pytest.param`` cells for every step × fault of a flow (ids ``flow/step/fault``).

    ``skip`` names ``step/fault`` pairs declared with :func:`not_applicable` instead.
    """
    skipped = set(skip)
    return [
        pytest.param(Cell(flow, step, fault), id=Cell(flow, step, fault).id)
        for step in steps
        for fault in faults
        if f"{step}/{fault}" not in skipped
    ]


def not_applicable(flow: str, step: str, fault: str, reason: str) -> None:
    """Declare a cell that cannot happen, so the table shows "—" and the reason."""
    RECORDER.not_applicable(Cell(flow, step, fault), reason)


# -- the operator message rule ----------------------------------------------------------------

_JARGON = re.compile(
    r"Traceback|\bhttpx\b|\bHTTP\b|status code|\b(?:429|500|502|503|504)\b|Errno|"
    r"\b[A-Z][A-Za-z]*(?:Error|Exception|Timeout)\b|\bNone\b|<[a-z_.]+ object|\w+\.py\b|"
    r"\b(?:GET|PUT|POST|DELETE|PATCH) /",
)
_ACTION = re.compile(
    r"\b(?:try|scan|press|call|wait|ask|check|put|weigh|reprint|retry|close|choose|confirm|"
    r"look|destroy|stick|leave|use|reload|load|turn|switch|fix|open|print|contact)\b",
    re.IGNORECASE,
)


def message_problems(message: str, next_action: str = "") -> list[str]:
    """Return why an operator message is not clear; ``[]`` when it is.

    Clear means: something is said, it carries no traceback, exception class name, HTTP status
    or library jargon, and the message with its next action tells the operator what to do.
    """
    text = f"{message} {next_action}".strip()
    problems = []
    if not message.strip():
        problems.append("no message")
    jargon = _JARGON.search(text)
    if jargon:
        problems.append(f"jargon {jargon.group(0)!r}")
    if not _ACTION.search(text):
        problems.append("no action to take")
    return problems


# -- the summary ------------------------------------------------------------------------------


def summary_lines(recorder: MatrixRecorder = RECORDER) -> list[str]:
    """Return the size, the counts and one compact table per flow."""
    outcomes = list(recorder.outcomes.values())
    if not outcomes:
        return []
    flows = _ordered(o.cell.flow for o in outcomes)
    steps = _ordered(o.cell.step for o in outcomes)
    faults = _ordered(o.cell.fault for o in outcomes)
    passed = sum(o.mark == PASSED for o in outcomes)
    failed = sum(o.mark == FAILED for o in outcomes)
    absent = sum(o.mark == NOT_APPLICABLE for o in outcomes)
    lines = [
        f"Fault matrix: {len(outcomes)} cells ({len(flows)} flows × {len(steps)} steps × "
        f"{len(faults)} faults, as they apply), {passed} passed, {failed} failed, "
        f"{absent} not applicable"
    ]
    for flow in flows:
        lines += _flow_table(flow, [o for o in outcomes if o.cell.flow == flow])
    reasons = [o for o in outcomes if o.mark == NOT_APPLICABLE]
    if reasons:
        lines.append("Not applicable:")
        lines += [f"  {o.cell.id}: {o.reason}" for o in reasons]
    failures = [o for o in outcomes if o.mark == FAILED]
    if failures:
        lines.append("Failed cells (last operator message):")
        lines += [f"  {o.cell.id}: {o.message or '(none)'}" for o in failures]
    return lines


def _flow_table(flow: str, outcomes: list[CellOutcome]) -> list[str]:
    steps = _ordered(o.cell.step for o in outcomes)
    faults = _ordered(o.cell.fault for o in outcomes)
    marks = {(o.cell.step, o.cell.fault): o.mark for o in outcomes}
    step_width = max(len(step) for step in (*steps, "step"))
    header = f"    {'step':<{step_width}} | " + " | ".join(faults)
    rows = [
        f"    {step:<{step_width}} | "
        + " | ".join(f"{marks.get((step, fault), ' '):^{len(fault)}}" for fault in faults)
        for step in steps
    ]
    return [f"  {flow}:", header, *rows]


def _ordered(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
