"""The API half of the fault matrix: every remote step of every flow × every SortedPRO failure.

For each cell the fault goes on that step's endpoint, the operator works the flow (with one
retry after a failure message, as the screen says), and then: nothing was created, allocated or
manifested twice at the sandbox; every label of every allocated consignment is printed or listed
as a shift exception; the journal is consistent; every message shown was clear. Transient faults
must not keep the flow from finishing; a storm only must not break those rules.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.integration.faults.api_flows import (
    API_FLOWS,
    FAULT_NAMES,
    FAULTS_BY_NAME,
    FLOWS_BY_NAME,
    RETRY_DELAY_S,
)
from tests.integration.faults.conftest import WorldFactory, WorldOptions
from tests.integration.faults.matrix import Cell, CellRun, cells, message_problems, not_applicable


def _matrix() -> list[object]:
    params: list[object] = []
    for flow in API_FLOWS:
        absent = flow.cells_not_applicable()
        skip = [f"{step}/{fault}" for step, fault, _ in absent]
        for step, fault, reason in absent:
            not_applicable(flow.name, step, fault, reason)
        params += cells(flow.name, [s.name for s in flow.steps], FAULT_NAMES, skip=skip)
    return params


@pytest.mark.parametrize("cell", _matrix())
def test_api_fault_cell(cell: Cell, make_world: WorldFactory, matrix_cell: CellRun) -> None:
    flow = FLOWS_BY_NAME[cell.flow]
    step = flow.step(cell.step)
    fault = FAULTS_BY_NAME[cell.fault]
    options = WorldOptions(policy=flow.policy, retry_delay_s=RETRY_DELAY_S)
    if fault.read_timeout_s is not None:
        options = replace(options, read_timeout_s=fault.read_timeout_s)
    world = make_world(options)
    prepared = flow.prepare(world)
    for method, path, rule in step.also:
        world.control.add_fault(method, path, **rule)
    rule_id = world.control.add_fault(step.method, step.path, **fault.rule)

    seen = flow.operate(world, prepared)
    world.settle()

    for message, next_action, problems in seen.messages:
        matrix_cell.shown(message)
        assert message_problems(message, next_action) == [], (message, next_action)
        for problem in problems:
            assert message_problems(problem, "x try") == [], problem
    left = [r for r in world.control.faults() if r["Id"] == rule_id]
    assert not left or left[0]["Times"] < fault.times, "the fault never fired: the step is wrong"
    assert world.ledger_duplicates() == []
    assert world.lost_labels(also=seen.references) == []
    assert world.journal_consistent(), world.journal_problems()
    if fault.transient:
        assert seen.completed, seen.last or "the flow did not finish"
