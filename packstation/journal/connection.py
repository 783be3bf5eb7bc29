"""Opening the journal file: version check first, then pragmas, then migrations.

Settings and why:

* ``journal_mode=WAL`` so the GUI's reads never wait for the engine's write, and the engine's
  write never waits for a read.
* ``synchronous=FULL``: a committed intent must survive a power cut, or the station could create
  or allocate twice. With WAL, NORMAL may lose the last commits on power loss (never corrupt,
  but an intent that was "committed" before the API call could vanish). Writes are a handful per
  pack, so the extra fsync per commit is cheap at bench speed.
* ``foreign_keys=ON`` so no print job, label or stage can point at a pack that is not there.
* a busy timeout so a second process (a scheduled ``close-shift``) waits instead of failing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from packstation.journal.errors import JournalOpenError, JournalVersionError
from packstation.journal.paths import ensure_private_file
from packstation.journal.schema import SCHEMA_VERSION, migrate, read_version


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
        _refuse_newer(connection, path)
        if existed:
            ensure_private_file(path)
        _configure(connection, path)
        migrate(connection)
        return connection, read_version(connection)
    except sqlite3.DatabaseError as error:
        connection.close()
        raise JournalOpenError(
            f"The station journal {path} is not usable ({error}). Keep the file for support "
            "and start with a new journal path."
        ) from error
    except BaseException:
        connection.close()
        raise


def open_reader(path: Path, busy_timeout_s: float) -> sqlite3.Connection:
    """Open a second, read-only connection for queries from another thread."""
    connection = _connect(path, busy_timeout_s)
    connection.execute("PRAGMA query_only = ON")
    return connection


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


def _refuse_newer(connection: sqlite3.Connection, path: Path) -> None:
    """Read the file's version and refuse one this program does not know."""
    version = read_version(connection)
    if version > SCHEMA_VERSION:
        raise JournalVersionError(str(path), version, SCHEMA_VERSION)


def _configure(connection: sqlite3.Connection, path: Path) -> None:
    """Switch the file to WAL and set the per-connection safety pragmas."""
    mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise JournalOpenError(f"The station journal {path} cannot use write-ahead logging.")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
