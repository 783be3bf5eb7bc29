"""Audit messages of a consignment (``GET /consignments/{ref}/audit``, SDK only, SPEC §6.2.14).

Useful to show the operator why an allocation or manifest failed.
"""

from __future__ import annotations

from typing import Any

from packstation.pro.models.base import WireDateTime, WireModel


class AuditMessage(WireModel):
    """One audit entry; ``Severity`` None…Critical, ``Category`` e.g. ``ConsignmentLifecycle``."""

    id: Any = None
    timestamp: WireDateTime | None = None
    consignment_reference: str | None = None
    message: str | None = None
    severity: str | None = None
    category: str | None = None
    username: str | None = None
    additional_data: Any = None
    details: Any = None
