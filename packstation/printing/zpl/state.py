"""What the renderer remembers while it walks through a label format."""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

ORIENTATIONS = "NRIB"
# Largest label side and field size the preview draws; ZPL allows 32000 but no real label needs
# images that large, and absurd values must not exhaust memory.
MAX_DOTS = 6000


@dataclass
class FontChoice:
    """A ``^A``/``^CF`` font: name (``0``, ``A``…), orientation, height and width in dots."""

    name: str = "A"
    orientation: str = "N"
    height_dots: int = 9
    width_dots: int = 5


@dataclass
class BarcodeDefaults:
    """``^BY``: module width, wide-to-narrow ratio and bar height, all in dots."""

    module_dots: int = 2
    ratio: float = 3.0
    height_dots: int = 10


@dataclass
class FieldBlock:
    """``^FB``: block width, maximum lines, extra line spacing, justification, hanging indent."""

    width_dots: int = 0
    max_lines: int = 1
    spacing_dots: int = 0
    justification: str = "L"
    indent_dots: int = 0


@dataclass
class PendingField:
    """The field being assembled between its origin command and ``^FS``."""

    x_dots: int = 0
    y_dots: int = 0
    baseline_origin: bool = False
    font: FontChoice | None = None
    block: FieldBlock | None = None
    hex_indicator: str | None = None
    reverse: bool = False
    data: str | None = None
    kind: str = ""
    params: list[str] = field(default_factory=list)
    barcode: BarcodeDefaults | None = None
    delimiter: str = ","


@dataclass
class Settings:
    """Settings that outlive one format on a printer (label size, defaults, character set)."""

    dpi: int
    width_dots: int
    length_dots: int
    home_x: int = 0
    home_y: int = 0
    default_font: FontChoice = field(default_factory=FontChoice)
    field_orientation: str = "N"
    barcode: BarcodeDefaults = field(default_factory=BarcodeDefaults)
    charset: int = 0
    upside_down: bool = False
    reverse_all: bool = False
    graphics: dict[str, Image.Image] = field(default_factory=dict)
