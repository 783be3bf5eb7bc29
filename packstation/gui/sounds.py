"""Short sounds for success, attention and failure; optional, never blocking, never fatal.

QSoundEffect lives in QtMultimedia, which the lightweight PySide6-Essentials wheel does not ship
and which needs a sound server besides; when it cannot be used the bench stays silent and says so
once in the log.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QObject, QUrl

from packstation.domain.session import Tone
from packstation.gui.resources import ResourceMissingError, resource_path

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
        self.last_played: Tone | None = None

    def load(self) -> None:
        """Prepare the effects; leaves the player silent when anything is missing."""
        if not self._enabled:
            return
        effect_class = _sound_effect_class()
        if effect_class is None:
            return
        for tone, name in _FILES.items():
            try:
                path = resource_path("sounds", name)
            except ResourceMissingError as error:
                logger.warning("sound %s not loaded: %s", name, error)
                continue
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
