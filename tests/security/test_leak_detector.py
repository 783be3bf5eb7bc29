"""The key search itself finds the key in every form it claims to, and not the masked hint."""

from __future__ import annotations

import base64
import sqlite3
import zlib
from pathlib import Path

import pytest

from packstation.secrets import mask_secret
from tests.security.leaks import KNOWN_KEY, find_in_files, find_in_sqlite, find_in_text


@pytest.mark.parametrize("prefix", ["", "a", "ab"])
def test_the_key_in_base64_is_found_at_every_alignment(prefix: str) -> None:
    encoded = base64.b64encode(f"{prefix}user:{KNOWN_KEY}".encode()).decode()
    assert find_in_text("basic auth", f"Authorization: Basic {encoded}")


def test_eight_characters_of_the_key_are_a_leak_and_the_masked_hint_is_not() -> None:
    assert find_in_text("partial", f"key ends with {KNOWN_KEY[-12:-4]}")
    assert find_in_text("hint", f"Stored in the credentials file: {mask_secret(KNOWN_KEY)}") == []


def test_the_key_in_a_compressed_pdf_stream_is_found(tmp_path: Path) -> None:
    body = zlib.compress(f"BT ({KNOWN_KEY}) Tj ET".encode())
    pdf = b"%PDF-1.4\n1 0 obj<</Filter/FlateDecode>>stream\n" + body + b"\nendstream\n%%EOF"
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    assert KNOWN_KEY.encode() not in pdf
    assert find_in_files([tmp_path])


def test_allowed_files_are_skipped(tmp_path: Path) -> None:
    credentials = tmp_path / "credentials"
    credentials.write_text(KNOWN_KEY)
    assert find_in_files([tmp_path], allowed=[credentials]) == []


def test_the_key_in_a_journal_row_is_found(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE notes (body TEXT, data BLOB)")
        connection.execute("INSERT INTO notes VALUES (?, ?)", ("ok", KNOWN_KEY.encode("utf-16")))
    connection.close()
    assert find_in_sqlite(path)
