"""Sandbox PDF and PNG labels convert to ^GF ZPL whose preview still carries the barcodes."""

from __future__ import annotations

import pytest
import zxingcpp

from packstation.printing.raster import label_to_zpl, rasterize_label
from packstation.printing.zpl import count_labels, render_zpl
from packstation.sandbox.labels import pdf as sandbox_pdf
from packstation.sandbox.labels import png as sandbox_png
from tests.unit.printing.zpl.test_sandbox_labels import _facts

FACTS = [_facts(1, "JD0002212345678901"), _facts(2, "SBX123456789GB")]


@pytest.mark.parametrize("kind", ["pdf", "png"])
@pytest.mark.parametrize("dpi", [203, 300])
def test_sandbox_documents_become_zpl_with_decodable_barcodes(kind: str, dpi: int) -> None:
    render = sandbox_pdf.render if kind == "pdf" else sandbox_png.render
    document = render(FACTS, dpi)
    pages = rasterize_label(document, dpi=dpi, label_size="4x6")
    zpl = label_to_zpl(document, dpi=dpi, label_size="4x6", compression="rle")
    rendered = render_zpl(zpl, dpi=dpi)
    assert count_labels(zpl) == len(pages) == len(rendered.images)
    tracking_found = set()
    for page, image in zip(pages, rendered.images, strict=True):
        assert page.tobytes() == image.tobytes()
        tracking_found |= {
            r.text for r in zxingcpp.read_barcodes(image) if r.format.name == "Code128"
        }
    assert tracking_found == {fact.tracking_number for fact in FACTS}
