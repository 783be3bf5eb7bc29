"""Walk the commands of one label format and collect what it draws."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PIL import Image, ImageChops

from packstation.printing.zpl.drawing import FieldImage, place
from packstation.printing.zpl.escape import unescape_field_hex
from packstation.printing.zpl.graphic import decode_graphic_field
from packstation.printing.zpl.numbers import parse_choice, parse_flag, parse_float, parse_int
from packstation.printing.zpl.shapes import build_shape
from packstation.printing.zpl.state import (
    MAX_DOTS,
    ORIENTATIONS,
    FieldBlock,
    FontChoice,
    PendingField,
    Settings,
)
from packstation.printing.zpl.stored import download_graphic, recall_graphic
from packstation.printing.zpl.symbols import SUPPORTED_SYMBOLS, build_symbol
from packstation.printing.zpl.text import BITMAP_FONT_CELLS, draw_block, draw_text
from packstation.printing.zpl.tokens import Command, iter_commands

# Commands that change nothing in a picture of the label (media, speed, darkness, comments…).
_NO_VISIBLE_EFFECT = frozenset(
    {
        "^FX", "^PQ", "^PR", "^MD", "^MN", "^MM", "^MT", "^JU", "^JM", "^SZ", "^JZ", "^MF",
        "^KP", "^LT", "^PM", "^XB", "^MU", "^JJ", "^KL", "^PF",
        "~SD", "~TA", "~JS", "~HS", "~JA", "~JC", "~JL", "~JR", "~PS", "~PP", "~RO", "~HI",
        "~HM", "~HD", "~HQ", "~WC", "~JD", "~JE",
    }
)  # fmt: skip
_GRAPHICS = frozenset({"GB", "GC", "GE", "GD", "GF", "XG", "IM"})
# Field images waiting to be drawn stay in memory until the label size is final; this caps them
# (about ten full 4x6 labels at 300 dpi) so absurd input cannot exhaust memory.
PIXEL_BUDGET = 24_000_000
_CHARSETS = {28: "utf-8", 27: "cp1252", 13: "cp850"}


class FormatRenderer:
    """Renders one ``^XA`` … ``^XZ`` format onto a canvas whose set pixels are ink."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.field = PendingField()
        self.operations: list[tuple[Image.Image, int, int, str]] = []
        self.skipped: list[str] = []
        self.warnings: list[str] = []
        self.pixels_drawn = 0
        self.over_budget = False
        self._handlers: dict[str, Callable[[Command], None]] = {
            "^XA": lambda _: None,
            "^XZ": lambda _: self._finish_field(),
            "^FS": lambda _: self._finish_field(),
            "^FO": lambda c: self._origin(c, baseline=False),
            "^FT": lambda c: self._origin(c, baseline=True),
            "^LH": self._label_home,
            "^LS": self._label_shift,
            "^PW": self._print_width,
            "^LL": self._label_length,
            "^CF": self._change_font,
            "^FW": self._field_orientation,
            "^FB": self._field_block,
            "^FD": self._field_data,
            "^FV": self._field_data,
            "^FH": self._field_hex,
            "^FR": self._field_reverse,
            "^CI": self._charset,
            "^BY": self._barcode_defaults,
            "^PO": self._print_orientation,
            "^LR": self._label_reverse,
            "~DG": self._download_graphic,
        }

    def render(self, text: str) -> Image.Image:
        """Run the format's commands and return the ink canvas (set pixel = black dot)."""
        for command in iter_commands(text):
            self._dispatch(command)
        self._finish_field()
        canvas = Image.new("1", (self.settings.width_dots, self.settings.length_dots), 0)
        for mask, x, y, mode in self.operations:
            area = (x, y, x + mask.width, y + mask.height)
            if mode == "reverse":
                canvas.paste(ImageChops.logical_xor(canvas.crop(area), mask), area)
            else:
                canvas.paste(255 if mode == "ink" else 0, area, mask)
        if self.settings.upside_down:
            canvas = canvas.transpose(Image.Transpose.ROTATE_180)
        return canvas

    def _dispatch(self, command: Command) -> None:
        label = command.label
        handler = self._handlers.get(label)
        if handler is not None:
            handler(command)
        elif command.kind == "^" and command.name[:1] == "A" and len(command.name) == 2:
            self._font(command)
        elif command.kind == "^" and (
            command.name in SUPPORTED_SYMBOLS or command.name in _GRAPHICS
        ):
            self.field.kind = command.name
            self.field.params = command.params() if command.name != "GF" else [command.raw]
            self.field.barcode = replace(self.settings.barcode)
            self.field.delimiter = command.delimiter
        elif command.kind == "^" and command.name[:1] == "B" and command.name != "BY":
            # An unsupported barcode still owns its field data; it must not print as text.
            self.field.kind = "unsupported"
            self._skip(label)
        elif label not in _NO_VISIBLE_EFFECT:
            self._skip(label)

    def _skip(self, label: str) -> None:
        if label not in self.skipped:
            self.skipped.append(label)

    def _download_graphic(self, command: Command) -> None:
        self.warnings.extend(
            download_graphic(self.settings.graphics, command.raw, command.delimiter)
        )

    # Field position and layout ---------------------------------------------------------------

    def _origin(self, command: Command, *, baseline: bool) -> None:
        x, y = command.params(2)[:2]
        self.field.x_dots = self.settings.home_x + parse_int(x, 0, 0, MAX_DOTS)
        self.field.y_dots = self.settings.home_y + parse_int(y, 0, 0, MAX_DOTS)
        self.field.baseline_origin = baseline

    def _label_home(self, command: Command) -> None:
        x, y = command.params(2)[:2]
        self.settings.home_x = parse_int(x, 0, 0, MAX_DOTS)
        self.settings.home_y = parse_int(y, 0, 0, MAX_DOTS)

    def _label_shift(self, command: Command) -> None:
        shift = parse_int(command.params(1)[0], 0, -MAX_DOTS, MAX_DOTS)
        self.settings.home_x -= shift

    def _print_width(self, command: Command) -> None:
        width = parse_int(command.params(1)[0], self.settings.width_dots, 2, MAX_DOTS)
        self.settings.width_dots = width

    def _label_length(self, command: Command) -> None:
        length = parse_int(command.params(1)[0], self.settings.length_dots, 1, MAX_DOTS)
        self.settings.length_dots = length

    def _field_orientation(self, command: Command) -> None:
        orientation = parse_choice(command.params(1)[0], ORIENTATIONS, "")
        self.settings.field_orientation = orientation or self.settings.field_orientation

    def _field_block(self, command: Command) -> None:
        width, lines, spacing, justification, indent = command.params(5)[:5]
        self.field.block = FieldBlock(
            width_dots=parse_int(width, 0, 0, MAX_DOTS),
            max_lines=parse_int(lines, 1, 1, 9999),
            spacing_dots=parse_int(spacing, 0, -9999, 9999),
            justification=parse_choice(justification, "LCRJ", "L"),
            indent_dots=parse_int(indent, 0, 0, 9999),
        )

    def _print_orientation(self, command: Command) -> None:
        self.settings.upside_down = parse_choice(command.params(1)[0], "NI", "N") == "I"

    def _label_reverse(self, command: Command) -> None:
        self.settings.reverse_all = parse_flag(command.params(1)[0], False)

    # Fonts -----------------------------------------------------------------------------------

    def _font(self, command: Command) -> None:
        name = command.name[1]
        orientation, height, width = command.params(3)[:3]
        if name == "@":
            name = "0"
        self.field.font = self._sized_font(
            name, height, width, parse_choice(orientation, ORIENTATIONS, "")
        )

    def _change_font(self, command: Command) -> None:
        name, height, width = command.params(3)[:3]
        current = self.settings.default_font
        font = self._sized_font(name[:1].upper() or current.name, height, width, "N", current)
        self.settings.default_font = font

    def _sized_font(
        self, name: str, height: str, width: str, orientation: str, base: FontChoice | None = None
    ) -> FontChoice:
        """Resolve missing sizes the way the printer does: from the cell or the default font."""
        cell = BITMAP_FONT_CELLS.get(name)
        fallback = base or self.settings.default_font
        default_height = cell[0] if cell else fallback.height_dots
        height_dots = parse_int(height, default_height, 1, MAX_DOTS)
        if cell:
            default_width = round(cell[1] * height_dots / cell[0])
        else:
            default_width = height_dots
        width_dots = parse_int(width, default_width, 1, MAX_DOTS)
        return FontChoice(name, orientation, height_dots, width_dots)

    # Field data ------------------------------------------------------------------------------

    def _field_data(self, command: Command) -> None:
        self.field.data = command.raw.replace("\r", "").replace("\n", "")

    def _field_hex(self, command: Command) -> None:
        self.field.hex_indicator = command.raw[:1] or "_"

    def _field_reverse(self, _: Command) -> None:
        self.field.reverse = True

    def _charset(self, command: Command) -> None:
        self.settings.charset = parse_int(command.params(1)[0], 0, 0, 99)

    def _barcode_defaults(self, command: Command) -> None:
        module, ratio, height = command.params(3)[:3]
        current = self.settings.barcode
        current.module_dots = parse_int(module, current.module_dots, 1, 10)
        current.ratio = parse_float(ratio, current.ratio, 2.0, 3.0)
        current.height_dots = parse_int(height, current.height_dots, 1, MAX_DOTS)

    def _field_bytes(self) -> bytes:
        """Return the field data as bytes, with ``^FH`` hex escapes resolved."""
        data = (self.field.data or "").encode("latin-1")
        indicator = self.field.hex_indicator
        if indicator is None:
            return data
        return unescape_field_hex(data, indicator.encode("latin-1"))

    def _field_text(self) -> str:
        encoding = _CHARSETS.get(self.settings.charset, "cp850")
        return self._field_bytes().decode(encoding, errors="replace")

    # Drawing ---------------------------------------------------------------------------------

    def _finish_field(self) -> None:
        pending, self.field = self.field, PendingField()
        if pending.kind in SUPPORTED_SYMBOLS:
            self.field = pending
            self._draw_symbol()
        elif pending.kind in _GRAPHICS:
            self.field = pending
            self._draw_graphic()
        elif pending.data is not None and pending.kind != "unsupported":
            self.field = pending
            self._draw_text()
        self.field = PendingField()

    def _put(self, image: FieldImage, orientation: str, *, white: bool = False) -> None:
        pending = self.field
        mask, x, y = place(
            image, orientation, pending.x_dots, pending.y_dots, pending.baseline_origin
        )
        if pending.reverse or self.settings.reverse_all:
            mode = "reverse"
        else:
            mode = "white" if white else "ink"
        self.pixels_drawn += mask.width * mask.height
        if self.pixels_drawn > PIXEL_BUDGET:
            if not self.over_budget:
                self.warnings.append(
                    "The label draws more than a preview can hold; fields left out"
                )
            self.over_budget = True
            return
        self.operations.append((mask, x, y, mode))

    def _draw_text(self) -> None:
        pending = self.field
        font = pending.font or replace(self.settings.default_font, orientation="")
        orientation = font.orientation or self.settings.field_orientation
        text = self._field_text()
        if pending.block is not None:
            drawn, overflow = draw_block(text, font, pending.block)
            if overflow:
                self.warnings.append(f"^FB text {text[:30]!r} has more lines than the block allows")
        else:
            drawn = draw_text(text, font)
        self._put(FieldImage(drawn.mask, drawn.baseline_x, drawn.baseline_y), orientation)

    def _draw_symbol(self) -> None:
        pending = self.field
        if pending.data is None:
            return
        symbol = build_symbol(
            pending.kind,
            pending.params,
            self._field_bytes(),
            pending.barcode or self.settings.barcode,
            self.settings.dpi,
            self.settings.field_orientation,
        )
        self.warnings.extend(symbol.notes)
        if symbol.unsupported and f"^{pending.kind}" not in self.skipped:
            self.skipped.append(f"^{pending.kind}")
        self._put(symbol.image, symbol.orientation)

    def _draw_graphic(self) -> None:
        kind, params = self.field.kind, self.field.params
        if kind == "GF":
            self._draw_graphic_field(params[0])
            return
        if kind in ("XG", "IM"):
            self._draw_stored_graphic(params, magnified=kind == "XG")
            return
        image, white = build_shape(kind, params)
        self._put(image, "N", white=white)

    def _draw_stored_graphic(self, params: list[str], *, magnified: bool) -> None:
        mask, name = recall_graphic(self.settings.graphics, params, magnified=magnified)
        if mask is None:
            self.warnings.append(f"Stored graphic {name} was never downloaded; not drawn")
            return
        self._put(FieldImage(mask, 0, mask.height), "N")

    def _draw_graphic_field(self, raw: str) -> None:
        parts = raw.split(self.field.delimiter, 4)
        header, data = parts[:4], parts[4] if len(parts) > 4 else ""
        graphic = decode_graphic_field(header, data)
        self.warnings.extend(graphic.warnings)
        if graphic.height_dots == 0:
            return
        mask = graphic.to_mask()
        self._put(FieldImage(mask, 0, mask.height), "N")


def apply_control_commands(settings: Settings, text: str) -> list[str]:
    """Apply control commands found between formats (``~DG``); return warnings."""
    warnings: list[str] = []
    for command in iter_commands(text):
        if command.label == "~DG":
            warnings.extend(download_graphic(settings.graphics, command.raw, command.delimiter))
    return warnings
