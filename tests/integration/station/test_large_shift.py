"""A shift of 1,000 packs closed: real journal, real PDFs, pages counted and barcodes decoded."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from packstation.domain.shipment import ShipmentState
from packstation.reports import ReportlabShiftDocuments
from packstation.services.close_shift import ShiftCloser
from tests.integration.journal.test_engine_port import RealJournalBench

PACKS = 1000


def _page_codes(pdf: pdfium.PdfDocument, index: int) -> set[str]:
    bitmap = pdf[index].render(scale=200 / 72).to_pil()
    page = Image.new("RGB", bitmap.size, "white")
    page.paste(bitmap.convert("RGBA"), mask=bitmap.convert("RGBA"))
    return {result.text for result in zxingcpp.read_barcodes(page)}


@pytest.mark.slow
def test_a_thousand_pack_shift_closes_with_a_readable_driver_sheet(tmp_path: Path) -> None:
    bench = RealJournalBench(tmp_path / "journal.sqlite3")
    try:
        references = [bench.pro.add(ShipmentState.ALLOCATED) for _ in range(PACKS)]
        for reference in references:
            bench.engine.scan(reference)
        closer = ShiftCloser(
            api=bench.pro,
            journal=bench.journal,
            documents=ReportlabShiftDocuments(),
            clock=bench.clock,
            location="LOC-1",
        )
        result = closer.manifest(closer.plan())
        assert len(result.manifested) == PACKS and result.failed == ()
        assert bench.pro.count("manifest") == PACKS // 50

        sheets = pdfium.PdfDocument(result.driver_sheets_pdf)
        assert len(sheets) > PACKS // 20, "a thousand rows run over many pages"
        found: set[str] = set()
        for index in (0, len(sheets) // 2, len(sheets) - 2):
            found |= _page_codes(sheets, index)
        assert found and found <= set(references) | {
            number for r in references for number in bench.pro.records[r].tracking
        }
        report = pdfium.PdfDocument(result.shift_report_pdf)
        text = report[0].get_textpage().get_text_range()
        assert str(PACKS) in text
        assert bench.raw.check_consistency() == []
    finally:
        bench.raw.close()
