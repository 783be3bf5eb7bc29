"""When a scale reading may fill the weight of the parcel shown.

A stable reading above zero fills a weight the packer did not type. After the packer moves to
another parcel, the reading must change first: the parcel still on the scale is not copied into
the next one, and the next parcel put on the scale is.
"""

from __future__ import annotations

from decimal import Decimal

from packstation.domain.ports import WeightReading


class ScaleFollow:
    """Remembers the last reading and whether it may fill the parcel shown."""

    def __init__(self) -> None:
        self._armed = True
        self._last_kg: Decimal | None = None
        self._at_switch_kg: Decimal | None = None

    def restart(self) -> None:
        """Begin a new pack: what is on the scale now is its first parcel."""
        self._armed = True

    def switched(self) -> None:
        """Wait for the reading to change: another parcel is shown."""
        self._armed = False
        self._at_switch_kg = self._last_kg

    def fills(self, reading: WeightReading, *, typed: bool) -> bool:
        """Take ``reading`` into account; return whether it goes into the weight."""
        self._last_kg = reading.weight_kg
        if reading.weight_kg != self._at_switch_kg:
            self._armed = True
        return self._armed and reading.stable and not typed and reading.weight_kg > 0
