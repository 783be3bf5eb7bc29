"""Looking for a known API key in everything the station left behind.

The masking rule of the product (:func:`packstation.secrets.mask_secret`) shows at most the first
and last two characters of a key. So any run of eight consecutive characters of the key, in any
place, is a leak; so is the key in base64 (at each of the three byte alignments it can have
inside a longer encoded text) or in hex. PDF and other zlib streams are inflated before looking,
so a key inside a compressed page counts too.
"""

from __future__ import annotations

import base64
import re
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# Long, unique, and no 8-character window of it occurs in ordinary text.
KNOWN_KEY = "pk_live_SECRET_7f3a9c2e81d4b6a05f9e3c7d2b8a416e"
WINDOW_CHARS = 8
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)


@dataclass(frozen=True)
class Leak:
    """Where a form of the key was found."""

    place: str
    form: str

    def __str__(self) -> str:
        return f"{self.place}: {self.form}"


def key_forms(key: str = KNOWN_KEY) -> dict[str, bytes]:
    """Return every byte pattern that would reveal the key, named by what it is."""
    raw = key.encode("utf-8")
    forms: dict[str, bytes] = {}
    for start in range(len(raw) - WINDOW_CHARS + 1):
        forms[f"key[{start}:{start + WINDOW_CHARS}]"] = raw[start : start + WINDOW_CHARS]
    for shift in range(3):
        whole_groups = raw[shift : shift + 3 * ((len(raw) - shift) // 3)]
        forms[f"base64 at alignment {shift}"] = base64.b64encode(whole_groups)
        forms[f"urlsafe base64 at alignment {shift}"] = base64.urlsafe_b64encode(whole_groups)
    forms["hex"] = raw.hex().encode("ascii")
    forms["HEX"] = raw.hex().upper().encode("ascii")
    forms["utf-16"] = key.encode("utf-16-le")
    return forms


def find_in_bytes(place: str, data: bytes, key: str = KNOWN_KEY) -> list[Leak]:
    """Return the leaks in ``data`` and in any zlib stream inside it."""
    leaks = [Leak(place, name) for name, form in key_forms(key).items() if form in data]
    for number, stream in enumerate(_inflated_streams(data)):
        leaks += [
            Leak(f"{place} (inflated stream {number})", name)
            for name, form in key_forms(key).items()
            if form in stream
        ]
    return leaks


def find_in_text(place: str, text: str, key: str = KNOWN_KEY) -> list[Leak]:
    """Return the leaks in a piece of text (a message, a widget's text)."""
    return find_in_bytes(place, text.encode("utf-8", errors="surrogatepass"), key)


def find_in_files(roots: Iterable[Path], *, allowed: Iterable[Path] = ()) -> list[Leak]:
    """Return the leaks in every file under ``roots`` except the ``allowed`` ones."""
    exempt = {path.resolve() for path in allowed}
    leaks: list[Leak] = []
    for path in _files(roots):
        if path.resolve() not in exempt:
            leaks += find_in_bytes(str(path), path.read_bytes())
    return leaks


def find_in_sqlite(path: Path) -> list[Leak]:
    """Return the leaks in every value of every table of an SQLite file (read-only)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        leaks: list[Leak] = []
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    leaks += _value_leaks(f"{path} table {table}", value)
        return leaks
    finally:
        connection.close()


def files_under(roots: Iterable[Path]) -> list[Path]:
    """Return every regular file under ``roots`` (for asserting the sweep saw something)."""
    return list(_files(roots))


def _value_leaks(place: str, value: object) -> list[Leak]:
    if isinstance(value, bytes):
        return find_in_bytes(place, value)
    if isinstance(value, str):
        return find_in_text(place, value)
    return []


def _files(roots: Iterable[Path]) -> Iterator[Path]:
    for root in roots:
        if root.is_file():
            yield root
        elif root.is_dir():
            yield from (path for path in sorted(root.rglob("*")) if path.is_file())


def _inflated_streams(data: bytes) -> Iterator[bytes]:
    """Yield the zlib-compressed streams of a PDF (or any ``stream … endstream`` body)."""
    for match in _STREAM.finditer(data):
        try:
            yield zlib.decompressobj().decompress(match.group(1))
        except zlib.error:
            continue
