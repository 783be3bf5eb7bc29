"""Continuous output: scales that stream one line per reading without being asked.

The format read here is the one of many weighing indicators (and, without the second header,
A&D balances)::

    ST,GS,+  1.234kg CR LF

- first header: ``ST`` stable, ``US`` unstable, ``OL`` out of range (overload; with a ``-`` sign,
  underload)
- optional second header: ``GS`` gross or ``NT`` net (the weight shown); a ``TR`` (tare) line is
  not a weight and is skipped
- sign, digits with an optional decimal point (padded with spaces or zeros), then the unit
  ``kg``, ``g``, ``mg``, ``lb`` or ``oz``, possibly padded with spaces

Any line terminator (CR, LF or both) ends a line. The reader throws away what was buffered before
the call (old readings), then takes the latest complete line that is a reading: partial lines at
either end and noise lines in between are skipped.
"""

from __future__ import annotations

import re
from decimal import Decimal

import serial

from packstation.devices.errors import (
    ScaleError,
    ScaleProtocolError,
    scale_not_settled,
    scale_out_of_range,
    scale_silent,
    scale_unknown_unit,
)
from packstation.devices.lines import LineSplitter, read_available, read_lines_until
from packstation.devices.units import normalise_unit, to_kg
from packstation.domain.ports import WeightReading

_HEADER = re.compile(r"^\s*(?P<state>ST|US|OL)\s*,\s*(?:(?P<kind>GS|NT|TR)\s*,\s*)?(?P<rest>.*)$")
_WEIGHT = re.compile(r"^(?P<sign>[+-])?\s*(?P<value>\d+(?:\.\d*)?|\.\d+)\s*(?P<unit>[A-Za-z]+)\s*$")

Outcome = WeightReading | ScaleError


def parse_line(line: str, *, source: str) -> Outcome | None:
    """Return what one line says: a reading, the error it reports, or None for noise.

    ``source`` names the scale in messages.
    """
    header = _HEADER.match(line)
    if header is None or header["kind"] == "TR":
        return None
    if header["state"] == "OL":
        # Indicators fill the value of an OL line with anything (dashes, 9s, E+19): only the
        # sign carries meaning.
        return scale_out_of_range(source, overload=not header["rest"].lstrip().startswith("-"))
    weight = _WEIGHT.match(header["rest"])
    if weight is None:
        return None
    unit = normalise_unit(weight["unit"])
    if unit is None:
        return scale_unknown_unit(source, weight["unit"])
    value = Decimal(weight["value"])
    if weight["sign"] == "-":
        value = -value
    return WeightReading(weight_kg=to_kg(value, unit), stable=header["state"] == "ST")


def latest_outcome(lines: list[bytes], *, source: str) -> Outcome | None:
    """Return the outcome of the newest line that is not noise."""
    for line in reversed(lines):
        outcome = parse_line(line.decode("ascii", errors="replace"), source=source)
        if outcome is not None:
            return outcome
    return None


def read_latest(
    port: serial.SerialBase, *, source: str, timeout_s: float, stable_only: bool = False
) -> WeightReading:
    """Return the newest reading that arrives after the call (a stable one if ``stable_only``).

    Raises the error the newest line reports (out of range, unknown unit),
    :class:`~packstation.devices.errors.ScaleDisconnectedError` when nothing came within
    ``timeout_s``, :class:`~packstation.devices.errors.ScaleProtocolError` when only lines the
    bench does not understand came, and :class:`~packstation.devices.errors.ScaleBusyError`
    when ``stable_only`` and the weight did not settle.
    """
    port.reset_input_buffer()
    splitter = LineSplitter()

    def settled(lines: list[bytes]) -> bool:
        outcome = latest_outcome(lines, source=source)
        if isinstance(outcome, WeightReading):
            return outcome.stable or not stable_only
        return outcome is not None

    lines, done = read_lines_until(port, splitter, settled, timeout_s=timeout_s)
    if done:
        # Lines that are already waiting are newer still; take them without waiting for more.
        while port.in_waiting:
            lines.extend(splitter.feed(read_available(port)))
    outcome = latest_outcome(lines, source=source)
    if isinstance(outcome, ScaleError):
        raise outcome
    if isinstance(outcome, WeightReading) and (outcome.stable or not stable_only):
        return outcome
    if outcome is not None:
        raise scale_not_settled(source)
    if lines:
        raise ScaleProtocolError(
            f"The scale at {source} sends data the bench does not understand — is it set to "
            "continuous output (ST,GS,+  1.234kg)?"
        )
    raise scale_silent(source)
