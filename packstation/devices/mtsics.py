"""MT-SICS, the Mettler Toledo Standard Interface Command Set (level 0 weighing commands).

The bench sends ``S`` (send the stable weight) or ``SI`` (send the weight immediately), each
ended by CR LF, and the scale answers one line:

- ``S S     1.234 kg``: a stable weight; ``S D     1.234 kg``: dynamic, not yet stable (``SI``)
- ``S I``: the command cannot be executed now (busy, or no stable weight within the scale's time)
- ``S +`` / ``S -``: overload / underload
- ``ES`` (syntax error: unknown command), ``ET`` (transmission error), ``EL`` (logical error)

Weights in kg, g, mg, lb and oz are converted to kilograms exactly. Lines that are no answer to a
weighing command (an echo of the command, noise) are skipped while waiting for the answer.
"""

from __future__ import annotations

import re
import time
from decimal import Decimal, InvalidOperation

import serial

from packstation.devices.errors import (
    ScaleBusyError,
    ScaleProtocolError,
    scale_not_settled,
    scale_out_of_range,
    scale_silent,
    scale_unknown_unit,
)
from packstation.devices.lines import LineSplitter, read_lines_until
from packstation.devices.units import normalise_unit, to_kg
from packstation.domain.ports import WeightReading

COMMAND_STABLE = "S"
COMMAND_IMMEDIATE = "SI"

_WEIGHT_ANSWER = re.compile(
    r"^S\s+(?P<status>[SD])\s+(?P<value>[+-]?\s*(?:\d+\.?\d*|\.\d+))\s*(?P<unit>[A-Za-z]+)\s*$"
)
_ERROR_ANSWERS = {
    "ES": "did not understand the command (ES) — is it set to MT-SICS?",
    "ET": "reports a transmission error (ET) — check the cable and the baud rate.",
    "EL": "refused the command (EL, logical error).",
}
_RETRY_PAUSE_S = 0.1


def is_answer(line: str) -> bool:
    """Return whether ``line`` is an answer to ``S`` / ``SI`` (not an echo or noise)."""
    words = line.split()
    if not words:
        return False
    return words[0] in _ERROR_ANSWERS or (words[0] == "S" and len(words) >= 2)


def parse_answer(line: str, *, source: str) -> WeightReading:
    """Return the weight an answer line carries, or raise the :class:`ScaleError` it means.

    ``source`` names the scale in messages (its address).
    """
    text = line.strip()
    words = text.split()
    if words and words[0] in _ERROR_ANSWERS:
        raise ScaleProtocolError(f"The scale at {source} {_ERROR_ANSWERS[words[0]]}")
    match = _WEIGHT_ANSWER.match(text)
    if match:
        return _reading(match, source)
    if words[:2] == ["S", "I"]:
        raise ScaleBusyError(f"The scale at {source} is busy and cannot weigh right now.")
    if words[:2] in (["S", "+"], ["S", "-"]):
        raise scale_out_of_range(source, overload=words[1] == "+")
    raise ScaleProtocolError(
        f"The scale at {source} sent an answer the bench does not understand: {text[:40]!r}."
    )


def _reading(match: re.Match[str], source: str) -> WeightReading:
    unit = normalise_unit(match["unit"])
    if unit is None:
        raise scale_unknown_unit(source, match["unit"])
    try:
        value = Decimal(match["value"].replace(" ", ""))
    except InvalidOperation as error:  # the pattern admits only numbers; kept as a guard
        raise ScaleProtocolError(f"The scale at {source} sent a weight that is no number.") from (
            error
        )
    return WeightReading(weight_kg=to_kg(value, unit), stable=match["status"] == "S")


def exchange(port: serial.SerialBase, command: str, *, source: str, timeout_s: float) -> str:
    """Send one command and return the first answer line, waiting at most ``timeout_s``.

    Anything still buffered from before (a late answer to an earlier command) is discarded first.
    Raises :class:`~packstation.devices.errors.ScaleDisconnectedError` when no answer comes and
    :class:`serial.SerialException` when the device went away.
    """
    port.reset_input_buffer()
    port.write(command.encode("ascii") + b"\r\n")
    splitter = LineSplitter()
    lines, answered = read_lines_until(
        port,
        splitter,
        lambda received: any(is_answer(_decode(line)) for line in received),
        timeout_s=timeout_s,
    )
    if not answered:
        raise scale_silent(source)
    return next(_decode(line) for line in lines if is_answer(_decode(line)))


def read_immediate(port: serial.SerialBase, *, source: str, timeout_s: float) -> WeightReading:
    """Return the current weight with its stability (``SI``)."""
    answer = exchange(port, COMMAND_IMMEDIATE, source=source, timeout_s=timeout_s)
    return parse_answer(answer, source=source)


def read_stable(
    port: serial.SerialBase, *, source: str, timeout_s: float, answer_timeout_s: float
) -> WeightReading:
    """Return a stable weight (``S``), asking again while the scale answers ``S I``.

    Gives up with :class:`~packstation.devices.errors.ScaleBusyError` after ``timeout_s`` (the
    last exchange may add up to ``answer_timeout_s``); each answer is awaited at most
    ``answer_timeout_s``.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        answer = exchange(port, COMMAND_STABLE, source=source, timeout_s=answer_timeout_s)
        try:
            reading = parse_answer(answer, source=source)
        except ScaleBusyError:
            reading = None
        if reading is not None and reading.stable:
            return reading
        if time.monotonic() + _RETRY_PAUSE_S >= deadline:
            raise scale_not_settled(source)
        time.sleep(_RETRY_PAUSE_S)


def _decode(line: bytes) -> str:
    return line.decode("ascii", errors="replace")
