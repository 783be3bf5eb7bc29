"""Weight units that scales report, converted exactly to kilograms as :class:`~decimal.Decimal`.

The pound is defined as exactly 0.45359237 kg and the avoirdupois ounce as 1/16 of it, so every
conversion here is exact; nothing is rounded on the way to the packing engine.
"""

from __future__ import annotations

from decimal import Decimal

KG_PER_UNIT: dict[str, Decimal] = {
    "kg": Decimal(1),
    "g": Decimal("0.001"),
    "mg": Decimal("0.000001"),
    "lb": Decimal("0.45359237"),
    "oz": Decimal("0.45359237") / 16,
}

SUPPORTED_UNITS = tuple(KG_PER_UNIT)


def to_kg(value: Decimal, unit: str) -> Decimal:
    """Return ``value`` given in ``unit`` (kg, g, mg, lb, oz; any case) in kilograms.

    Raises :class:`KeyError` for a unit this module does not know; callers turn that into an
    error naming the unit for the packer.
    """
    return value * KG_PER_UNIT[unit.strip().lower()]


def from_kg(weight_kg: Decimal, unit: str) -> Decimal:
    """Return ``weight_kg`` expressed in ``unit`` (the inverse of :func:`to_kg`)."""
    return weight_kg / KG_PER_UNIT[unit.strip().lower()]


def normalise_unit(unit: str) -> str | None:
    """Return the unit's canonical spelling, or None when it is not supported."""
    canonical = unit.strip().lower()
    return canonical if canonical in KG_PER_UNIT else None
