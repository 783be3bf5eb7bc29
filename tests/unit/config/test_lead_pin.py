"""The shift lead PIN: set from the command line, kept only as a salted hash in a 0600 file."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest

from packstation.cli import main
from packstation.secrets import (
    SecretStorageError,
    lead_pin_file,
    load_lead_pin_hash,
    store_lead_pin_hash,
)
from packstation.services.lead_pin import hash_pin, pin_matches


def test_set_lead_pin_stores_only_a_hash_readable_by_the_station_user(
    config_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("4711\n"))
    assert main(["config", "set-lead-pin", "--config", str(config_file)]) == 0
    path = lead_pin_file(config_file.parent)
    stored = path.read_text()
    assert "4711" not in stored and pin_matches("4711", stored.strip())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_lead_pin_hash(config_file.parent) == stored.strip()
    assert "4711" not in capsys.readouterr().out


@pytest.mark.parametrize("entered", ["12", "12ab", "1234567890123"])
def test_a_pin_that_is_not_4_to_12_digits_is_refused(
    config_file: Path, monkeypatch: pytest.MonkeyPatch, entered: str
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(entered + "\n"))
    assert main(["config", "set-lead-pin", "--config", str(config_file)]) == 1
    assert load_lead_pin_hash(config_file.parent) is None


def test_only_hashes_are_accepted_and_shared_files_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        store_lead_pin_hash("4711", tmp_path)
    path = store_lead_pin_hash(hash_pin("2468"), tmp_path)
    path.chmod(0o644)
    with pytest.raises(SecretStorageError):
        load_lead_pin_hash(tmp_path)
