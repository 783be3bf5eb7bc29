"""Sentences the engine says to a packer, kept translatable without the engine knowing Qt.

A :class:`Sentence` is a ``str`` (the English text, so everything that stores, logs or compares
messages keeps working) that also remembers its template and the values put into it. The window
translates the template and puts the values back (``gui/engine_words.py``); any other ``str``
the engine says is looked up whole, and is shown as it is when there is no translation.

Templates number their places ``%1``, ``%2``… as Qt's translations do, so a translator can move
them within the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PLACE = re.compile(r"%(\d)")


class Sentence(str):
    """An English sentence made from a template and values (``%1`` is the first value)."""

    template: str
    values: tuple[str, ...]

    def __new__(cls, template: str, *values: object) -> Sentence:
        """Fill ``template`` with ``values`` (each one's ``str``; sentences stay sentences)."""
        texts = tuple(value if isinstance(value, str) else str(value) for value in values)
        made = super().__new__(cls, fill(template, texts))
        made.template = template
        made.values = texts
        return made

    def __reduce__(self) -> tuple[type[Sentence], tuple[object, ...]]:
        """Pickle (and copy) as the template and values, not as the filled text."""
        return (Sentence, (self.template, *self.values))


class Trimmed(Sentence):
    """A sentence put inside another one without its closing full stop (in any language)."""

    def __new__(cls, sentence: Sentence) -> Trimmed:
        """Keep ``sentence`` whole (to be translated), and say it in English without the stop."""
        made = str.__new__(cls, sentence.rstrip(". "))
        made.template = "%1"
        made.values = (sentence,)
        return made

    def __reduce__(self) -> tuple[type[Sentence], tuple[object, ...]]:
        """Pickle (and copy) as the sentence it trims."""
        return (Trimmed, (self.values[0],))


def fill(template: str, values: Sequence[str]) -> str:
    """Return ``template`` with ``%1``… replaced by ``values`` (in one pass, never re-read)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if not 0 <= index < len(values):
            raise ValueError(f"{template!r} has no value for %{index + 1}")
        return values[index]

    return _PLACE.sub(value, template)


def with_full_stop(text: str) -> str:
    """Return ``text`` ending in one full stop (or its own ``?`` / ``!``); a sentence stays one."""
    if isinstance(text, Sentence) and text == text.strip():
        if text.endswith((".", "?", "!")):
            return text
        return Sentence("%1.", text)
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else f"{text}."


def without_full_stop(text: str) -> str:
    """Return ``text`` without its closing full stop and spaces; a sentence stays one."""
    if isinstance(text, Sentence):
        return Trimmed(text) if text.endswith((".", " ")) else text
    return text.rstrip(". ")


def listed(values: Sequence[str]) -> str:
    """Return ``a, b, c`` (each joined as a sentence, so a translation can keep or change it)."""
    if not values:
        return ""
    joined = values[0]
    for value in values[1:]:
        joined = Sentence("%1, %2", joined, value)
    return joined
