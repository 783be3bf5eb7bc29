"""Draw the Packstation application icon with Pillow: a parcel with a label on a blue tile.

Drawn rather than stored so the repository keeps no binary artwork and every size is sharp:

    python installer/make_icon.py OUT_DIR

writes ``packstation.png`` (256 px, for the Linux desktop entry) and ``packstation.ico``
(16 to 256 px, for the Windows executable and installer) into ``OUT_DIR``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ICON_NAME = "packstation"
CANVAS_PX = 1024  # drawn large, then scaled down, so the edges are smooth
ICO_SIZES_PX = (16, 24, 32, 48, 64, 128, 256)
TILE_BLUE = (21, 76, 121, 255)
BOX_BROWN = (201, 145, 84, 255)
BOX_SHADE = (168, 113, 58, 255)
LABEL_WHITE = (250, 250, 250, 255)
INK = (20, 20, 20, 255)


def draw_icon(size_px: int = 256) -> Image.Image:
    """Return the icon as an RGBA image ``size_px`` square."""
    image = Image.new("RGBA", (CANVAS_PX, CANVAS_PX), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((32, 32, 992, 992), radius=180, fill=TILE_BLUE)
    # The parcel: a front face and a darker lid band, seen straight on.
    draw.rectangle((196, 300, 828, 828), fill=BOX_BROWN)
    draw.rectangle((196, 300, 828, 400), fill=BOX_SHADE)
    draw.rectangle((472, 300, 552, 400), fill=BOX_BROWN)  # the tape across the lid
    # The shipping label with a barcode: what the station is for.
    draw.rectangle((300, 470, 724, 760), fill=LABEL_WHITE)
    bar_widths = (10, 22, 10, 10, 30, 10, 18, 10, 26, 10, 14, 22, 10, 30, 10, 18, 10)
    x = 340
    for index, width in enumerate(bar_widths):
        if index % 2 == 0:
            draw.rectangle((x, 510, x + width - 1, 690), fill=INK)
        x += width
    draw.rectangle((340, 710, 560, 728), fill=INK)  # a line of "text" under the bars
    return image.resize((size_px, size_px), Image.Resampling.LANCZOS)


def write_icons(out_dir: Path) -> tuple[Path, Path]:
    """Write the PNG and ICO files into ``out_dir`` and return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    large = draw_icon(256)
    png_path = out_dir / f"{ICON_NAME}.png"
    ico_path = out_dir / f"{ICON_NAME}.ico"
    large.save(png_path, format="PNG")
    large.save(ico_path, format="ICO", sizes=[(size, size) for size in ICO_SIZES_PX])
    return png_path, ico_path


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: make_icon.py OUT_DIR")
    for path in write_icons(Path(sys.argv[1])):
        print(path)
