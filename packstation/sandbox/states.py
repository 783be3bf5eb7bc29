"""The consignment state machine of SPEC §5.3: which action is allowed from which state."""

from __future__ import annotations

from enum import Enum

from packstation.sandbox.apierrors import ApiError, refused

# States reached by carrier tracking once a consignment has left the site.
_TRACKING_STATES = (
    "Dispatched",
    "CollectionFailed",
    "CarrierUnableToCollect",
    "ExchangeFailed",
    "Collected",
    "AtDropOffPoint",
    "InTransit",
    "InTransitWaiting",
    "AtCustoms",
    "ActionRequired",
    "Delayed",
    "HeldByCarrier",
    "Missing",
    "Lost",
    "Damaged",
    "OutForDelivery",
    "DeliveredDamaged",
    "PartiallyDelivered",
    "AtCollectionPoint",
    "Delivered",
    "DeliveryFailedCardLeft",
    "DeliveryFailed",
    "ReturnToSender",
)


class Action(Enum):
    """An API action guarded by the consignment's state."""

    ALLOCATE = "allocate"
    EDIT = "edit"
    DEALLOCATE = "deallocate"
    SET_READY_TO_SHIP = "set ready to ship"
    SET_NOT_READY_TO_SHIP = "set not ready to ship"
    MANIFEST = "manifest"
    DISPATCH = "dispatch"
    PRINT_LABELS = "print labels for"
    CUSTOMS_DOCUMENTS = "get customs documents for"
    CANCEL = "cancel"


_LABEL_STATES = frozenset(("Allocated", "ReadyToShip", "Manifested", "ManifestFailed"))
_LABEL_STATES |= frozenset(_TRACKING_STATES)

ALLOWED_FROM: dict[Action, frozenset[str]] = {
    Action.ALLOCATE: frozenset(("Unallocated", "AllocationFailed")),
    Action.EDIT: frozenset(("Unallocated", "AllocationFailed")),
    Action.DEALLOCATE: frozenset(("Allocated", "Manifested", "ManifestFailed")),
    Action.SET_READY_TO_SHIP: frozenset(("Allocated",)),
    Action.SET_NOT_READY_TO_SHIP: frozenset(("ReadyToShip",)),
    Action.MANIFEST: frozenset(("Allocated", "ManifestFailed", "ReadyToShip")),
    Action.DISPATCH: frozenset(("Manifested",)),
    Action.PRINT_LABELS: _LABEL_STATES,
    Action.CUSTOMS_DOCUMENTS: _LABEL_STATES,
    Action.CANCEL: frozenset(
        ("Unallocated", "AllocationFailed", "Allocated", "Manifested", "ManifestFailed")
        + tuple(
            state
            for state in _TRACKING_STATES
            if state not in {"InTransitWaiting", "PartiallyDelivered", "Delivered"}
        )
    ),
}


def refusal(reference: str, state: str, action: Action) -> str | None:
    """Return why ``action`` is not allowed in ``state``, or ``None`` when it is."""
    if state in ALLOWED_FROM[action]:
        return None
    return f"Cannot {action.value} consignment {reference} in state {state}"


def require(reference: str, state: str, action: Action) -> None:
    """Raise the 400 PRO answers when ``action`` is not allowed in ``state``."""
    reason = refusal(reference, state, action)
    if reason is not None:
        raise state_error(reason)


def state_error(reason: str) -> ApiError:
    """Return the error for an action refused by the state machine."""
    return refused("InvalidConsignmentState", reason)
