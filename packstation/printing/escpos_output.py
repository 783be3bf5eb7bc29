"""Raster images as ESC/POS bytes, for receipt printers and ESC/POS label printers.

The image is thresholded here (no dithering: barcodes must stay sharp) and handed to
python-escpos, whose ``Dummy`` printer collects the bytes: initialise (``ESC @``), the raster
bit image (``GS v 0``, split in bands of at most 960 rows), feed and cut. python-escpos is
imported only when this is called.
"""

from __future__ import annotations

import copy

from PIL import Image

from packstation.errors import UserFacingError

DEFAULT_PAPER_WIDTH_PX = 576  # 80 mm paper at 203 dpi (72 mm printable)
DEFAULT_THRESHOLD = 128


class EscposImageTooWideError(UserFacingError):
    """The image is wider than the paper; it is refused rather than printed clipped."""

    retryable = False


def to_monochrome(image: Image.Image, *, threshold: int = DEFAULT_THRESHOLD) -> Image.Image:
    """Return ``image`` as a mode ``1`` image: transparent parts white, no dithering."""
    rgba = image.convert("RGBA")
    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    gray = Image.alpha_composite(white, rgba).convert("L")
    return gray.point(lambda value: 255 if value >= threshold else 0, mode="1")


def image_to_escpos(
    image: Image.Image,
    *,
    paper_width_px: int = DEFAULT_PAPER_WIDTH_PX,
    threshold: int = DEFAULT_THRESHOLD,
    cut: bool = True,
) -> bytes:
    """Return the ESC/POS bytes that print ``image`` (and cut the paper when ``cut``)."""
    if image.width > paper_width_px:
        raise EscposImageTooWideError(
            f"The image is {image.width} dots wide but the paper takes {paper_width_px}; "
            "it would be cut off, so it was not printed."
        )
    from escpos.printer import Dummy

    printer = Dummy()
    # The default profile has no paper width and python-escpos then prints a notice on stdout;
    # a per-instance copy with the real width keeps it quiet and leaves the shared profile alone.
    printer.profile.profile_data = copy.deepcopy(printer.profile.profile_data)
    printer.profile.profile_data["media"]["width"]["pixels"] = paper_width_px
    printer.hw("INIT")
    printer.image(to_monochrome(image, threshold=threshold), impl="bitImageRaster")
    if cut:
        printer.cut()
    return bytes(printer.output)
