"""Short sounds for success, attention and failure; optional, never blocking, never fatal.

QSoundEffect lives in QtMultimedia, which the lightweight PySide6-Essentials wheel does not ship;
without it the platform's own player is used (:mod:`packstation.gui.system_sound`). When nothing
can play, the bench stays silent and says so once in the log.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

from packstation.domain.session import Tone
from packstation.gui.resources import ResourceMissingError, resource_path
from packstation.gui.system_sound import Play, system_player

logger = logging.getLogger(__name__)

_FILES = {
    Tone.SUCCESS: "success.wav",
    Tone.ATTENTION: "attention.wav",
    Tone.FAILURE: "failure.wav",
}


def _sound_effect_class() -> Any | None:
    try:
        module = importlib.import_module("PySide6.QtMultimedia")
    except ImportError as error:
        logger.info("sounds off: QtMultimedia is not available (%s)", error)
        return None
    return getattr(module, "QSoundEffect", None)


class SoundPlayer(QObject):
    """Plays the sound of a banner tone when sounds are enabled and playable."""

    def __init__(self, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._effects: dict[Tone, Any] = {}
        self._files: dict[Tone, Path] = {}
        self._system_play: Play | None = None
        self.last_played: Tone | None = None

    def load(self) -> None:
        """Prepare the effects; leaves the player silent when anything is missing."""
        if not self._enabled:
            return
        for tone, name in _FILES.items():
            try:
                self._files[tone] = resource_path("sounds", name)
            except ResourceMissingError as error:
                logger.warning("sound %s not loaded: %s", name, error)
        effect_class = _sound_effect_class()
        if effect_class is None:
            self._system_play = system_player()
            if self._system_play is None:
                logger.info("sounds off: no sound player found on this computer")
            return
        for tone, path in self._files.items():
            effect = effect_class(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[tone] = effect

    def play(self, tone: Tone) -> None:
        """Start the tone's sound (asynchronously) if there is one."""
        if not self._enabled or tone not in _FILES:
            return
        self.last_played = tone
        effect = self._effects.get(tone)
        if effect is not None:
            effect.play()
        elif self._system_play is not None and tone in self._files:
            self._system_play(self._files[tone])
