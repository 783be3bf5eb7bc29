"""The station journal: stdlib sqlite3, WAL, migrations by PRAGMA user_version.

Import :class:`Journal` and the records from here; the rest of the package is internal.
"""

from packstation.journal.errors import (
    JournalClosedError,
    JournalOpenError,
    JournalStateError,
    JournalUnavailableError,
    JournalVersionError,
)
from packstation.journal.journal import Journal
from packstation.journal.paths import default_journal_path
from packstation.journal.records import (
    EXCEPTION_STAGES,
    MANIFESTABLE_STAGES,
    RECOVERY_STAGES,
    HourCount,
    IntentKind,
    IntentOutcome,
    IntentRecord,
    LabelFormat,
    ManifestAttemptRecord,
    ManifestResult,
    PackageRecord,
    PackRecord,
    PackStage,
    PrintJobRecord,
    PrintOutcome,
    ScanRecord,
    ShiftCounts,
    ShiftRecord,
    StageChange,
    StoredLabels,
)
from packstation.journal.schema import SCHEMA_VERSION

__all__ = [
    "EXCEPTION_STAGES",
    "MANIFESTABLE_STAGES",
    "RECOVERY_STAGES",
    "SCHEMA_VERSION",
    "HourCount",
    "IntentKind",
    "IntentOutcome",
    "IntentRecord",
    "Journal",
    "JournalClosedError",
    "JournalOpenError",
    "JournalStateError",
    "JournalUnavailableError",
    "JournalVersionError",
    "LabelFormat",
    "ManifestAttemptRecord",
    "ManifestResult",
    "PackRecord",
    "PackStage",
    "PackageRecord",
    "PrintJobRecord",
    "PrintOutcome",
    "ScanRecord",
    "ShiftCounts",
    "ShiftRecord",
    "StageChange",
    "StoredLabels",
    "default_journal_path",
]
