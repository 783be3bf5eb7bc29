"""Write and read transactions, and what their failures mean.

A constraint failure (unknown id, a second answer) is the caller's bug: JournalStateError.
A failure of the machine (disk full, read-only medium, another process holding the file past
the busy timeout, an I/O error) is something the operator can act on: JournalUnavailableError,
after which nothing of the change is in the file and the journal can be used again.
Any other sqlite error (bad SQL) is a bug and passes through unchanged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from packstation.journal.errors import JournalStateError, JournalUnavailableError

# Primary result codes that describe the machine, not the program (sqlite3.h).
_ENVIRONMENTAL_CODES = {
    5: "the file is busy in another program",  # SQLITE_BUSY
    6: "the file is locked",  # SQLITE_LOCKED
    7: "out of memory",  # SQLITE_NOMEM
    8: "the file or its folder is read-only",  # SQLITE_READONLY
    10: "a disk input/output error",  # SQLITE_IOERR
    13: "the disk is full",  # SQLITE_FULL
    14: "the file cannot be opened",  # SQLITE_CANTOPEN
    15: "the file lock failed",  # SQLITE_PROTOCOL
}


@contextmanager
def write_transaction(
    connection: sqlite3.Connection, path: Path, *, durable: bool = True
) -> Iterator[sqlite3.Connection]:
    """Run the block in ``BEGIN IMMEDIATE ... COMMIT``; any failure leaves no trace of it.

    A commit that is not ``durable`` is written to the log without waiting for the disk
    (``synchronous=NORMAL`` for this one commit): a power cut may lose it, never half of it, and
    the next durable commit's sync carries it to the disk with itself, since the log is written
    in order. The connection is back at ``synchronous=FULL`` afterwards.
    """
    if not durable:
        connection.execute("PRAGMA synchronous = NORMAL")
    try:
        with _committed(connection, path):
            yield connection
    finally:
        if not durable:
            connection.execute("PRAGMA synchronous = FULL")


@contextmanager
def _committed(connection: sqlite3.Connection, path: Path) -> Iterator[None]:
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise _translated(error, path, "written") from error
    try:
        yield
        connection.execute("COMMIT")
    except BaseException as error:
        _roll_back(connection)
        _raise_as_write_failure(error, path)
        raise


@contextmanager
def savepoint(connection: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """Run the block inside an open transaction so that, if it raises, only it is undone.

    Failures are named as :func:`write_transaction` names them.
    """
    connection.execute("SAVEPOINT journal_write")
    try:
        yield connection
    except BaseException as error:
        connection.execute("ROLLBACK TO journal_write")
        connection.execute("RELEASE journal_write")
        _raise_as_write_failure(error, path)
        raise
    connection.execute("RELEASE journal_write")


def _raise_as_write_failure(error: BaseException, path: Path) -> None:
    """Raise SQLite's failure of a write as the journal's own error; return for anything else."""
    if isinstance(error, sqlite3.IntegrityError):
        # An unknown id or a broken constraint is the caller's mistake, not the file's.
        raise JournalStateError(f"the journal refused the change: {error}") from error
    if isinstance(error, sqlite3.OperationalError):
        raise _translated(error, path, "written") from error


@contextmanager
def read_transaction(connection: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """Run the block's queries against one snapshot of the file."""
    try:
        connection.execute("BEGIN")
        try:
            yield connection
        finally:
            _roll_back(connection)
    except sqlite3.OperationalError as error:
        raise _translated(error, path, "read") from error


def _roll_back(connection: sqlite3.Connection) -> None:
    """End the open transaction, if SQLite has not already ended it."""
    if connection.in_transaction:
        connection.execute("ROLLBACK")


def _translated(error: sqlite3.OperationalError, path: Path, verb: str) -> Exception:
    """Name a machine failure for the operator; leave programming errors as they are."""
    return machine_error(error, path, verb) or error


def machine_error(
    error: sqlite3.OperationalError, path: Path, verb: str
) -> JournalUnavailableError | None:
    """Return the operator's error for a failure of the machine, or None for anything else."""
    cause = _ENVIRONMENTAL_CODES.get(getattr(error, "sqlite_errorcode", -1) & 0xFF)
    if cause is None:
        return None
    return JournalUnavailableError(
        f"The station journal {path} cannot be {verb} now: {cause}. Nothing was recorded by "
        "this step; fix the cause and try again."
    )
