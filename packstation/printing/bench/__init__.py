"""The engine's printing ports, implemented over the printing package.

- :class:`ZplLabelPrinter` and :class:`EscposLabelPrinter`: ``LabelPrinter``;
  :func:`build_label_printer` picks one by the configured language.
- :class:`LabelFileInspector`: ``LabelInspector`` (label count and Code 128 data per label).
- :class:`FolderOrCupsDocumentPrinter`: ``DocumentPrinter``.
- :func:`label_preview` and :class:`LabelPreviewer`: PNG pictures of labels for the screen.

Only ``packstation.domain`` is imported from outside the printing package; no Qt.

The ESC/POS printer and the previews load on first use of their names: a ZPL bench starts
without python-escpos, PDFium or the ZPL renderer.
"""

from typing import TYPE_CHECKING

from packstation.printing.bench.documents import FolderOrCupsDocumentPrinter
from packstation.printing.bench.factory import (
    PRINTER_LANGUAGES,
    PrinterSettingError,
    build_label_printer,
)
from packstation.printing.bench.inspector import LabelFileInspector
from packstation.printing.bench.zpl_label_printer import ZplLabelPrinter
from packstation.printing.lazy import lazy_names

if TYPE_CHECKING:
    from packstation.printing.bench.escpos_label_printer import EscposLabelPrinter
    from packstation.printing.bench.preview import LabelPreviewer, label_preview

_LAZY = {
    "EscposLabelPrinter": "packstation.printing.bench.escpos_label_printer",
    "LabelPreviewer": "packstation.printing.bench.preview",
    "label_preview": "packstation.printing.bench.preview",
}

__all__ = [
    "PRINTER_LANGUAGES",
    "EscposLabelPrinter",
    "FolderOrCupsDocumentPrinter",
    "LabelFileInspector",
    "LabelPreviewer",
    "PrinterSettingError",
    "ZplLabelPrinter",
    "build_label_printer",
    "label_preview",
]


__getattr__ = lazy_names(__name__, globals(), _LAZY)
