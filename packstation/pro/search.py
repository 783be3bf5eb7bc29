"""Search terms for Search Consignments and Get Consignment References (SPEC section 6.2.4-5).

PRO takes them as query parameters in camelCase; only the terms that are set are sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum


@dataclass(frozen=True)
class SearchTerms:
    """Criteria a consignment must match, all of them; unset terms are not sent."""

    reference: str | None = None
    reference_provided_by_customer: str | None = None
    tracking_reference: str | None = None
    state: str | Enum | None = None
    direction: str | Enum | None = None
    shipping_location_reference: str | None = None
    labels_printed: bool | None = None
    carrier_service: str | None = None
    post_code: str | None = None
    created_date_from: datetime | None = None
    created_date_to: datetime | None = None
    extra: dict[str, str] = field(default_factory=dict)
    """Any other documented term, already in PRO's spelling (for example ``packageNumber``)."""

    def to_params(self) -> dict[str, str]:
        """Return the query parameters, camelCase, values rendered as PRO expects them."""
        params: dict[str, str] = {}
        for spec in fields(self):
            if spec.name == "extra":
                continue
            value = getattr(self, spec.name)
            if value is not None:
                params[_camel(spec.name)] = _render(value)
        params.update(self.extra)
        return params


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _render(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)
