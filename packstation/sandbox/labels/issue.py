"""Issuing labels for a consignment: state checks, rendering, and the LabelsPrinted flags."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from packstation.sandbox.apierrors import not_found, refused
from packstation.sandbox.clock import wire_datetime
from packstation.sandbox.labels.content import label_facts
from packstation.sandbox.labels.render import render_file
from packstation.sandbox.states import Action, require


def issue_labels(
    document: dict[str, Any],
    format_name: str,
    dpi: int,
    now: datetime,
    package_reference: str | None = None,
) -> tuple[bytes, str]:
    """Render the labels (all packages, or one) and mark the consignment's labels printed.

    The caller stores the changed document.
    """
    require(document["Reference"], document["ConsignmentState"], Action.PRINT_LABELS)
    if document.get("Allocation") is None:
        raise refused("NotAllocated", f"Consignment {document['Reference']} has no allocation")
    facts = label_facts(document)
    if package_reference is not None:
        facts = [f for f in facts if f.package_reference == package_reference]
        if not facts:
            raise not_found("Package", package_reference)
    data, content_type = render_file(facts, format_name, dpi)
    document["LabelsPrinted"] = True
    document["LabelCount"] = len(document["Packages"])
    document["DateLabelsWereFirstPrinted"] = document.get("DateLabelsWereFirstPrinted") or (
        wire_datetime(now)
    )
    return data, content_type
