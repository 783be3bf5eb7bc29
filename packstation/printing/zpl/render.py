"""Render ZPL to images for preview: one picture per label format.

``render_zpl`` never raises on bad data: unknown commands are skipped and listed, and anything
the preview could not draw exactly is described in ``warnings``. Printer settings that persist
on a real printer (label width and length, label home, default font, ``^BY``, ``^CI``) carry
over from one format to the next within one call.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image, ImageChops

from packstation.printing.zpl.blocks import label_quantity, scan_zpl
from packstation.printing.zpl.format import FormatRenderer, apply_control_commands
from packstation.printing.zpl.state import MAX_DOTS, Settings
from packstation.printing.zpl.tokens import decode_bytes


@dataclass
class RenderedLabels:
    """Images of the labels (mode ``1``, white background) and what the preview skipped.

    ``copies[i]`` is how many times label ``i`` prints (its ``^PQ``); ``skipped_commands``
    lists unknown commands once each, in order of first appearance, for example ``"^XG"``.
    """

    images: list[Image.Image] = field(default_factory=list)
    skipped_commands: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    copies: list[int] = field(default_factory=list)


def render_zpl(
    data: bytes | str, *, dpi: int = 203, width_in: float = 4.0, height_in: float = 6.0
) -> RenderedLabels:
    """Render every label format in ``data``.

    The image size is the label size at ``dpi`` unless ``^PW`` (width) or ``^LL`` (length) say
    otherwise. ``str`` data is taken as its UTF-8 bytes, which is what a printer would receive.
    A format left open at the end is still drawn, with a warning.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    scan = scan_zpl(raw)
    result = RenderedLabels()
    items = list(scan.sequence)
    if scan.incomplete:
        items.append(("label", scan.remainder))
        result.warnings.append("The last label has no closing ^XZ; it is drawn as far as it goes")
    if scan.discarded:
        result.warnings.append(
            f"{len(scan.discarded)} label(s) without ^XZ were replaced by the next ^XA"
        )
    settings = Settings(
        dpi=dpi,
        width_dots=_dots(width_in, dpi),
        length_dots=_dots(height_in, dpi),
    )
    for kind, block in items:
        if kind == "control":
            result.warnings.extend(apply_control_commands(settings, decode_bytes(block)))
            continue
        renderer = FormatRenderer(settings)
        canvas = renderer.render(decode_bytes(block))
        result.images.append(ImageChops.invert(canvas))
        result.copies.append(label_quantity(block))
        for name in renderer.skipped:
            if name not in result.skipped_commands:
                result.skipped_commands.append(name)
        result.warnings.extend(renderer.warnings)
    return result


def _dots(inches: float, dpi: int) -> int:
    """Label side in dots, kept within what the preview draws."""
    return max(1, min(round(inches * dpi), MAX_DOTS))
