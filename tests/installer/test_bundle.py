"""The Linux station bundle: built with PyInstaller, unpacked, self-tested, installed, used.

Building takes about a minute of both cores, so these tests run only when
``PACKSTATION_BUILD_BUNDLE=1`` (``.ci/run`` sets it); the build needs the ``build`` extra
(``uv sync --extra test --extra build``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from packstation import __version__
from tests.conftest import PROJECT_ROOT
from tests.e2e import test_demo_window as e2e

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("PACKSTATION_BUILD_BUNDLE") != "1",
        reason="the PyInstaller bundle is built only with PACKSTATION_BUILD_BUNDLE=1 (CI sets it)",
    ),
]

BUILD_SCRIPT = PROJECT_ROOT / "installer" / "build-linux.sh"
# Unpacked size guard: the bundle is ~160 MB (ICU and Qt are most of it). WebEngine or the full
# PySide6 would add hundreds of megabytes and trip this.
MAX_UNPACKED_MB = 200
# Qt parts a bench never uses must not creep in.
UNWANTED_PARTS = ("QtWebEngine", "QtQml", "QtQuick", "Qt3D", "QtMultimedia", "QtNetwork", "wayland")


@dataclass(frozen=True)
class Bundle:
    """A built tarball and the folder it was unpacked into."""

    tarball: Path
    root: Path

    @property
    def program(self) -> Path:
        """The frozen ``packstation`` executable."""
        return self.root / "packstation"


def _station_env(home: Path, **extra: str) -> dict[str, str]:
    """Return an environment without the developer's station, with an empty home."""
    home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PACKSTATION_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    env["XDG_DATA_HOME"] = str(home / "data")
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing: `uv sync --extra test --extra build` first")
    work = tmp_path_factory.mktemp("bundle")
    env = {
        **os.environ,
        "PACKSTATION_PYTHON": sys.executable,
        "PACKSTATION_BUILD_DIR": str(work / "build"),
    }
    result = subprocess.run(
        [str(BUILD_SCRIPT), str(work / "dist")],
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    tarball = Path(result.stdout.strip().splitlines()[-1])
    unpacked = work / "unpacked"
    unpacked.mkdir()
    # Unpacked the way the IT person will, with tar; it keeps modes and relative symlinks.
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(unpacked)], check=True, timeout=300)
    (root,) = unpacked.iterdir()
    yield Bundle(tarball, root)


def _size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


def test_the_tarball_is_named_and_laid_out_for_a_station(bundle: Bundle) -> None:
    assert bundle.tarball.name == f"packstation-{__version__}-linux-{os.uname().machine}.tar.gz"
    assert bundle.root.name == bundle.tarball.name.removesuffix(".tar.gz")
    for name in ("packstation", "_internal", "packstation.desktop", "packstation.png", "VERSION"):
        assert (bundle.root / name).exists(), name
    assert os.access(bundle.program, os.X_OK) and os.access(bundle.root / "install.sh", os.X_OK)
    assert (bundle.root / "VERSION").read_text().strip() == __version__
    resources = bundle.root / "_internal" / "packstation" / "resources"
    assert (resources / "styles" / "light.qss").is_file()
    assert not (resources / "screenshots").exists()


def test_the_bundle_stays_lean(bundle: Bundle) -> None:
    names = [p.name for p in bundle.root.rglob("*")]
    for part in UNWANTED_PARTS:
        assert not [name for name in names if part.lower() in name.lower()], part
    assert _size_mb(bundle.root) < MAX_UNPACKED_MB


def test_the_desktop_entry_is_valid(bundle: Bundle, tmp_path: Path) -> None:
    text = (bundle.root / "packstation.desktop").read_text()
    assert "Exec=@EXEC@\n" in text and "Icon=packstation\n" in text
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip(reason="desktop-file-validate (Debian desktop-file-utils) is not installed")
    entry = tmp_path / "packstation.desktop"
    entry.write_text(text.replace("@EXEC@", str(bundle.program)))
    result = subprocess.run(
        [validator, str(entry)], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_frozen_selftest_passes_offscreen(bundle: Bundle, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(bundle.program), "--selftest"],
        env=_station_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"packstation {__version__} selftest ok")
    assert f"resources: {bundle.root / '_internal' / 'packstation' / 'resources'};" in line
    assert "preview: Code 128 read back" in line


def test_the_frozen_selftest_names_what_is_broken(bundle: Bundle, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(bundle.program), "--selftest"],
        env=_station_env(tmp_path, PACKSTATION_RESOURCES=str(tmp_path / "gone")),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "selftest FAILED (resources)" in result.stdout


def test_install_upgrade_and_uninstall_keep_the_station_files(
    bundle: Bundle, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    config = home / "config" / "packstation" / "station.toml"
    journal = home / "data" / "packstation" / "journal.sqlite3"
    settings, journal_bytes = '[station]\nlocation = "LOC-KEPT"\n', b"journal rows"
    for path in (config, journal):
        path.parent.mkdir(parents=True)
    config.write_text(settings)
    journal.write_bytes(journal_bytes)
    prefix, link, share = tmp_path / "opt", tmp_path / "bin" / "packstation", tmp_path / "share"
    env = _station_env(
        home,
        PACKSTATION_PREFIX=str(prefix),
        PACKSTATION_BIN_LINK=str(link),
        PACKSTATION_SHARE=str(share),
    )

    def install(*args: str) -> str:
        result = subprocess.run(
            ["sh", str(bundle.root / "install.sh"), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    first = install()
    assert "selftest ok" in first and f"config: {config}, journal present" in first
    older = prefix / "0.0.9"  # a version installed before: kept once as the way back, then gone
    shutil.copytree(prefix / __version__, older, symlinks=True)
    (prefix / "current").unlink()
    (prefix / "current").symlink_to("0.0.9")
    second = install()
    assert "previous: 0.0.9" in second
    assert sorted(p.name for p in prefix.iterdir()) == sorted(["0.0.9", __version__, "current"])
    assert (prefix / "current").resolve() == (prefix / __version__).resolve()
    desktop = (share / "applications" / "packstation.desktop").read_text()
    assert f"Exec={prefix}/current/packstation\n" in desktop
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "packstation.png").is_file()
    version = subprocess.run(
        [str(link), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert version.stdout.strip() == f"packstation {__version__}"

    install()  # the next upgrade keeps only the version it replaces
    assert sorted(p.name for p in prefix.iterdir()) == sorted([__version__, "current"])

    assert "left in place" in install("--uninstall")
    assert not prefix.exists() and not link.exists() and not link.is_symlink()
    assert config.read_text() == settings and journal.read_bytes() == journal_bytes


@pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs an X server (Debian xvfb) and xdotool to type into the frozen window",
)
def test_the_frozen_demo_window_prints_a_scanned_label(
    bundle: Bundle, display: str, tmp_path: Path
) -> None:
    data = tmp_path / "demo"
    env = _station_env(tmp_path / "home", DISPLAY=display, QT_QPA_PLATFORM="xcb")
    printed = data / "printed" / "0001.zpl"
    visible_window = (display, "search", "--onlyvisible", "--name", "Packstation")
    with (tmp_path / "demo.log").open("w") as log:
        demo = subprocess.Popen(
            [str(bundle.program), "demo", "--data-dir", str(data)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            # Qt names some unmapped helper windows after the application too: wait for one shown.
            e2e._wait_for(
                lambda: e2e._xdotool(*visible_window).stdout.strip(), 60, "the frozen window"
            )
            code = e2e._first_pick_sheet_code(data / "pick-sheet.pdf")
            time.sleep(1.0)  # let the window settle its focus on the scan field
            # Xvfb has no window manager: give the window X's input focus explicitly, so the
            # keys do not depend on where the pointer happens to be.
            assert e2e._xdotool(*visible_window, "windowfocus", "--sync").returncode == 0
            assert e2e._xdotool(display, "type", "--delay", "10", code).returncode == 0
            assert e2e._xdotool(display, "key", "Return").returncode == 0
            label_arrived = _eventually(lambda: printed.is_file() and printed.stat().st_size > 0)
        finally:
            demo.terminate()
            try:
                demo.wait(timeout=20)
            except subprocess.TimeoutExpired:
                demo.kill()
                demo.wait(timeout=10)
    log_text = (tmp_path / "demo.log").read_text()
    assert label_arrived, f"no label at the virtual printer for {code}; log:\n{log_text[-4000:]}"
    assert code in printed.read_text(errors="replace")
    assert "Traceback" not in log_text, log_text


def _eventually(condition: Callable[[], bool], timeout_s: float = 60) -> bool:
    """Poll ``condition`` until it holds or ``timeout_s`` passes; return whether it held."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


@pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs an X server (Debian xvfb) and xdotool to close the frozen first-run dialog",
)
def test_the_desktop_entry_command_greets_an_unconfigured_station(
    bundle: Bundle, display: str, tmp_path: Path
) -> None:
    env = _station_env(tmp_path / "home", DISPLAY=display, QT_QPA_PLATFORM="xcb")
    welcome = (display, "search", "--onlyvisible", "--name", "Welcome to Packstation")
    with (tmp_path / "bench.log").open("w") as log:
        bench = subprocess.Popen(
            [str(bundle.program)], env=env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            e2e._wait_for(lambda: e2e._xdotool(*welcome).stdout.strip(), 60, "the welcome")
            assert e2e._xdotool(*welcome, "windowfocus", "--sync").returncode == 0
            assert e2e._xdotool(display, "key", "Escape").returncode == 0
            exit_code = bench.wait(timeout=60)
        finally:
            if bench.poll() is None:
                bench.kill()
                bench.wait(timeout=10)
    assert exit_code == 0, (tmp_path / "bench.log").read_text()
