"""The engine's sentences in the window's language: the list the translators get, and its use.

The list in ``packstation/gui/engine_words.py`` must hold exactly the fixed sentences and the
:class:`Sentence` templates the engine's code says (read from its source), so that a sentence
added to the engine without a translation entry, or an entry left behind, fails here.
"""

from __future__ import annotations

import ast
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

import packstation
from packstation.domain.sentences import Sentence, listed, without_full_stop
from packstation.gui.engine_words import FIXED, TEMPLATES, shown
from packstation.gui.translations import install_translations

SOURCE = Path(packstation.__file__).parent
NOT_ENGINE = ("gui", "sandbox")
# Calls whose arguments at these places (or keywords) are what the banner shows.
SAID_BY = {
    "PackView": (2, 3),
    "idle": (0,),
    "_idle": (0,),
    "_keep_pack_with": (1,),
    "_keep": (1,),
    "_failed": (0,),
    "RecoveryItem": (1, 2),
}
SAID_AS = ("message", "next_action")


def _texts(node: ast.AST) -> Iterator[str]:
    """Yield the fixed strings an expression can evaluate to."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _texts(node.body)
        yield from _texts(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _texts(value)


def _called(call: ast.Call) -> str:
    """Return the name a call is made by (``f(...)`` or ``x.f(...)``)."""
    return call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")


def _said(tree: ast.AST) -> Iterator[tuple[str, str]]:
    """Yield ("fixed" | "template", text) for what the code says to a packer."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _called(node)
            if name == "Sentence" and node.args:
                yield from (("template", text) for text in _texts(node.args[0]))
                continue
            places = SAID_BY.get(name, ())
            arguments = [node.args[i] for i in places if i < len(node.args)]
            arguments += [k.value for k in node.keywords if k.arg in SAID_AS]
            for argument in arguments:
                yield from (("fixed", text) for text in _texts(argument))
        elif isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id.lower().endswith(SAID_AS)
            for target in node.targets
        ):
            yield from (("fixed", text) for text in _texts(node.value))
        elif isinstance(node, ast.FunctionDef) and node.name in SAID_BY:
            for default in node.args.defaults:
                yield from (("fixed", text) for text in _texts(default))


def _engine_says() -> dict[str, set[str]]:
    said: dict[str, set[str]] = {"fixed": set(), "template": set()}
    for path in sorted(SOURCE.rglob("*.py")):
        if path.relative_to(SOURCE).parts[0] in NOT_ENGINE:
            continue
        for kind, text in _said(ast.parse(path.read_text(encoding="utf-8"))):
            said[kind].add(text)
    return said


@pytest.fixture
def polish(qapp: QCoreApplication) -> Iterator[None]:
    install_translations(qapp, "pl")
    yield
    install_translations(qapp, "en")


def test_the_list_holds_what_the_engine_says() -> None:
    said = _engine_says()
    assert len(said["fixed"]) > 20 and len(said["template"]) > 20, said
    assert sorted(said["fixed"] - set(FIXED)) == [], "add these to FIXED in engine_words.py"
    assert sorted(set(FIXED) - said["fixed"]) == [], "the engine no longer says these"
    assert sorted(said["template"] - set(TEMPLATES)) == [], "add these to TEMPLATES"
    assert sorted(set(TEMPLATES) - said["template"]) == [], "the engine no longer says these"


def test_english_is_shown_as_the_engine_said_it() -> None:
    said = Sentence("%1 (%2).", Sentence("Printed %1 labels for %2", 3, "EC-1"), "DPD Next Day")
    assert said == "Printed 3 labels for EC-1 (DPD Next Day)."
    assert shown(said) == said
    assert shown("Scan the next parcel.") == "Scan the next parcel."


def test_sentences_and_their_values_are_translated(polish: None) -> None:
    printed = Sentence("%1.", Sentence("Printed %1 labels for %2", 3, "EC-000-050-002"))
    assert shown(printed) == "Wydrukowano etykiety (3) dla EC-000-050-002."
    assert shown("Scan the next parcel.") == "Zeskanuj następną paczkę."
    # A value is never translated itself, only a sentence is.
    assert shown(Sentence("%1 is already done.", "Ready.")) == "Ready. jest już gotowa."
    faults = listed([Sentence("paper is out"), Sentence("print head is open")])
    assert shown(Sentence("not ready: %1", faults)) == (
        "niegotowa: brak papieru, głowica drukująca jest otwarta"
    )
    # A sentence put inside another without its full stop loses it in every language.
    inner = without_full_stop(Sentence("%1 is already done.", "EC-1"))
    assert inner == "EC-1 is already done" and shown(inner) == "EC-1 jest już gotowa"
    # Something the list does not have stays English.
    assert shown("SortedPRO does not know EC-9.") == "SortedPRO does not know EC-9."


def test_a_sentence_is_its_english_text_and_keeps_its_parts() -> None:
    said = Sentence("There is no label %1 here.", 4)
    assert said == "There is no label 4 here." and isinstance(said, str)
    assert (said.template, said.values) == ("There is no label %1 here.", ("4",))
    copied = pickle.loads(pickle.dumps(said))
    assert isinstance(copied, Sentence) and copied.values == ("4",) and copied == said
    # Values are put in once: a value holding %1 is not filled again.
    assert Sentence("%1 and %2", "%2", "b") == "%2 and b"
    trimmed = without_full_stop(said)
    assert trimmed == "There is no label 4 here" and pickle.loads(pickle.dumps(trimmed)) == trimmed
    assert without_full_stop("plain text. ") == "plain text"
    with pytest.raises(ValueError, match="no value for %2"):
        Sentence("%1 %2", "only one")
