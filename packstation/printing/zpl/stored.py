"""Graphics downloaded with ``~DG`` and recalled with ``^XG`` or ``^IM``.

Carrier labels often download a logo once (``~DGR:LOGO.GRF,total,row_bytes,data``) and place it
with ``^XGR:LOGO.GRF,1,1``. The preview keeps downloaded graphics for the rest of one render
call, like printer memory keeps them until power-off. The device letter (``R:``, ``E:``…) is
ignored and a name without extension gets ``.GRF``.
"""

from __future__ import annotations

from PIL import Image

from packstation.printing.zpl.graphic import decode_graphic_field
from packstation.printing.zpl.numbers import parse_int
from packstation.printing.zpl.state import MAX_DOTS


def graphic_name(text: str) -> str:
    """Normalise a stored object name: no device letter, upper case, ``.GRF`` by default."""
    name = text.strip().upper()
    if len(name) > 2 and name[1] == ":":
        name = name[2:]
    return name if "." in name else f"{name}.GRF"


def download_graphic(store: dict[str, Image.Image], raw: str, delimiter: str = ",") -> list[str]:
    """Decode a ``~DG`` command's parameters into ``store``; return any warnings."""
    parts = raw.split(delimiter, 3)
    if len(parts) < 4:
        return ["~DG without name, sizes and data; ignored"]
    name, total, row_bytes, data = parts
    graphic = decode_graphic_field(["A", total, total, row_bytes], data)
    if graphic.height_dots:
        store[graphic_name(name)] = graphic.to_mask()
    return [warning.replace("^GF", "~DG") for warning in graphic.warnings]


def recall_graphic(
    store: dict[str, Image.Image], params: list[str], *, magnified: bool
) -> tuple[Image.Image | None, str]:
    """Return the mask named in ``^XG``/``^IM`` parameters (magnified for ``^XG``) and its name."""
    name = graphic_name(params[0] if params else "")
    mask = store.get(name)
    if mask is None or not magnified:
        return mask, name
    values = params + ["", "", ""]
    across = parse_int(values[1], 1, 1, 10)
    down = parse_int(values[2], 1, 1, 10)
    if (across, down) != (1, 1):
        size = (min(mask.width * across, MAX_DOTS), min(mask.height * down, MAX_DOTS))
        mask = mask.resize(size, Image.Resampling.NEAREST)
    return mask, name
