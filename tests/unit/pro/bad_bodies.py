"""Hypothesis strategies for broken SortedPRO answers, and the check every error message passes.

The strategies start from a valid JSON document (a documented example) and break it the ways a
faulty server, proxy or network does: a field dropped, nulled or given the wrong JSON type, a huge
string, the whole body cut short, not JSON, not UTF-8, labelled with the wrong content type, or
empty. Shared by the client-level and engine-level property tests.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from packstation.errors import UserFacingError

API_KEY = "KEY-7f3e9c1d2b4a6e8f0a1c3e5d7b9f1a2c"
"""The key the tests' client sends; it must never show up in a message."""

MAX_MESSAGE_CHARS = 700
"""An operator reads a banner, not a dump: no message may be longer than this."""

FILLER = "Q"
"""The character huge strings are made of, so that a dumped body can be spotted in a message."""

HUGE_STRING_CHARS = 1024 * 1024

JSON_TYPE = "application/json; charset=utf-8"
Path = tuple[str | int, ...]
_DEBUG_WORDS = re.compile(
    r"Traceback|File \"|line \d+, in |input_value=|<class '|object at 0x|errors\.pydantic\.dev"
)


@dataclass(frozen=True)
class Body:
    """One answer to serve: status 200, these bytes, this content type; ``how`` for reports."""

    content: bytes
    content_type: str | None
    how: str

    def __repr__(self) -> str:
        return f"Body({self.how}, {len(self.content)} bytes, {self.content_type!r})"


def node_paths(document: Any, prefix: Path = ()) -> list[Path]:
    """Return the path of every node of ``document``, the root included."""
    found = [prefix]
    if isinstance(document, dict):
        for key, value in document.items():
            found += node_paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += node_paths(value, (*prefix, index))
    return found


def replaced(document: Any, path: Path, value: Any, *, drop: bool = False) -> Any:
    """Return a deep copy of ``document`` with the node at ``path`` replaced (or dropped)."""
    if not path:
        return value
    result = copy.deepcopy(document)
    parent = result
    for step in path[:-1]:
        parent = parent[step]
    if drop:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return result


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
)
wrong_values = st.one_of(
    json_scalars,
    st.lists(json_scalars, max_size=3),
    st.dictionaries(st.text(max_size=8), json_scalars, max_size=3),
    st.integers(min_value=1, max_value=HUGE_STRING_CHARS).map(lambda n: FILLER * n),
    st.just(f"echo {API_KEY} echo"),
)


@st.composite
def mutated_documents(draw: st.DrawFn, document: Any, max_changes: int = 3) -> Any:
    """Break ``document`` in one to ``max_changes`` places: drop, null, wrong type, huge string."""
    result = document
    for _ in range(draw(st.integers(min_value=1, max_value=max_changes))):
        paths = node_paths(result)
        path = draw(st.sampled_from(paths))
        droppable = bool(path) and isinstance(_node(result, path[:-1]), dict)
        if droppable and draw(st.booleans()):
            result = replaced(result, path, None, drop=True)
        else:
            result = replaced(result, path, draw(wrong_values))
    return result


def _node(document: Any, path: Path) -> Any:
    for step in path:
        document = document[step]
    return document


@st.composite
def broken_bodies(draw: st.DrawFn, document: Any) -> Body:
    """Draw a 200 answer derived from ``document`` that is broken in content or in form."""
    good = json.dumps(document).encode("utf-8")
    kind = draw(
        st.sampled_from(
            ["fields", "fields", "fields", "truncated", "garbage", "not utf-8", "type", "empty"]
        )
    )
    if kind == "fields":
        mutated = draw(mutated_documents(document))
        return Body(json.dumps(mutated).encode("utf-8"), JSON_TYPE, "fields changed")
    if kind == "truncated":
        cut = draw(st.integers(min_value=1, max_value=max(1, len(good) - 1)))
        return Body(good[:cut], JSON_TYPE, f"cut at {cut}")
    if kind == "garbage":
        data = draw(st.binary(min_size=1, max_size=200))
        return Body(data, draw(st.sampled_from([JSON_TYPE, None])), "random bytes")
    if kind == "not utf-8":
        at = draw(st.integers(min_value=0, max_value=len(good)))
        bad = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80"]))
        return Body(good[:at] + bad + good[at:], JSON_TYPE, "invalid UTF-8")
    if kind == "type":
        content_type = draw(
            st.sampled_from(["text/html", "text/plain", "application/xml", "image/png"])
        )
        return Body(good, content_type, "wrong content type")
    blank = draw(st.sampled_from([b"", b" ", b"\r\n", b"null", b"{}", b"[]", b'""']))
    return Body(blank, JSON_TYPE, "empty")


def assert_operator_message(error: BaseException) -> None:
    """Check ``error`` is the project's kind and says, in bounded plain words, what went wrong."""
    assert isinstance(error, UserFacingError), f"{type(error).__name__} leaked: {error!r}"
    for text in (error.message, str(error), error.api_message or ""):
        assert API_KEY not in text
        assert len(text) <= MAX_MESSAGE_CHARS, f"{len(text)} characters: {text[:200]}..."
        assert not _DEBUG_WORDS.search(text), text
        assert FILLER * 100 not in text, "a raw body was dumped into the message"
    assert error.message.strip(), "empty message"
