"""The sandbox's ledger: every committed charging or irreversible operation, in order.

Each route that creates, allocates, manifests, cancels or issues labels writes one entry inside
the same transaction as the operation, so an entry exists exactly when the operation committed
(a lost answer still leaves its entry; a request dropped before the handler leaves none). Tests
read it through ``GET /_sandbox/ledger`` to prove that nothing was charged twice. Seeded
consignments are entered as ``seeded`` so a second consignment for a seeded customer reference
is visible too.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from packstation.sandbox.clock import wire_datetime
from packstation.sandbox.store import Transaction

SEEDED = "seeded"
CREATE = "create"
ALLOCATE = "allocate"
MANIFEST = "manifest"
CANCEL = "cancel"
LABELS = "labels"
KINDS = (SEEDED, CREATE, ALLOCATE, MANIFEST, CANCEL, LABELS)


def record(tx: Transaction, kind: str, document: dict[str, Any], at: datetime) -> None:
    """Enter one committed operation on a consignment (its wire document)."""
    if kind not in KINDS:
        raise ValueError(f"unknown ledger kind {kind!r}")
    tx.add_ledger_entry(
        kind,
        str(document["Reference"]),
        str(document.get("ConsignmentReferenceProvidedByCustomer") or ""),
        wire_datetime(at) or "",
    )


def to_wire(entry: tuple[int, str, str, str, str]) -> dict[str, Any]:
    """Return the control API's JSON form of one stored entry."""
    seq, kind, reference, customer_reference, at = entry
    return {
        "Seq": seq,
        "Kind": kind,
        "Reference": reference,
        "CustomerReference": customer_reference,
        "At": at,
    }
