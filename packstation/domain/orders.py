"""Orders waiting to be packed, and what the packer puts in each parcel."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from packstation.domain.shipment import ParcelSpec, Place


@dataclass(frozen=True)
class OrderLine:
    """One item line of an order."""

    key: str
    """What identifies the line to PRO when packing: its SKU, else PRO's item reference."""
    description: str
    quantity: int
    weight_kg: Decimal | None = None
    sku: str | None = None


@dataclass(frozen=True)
class Order:
    """An order as the packer sees it before packing."""

    reference: str
    customer_reference: str
    lines: tuple[OrderLine, ...]
    destination: Place | None = None


@dataclass(frozen=True)
class PackedParcel:
    """One parcel the packer made: its measurements and which order lines went in, how many."""

    spec: ParcelSpec
    contents: tuple[tuple[str, int], ...]

    def __post_init__(self) -> None:
        if not self.contents or any(quantity < 1 for _, quantity in self.contents):
            raise ValueError("every parcel holds at least one item")


def everything_in_one_parcel(order: Order, spec: ParcelSpec) -> tuple[PackedParcel, ...]:
    """Return the default packing: every line of the order in a single parcel."""
    return (PackedParcel(spec, tuple((line.key, line.quantity) for line in order.lines)),)
