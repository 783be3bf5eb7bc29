"""Label and document bytes as PRO sends them: base64 in JSON, format sniffed from the bytes.

SPEC section 6.5: ``File`` is base64; the documentation's own samples are base64 of base64 text,
while the SDK decodes once. Both are accepted: decode once, and if the result is itself base64 of
a known format, decode again. The ``ContentType`` PRO sends is not trusted; the magic bytes are.
"""

from __future__ import annotations

import base64
import binascii
import enum
import re
from dataclasses import dataclass

from packstation.pro.errors import ProResponseError

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_BASE64_TEXT = re.compile(rb"^[A-Za-z0-9+/\s]+={0,2}\s*$")


class DocumentFormat(enum.Enum):
    """What a label or document file is, judged by its content."""

    PDF = "PDF"
    PNG = "PNG"
    ZPL = "ZPL"


@dataclass(frozen=True)
class Document:
    """Decoded label or document bytes with their detected format."""

    data: bytes
    format: DocumentFormat
    content_type: str | None = None

    @property
    def size_bytes(self) -> int:
        """Length of the decoded file."""
        return len(self.data)


@dataclass(frozen=True)
class NamedDocument:
    """A document with the file name PRO gave it."""

    name: str
    document: Document


@dataclass(frozen=True)
class CustomsDocumentSet:
    """Decoded customs paperwork of one consignment (SPEC section 6.6)."""

    commercial_invoices: list[NamedDocument]
    cn22: list[NamedDocument]
    cn23: list[NamedDocument]

    @property
    def all(self) -> list[NamedDocument]:
        """Every document, invoices first, in the order they should be printed."""
        return [*self.commercial_invoices, *self.cn22, *self.cn23]


def sniff_format(data: bytes) -> DocumentFormat | None:
    """Return the format of ``data`` from its first bytes, or ``None`` when unknown."""
    if data.startswith(b"%PDF"):
        return DocumentFormat.PDF
    if data.startswith(_PNG_SIGNATURE):
        return DocumentFormat.PNG
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"^XA", b"^xa", b"~", b"^")) and b"^XA" in data[:4096].upper():
        return DocumentFormat.ZPL
    return None


def _b64decode(text: str | bytes) -> bytes:
    raw = text.encode("ascii", "strict") if isinstance(text, str) else text
    compact = b"".join(raw.split())
    return base64.b64decode(compact, validate=True)


def decode_document(
    encoded: str, *, content_type: str | None = None, what: str = "label"
) -> Document:
    """Decode a base64 ``File`` value into a :class:`Document`.

    Raises :class:`ProResponseError` when the text is not base64 or the content is not PDF, PNG
    or ZPL, once or twice encoded.
    """
    try:
        once = _b64decode(encoded)
    except (binascii.Error, ValueError, UnicodeEncodeError) as error:
        raise ProResponseError(f"SortedPRO sent a {what} that is not valid base64 data.") from error
    found = sniff_format(once)
    if found is not None:
        return _whole(Document(once, found, content_type), what)
    if _BASE64_TEXT.match(once):
        try:
            twice = _b64decode(once)
        except (binascii.Error, ValueError):
            twice = b""
        found = sniff_format(twice)
        if found is not None:
            return _whole(Document(twice, found, content_type), what)
    raise ProResponseError(
        f"SortedPRO sent a {what} in a format this station cannot use (not PDF, PNG or ZPL)."
    )


def document_from_bytes(data: bytes, *, content_type: str | None, what: str) -> Document:
    """Wrap raw (not base64) document bytes, checking their format."""
    found = sniff_format(data)
    if found is None:
        raise ProResponseError(
            f"SortedPRO sent a {what} in a format this station cannot use (not PDF, PNG or ZPL)."
        )
    return _whole(Document(data, found, content_type), what)


def _whole(document: Document, what: str) -> Document:
    """Return ``document`` unless it is ZPL cut short: its last label must end (``^XZ``).

    A truncated label would print half an address or half a barcode; PDF and PNG are judged by
    the pre-print check, which renders them.
    """
    if document.format is DocumentFormat.ZPL:
        upper = document.data.upper()
        if upper.rfind(b"^XZ") < upper.rfind(b"^XA"):
            raise ProResponseError(
                f"SortedPRO sent a {what} that is cut short (its last ZPL label has no end)."
            )
    return document
