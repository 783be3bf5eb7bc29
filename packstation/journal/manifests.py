"""Writing manifest attempts and PRO's per-consignment answers.

An attempt is committed before the manifest call is sent, listing its consignments, and their
packs move to MANIFEST_SENT. The answer is recorded once: each consignment manifested or failed
with PRO's message. An attempt with no answer (a lost response) is what recovery re-checks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from packstation.journal.base import JournalBase, inserted_id, require_row, text_to_time
from packstation.journal.errors import JournalStateError
from packstation.journal.records import ManifestAttemptRecord, ManifestResult, PackStage
from packstation.journal.stages import advance


class ManifestWrites(JournalBase):
    """Recording manifest calls and their results."""

    def start_manifest(self, shift_id: int, consignment_references: Sequence[str]) -> int:
        """Record a Manifest Consignments call about to be sent; return the attempt id."""
        references = list(dict.fromkeys(consignment_references))
        if not references:
            raise ValueError("a manifest by reference list needs at least one consignment")
        with self._write() as connection:
            at = self._now_text()
            attempt_id = _insert_attempt(connection, shift_id, at, False, len(references))
            for reference in references:
                pack_id = _pack_in_shift(connection, shift_id, reference)
                connection.execute(
                    "INSERT INTO manifest_items (attempt_id, consignment_reference, pack_id)"
                    " VALUES (?, ?, ?)",
                    (attempt_id, reference, pack_id),
                )
                if pack_id is not None:
                    _mark_sent(connection, pack_id, at)
            return attempt_id

    def start_manifest_from_query(self, shift_id: int) -> int:
        """Record a manifest-from-query call (the whole location) about to be sent."""
        with self._write() as connection:
            return _insert_attempt(connection, shift_id, self._now_text(), True, 0)

    def record_manifest_answer(
        self,
        attempt_id: int,
        results: Sequence[ManifestResult],
        *,
        error: str | None = None,
    ) -> ManifestAttemptRecord:
        """Record PRO's answer to an attempt (once), consignment by consignment.

        ``error`` marks a call PRO refused as a whole: every consignment without a result of
        its own is recorded as failed with that message.
        """
        with self._write() as connection:
            attempt = require_row(
                connection.execute(
                    "SELECT * FROM manifest_attempts WHERE attempt_id = ?", (attempt_id,)
                ).fetchone(),
                f"manifest attempt {attempt_id}",
            )
            if attempt["answered_at"] is not None:
                raise JournalStateError(f"manifest attempt {attempt_id} was already answered")
            at = self._now_text()
            for result in results:
                _record_result(connection, attempt, result, at)
            if error is not None:
                for row in connection.execute(
                    "SELECT consignment_reference FROM manifest_items"
                    " WHERE attempt_id = ? AND answered_at IS NULL",
                    (attempt_id,),
                ).fetchall():
                    failed = ManifestResult(row[0], succeeded=False, message=error)
                    _record_result(connection, attempt, failed, at)
            connection.execute(
                "UPDATE manifest_attempts SET answered_at = ?, error = ? WHERE attempt_id = ?",
                (at, error, attempt_id),
            )
            return read_attempt(connection, attempt_id)


def read_attempt(connection: sqlite3.Connection, attempt_id: int) -> ManifestAttemptRecord:
    """Read one manifest attempt with its consignments and answers."""
    attempt = require_row(
        connection.execute(
            "SELECT * FROM manifest_attempts WHERE attempt_id = ?", (attempt_id,)
        ).fetchone(),
        f"manifest attempt {attempt_id}",
    )
    items = connection.execute(
        "SELECT * FROM manifest_items WHERE attempt_id = ? ORDER BY manifest_item_id",
        (attempt_id,),
    ).fetchall()
    answered = attempt["answered_at"]
    return ManifestAttemptRecord(
        attempt_id=attempt_id,
        shift_id=attempt["shift_id"],
        started_at=text_to_time(attempt["started_at"]),
        by_query=bool(attempt["by_query"]),
        consignment_references=tuple(item["consignment_reference"] for item in items),
        answered_at=None if answered is None else text_to_time(answered),
        error=attempt["error"],
        results=tuple(
            ManifestResult(item["consignment_reference"], bool(item["succeeded"]), item["message"])
            for item in items
            if item["succeeded"] is not None
        ),
    )


def _insert_attempt(
    connection: sqlite3.Connection, shift_id: int, at: str, by_query: bool, item_count: int
) -> int:
    cursor = connection.execute(
        "INSERT INTO manifest_attempts (shift_id, started_at, by_query, item_count)"
        " VALUES (?, ?, ?, ?)",
        (shift_id, at, int(by_query), item_count),
    )
    return inserted_id(cursor)


def _pack_in_shift(connection: sqlite3.Connection, shift_id: int, reference: str) -> int | None:
    """Return the latest pack of ``reference`` in the shift, if the station packed it."""
    row = connection.execute(
        "SELECT pack_id FROM packs WHERE shift_id = ? AND consignment_reference = ?"
        " ORDER BY pack_id DESC LIMIT 1",
        (shift_id, reference),
    ).fetchone()
    return None if row is None else int(row[0])


def _record_result(
    connection: sqlite3.Connection, attempt: sqlite3.Row, result: ManifestResult, at: str
) -> None:
    """Store one consignment's answer, adding its item when the call was by query."""
    attempt_id = attempt["attempt_id"]
    item = connection.execute(
        "SELECT manifest_item_id, pack_id FROM manifest_items"
        " WHERE attempt_id = ? AND consignment_reference = ? AND answered_at IS NULL",
        (attempt_id, result.consignment_reference),
    ).fetchone()
    if item is None:
        pack_id = _pack_in_shift(connection, attempt["shift_id"], result.consignment_reference)
        item_id = inserted_id(
            connection.execute(
                "INSERT INTO manifest_items (attempt_id, consignment_reference, pack_id)"
                " VALUES (?, ?, ?)",
                (attempt_id, result.consignment_reference, pack_id),
            )
        )
        connection.execute(
            "UPDATE manifest_attempts SET item_count = item_count + 1 WHERE attempt_id = ?",
            (attempt_id,),
        )
    else:
        item_id, pack_id = item["manifest_item_id"], item["pack_id"]
    connection.execute(
        "UPDATE manifest_items SET answered_at = ?, succeeded = ?, message = ?"
        " WHERE manifest_item_id = ?",
        (at, int(result.succeeded), result.message, item_id),
    )
    if pack_id is not None:
        target = PackStage.MANIFESTED if result.succeeded else PackStage.MANIFEST_FAILED
        advance(connection, pack_id, target, at, result.message)


def _mark_sent(connection: sqlite3.Connection, pack_id: int, at: str) -> None:
    """Move the pack to MANIFEST_SENT; a pack sent again keeps the time of the latest send.

    After a restart that time says how long ago the last call went out, so how much longer it
    may still land at PRO.
    """
    if advance(connection, pack_id, PackStage.MANIFEST_SENT, at) is PackStage.MANIFEST_SENT:
        connection.execute("UPDATE packs SET stage_at = ? WHERE pack_id = ?", (at, pack_id))
