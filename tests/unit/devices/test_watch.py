"""Live-weight polling over any Scale: statuses, errors in words, the stop event."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest

from packstation.devices.errors import ScaleDisconnectedError, ScaleOutOfRangeError
from packstation.devices.watch import ScaleStatus, poll_scale, watch_scale
from packstation.domain.ports import WeightReading
from packstation.errors import UserFacingError


class ScriptedScale:
    """A Scale that returns or raises the next item of its script."""

    def __init__(self, *script: WeightReading | Exception) -> None:
        self.script = list(script)

    def read(self) -> WeightReading:
        item = self.script.pop(0)
        if isinstance(item, Exception):
            raise item
        return item


def test_a_reading_is_shown_with_its_stability() -> None:
    status = poll_scale(ScriptedScale(WeightReading(Decimal("1.2500"), False)))
    assert status == ScaleStatus(reading=WeightReading(Decimal("1.2500"), False))
    assert status.connected
    assert status.message == "1.25 kg (settling)"


def test_a_silent_scale_is_a_status_not_an_exception() -> None:
    error = ScaleDisconnectedError("The scale at COM3 does not answer")
    status = poll_scale(ScriptedScale(error))
    assert status.reading is None
    assert not status.connected
    assert status.message == "The scale at COM3 does not answer"


def test_an_overload_keeps_the_scale_connected() -> None:
    status = poll_scale(ScriptedScale(ScaleOutOfRangeError("overloaded", overload=True)))
    assert status.connected
    assert status.message == "overloaded"


def test_bugs_are_not_turned_into_statuses() -> None:
    with pytest.raises(ZeroDivisionError):
        poll_scale(ScriptedScale(ZeroDivisionError()))


def test_watch_yields_until_stopped() -> None:
    stop = threading.Event()
    scale = ScriptedScale(
        WeightReading(Decimal("0"), True),
        UserFacingError("moment"),
        WeightReading(Decimal("2"), True),
    )
    messages = []
    for status in watch_scale(scale, stop, interval_s=0):
        messages.append(status.message)
        if len(messages) == 3:
            stop.set()
    assert messages == ["0 kg (stable)", "moment", "2 kg (stable)"]
    assert scale.script == []
