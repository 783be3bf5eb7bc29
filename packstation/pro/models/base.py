"""Conventions shared by every SortedPRO wire model.

PRO speaks PascalCase JSON produced by a .NET service. Every model here:

* maps snake_case attributes to PascalCase keys (``consignment_state`` <-> ``ConsignmentState``) and
  accepts either name on input;
* keeps fields it does not know (``extra="allow"``) so that nothing the API sends is dropped and a
  read-modify-write (Update Consignment is a whole-object replace) sends them back;
* reads money and weights as :class:`~decimal.Decimal` and writes them as JSON numbers;
* accepts datetimes with up to seven fractional digits, with or without an offset;
* accepts the documented spelling variants of a key (``MetaData``/``Metadata``,
  ``TaxRate``/``VatRate``) through :func:`either_key` and writes back the spelling received;
* builds its validator and serializer on first use, not when the module is imported (building
  the hundred-odd models up front was a large share of the window's start-up);
  :func:`build_wire_models` builds them all ahead of use, from a background thread.

Serialise with :func:`to_wire`, which keeps exactly the keys that were set or received.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Self

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PlainSerializer,
    PrivateAttr,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)
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


def either_key(canonical: str, *variants: str) -> Any:
    """Declare an optional field that PRO spells ``canonical`` or one of ``variants``.

    The key actually received is remembered per instance and used again when the model is written,
    so a read-modify-write keeps PRO's own spelling; a model built in Python writes ``canonical``.
    """
    return Field(
        default=None,
        validation_alias=AliasChoices(canonical, *variants),
        serialization_alias=canonical,
    )


_VARIANTS_CACHE: dict[type[BaseModel], dict[str, tuple[str, ...]]] = {}


def _key_variants(model_type: type[BaseModel]) -> dict[str, tuple[str, ...]]:
    """Map each canonical key declared with :func:`either_key` to its accepted spellings."""
    cached = _VARIANTS_CACHE.get(model_type)
    if cached is None:
        cached = {}
        for field in model_type.model_fields.values():
            choices = field.validation_alias
            if isinstance(choices, AliasChoices) and isinstance(field.serialization_alias, str):
                spellings = tuple(c for c in choices.choices if isinstance(c, str))
                cached[field.serialization_alias] = spellings
        _VARIANTS_CACHE[model_type] = cached
    return cached


class WireModel(BaseModel):
    """Base class of every PRO request and response model."""

    model_config = ConfigDict(
        alias_generator=to_pascal,
        populate_by_name=True,
        extra="allow",
        ser_json_timedelta="iso8601",
        # pydantic 2.14 and later rebuild a deferred model under a lock, so a model first used
        # from two threads at once is built once and never half-built (pyproject's floor).
        defer_build=True,
    )

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Refuse a model with an :func:`either_key` field that would forget the spelling."""
        super().__pydantic_init_subclass__(**kwargs)
        if _key_variants(cls) and not issubclass(cls, SpellingKeepingModel):
            raise TypeError(
                f"{cls.__name__} has keys PRO spells several ways: derive it from "
                "SpellingKeepingModel so that a read-modify-write keeps PRO's spelling"
            )


class SpellingKeepingModel(WireModel):
    """A wire model with :func:`either_key` fields: it writes back the spelling it read.

    Only these models pay for remembering spellings (a validator around every instance), not
    the hundred-odd others a consignment is made of.
    """

    # canonical wire key -> the variant spelling this instance was read with
    _received_keys: dict[str, str] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _remember_key_spellings(cls, data: Any, handler: ModelWrapValidatorHandler[Self]) -> Self:
        """Record which spelling of a multi-spelling key the input used."""
        model = handler(data)
        if isinstance(data, Mapping):
            for canonical, choices in _key_variants(cls).items():
                received = next((key for key in choices if key in data), canonical)
                if received != canonical:
                    model._received_keys[canonical] = received
        return model

    @model_serializer(mode="wrap")
    def _write_received_spellings(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> Any:
        """Write keys in the spelling they were received in."""
        dumped = handler(self)
        if info.by_alias and self._received_keys and isinstance(dumped, dict):
            return {self._received_keys.get(key, key): value for key, value in dumped.items()}
        return dumped


def build_wire_models() -> int:
    """Build every wire model not built yet; return how many were built.

    Parents follow the models they contain (subclasses are visited in the order they were
    defined), so a parent reuses its fields' finished schemas. Safe to call again and from a
    worker thread while other threads use the models.
    """
    built = 0
    pending: list[type[BaseModel]] = list(WireModel.__subclasses__())
    while pending:
        model = pending.pop(0)
        pending.extend(model.__subclasses__())
        if not model.__pydantic_complete__:
            model.model_rebuild()
            built += 1
    return built


def to_wire(model: BaseModel) -> dict[str, Any]:
    """Return the JSON-ready dict PRO expects: PascalCase keys, only fields that were set."""
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True)
