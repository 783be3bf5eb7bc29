"""End to end: ``packstation demo`` in a real X window, driven like a keyboard-wedge scanner.

The test starts its own Xvfb server, runs the demo command as a subprocess, types a code read
from the demo pick sheet followed by Enter (what a wedge scanner sends), and waits for the label
to come out of the virtual printer.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs an X server (Debian xvfb) and xdotool to type into a real window",
)


@pytest.fixture
def display() -> Iterator[str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number, "Xvfb did not report its display"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_for(condition, timeout_s: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def _xdotool(display: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def _first_pick_sheet_code(pick_sheet: Path) -> str:
    document = pdfium.PdfDocument(pick_sheet)
    text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    codes = re.findall(r"EC-[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}", text)
    assert codes, "the pick sheet lists consignment codes"
    return codes[0]


@pytest.mark.slow
def test_a_scanned_pick_sheet_code_prints_a_label(display: str, tmp_path: Path) -> None:
    data = tmp_path / "demo"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env = {k: v for k, v in env.items() if not k.startswith("PACKSTATION_")}
    log = (tmp_path / "demo.log").open("w")
    demo = subprocess.Popen(
        [sys.executable, "-m", "packstation", "demo", "--data-dir", str(data)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        # Qt also creates unmapped helper windows with the same name: wait for a visible one,
        # and give it the keyboard ourselves (Xvfb has no window manager to do it).
        visible = ("search", "--onlyvisible", "--name", "Packstation")
        _wait_for(lambda: _xdotool(display, *visible).stdout.strip(), 60, "the bench window")
        code = _first_pick_sheet_code(data / "pick-sheet.pdf")
        assert _xdotool(display, *visible, "windowfocus", "--sync").returncode == 0
        time.sleep(0.5)  # the scan field takes focus when the window becomes active
        assert _xdotool(display, "type", "--delay", "10", code).returncode == 0
        assert _xdotool(display, "key", "Return").returncode == 0
        label_png = data / "printed" / "0001.png"
        _wait_for(label_png.exists, 60, "the label at the virtual printer")
        time.sleep(0.5)  # the PNG is written after the ZPL; let it finish
        zpl = (data / "printed" / "0001.zpl").read_text(errors="replace")
        assert code in zpl
        decoded = {r.text for r in zxingcpp.read_barcodes(Image.open(label_png).convert("L"))}
        assert decoded, "the printed label's barcodes decode"
    finally:
        demo.terminate()
        try:
            demo.wait(timeout=20)
        except subprocess.TimeoutExpired:
            demo.kill()
            demo.wait(timeout=10)
        log.close()
    assert "sandbox:" in (tmp_path / "demo.log").read_text()
    # The window's own log file, in the station's data folder: the calls of the scan are in it.
    [log_file] = data.rglob("logs/packstation.log")
    assert "GET /labels/" in log_file.read_text(encoding="utf-8")


def _sandbox_url(log: Path) -> str:
    found = re.search(r"sandbox:\s+(http://\S+)", log.read_text())
    assert found, "the demo prints the sandbox address"
    return found.group(1)


def _state(sandbox: str, reference: str) -> str:
    answer = httpx.get(
        f"{sandbox}/consignments/{reference}",
        headers={"ocp-apim-subscription-key": "e2e"},
        timeout=10,
    )
    return str(answer.json().get("ConsignmentState"))


@pytest.mark.slow
def test_the_shift_is_closed_through_the_window(display: str, tmp_path: Path) -> None:
    data = tmp_path / "demo"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    env = {k: v for k, v in env.items() if not k.startswith("PACKSTATION_")}
    log_path = tmp_path / "demo.log"
    log = log_path.open("w")
    demo = subprocess.Popen(
        [sys.executable, "-m", "packstation", "--debug-stalls", "demo", "--data-dir", str(data)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        visible = ("search", "--onlyvisible", "--name", "Packstation")
        _wait_for(lambda: _xdotool(display, *visible).stdout.strip(), 60, "the bench window")
        code = _first_pick_sheet_code(data / "pick-sheet.pdf")
        assert _xdotool(display, *visible, "windowfocus", "--sync").returncode == 0
        time.sleep(0.5)
        _xdotool(display, "type", "--delay", "10", code)
        _xdotool(display, "key", "Return")
        _wait_for((data / "printed" / "0001.zpl").exists, 60, "the label")
        sandbox = _sandbox_url(log_path)
        _wait_for(lambda: _state(sandbox, code) == "ReadyToShip", 30, "ready to ship")

        _xdotool(display, "key", "F3")  # the Shift screen
        time.sleep(0.5)
        _xdotool(display, "key", "alt+c")  # Close shift…: asks for the lead PIN
        time.sleep(1.0)
        _xdotool(display, "type", "--delay", "20", "1234")
        _xdotool(display, "key", "Return")
        time.sleep(1.0)
        assert _xdotool(display, *visible, "windowfocus", "--sync").returncode == 0
        _xdotool(display, "key", "alt+m")  # Manifest now
        _wait_for(lambda: _state(sandbox, code) == "Manifested", 60, "the manifest")
        _xdotool(display, "key", "alt+p")  # Print driver sheet: to the demo's document folder
        _wait_for(lambda: any((data / "documents").glob("*.pdf")), 30, "the driver sheet")
        sheet = next((data / "documents").glob("*.pdf"))
        pages = pdfium.PdfDocument(sheet)
        assert code in "".join(p.get_textpage().get_text_range() for p in pages)
        assert "Traceback" not in log_path.read_text()
    finally:
        demo.terminate()
        try:
            demo.wait(timeout=20)
        except subprocess.TimeoutExpired:
            demo.kill()
            demo.wait(timeout=10)
        log.close()
