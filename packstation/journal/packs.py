"""Writing packs: start, allocation, labels, ready to ship and voids.

Each method is one transaction: the event row, the pack's new stage and its stage-history row
are written together or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from packstation.journal.base import JournalBase, inserted_id
from packstation.journal.packread import read_pack
from packstation.journal.records import LabelFormat, PackageRecord, PackRecord, PackStage
from packstation.journal.stages import advance


class PackWrites(JournalBase):
    """Recording the steps of a pack up to ready-to-ship, and voids."""

    def start_pack(
        self,
        shift_id: int,
        consignment_reference: str,
        *,
        customer_reference: str | None = None,
    ) -> PackRecord:
        """Record that the station started on a consignment in this shift."""
        if not consignment_reference:
            raise ValueError("a pack needs the consignment reference")
        with self._write() as connection:
            at = self._now_text()
            cursor = connection.execute(
                "INSERT INTO packs (shift_id, consignment_reference, customer_reference,"
                " started_at, stage, stage_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    shift_id,
                    consignment_reference,
                    customer_reference,
                    at,
                    PackStage.STARTED.value,
                    at,
                ),
            )
            pack_id = inserted_id(cursor)
            connection.execute(
                "INSERT INTO pack_stages (pack_id, at, stage) VALUES (?, ?, ?)",
                (pack_id, at, PackStage.STARTED.value),
            )
            return read_pack(connection, pack_id)

    def record_allocation(
        self,
        pack_id: int,
        *,
        carrier: str | None,
        service: str | None,
        tracking_numbers: Sequence[str],
        packages: Sequence[PackageRecord],
        service_reference: str | None = None,
    ) -> PackStage:
        """Record the carrier service PRO allocated, its tracking numbers and the parcels."""
        with self._write() as connection:
            at = self._now_text()
            cursor = connection.execute(
                "INSERT INTO allocations (pack_id, at, carrier, service, service_reference,"
                " tracking_numbers, package_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    pack_id,
                    at,
                    carrier,
                    service,
                    service_reference,
                    json.dumps(list(tracking_numbers)),
                    len(packages),
                ),
            )
            allocation_id = inserted_id(cursor)
            connection.executemany(
                "INSERT INTO packages (allocation_id, position, weight_kg, tracking_number)"
                " VALUES (?, ?, ?, ?)",
                [
                    (allocation_id, position, package.weight_kg, package.tracking_number)
                    for position, package in enumerate(packages)
                ],
            )
            note = " ".join(part for part in (carrier, service) if part) or None
            return advance(connection, pack_id, PackStage.ALLOCATED, at, note)

    def record_allocation_failed(self, pack_id: int, reason: str) -> PackStage:
        """Record that PRO could not allocate the consignment, with PRO's reason."""
        with self._write() as connection:
            return advance(
                connection, pack_id, PackStage.ALLOCATION_FAILED, self._now_text(), reason
            )

    def store_labels(
        self,
        pack_id: int,
        label_format: LabelFormat,
        documents: Sequence[bytes],
        *,
        label_count: int,
        dpi: int | None = None,
    ) -> int:
        """Keep the label documents exactly as received; return the label set's id.

        ``documents`` are the files PRO sent (one PDF or ZPL stream may hold several labels);
        ``label_count`` is how many labels they hold, the numbering print jobs refer to.
        """
        if not documents or any(not document for document in documents):
            raise ValueError("label documents must not be empty")
        if label_count < 1:
            raise ValueError("a label set holds at least one label")
        with self._write() as connection:
            at = self._now_text()
            cursor = connection.execute(
                "INSERT INTO label_sets (pack_id, stored_at, label_format, dpi, label_count,"
                " document_count) VALUES (?, ?, ?, ?, ?, ?)",
                (pack_id, at, label_format.value, dpi, label_count, len(documents)),
            )
            label_set_id = inserted_id(cursor)
            connection.executemany(
                "INSERT INTO label_documents (label_set_id, position, data) VALUES (?, ?, ?)",
                [
                    (label_set_id, position, bytes(document))
                    for position, document in enumerate(documents)
                ],
            )
            advance(connection, pack_id, PackStage.LABELS_STORED, at)
            return label_set_id

    def record_ready_to_ship(
        self, pack_id: int, *, succeeded: bool, detail: str | None = None
    ) -> PackStage:
        """Record the answer to Set Ready To Ship (``detail``: PRO's message on failure)."""
        with self._write() as connection:
            at = self._now_text()
            connection.execute(
                "INSERT INTO ready_results (pack_id, at, succeeded, detail) VALUES (?, ?, ?, ?)",
                (pack_id, at, int(succeeded), detail),
            )
            target = PackStage.READY_TO_SHIP if succeeded else PackStage.READY_FAILED
            return advance(connection, pack_id, target, at, detail)

    def void_pack(self, pack_id: int, reason: str, *, voided_by: str | None = None) -> PackStage:
        """Record that the pack was voided; the pack and all its rows stay in the journal."""
        if not reason:
            raise ValueError("a void needs a reason")
        with self._write() as connection:
            at = self._now_text()
            connection.execute(
                "INSERT INTO voids (pack_id, at, reason, voided_by) VALUES (?, ?, ?, ?)",
                (pack_id, at, reason, voided_by),
            )
            return advance(connection, pack_id, PackStage.VOIDED, at, reason)
