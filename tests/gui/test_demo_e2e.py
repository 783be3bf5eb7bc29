"""``packstation demo`` end to end: a real X server, keys typed as a wedge scanner types them.

The demo (sandbox, virtual printer, virtual scale and the bench window) runs as its own process
on an Xvfb display; xdotool types a pick-sheet code and Enter into the window, and the label
must come out of the virtual printer.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

TIMEOUT_S = 60.0
CODE = "WEB-10021"  # on the demo pick sheet: allocated at checkout, prints at once

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb (package xvfb) is missing"),
    pytest.mark.skipif(shutil.which("xdotool") is None, reason="xdotool is missing"),
]


def _wait(condition: object, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.fixture
def display() -> Iterator[str]:
    """Start a private Xvfb and return its DISPLAY name."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    try:
        assert number, "Xvfb did not announce a display"
        yield f":{number}"
    finally:
        _stop(server)


def test_a_scanned_pick_sheet_code_prints_on_the_virtual_printer(
    display: str, tmp_path: Path
) -> None:
    home = tmp_path / "home"  # the window's geometry and any config stay in the test's folder
    home.mkdir()
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    data = tmp_path / "demo"
    log = (tmp_path / "demo.log").open("wb")
    demo = subprocess.Popen(
        [sys.executable, "-m", "packstation", "demo", "--data-dir", str(data)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:

        def window_id() -> str:
            found = subprocess.run(
                ["xdotool", "search", "--name", "Packstation"],
                env=env,
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            )
            return found.stdout.split()[0] if found.stdout.split() else ""

        _wait(lambda: window_id() != "" or demo.poll() is not None, "the bench window")
        assert demo.poll() is None, (tmp_path / "demo.log").read_text()
        time.sleep(2)  # the window gives the scan field its focus once it is shown
        subprocess.run(["xdotool", "type", "--delay", "20", CODE], env=env, timeout=30, check=True)
        subprocess.run(["xdotool", "key", "Return"], env=env, timeout=10, check=True)
        printed = data / "printed"
        _wait(lambda: any(printed.glob("*.zpl")), "a label on the virtual printer")
        (label,) = printed.glob("*.zpl")
        assert label.read_bytes().lstrip().startswith(b"^XA")
    finally:
        _stop(demo)
        log.close()
