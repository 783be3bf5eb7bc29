"""The window's language: Packstation's own translations and Qt's for its standard dialogs.

English is the language the code is written in, so it needs no file. The other languages are
compiled ``.qm`` files in the resources' ``i18n`` folder, built from the ``.ts`` sources there
by ``tools/update_translations.py``. Translators are installed before any widget is built: Qt
translates a string when ``tr()`` runs, so a language chosen later shows after a restart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from packstation.gui.resources import ResourceMissingError, resources_dir

logger = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
TRANSLATED_LANGUAGES = ("de", "pl")
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "pl": "Polski"}
"""Each language by its own name, the way a packer looks for it in a list."""
I18N_FOLDER = "i18n"
QM_PREFIX = "packstation_"
_TRANSLATOR_NAME = "packstation-translator"
_Loader = Callable[[QTranslator], bool]


def chosen_language(setting: str, ui_languages: Sequence[str]) -> str:
    """Return the language to show for the ``ui.language`` setting.

    ``auto`` takes the first of the system's preferred ``ui_languages`` (``de-DE``, ``pl_PL``)
    that Packstation speaks, and English when there is none.
    """
    if setting != "auto":
        return setting
    for tag in ui_languages:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code == SOURCE_LANGUAGE or code in TRANSLATED_LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def translation_file(language: str) -> Path:
    """Return where the compiled translations of ``language`` are shipped."""
    return resources_dir() / I18N_FOLDER / f"{QM_PREFIX}{language}.qm"


_shown_language = SOURCE_LANGUAGE
"""The language the window speaks now (set by :func:`install_translations`)."""


def window_language() -> str:
    """Return the language the window speaks now (``en`` until translations are installed)."""
    return _shown_language


def install_translations(app: QCoreApplication, setting: str) -> str:
    """Install the translators for ``setting`` (replacing earlier ones); return the language.

    A missing or unreadable translation file is logged and the window stays in English: a
    bench that can pack in the wrong language is better than one that does not start.
    """
    global _shown_language
    _shown_language = _install_translations(app, setting)
    return _shown_language


def _install_translations(app: QCoreApplication, setting: str) -> str:
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    language = chosen_language(setting, QLocale.system().uiLanguages())
    if language == SOURCE_LANGUAGE:
        return language
    try:
        ours = translation_file(language)
    except ResourceMissingError as error:
        logger.warning("no %s translations: %s", language, error)
        return SOURCE_LANGUAGE
    if not _install(app, lambda t: t.load(str(ours))):
        logger.warning("no %s translations: cannot load %s", language, ours)
        return SOURCE_LANGUAGE
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not _install(app, lambda t: t.load(QLocale(language), "qtbase", "_", qt_dir)):
        # Only Qt's standard buttons and dialogs stay English; nothing a packer depends on.
        logger.info("Qt's own %s translations not found in %s", language, qt_dir)
    return language


def _install(app: QCoreApplication, load: _Loader) -> bool:
    """Create a translator owned by ``app``, fill it with ``load`` and install it if it loaded."""
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if not load(translator):
        translator.setParent(None)
        return False
    app.installTranslator(translator)
    return True
