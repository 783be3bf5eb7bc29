"""Read the parameters of ``^GB ^GC ^GE ^GD`` and draw the shape they describe."""

from __future__ import annotations

from packstation.printing.zpl.drawing import FieldImage, box, diagonal, ellipse
from packstation.printing.zpl.numbers import parse_choice, parse_int
from packstation.printing.zpl.state import MAX_DOTS

SHAPES = frozenset({"GB", "GC", "GE", "GD"})


def build_shape(kind: str, params: list[str]) -> tuple[FieldImage, bool]:
    """Return the upright shape and whether it is drawn in white (colour ``W``)."""
    values = params + [""] * 5
    if kind == "GB":
        thickness = parse_int(values[2], 1, 1, MAX_DOTS)
        width = max(parse_int(values[0], thickness, 1, MAX_DOTS), thickness)
        height = max(parse_int(values[1], thickness, 1, MAX_DOTS), thickness)
        image = box(width, height, thickness, parse_int(values[4], 0, 0, 8))
        colour = values[3]
    elif kind == "GC":
        diameter = parse_int(values[0], 3, 3, MAX_DOTS)
        image = ellipse(diameter, diameter, parse_int(values[1], 1, 1, MAX_DOTS))
        colour = values[2]
    elif kind == "GE":
        thickness = parse_int(values[2], 1, 1, MAX_DOTS)
        width = parse_int(values[0], thickness, 3, MAX_DOTS)
        height = parse_int(values[1], thickness, 3, MAX_DOTS)
        image = ellipse(width, height, thickness)
        colour = values[3]
    else:
        thickness = parse_int(values[2], 1, 1, MAX_DOTS)
        width = parse_int(values[0], thickness, 1, MAX_DOTS)
        height = parse_int(values[1], thickness, 1, MAX_DOTS)
        leaning_right = parse_choice(values[4], "RL/\\", "R") in "R/"
        image = diagonal(width, height, thickness, leaning_right)
        colour = values[3]
    return image, parse_choice(colour, "BW", "B") == "W"
