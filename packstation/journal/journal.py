"""The station journal: every fact a shift produces, kept in one SQLite file.

:class:`Journal` is the adapter the services reach through their journal port. Its methods are
synchronous and typed, take and return the plain records of :mod:`packstation.journal.records`,
and never expose sqlite types. It offers no way to delete anything: corrections (voids, reprints,
new outcomes) are new rows, and the file's triggers refuse deletes and rewrites of facts.

The order a pack is written in, each call one committed transaction::

    shift = journal.open_shift(user, location)
    journal.record_scan(shift.shift_id, code, kind, result)
    intent = journal.record_intent(shift.shift_id, IntentKind.ALLOCATE, client_reference, ...)
    ... call PRO ...
    journal.record_intent_outcome(intent.intent_id, IntentOutcome.SUCCEEDED, ...)
    pack = journal.start_pack(shift.shift_id, consignment_reference, ...)
    journal.record_allocation(pack.pack_id, carrier=..., service=..., ...)
    label_set_id = journal.store_labels(pack.pack_id, LabelFormat.ZPL, documents, ...)
    job_id = journal.start_print_job(pack.pack_id, label_set_id, printer_url, indices)
    ... print ...
    journal.finish_print_job(job_id, PrintOutcome.CONFIRMED)
    journal.record_ready_to_ship(pack.pack_id, succeeded=True)

and at closing ``start_manifest`` before the call, ``record_manifest_answer`` after it.
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
