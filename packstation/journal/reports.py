"""Shift figures, the diagnostic export and the consistency check."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import UTC, datetime, tzinfo
from typing import Any

from packstation.journal.base import JournalBase, require_row, text_to_time
from packstation.journal.records import EXCEPTION_STAGES, HourCount, PackStage, ShiftCounts
from packstation.journal.verify import find_problems

_SHIFT_PACKS = "SELECT pack_id FROM packs WHERE shift_id = :shift"
# Which rows of each table belong to a shift; the filters are constants of this module.
_EXPORT_FILTERS = {
    "shifts": "shift_id = :shift",
    "scans": "shift_id = :shift",
    "intents": "shift_id = :shift",
    "intent_outcomes": "intent_id IN (SELECT intent_id FROM intents WHERE shift_id = :shift)",
    "packs": "shift_id = :shift",
    "pack_stages": f"pack_id IN ({_SHIFT_PACKS})",
    "allocations": f"pack_id IN ({_SHIFT_PACKS})",
    "packages": "allocation_id IN (SELECT allocation_id FROM allocations"
    f" WHERE pack_id IN ({_SHIFT_PACKS}))",
    "label_sets": f"pack_id IN ({_SHIFT_PACKS})",
    "label_documents": "label_set_id IN (SELECT label_set_id FROM label_sets"
    f" WHERE pack_id IN ({_SHIFT_PACKS}))",
    "print_jobs": f"pack_id IN ({_SHIFT_PACKS})",
    "print_job_labels": "print_job_id IN (SELECT print_job_id FROM print_jobs"
    f" WHERE pack_id IN ({_SHIFT_PACKS}))",
    "reprints": f"pack_id IN ({_SHIFT_PACKS})",
    "ready_results": f"pack_id IN ({_SHIFT_PACKS})",
    "voids": f"pack_id IN ({_SHIFT_PACKS})",
    "customs_documents": f"pack_id IN ({_SHIFT_PACKS})",
    "manifest_attempts": "shift_id = :shift",
    "manifest_items": "attempt_id IN (SELECT attempt_id FROM manifest_attempts"
    " WHERE shift_id = :shift)",
}


class Reports(JournalBase):
    """Figures for the shift report, a diagnostic export and a self-check."""

    def shift_counts(self, shift_id: int, *, tz: tzinfo = UTC) -> ShiftCounts:
        """Packs per hour (in ``tz``) and per carrier, reprints, voids, scans and exceptions."""
        with self._read() as connection:
            parameters = {"shift": shift_id}
            packs = connection.execute(
                "SELECT p.started_at, p.stage, (SELECT a.carrier FROM allocations a"
                " WHERE a.pack_id = p.pack_id ORDER BY a.allocation_id DESC LIMIT 1) AS carrier"
                " FROM packs p WHERE p.shift_id = :shift",
                parameters,
            ).fetchall()

            def count(table: str) -> int:
                sql = f"SELECT COUNT(*) FROM {table} WHERE {_EXPORT_FILTERS[table]}"
                return int(connection.execute(sql, parameters).fetchone()[0])

            reprints, voids, scans = count("reprints"), count("voids"), count("scans")
        live = [row for row in packs if row["stage"] != PackStage.VOIDED.value]
        hours = Counter(_hour_start(text_to_time(row["started_at"]), tz) for row in live)
        carriers = Counter(row["carrier"] for row in live if row["carrier"] is not None)
        exception_values = {stage.value for stage in EXCEPTION_STAGES}
        return ShiftCounts(
            packs=len(live),
            per_hour=tuple(HourCount(hour, hours[hour]) for hour in sorted(hours)),
            per_carrier=dict(sorted(carriers.items())),
            reprints=reprints,
            voids=voids,
            scans=scans,
            exceptions=sum(1 for row in packs if row["stage"] in exception_values),
        )

    def export_shift(self, shift_id: int) -> dict[str, Any]:
        """Every row of the shift as JSON-ready data; label bytes as their size and SHA-256."""
        with self._read() as connection:
            require_row(
                connection.execute(
                    "SELECT shift_id FROM shifts WHERE shift_id = ?", (shift_id,)
                ).fetchone(),
                f"shift {shift_id}",
            )
            tables = {
                table: [
                    {key: _exportable(row[key]) for key in row.keys()}
                    for row in connection.execute(
                        f"SELECT * FROM {table} WHERE {condition}"
                        f" ORDER BY {_EXPORT_ORDER.get(table, 'rowid')}",
                        {"shift": shift_id},
                    )
                ]
                for table, condition in _EXPORT_FILTERS.items()
            }
        return {
            "schema_version": self.schema_version,
            "shift_id": shift_id,
            "exported_at": self._now_text(),
            "settings": self.connection_settings(),
            "tables": tables,
        }

    def check_consistency(self) -> list[str]:
        """Run SQLite's integrity check and the journal's own invariants; [] when all hold."""
        with self._read() as connection:
            return find_problems(connection)


# Tables without a rowid are listed in their primary key's order.
_EXPORT_ORDER = {
    "packages": "allocation_id, position",
    "print_job_labels": "print_job_id, label_index",
}


def _hour_start(moment: datetime, tz: tzinfo) -> datetime:
    return moment.astimezone(tz).replace(minute=0, second=0, microsecond=0)


def _exportable(value: object) -> object:
    """Blobs become their size and digest: the export is for reading, not for reprinting."""
    if isinstance(value, bytes):
        return {"bytes": len(value), "sha256": hashlib.sha256(value).hexdigest()}
    return value
