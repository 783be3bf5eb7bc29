"""Print jobs: recorded before sending, answered once, counted label by label."""

from __future__ import annotations

import pytest

from packstation.journal import Journal, JournalStateError, PackStage, PrintOutcome, ShiftRecord
from tests.unit.journal.builders import PRINTER, labelled_pack, printed_pack


def test_a_job_without_answer_reads_as_unconfirmed(journal: Journal, shift: ShiftRecord) -> None:
    pack_id, label_set_id = labelled_pack(journal, shift.shift_id)
    journal.start_print_job(pack_id, label_set_id, PRINTER, [0, 1])
    pack = journal.pack(pack_id)
    assert pack.stage is PackStage.PRINT_UNCONFIRMED
    assert pack.print_outcome is PrintOutcome.SENT_UNCONFIRMED
    [job] = journal.print_jobs(pack_id)
    assert job.outcome is None and job.finished_at is None
    assert job.label_indices == (0, 1) and job.printer_url == PRINTER


def test_paper_out_midway_then_only_the_missing_label(journal: Journal, shift: ShiftRecord) -> None:
    pack_id, label_set_id = labelled_pack(journal, shift.shift_id)
    first = journal.start_print_job(pack_id, label_set_id, PRINTER, [0, 1])
    stage = journal.finish_print_job(
        first,
        PrintOutcome.FAILED,
        reason="paper out",
        label_outcomes={0: PrintOutcome.CONFIRMED},
    )
    assert stage is PackStage.PRINT_FAILED
    assert journal.pack(pack_id).print_reason == "paper out"
    second = journal.start_print_job(pack_id, label_set_id, PRINTER, [1])
    assert journal.finish_print_job(second, PrintOutcome.CONFIRMED) is PackStage.PRINTED
    jobs = journal.print_jobs(pack_id)
    assert [(job.label_indices, job.outcome) for job in jobs] == [
        ((0, 1), PrintOutcome.FAILED),
        ((1,), PrintOutcome.CONFIRMED),
    ]


def test_sent_but_unconfirmed_stays_unconfirmed(journal: Journal, shift: ShiftRecord) -> None:
    pack_id, label_set_id = labelled_pack(journal, shift.shift_id)
    job = journal.start_print_job(pack_id, label_set_id, PRINTER, [0, 1])
    stage = journal.finish_print_job(
        job, PrintOutcome.SENT_UNCONFIRMED, reason="printer gives no status"
    )
    assert stage is PackStage.PRINT_UNCONFIRMED
    assert journal.pack(pack_id).print_outcome is PrintOutcome.SENT_UNCONFIRMED


def test_reprints_add_jobs_and_reasons(journal: Journal, shift: ShiftRecord) -> None:
    pack_id = printed_pack(journal, shift.shift_id)
    stored = journal.stored_labels(pack_id)
    assert stored is not None
    for reason in ("smudged", "label fell off"):
        job = journal.start_print_job(
            pack_id, stored.label_set_id, PRINTER, [0], reprint_reason=reason
        )
        journal.finish_print_job(job, PrintOutcome.CONFIRMED)
    jobs = journal.print_jobs(pack_id)
    assert [job.reprint_reason for job in jobs] == [None, "smudged", "label fell off"]
    assert journal.pack(pack_id).reprint_count == 2
    assert journal.pack(pack_id).stage is PackStage.PRINTED


def test_an_answer_is_recorded_once(journal: Journal, shift: ShiftRecord) -> None:
    pack_id, label_set_id = labelled_pack(journal, shift.shift_id)
    job = journal.start_print_job(pack_id, label_set_id, PRINTER, [0, 1])
    journal.finish_print_job(job, PrintOutcome.FAILED, reason="head open")
    with pytest.raises(JournalStateError):
        journal.finish_print_job(job, PrintOutcome.CONFIRMED)
    assert journal.print_jobs(pack_id)[0].outcome is PrintOutcome.FAILED


def test_jobs_must_fit_their_label_set(journal: Journal, shift: ShiftRecord) -> None:
    pack_id, label_set_id = labelled_pack(journal, shift.shift_id, "EC-AAA-BBB-001")
    other_pack, _ = labelled_pack(journal, shift.shift_id, "EC-AAA-BBB-002")
    with pytest.raises(JournalStateError, match="2 labels"):
        journal.start_print_job(pack_id, label_set_id, PRINTER, [2])
    with pytest.raises(JournalStateError, match="2 labels"):
        journal.start_print_job(pack_id, label_set_id, PRINTER, [-1])
    with pytest.raises(JournalStateError, match="not pack"):
        journal.start_print_job(other_pack, label_set_id, PRINTER, [0])
    with pytest.raises(JournalStateError):
        journal.start_print_job(pack_id, 999, PRINTER, [0])
    with pytest.raises(ValueError):
        journal.start_print_job(pack_id, label_set_id, PRINTER, [])
    with pytest.raises(ValueError):
        journal.start_print_job(pack_id, label_set_id, PRINTER, [0], reprint_reason="")
    job = journal.start_print_job(pack_id, label_set_id, PRINTER, [0])
    with pytest.raises(JournalStateError, match="did not print"):
        journal.finish_print_job(job, PrintOutcome.FAILED, label_outcomes={1: PrintOutcome.FAILED})
    assert [job.print_job_id for job in journal.print_jobs(pack_id)] == [job]
    assert journal.print_jobs(pack_id)[0].outcome is None


def test_customs_documents_are_recorded(journal: Journal, shift: ShiftRecord) -> None:
    pack_id = printed_pack(journal, shift.shift_id)
    document_id = journal.record_customs_document(
        pack_id, "CN23", "file:///tmp/docs", PrintOutcome.CONFIRMED, data=b"%PDF-1.7 cn23"
    )
    failed_id = journal.record_customs_document(
        pack_id, "CommercialInvoice", "cups://office", PrintOutcome.FAILED, reason="offline"
    )
    assert failed_id > document_id
    rows = journal.export_shift(shift.shift_id)["tables"]["customs_documents"]
    assert [(row["document_type"], row["outcome"]) for row in rows] == [
        ("CN23", "confirmed"),
        ("CommercialInvoice", "failed"),
    ]
