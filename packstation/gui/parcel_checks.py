"""Reading the parcel drafts: a row of text for the list, and the parcels for the engine.

Every problem names the parcel ("Parcel 2 of 3: …") when there are several, and carries its index
so the form can show that parcel.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QObject

from packstation.domain.orders import Order, PackedParcel
from packstation.domain.shipment import Dimensions, ParcelSpec
from packstation.gui import parcel_list as pl


class ParcelProblem(ValueError):
    """A parcel that cannot be sent as typed; ``index`` is the parcel, counted from 0."""

    def __init__(self, message: str, index: int) -> None:
        super().__init__(message)
        self.index = index


class ParcelChecks(QObject):
    """Turns drafts into parcel specs and packed parcels, with messages a packer can act on."""

    def describe(self, draft: pl.ParcelDraft) -> str:
        """Return one parcel in short: ``2.4 kg · 40 × 30 × 15 cm · 3 items``."""
        weight = draft.weight_text.strip()
        parts = [f"{weight} kg" if weight else self.tr("weight?")]
        if draft.size == pl.CUSTOM:
            sides = [text.strip() or "?" for text in draft.side_texts]
            parts.append(" × ".join(sides) + " cm")
        elif draft.size == pl.FROM_PRO:
            parts.append(self.tr("box %1").replace("%1", draft.size_reference or ""))
        else:
            parts.append(QCoreApplication.translate(pl.TRANSLATION_CONTEXT, draft.size))
        if draft.quantities:
            count = sum(draft.quantities.values())
            parts.append(self.tr("%n item(s)", "", count))
        return "  ·  ".join(parts)

    @staticmethod
    def packed_quantities(drafts: list[pl.ParcelDraft]) -> dict[str, int]:
        """Return how many of each order line all the parcels hold together."""
        packed: dict[str, int] = {}
        for draft in drafts:
            for key, quantity in draft.quantities.items():
                packed[key] = packed.get(key, 0) + quantity
        return packed

    def specs(self, drafts: list[pl.ParcelDraft]) -> list[ParcelSpec]:
        """Return each draft's parcel spec, in order; raises :class:`ParcelProblem`."""
        return [self._spec(draft, index, len(drafts)) for index, draft in enumerate(drafts)]

    def packed(self, order: Order, drafts: list[pl.ParcelDraft]) -> tuple[PackedParcel, ...]:
        """Return the order's parcels; raises :class:`ParcelProblem` (empty, over-full)."""
        specs = self.specs(drafts)
        parcels = []
        for index, (spec, draft) in enumerate(zip(specs, drafts, strict=True)):
            contents = tuple(
                (line.key, draft.quantities.get(line.key, 0))
                for line in order.lines
                if draft.quantities.get(line.key, 0) > 0
            )
            if not contents:
                message = self.tr("Put at least one item in the parcel.")
                raise ParcelProblem(_named(message, index, len(drafts)), index)
            parcels.append(PackedParcel(spec, contents))
        packed = self.packed_quantities(drafts)
        for line in order.lines:
            extra = packed.get(line.key, 0) - line.quantity
            if extra > 0:
                message = self.tr("%1: %2 more in the parcels than the order has (%3).")
                raise ParcelProblem(
                    message.replace("%1", line.description)
                    .replace("%2", str(extra))
                    .replace("%3", str(line.quantity)),
                    next(i for i, d in enumerate(drafts) if d.quantities.get(line.key, 0)),
                )
        return tuple(parcels)

    def _spec(self, draft: pl.ParcelDraft, index: int, count: int) -> ParcelSpec:
        def problem(message: str) -> ParcelProblem:
            return ParcelProblem(_named(message, index, count), index)

        weight_kg = _decimal(draft.weight_text)
        if weight_kg is None:
            raise problem(self.tr("Type the weight in kg, e.g. 1.25."))
        if weight_kg <= 0:
            raise problem(self.tr("The weight must be more than 0 kg."))
        if draft.size == pl.FROM_PRO and draft.size_reference:
            return ParcelSpec(weight_kg, size_reference=draft.size_reference)
        if draft.size in pl.BOX_PRESETS_CM:
            sides = [Decimal(side) for side in pl.BOX_PRESETS_CM[draft.size]]
            return ParcelSpec(weight_kg, Dimensions(*sides))
        typed = [_decimal(text) for text in draft.side_texts]
        if any(side is None or side <= 0 for side in typed):
            raise problem(self.tr("Type length, width and height in cm."))
        return ParcelSpec(weight_kg, Dimensions(*(side or Decimal(0) for side in typed)))


def _named(message: str, index: int, count: int) -> str:
    if count == 1:
        return message
    where = QCoreApplication.translate("ParcelChecks", "Parcel %1 of %2")
    where = where.replace("%1", str(index + 1)).replace("%2", str(count))
    return f"{where}: {message}"


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
