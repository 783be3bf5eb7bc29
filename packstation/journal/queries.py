"""The questions the engine, recovery and the shift screen ask the journal."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime

from packstation.journal.base import (
    JournalBase,
    optional_time,
    require_row,
    text_to_time,
    time_to_text,
)
from packstation.journal.intents import intent_from_row, read_intent
from packstation.journal.manifests import read_attempt
from packstation.journal.packread import load_packs, read_pack
from packstation.journal.records import (
    EXCEPTION_STAGES,
    MANIFESTABLE_STAGES,
    RECOVERY_STAGES,
    IntentKind,
    IntentRecord,
    LabelFormat,
    ManifestAttemptRecord,
    PackRecord,
    PackStage,
    PrintJobRecord,
    PrintOutcome,
    PrintSummary,
    ScanRecord,
    ShiftRecord,
    StageChange,
    StoredLabels,
)
from packstation.journal.shifts import shift_from_row

# Only the latest allocation of a pack counts: a re-allocation replaces its tracking numbers.
_LATEST_ALLOCATION = (
    "a.allocation_id = (SELECT MAX(allocation_id) FROM allocations x WHERE x.pack_id = a.pack_id)"
)
_BY_TRACKING_NUMBER = f"""p.pack_id IN (
    SELECT a.pack_id FROM packages k JOIN allocations a ON a.allocation_id = k.allocation_id
    JOIN packs q ON q.pack_id = a.pack_id
    WHERE q.shift_id = ? AND k.tracking_number = ? AND {_LATEST_ALLOCATION}
    UNION
    SELECT a.pack_id FROM allocations a JOIN packs q ON q.pack_id = a.pack_id,
        json_each(a.tracking_numbers) t
    WHERE q.shift_id = ? AND t.value = ? AND {_LATEST_ALLOCATION})"""

# ``{where}`` conditions of this module are fixed text; values always go in as parameters.
_NEWEST_OF_SHIFT = (
    "p.pack_id IN (SELECT pack_id FROM packs WHERE shift_id = ? ORDER BY pack_id DESC LIMIT ?)"
)
_PACKED_COUNTS = """
SELECT COUNT(*), COALESCE(SUM(first_at > ?5), 0) FROM (
    SELECT j.pack_id, MIN(j.finished_at) AS first_at
    FROM print_jobs j
    JOIN print_job_labels l ON l.print_job_id = j.print_job_id
    JOIN packs p ON p.pack_id = j.pack_id
    WHERE p.shift_id = ?3 AND p.stage != ?4 AND l.outcome IN (?1, ?2)
        AND j.finished_at IS NOT NULL
    GROUP BY j.pack_id)
"""


class Queries(JournalBase):
    """Read-only questions; each runs on the reader connection in one snapshot."""

    def current_shift(self) -> ShiftRecord | None:
        """Return the open shift, if any."""
        with self._read() as connection:
            row = connection.execute(
                "SELECT * FROM shifts WHERE closed_at IS NULL ORDER BY shift_id DESC LIMIT 1"
            ).fetchone()
            return None if row is None else shift_from_row(row)

    def shift(self, shift_id: int) -> ShiftRecord:
        """One shift by id."""
        with self._read() as connection:
            row = connection.execute(
                "SELECT * FROM shifts WHERE shift_id = ?", (shift_id,)
            ).fetchone()
            return shift_from_row(require_row(row, f"shift {shift_id}"))

    def pack(self, pack_id: int) -> PackRecord:
        """One pack by id, with its latest allocation and print state."""
        with self._read() as connection:
            return read_pack(connection, pack_id)

    def pack_for_consignment(self, shift_id: int, consignment_reference: str) -> PackRecord | None:
        """Return the latest pack of this consignment in the shift (to say "already done")."""
        with self._read() as connection:
            packs = load_packs(
                connection,
                "p.pack_id = (SELECT MAX(pack_id) FROM packs"
                " WHERE shift_id = ? AND consignment_reference = ?)",
                (shift_id, consignment_reference),
            )
            return packs[0] if packs else None

    def pack_for_tracking_number(self, shift_id: int, tracking_number: str) -> PackRecord | None:
        """Return the latest pack of the shift whose current allocation has this tracking number.

        Both the parcels' tracking numbers and the consignment-level list are searched, so a
        scanned carrier barcode finds its pack without asking PRO.
        """
        with self._read() as connection:
            packs = load_packs(connection, _BY_TRACKING_NUMBER, (shift_id, tracking_number) * 2)
            return packs[-1] if packs else None

    def shift_packs(self, shift_id: int) -> list[PackRecord]:
        """Every pack of the shift in the order they were started (the shift screen)."""
        with self._read() as connection:
            return load_packs(connection, "p.shift_id = ?", (shift_id,))

    def packs_in_stages(
        self, stages: Iterable[PackStage], *, shift_id: int | None = None
    ) -> list[PackRecord]:
        """Packs now at one of ``stages``, in one shift or in all of them."""
        values = sorted({stage.value for stage in stages})
        if not values:
            return []
        condition = f"p.stage IN ({', '.join('?' * len(values))})"
        parameters: list[object] = list(values)
        if shift_id is not None:
            condition += " AND p.shift_id = ?"
            parameters.append(shift_id)
        with self._read() as connection:
            return load_packs(connection, condition, parameters)

    def unfinished_packs(self, *, shift_id: int | None = None) -> list[PackRecord]:
        """Packs left between two steps, for start-up recovery (all shifts by default)."""
        return self.packs_in_stages(RECOVERY_STAGES, shift_id=shift_id)

    def shift_exceptions(self, shift_id: int) -> list[PackRecord]:
        """Packs to show first when closing: not printed, print unsure, not allocated or ready."""
        return self.packs_in_stages(EXCEPTION_STAGES, shift_id=shift_id)

    def packs_to_manifest(self, shift_id: int) -> list[PackRecord]:
        """Ready-to-ship packs of the shift and those whose manifest failed."""
        return self.packs_in_stages(MANIFESTABLE_STAGES, shift_id=shift_id)

    def stage_history(self, pack_id: int) -> list[StageChange]:
        """Every stage the pack went through, oldest first."""
        with self._read() as connection:
            rows = connection.execute(
                "SELECT at, stage, note FROM pack_stages WHERE pack_id = ? ORDER BY pack_stage_id",
                (pack_id,),
            ).fetchall()
            return [StageChange(text_to_time(r[0]), PackStage(r[1]), r[2]) for r in rows]

    def open_intents(self, *, shift_id: int | None = None) -> list[IntentRecord]:
        """Intents with no outcome or an unknown one: what recovery must look up first."""
        condition = "(outcome IS NULL OR outcome = 'unknown')"
        parameters: tuple[object, ...] = ()
        if shift_id is not None:
            condition += " AND shift_id = ?"
            parameters = (shift_id,)
        with self._read() as connection:
            rows = connection.execute(
                f"SELECT * FROM intents WHERE {condition} ORDER BY intent_id", parameters
            ).fetchall()
            return [intent_from_row(row) for row in rows]

    def intent_results(
        self, shift_id: int | None, kind: IntentKind, subject_reference: str
    ) -> list[str]:
        """Return what succeeded ``kind`` calls on ``subject_reference`` made, oldest first.

        Only the calls of shift ``shift_id``, or of every shift when it is None.
        """
        query = (
            "SELECT result_reference FROM intents WHERE kind = ? AND subject_reference = ?"
            " AND outcome = 'succeeded' AND result_reference IS NOT NULL"
        )
        parameters: tuple[object, ...] = (kind.value, subject_reference)
        if shift_id is not None:
            query += " AND shift_id = ?"
            parameters += (shift_id,)
        with self._read() as connection:
            rows = connection.execute(query + " ORDER BY intent_id", parameters).fetchall()
            return [row[0] for row in rows]

    def intent(self, intent_id: int) -> IntentRecord:
        """Return one intent by id, with its latest outcome."""
        with self._read() as connection:
            return read_intent(connection, intent_id)

    def intents_for_client_reference(self, client_reference: str) -> list[IntentRecord]:
        """Every intent sent with this client reference, oldest first."""
        with self._read() as connection:
            rows = connection.execute(
                "SELECT * FROM intents WHERE client_reference = ? ORDER BY intent_id",
                (client_reference,),
            ).fetchall()
            return [intent_from_row(row) for row in rows]

    def stored_labels(self, pack_id: int) -> StoredLabels | None:
        """Return the pack's latest labels exactly as received, for a reprint."""
        with self._read() as connection:
            row = connection.execute(
                "SELECT * FROM label_sets WHERE pack_id = ? ORDER BY label_set_id DESC LIMIT 1",
                (pack_id,),
            ).fetchone()
            if row is None:
                return None
            documents = connection.execute(
                "SELECT data FROM label_documents WHERE label_set_id = ? ORDER BY position",
                (row["label_set_id"],),
            ).fetchall()
            return StoredLabels(
                label_set_id=row["label_set_id"],
                pack_id=pack_id,
                label_format=LabelFormat(row["label_format"]),
                dpi=row["dpi"],
                label_count=row["label_count"],
                documents=tuple(bytes(document[0]) for document in documents),
                stored_at=text_to_time(row["stored_at"]),
            )

    def print_summaries(
        self, *, shift_id: int | None = None, pack_id: int | None = None
    ) -> dict[int, PrintSummary]:
        """Return, per pack of a shift (or one pack), which labels came out and when first.

        A label counts when a job on the pack's latest label set printed it confirmed or sent it
        unconfirmed (including a job still without an answer); labels a job reported failed do
        not. Packs that never printed are absent. Two queries, whatever the number of packs.
        """
        if (shift_id is None) == (pack_id is None):
            raise ValueError("give a shift or a pack")
        where, key = ("p.shift_id = ?", shift_id) if pack_id is None else ("p.pack_id = ?", pack_id)
        with self._read() as connection:
            return _print_summaries(connection, where, (key,))

    def newest_packs(
        self, shift_id: int, limit: int
    ) -> list[tuple[PackRecord, PrintSummary | None]]:
        """Return the shift's ``limit`` latest started packs, newest first, with print summaries.

        Its cost does not grow with the shift: the recent-packs list reads it after every pack.
        """
        with self._read() as connection:
            return _packs_with_summaries(connection, _NEWEST_OF_SHIFT, (shift_id, limit))[::-1]

    def packs_with_customer_reference(
        self, shift_id: int, customer_reference: str
    ) -> list[tuple[PackRecord, PrintSummary | None]]:
        """Return the shift's packs with the shop's own reference, oldest first, with summaries."""
        with self._read() as connection:
            return _packs_with_summaries(
                connection,
                "p.shift_id = ? AND p.customer_reference = ?",
                (shift_id, customer_reference),
            )

    def packed_counts(self, shift_id: int, since: datetime) -> tuple[int, int]:
        """Return how many packs of the shift came out of a printer: in all, and after ``since``.

        A pack counts once its first label was printed or sent (the time of that job's answer),
        unless it was voided since; the same rule as :meth:`print_summaries` gives, counted in
        SQLite so that it stays quick at the end of a long shift.
        """
        with self._read() as connection:
            row = connection.execute(
                _PACKED_COUNTS,
                (
                    PrintOutcome.CONFIRMED.value,
                    PrintOutcome.SENT_UNCONFIRMED.value,
                    shift_id,
                    PackStage.VOIDED.value,
                    time_to_text(since),
                ),
            ).fetchone()
            return int(row[0]), int(row[1])

    def print_jobs(self, pack_id: int) -> list[PrintJobRecord]:
        """Every print job of the pack, oldest first, with the reprint reason where one."""
        with self._read() as connection:
            jobs = connection.execute(
                "SELECT j.*, r.reason AS reprint_reason FROM print_jobs j"
                " LEFT JOIN reprints r ON r.print_job_id = j.print_job_id"
                " WHERE j.pack_id = ? ORDER BY j.print_job_id",
                (pack_id,),
            ).fetchall()
            labels: dict[int, list[int]] = {}
            for job_id, index in connection.execute(
                "SELECT l.print_job_id, l.label_index FROM print_job_labels l"
                " JOIN print_jobs j ON j.print_job_id = l.print_job_id WHERE j.pack_id = ?"
                " ORDER BY l.print_job_id, l.label_index",
                (pack_id,),
            ):
                labels.setdefault(job_id, []).append(index)
            return [
                PrintJobRecord(
                    print_job_id=job["print_job_id"],
                    pack_id=pack_id,
                    label_set_id=job["label_set_id"],
                    printer_url=job["printer_url"],
                    label_indices=tuple(labels.get(job["print_job_id"], ())),
                    started_at=text_to_time(job["started_at"]),
                    outcome=None if job["outcome"] is None else PrintOutcome(job["outcome"]),
                    reason=job["reason"],
                    finished_at=optional_time(job["finished_at"]),
                    reprint_reason=job["reprint_reason"],
                )
                for job in jobs
            ]

    def scans(self, shift_id: int) -> list[ScanRecord]:
        """Every scan of the shift, oldest first."""
        with self._read() as connection:
            rows = connection.execute(
                "SELECT * FROM scans WHERE shift_id = ? ORDER BY scan_id", (shift_id,)
            ).fetchall()
            return [
                ScanRecord(
                    scan_id=row["scan_id"],
                    shift_id=row["shift_id"],
                    scanned_at=text_to_time(row["scanned_at"]),
                    code=row["code"],
                    kind=row["kind"],
                    result=row["result"],
                    message=row["message"],
                    pack_id=row["pack_id"],
                )
                for row in rows
            ]

    def manifest_attempts(self, shift_id: int) -> list[ManifestAttemptRecord]:
        """Every manifest attempt of the shift with its per-consignment answers."""
        return self._attempts("shift_id = ?", (shift_id,))

    def unanswered_manifest_attempts(self) -> list[ManifestAttemptRecord]:
        """Manifest calls sent with no answer recorded (all shifts), for recovery."""
        return self._attempts("answered_at IS NULL", ())

    def _attempts(
        self, condition: str, parameters: tuple[object, ...]
    ) -> list[ManifestAttemptRecord]:
        with self._read() as connection:
            ids = connection.execute(
                f"SELECT attempt_id FROM manifest_attempts WHERE {condition} ORDER BY attempt_id",
                parameters,
            ).fetchall()
            return [read_attempt(connection, row[0]) for row in ids]


def _packs_with_summaries(
    connection: sqlite3.Connection, where: str, parameters: Sequence[object]
) -> list[tuple[PackRecord, PrintSummary | None]]:
    """Return the packs matching ``where`` (a fixed condition on ``p``) with their summaries."""
    packs = load_packs(connection, where, parameters)
    summaries = _print_summaries(connection, where, parameters)
    return [(pack, summaries.get(pack.pack_id)) for pack in packs]


def _print_summaries(
    connection: sqlite3.Connection, where: str, parameters: Sequence[object]
) -> dict[int, PrintSummary]:
    latest = dict(
        connection.execute(
            "SELECT s.pack_id, MAX(s.label_set_id) FROM label_sets s"
            f" JOIN packs p ON p.pack_id = s.pack_id WHERE {where} GROUP BY s.pack_id",
            tuple(parameters),
        ).fetchall()
    )
    rows = connection.execute(
        "SELECT j.pack_id, j.label_set_id, l.label_index, l.outcome, j.finished_at"
        " FROM print_jobs j JOIN print_job_labels l ON l.print_job_id = j.print_job_id"
        f" JOIN packs p ON p.pack_id = j.pack_id WHERE {where}",
        tuple(parameters),
    ).fetchall()
    return _summaries(latest, rows)


def _summaries(
    latest: dict[int, int], rows: Iterable[tuple[int, int, int, str | None, str | None]]
) -> dict[int, PrintSummary]:
    printed: dict[int, set[int]] = {}
    first: dict[int, datetime] = {}
    for pack_id, label_set_id, index, outcome, finished_at in rows:
        if label_set_id == latest.get(pack_id) and outcome != PrintOutcome.FAILED.value:
            printed.setdefault(pack_id, set()).add(index)
        came_out = outcome in (PrintOutcome.CONFIRMED.value, PrintOutcome.SENT_UNCONFIRMED.value)
        at = optional_time(finished_at) if came_out else None
        if at is not None and (pack_id not in first or at < first[pack_id]):
            first[pack_id] = at
    return {
        pack_id: PrintSummary(frozenset(printed.get(pack_id, ())), first.get(pack_id))
        for pack_id in printed.keys() | first.keys()
    }
