"""Flows, their SortedPRO calls, the API faults, and an operator who retries once.

Each :class:`ApiFlow` names the remote steps it makes (the endpoints traced from a fault-free
run against the sandbox), brings the world to where the flow starts (:attr:`ApiFlow.prepare`)
and then plays the operator (:attr:`ApiFlow.operate`): scan, confirm, choose, print, and after a
failure message one retry the way the screen says (press Enter again, scan again, retry the
print). What the operator saw is returned for the message rule.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from packstation.domain.orders import everything_in_one_parcel
from packstation.domain.session import PackView, Stage, Tone
from packstation.errors import UserFacingError
from packstation.services.close_shift import CloseResult
from tests.integration.faults.conftest import FaultWorld
from tests.integration.faults.device_flows import (
    BOX,
    consignments_for,
    counter_booking,
    option_reference,
    order_reference,
)

# One consignment read (not its /status, /audit or search): PRO references are PREFIX-xxx-xxx-xxx.
CONSIGNMENT_READ = "/consignments/EC-???-???-???"
READ_TIMEOUT_S = 0.3
DELAY_S = 0.6
RETRY_DELAY_S = 0.01
STORM_TIMES = 8  # more than the client's 3 retries plus one, twice: the operator's retry fails too
OPERATOR_RETRIES = 1
MAX_ACTIONS = 10


@dataclass(frozen=True)
class ApiFault:
    """One kind of SortedPRO failure, as sandbox fault-rule arguments."""

    name: str
    rule: dict[str, Any]
    transient: bool = True
    read_timeout_s: float | None = None

    @property
    def times(self) -> int:
        """How many requests the rule fails."""
        return int(self.rule["times"])


API_FAULTS = (
    ApiFault("500", {"status": 500, "times": 1}),
    ApiFault("429", {"status": 429, "retry_after_s": 0, "times": 1}),
    ApiFault("503 storm", {"status": 503, "times": STORM_TIMES}, transient=False),
    ApiFault("timeout", {"latency_s": DELAY_S, "times": 1}, read_timeout_s=READ_TIMEOUT_S),
    LATE := ApiFault(
        "timeout after commit",
        {"latency_s": DELAY_S, "latency_after_commit": True, "times": 1},
        read_timeout_s=READ_TIMEOUT_S,
    ),
    ApiFault("reset", {"reset": True, "times": 1}),
    ApiFault("lost answer", {"lose_response": True, "times": 1}),
)
FAULT_NAMES = tuple(fault.name for fault in API_FAULTS)
FAULTS_BY_NAME = {fault.name: fault for fault in API_FAULTS}


@dataclass(frozen=True)
class Step:
    """One remote step of a flow: the endpoint a fault is put on."""

    name: str
    method: str
    path: str
    also: tuple[tuple[str, str, dict[str, Any]], ...] = ()
    """Rules added with the fault (e.g. the lost manifest answer whose re-check is the step)."""
    commits: bool = False
    """Whether the call creates, allocates, manifests or cancels (charged or irreversible)."""


@dataclass
class Seen:
    """What the operator saw during a flow and how it ended."""

    messages: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    completed: bool = False
    references: tuple[str, ...] = ()

    def show(self, message: str, next_action: str = "", problems: Sequence[str] = ()) -> None:
        """Note one screen the operator read."""
        self.messages.append((message, next_action, tuple(problems)))

    @property
    def last(self) -> str:
        """The last message shown, for the matrix table."""
        return self.messages[-1][0] if self.messages else ""


Prepared = dict[str, Any]


@dataclass(frozen=True)
class ApiFlow:
    """A flow of the bench and the steps of it that call SortedPRO."""

    name: str
    steps: tuple[Step, ...]
    prepare: Callable[[FaultWorld], Prepared]
    operate: Callable[[FaultWorld, Prepared], Seen]
    policy: str = "cheapest"
    not_applicable: tuple[tuple[str, str, str], ...] = ()
    """``(step, fault, reason)`` cells that cannot happen."""

    def step(self, name: str) -> Step:
        """Return the step called ``name``."""
        return next(step for step in self.steps if step.name == name)

    def cells_not_applicable(self) -> list[tuple[str, str, str]]:
        """Return ``(step, fault, reason)`` of every cell that cannot happen in this flow."""
        named = {(step, fault) for step, fault, _ in self.not_applicable}
        late = [
            (step.name, LATE.name, "commits nothing that counts: the same as a timeout")
            for step in self.steps
            if not step.commits and (step.name, LATE.name) not in named
        ]
        return [*self.not_applicable, *late]


# -- the operator at the pack bench -------------------------------------------------------------


def _pack_operator(code_of: Callable[[Prepared], str]) -> Callable[[FaultWorld, Prepared], Seen]:
    def operate(world: FaultWorld, prepared: Prepared) -> Seen:
        engine = world.station.engine
        code = code_of(prepared)
        seen = Seen()
        failures = 0
        view = engine.scan(code)
        for _ in range(MAX_ACTIONS):
            if view.tone in (Tone.FAILURE, Tone.ATTENTION) or view.problems:
                seen.show(view.message, view.next_action, view.problems)
            if view.stage in (Stage.DONE, Stage.ALREADY_DONE):
                seen.completed = view.stage is Stage.DONE or _printed_here(world, view)
                break
            if view.stage is Stage.REFUSED:
                break
            if view.tone is Tone.FAILURE:
                failures += 1
                if failures > OPERATOR_RETRIES:
                    break
            view = _next_pack_action(world, view, code)
        if view.shipment is not None:
            seen.references = (view.shipment.reference,)
        return seen

    return operate


def _printed_here(world: FaultWorld, view: PackView) -> bool:
    """Return whether this shift printed the pack an ALREADY_DONE after a retry names."""
    record = world.station.journal.find_pack(view.shipment.reference) if view.shipment else None
    return record is not None


def _next_pack_action(world: FaultWorld, view: PackView, code: str) -> PackView:
    engine = world.station.engine
    if view.stage in (Stage.CONFIRM_OPTION, Stage.CHOOSE_SERVICE, Stage.CHOOSE_SHIPMENT):
        return engine.choose(0)
    if view.stage is Stage.CONFIRM_PARCELS:
        return engine.confirm_parcels([BOX])
    if view.stage is Stage.PACK_ORDER and view.order is not None:
        return engine.pack_order(everything_in_one_parcel(view.order, BOX))
    if view.stage is Stage.PRINT_FAILED:
        return engine.retry_print()
    return engine.scan(code)  # idle or failed: the packer scans the parcel again


# -- the clerk at the counter ---------------------------------------------------------------------


def _counter_operator(world: FaultWorld, prepared: Prepared) -> Seen:
    desk = world.station.counter
    booking = counter_booking(prepared["customer_reference"])
    seen = Seen()
    failures = 0
    view = desk.offer_quotes(booking)
    for _ in range(MAX_ACTIONS):
        pack = view.pack
        if pack.tone in (Tone.FAILURE, Tone.ATTENTION) or pack.problems:
            seen.show(pack.message, pack.next_action, pack.problems)
        if pack.stage is Stage.DONE:
            seen.completed = True
            break
        if pack.tone is Tone.FAILURE:
            failures += 1
            if failures > OPERATOR_RETRIES:
                break
        if pack.stage is Stage.CHOOSE_SERVICE and pack.choices:
            view = desk.choose(0)
        elif pack.stage is Stage.PRINT_FAILED:
            view = desk.retry_print()
        else:
            view = desk.offer_quotes(booking)  # the form is still filled in: ask again
    booked = view.booking.client_reference if view.booking else ""
    seen.references = tuple(consignments_for(world.client, booked)) if booked else ()
    return seen


# -- reprint and void -----------------------------------------------------------------------------


def _packed(world: FaultWorld) -> Prepared:
    view = world.station.engine.scan("WEB-10021")
    assert view.stage is Stage.DONE and view.shipment is not None, view.message
    return {"reference": view.shipment.reference}


def _repeat_once(action: Callable[[], PackView]) -> Seen:
    seen = Seen()
    for _ in range(OPERATOR_RETRIES + 1):
        view = action()
        if view.tone is not Tone.SUCCESS or view.problems:
            seen.show(view.message, view.next_action, view.problems)
        if view.stage is Stage.DONE:
            seen.completed = True
            break
    return seen


def _reprint_operator(world: FaultWorld, prepared: Prepared) -> Seen:
    seen = _repeat_once(lambda: world.station.engine.reprint(prepared["reference"], "smudged"))
    seen.references = (prepared["reference"],)
    return seen


def _void_operator(world: FaultWorld, prepared: Prepared) -> Seen:
    reference = prepared["reference"]
    seen = _repeat_once(lambda: world.station.engine.void(reference, "packed by mistake"))
    seen.references = (reference,)
    if seen.completed:
        seen.completed = world.state_of(reference) == "Cancelled"
    return seen


# -- closing the shift ----------------------------------------------------------------------------


def _two_packed(world: FaultWorld) -> Prepared:
    """Pack two allocated consignments (the shift's work to close)."""
    references = []
    for code in ("WEB-10021", "WEB-10022"):
        view = world.station.engine.scan(code)
        assert view.stage is Stage.DONE and view.shipment is not None, view.message
        references.append(view.shipment.reference)
    return {"references": tuple(references)}


def _two_packed_not_ready(world: FaultWorld) -> Prepared:
    """Two packs printed whose ready-to-ship flag did not get through (closing sets it)."""
    rule = world.control.add_fault("PUT", "/consignments/setreadytoship", status=503)
    try:
        return _two_packed(world)
    finally:
        world.control.remove_fault(rule)


def _close_operator(world: FaultWorld, prepared: Prepared) -> Seen:
    closer = world.station.closer
    seen = Seen()
    result: CloseResult | None = None
    for _ in range(OPERATOR_RETRIES + 1):
        try:
            result = (
                closer.retry_failed(result)
                if result is not None
                else closer.manifest(closer.plan())
            )
        except UserFacingError as error:
            seen.show(str(error))
            continue
        if not result.failed:
            break
        for outcome in result.failed:
            seen.show(f"{outcome.reference} was not manifested: {outcome.message}")
    expected = set(prepared["references"])
    manifested = {record.reference for record in result.manifested} if result else set()
    seen.completed = manifested == expected and all(
        world.state_of(reference) == "Manifested" for reference in expected
    )
    seen.references = tuple(expected)
    return seen


# -- the flows ------------------------------------------------------------------------------------

LABELS = Step("labels", "GET", "/labels/*")
READY = Step("ready to ship", "PUT", "/consignments/setreadytoship")
READ = Step("read back", "GET", CONSIGNMENT_READ)
SEARCH = Step("find", "GET", "/consignments/[0-9]*/[0-9]*")
UPDATE = Step("update parcels", "PUT", "/consignments/")
CHEAPEST = Step("allocate", "PUT", "/allocation/*/allocatewithcheapestquote", commits=True)
WITH_QUOTE = Step("allocate", "PUT", "/allocation/*/allocatewithquote/*", commits=True)
OWN_QUOTES = Step("quotes", "GET", "/quotes/consignment/*")


def _option(world: FaultWorld) -> Prepared:
    return {"code": option_reference(world.client, "CHK-MATRIX-1")}


def _order(world: FaultWorld) -> Prepared:
    return {"code": order_reference(world.client, "ORD-MATRIX-1")}


def _counter(world: FaultWorld) -> Prepared:
    return {"customer_reference": "EBAY-MATRIX-1"}


def _same_ready_step_as_the_option_flow() -> tuple[tuple[str, str, str], ...]:
    reason = (
        "the same ready-to-ship call and handling after every print (LabelStep): "
        "its cells are in consumer option select"
    )
    return tuple(("ready to ship", fault, reason) for fault in FAULT_NAMES)


API_FLOWS = (
    ApiFlow(
        "consumer option select",
        (
            Step("scan", "GET", "/deliveryoptions/details/*"),
            Step("select", "POST", "/deliveryoptions/select/*", commits=True),
            READ,
            LABELS,
            READY,
        ),
        _option,
        _pack_operator(lambda prepared: prepared["code"]),
    ),
    ApiFlow(
        "quotes (unallocated)",
        (SEARCH, READ, UPDATE, OWN_QUOTES, WITH_QUOTE, LABELS, Step("ready to ship", "-", "-")),
        lambda world: {"code": "WEB-10032"},
        _pack_operator(lambda prepared: prepared["code"]),
        policy="ask",
        not_applicable=_same_ready_step_as_the_option_flow(),
    ),
    ApiFlow(
        "order pack",
        (
            Step("scan", "GET", "/orders/*"),
            Step("earlier packs", "PUT", "/orders/consignments"),
            Step("pack", "POST", "/orders/*/pack", commits=True),
            READ,
            CHEAPEST,
            LABELS,
            Step("ready to ship", "-", "-"),
        ),
        _order,
        _pack_operator(lambda prepared: prepared["code"]),
        not_applicable=_same_ready_step_as_the_option_flow(),
    ),
    ApiFlow(
        "counter booking",
        (
            Step("quotes", "POST", "/quotes/"),
            Step("create", "POST", "/consignments", commits=True),
            Step("own quotes", "GET", "/quotes/consignment/*"),
            WITH_QUOTE,
            LABELS,
            Step("ready to ship", "-", "-"),
            Step("receipt", "-", "-"),
        ),
        _counter,
        _counter_operator,
        not_applicable=(
            *_same_ready_step_as_the_option_flow(),
            *(
                ("receipt", fault, "printing the receipt calls no SortedPRO endpoint")
                for fault in FAULT_NAMES
            ),
        ),
    ),
    ApiFlow(
        "reprint",
        (READ, Step("labels", "-", "-")),
        _packed,
        _reprint_operator,
        not_applicable=tuple(
            ("labels", fault, "a reprint uses the labels stored in the journal, never PRO's")
            for fault in FAULT_NAMES
        ),
    ),
    ApiFlow(
        "void",
        (
            READ,
            Step("status", "GET", "/consignments/*/status"),
            Step("not ready", "PUT", "/consignments/setnotreadytoship"),
            Step("cancel", "PUT", "/consignments/*/cancel", commits=True),
        ),
        _packed,
        _void_operator,
    ),
    ApiFlow(
        "close shift",
        (
            Step("ready to ship", "PUT", "/consignments/setreadytoship"),
            Step("manifest", "PUT", "/consignments/manifest", commits=True),
            Step(
                "re-check after lost answer",
                "GET",
                CONSIGNMENT_READ,
                also=(("PUT", "/consignments/manifest", {"lose_response": True, "times": 1}),),
            ),
            Step("carrier manifests", "GET", "/consignments/customer/manifest*"),
        ),
        _two_packed_not_ready,
        _close_operator,
    ),
)
FLOWS_BY_NAME = {flow.name: flow for flow in API_FLOWS}
