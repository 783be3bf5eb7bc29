"""The API key: environment first, then a working keyring, then a 0600 credentials file."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pydantic import SecretStr

from packstation.secrets import (
    ApiKey,
    ApiKeySource,
    SecretStorageError,
    credentials_file,
    delete_api_key,
    keyring_backend_name,
    load_api_key,
    mask_secret,
    store_api_key,
)

KEY = "pk-live-7f3a9c21e5d84b60"
OTHER_KEY = "pk-live-0000aaaa1111bbbb"


class _Backend:
    priority = 5


class _FailBackend:
    priority = 0


_FailBackend.__module__ = "keyring.backends.fail"


class FakeKeyring(ModuleType):
    """Stands in for the optional ``keyring`` package, with a chosen backend and faults."""

    def __init__(self, backend: object, fault: Exception | None = None) -> None:
        super().__init__("keyring")
        self.backend = backend
        self.fault = fault
        self.store: dict[tuple[str, str], str] = {}

    def get_keyring(self) -> object:
        return self.backend

    def get_password(self, service: str, user: str) -> str | None:
        return self.store.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        if self.fault is not None:
            raise self.fault
        self.store[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        del self.store[(service, user)]


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    return tmp_path / "station"


def _install(monkeypatch: pytest.MonkeyPatch, module: FakeKeyring) -> FakeKeyring:
    monkeypatch.setitem(sys.modules, "keyring", module)
    return module


def test_without_keyring_the_key_goes_to_a_0600_file(config_dir: Path) -> None:
    assert store_api_key(f"  {KEY}\n", config_dir) is ApiKeySource.FILE
    path = credentials_file(config_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text(encoding="utf-8") == KEY + "\n"
    key = load_api_key(config_dir, {})
    assert key is not None
    assert (key.reveal(), key.source) == (KEY, ApiKeySource.FILE)


def test_credentials_file_is_private_from_creation(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen_modes: list[int] = []
    real_fdopen = os.fdopen

    def spying_fdopen(descriptor: int, *args: Any, **kwargs: Any) -> Any:
        seen_modes.append(stat.S_IMODE(os.fstat(descriptor).st_mode))
        return real_fdopen(descriptor, *args, **kwargs)

    monkeypatch.setattr(os, "fdopen", spying_fdopen)
    old_umask = os.umask(0)
    try:
        store_api_key(KEY, config_dir)
    finally:
        os.umask(old_umask)
    assert seen_modes == [0o600]
    assert stat.S_IMODE(credentials_file(config_dir).stat().st_mode) == 0o600


def test_the_environment_variable_wins(config_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _install(monkeypatch, FakeKeyring(_Backend()))
    store_api_key(KEY, config_dir)
    key = load_api_key(config_dir, {"PACKSTATION_API_KEY": OTHER_KEY})
    assert key is not None
    assert (key.reveal(), key.source) == (OTHER_KEY, ApiKeySource.ENVIRONMENT)
    assert fake.store  # the stored key is still there, merely overridden


def test_environment_wins_over_the_file(config_dir: Path) -> None:
    store_api_key(KEY, config_dir)
    key = load_api_key(config_dir, {"PACKSTATION_API_KEY": OTHER_KEY})
    assert key is not None
    assert key.reveal() == OTHER_KEY


def test_no_key_anywhere(config_dir: Path) -> None:
    assert load_api_key(config_dir, {}) is None
    assert load_api_key(config_dir, {"PACKSTATION_API_KEY": "   "}) is None


def test_a_working_keyring_is_preferred_and_replaces_a_stale_file(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_api_key(OTHER_KEY, config_dir)
    fake = _install(monkeypatch, FakeKeyring(_Backend()))
    assert keyring_backend_name() == "_Backend"
    assert store_api_key(KEY, config_dir) is ApiKeySource.KEYRING
    assert not credentials_file(config_dir).exists()
    assert list(fake.store.values()) == [KEY]
    key = load_api_key(config_dir, {})
    assert key is not None
    assert (key.reveal(), key.source) == (KEY, ApiKeySource.KEYRING)


def test_separate_config_dirs_keep_separate_keyring_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _install(monkeypatch, FakeKeyring(_Backend()))
    store_api_key(KEY, tmp_path / "a")
    store_api_key(OTHER_KEY, tmp_path / "b")
    first, second = load_api_key(tmp_path / "a", {}), load_api_key(tmp_path / "b", {})
    assert first is not None and second is not None
    assert (first.reveal(), second.reveal()) == (KEY, OTHER_KEY)


def test_the_fail_backend_means_no_keyring(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _install(monkeypatch, FakeKeyring(_FailBackend()))
    assert keyring_backend_name() is None
    assert store_api_key(KEY, config_dir) is ApiKeySource.FILE
    assert fake.store == {}


def test_a_backend_that_cannot_even_be_asked_means_no_keyring(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = FakeKeyring(_Backend())

    def no_backend() -> object:
        raise RuntimeError("no D-Bus session")

    broken.get_keyring = no_backend  # type: ignore[method-assign]
    _install(monkeypatch, broken)
    assert store_api_key(KEY, config_dir) is ApiKeySource.FILE


def test_a_keyring_that_fails_to_store_falls_back_without_logging_the_key(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _install(monkeypatch, FakeKeyring(_Backend(), fault=RuntimeError(f"locked: {KEY}")))
    with caplog.at_level(logging.DEBUG):
        assert store_api_key(KEY, config_dir) is ApiKeySource.FILE
    assert "Could not store the API key in the keyring (RuntimeError)" in caplog.text
    assert KEY not in caplog.text


def test_delete_removes_keyring_entry_and_file(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_api_key(OTHER_KEY, config_dir)
    fake = _install(monkeypatch, FakeKeyring(_Backend()))
    fake.store[("packstation", f"api-key:{config_dir.absolute()}")] = KEY
    assert delete_api_key(config_dir) == [ApiKeySource.KEYRING, ApiKeySource.FILE]
    assert fake.store == {}
    assert load_api_key(config_dir, {}) is None
    assert delete_api_key(config_dir) == []


def test_a_credentials_file_others_can_read_is_refused(config_dir: Path) -> None:
    store_api_key(KEY, config_dir)
    path = credentials_file(config_dir)
    path.chmod(0o644)
    with pytest.raises(SecretStorageError) as caught:
        load_api_key(config_dir, {})
    assert str(caught.value) == (
        f"The credentials file {path} can be read by other users; "
        f"run `chmod 600 {path}` or store the key again."
    )
    assert KEY not in str(caught.value)


@pytest.mark.parametrize(
    ("bad_key", "message"),
    [
        ("   ", "The API key is empty."),
        (f"{KEY}\r\nX-Injected: 1", "The API key contains a line break or control character."),
    ],
)
def test_bad_keys_are_refused_without_echoing_them(
    config_dir: Path, bad_key: str, message: str
) -> None:
    with pytest.raises(SecretStorageError) as caught:
        store_api_key(bad_key, config_dir)
    assert str(caught.value) == message
    assert not credentials_file(config_dir).exists()


def test_an_unwritable_directory_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(SecretStorageError, match=r"Cannot write the credentials file"):
        store_api_key(KEY, blocker)


def test_the_key_object_never_shows_the_key() -> None:
    key = ApiKey(SecretStr(KEY), ApiKeySource.FILE)
    assert KEY not in repr(key)
    assert KEY not in str(key)
    assert key.masked() == "pk...60"


@pytest.mark.parametrize(
    ("secret", "shown"),
    [("", "not set"), ("short-key", "set"), ("abcdefghijkl", "ab...kl")],
)
def test_masking(secret: str, shown: str) -> None:
    assert mask_secret(secret) == shown


def test_a_found_key_that_cannot_be_a_header_is_refused(config_dir: Path) -> None:
    with pytest.raises(SecretStorageError) as caught:
        load_api_key(config_dir, {"PACKSTATION_API_KEY": f"{KEY}\nX-Other: 1"})
    assert str(caught.value) == (
        "The API key contains a line break or control character "
        "(found in the environment variable PACKSTATION_API_KEY)."
    )
    assert KEY not in str(caught.value)
