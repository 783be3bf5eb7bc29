"""Playing a WAV file without QtMultimedia: the platform's own player, never waited for.

On Windows the standard library's ``winsound`` plays asynchronously; elsewhere the first of the
desktop's command-line players found on PATH (PipeWire, PulseAudio, ALSA) is started in the
background. A player that fails is logged once; a bench without any player stays silent.
"""

from __future__ import annotations

import importlib
import logging
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

logger = logging.getLogger(__name__)

PLAYERS = ("pw-play", "paplay", "aplay")
"""Command-line players tried in order (PipeWire, PulseAudio, ALSA)."""

Play = Callable[[Path], None]


def system_player() -> Play | None:
    """Return a function that starts playing a WAV file, or ``None`` when nothing can play."""
    if sys.platform == "win32":
        return _winsound_player()
    for name in PLAYERS:
        command = shutil.which(name)
        if command is not None:
            return _CommandPlayer(command)
    return None


def _winsound_player() -> Play | None:
    try:
        winsound = importlib.import_module("winsound")
    except ImportError:
        return None
    flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT

    def play(path: Path) -> None:
        winsound.PlaySound(str(path), flags)

    return play


class _CommandPlayer:
    """Starts a player process per sound; a small thread reaps it, so nothing ever waits."""

    def __init__(self, command: str) -> None:
        self.command = command
        self._failed = False

    def __call__(self, path: Path) -> None:
        if self._failed:
            return
        try:
            process = subprocess.Popen(
                [self.command, str(path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError as error:
            self._failed = True
            logger.warning("sounds off: %s cannot be started (%s)", self.command, error)
            return
        threading.Thread(target=process.wait, name="sound-reaper", daemon=True).start()
