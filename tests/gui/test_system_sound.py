"""Sounds without QtMultimedia: the platform's player is started and never waited for."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from packstation.domain.session import Tone
from packstation.gui import sounds
from packstation.gui.sounds import SoundPlayer
from packstation.gui.system_sound import system_player


def fake_player(directory: Path, name: str, record: Path) -> None:
    script = directory / name
    script.write_text(f'#!/bin/sh\necho "$1" >> "{record}"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)


def test_a_command_line_player_plays_each_tone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = tmp_path / "played.txt"
    fake_player(tmp_path, "aplay", record)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sounds, "_sound_effect_class", lambda: None)
    player = SoundPlayer(enabled=True)
    player.load()
    player.play(Tone.SUCCESS)
    player.play(Tone.FAILURE)
    deadline = time.monotonic() + 10
    while not (record.exists() and len(record.read_text().splitlines()) == 2):
        assert time.monotonic() < deadline, "the player was not started"
        time.sleep(0.05)
    played = [Path(line).name for line in record.read_text().splitlines()]
    assert sorted(played) == ["failure.wav", "success.wav"]


def test_no_player_means_silence_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert system_player() is None
    monkeypatch.setattr(sounds, "_sound_effect_class", lambda: None)
    player = SoundPlayer(enabled=True)
    player.load()
    player.play(Tone.ATTENTION)
    assert player.last_played is Tone.ATTENTION


def test_disabled_sounds_start_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record = tmp_path / "played.txt"
    fake_player(tmp_path, "paplay", record)
    monkeypatch.setenv("PATH", str(tmp_path) + os.pathsep + os.environ.get("PATH", ""))
    player = SoundPlayer(enabled=False)
    player.load()
    player.play(Tone.SUCCESS)
    time.sleep(0.2)
    assert not record.exists()
