"""The document printer port, the label preview and the label printer factory."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from packstation.domain.labels import LabelFile, LabelLanguage, PrintState
from packstation.domain.ports import DocumentPrinter, NamedPdf
from packstation.printing.bench import (
    EscposLabelPrinter,
    FolderOrCupsDocumentPrinter,
    LabelPreviewer,
    PrinterSettingError,
    ZplLabelPrinter,
    build_label_printer,
    label_preview,
)
from packstation.printing.bench import preview as preview_module
from packstation.printing.documents import DocumentPrintError
from packstation.printing.raster import UnreadableLabelDocument
from packstation.printing.urls import PrinterUrlError
from tests.unit.printing.bench.samples import TRACKING, carrier_zpl, pdf_labels, png_labels

INVOICE = NamedPdf("commercial-invoice.pdf", pdf_labels(("INV1",)).data)


def _image(png: bytes) -> Image.Image:
    with Image.open(io.BytesIO(png)) as opened:
        assert opened.format == "PNG"
        return opened.convert("L")


def _code128(image: Image.Image) -> list[str]:
    results = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)
    return [result.text for result in results]


def test_documents_to_a_folder_are_sent_unconfirmed(tmp_path: Path) -> None:
    printer: DocumentPrinter = FolderOrCupsDocumentPrinter(f"file://{tmp_path}")
    report = printer.print_pdf(INVOICE)
    assert report.state is PrintState.SENT_UNCONFIRMED and report.printed == (0,)
    assert report.complete and "commercial-invoice.pdf" in report.message
    (written,) = tmp_path.glob("job-*.pdf")
    assert written.read_bytes() == INVOICE.data


def test_a_document_that_is_not_a_pdf_fails_with_its_name() -> None:
    printer = FolderOrCupsDocumentPrinter("file:///nonexistent-packstation-folder")
    report = printer.print_pdf(NamedPdf("cn23.pdf", b"not a pdf"))
    assert report.state is PrintState.FAILED and report.not_printed == (0,)
    assert report.message.startswith("cn23.pdf was not printed")


def test_a_cups_queue_that_refuses_is_a_failed_report() -> None:
    # With CUPS' client installed lp refuses the unknown queue; without it, lp is missing.
    printer = FolderOrCupsDocumentPrinter("cups://packstation-no-such-queue", timeout_s=10)
    report = printer.print_pdf(INVOICE)
    assert report.state is PrintState.FAILED and "was not printed" in report.message


def test_a_label_printer_address_is_no_document_printer() -> None:
    with pytest.raises(DocumentPrintError):
        FolderOrCupsDocumentPrinter("tcp://127.0.0.1:9100")


def test_zpl_preview_is_one_png_per_label_with_readable_barcodes() -> None:
    pictures = label_preview(carrier_zpl(), 203)
    assert len(pictures) == 3
    images = [_image(picture) for picture in pictures]
    assert {image.size for image in images} == {(812, 1218)}
    assert [_code128(image) for image in images] == [[number] for number in TRACKING]


def test_pdf_preview_renders_each_page_at_the_dpi() -> None:
    pictures = LabelPreviewer(dpi=150).preview(pdf_labels())
    images = [_image(picture) for picture in pictures]
    # pdfium rounds page sizes up, so a side may come out one dot larger.
    assert all(600 <= w <= 601 and 900 <= h <= 901 for w, h in (i.size for i in images))
    assert len(images) == 3
    assert [_code128(image) for image in images] == [[number] for number in TRACKING]


def test_a_preview_of_the_first_pages_renders_only_those() -> None:
    rendered: list[int] = []
    real_png = preview_module._png

    def counted(image: Image.Image) -> bytes:
        rendered.append(1)
        return real_png(image)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(preview_module, "_png", counted)
        first = LabelPreviewer(dpi=150).preview(pdf_labels(), pages=1)
    assert len(first) == 1 and len(rendered) == 1
    assert _code128(_image(first[0])) == [TRACKING[0]]
    assert len(label_preview(carrier_zpl(), 203, pages=2)) == 2
    with pytest.raises(ValueError):
        label_preview(pdf_labels(), pages=0)


def test_png_preview_is_the_file_as_received() -> None:
    labels = png_labels()
    assert label_preview(labels) == [labels.data]


def test_unreadable_pdf_preview_is_an_operator_error() -> None:
    with pytest.raises(UnreadableLabelDocument):
        label_preview(LabelFile(b"%PDF-1.4 garbage", LabelLanguage.PDF))


def test_factory_picks_the_adapter_by_language() -> None:
    zpl = build_label_printer("tcp://127.0.0.1:9100", language="ZPL", dpi=300)
    escpos = build_label_printer("usb://0416:5011", language="escpos", label_size="a6")
    assert isinstance(zpl, ZplLabelPrinter) and zpl.dpi == 300
    assert isinstance(escpos, EscposLabelPrinter) and escpos.language is LabelLanguage.PNG
    with pytest.raises(PrinterSettingError, match="epl"):
        build_label_printer("tcp://127.0.0.1:9100", language="epl")
    with pytest.raises(PrinterUrlError):
        build_label_printer("lpt1", language="zpl")
    with pytest.raises(ValueError):
        build_label_printer("tcp://127.0.0.1:9100", language="zpl", label_size="huge")
