"""Turn PDF or PNG label documents into 1-bit images at a printer's dpi, sized to the label.

Fit rules (decided here, applied before anything is produced):

* Landscape content for a portrait label (or the reverse) is turned 90° clockwise first.
* Content no larger than the label, allowing ``OVERHANG_TOLERANCE_MM`` on each side, is drawn
  at its true size, top-left aligned; the overhang is cut only when it holds no black dot.
* A PNG whose height is a whole multiple of the label length (and whose width fits) holds that
  many labels stacked top to bottom; it is cut into one page per label.
* Larger content is scaled down to the label only when its aspect ratio matches the label's
  within ``ASPECT_TOLERANCE`` (for example a 4x6 in PDF on a 100x150 mm label, or a 300 dpi
  4x6 PNG for a 203 dpi printer). Anything else raises :class:`LabelDoesNotFit`.

Rendering uses pypdfium2 on a white background; every pixel darker than 128 becomes a black dot,
with no dithering, so barcodes keep clean edges. A PNG without a dpi note is taken to be at the
printer's dpi already.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from PIL import Image, ImageChops, UnidentifiedImageError

from packstation.printing.raster.errors import LabelDoesNotFit, UnreadableLabelDocument
from packstation.printing.raster.sizes import MM_PER_INCH, LabelSize, parse_label_size

OVERHANG_TOLERANCE_MM = 1.0
ASPECT_TOLERANCE = 0.02
THRESHOLD = 128
_PDF_MAGIC = b"%PDF-"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class FitPlan:
    """How one page goes onto the label: a quarter turn (clockwise) and a scale factor."""

    turn: bool
    scale: float


def rasterize_label(
    document: bytes, *, dpi: int, label_size: LabelSize | str = "4x6"
) -> list[Image.Image]:
    """Return one mode ``1`` image (white background) per page, each exactly the label's size.

    Raises :class:`LabelDoesNotFit` if any page does not fit (no image is returned then) and
    :class:`UnreadableLabelDocument` for data that is not a readable PDF or PNG.
    """
    label = parse_label_size(label_size) if isinstance(label_size, str) else label_size
    if dpi <= 0:
        raise ValueError("dpi must be positive")
    if document.startswith(_PDF_MAGIC):
        return _pdf_pages(document, dpi, label)
    if document.startswith(_PNG_MAGIC):
        return _png_pages(document, dpi, label)
    raise UnreadableLabelDocument("The label is neither a PDF nor a PNG document.")


def plan_fit(width_mm: float, height_mm: float, label: LabelSize, page: int = 1) -> FitPlan:
    """Decide turn and scale for content of the given size, or raise :class:`LabelDoesNotFit`."""
    label_portrait = label.width_mm <= label.height_mm
    turn = abs(width_mm - height_mm) > OVERHANG_TOLERANCE_MM and (
        (width_mm > height_mm) == label_portrait
    )
    if turn:
        width_mm, height_mm = height_mm, width_mm
    limit_w = label.width_mm + OVERHANG_TOLERANCE_MM
    limit_h = label.height_mm + OVERHANG_TOLERANCE_MM
    if width_mm <= limit_w and height_mm <= limit_h:
        return FitPlan(turn, 1.0)
    content_ratio = width_mm / height_mm
    label_ratio = label.width_mm / label.height_mm
    if abs(content_ratio / label_ratio - 1) <= ASPECT_TOLERANCE:
        return FitPlan(turn, min(label.width_mm / width_mm, label.height_mm / height_mm))
    raise LabelDoesNotFit(
        f"Page {page} of the label is {width_mm:.0f} x {height_mm:.0f} mm and does not fit the "
        f"configured {label}. Change the label size of this printer or ask for the label in "
        f"the matching size; it was not printed, to avoid a clipped label."
    )


def _pdf_pages(document: bytes, dpi: int, label: LabelSize) -> list[Image.Image]:
    """Render every PDF page; all pages are checked for fit before the first is drawn."""
    import pypdfium2  # PDFium loads with the first PDF label, not when the station starts

    try:
        pdf = pypdfium2.PdfDocument(document)
    except pypdfium2.PdfiumError as error:
        raise UnreadableLabelDocument(f"The label PDF cannot be read ({error}).") from error
    try:
        plans = []
        for index in range(len(pdf)):
            width_pt, height_pt = pdf[index].get_size()
            plans.append(
                plan_fit(
                    width_pt / 72 * MM_PER_INCH, height_pt / 72 * MM_PER_INCH, label, index + 1
                )
            )
        images = []
        for index, plan in enumerate(plans):
            bitmap = pdf[index].render(
                scale=dpi / 72 * plan.scale,
                rotation=90 if plan.turn else 0,
                grayscale=True,
                fill_color=(255, 255, 255, 255),
            )
            images.append(_on_label(bitmap.to_pil().convert("L"), dpi, label, index + 1))
    finally:
        pdf.close()
    return images


def _png_pages(document: bytes, dpi: int, label: LabelSize) -> list[Image.Image]:
    """Read a PNG holding one label, or several stacked top to bottom, and place each."""
    image, source_dpi = _read_png(document, dpi)
    count = _stacked_count(
        image.width / source_dpi * MM_PER_INCH, image.height / source_dpi * MM_PER_INCH, label
    )
    slices = [
        image.crop(
            (0, round(i * image.height / count), image.width, round((i + 1) * image.height / count))
        )
        for i in range(count)
    ]
    plans = [
        _png_plan(part, source_dpi, label, number) for number, part in enumerate(slices, start=1)
    ]
    return [
        _png_on_label(part, source_dpi, dpi, label, plan, number)
        for number, (part, plan) in enumerate(zip(slices, plans, strict=True), start=1)
    ]


def _stacked_count(width_mm: float, height_mm: float, label: LabelSize) -> int:
    """How many labels a tall image holds: a whole multiple of the label length, else 1."""
    count = round(height_mm / label.height_mm)
    fits_across = width_mm <= label.width_mm + OVERHANG_TOLERANCE_MM
    if (
        count >= 2
        and fits_across
        and abs(height_mm - count * label.height_mm) <= count * OVERHANG_TOLERANCE_MM
    ):
        return count
    return 1


def _png_plan(part: Image.Image, source_dpi: float, label: LabelSize, number: int) -> FitPlan:
    """Fit decision for one PNG label of ``part``'s size at ``source_dpi``."""
    return plan_fit(
        part.width / source_dpi * MM_PER_INCH, part.height / source_dpi * MM_PER_INCH, label, number
    )


def _read_png(document: bytes, fallback_dpi: int) -> tuple[Image.Image, float]:
    """Decode a PNG and return it with its dpi."""
    try:
        with Image.open(io.BytesIO(document)) as opened:
            opened.load()
            image = opened.copy()
            source_dpi = _image_dpi(opened, fallback_dpi)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise UnreadableLabelDocument(f"The label PNG cannot be read ({error}).") from error
    return image, source_dpi


def _png_on_label(
    image: Image.Image, source_dpi: float, dpi: int, label: LabelSize, plan: FitPlan, page: int
) -> Image.Image:
    """Turn, resample to the printer's dpi and place one PNG label."""
    gray = _flatten(image)
    if plan.turn:
        gray = gray.transpose(Image.Transpose.ROTATE_270)
    factor = dpi / source_dpi * plan.scale
    if not math.isclose(factor, 1.0, abs_tol=1e-6):
        size = (max(1, round(gray.width * factor)), max(1, round(gray.height * factor)))
        gray = gray.resize(size, Image.Resampling.LANCZOS)
    return _on_label(gray, dpi, label, page)


def _image_dpi(image: Image.Image, fallback: int) -> float:
    """Return the dpi noted in the image, or the printer's dpi when it is absent or implausible."""
    noted = image.info.get("dpi")
    if isinstance(noted, tuple) and noted and isinstance(noted[0], int | float) and noted[0] >= 50:
        return float(noted[0])
    return float(fallback)


def _flatten(image: Image.Image) -> Image.Image:
    """Grey image with transparency composited on white."""
    rgba = image.convert("RGBA")
    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(white, rgba).convert("L")


def _on_label(gray: Image.Image, dpi: int, label: LabelSize, page: int) -> Image.Image:
    """Threshold without dithering and place top-left on a white label-sized image."""
    ink = gray.point(lambda value: 255 if value < THRESHOLD else 0, mode="1")
    width, height = label.dots(dpi)
    right_strip = ink.crop((min(width, ink.width), 0, ink.width, ink.height))
    bottom_strip = ink.crop((0, min(height, ink.height), ink.width, ink.height))
    if right_strip.getbbox() is not None or bottom_strip.getbbox() is not None:
        raise LabelDoesNotFit(
            f"Page {page} of the label has content beyond the edge of the configured {label}; "
            "it was not printed, to avoid a clipped label."
        )
    canvas = Image.new("1", (width, height), 0)
    canvas.paste(ink.crop((0, 0, min(width, ink.width), min(height, ink.height))), (0, 0))
    return ImageChops.invert(canvas)
