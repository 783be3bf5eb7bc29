"""Decode Code 128 barcodes in label pictures with zxing-cpp, when it is installed.

zxing-cpp is a runtime dependency of the bench (a wheel without system libraries), but a station
may still run from an installation without it; :func:`zxing_decoder` then returns None and the
caller decides what an unreadable picture means.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL import Image

logger = logging.getLogger(__name__)

BarcodeDecoder = Callable[["Image.Image"], frozenset[str]]
"""Returns the texts of the Code 128 barcodes found in one picture."""


def zxing_decoder() -> BarcodeDecoder | None:
    """Return a Code 128 decoder backed by zxing-cpp, or None when zxing-cpp is not installed."""
    try:
        zxingcpp: Any = importlib.import_module("zxingcpp")
    except ImportError:
        logger.warning("zxing-cpp is not installed: barcodes on PDF and PNG labels cannot be read")
        return None

    def decode(image: Image.Image) -> frozenset[str]:
        results = zxingcpp.read_barcodes(
            image.convert("L"),
            formats=zxingcpp.BarcodeFormat.Code128,
            # Plain text: FNC1 separators as GS, like the ZPL reader reports them.
            text_mode=zxingcpp.TextMode.Plain,
        )
        return frozenset(result.text for result in results)

    return decode
