"""Label files in the formats PRO offers, and their MIME types."""

from __future__ import annotations

from collections.abc import Callable

from packstation.sandbox.apierrors import FieldProblem, invalid
from packstation.sandbox.labels import pdf, png, zpl
from packstation.sandbox.labels.content import LabelFacts

DEFAULT_DPI = 203
SUPPORTED_DPI = (203, 300)

RENDERERS: dict[str, tuple[Callable[[list[LabelFacts], int], bytes], str]] = {
    "PDF": (pdf.render, "application/pdf"),
    "PNG": (png.render, "image/png"),
    "ZPL": (zpl.render, "application/zpl"),
    "ZPLII": (zpl.render, "application/zpl"),
}


def label_format(text: str | None) -> str:
    """Return the canonical format name for a path segment (``pdf`` → ``PDF``), or raise 400."""
    name = (text or "PDF").upper()
    if name not in RENDERERS:
        raise invalid([FieldProblem("labelFormat", f"Unsupported label format {text}")])
    return name


def resolution(text: str | None, format_name: str) -> int:
    """Return the dpi of a resolution path segment (PNG is not offered at a chosen dpi)."""
    if text is None:
        return DEFAULT_DPI
    if format_name == "PNG":
        raise invalid([FieldProblem("resolution", "PNG labels are not available by resolution")])
    if not text.isdigit() or int(text) not in SUPPORTED_DPI:
        raise invalid([FieldProblem("resolution", f"Resolution must be one of {SUPPORTED_DPI}")])
    return int(text)


def render_file(labels: list[LabelFacts], format_name: str, dpi: int) -> tuple[bytes, str]:
    """Return the label file bytes and MIME type."""
    renderer, content_type = RENDERERS[format_name]
    return renderer(labels, dpi), content_type
