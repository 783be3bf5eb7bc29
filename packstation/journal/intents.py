"""Writing intents: the promise recorded before a create/select/pack/allocate call is sent.

The intent is committed before the call leaves the station; its outcome is recorded after. An
intent with no outcome, or with ``UNKNOWN`` (the response was lost), is open: recovery looks the
client reference up at PRO before anything is sent again. ``SUCCEEDED`` and ``FAILED`` are final.
Every outcome is kept in ``intent_outcomes``; the intent row carries the latest for quick queries.
"""

from __future__ import annotations

import sqlite3

from packstation.journal.base import (
    JournalBase,
    inserted_id,
    optional_time,
    require_row,
    text_to_time,
)
from packstation.journal.errors import JournalStateError
from packstation.journal.records import IntentKind, IntentOutcome, IntentRecord

_FINAL_OUTCOMES = (IntentOutcome.SUCCEEDED.value, IntentOutcome.FAILED.value)


def intent_from_row(row: sqlite3.Row) -> IntentRecord:
    """Build an intent record from its row."""
    outcome = row["outcome"]
    return IntentRecord(
        intent_id=row["intent_id"],
        shift_id=row["shift_id"],
        kind=IntentKind(row["kind"]),
        client_reference=row["client_reference"],
        created_at=text_to_time(row["created_at"]),
        subject_reference=row["subject_reference"],
        pack_id=row["pack_id"],
        outcome=None if outcome is None else IntentOutcome(outcome),
        outcome_at=optional_time(row["outcome_at"]),
        result_reference=row["result_reference"],
        detail=row["detail"],
    )


def read_intent(connection: sqlite3.Connection, intent_id: int) -> IntentRecord:
    """Read one intent (raises if unknown)."""
    row = connection.execute("SELECT * FROM intents WHERE intent_id = ?", (intent_id,)).fetchone()
    return intent_from_row(require_row(row, f"intent {intent_id}"))


class IntentWrites(JournalBase):
    """Recording intents and their outcomes."""

    def record_intent(
        self,
        shift_id: int,
        kind: IntentKind,
        client_reference: str,
        *,
        subject_reference: str | None = None,
        pack_id: int | None = None,
    ) -> IntentRecord:
        """Record, and commit, that a call is about to be sent; return the open intent.

        ``client_reference`` is what PRO can be searched by afterwards (the
        ConsignmentReferenceProvidedByCustomer or the order reference sent with the call);
        ``subject_reference`` names what the call acts on (the EC/EO/EDO reference), if any.
        """
        if not client_reference:
            raise ValueError("an intent needs a client reference to look it up by")
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO intents (shift_id, pack_id, kind, client_reference,"
                " subject_reference, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    shift_id,
                    pack_id,
                    kind.value,
                    client_reference,
                    subject_reference,
                    self._now_text(),
                ),
            )
            return read_intent(connection, inserted_id(cursor))

    def record_intent_outcome(
        self,
        intent_id: int,
        outcome: IntentOutcome,
        *,
        result_reference: str | None = None,
        detail: str | None = None,
    ) -> IntentRecord:
        """Record what became of an intent; refused once a final outcome was recorded.

        ``result_reference`` is what PRO made (e.g. the EC reference); ``detail`` is PRO's
        message or the reason the answer is unknown.
        """
        with self._write() as connection:
            current = read_intent(connection, intent_id)
            if current.outcome is not None and current.outcome.value in _FINAL_OUTCOMES:
                raise JournalStateError(
                    f"intent {intent_id} already ended as {current.outcome.value}"
                )
            at = self._now_text()
            connection.execute(
                "INSERT INTO intent_outcomes (intent_id, at, outcome, result_reference, detail)"
                " VALUES (?, ?, ?, ?, ?)",
                (intent_id, at, outcome.value, result_reference, detail),
            )
            connection.execute(
                "UPDATE intents SET outcome = ?, outcome_at = ?, result_reference = ?,"
                " detail = ? WHERE intent_id = ?",
                (outcome.value, at, result_reference, detail, intent_id),
            )
            return read_intent(connection, intent_id)
