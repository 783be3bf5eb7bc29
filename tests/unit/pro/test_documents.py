"""Label and document decoding: single or double base64, format sniffed from the bytes."""

from __future__ import annotations

import base64

import pytest

from packstation.pro.documents import (
    DocumentFormat,
    decode_document,
    document_from_bytes,
    sniff_format,
)
from packstation.pro.errors import ProResponseError

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(20)
ZPL = b"^XA^FO50,50^A0N,40,40^FDHello^FS^XZ"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (PDF, DocumentFormat.PDF),
        (PNG, DocumentFormat.PNG),
        (ZPL, DocumentFormat.ZPL),
        (b"\r\n  ^XA^XZ", DocumentFormat.ZPL),
        (b"~JA^XA^FDx^FS^XZ", DocumentFormat.ZPL),
        (b"GIF89a", None),
        (b"", None),
    ],
)
def test_sniffing(data: bytes, expected: DocumentFormat | None) -> None:
    assert sniff_format(data) is expected


@pytest.mark.parametrize("data", [PDF, PNG, ZPL])
def test_single_base64_is_decoded_once(data: bytes) -> None:
    document = decode_document(b64(data), content_type="application/pdf")
    assert document.data == data
    assert document.content_type == "application/pdf"


@pytest.mark.parametrize("data", [PDF, PNG, ZPL])
def test_double_base64_as_in_the_documentation_is_decoded_twice(data: bytes) -> None:
    document = decode_document(b64(b64(data).encode("ascii")))
    assert document.data == data
    assert document.format is sniff_format(data)


def test_line_breaks_inside_base64_are_tolerated() -> None:
    text = b64(PDF)
    wrapped = "\n".join(text[i : i + 8] for i in range(0, len(text), 8))
    assert decode_document(wrapped).data == PDF


@pytest.mark.parametrize("text", ["(document data)", "SlZCRVJp ... PQ==", "é"])
def test_text_that_is_not_base64_is_a_clear_error(text: str) -> None:
    with pytest.raises(ProResponseError, match="not valid base64"):
        decode_document(text, what="customs document")


def test_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(ProResponseError, match="format this station cannot use"):
        decode_document(b64(b"GIF89a....."))


def test_raw_bytes_are_checked_too() -> None:
    assert document_from_bytes(PDF, content_type=None, what="invoice").format is DocumentFormat.PDF
    with pytest.raises(ProResponseError):
        document_from_bytes(b"<html>", content_type="text/html", what="invoice")
