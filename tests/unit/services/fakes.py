"""In-memory fakes of the engine's ports, for unit tests of the services.

``FakePro`` keeps consignments as mutable records and follows PRO's state rules closely enough for
the engine: allocation only from Unallocated/AllocationFailed, ready-to-ship only from Allocated.
Faults are scripted per method: an error raised before the call takes effect, or a "lost answer"
raised after it did.
"""

from __future__ import annotations

import itertools
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from packstation.domain.booking import Booking, Receipt
from packstation.domain.choices import (
    AllocationOutcome,
    ChoiceKind,
    PickupPoint,
    QuoteList,
    ServiceChoice,
    UnqualifiedService,
)
from packstation.domain.labels import (
    LabelFile,
    LabelInspection,
    LabelLanguage,
    PrinterCondition,
    PrintReport,
    PrintState,
)
from packstation.domain.orders import Order, OrderLine, PackedParcel
from packstation.domain.ports import BulkOutcome, NamedPdf
from packstation.domain.records import (
    Intent,
    IntentAction,
    IntentOutcome,
    PackRecord,
    PackStage,
    ShiftGlance,
    ShiftInfo,
    shift_glance_of,
)
from packstation.domain.shift import DriverSheet, ShiftReport
from packstation.domain.shipment import (
    DeliveryPromise,
    Parcel,
    ParcelSpec,
    Place,
    Shipment,
    ShipmentHit,
    ShipmentState,
)
from packstation.errors import (
    RemoteBusyError,
    RemoteNotFoundError,
    RemoteRejectedError,
    RemoteUnreachableError,
    UserFacingError,
)

START = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
T = TypeVar("T")


def lost_answer(message: str = "connection lost") -> RemoteUnreachableError:
    error = RemoteUnreachableError(message)
    error.request_sent = True
    return error


def refused_connection(message: str = "connection refused") -> RemoteUnreachableError:
    error = RemoteUnreachableError(message)
    error.request_sent = False
    return error


def server_error(status: int = 500) -> RemoteBusyError:
    error = RemoteBusyError(f"SortedPRO is unavailable (HTTP {status}).")
    error.status_code = status
    return error


class FakeClock:
    def __init__(self) -> None:
        self.current = START

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@dataclass
class Record:
    reference: str
    state: ShipmentState
    customer_reference: str = ""
    parcels: list[Parcel] = field(default_factory=list)
    carrier: str | None = None
    service: str | None = None
    tracking: list[str] = field(default_factory=list)
    failed_reason: str | None = None
    destination_country: str = "GB"
    created: datetime = START
    outbound: bool = True
    labels_printed: bool = False  # PRO's flag: set when labels are fetched, never cleared


@dataclass
class Fault:
    error: UserFacingError
    after: bool  # True: the call takes effect, then the answer is lost
    late: bool = False  # True: the answer is lost at once, the call takes effect on the next wait


class FakePro:
    """A tiny PRO: consignments, quotes, options and orders in memory, with scripted faults."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.records: dict[str, Record] = {}
        self.options: dict[str, ServiceChoice] = {}
        self.orders: dict[str, Order] = {}
        self.packed_from: dict[str, list[str]] = defaultdict(list)
        self.faults: dict[str, list[Fault]] = defaultdict(list)
        self.calls: list[str] = []
        self.allocation_failure: str | None = None
        self._numbers = itertools.count(1)
        self.in_flight: list[Callable[[], object]] = []
        """Calls whose answer was lost while PRO was still working on them (``late`` faults)."""
        self.slept: list[float] = []
        self._seconds = 0.0
        self._faults_lock = threading.Lock()  # the closer sends manifest batches from threads

    # -- test set-up ------------------------------------------------------------------------

    def add(self, state: ShipmentState, *, parcels: int = 1, **fields: object) -> str:
        number = next(self._numbers)
        reference = f"EC-000-{number // 1000:03d}-{number % 1000:03d}"
        record = Record(reference, state, **fields)  # type: ignore[arg-type]
        record.parcels = [Parcel(f"EP-{reference[3:]}-{i}", Decimal("1.5")) for i in range(parcels)]
        if state in (ShipmentState.ALLOCATED, ShipmentState.READY_TO_SHIP):
            self._allocate(record, "Carrier X", "Next Day")
        self.records[reference] = record
        return reference

    def fail(
        self, method: str, error: UserFacingError, *, after: bool = False, late: bool = False
    ) -> None:
        """Fail the next ``method`` call; ``late`` (create, pack, manifest only): it still lands."""
        self.faults[method].append(Fault(error, after, late))

    # -- time, as the services' sleep and monotonic clock see it ----------------------------

    def sleep(self, seconds: float) -> None:
        """Let time pass: calls PRO was still working on land meanwhile."""
        self.calls.append("wait")
        self.slept.append(seconds)
        self._seconds += seconds
        landing, self.in_flight = self.in_flight, []
        for effect in landing:
            effect()

    def monotonic(self) -> float:
        return self._seconds

    def _run(self, method: str, effect: Callable[[], T]) -> T:
        """Run a call's effect, or, on a ``late`` fault, keep it in flight and lose the answer."""
        fault = self._enter(method)
        if fault is not None and fault.late:
            self.in_flight.append(effect)
            raise fault.error
        result = effect()
        self._exit(fault)
        return result

    def count(self, method: str) -> int:
        return self.calls.count(method)

    def _enter(self, method: str) -> Fault | None:
        with self._faults_lock:
            self.calls.append(method)
            fault = self.faults[method].pop(0) if self.faults[method] else None
        if fault is not None:
            if not (fault.after or fault.late):
                raise fault.error
            return fault
        return None

    @staticmethod
    def _exit(fault: Fault | None) -> None:
        if fault is not None:
            raise fault.error

    def _record(self, reference: str) -> Record:
        if reference not in self.records:
            raise RemoteNotFoundError(f"SortedPRO does not know {reference}.")
        return self.records[reference]

    def _allocate(self, record: Record, carrier: str, service: str) -> None:
        record.state = ShipmentState.ALLOCATED
        record.carrier, record.service = carrier, service
        record.tracking = [f"TRK{record.reference[-3:]}{i}" for i in range(len(record.parcels))]
        record.parcels = [
            replace(parcel, tracking_numbers=(record.tracking[i],))
            for i, parcel in enumerate(record.parcels)
        ]

    def shipment(self, record: Record) -> Shipment:
        return Shipment(
            reference=record.reference,
            state=record.state,
            state_name=record.state.value,
            customer_reference=record.customer_reference,
            destination=Place(
                "Ann Lee", ("1 High St",), "Leeds", "LS1 1AA", record.destination_country
            ),
            origin_country_code="GB",
            parcels=tuple(record.parcels),
            carrier=record.carrier,
            service=record.service,
            tracking_numbers=tuple(record.tracking),
            failed_allocation_reason=record.failed_reason,
            labels_printed=record.labels_printed,
            outbound=record.outbound,
        )

    def _hit(self, record: Record) -> ShipmentHit:
        return ShipmentHit(
            record.reference,
            record.state,
            record.customer_reference,
            created=record.created,
            outbound=record.outbound,
        )

    # -- the port ---------------------------------------------------------------------------

    def get_shipment(self, reference: str) -> Shipment:
        fault = self._enter("get_shipment")
        shipment = self.shipment(self._record(reference))
        self._exit(fault)
        return shipment

    def find_by_customer_reference(self, text: str) -> list[ShipmentHit]:
        fault = self._enter("find_by_customer_reference")
        hits = [self._hit(r) for r in self.records.values() if r.customer_reference == text]
        self._exit(fault)
        return hits

    def find_by_tracking_number(self, text: str) -> list[ShipmentHit]:
        fault = self._enter("find_by_tracking_number")
        hits = [self._hit(r) for r in self.records.values() if text in r.tracking]
        self._exit(fault)
        return hits

    def replace_parcels(self, reference: str, parcels: Sequence[ParcelSpec]) -> Shipment:
        fault = self._enter("replace_parcels")
        record = self._record(reference)
        if not record.state.needs_allocation:
            raise RemoteRejectedError("Packages cannot change once allocated.")
        record.parcels = [
            Parcel(f"EP-{reference[3:]}-{i}", spec.weight_kg, spec.dimensions)
            for i, spec in enumerate(parcels)
        ]
        self._exit(fault)
        return self.shipment(record)

    def quotes(self, reference: str) -> QuoteList:
        fault = self._enter("quotes")
        self._record(reference)
        choices = (
            ServiceChoice(
                ChoiceKind.QUOTE,
                "Q-SLOW",
                "Carrier Y",
                "48 Hour",
                price_gross=Decimal("4.10"),
                promise=DeliveryPromise(None, START + timedelta(days=2)),
                cutoff=START + timedelta(hours=2),
            ),
            ServiceChoice(
                ChoiceKind.QUOTE,
                "Q-FAST",
                "Carrier X",
                "Next Day",
                price_gross=Decimal("6.90"),
                promise=DeliveryPromise(None, START + timedelta(days=1)),
                cutoff=START + timedelta(hours=2),
            ),
        )
        self._exit(fault)
        return QuoteList(choices, (UnqualifiedService("Carrier Z Pallet", "too light"),))

    def _allocation(
        self, method: str, reference: str, carrier: str, service: str
    ) -> AllocationOutcome:
        fault = self._enter(method)
        record = self._record(reference)
        if not record.state.needs_allocation:
            raise RemoteRejectedError(
                f"{reference} cannot be allocated in state {record.state.value}."
            )
        if self.allocation_failure:
            record.state = ShipmentState.ALLOCATION_FAILED
            record.failed_reason = self.allocation_failure
            self._exit(fault)
            return AllocationOutcome(False, reference, self.allocation_failure)
        self._allocate(record, carrier, service)
        self._exit(fault)
        return AllocationOutcome(
            True, reference, "allocated", carrier, service, tuple(record.tracking)
        )

    def allocate_with_quote(self, reference: str, quote_reference: str) -> AllocationOutcome:
        service = "Next Day" if quote_reference == "Q-FAST" else "48 Hour"
        carrier = "Carrier X" if quote_reference == "Q-FAST" else "Carrier Y"
        return self._allocation("allocate_with_quote", reference, carrier, service)

    def allocate_cheapest(self, reference: str) -> AllocationOutcome:
        return self._allocation("allocate_cheapest", reference, "Carrier Y", "48 Hour")

    def allocate_by_rules(self, reference: str) -> AllocationOutcome:
        return self._allocation("allocate_by_rules", reference, "Carrier Y", "48 Hour")

    def labels(self, reference: str, language: LabelLanguage, dpi: int) -> LabelFile:
        fault = self._enter("labels")
        record = self._record(reference)
        if not record.state.has_labels:
            raise RemoteRejectedError(f"No labels for {reference} in state {record.state.value}.")
        body = b"".join(f"^XA^FD{number}^FS^XZ".encode() for number in record.tracking)
        record.labels_printed = True
        self._exit(fault)
        return LabelFile(body, language, dpi)

    def customs_documents(self, reference: str) -> list[NamedPdf]:
        fault = self._enter("customs_documents")
        self._record(reference)
        self._exit(fault)
        return [NamedPdf("invoice.pdf", b"%PDF-invoice"), NamedPdf("cn23.pdf", b"%PDF-cn23")]

    def set_ready_to_ship(self, references: Sequence[str]) -> list[BulkOutcome]:
        fault = self._enter("set_ready_to_ship")
        outcomes = []
        for reference in references:
            record = self._record(reference)
            ok = record.state is ShipmentState.ALLOCATED
            if ok:
                record.state = ShipmentState.READY_TO_SHIP
            outcomes.append(
                BulkOutcome(reference, ok, "ok" if ok else f"state {record.state.value}")
            )
        self._exit(fault)
        return outcomes

    def get_delivery_option(self, reference: str) -> ServiceChoice:
        fault = self._enter("get_delivery_option")
        if reference not in self.options:
            raise RemoteNotFoundError(f"SortedPRO does not know {reference}.")
        self._exit(fault)
        return self.options[reference]

    def select_option(self, reference: str) -> AllocationOutcome:
        fault = self._enter("select_option")
        option = self.options[reference]
        new = self.add(
            ShipmentState.ALLOCATED,
            customer_reference=option.customer_reference or "",
            created=self.clock.now(),
        )
        self._exit(fault)
        return AllocationOutcome(True, new, "selected", option.carrier, option.service)

    def create_from_option(
        self, reference: str, parcels: Sequence[ParcelSpec], client_reference: str
    ) -> str:
        fault = self._enter("create_from_option")
        if reference not in self.options:
            raise RemoteNotFoundError(f"SortedPRO does not know {reference}.")
        new = self.add(
            ShipmentState.UNALLOCATED,
            parcels=len(parcels),
            customer_reference=client_reference,
            created=self.clock.now(),
        )
        self._exit(fault)
        return new

    def get_order(self, reference: str) -> Order:
        fault = self._enter("get_order")
        if reference not in self.orders:
            raise RemoteNotFoundError(f"SortedPRO does not know {reference}.")
        self._exit(fault)
        return self.orders[reference]

    def pack_order(
        self, reference: str, parcels: Sequence[PackedParcel], client_reference: str
    ) -> str:
        def effect() -> str:
            order = self.orders[reference]
            known = {line.key for line in order.lines}
            if any(key not in known for parcel in parcels for key, _ in parcel.contents):
                raise RemoteRejectedError("Unknown SKU in pack request.")
            made = self.add(
                ShipmentState.UNALLOCATED,
                parcels=len(parcels),
                customer_reference=client_reference,
                created=self.clock.now(),
            )
            self.packed_from[reference].append(made)
            return made

        return self._run("pack_order", effect)

    def consignments_packed_from(self, order_reference: str) -> list[str]:
        fault = self._enter("consignments_packed_from")
        if order_reference not in self.orders:
            raise RemoteNotFoundError(f"SortedPRO does not know {order_reference}.")
        self._exit(fault)
        return list(self.packed_from[order_reference])

    def manifest(self, references: Sequence[str]) -> list[BulkOutcome]:
        def effect() -> list[BulkOutcome]:
            outcomes = []
            for reference in references:
                record = self._record(reference)
                ok = record.state in (ShipmentState.ALLOCATED, ShipmentState.READY_TO_SHIP)
                if ok:
                    record.state = ShipmentState.MANIFESTED
                outcomes.append(BulkOutcome(reference, ok, "manifested" if ok else "wrong state"))
            return outcomes

        return self._run("manifest", effect)

    def cancel(self, reference: str) -> None:
        fault = self._enter("cancel")
        record = self._record(reference)
        if record.state.is_manifested:
            raise RemoteRejectedError(f"{reference} cannot be cancelled once manifested.")
        record.state = ShipmentState.CANCELLED
        self._exit(fault)

    def manifest_location(self, location: str) -> str:
        fault = self._enter("manifest_location")
        ready = [r for r in self.records.values() if r.state is ShipmentState.READY_TO_SHIP]
        for record in ready:
            record.state = ShipmentState.MANIFESTED
        self._exit(fault)
        return f"Query found {len(ready)} consignment(s). {len(ready)} successfully queued."

    def customer_manifests(self, location: str, since: datetime) -> list[NamedPdf]:
        fault = self._enter("customer_manifests")
        self._exit(fault)
        return [NamedPdf(f"{location}-manifest.pdf", b"%PDF-manifest")]

    def add_option(
        self, reference: str, *, cutoff: datetime, customer_reference: str = "WEB-1"
    ) -> None:
        self.options[reference] = ServiceChoice(
            ChoiceKind.DELIVERY_OPTION,
            reference,
            "Carrier X",
            "Next Day",
            price_gross=Decimal("5.99"),
            cutoff=cutoff,
            customer_reference=customer_reference,
            promise=DeliveryPromise(None, cutoff + timedelta(days=1)),
        )

    def add_order(self, reference: str, customer_reference: str = "SHOP-77") -> Order:
        order = Order(
            reference,
            customer_reference,
            (OrderLine("SKU-1", "Mug", 2, Decimal("0.4"), "SKU-1"), OrderLine("SKU-2", "Tea", 1)),
        )
        self.orders[reference] = order
        return order


class FakeJournal:
    """The journal port in memory: append-only lists, latest stage per consignment."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.scans: list[tuple[str, str, str]] = []
        self.intents: list[Intent] = []
        self.stages: list[tuple[str, PackStage, str]] = []
        self.stage_at: dict[str, datetime] = {}  # when each pack's latest stage was recorded
        self.labels: dict[str, LabelFile] = {}
        self.prints: list[tuple[str, PrintReport, str | None]] = []
        self.jobs: list[tuple[str, str, tuple[int, ...], str | None]] = []
        self.documents: list[tuple[str, str, PrintReport]] = []
        self.voids: list[tuple[str, str]] = []
        self.manifests: list[BulkOutcome] = []
        self.attempts: list[tuple[tuple[str, ...] | None, str | None]] = []
        self.closed_by: str | None = None
        self._facts: dict[str, Shipment] = {}
        self._attempts_lock = threading.Lock()  # manifest batches begin from several threads

    def record_scan(self, text: str, kind: str, result: str) -> None:
        self.scans.append((text, kind, result))

    def record_intent(self, action: IntentAction, target: str, client_reference: str) -> Intent:
        intent = Intent(len(self.intents) + 1, action, target, client_reference, self.clock.now())
        self.intents.append(intent)
        return intent

    def resolve_intent(
        self, intent_id: int, outcome: IntentOutcome, result_reference: str | None, message: str
    ) -> None:
        index = intent_id - 1
        self.intents[index] = replace(
            self.intents[index], outcome=outcome, result_reference=result_reference
        )

    def pending_intents(self) -> list[Intent]:
        return [i for i in self.intents if i.outcome is IntentOutcome.PENDING]

    def created_by(
        self, action: IntentAction, target: str, *, any_shift: bool = False
    ) -> list[str]:
        return [
            i.result_reference
            for i in self.intents
            if i.action is action and i.target == target and i.outcome is IntentOutcome.SUCCEEDED
            if i.result_reference
        ]

    def _staged(self, reference: str, stage: PackStage, message: str) -> None:
        self.stages.append((reference, stage, message))
        self.stage_at[reference] = self.clock.now()

    def record_stage(self, shipment: Shipment, stage: PackStage, message: str = "") -> None:
        self._staged(shipment.reference, stage, message)
        self._facts[shipment.reference] = shipment

    def store_labels(self, reference: str, labels: LabelFile) -> None:
        self.labels[reference] = labels

    def stored_labels(self, reference: str) -> LabelFile | None:
        return self.labels.get(reference)

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
        if allocated is not None:
            self.record_stage(allocated, PackStage.ALLOCATED)
        if labels is not None:
            self.labels[reference] = labels
        self.jobs.append((reference, printer, tuple(indices), reprint_reason))
        return len(self.jobs)

    def finish_print(self, job_id: int, report: PrintReport) -> None:
        reference, _, _, reprint_reason = self.jobs[job_id - 1]
        self.prints.append((reference, report, reprint_reason))

    def record_document_print(self, reference: str, name: str, report: PrintReport) -> None:
        self.documents.append((reference, name, report))

    def find_pack(self, reference: str) -> PackRecord | None:
        stages = [stage for ref, stage, _ in self.stages if ref == reference]
        if not stages:
            return None
        facts = self._facts[reference]
        printed = frozenset(
            index
            for ref, report, _ in self.prints
            if ref == reference  # a failed job's printed labels did come out
            for index in report.printed
        )
        voided = PackStage.VOIDED in stages
        return PackRecord(
            reference,
            facts.customer_reference,
            PackStage.VOIDED if voided else stages[-1],
            facts.carrier,
            facts.service,
            facts.tracking_numbers,
            facts.parcel_count,
            printed,
            self.stage_at.get(reference, self.clock.now()),
            printed_at=START if printed else None,
            weight_kg=facts.total_weight_kg,
        )

    def shift_packs(self) -> list[PackRecord]:
        references = dict.fromkeys(ref for ref, _, _ in reversed(self.stages))
        return [record for ref in references if (record := self.find_pack(ref))]

    def packs_with_customer_reference(self, customer_reference: str) -> list[PackRecord]:
        return [r for r in self.shift_packs() if r.customer_reference == customer_reference]

    def shift_glance(self, newest: int, since: datetime) -> ShiftGlance:
        return shift_glance_of(self.shift_packs(), newest, since)

    def shift_info(self) -> ShiftInfo:
        reprints = sum(1 for _, _, reason in self.prints if reason)
        return ShiftInfo(1, "Bench 1", "Sam", START, reprints, len(self.voids))

    def record_void(self, reference: str, reason: str) -> None:
        self.voids.append((reference, reason))
        self._staged(reference, PackStage.VOIDED, reason)

    def begin_manifest(self, references: Sequence[str] | None) -> int:
        with self._attempts_lock:
            self.attempts.append((tuple(references) if references is not None else None, None))
            attempt_id = len(self.attempts)
        for reference in references or ():
            if self.find_pack(reference) is not None:
                self._staged(reference, PackStage.MANIFEST_SENT, "")
        return attempt_id

    def finish_manifest(
        self, attempt_id: int, outcomes: Sequence[BulkOutcome], error: str | None = None
    ) -> None:
        references, _ = self.attempts[attempt_id - 1]
        self.attempts[attempt_id - 1] = (references, error or "answered")
        self.manifests.extend(outcomes)
        for outcome in outcomes:
            stage = PackStage.MANIFESTED if outcome.succeeded else PackStage.READY_TO_SHIP
            if self.find_pack(outcome.reference) is not None:
                self._staged(outcome.reference, stage, outcome.message)

    def close_shift(self, closed_by: str) -> None:
        self.closed_by = closed_by

    def stages_of(self, reference: str) -> list[PackStage]:
        return [stage for ref, stage, _ in self.stages if ref == reference]


class FakePrinter:
    """A label printer whose next outcomes are scripted; by default every label is confirmed."""

    def __init__(
        self, name: str = "tcp://127.0.0.1:9100", language: LabelLanguage = LabelLanguage.ZPL
    ) -> None:
        self.name = name
        self.language = language
        self.dpi = 203
        self.jobs: list[tuple[bytes, tuple[int, ...] | None]] = []
        self.script: list[PrintState | tuple[PrintState, int]] = []

    def status(self) -> PrinterCondition:
        return PrinterCondition("ready", ready=True)

    def print_labels(self, labels: LabelFile, only: Sequence[int] | None = None) -> PrintReport:
        count = labels.data.count(b"^XA")
        wanted = tuple(only) if only is not None else tuple(range(count))
        self.jobs.append((labels.data, tuple(only) if only is not None else None))
        outcome = self.script.pop(0) if self.script else PrintState.CONFIRMED
        if isinstance(outcome, tuple):  # (FAILED, n): the first n labels printed, then paper out
            _, printed_count = outcome
            return PrintReport(
                PrintState.FAILED,
                self.name,
                wanted[:printed_count],
                wanted[printed_count:],
                "paper out",
            )
        if outcome is PrintState.FAILED:
            return PrintReport(outcome, self.name, (), wanted, "head open")
        return PrintReport(outcome, self.name, wanted)


class HeldPrinter(FakePrinter):
    """A printer that holds its first job until the test lets it go."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()
        self.release = threading.Event()

    def print_labels(self, labels: LabelFile, only: Sequence[int] | None = None) -> PrintReport:
        self.started.set()
        assert self.release.wait(10)
        return super().print_labels(labels, only)


class FakeDocumentPrinter:
    name = "file:///tmp/documents"

    def __init__(self) -> None:
        self.printed: list[str] = []

    def print_pdf(self, document: NamedPdf) -> PrintReport:
        self.printed.append(document.name)
        return PrintReport(PrintState.CONFIRMED, self.name, (0,))


class FakeInspector:
    """Reads the fake ZPL: one label per ^XA block, its ^FD text as the barcode."""

    def __init__(self) -> None:
        self.corrupt = False

    def inspect(self, labels: LabelFile) -> LabelInspection:
        blocks = [block for block in labels.data.split(b"^XA") if block]
        found = []
        for block in blocks:
            text = block.split(b"^FD", 1)[-1].split(b"^FS", 1)[0].decode()
            found.append(frozenset({"WRONG" if self.corrupt else text}))
        return LabelInspection(tuple(found))


class FakeShiftDocuments:
    """Keeps what it was asked to render; the PDF bytes just name it."""

    def __init__(self) -> None:
        self.sheets: list[DriverSheet] = []
        self.reports: list[ShiftReport] = []

    def driver_sheets(self, sheets: Sequence[DriverSheet]) -> bytes:
        self.sheets = list(sheets)
        return b"%PDF-driver-sheets"

    def shift_report(self, report: ShiftReport) -> bytes:
        self.reports.append(report)
        return b"%PDF-shift-report"


class FakeCounterApi:
    """The counter's PRO calls over a :class:`FakePro`: options become selectable, creates land."""

    def __init__(self, pro: FakePro) -> None:
        self.pro = pro
        self.bookings: list[Booking] = []
        self._options = itertools.count(1)

    def _option(self, kind: ChoiceKind, booking: Booking, point: PickupPoint | None) -> str:
        reference = f"EDO-{next(self._options):03d}"
        self.pro.add_option(
            reference,
            cutoff=self.pro.clock.now() + timedelta(hours=2),
            customer_reference=booking.client_reference,
        )
        self.pro.options[reference] = replace(
            self.pro.options[reference], kind=kind, pickup_point=point, currency="GBP"
        )
        return reference

    def delivery_options(self, booking: Booking) -> tuple[ServiceChoice, ...]:
        fault = self.pro._enter("delivery_options")
        self.bookings.append(booking)
        made = [self._option(ChoiceKind.DELIVERY_OPTION, booking, None) for _ in range(2)]
        self.pro._exit(fault)
        return tuple(self.pro.options[reference] for reference in made)

    def pickup_options(
        self, booking: Booking, radius_km: Decimal, max_results: int
    ) -> tuple[ServiceChoice, ...]:
        fault = self.pro._enter("pickup_options")
        self.bookings.append(booking)
        point = PickupPoint(
            "Corner Shop", "SHOP-1", "2 Low St, Leeds", Decimal("0.4"), ("Mon 09:00-17:00",)
        )
        made = self._option(ChoiceKind.PICKUP_OPTION, booking, point)
        self.pro._exit(fault)
        return (self.pro.options[made],)

    def quote_booking(self, booking: Booking) -> QuoteList:
        fault = self.pro._enter("quote_booking")
        self.bookings.append(booking)
        now = self.pro.clock.now()
        quotes = QuoteList(
            (
                ServiceChoice(
                    ChoiceKind.QUOTE,
                    "BOOKING-Q-SLOW",
                    "Carrier Y",
                    "48 Hour",
                    price_gross=Decimal("4.10"),
                    currency="GBP",
                    promise=DeliveryPromise(None, now + timedelta(days=2)),
                    cutoff=now + timedelta(hours=2),
                ),
                ServiceChoice(
                    ChoiceKind.QUOTE,
                    "BOOKING-Q-FAST",
                    "Carrier X",
                    "Next Day",
                    price_gross=Decimal("6.90"),
                    currency="GBP",
                    promise=DeliveryPromise(None, now + timedelta(days=1)),
                    cutoff=now + timedelta(hours=2),
                ),
            )
        )
        self.pro._exit(fault)
        return quotes

    def create_consignment(self, booking: Booking, client_reference: str) -> str:
        def effect() -> str:
            self.bookings.append(booking)
            return self.pro.add(
                ShipmentState.UNALLOCATED,
                parcels=len(booking.parcels),
                customer_reference=client_reference,
                destination_country=booking.destination.country_code,
                created=self.pro.clock.now(),
            )

        return self.pro._run("create_consignment", effect)


class FakeReceiptPrinter:
    """Keeps every receipt; the next outcomes can be scripted (confirmed by default)."""

    name = "tcp://127.0.0.1:9101"

    def __init__(self) -> None:
        self.receipts: list[Receipt] = []
        self.script: list[PrintState] = []

    def print_receipt(self, receipt: Receipt) -> PrintReport:
        self.receipts.append(receipt)
        state = self.script.pop(0) if self.script else PrintState.CONFIRMED
        if state is PrintState.FAILED:
            return PrintReport(state, self.name, (), (0,), "paper out")
        return PrintReport(state, self.name, (0,))
