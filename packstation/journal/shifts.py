"""Writing shifts and scans."""

from __future__ import annotations

import sqlite3
import unicodedata

from packstation.journal.base import JournalBase, inserted_id, require_row, text_to_time
from packstation.journal.errors import JournalStateError
from packstation.journal.records import ShiftRecord

MAX_STORED_SCAN_LENGTH = 200
"""Scanner text beyond this is cut: a runaway scanner must not fill the journal."""


def sanitise_scan_text(raw: str) -> str:
    """Drop control and format characters and cut the text to a bounded length.

    The domain cleans scans already; the journal does it again because it stores whatever it is
    given for years and prints it in diagnostics.
    """
    kept = "".join(ch for ch in raw if unicodedata.category(ch) not in ("Cc", "Cf"))
    return kept.strip()[:MAX_STORED_SCAN_LENGTH]


def shift_from_row(row: sqlite3.Row) -> ShiftRecord:
    """Build a shift record from its row."""
    closed_at = row["closed_at"]
    return ShiftRecord(
        shift_id=row["shift_id"],
        location_reference=row["location_reference"],
        opened_at=text_to_time(row["opened_at"]),
        opened_by=row["opened_by"],
        closed_at=None if closed_at is None else text_to_time(closed_at),
        closed_by=row["closed_by"],
    )


class ShiftWrites(JournalBase):
    """Opening and closing shifts and recording scans."""

    def open_shift(self, opened_by: str, location_reference: str) -> ShiftRecord:
        """Start a shift; refused while another shift of this journal is still open."""
        with self._write() as connection:
            still_open = connection.execute(
                "SELECT shift_id FROM shifts WHERE closed_at IS NULL LIMIT 1"
            ).fetchone()
            if still_open is not None:
                raise JournalStateError(f"shift {still_open['shift_id']} is still open")
            cursor = connection.execute(
                "INSERT INTO shifts (location_reference, opened_at, opened_by) VALUES (?, ?, ?)",
                (location_reference, self._now_text(), opened_by),
            )
            return _read_shift(connection, inserted_id(cursor))

    def close_shift(self, shift_id: int, closed_by: str) -> ShiftRecord:
        """Mark the shift closed (once); the shift's rows stay as they are."""
        with self._write() as connection:
            shift = _read_shift(connection, shift_id)
            if not shift.is_open:
                raise JournalStateError(f"shift {shift_id} was already closed")
            connection.execute(
                "UPDATE shifts SET closed_at = ?, closed_by = ? WHERE shift_id = ?",
                (self._now_text(), closed_by, shift_id),
            )
            return _read_shift(connection, shift_id)

    def record_scan(
        self,
        shift_id: int,
        code: str,
        kind: str,
        result: str,
        *,
        message: str | None = None,
        pack_id: int | None = None,
    ) -> int:
        """Record one scan: its text (sanitised), its kind, and what came of it; return its id.

        ``kind`` is the classification (e.g. ``"consignment"``) and ``result`` a short outcome
        word chosen by the services (e.g. ``"packed"``, ``"already_done"``, ``"not_found"``).
        """
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO scans (shift_id, scanned_at, code, kind, result, message, pack_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    shift_id,
                    self._now_text(),
                    sanitise_scan_text(code),
                    kind,
                    result,
                    message,
                    pack_id,
                ),
            )
            return inserted_id(cursor)


def _read_shift(connection: sqlite3.Connection, shift_id: int) -> ShiftRecord:
    row = connection.execute("SELECT * FROM shifts WHERE shift_id = ?", (shift_id,)).fetchone()
    return shift_from_row(require_row(row, f"shift {shift_id}"))
