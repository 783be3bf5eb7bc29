"""The pre-print check's eyes: how many labels a file holds and which barcodes each carries.

- **ZPL**: one label per ``^XA … ^XZ`` format; the Code 128 data is read from the commands
  (``^FH`` escapes and ``>`` invocation codes resolved), so the check works without rendering and
  without a barcode decoder.
- **PDF and PNG**: the pages are rasterised exactly as a thermal printer at the bench's dpi and
  label size would print them (a stacked PNG is cut into its labels, a page that does not fit is
  refused here already), and the Code 128 barcodes in those pictures are decoded with zxing-cpp.

Without zxing-cpp (an installation that lacks it) PDF and PNG labels are still counted, but each
reports an empty barcode set: :func:`packstation.domain.labels.label_problems` then reports every
label as carrying no tracking number whenever the shipment's tracking numbers are known, so the
engine refuses to print rather than print labels nobody checked. :attr:`can_read_images` tells
the composition root so that it can warn at start-up; zxing-cpp is a runtime dependency, so this
only happens in a broken installation.
"""

from __future__ import annotations

import threading

from packstation.domain.labels import LabelFile, LabelInspection, LabelLanguage
from packstation.printing.bench.decoding import BarcodeDecoder, zxing_decoder
from packstation.printing.bench.pages import as_label_size, label_images, pdf_page_count
from packstation.printing.bench.zpl_barcodes import code128_data
from packstation.printing.raster import LabelSize
from packstation.printing.zpl import split_labels

DEFAULT_DPI = 203


class LabelFileInspector:
    """Reads label files for the pre-print check; see the module docstring.

    ``dpi`` and ``label_size`` are the label printer's, so that PDF and PNG labels are judged as
    they will print. ``decoder`` replaces zxing-cpp (tests); ``use_zxing=False`` with no decoder
    behaves like an installation without zxing-cpp.
    """

    def __init__(
        self,
        *,
        dpi: int = DEFAULT_DPI,
        label_size: LabelSize | str = "4x6",
        decoder: BarcodeDecoder | None = None,
        use_zxing: bool = True,
    ) -> None:
        if dpi <= 0:
            raise ValueError("dpi must be positive")
        self.dpi = dpi
        self.label_size = as_label_size(label_size)
        self._decoder = decoder
        self._look_for_zxing = decoder is None and use_zxing
        self._lock = threading.Lock()

    @property
    def can_read_images(self) -> bool:
        """Whether barcodes on PDF and PNG labels can be read (ZPL never needs a decoder)."""
        return self._image_decoder() is not None

    def inspect(self, labels: LabelFile) -> LabelInspection:
        """Return the labels of ``labels`` with the Code 128 data found on each."""
        if labels.language is LabelLanguage.ZPL:
            return LabelInspection(
                tuple(frozenset(code128_data(label)) for label in split_labels(labels.data))
            )
        decoder = self._image_decoder()
        if decoder is None:
            return LabelInspection((frozenset(),) * self._page_count(labels))
        images = label_images(labels, dpi=self.dpi, label_size=self.label_size)
        return LabelInspection(tuple(decoder(image) for image in images))

    def _page_count(self, labels: LabelFile) -> int:
        if labels.language is LabelLanguage.PDF:
            return pdf_page_count(labels.data)
        # A PNG may hold several labels stacked; cut it the way the printer will.
        from packstation.printing.raster.rasterize import rasterize_label

        return len(rasterize_label(labels.data, dpi=self.dpi, label_size=self.label_size))

    def _image_decoder(self) -> BarcodeDecoder | None:
        with self._lock:
            if self._look_for_zxing:
                self._decoder = zxing_decoder()
                self._look_for_zxing = False
            return self._decoder
