"""Errors of the journal.

Files the station cannot use (written by a newer Packstation, not a database, not readable) are
operator problems and derive from :class:`~packstation.errors.UserFacingError`, as do writes
the machine refused (disk full, file locked by another program). A call that does
not fit the journal's state (unknown id, a second open shift, an outcome after a final one) is a
bug in the caller and raises :class:`JournalStateError`.
"""

from __future__ import annotations

from packstation.errors import UserFacingError


class JournalOpenError(UserFacingError):
    """The journal file cannot be opened or is not a Packstation journal."""


class JournalVersionError(JournalOpenError):
    """The file was written by a newer Packstation; it is refused and left untouched."""

    def __init__(self, path: str, file_version: int, supported_version: int) -> None:
        super().__init__(
            f"The station journal {path} was written by a newer Packstation "
            f"(journal version {file_version}; this program knows up to {supported_version}). "
            "Update Packstation on this station; the file was left untouched."
        )
        self.file_version = file_version
        self.supported_version = supported_version


class JournalUnavailableError(UserFacingError):
    """The machine stopped the journal (disk full, read-only, locked, I/O error); retry later."""

    retryable = True


class JournalStateError(RuntimeError):
    """A call that does not fit what the journal holds; a bug in the caller, never retried."""


class JournalClosedError(RuntimeError):
    """The journal was used before ``open()`` or after ``close()``."""
