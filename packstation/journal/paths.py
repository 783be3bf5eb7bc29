"""Where the journal lives and how its file is created private to the station user."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

JOURNAL_FILE_NAME = "journal.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_journal_path() -> Path:
    """Return the journal file under the platform's per-user data directory."""
    return Path(platformdirs.user_data_dir("packstation", appauthor=False)) / JOURNAL_FILE_NAME


def ensure_private_file(path: Path) -> None:
    """Create ``path`` (and missing parents) readable only by the station user.

    The file is created empty before SQLite sees it so that it never exists, even for a moment,
    with the umask's wider mode; SQLite gives its -wal and -shm files the database file's mode.
    Directories made here, missing parents included, are 0700; an existing directory is left as
    the administrator set it. An existing journal and its -wal and -shm files are tightened.
    """
    missing = [d for d in (path.parent, *path.parent.parents) if not d.exists()]
    for directory in reversed(missing):
        directory.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
        if os.name == "posix":
            # mkdir's mode is filtered by the umask; state the intended mode explicitly.
            os.chmod(directory, PRIVATE_DIR_MODE)
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:
        for existing in (path, *_sidecars(path)):
            _tighten_existing(existing)
        return
    os.close(descriptor)
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE_MODE)


def _sidecars(path: Path) -> tuple[Path, ...]:
    """SQLite's write-ahead log and shared-memory index of the journal at ``path``."""
    return (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def _tighten_existing(path: Path) -> None:
    """Drop group and other permissions from an existing file the station user owns."""
    if os.name != "posix":
        return
    try:
        status = path.stat()
    except FileNotFoundError:  # a -wal or -shm file that SQLite has not made (or removed)
        return
    mode = status.st_mode & 0o777
    if mode & 0o077 and status.st_uid == os.getuid():
        os.chmod(path, mode & 0o700)
