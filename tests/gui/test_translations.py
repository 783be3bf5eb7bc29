"""Translations: the window speaks the chosen language, and the shipped files are complete.

The ``.ts`` files under ``resources/i18n`` are the source of truth: every string the code wraps
in ``tr()`` must be in them, translated, and compiled into the ``.qm`` the window loads.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTranslator
from pytestqt.qtbot import QtBot

import packstation.gui
from packstation.config import LoadedSettings, load_settings
from packstation.domain.records import PackRecord, PackStage, ShiftGlance
from packstation.domain.session import Stage
from packstation.gui import formatting as fmt
from packstation.gui.banner import STAGE_TITLES
from packstation.gui.formatting import pack_stages
from packstation.gui.recent_packs import RecentPacks
from packstation.gui.translations import (
    TRANSLATED_LANGUAGES,
    chosen_language,
    install_translations,
    translation_file,
)
from packstation.resources_path import RESOURCES_VARIABLE, resources_dir
from tests.gui.conftest import Bench, open_window
from tests.unit.services.fakes import START
from tools.update_translations import (
    I18N_DIR,
    TOOL_TIMEOUT_S,
    lrelease_command,
    lupdate_command,
    ts_file,
)

UPDATE_HINT = "run `uv run python tools/update_translations.py`, translate, and commit"
PLACEHOLDER = re.compile(r"%(?:\d|n)")
EXPLICIT_CONTEXT = re.compile(r"(?:translate|QT_TRANSLATE_NOOP)\(\s*\"(\w+)\"")
Message = tuple[str, str]


@pytest.fixture
def app() -> Iterator[QCoreApplication]:
    """Return the test's QApplication and restore English after the test."""
    instance = QCoreApplication.instance()
    assert instance is not None
    yield instance
    install_translations(instance, "en")


def messages(ts: Path) -> dict[Message, ET.Element]:
    """Return every message of a .ts file by (context, source text)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    """Return the translated text, or each plural form of it."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def run_tool(command: list[str]) -> None:
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_window_speaks_german_when_the_station_is_set_to_german(
    qtbot: QtBot, app: QCoreApplication
) -> None:
    bench = Bench()
    bench.services.settings.ui.language = "de"
    assert install_translations(app, bench.services.settings.ui.language) == "de"
    window = open_window(qtbot, bench)
    try:
        assert window.settings_screen.save_button.text() == "Einstellungen &speichern"
        assert window.pack.banner.title == "BEREIT ZUM SCANNEN"
        # Qt's own strings (standard buttons and dialogs) come from Qt's German file.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        window.shutdown()


def test_dates_and_pro_states_read_in_the_window_language(app: QCoreApplication) -> None:
    when = datetime(2026, 11, 24, 9, 5, tzinfo=UTC)
    assert (fmt.moment(when), fmt.cutoff(when)) == ("Tue 24 Nov 09:05", "Tue 09:05")
    assert fmt.pro_state("ReadyToShip") == "ReadyToShip"
    install_translations(app, "de")
    assert (fmt.moment(when), fmt.cutoff(when)) == ("Di. 24 Nov. 09:05", "Di. 09:05")
    assert fmt.pro_state("ReadyToShip") == "versandbereit"
    assert fmt.pro_state("Delivered") == "Delivered"  # a carrier's state PRO passes on


def test_pack_stages_read_in_the_window_language(app: QCoreApplication) -> None:
    english = pack_stages()
    assert english == {stage: stage.name.replace("_", " ").lower() for stage in PackStage}
    install_translations(app, "pl")
    polish = pack_stages()
    assert polish[PackStage.READY_TO_SHIP] == "gotowa do wysyłki"
    assert len(set(polish.values())) == len(PackStage)
    assert not set(polish.values()) & set(english.values())
    recent = RecentPacks()
    record = PackRecord(
        "EC-1", "WEB-1", PackStage.PRINT_FAILED, None, None, (), 1, frozenset(), START
    )
    recent.show_glance(ShiftGlance((record,), 0, 0))
    assert recent.list.item(0).text().endswith("druk nieudany")


@pytest.mark.parametrize(("language", "widened"), [("en", False), ("de", True), ("pl", False)])
def test_screen_names_fit_the_list_which_widens_only_when_needed(
    qtbot: QtBot, app: QCoreApplication, language: str, widened: bool
) -> None:
    install_translations(app, language)
    window = open_window(qtbot, Bench())
    try:
        names = window.screen_list
        for row in range(names.count()):
            needed = names.sizeHintForIndex(names.model().index(row, 0)).width()
            assert names.visualItemRect(names.item(row)).width() >= needed, names.item(row).text()
        assert (names.width() > 190) is widened
    finally:
        window.shutdown()


def test_english_takes_the_translators_away_again(qtbot: QtBot, app: QCoreApplication) -> None:
    install_translations(app, "pl")
    assert install_translations(app, "en") == "en"
    assert app.findChildren(QTranslator, "packstation-translator") == []
    window = open_window(qtbot, Bench())
    try:
        assert window.settings_screen.save_button.text() == "&Save settings"
    finally:
        window.shutdown()


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("auto", ["pl-PL", "en-GB"], "pl"),
        ("auto", ["fr-FR", "de_AT"], "de"),
        ("auto", ["fr-FR", "en-US", "de-DE"], "en"),
        ("auto", ["fr-FR"], "en"),
        ("auto", [], "en"),
        ("de", ["pl-PL"], "de"),
        ("en", ["de-DE"], "en"),
    ],
)
def test_the_language_follows_the_setting_or_the_system(
    setting: str, system: list[str], expected: str
) -> None:
    assert chosen_language(setting, system) == expected


def test_a_missing_translation_file_leaves_the_window_in_english(
    app: QCoreApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    (tmp_path / "styles").mkdir()  # a resources folder without the i18n subfolder
    monkeypatch.setenv(RESOURCES_VARIABLE, str(tmp_path))
    resources_dir.cache_clear()
    try:
        assert install_translations(app, "de") == "en"
    finally:
        monkeypatch.delenv(RESOURCES_VARIABLE)
        resources_dir.cache_clear()
    assert "no de translations" in caplog.text
    assert QCoreApplication.translate("SettingsScreen", "Settings") == "Settings"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    problems = []
    for (context, source), message in messages(ts_file(language)).items():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        texts = translations_of(message)
        wanted = set(PLACEHOLDER.findall(source))
        if kind is not None or not all(text.strip() for text in texts):
            problems.append(f"{context}: {source!r} is not translated ({kind or 'empty'})")
        elif any(set(PLACEHOLDER.findall(text)) != wanted for text in texts):
            problems.append(f"{context}: {source!r} -> {texts!r} loses or adds a placeholder")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_committed_ts(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"packstation_{language}.qm"
    run_tool(lrelease_command(ts_file(language), fresh))
    assert translation_file(language).read_bytes() == fresh.read_bytes(), (
        f"{translation_file(language).name} is out of date: {UPDATE_HINT}"
    )


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_the_ts_holds_exactly_the_strings_of_the_code(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"packstation_{language}.ts"
    run_tool(lupdate_command(fresh, language))
    in_code, committed = set(messages(fresh)), set(messages(ts_file(language)))
    new = sorted(f"{context}: {source!r}" for context, source in in_code - committed)
    gone = sorted(f"{context}: {source!r}" for context, source in committed - in_code)
    assert not new, f"strings not in {ts_file(language).name} ({UPDATE_HINT}):\n" + "\n".join(new)
    assert not gone, f"strings no longer in the code ({UPDATE_HINT}):\n" + "\n".join(gone)


def test_every_context_is_a_class_that_translates_at_run_time() -> None:
    """tr() looks strings up under the class names of the object's type, so only those count.

    lupdate names the context after the expression before ``.tr`` (``self._screen.tr`` gives
    ``self._screen``), which Qt never looks up: call ``self.tr`` in the class that shows the
    text, or ``QCoreApplication.translate("ClassName", ...)``.
    """
    classes = _qt_class_names()
    unknown = sorted({context for context, _ in messages(ts_file("de"))} - classes)
    assert not unknown, f"contexts that tr() never looks up: {unknown}"


def _qt_class_names() -> set[str]:
    """Return the names of the QObject classes of packstation.gui, plus translate() contexts."""
    names = set()
    for module_info in pkgutil.iter_modules(packstation.gui.__path__, "packstation.gui."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, QObject):
                names.add(value.__name__)
        source = Path(str(module.__file__)).read_text(encoding="utf-8")
        names.update(EXPLICIT_CONTEXT.findall(source))
    return names


def test_the_tool_writes_where_the_window_reads() -> None:
    assert I18N_DIR.resolve() == (resources_dir() / "i18n").resolve()
    assert translation_file("de").is_file() and translation_file("pl").is_file()


def test_stage_titles_read_as_the_stages_own_names_in_english() -> None:
    assert {stage: stage.value.upper() for stage in Stage} == STAGE_TITLES


def test_the_language_is_picked_from_a_list_and_saved(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # the developer's keyring stays untouched
    settings = Bench().services.settings  # the same settings the bench below is built with
    loaded = LoadedSettings(settings, tmp_path / "station.toml", False, {})
    window = open_window(qtbot, Bench(loaded_settings=loaded))
    try:
        window.show_screen(4)
        screen = window.settings_screen
        choice = screen.choices["ui.language"]
        assert choice.currentData() == "auto"
        assert [choice.itemText(i) for i in range(1, choice.count())] == [
            "English",
            "Deutsch",
            "Polski",
        ]
        choice.setFocus()
        qtbot.keyClick(choice, Qt.Key.Key_Down)
        qtbot.keyClick(choice, Qt.Key.Key_Down)
        assert choice.currentData() == "de" and screen.save_button.isEnabled()
        qtbot.keyClick(screen.save_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: screen.status.text().startswith("Saved."))
        reloaded = load_settings(tmp_path / "station.toml", environ={}).settings
        assert reloaded.ui.language == "de"
    finally:
        window.shutdown()
