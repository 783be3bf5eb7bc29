"""Any order of events keeps the stage rules: voids are final, no later step is ever undone."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.journal import (
    Journal,
    LabelFormat,
    ManifestResult,
    PackageRecord,
    PackStage,
    PrintOutcome,
)
from tests.unit.journal.builders import PRINTER

REFERENCE = "EC-PRO-PER-TY1"
GROUP_OF = {
    PackStage.STARTED: 0,
    PackStage.ALLOCATION_FAILED: 1,
    PackStage.ALLOCATED: 1,
    PackStage.LABELS_STORED: 2,
    PackStage.PRINT_FAILED: 3,
    PackStage.PRINT_UNCONFIRMED: 3,
    PackStage.PRINTED: 3,
    PackStage.READY_FAILED: 4,
    PackStage.READY_TO_SHIP: 4,
    PackStage.MANIFEST_FAILED: 5,
    PackStage.MANIFEST_SENT: 5,
    PackStage.MANIFESTED: 5,
    PackStage.VOIDED: 6,
}

EVENTS = st.lists(
    st.one_of(
        st.just(("allocate",)),
        st.just(("allocation_failed",)),
        st.tuples(st.just("labels"), st.integers(1, 3)),
        st.tuples(st.just("print"), st.sampled_from(list(PrintOutcome) + [None])),
        st.tuples(st.just("ready"), st.booleans()),
        st.tuples(st.just("manifest"), st.sampled_from([True, False, None])),
        st.just(("void",)),
    ),
    max_size=14,
)


def _apply(journal: Journal, shift_id: int, pack_id: int, event: tuple[object, ...]) -> None:
    kind = event[0]
    if kind == "allocate":
        journal.record_allocation(
            pack_id, carrier="DPD", service="x", tracking_numbers=["T"], packages=[PackageRecord(1)]
        )
    elif kind == "allocation_failed":
        journal.record_allocation_failed(pack_id, "no service")
    elif kind == "labels":
        count = int(str(event[1]))
        journal.store_labels(pack_id, LabelFormat.ZPL, [b"^XA^XZ" * count], label_count=count)
    elif kind == "print":
        stored = journal.stored_labels(pack_id)
        if stored is not None:
            job = journal.start_print_job(
                pack_id, stored.label_set_id, PRINTER, range(stored.label_count)
            )
            if isinstance(event[1], PrintOutcome):
                journal.finish_print_job(job, event[1])
    elif kind == "ready":
        journal.record_ready_to_ship(pack_id, succeeded=bool(event[1]))
    elif kind == "manifest":
        attempt = journal.start_manifest(shift_id, [REFERENCE])
        if event[1] is not None:
            journal.record_manifest_answer(attempt, [ManifestResult(REFERENCE, bool(event[1]))])
    else:
        journal.void_pack(pack_id, "changed mind")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=EVENTS)
def test_any_order_of_events_keeps_the_stage_rules(events: list[tuple[object, ...]]) -> None:
    with tempfile.TemporaryDirectory() as directory:
        with Journal.open(Path(directory) / "journal.sqlite3") as journal:
            shift = journal.open_shift("prop", "SL-1")
            pack_id = journal.start_pack(shift.shift_id, REFERENCE).pack_id
            for event in events:
                _apply(journal, shift.shift_id, pack_id, event)
            history = [change.stage for change in journal.stage_history(pack_id)]
            assert history[-1] is journal.pack(pack_id).stage
            groups = [GROUP_OF[stage] for stage in history]
            assert groups == sorted(groups), history
            if PackStage.VOIDED in history:
                assert history.index(PackStage.VOIDED) == len(history) - 1
            assert all(a is not b for a, b in zip(history, history[1:], strict=False))
            assert journal.check_consistency() == []
