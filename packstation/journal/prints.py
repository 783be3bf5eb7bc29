"""Writing print jobs, reprints and customs documents.

A print job is recorded in two steps: :meth:`PrintWrites.start_print_job` commits before the
bytes go to the printer (so a crash mid-job leaves "print unconfirmed", never "not printed"),
and :meth:`PrintWrites.finish_print_job` records the printer's answer once. The pack's print
stage is recomputed from all jobs on the label set, label by label, so a job that prints only
the labels missing after a paper-out completes the pack.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

from packstation.journal.base import JournalBase, inserted_id, require_row
from packstation.journal.errors import JournalStateError
from packstation.journal.records import PackStage, PrintOutcome
from packstation.journal.stages import advance, print_stage


class PrintWrites(JournalBase):
    """Recording label print jobs, reprints and printed customs documents."""

    def start_print_job(
        self,
        pack_id: int,
        label_set_id: int,
        printer_url: str,
        label_indices: Sequence[int],
        *,
        reprint_reason: str | None = None,
    ) -> int:
        """Record a job about to be sent (with its reprint reason, if a reprint); return its id.

        ``label_indices`` are the 0-based labels of the set the job prints.
        """
        indices = sorted(set(label_indices))
        if not indices:
            raise ValueError("a print job prints at least one label")
        if reprint_reason is not None and not reprint_reason:
            raise ValueError("a reprint needs a reason")
        with self._write() as connection:
            label_set = require_row(
                connection.execute(
                    "SELECT pack_id, label_count FROM label_sets WHERE label_set_id = ?",
                    (label_set_id,),
                ).fetchone(),
                f"label set {label_set_id}",
            )
            if label_set["pack_id"] != pack_id:
                raise JournalStateError(f"label set {label_set_id} is not pack {pack_id}'s")
            if indices[0] < 0 or indices[-1] >= label_set["label_count"]:
                raise JournalStateError(
                    f"label set {label_set_id} has {label_set['label_count']} labels, not {indices}"
                )
            at = self._now_text()
            job_id = inserted_id(
                connection.execute(
                    "INSERT INTO print_jobs (pack_id, label_set_id, printer_url, started_at,"
                    " label_count) VALUES (?, ?, ?, ?, ?)",
                    (pack_id, label_set_id, printer_url, at, len(indices)),
                )
            )
            connection.executemany(
                "INSERT INTO print_job_labels (print_job_id, label_index) VALUES (?, ?)",
                [(job_id, index) for index in indices],
            )
            if reprint_reason is not None:
                connection.execute(
                    "INSERT INTO reprints (pack_id, print_job_id, at, reason) VALUES (?, ?, ?, ?)",
                    (pack_id, job_id, at, reprint_reason),
                )
            _update_print_stage(connection, pack_id, label_set_id, at)
            return job_id

    def finish_print_job(
        self,
        print_job_id: int,
        outcome: PrintOutcome,
        *,
        reason: str | None = None,
        label_outcomes: Mapping[int, PrintOutcome] | None = None,
    ) -> PackStage:
        """Record the printer's answer to a job (once); return the pack's stage now.

        Every label of the job gets ``outcome`` unless ``label_outcomes`` says otherwise for
        it (e.g. after a paper-out: the first labels CONFIRMED, the rest FAILED).
        """
        overrides = dict(label_outcomes or {})
        with self._write() as connection:
            job = require_row(
                connection.execute(
                    "SELECT pack_id, label_set_id, outcome FROM print_jobs WHERE print_job_id = ?",
                    (print_job_id,),
                ).fetchone(),
                f"print job {print_job_id}",
            )
            if job["outcome"] is not None:
                raise JournalStateError(f"print job {print_job_id} already has its outcome")
            at = self._now_text()
            connection.execute(
                "UPDATE print_jobs SET outcome = ?, reason = ?, finished_at = ?"
                " WHERE print_job_id = ?",
                (outcome.value, reason, at, print_job_id),
            )
            job_labels = {
                row[0]
                for row in connection.execute(
                    "SELECT label_index FROM print_job_labels WHERE print_job_id = ?",
                    (print_job_id,),
                )
            }
            if not set(overrides) <= job_labels:
                raise JournalStateError(f"print job {print_job_id} did not print {overrides}")
            connection.executemany(
                "UPDATE print_job_labels SET outcome = ?"
                " WHERE print_job_id = ? AND label_index = ?",
                [
                    (overrides.get(index, outcome).value, print_job_id, index)
                    for index in job_labels
                ],
            )
            return _update_print_stage(connection, job["pack_id"], job["label_set_id"], at, reason)

    def record_customs_document(
        self,
        pack_id: int,
        document_type: str,
        printer_url: str,
        outcome: PrintOutcome,
        *,
        reason: str | None = None,
        data: bytes | None = None,
    ) -> int:
        """Record a customs document (e.g. ``"CN23"``) sent to the document printer."""
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO customs_documents (pack_id, at, document_type, printer_url,"
                " outcome, reason, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    pack_id,
                    self._now_text(),
                    document_type,
                    printer_url,
                    outcome.value,
                    reason,
                    data,
                ),
            )
            return inserted_id(cursor)


def _update_print_stage(
    connection: sqlite3.Connection,
    pack_id: int,
    label_set_id: int,
    at: str,
    note: str | None = None,
) -> PackStage:
    """Recompute the pack's print stage from every job on the label set."""
    label_count = connection.execute(
        "SELECT label_count FROM label_sets WHERE label_set_id = ?", (label_set_id,)
    ).fetchone()[0]
    sent = [
        (row[0], None if row[1] is None else PrintOutcome(row[1]))
        for row in connection.execute(
            "SELECT l.label_index, l.outcome FROM print_job_labels l"
            " JOIN print_jobs j ON j.print_job_id = l.print_job_id"
            " WHERE j.label_set_id = ?",
            (label_set_id,),
        )
    ]
    return advance(connection, pack_id, print_stage(label_count, sent), at, note)
