"""Properties: a damaged credentials or lead PIN file is refused in words and left as it was.

Hypothesis writes any bytes (not UTF-8, control characters, NUL, very large) into the 0600 files
beside the config file; loading gives a key, nothing, or a SecretStorageError naming the file and
never showing what was in it. A key that could not travel in an HTTP header is refused too.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.secrets import (
    MAX_SECRET_FILE_BYTES,
    SecretStorageError,
    clean_api_key,
    credentials_file,
    lead_pin_file,
    load_api_key,
    load_lead_pin_hash,
)

FILES = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
MARK = "zq7Wv9"
"""Put into generated contents so that a message echoing the file can be spotted."""


def private(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    os.chmod(path, 0o600)
    return path


contents = st.one_of(
    st.binary(max_size=200).map(lambda data: MARK.encode() + data),
    st.text(max_size=60).map(lambda text: f"{MARK}{text}".encode("utf-8", "surrogatepass")),
    st.sampled_from(
        [
            b"",
            b"\n",
            b"\xff\xfe" + MARK.encode(),
            MARK.encode() + b"\x00x",
            "Schl\u00fcssel".encode(),
        ]
    ),
)


@FILES
@given(data=contents)
def test_any_credentials_file_gives_a_usable_key_nothing_or_words(
    data: bytes, tmp_path: Path
) -> None:
    path = private(credentials_file(tmp_path), data)
    try:
        key = load_api_key(tmp_path, environ={})
    except SecretStorageError as error:
        assert str(path) in error.message and MARK not in error.message
    else:
        if key is not None:
            secret = key.reveal()
            assert secret and secret.isascii() and secret.isprintable()
            secret.encode("ascii")  # it can go into the HTTP header
    assert path.read_bytes() == data


@FILES
@given(data=contents)
def test_any_lead_pin_file_gives_a_hash_nothing_or_words(data: bytes, tmp_path: Path) -> None:
    path = private(lead_pin_file(tmp_path), data)
    try:
        load_lead_pin_hash(tmp_path)
    except SecretStorageError as error:
        assert str(path) in error.message and MARK not in error.message
    assert path.read_bytes() == data


@pytest.mark.parametrize("name", ["credentials", "lead PIN"])
def test_a_folder_or_a_huge_file_in_place_of_a_secret(name: str, tmp_path: Path) -> None:
    path = credentials_file(tmp_path) if name == "credentials" else lead_pin_file(tmp_path)

    def load() -> object:
        return (
            load_api_key(tmp_path, environ={})
            if name == "credentials"
            else (load_lead_pin_hash(tmp_path))
        )

    path.mkdir(mode=0o700)
    with pytest.raises(SecretStorageError, match=f"{name} file") as caught:
        load()
    assert str(path) in caught.value.message
    path.rmdir()
    private(path, b"k" * (MAX_SECRET_FILE_BYTES + 1))
    with pytest.raises(SecretStorageError, match="too large"):
        load()


@pytest.mark.parametrize("key", ["pk-\u00e9t\u00e9-123", "pk-live-\u200b123", "pk\x00live"])
def test_a_key_that_cannot_be_sent_is_refused_without_echo(key: str) -> None:
    with pytest.raises(SecretStorageError) as caught:
        clean_api_key(key)
    assert key not in caught.value.message and "pk" not in caught.value.message
