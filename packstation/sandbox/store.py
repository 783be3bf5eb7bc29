"""SQLite state of the sandbox: one JSON document per object plus the columns searches need.

Several stations may share one sandbox, and the sandbox may be restarted, so every request runs
in its own ``BEGIN IMMEDIATE`` transaction on a WAL database with a busy timeout. A real PRO does
not share the bench's disk, so the sandbox keeps off it: commits do not wait for the disk
(``synchronous=NORMAL``: a power cut may lose the last requests, never corrupt the file), and one
connection stays open while the store is open so that closing a request's connection does not
checkpoint and delete the write-ahead log each time. Consignments are
stored in their wire shape (what ``GET /consignments/{ref}`` returns) next to a small ``internal``
document for facts PRO keeps but does not show (the service used, the label history).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from packstation.sandbox.references import FIRST_COUNTER_VALUE, format_reference

BUSY_TIMEOUT_S = 15.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS consignments (
    reference TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    state TEXT NOT NULL,
    customer_reference TEXT NOT NULL,
    location TEXT,
    carrier TEXT,
    labels_printed INTEGER NOT NULL,
    direction TEXT,
    created TEXT NOT NULL,
    document TEXT NOT NULL,
    internal TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS consignments_state ON consignments (state);
CREATE INDEX IF NOT EXISTS consignments_customer_reference ON consignments (customer_reference);
CREATE INDEX IF NOT EXISTS consignments_location ON consignments (location);
CREATE TABLE IF NOT EXISTS tracking_numbers (
    tracking_reference TEXT PRIMARY KEY,
    consignment_reference TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS packages (
    package_reference TEXT PRIMARY KEY,
    consignment_reference TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    kind TEXT NOT NULL,
    reference TEXT NOT NULL,
    seq INTEGER NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (kind, reference)
);
CREATE TABLE IF NOT EXISTS ledger (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    reference TEXT NOT NULL,
    customer_reference TEXT NOT NULL,
    at TEXT NOT NULL
);
"""

TABLES = ("counters", "consignments", "tracking_numbers", "packages", "documents", "ledger")


class Store:
    """The sandbox database; ``transaction()`` hands out one unit of work."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._kept_open: sqlite3.Connection | None = None

    def open(self) -> None:
        """Create the file and schema if needed, switch the database to WAL and keep it open."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = self._connect()
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.executescript(SCHEMA)
        except BaseException:
            connection.close()
            raise
        if self._kept_open is not None:
            self._kept_open.close()
        self._kept_open = connection

    def close(self) -> None:
        """Let go of the database (the last connection to close checkpoints the log)."""
        if self._kept_open is not None:
            self._kept_open.close()
            self._kept_open = None

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        connection.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        connection.execute("PRAGMA synchronous=NORMAL")
        return connection

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Yield a write transaction; commit on success, roll back on any exception."""
        connection = self._connect()
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield Transaction(connection)
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
        finally:
            connection.close()

    def clear(self) -> None:
        """Delete every row (the schema stays)."""
        with self.transaction() as tx:
            tx.clear_all()


class Transaction:
    """Typed access to the tables inside one open transaction."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def is_empty(self) -> bool:
        """Return whether no consignment or other document is stored."""
        for table in ("consignments", "documents"):
            if self.connection.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                return False
        return True

    def clear_all(self) -> None:
        """Delete every row of every table."""
        for table in TABLES:
            self.connection.execute(f"DELETE FROM {table}")

    def next_number(self, name: str) -> int:
        """Return the next value of a named counter (unique across stations)."""
        row = self.connection.execute(
            "UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value", (name,)
        ).fetchone()
        if row is None:
            self.connection.execute(
                "INSERT INTO counters (name, value) VALUES (?, ?)", (name, FIRST_COUNTER_VALUE)
            )
            return FIRST_COUNTER_VALUE
        return int(row[0])

    def new_reference(self, prefix: str) -> str:
        """Return a fresh ``PREFIX-xxx-xxx-xxx`` reference."""
        return format_reference(prefix, self.next_number(prefix))

    # Ledger -----------------------------------------------------------------------------------

    def add_ledger_entry(self, kind: str, reference: str, customer_reference: str, at: str) -> None:
        """Append one committed operation to the ledger (see :mod:`ledger`)."""
        self.connection.execute(
            "INSERT INTO ledger (kind, reference, customer_reference, at) VALUES (?, ?, ?, ?)",
            (kind, reference, customer_reference, at),
        )

    def ledger_entries(self) -> list[tuple[int, str, str, str, str]]:
        """Return every ledger entry, oldest first."""
        rows = self.connection.execute(
            "SELECT seq, kind, reference, customer_reference, at FROM ledger ORDER BY seq"
        ).fetchall()
        return [(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]

    # Consignments -----------------------------------------------------------------------------

    def get_consignment(self, reference: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """Return ``(document, internal)`` of a consignment, or ``None``."""
        row = self.connection.execute(
            "SELECT document, internal FROM consignments WHERE reference = ?", (reference,)
        ).fetchone()
        if row is None:
            return None
        return json.loads(row[0]), json.loads(row[1])

    def put_consignment(self, document: dict[str, Any], internal: dict[str, Any]) -> None:
        """Insert or replace a consignment and refresh its search columns."""
        reference = document["Reference"]
        existing = self.connection.execute(
            "SELECT seq FROM consignments WHERE reference = ?", (reference,)
        ).fetchone()
        seq = int(existing[0]) if existing else self.next_number("consignment-seq")
        origin = _address(document, "Origin")
        destination = _address(document, "Destination")
        location = (origin or {}).get("ShippingLocationReference") or (destination or {}).get(
            "ShippingLocationReference"
        )
        allocation = document.get("Allocation") or {}
        self.connection.execute(
            "INSERT OR REPLACE INTO consignments (reference, seq, state, customer_reference,"
            " location, carrier, labels_printed, direction, created, document, internal)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                reference,
                seq,
                document["ConsignmentState"],
                document.get("ConsignmentReferenceProvidedByCustomer") or "",
                location,
                internal.get("carrier_reference") if allocation else None,
                int(bool(document.get("LabelsPrinted"))),
                document.get("Direction"),
                document["DateCreated"],
                json.dumps(document),
                json.dumps(internal),
            ),
        )
        self._reindex_children(document)

    def _reindex_children(self, document: dict[str, Any]) -> None:
        reference = document["Reference"]
        for table in ("tracking_numbers", "packages"):
            self.connection.execute(
                f"DELETE FROM {table} WHERE consignment_reference = ?",
                (reference,),
            )
        for package in document.get("Packages") or []:
            self.connection.execute(
                "INSERT OR REPLACE INTO packages VALUES (?, ?)", (package["Reference"], reference)
            )
        for leg in document.get("ConsignmentLegs") or []:
            for tracking in leg.get("TrackingReferences") or []:
                self.connection.execute(
                    "INSERT OR REPLACE INTO tracking_numbers VALUES (?, ?)", (tracking, reference)
                )

    def consignment_of_package(self, package_reference: str) -> str | None:
        """Return the consignment reference holding a package, or ``None``."""
        row = self.connection.execute(
            "SELECT consignment_reference FROM packages WHERE package_reference = ?",
            (package_reference,),
        ).fetchone()
        return None if row is None else str(row[0])

    def find_consignments(
        self, where: dict[str, Any], tracking_reference: str | None = None
    ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """Return consignments whose indexed columns equal ``where``, oldest first."""
        clauses = []
        values: list[Any] = []
        for column, value in where.items():
            if column not in {"state", "customer_reference", "location", "carrier", "direction"}:
                if column != "labels_printed":
                    raise ValueError(f"not an indexed column: {column}")
            clauses.append(f"{column} = ?")
            values.append(value)
        if tracking_reference is not None:
            clauses.append(
                "reference IN (SELECT consignment_reference FROM tracking_numbers"
                " WHERE tracking_reference = ?)"
            )
            values.append(tracking_reference)
        sql = "SELECT document, internal FROM consignments"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        rows = self.connection.execute(sql + " ORDER BY seq", values).fetchall()
        return [(json.loads(row[0]), json.loads(row[1])) for row in rows]

    # Other documents (orders, options, quotes, manifests, option requests) ---------------------

    def get_document(self, kind: str, reference: str) -> dict[str, Any] | None:
        """Return a stored document or ``None``."""
        row = self.connection.execute(
            "SELECT document FROM documents WHERE kind = ? AND reference = ?", (kind, reference)
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def put_document(self, kind: str, reference: str, document: dict[str, Any]) -> None:
        """Insert or replace a document, keeping its original order of creation."""
        existing = self.connection.execute(
            "SELECT seq FROM documents WHERE kind = ? AND reference = ?", (kind, reference)
        ).fetchone()
        seq = int(existing[0]) if existing else self.next_number("document-seq")
        self.connection.execute(
            "INSERT OR REPLACE INTO documents (kind, reference, seq, document) VALUES (?, ?, ?, ?)",
            (kind, reference, seq, json.dumps(document)),
        )

    def list_documents(self, kind: str) -> list[dict[str, Any]]:
        """Return every document of a kind, oldest first."""
        rows = self.connection.execute(
            "SELECT document FROM documents WHERE kind = ? ORDER BY seq", (kind,)
        ).fetchall()
        return [dict(json.loads(row[0])) for row in rows]


def _address(document: dict[str, Any], address_type: str) -> dict[str, Any] | None:
    for address in document.get("Addresses") or []:
        if str(address.get("AddressType", "")).lower() == address_type.lower():
            return dict(address)
    return None
