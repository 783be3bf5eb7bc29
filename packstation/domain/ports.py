"""The ports: what the packing engine needs from the world, as Protocols.

Adapters implement them (``packstation.pro``, ``packstation.printing``, ``packstation.devices``,
``packstation.journal``) and ``app.py`` hands them to the services; tests hand in fakes. Every
method may raise a :class:`~packstation.errors.UserFacingError`; the remote categories of
:mod:`packstation.errors` tell the engine whether a call may have taken effect.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Protocol

from packstation.domain.choices import AllocationOutcome, QuoteList, ServiceChoice
from packstation.domain.labels import (
    LabelFile,
    LabelInspection,
    LabelLanguage,
    PrinterCondition,
    PrintReport,
)
from packstation.domain.orders import Order, PackedParcel
from packstation.domain.records import (
    Intent,
    IntentAction,
    IntentOutcome,
    PackRecord,
    PackStage,
    ShiftInfo,
)
from packstation.domain.shift import DriverSheet, ShiftReport
from packstation.domain.shipment import ParcelSpec, Shipment, ShipmentHit


@dataclass(frozen=True)
class BulkOutcome:
    """PRO's answer for one reference of a bulk call (ready to ship, manifest, cancel)."""

    reference: str
    succeeded: bool
    message: str


@dataclass(frozen=True)
class NamedPdf:
    """A document to print on the document printer (customs forms, driver sheet)."""

    name: str
    data: bytes


class ShippingApi(Protocol):
    """SortedPRO as the engine uses it."""

    def get_shipment(self, reference: str) -> Shipment:
        """Return the consignment ``EC-...``."""

    def find_by_customer_reference(self, text: str) -> list[ShipmentHit]:
        """Return the consignments whose own reference is ``text`` (0, 1 or many)."""

    def find_by_tracking_number(self, text: str) -> list[ShipmentHit]:
        """Return the consignments carrying the tracking number ``text``."""

    def replace_parcels(self, reference: str, parcels: Sequence[ParcelSpec]) -> Shipment:
        """Write the packer's parcels to an unallocated consignment (read, modify, replace)."""

    def quotes(self, reference: str) -> QuoteList:
        """Return the quotes for an existing consignment."""

    def allocate_with_quote(self, reference: str, quote_reference: str) -> AllocationOutcome:
        """Allocate to the service of a quote."""

    def allocate_cheapest(self, reference: str) -> AllocationOutcome:
        """Allocate to the cheapest eligible service."""

    def allocate_by_rules(self, reference: str) -> AllocationOutcome:
        """Allocate by the account's default rules."""

    def labels(self, reference: str, language: LabelLanguage, dpi: int) -> LabelFile:
        """Return every parcel label of an allocated consignment in one file."""

    def customs_documents(self, reference: str) -> list[NamedPdf]:
        """Return the customs paperwork of an allocated international consignment."""

    def set_ready_to_ship(self, references: Sequence[str]) -> list[BulkOutcome]:
        """Flag allocated consignments as packed and ready for the manifest."""

    def get_delivery_option(self, reference: str) -> ServiceChoice:
        """Return a delivery or pickup option offered at checkout (``EDO-...``)."""

    def select_option(self, reference: str) -> AllocationOutcome:
        """Select an option: PRO creates and allocates the consignment."""

    def create_from_option(
        self, reference: str, parcels: Sequence[ParcelSpec], client_reference: str
    ) -> str:
        """Create an unallocated consignment from an expired option's addresses; return it."""

    def get_order(self, reference: str) -> Order:
        """Return an order (``EO-...``) waiting to be packed."""

    def pack_order(
        self, reference: str, parcels: Sequence[PackedParcel], client_reference: str
    ) -> str:
        """Pack order items into a new consignment carrying ``client_reference``; return it."""

    def consignments_packed_from(self, order_reference: str) -> list[str]:
        """Return the consignments already packed from an order (``EO-...``), by any station."""

    def manifest(self, references: Sequence[str]) -> list[BulkOutcome]:
        """Send consignments to their carriers."""

    def cancel(self, reference: str) -> None:
        """Cancel a consignment that is not manifested yet (its labels become void)."""

    def manifest_location(self, location: str) -> str:
        """Queue every ReadyToShip consignment of a shipping location; return PRO's summary."""

    def customer_manifests(self, location: str, since: datetime) -> list[NamedPdf]:
        """Return the carrier manifest files of a location created since ``since``."""


class LabelPrinter(Protocol):
    """A label printer with the language and resolution it wants."""

    @property
    def name(self) -> str:
        """How the printer is shown to the packer (its address)."""

    @property
    def language(self) -> LabelLanguage:
        """The label language to ask PRO for."""

    @property
    def dpi(self) -> int:
        """The print resolution."""

    def print_labels(self, labels: LabelFile, only: Sequence[int] | None = None) -> PrintReport:
        """Print the file's labels (or only those 0-based indices) and report honestly."""

    def status(self) -> PrinterCondition:
        """Ask the printer how it is now (it may say it cannot report)."""


class LabelInspector(Protocol):
    """Reads a label file before printing: how many labels, which barcodes on each."""

    def inspect(self, labels: LabelFile) -> LabelInspection:
        """Return what the file holds."""


class DocumentPrinter(Protocol):
    """Where A4 documents go (CUPS, the Windows spooler or a folder)."""

    @property
    def name(self) -> str:
        """How the printer is shown."""

    def print_pdf(self, document: NamedPdf) -> PrintReport:
        """Print one PDF document."""


@dataclass(frozen=True)
class WeightReading:
    """What a scale said."""

    weight_kg: Decimal
    stable: bool


class Scale(Protocol):
    """A bench scale."""

    def read(self) -> WeightReading:
        """Return the current weight; raises when the scale does not answer."""


class Clock(Protocol):
    """The time, injectable so that cut-offs can be tested."""

    def now(self) -> datetime:
        """Return the current time, timezone-aware."""


class PackJournal(Protocol):
    """The station journal as the engine writes and reads it (the current shift).

    Every method commits before it returns: a crash right after a call never loses what it wrote.
    """

    def record_scan(self, text: str, kind: str, result: str) -> None:
        """Remember a scan and what the engine made of it."""

    def record_intent(self, action: IntentAction, target: str, client_reference: str) -> Intent:
        """Remember a call before it is sent."""

    def resolve_intent(
        self, intent_id: int, outcome: IntentOutcome, result_reference: str | None, message: str
    ) -> None:
        """Remember what became of a call."""

    def pending_intents(self) -> list[Intent]:
        """Return the calls sent without a known outcome."""

    def created_by(
        self, action: IntentAction, target: str, *, any_shift: bool = False
    ) -> list[str]:
        """Return the consignments succeeded ``action`` calls on ``target`` made, oldest first.

        The calls of the current shift, or of every shift with ``any_shift``.
        """

    def record_stage(self, shipment: Shipment, stage: PackStage, message: str = "") -> None:
        """Remember that a pack reached ``stage``, with the shipment's facts at that moment."""

    def store_labels(self, reference: str, labels: LabelFile) -> None:
        """Keep the label bytes exactly as received, for reprints."""

    def stored_labels(self, reference: str) -> LabelFile | None:
        """Return the latest stored labels of a consignment."""

    def begin_print(
        self,
        reference: str,
        printer: str,
        indices: Sequence[int],
        reprint_reason: str | None = None,
        *,
        labels: LabelFile | None = None,
        allocated: Shipment | None = None,
    ) -> int:
        """Remember a print job before it is sent; return the job's id.

        The job prints ``labels`` when given (just received: they are stored, exactly as received,
        in the same commit as the job), else the labels stored last. ``allocated`` is the
        shipment recorded as allocated in that same commit (as :meth:`record_stage` would). A job
        that never gets its outcome (the station died while printing) counts as sent but
        unconfirmed.
        """

    def finish_print(self, job_id: int, report: PrintReport) -> None:
        """Remember what the printer did with the job (per label: printed or not)."""

    def record_document_print(self, reference: str, name: str, report: PrintReport) -> None:
        """Remember a customs document (or other A4 document) sent to the document printer."""

    def find_pack(self, reference: str) -> PackRecord | None:
        """Return the pack of ``reference`` in the current shift, if any."""

    def shift_packs(self) -> list[PackRecord]:
        """Return every pack of the current shift, newest first."""

    def packs_with_customer_reference(self, customer_reference: str) -> list[PackRecord]:
        """Return the current shift's packs carrying the shop's own reference, newest first."""

    def shift_info(self) -> ShiftInfo:
        """Return the current shift (the journal opens one when there is none)."""

    def record_void(self, reference: str, reason: str) -> None:
        """Remember that a pack was voided (its consignment cancelled before manifesting)."""

    def begin_manifest(self, references: Sequence[str] | None) -> int:
        """Remember a manifest call before it is sent (``None``: the whole location by query).

        The packs named move to :attr:`PackStage.MANIFEST_SENT` until the answer is recorded.
        """

    def finish_manifest(
        self, attempt_id: int, outcomes: Sequence[BulkOutcome], error: str | None = None
    ) -> None:
        """Remember PRO's answer, consignment by consignment (``error``: refused as a whole).

        Each pack whose outcome succeeded moves to :attr:`PackStage.MANIFESTED`; a consignment
        of the attempt left out of ``outcomes`` (and no ``error``) keeps
        :attr:`PackStage.MANIFEST_SENT`: its answer is unknown.
        """

    def close_shift(self, closed_by: str) -> None:
        """Close the current shift; the next pack opens a new one."""


class ShiftDocuments(Protocol):
    """Renders the end-of-shift paperwork as PDF bytes (A4)."""

    def driver_sheets(self, sheets: Sequence[DriverSheet]) -> bytes:
        """One section per carrier: counts, consignments and tracking barcodes, signature box."""

    def shift_report(self, report: ShiftReport) -> bytes:
        """Packs per hour and per carrier, reprints, voids and exceptions."""
