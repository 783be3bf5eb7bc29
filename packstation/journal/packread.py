"""Reading packs as :class:`PackRecord` summaries, in bulk.

A pack's summary joins its row with its latest allocation (carrier, service, tracking numbers
and parcels), its latest label set, its latest print job and its reprint count. Lists are built
with two queries whatever their length (one for the packs, one for their parcels), so the shift
screen of a 5,000-pack shift stays cheap.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence

from packstation.journal.base import text_to_time
from packstation.journal.errors import JournalStateError
from packstation.journal.records import PackageRecord, PackRecord, PackStage, PrintOutcome

# ``{where}`` is filled only with the fixed conditions of this package, never with input.
_PACKS = """
SELECT p.*, a.carrier, a.service, a.service_reference, a.tracking_numbers,
    (SELECT l.label_count FROM label_sets l WHERE l.pack_id = p.pack_id
        ORDER BY l.label_set_id DESC LIMIT 1) AS label_count,
    j.print_job_id, j.outcome AS print_outcome, j.reason AS print_reason,
    (SELECT COUNT(*) FROM reprints r WHERE r.pack_id = p.pack_id) AS reprint_count
FROM packs p
LEFT JOIN allocations a ON a.allocation_id =
    (SELECT MAX(a2.allocation_id) FROM allocations a2 WHERE a2.pack_id = p.pack_id)
LEFT JOIN print_jobs j ON j.print_job_id =
    (SELECT MAX(j2.print_job_id) FROM print_jobs j2 WHERE j2.pack_id = p.pack_id)
WHERE {where}
ORDER BY p.pack_id
"""

_PACKAGES = """
SELECT p.pack_id, k.weight_kg, k.tracking_number
FROM packs p
JOIN packages k ON k.allocation_id =
    (SELECT MAX(a2.allocation_id) FROM allocations a2 WHERE a2.pack_id = p.pack_id)
WHERE {where}
ORDER BY p.pack_id, k.position
"""


def load_packs(
    connection: sqlite3.Connection, where: str, parameters: Sequence[object] = ()
) -> list[PackRecord]:
    """Return the packs matching ``where`` (a condition on ``p``, the packs table) in order."""
    parcels: dict[int, list[PackageRecord]] = defaultdict(list)
    for row in connection.execute(_PACKAGES.format(where=where), tuple(parameters)):
        parcels[row["pack_id"]].append(PackageRecord(row["weight_kg"], row["tracking_number"]))
    rows = connection.execute(_PACKS.format(where=where), tuple(parameters)).fetchall()
    return [_pack_from_row(row, tuple(parcels.get(row["pack_id"], ()))) for row in rows]


def read_pack(connection: sqlite3.Connection, pack_id: int) -> PackRecord:
    """Return one pack (raises if unknown)."""
    packs = load_packs(connection, "p.pack_id = ?", (pack_id,))
    if not packs:
        raise JournalStateError(f"pack {pack_id} is not in the journal")
    return packs[0]


def _pack_from_row(row: sqlite3.Row, packages: tuple[PackageRecord, ...]) -> PackRecord:
    tracking = row["tracking_numbers"]
    return PackRecord(
        pack_id=row["pack_id"],
        shift_id=row["shift_id"],
        consignment_reference=row["consignment_reference"],
        customer_reference=row["customer_reference"],
        started_at=text_to_time(row["started_at"]),
        stage=PackStage(row["stage"]),
        stage_at=text_to_time(row["stage_at"]),
        stage_note=row["stage_note"],
        carrier=row["carrier"],
        service=row["service"],
        service_reference=row["service_reference"],
        tracking_numbers=tuple(json.loads(tracking)) if tracking is not None else (),
        packages=packages,
        label_count=row["label_count"] or 0,
        print_outcome=_print_outcome(row["print_job_id"], row["print_outcome"]),
        print_reason=row["print_reason"],
        reprint_count=row["reprint_count"],
    )


def _print_outcome(print_job_id: int | None, outcome: str | None) -> PrintOutcome | None:
    """Read a job's outcome; one still waiting for its answer is sent-unconfirmed."""
    if print_job_id is None:
        return None
    if outcome is None:
        return PrintOutcome.SENT_UNCONFIRMED
    return PrintOutcome(outcome)
