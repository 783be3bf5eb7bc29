"""How a pack's stage moves, and the row-level helpers that move it with its history.

The rule (see :class:`~packstation.journal.records.PackStage`): a voided pack stays voided; a
later step always wins over an earlier one; within one step's group the latest event wins until
the group's success is reached (a failed re-allocation does not undo an allocation, a failed
manifest retry is replaced by the next attempt). Events that do not move the stage are still
kept in their own tables.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from packstation.journal.base import require_row
from packstation.journal.records import PackStage, PrintOutcome

_ORDER = tuple(PackStage)
_GROUPS = (
    (PackStage.ALLOCATION_FAILED, PackStage.ALLOCATED),
    (PackStage.PRINT_FAILED, PackStage.PRINT_UNCONFIRMED, PackStage.PRINTED),
    (PackStage.READY_FAILED, PackStage.READY_TO_SHIP),
    (PackStage.MANIFEST_FAILED, PackStage.MANIFEST_SENT, PackStage.MANIFESTED),
)
_GROUP_OF = {stage: group for group in _GROUPS for stage in group}
_PRINT_RANK: dict[PrintOutcome, int] = {
    PrintOutcome.FAILED: 1,
    PrintOutcome.SENT_UNCONFIRMED: 2,
    PrintOutcome.CONFIRMED: 3,
}


def moves_to(current: PackStage, target: PackStage) -> bool:
    """Whether an event asking for ``target`` changes a pack now at ``current``."""
    if current is PackStage.VOIDED or target is current:
        return False
    if target is PackStage.VOIDED:
        return True
    group = _GROUP_OF.get(current)
    if group is not None and target in group:
        return current is not group[-1]
    return _ORDER.index(target) > _ORDER.index(current)


def print_stage(
    label_count: int, sent_labels: Iterable[tuple[int, PrintOutcome | None]]
) -> PackStage:
    """Compute a label set's print stage from every (label index, outcome) a job sent.

    Each label counts with its best outcome over all jobs; a job still waiting for its answer
    (outcome ``None``) counts as sent-unconfirmed. All labels confirmed is PRINTED; all at least
    sent is PRINT_UNCONFIRMED; anything less is PRINT_FAILED.
    """
    best = [0] * label_count
    for index, outcome in sent_labels:
        rank = _PRINT_RANK[PrintOutcome.SENT_UNCONFIRMED if outcome is None else outcome]
        if 0 <= index < label_count:
            best[index] = max(best[index], rank)
    if all(rank == _PRINT_RANK[PrintOutcome.CONFIRMED] for rank in best):
        return PackStage.PRINTED
    if all(rank >= _PRINT_RANK[PrintOutcome.SENT_UNCONFIRMED] for rank in best):
        return PackStage.PRINT_UNCONFIRMED
    return PackStage.PRINT_FAILED


def current_stage(connection: sqlite3.Connection, pack_id: int) -> PackStage:
    """Read a pack's stage (raises if the pack is unknown)."""
    row = connection.execute("SELECT stage FROM packs WHERE pack_id = ?", (pack_id,)).fetchone()
    return PackStage(require_row(row, f"pack {pack_id}")["stage"])


def advance(
    connection: sqlite3.Connection,
    pack_id: int,
    target: PackStage,
    at: str,
    note: str | None = None,
) -> PackStage:
    """Move the pack to ``target`` if the rule allows, keeping history; return the stage now."""
    current = current_stage(connection, pack_id)
    if not moves_to(current, target):
        return current
    connection.execute(
        "UPDATE packs SET stage = ?, stage_at = ?, stage_note = ? WHERE pack_id = ?",
        (target.value, at, note, pack_id),
    )
    connection.execute(
        "INSERT INTO pack_stages (pack_id, at, stage, note) VALUES (?, ?, ?, ?)",
        (pack_id, at, target.value, note),
    )
    return target
