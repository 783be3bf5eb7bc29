"""The journal's connections, locks, transactions and clock.

Threading: the journal holds TWO connections, each guarded by its own lock. The writer
connection serves every write (the engine's thread); the reader connection is read-only
(``query_only``) and serves every query (the GUI's journal lane). With WAL a reader sees the
last committed state and never blocks the writer, so a long shift-screen query does not hold up
a scan. A single lock per connection (rather than one connection per thread) keeps the number
of connections fixed and makes ``close()`` able to close everything it opened.

Every write method runs in one ``BEGIN IMMEDIATE ... COMMIT``; every read method in one read
transaction, so it sees one consistent snapshot across its SELECTs (see ``transactions``).
Several writes that belong to one step of a pack (no call to PRO or a printer between them) can
share one transaction with :meth:`JournalBase.batch`: one commit, one fsync, all or nothing.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from packstation.journal.connection import open_reader, open_writer
from packstation.journal.errors import JournalClosedError, JournalStateError
from packstation.journal.paths import default_journal_path
from packstation.journal.transactions import read_transaction, savepoint, write_transaction

Clock = Callable[[], datetime]
DEFAULT_BUSY_TIMEOUT_S = 5.0


def utc_now() -> datetime:
    """Return the current time in UTC (the default clock)."""
    return datetime.now(UTC)


def time_to_text(moment: datetime) -> str:
    """Store a time as sortable UTC ISO text; naive times are refused (their zone is unknown)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"the journal needs timezone-aware times, got {moment!r}")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def text_to_time(text: str) -> datetime:
    """Read a time stored by :func:`time_to_text`."""
    return datetime.fromisoformat(text)


def optional_time(text: str | None) -> datetime | None:
    """Read a stored time that may be absent."""
    return None if text is None else text_to_time(text)


class JournalBase:
    """Lifecycle and transactions shared by the journal's write and query parts.

    The constructor does no I/O: the file is opened by :meth:`open` (or the ``with`` block).
    ``path`` defaults to ``journal.sqlite3`` in the platform's user data directory; ``clock``
    gives the times written into rows (the services' clock in production, a fixed one in tests).
    """

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        clock: Clock = utc_now,
        busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
    ) -> None:
        self._path = Path(path) if path is not None else None
        self._clock = clock
        self._busy_timeout_s = busy_timeout_s
        self._writer: sqlite3.Connection | None = None
        self._reader: sqlite3.Connection | None = None
        self._write_lock = threading.Lock()
        self._read_lock = threading.Lock()
        self._schema_version = 0
        self._batching_thread: int | None = None

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        clock: Clock = utc_now,
        busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
    ) -> Self:
        """Create a journal for ``path`` and open it (creating and migrating the file)."""
        journal = cls(path, clock=clock, busy_timeout_s=busy_timeout_s)
        journal.connect()
        return journal

    def connect(self) -> None:
        """Open the file if it is not open yet; raises :class:`JournalOpenError` if unusable."""
        with self._write_lock, self._read_lock:
            if self._writer is not None:
                return
            path = self.path
            writer, version = open_writer(path, self._busy_timeout_s)
            try:
                self._reader = open_reader(path, self._busy_timeout_s)
            except BaseException:
                writer.close()
                raise
            self._writer = writer
            self._schema_version = version

    def close(self) -> None:
        """Close both connections; safe to call twice."""
        with self._write_lock, self._read_lock:
            for connection in (self._reader, self._writer):
                if connection is not None:
                    connection.close()
            self._reader = None
            self._writer = None

    def __enter__(self) -> Self:
        self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def path(self) -> Path:
        """The journal file this object opens."""
        return self._path if self._path is not None else default_journal_path()

    @property
    def is_open(self) -> bool:
        """Whether :meth:`open`/:meth:`connect` succeeded and :meth:`close` was not called."""
        return self._writer is not None

    @property
    def schema_version(self) -> int:
        """The file's schema version after opening (``PRAGMA user_version``)."""
        if self._writer is None:
            raise JournalClosedError("the journal is not open")
        return self._schema_version

    def connection_settings(self) -> dict[str, object]:
        """Return the writer connection's safety settings, for diagnostics and tests."""
        with self._write_lock:
            connection = self._writer
            if connection is None:
                raise JournalClosedError("the journal is not open")
            return {
                name: connection.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }

    def _now_text(self) -> str:
        """Return the clock's current time as stored text."""
        return time_to_text(self._clock())

    @contextmanager
    def batch(self, *, durable: bool = True) -> Iterator[None]:
        """Run the write methods called in the block (by this thread) as one transaction.

        Everything is committed together when the block ends, or nothing when it raises. Reads
        in the block see the journal as it was before it (they use the other connection). Other
        threads' writes wait until the block ends; a batch inside a batch joins the outer one.
        ``durable=False`` is for records of what SortedPRO already holds (a power cut may lose
        them; see :func:`~packstation.journal.transactions.write_transaction`); never for an
        intent or a print job, which must be on the disk before the call or the label goes out.
        """
        if self._batching_thread == threading.get_ident():
            yield
            return
        with self._write_lock:
            if self._writer is None:
                raise JournalClosedError("the journal is not open")
            with write_transaction(self._writer, self.path, durable=durable):
                self._batching_thread = threading.get_ident()
                try:
                    yield
                finally:
                    self._batching_thread = None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """Run the block as one write transaction; any error rolls all of it back.

        Inside this thread's :meth:`batch` the block joins the batch's transaction instead, under
        a savepoint: a write that fails leaves nothing of itself in the batch.
        """
        if self._batching_thread == threading.get_ident() and self._writer is not None:
            with savepoint(self._writer, self.path):
                yield self._writer
            return
        with self._write_lock:
            if self._writer is None:
                raise JournalClosedError("the journal is not open")
            with write_transaction(self._writer, self.path) as connection:
                yield connection

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """Run the block's queries against one consistent snapshot."""
        with self._read_lock:
            if self._reader is None:
                raise JournalClosedError("the journal is not open")
            with read_transaction(self._reader, self.path) as connection:
                yield connection


def require_row(row: sqlite3.Row | None, what: str) -> sqlite3.Row:
    """Return ``row`` or raise the caller-bug error naming what was not found."""
    if row is None:
        raise JournalStateError(f"{what} is not in the journal")
    return row


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """Return the id of the row an INSERT just made."""
    row_id = cursor.lastrowid
    if row_id is None:
        raise JournalStateError("the journal did not report the new row's id")
    return row_id
