"""The stage rule and the label-by-label print stage, as pure functions."""

from __future__ import annotations

import pytest

from packstation.journal import PackStage, PrintOutcome
from packstation.journal.stages import moves_to, print_stage

S = PackStage
CONFIRMED, UNCONFIRMED, FAILED = (
    PrintOutcome.CONFIRMED,
    PrintOutcome.SENT_UNCONFIRMED,
    PrintOutcome.FAILED,
)


@pytest.mark.parametrize(
    ("current", "target", "moves"),
    [
        (S.STARTED, S.ALLOCATED, True),
        (S.ALLOCATION_FAILED, S.ALLOCATED, True),
        (S.ALLOCATED, S.ALLOCATION_FAILED, False),
        (S.PRINT_FAILED, S.PRINT_UNCONFIRMED, True),
        (S.PRINT_UNCONFIRMED, S.PRINT_FAILED, True),
        (S.PRINTED, S.PRINT_FAILED, False),
        (S.READY_TO_SHIP, S.PRINT_UNCONFIRMED, False),
        (S.READY_FAILED, S.READY_TO_SHIP, True),
        (S.READY_TO_SHIP, S.READY_FAILED, False),
        (S.MANIFEST_FAILED, S.MANIFEST_SENT, True),
        (S.MANIFEST_SENT, S.MANIFEST_FAILED, True),
        (S.MANIFESTED, S.MANIFEST_FAILED, False),
        (S.PRINTED, S.LABELS_STORED, False),
        (S.MANIFESTED, S.VOIDED, True),
        (S.VOIDED, S.ALLOCATED, False),
        (S.ALLOCATED, S.ALLOCATED, False),
    ],
)
def test_moves_to(current: PackStage, target: PackStage, moves: bool) -> None:
    assert moves_to(current, target) is moves


def test_every_label_confirmed_is_printed() -> None:
    assert print_stage(2, [(0, CONFIRMED), (1, CONFIRMED)]) is S.PRINTED


def test_the_best_outcome_per_label_counts_across_jobs() -> None:
    first_job = [(0, CONFIRMED), (1, FAILED), (2, FAILED)]
    assert print_stage(3, first_job) is S.PRINT_FAILED
    assert print_stage(3, [*first_job, (1, CONFIRMED), (2, UNCONFIRMED)]) is S.PRINT_UNCONFIRMED
    assert print_stage(3, [*first_job, (1, CONFIRMED), (2, CONFIRMED)]) is S.PRINTED


def test_a_job_without_answer_counts_as_unconfirmed() -> None:
    assert print_stage(2, [(0, None), (1, CONFIRMED)]) is S.PRINT_UNCONFIRMED


def test_a_label_never_sent_is_a_failed_print() -> None:
    assert print_stage(2, [(0, CONFIRMED)]) is S.PRINT_FAILED
