"""PDF/PNG labels to 1-bit rasters and to ZPL ^GF, with the round trip through the preview."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from PIL import Image, ImageChops, ImageDraw
from reportlab.graphics.barcode import code128
from reportlab.lib.units import inch, mm
from reportlab.pdfgen import canvas

from packstation.errors import UserFacingError
from packstation.printing.raster import (
    LabelDoesNotFit,
    UnreadableLabelDocument,
    label_to_zpl,
    parse_label_size,
    rasterize_label,
)
from packstation.printing.zpl import count_labels, render_zpl, split_labels

TRACKING = "JJD0001234567890"


def _pdf(*pages: tuple[float, float], grey: float | None = None) -> bytes:
    """Build a label PDF, one page per (width, height) in points, with text and a Code 128."""
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer, pagesize=pages[0])
    for number, (width, height) in enumerate(pages, start=1):
        document.setPageSize((width, height))
        document.setFont("Helvetica-Bold", 18)
        document.drawString(0.3 * inch, height - 0.6 * inch, f"SHIP TO: Page {number}")
        symbol = code128.Code128(TRACKING, barWidth=0.02 * inch, barHeight=0.9 * inch)
        symbol.drawOn(document, 0.3 * inch, height / 2)
        if grey is not None:
            document.setFillGray(grey)
            document.rect(0.3 * inch, 0.3 * inch, 1 * inch, 0.5 * inch, stroke=0, fill=1)
        document.showPage()
    document.save()
    return buffer.getvalue()


PDF_4X6 = _pdf((4 * inch, 6 * inch))


def _same_pixels(first: Image.Image, second: Image.Image) -> bool:
    return first.size == second.size and (
        ImageChops.difference(first.convert("L"), second.convert("L")).getbbox() is None
    )


def _codes(image: Image.Image) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("compression", ["z64", "rle", "hex"])
def test_pdf_to_zpl_round_trip_gives_the_source_raster(dpi: int, compression: str) -> None:
    (source,) = rasterize_label(PDF_4X6, dpi=dpi, label_size="4x6")
    zpl = label_to_zpl(PDF_4X6, dpi=dpi, label_size="4x6", compression=compression)  # type: ignore[arg-type]
    rendered = render_zpl(zpl, dpi=dpi, width_in=4, height_in=6)
    assert rendered.warnings == [] and rendered.skipped_commands == []
    (image,) = rendered.images
    assert _same_pixels(image, source)
    assert _codes(image) == [TRACKING]


def test_raster_is_the_label_size_in_one_bit() -> None:
    (image,) = rasterize_label(PDF_4X6, dpi=203)
    assert image.mode == "1" and image.size == (812, 1218)
    (image,) = rasterize_label(PDF_4X6, dpi=300)
    assert image.size == (1200, 1800)


def test_zpl_has_one_graphic_format_per_page() -> None:
    zpl = label_to_zpl(_pdf((4 * inch, 6 * inch), (4 * inch, 6 * inch)), dpi=203)
    labels = split_labels(zpl)
    assert count_labels(zpl) == 2
    for label in labels:
        assert label.startswith(b"^XA^FO0,0^GFA,124236,124236,102,:Z64:")
        assert label.endswith(b"^FS^XZ")
    assert [_codes(image) for image in render_zpl(zpl).images] == [[TRACKING], [TRACKING]]


def test_grey_is_thresholded_without_dithering() -> None:
    (light,) = rasterize_label(_pdf((4 * inch, 6 * inch), grey=0.6), dpi=203)
    (dark,) = rasterize_label(_pdf((4 * inch, 6 * inch), grey=0.4), dpi=203)
    inside = (int(0.5 * 203), 1218 - int(0.5 * 203))
    patch = (inside[0] - 20, inside[1] - 20, inside[0] + 20, inside[1] + 20)
    assert light.crop(patch).getextrema() == (255, 255)
    assert dark.crop(patch).getextrema() == (0, 0)


def test_matching_aspect_is_scaled_to_the_label() -> None:
    (image,) = rasterize_label(PDF_4X6, dpi=203, label_size="100x150mm")
    assert image.size == (799, 1199)
    assert _codes(image) == [TRACKING]


def test_smaller_content_sits_top_left_on_a_longer_label() -> None:
    (image,) = rasterize_label(PDF_4X6, dpi=203, label_size="4x8")
    assert image.size == (812, 1624)
    box = ImageChops.invert(image.convert("L")).getbbox()
    assert box is not None and box[3] < 1218
    (source,) = rasterize_label(PDF_4X6, dpi=203, label_size="4x6")
    assert _same_pixels(image.crop((0, 0, 812, 1218)), source)


def test_landscape_pdf_is_turned_for_a_portrait_label() -> None:
    (image,) = rasterize_label(_pdf((6 * inch, 4 * inch)), dpi=203)
    assert image.size == (812, 1218)
    assert _codes(image) == [TRACKING]


@pytest.mark.parametrize(
    ("page", "label"),
    [
        ((105 * mm, 148 * mm), "4x6"),  # A6 is wider than 4 in and not the same shape
        ((4 * inch, 8 * inch), "4x6"),
        ((8.27 * inch, 11.69 * inch), "4x8"),
    ],
)
def test_content_that_does_not_fit_is_an_error_before_any_output(
    page: tuple[float, float], label: str
) -> None:
    document = _pdf((4 * inch, 6 * inch), page)
    with pytest.raises(LabelDoesNotFit) as caught:
        label_to_zpl(document, dpi=203, label_size=label)
    assert isinstance(caught.value, UserFacingError)
    assert "Page 2" in caught.value.message and "does not fit" in caught.value.message


def test_small_overhang_is_accepted_only_when_blank() -> None:
    blank_margin = _pdf((4 * inch + 2, 6 * inch))
    (image,) = rasterize_label(blank_margin, dpi=203)
    assert image.size == (812, 1218)
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer, pagesize=(4 * inch + 2, 6 * inch))
    document.rect(4 * inch - 4, 100, 6, 100, stroke=0, fill=1)
    document.save()
    with pytest.raises(LabelDoesNotFit):
        rasterize_label(buffer.getvalue(), dpi=203)


def _png(image: Image.Image, dpi: int | None = None) -> bytes:
    buffer = io.BytesIO()
    if dpi is None:
        image.save(buffer, format="PNG")
    else:
        image.save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def test_png_at_printer_dpi_is_used_dot_for_dot() -> None:
    (source,) = rasterize_label(PDF_4X6, dpi=203)
    (image,) = rasterize_label(_png(source.convert("L")), dpi=203)
    assert _same_pixels(image, source)


def test_png_at_another_dpi_is_resampled_to_the_printer() -> None:
    (at_300,) = rasterize_label(PDF_4X6, dpi=300)
    (image,) = rasterize_label(_png(at_300.convert("L"), dpi=300), dpi=203)
    assert image.size == (812, 1218)
    assert _codes(image) == [TRACKING]


def test_transparent_png_gets_a_white_background() -> None:
    image = Image.new("RGBA", (812, 1218), (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle((10, 10, 100, 100), fill=(0, 0, 0, 255))
    (raster,) = rasterize_label(_png(image), dpi=203)
    assert ImageChops.invert(raster.convert("L")).getbbox() == (10, 10, 101, 101)


def test_oversized_png_does_not_fit() -> None:
    with pytest.raises(LabelDoesNotFit):
        rasterize_label(_png(Image.new("L", (1000, 1218), 255)), dpi=203)


@pytest.mark.parametrize("data", [b"", b"hello", b"%PDF-1.7 broken", b"\x89PNG\r\n\x1a\nbroken"])
def test_unreadable_documents_are_user_facing_errors(data: bytes) -> None:
    with pytest.raises(UnreadableLabelDocument):
        label_to_zpl(data, dpi=203)


@pytest.mark.parametrize(
    ("text", "size_mm"),
    [
        ("4x6", (101.6, 152.4)),
        ("4X8 in", (101.6, 203.2)),
        ("A6", (105.0, 148.0)),
        ("100x150mm", (100.0, 150.0)),
        ("2x1", (50.8, 25.4)),
        ("62 x 29 mm", (62.0, 29.0)),
    ],
)
def test_label_sizes_are_parsed(text: str, size_mm: tuple[float, float]) -> None:
    size = parse_label_size(text)
    assert (size.width_mm, size.height_mm) == pytest.approx(size_mm)


@pytest.mark.parametrize("text", ["", "big", "4x", "0x6", "4x6cm"])
def test_bad_label_sizes_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_label_size(text)


def test_png_with_labels_stacked_top_to_bottom_gives_one_page_each() -> None:
    (first,) = rasterize_label(_pdf((4 * inch, 6 * inch)), dpi=203)
    second = Image.new("L", (812, 1218), 255)
    ImageDraw.Draw(second).rectangle((100, 100, 300, 300), fill=0)
    stacked = Image.new("L", (812, 2436), 255)
    stacked.paste(first.convert("L"), (0, 0))
    stacked.paste(second, (0, 1218))
    pages = rasterize_label(_png(stacked), dpi=203)
    assert len(pages) == 2
    assert _same_pixels(pages[0], first)
    assert ImageChops.invert(pages[1].convert("L")).getbbox() == (100, 100, 301, 301)
    assert count_labels(label_to_zpl(_png(stacked), dpi=203)) == 2


def test_tall_png_that_is_not_a_stack_of_labels_does_not_fit() -> None:
    with pytest.raises(LabelDoesNotFit):
        rasterize_label(_png(Image.new("L", (812, 1900), 255)), dpi=203)


def test_pdf_page_rotated_by_its_rotate_entry_comes_out_portrait() -> None:
    import pypdfium2

    document = pypdfium2.PdfDocument(PDF_4X6)
    document[0].set_rotation(90)
    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    (image,) = rasterize_label(buffer.getvalue(), dpi=203)
    assert image.size == (812, 1218)
    assert _codes(image) == [TRACKING]
