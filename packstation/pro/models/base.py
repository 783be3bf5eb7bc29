"""Conventions shared by every SortedPRO wire model.

PRO speaks PascalCase JSON produced by a .NET service. Every model here:

* maps snake_case attributes to PascalCase keys (``consignment_state`` <-> ``ConsignmentState``) and
  accepts either name on input;
* keeps fields it does not know (``extra="allow"``) so that nothing the API sends is dropped and a
  read-modify-write (Update Consignment is a whole-object replace) sends them back;
* reads money and weights as :class:`~decimal.Decimal` and writes them as JSON numbers;
* accepts datetimes with up to seven fractional digits, with or without an offset.

Serialise with :func:`to_wire`, which keeps exactly the keys that were set or received.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, PlainSerializer
from pydantic.alias_generators import to_pascal


def _decimal_to_json_number(value: Decimal) -> int | float:
    """Write a Decimal as a JSON number (PRO rejects numbers sent as strings)."""
    if value == value.to_integral_value() and abs(value) < 10**15:
        return int(value)
    return float(value)


WireDecimal = Annotated[
    Decimal, PlainSerializer(_decimal_to_json_number, return_type=Any, when_used="json")
]
"""A money amount, weight, rate or dimension: Decimal in Python, a number on the wire."""

WireDateTime = datetime
"""A datetime as PRO sends it: up to 7 fractional digits, offset optional (pydantic truncates)."""


class WireModel(BaseModel):
    """Base class of every PRO request and response model."""

    model_config = ConfigDict(
        alias_generator=to_pascal,
        populate_by_name=True,
        extra="allow",
        ser_json_timedelta="iso8601",
    )


def to_wire(model: BaseModel) -> dict[str, Any]:
    """Return the JSON-ready dict PRO expects: PascalCase keys, only fields that were set."""
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True)
