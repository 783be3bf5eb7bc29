"""The station journal: every fact a shift produces, kept in one SQLite file.

:class:`Journal` is the adapter the services reach through their journal port. Its methods are
synchronous and typed, take and return the plain records of :mod:`packstation.journal.records`,
and never expose sqlite types. It offers no way to delete anything: corrections (voids, reprints,
new outcomes) are new rows.
"""

from __future__ import annotations

from packstation.journal.intents import IntentWrites
from packstation.journal.manifests import ManifestWrites
from packstation.journal.packs import PackWrites
from packstation.journal.prints import PrintWrites
from packstation.journal.queries import Queries
from packstation.journal.reports import Reports
from packstation.journal.shifts import ShiftWrites


class Journal(ShiftWrites, IntentWrites, PackWrites, PrintWrites, ManifestWrites, Queries, Reports):
    """The station journal (see the module docstring and :mod:`packstation.journal.base`).

    Use ``with Journal.open(path) as journal:`` or ``Journal(path)`` then :meth:`connect`;
    writes may come from one thread while queries come from another.
    """
