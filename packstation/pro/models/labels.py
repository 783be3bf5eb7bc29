"""Label and customs document responses (SPEC §6.5, §6.6)."""

from __future__ import annotations

from pydantic import Field

from packstation.pro.models.base import WireModel
from packstation.pro.models.common import KeyValuePair


class LabelFile(WireModel):
    """Get Labels response: ``File`` is base64 text (sometimes base64 twice, SPEC §6.5).

    Decoding and format sniffing are the client's job; this model keeps the text as received.
    """

    file: str | None = None
    content_type: str | None = None


class CustomsDocuments(WireModel):
    """Get Customs Documents response; each list may be absent, null or empty.

    Every entry is ``{Key: file name, Value: base64 PDF}``.
    """

    commercial_invoice_documents: list[KeyValuePair] | None = None
    cn22_documents: list[KeyValuePair] | None = Field(default=None, alias="CN22Documents")
    cn23_documents: list[KeyValuePair] | None = Field(default=None, alias="CN23Documents")
