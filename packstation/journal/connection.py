"""Opening the journal file: version check first, then pragmas, then migrations.

Settings and why:

* ``journal_mode=WAL`` so the GUI's reads never wait for the engine's write, and the engine's
  write never waits for a read.
* ``synchronous=FULL``: a committed intent must survive a power cut, or the station could create
  or allocate twice. With WAL, NORMAL may lose the last commits on power loss (never corrupt,
  but an intent that was "committed" before the API call could vanish). Records of what PRO
  already holds (a consignment found or allocated) are the exception: their commits skip the
  sync (``batch(durable=False)``) and reach the disk with the next intent or print job.
* ``foreign_keys=ON`` so no print job, label or stage can point at a pack that is not there.
* a busy timeout so a second process (a scheduled ``close-shift``) waits instead of failing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from packstation.journal.errors import JournalOpenError, JournalVersionError
from packstation.journal.paths import ensure_private_file
from packstation.journal.schema import APPLICATION_ID, SCHEMA_VERSION, migrate, read_version
from packstation.journal.transactions import machine_error


def open_writer(path: Path, busy_timeout_s: float) -> tuple[sqlite3.Connection, int]:
    """Open, check, configure and migrate the file; return the writing connection and version.

    A file from a newer Packstation is refused before anything is written to it (no pragma
    that changes the file, no chmod, no migration).
    """
    existed = path.exists()
    try:
        if not existed:
            ensure_private_file(path)
        connection = _connect(path, busy_timeout_s)
    except (OSError, sqlite3.Error) as error:
        raise JournalOpenError(f"The station journal {path} cannot be opened: {error}") from error
    try:
        _refuse_foreign_or_newer(connection, path)
        if existed:
            ensure_private_file(path)
        _configure(connection, path)
        migrate(connection)
        return connection, read_version(connection)
    except BaseException as error:
        connection.close()
        explained = _explained(error, path)
        if explained is error:
            raise
        raise explained from error


def open_reader(path: Path, busy_timeout_s: float) -> sqlite3.Connection:
    """Open a second, read-only connection for queries from another thread."""
    try:
        connection = _connect(path, busy_timeout_s)
        connection.execute("PRAGMA query_only = ON")
    except sqlite3.Error as error:
        explained = _explained(error, path)
        if explained is error:
            raise
        raise explained from error
    return connection


def _explained(error: BaseException, path: Path) -> BaseException:
    """Turn a failure while opening into the operator's words, where it is not a bug."""
    if isinstance(error, sqlite3.OperationalError):
        return machine_error(error, path, "opened") or error
    if isinstance(error, sqlite3.DatabaseError):
        # Not a database, or damaged: nothing the station can repair by itself.
        return JournalOpenError(
            f"The station journal {path} is not usable ({error}). Keep the file for support "
            "and start with a new journal path."
        )
    if isinstance(error, OSError):
        return JournalOpenError(f"The station journal {path} cannot be opened: {error}")
    return error


def _connect(path: Path, busy_timeout_s: float) -> sqlite3.Connection:
    """Connect in autocommit mode: every transaction in the journal is an explicit BEGIN."""
    connection = sqlite3.connect(
        str(path),
        timeout=busy_timeout_s,
        isolation_level=None,
        # Each connection is used only while holding its own lock, by whichever thread has it.
        check_same_thread=False,
    )
    connection.row_factory = sqlite3.Row
    return connection


def _refuse_foreign_or_newer(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse another program's database and a journal newer than this program."""
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    version = read_version(connection)
    has_tables = connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] > 0
    if application_id not in (0, APPLICATION_ID) or (version == 0 and has_tables):
        raise JournalOpenError(
            f"{path} is a database of another program, not a station journal; "
            "it was left untouched. Choose another journal path."
        )
    if version > SCHEMA_VERSION:
        raise JournalVersionError(str(path), version, SCHEMA_VERSION)


def _configure(connection: sqlite3.Connection, path: Path) -> None:
    """Switch the file to WAL and set the per-connection safety pragmas."""
    mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise JournalOpenError(f"The station journal {path} cannot use write-ahead logging.")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
