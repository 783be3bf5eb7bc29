"""The sandbox-only control API under ``/_sandbox/`` (never under PRO's paths).

``POST /_sandbox/reset`` ``{"Seed": "empty"|"demo"}`` — wipe data and faults (the clock stays as
set, so a seed can be laid down at a chosen time), then seed;
``POST /_sandbox/seed`` ``{"Seed": "demo"}`` — add a seed to the current data;
``GET|PUT /_sandbox/clock`` ``{"Now": iso, "Frozen": bool}`` or ``{"AdvanceS": n}`` or
``{"Real": true}``; ``GET|POST|DELETE /_sandbox/faults``, ``DELETE /_sandbox/faults/{id}`` —
fault rules (see :mod:`faults`); ``PUT /_sandbox/consignments/{ref}/state`` ``{"State": name}``
— force a state (carrier-side states for training); ``GET /_sandbox/picksheet.pdf``;
``GET /_sandbox/ledger`` — committed operations (see :mod:`ledger`); ``GET /_sandbox/health``.
"""

from __future__ import annotations

from datetime import timedelta

from packstation.sandbox import ledger, picksheet, seed
from packstation.sandbox.apierrors import FieldProblem, invalid
from packstation.sandbox.clock import parse_wire_datetime, wire_datetime
from packstation.sandbox.consignments import load
from packstation.sandbox.context import Call, Handler, Reply, empty, json_reply
from packstation.sandbox.faults import rule_from_wire
from packstation.sandbox.validation import require_object

KNOWN_STATES = frozenset(
    (
        "Unallocated Allocating AllocationFailed Allocated Manifesting Manifested ManifestFailed "
        "Dispatched AtDropOffPoint Collected CollectionFailed InTransit Delayed OutForDelivery "
        "DeliveryFailed DeliveryFailedCardLeft Delivered PartiallyDelivered AtCollectionPoint "
        "ReturnToSender ActionRequired Missing Lost Damaged Cancelling Cancelled InTransitWaiting "
        "HeldByCarrier ExchangeFailed AtCustoms CarrierUnableToCollect DeliveredDamaged ReadyToShip"
    ).split()
)


def health(call: Call) -> Reply:
    """GET /_sandbox/health — with the PRO requests still being worked on (``InFlight``)."""
    return json_reply(
        {"Status": "ok", "Now": wire_datetime(call.now), "InFlight": call.state.faults.in_flight}
    )


def _seed_name(call: Call, default: str) -> str:
    body = call.body if isinstance(call.body, dict) else {}
    name = str(body.get("Seed") or default)
    if name not in seed.SEEDS:
        raise invalid([FieldProblem("Seed", f"Seed must be one of {sorted(seed.SEEDS)}")])
    return name


def reset(call: Call) -> Reply:
    """POST /_sandbox/reset — empty database, no faults; then the chosen seed."""
    name = _seed_name(call, "empty")
    call.tx.clear_all()
    call.state.faults.clear()
    seed.SEEDS[name](call.tx, call.now)
    return json_reply({"Seed": name})


def load_seed(call: Call) -> Reply:
    """POST /_sandbox/seed — add a seed's objects to the current data."""
    name = _seed_name(call, "demo")
    seed.SEEDS[name](call.tx, call.now)
    return json_reply({"Seed": name})


def get_clock(call: Call) -> Reply:
    """GET /_sandbox/clock."""
    return json_reply({"Now": wire_datetime(call.state.clock.now())})


def set_clock(call: Call) -> Reply:
    """PUT /_sandbox/clock — set, advance or return to real time."""
    body = require_object(call.body)
    clock = call.state.clock
    try:
        if body.get("Real"):
            clock.reset()
        elif body.get("AdvanceS") is not None:
            clock.advance(timedelta(seconds=float(body["AdvanceS"])))
        elif body.get("Now"):
            clock.set(parse_wire_datetime(str(body["Now"])), frozen=bool(body.get("Frozen")))
        else:
            raise ValueError("Give Now, AdvanceS or Real")
    except (ValueError, TypeError) as error:
        raise invalid([FieldProblem("body", str(error))]) from error
    return json_reply({"Now": wire_datetime(clock.now())})


def list_faults(call: Call) -> Reply:
    """GET /_sandbox/faults."""
    return json_reply([rule.to_wire() for rule in call.state.faults.rules()])


def add_fault(call: Call) -> Reply:
    """POST /_sandbox/faults — add one rule; answers it with its Id."""
    try:
        rule = rule_from_wire(require_object(call.body))
    except (ValueError, TypeError) as error:
        raise invalid([FieldProblem("body", str(error))]) from error
    return json_reply(call.state.faults.add(rule).to_wire(), 201)


def clear_faults(call: Call) -> Reply:
    """DELETE /_sandbox/faults."""
    call.state.faults.clear()
    return empty()


def remove_fault(call: Call) -> Reply:
    """DELETE /_sandbox/faults/{id}."""
    if not call.state.faults.remove(int(call.path["id"])):
        raise invalid([FieldProblem("id", f"No fault {call.path['id']}")])
    return empty()


def force_state(call: Call) -> Reply:
    """PUT /_sandbox/consignments/{ref}/state — set any state (carrier events, training)."""
    body = require_object(call.body)
    state = body.get("State")
    if not isinstance(state, str) or state not in KNOWN_STATES:
        raise invalid([FieldProblem("State", f"Unknown consignment state {state}")])
    document, internal = load(call.tx, call.path["ref"])
    document["ConsignmentState"] = state
    call.tx.put_consignment(document, internal)
    return json_reply({"Reference": document["Reference"], "State": state})


def list_ledger(call: Call) -> Reply:
    """GET /_sandbox/ledger — every committed create/allocate/manifest/cancel/labels, in order."""
    return json_reply([ledger.to_wire(entry) for entry in call.tx.ledger_entries()])


def pick_sheet(call: Call) -> Reply:
    """GET /_sandbox/picksheet.pdf — scannable codes of the seeded work."""
    data = picksheet.render(picksheet.entries(call.tx))
    return Reply(raw=data, media_type="application/pdf")


ROUTES: list[tuple[str, str, Handler]] = [
    ("GET", "/_sandbox/health", health),
    ("POST", "/_sandbox/reset", reset),
    ("POST", "/_sandbox/seed", load_seed),
    ("GET", "/_sandbox/clock", get_clock),
    ("PUT", "/_sandbox/clock", set_clock),
    ("GET", "/_sandbox/faults", list_faults),
    ("POST", "/_sandbox/faults", add_fault),
    ("DELETE", "/_sandbox/faults", clear_faults),
    ("DELETE", "/_sandbox/faults/{id:int}", remove_fault),
    ("PUT", "/_sandbox/consignments/{ref}/state", force_state),
    ("GET", "/_sandbox/ledger", list_ledger),
    ("GET", "/_sandbox/picksheet.pdf", pick_sheet),
]
