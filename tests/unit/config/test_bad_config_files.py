"""Properties: a broken station file is refused in words, named, and left exactly as it was.

The ConfigError names the file and the setting (or the line); a good file still loads.

Hypothesis starts from a complete, valid ``station.toml`` and breaks it: a value of the wrong type,
out of range or an invalid address, an unknown key, text with control characters or 10 000
characters long, then the file itself cut short, with bytes inserted, not UTF-8, or not TOML.
"""

from __future__ import annotations

import copy
import math
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.config import ConfigError, load_settings
from packstation.config.saving import toml_string
from packstation.errors import UserFacingError

VALID: dict[str, Any] = {
    "station": {
        "name": "bench-1",
        "location": "LOC-1",
        "policy": "cheapest",
        "data_dir": "/srv/packstation",
        "demo": False,
    },
    "api": {"environment": "sandbox", "connect_timeout_s": 3.0, "read_timeout_s": 15.0},
    "printers": {
        "connect_timeout_s": 3.0,
        "write_timeout_s": 10.0,
        "label": {"url": "tcp://127.0.0.1:9100", "language": "zpl", "dpi": 300, "size": "a6"},
        "document": {"url": "file:///srv/documents"},
        "receipt": {"url": "usb://04b8:0202", "language": "escpos"},
    },
    "scale": {"url": "loop://", "protocol": "continuous"},
    "scanner": {"url": "/dev/ttyACM0", "suffix": "tab"},
    "ui": {"sounds": False, "theme": "dark", "font_size_pt": 18, "language": "de"},
}
# The file is small; each example writes and reads it once. The hypothesis database and shrinking
# of 10 000-character values make some examples slow, which is expected here.
FILES = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
MAX_MESSAGE_CHARS = 700
_DEBUG_WORDS = re.compile(r"Traceback|File \"|line \d+, in |<class '|object at 0x|pydantic\.dev")


def toml_value(value: Any) -> str:
    """Render a test value as TOML, including the values TOML allows but settings refuse."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    return "{" + ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


def to_toml(data: dict[str, Any], path: tuple[str, ...] = ()) -> str:
    """Render nested sections as TOML tables."""
    scalars = {k: v for k, v in data.items() if not isinstance(v, dict) or not v}
    tables = {k: v for k, v in data.items() if isinstance(v, dict) and v}
    lines = [f"[{'.'.join(toml_string(p) for p in path)}]"] if path else []
    lines += [f"{toml_string(k)} = {toml_value(v)}" for k, v in scalars.items()]
    text = "\n".join(lines) + "\n"
    return text + "".join(to_toml(child, (*path, key)) for key, child in tables.items())


def leaf_paths(data: dict[str, Any], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for key, value in data.items():
        if isinstance(value, dict):
            found += leaf_paths(value, (*prefix, key))
        else:
            found.append((*prefix, key))
    return found


def section_paths(data: dict[str, Any], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    for key, value in data.items():
        if isinstance(value, dict):
            found += section_paths(value, (*prefix, key))
    return found


def with_value(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(VALID)
    node = data
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = value
    return data


text_values = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), min_size=1, max_size=5),
    st.sampled_from(
        [
            "",
            "   ",
            "~nosuchuser/x",
            "ftp://printer",
            "tcp://",
            "http://10.0.0.5",
            "https://[::1",
            "https://api.example.test:99999",
            "https://user:pw@api.example.test",
            "COM 3",
            "Zürich-Lager",
            "a\x00b",
        ]
    ),
    st.integers(min_value=1, max_value=10_000).map(lambda n: "x" * n),
)
wrong_values = st.one_of(
    text_values,
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
unknown_keys = st.text(
    alphabet=st.characters(categories=["Ll", "Lu", "Nd"], include_characters="_-"),
    min_size=1,
    max_size=20,
)


def write(path: Path, data: bytes) -> bytes:
    path.write_bytes(data)
    return data


def load_or_error(path: Path) -> ConfigError | None:
    """Load ``path`` alone; return the ConfigError (anything else escapes and fails the test)."""
    try:
        load_settings(path, environ={})
    except ConfigError as error:
        return error
    return None


def assert_names_the_file(error: UserFacingError, path: Path) -> None:
    assert str(path) in error.message, error.message
    assert len(error.message) <= MAX_MESSAGE_CHARS + len(str(path)), error.message[:300]
    assert not _DEBUG_WORDS.search(error.message), error.message


def test_the_valid_file_loads(config_file: Path) -> None:
    write(config_file, to_toml(VALID).encode())
    loaded = load_settings(config_file, environ={}).settings
    assert loaded.printers.label.dpi == 300 and loaded.ui.theme == "dark"
    assert loaded.scale.url == "loop://" and loaded.station.policy == "cheapest"


@FILES
@given(data=st.data())
def test_a_wrong_value_is_named_with_its_file_and_the_file_is_kept(
    data: st.DataObject, config_file: Path
) -> None:
    path = data.draw(st.sampled_from(leaf_paths(VALID)), label="setting")
    value = data.draw(wrong_values, label="value")
    before = write(config_file, to_toml(with_value(path, value)).encode())
    error = load_or_error(config_file)
    assert config_file.read_bytes() == before
    if error is not None:
        assert_names_the_file(error, config_file)
        assert ".".join(path) in error.message, error.message


@FILES
@given(data=st.data())
def test_an_unknown_key_is_named(data: st.DataObject, config_file: Path) -> None:
    section = data.draw(st.sampled_from(section_paths(VALID)), label="section")
    key = data.draw(unknown_keys.filter(lambda k: k not in _keys_of(section)), label="key")
    value = data.draw(st.one_of(st.integers(), st.text(max_size=10)), label="value")
    before = write(config_file, to_toml(with_value((*section, key), value)).encode())
    error = load_or_error(config_file)
    assert error is not None, f"unknown key {key} in [{'.'.join(section)}] was accepted"
    assert config_file.read_bytes() == before
    assert_names_the_file(error, config_file)
    assert key in error.message


def _keys_of(section: tuple[str, ...]) -> set[str]:
    node: Any = VALID
    for key in section:
        node = node[key]
    return set(node)


@st.composite
def broken_files(draw: st.DrawFn) -> bytes:
    """Draw the valid file's bytes cut, with bytes inserted or replaced, or something else."""
    good = to_toml(VALID).encode()
    kind = draw(st.sampled_from(["cut", "insert", "replace", "binary", "not utf-8"]))
    at = draw(st.integers(min_value=0, max_value=len(good)))
    if kind == "cut":
        return good[:at]
    if kind == "insert":
        return good[:at] + draw(st.binary(min_size=1, max_size=8)) + good[at:]
    if kind == "replace":
        return good[:at] + draw(st.sampled_from([b"=", b"[", b'"', b"\n", b"]", b"#"])) + good[at:]
    if kind == "not utf-8":
        return good[:at] + b"\xff\xfe" + good[at:]
    return draw(st.binary(max_size=300))


@FILES
@given(content=broken_files())
def test_a_broken_file_is_refused_in_words_and_kept(content: bytes, config_file: Path) -> None:
    write(config_file, content)
    error = load_or_error(config_file)
    assert config_file.read_bytes() == content
    if error is not None:
        assert_names_the_file(error, config_file)
        if "not valid TOML" in error.message:
            assert "line" in error.message


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\xff\xfe[station]\n", "not UTF-8"),
        (b"[station\nname = 'x'\n", "line 1"),
        (b"[ui]\nfont_size_pt = 99\n", "ui.font_size_pt"),
        (b"[api]\nurl = 'https://api.example.test:99999'\n", "api.url"),
        (b"[station]\ndata_dir = '~nosuchuser/x'\n", "station.data_dir"),
        (b'[station]\ndata_dir = "a\\u0000b"\n', "station.data_dir"),
        (b"[station]\ndata_dir = 5\n", "station.data_dir"),
        (b"_cli_parse_args = true\n", "_cli_parse_args"),
        (b"_env_file = '/etc/passwd'\n", "_env_file"),
        (b"[api]\nkey = 'abc'\n", "API key"),
    ],
)
def test_known_bad_files(content: bytes, words: str, config_file: Path) -> None:
    write(config_file, content)
    error = load_or_error(config_file)
    assert error is not None and words in error.message, error
    assert_names_the_file(error, config_file)
    assert config_file.read_bytes() == content


def test_an_empty_file_gives_the_defaults(config_file: Path) -> None:
    write(config_file, b"")
    loaded = load_settings(config_file, environ={})
    assert loaded.file_found and loaded.settings.ui.font_size_pt == 14


def test_a_directory_where_the_file_belongs(config_file: Path) -> None:
    config_file.mkdir()
    error = load_or_error(config_file)
    assert error is not None and "directory" in error.message
    assert_names_the_file(error, config_file)


def test_a_huge_file_is_refused_without_reading_it_all(config_file: Path) -> None:
    content = b"# padding\n" * 300_000  # 3 MB of comments: no station file is that large
    write(config_file, content)
    error = load_or_error(config_file)
    assert error is not None and "MB" in error.message
    assert_names_the_file(error, config_file)
    assert config_file.read_bytes() == content


def test_a_config_path_with_a_nul_byte(config_file: Path) -> None:
    error = load_or_error(config_file.parent / "sta\x00tion.toml")
    assert error is not None and "config file" in error.message
