"""How the virtual scale writes its answers: MT-SICS lines and continuous-output lines.

The shapes match :mod:`packstation.devices.mtsics` and :mod:`packstation.devices.continuous`;
the readers are tested against these, and the parsers alone against hand-written lines.
"""

from __future__ import annotations

from packstation.devices.virtual_scale.state import ScaleRange, ScaleSnapshot


def mtsics_answer(command: str, snapshot: ScaleSnapshot) -> str:
    """Return the answer line (without CR LF) to one MT-SICS command."""
    name = command.strip().upper()
    if name not in ("S", "SI"):
        return "ES"
    if snapshot.range is ScaleRange.OVER:
        return "S +"
    if snapshot.range is ScaleRange.UNDER:
        return "S -"
    if name == "S" and not snapshot.stable:
        # A real scale waits for stability first and gives up with "S I"; answering at once
        # keeps the virtual scale quick and lets the reader's retry be tested.
        return "S I"
    status = "S" if snapshot.stable else "D"
    return f"S {status} {snapshot.value_text():>10} {snapshot.unit}"


def continuous_line(snapshot: ScaleSnapshot) -> str:
    """Return one continuous-output line (without CR LF) for the current display."""
    if snapshot.range is not ScaleRange.OK:
        sign = "+" if snapshot.range is ScaleRange.OVER else "-"
        return f"OL,GS,{sign}  -----{snapshot.unit}"
    state = "ST" if snapshot.stable else "US"
    text = snapshot.value_text()
    sign = "-" if text.startswith("-") else "+"
    return f"{state},GS,{sign}{text.lstrip('-'):>7}{snapshot.unit}"
