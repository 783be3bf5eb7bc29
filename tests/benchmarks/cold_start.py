"""Benchmark: cold start of the bench window to ready-to-scan, and ``packstation --selftest``.

Run: ``uv run --extra test python -m tests.benchmarks.cold_start`` (``--runs N``).

A demo world is started once (the sandbox with the demo seed and the virtual printer, each in its
own process). Each run is a new Python process (``QT_QPA_PLATFORM=offscreen``) that imports the
application, opens the real station against that world (``open_station``), builds and shows the
window through ``packstation.app.bench_services`` and ``packstation.gui.bootstrap.open_window``,
and prints the moment the scan field has the keyboard focus. The figure is the wall time from
launching the process to that line (interpreter start and imports included); the child also
reports its phases. Each run is repeated with ``rich`` and ``pygments`` made unimportable, as in
an installation without the test extra. The target is under 1.5 s. ``--selftest`` is timed the
same way, launch to exit. The last line printed is the JSON result.

The children inherit this environment, ``PYTHONDONTWRITEBYTECODE`` included: where it is set
(``bytecode_cache`` false in the result) and no ``.pyc`` files exist yet, every start compiles
the sources of the application and its libraries again, which an installed station (wheels
compiled at install, or the PyInstaller bundle) does not do. So that both are seen, the window
is also started ``runs`` times as an installation would start it: test extras blocked and a
bytecode cache in a temporary directory (``PYTHONPYCACHEPREFIX``, filled by one untimed start):
``window_ready_s_median_with_bytecode_cache``. The target is judged on the first figure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_S = 1.5
CHILD_TIMEOUT_S = 60.0
READY = "ready-to-scan"
# Installed here only by the test extra (import-linter); with them present httpx imports its
# command-line module at import time. Blocking them shows a start as an installation has it.
TEST_ONLY_MODULES = "rich,pygments"


def child(api_url: str, printer_url: str, data_dir: str, blocked: str = "") -> int:
    """In the child: build the window and print phases once the scan field has the focus.

    ``blocked`` names modules (comma-separated) made unimportable first, to start as an
    installation without them would.
    """
    for name in filter(None, blocked.split(",")):
        sys.modules[name] = None  # type: ignore[assignment]
    started = time.perf_counter()
    from PySide6.QtCore import QTimer

    from packstation.app import bench_services
    from packstation.config import load_settings
    from packstation.gui.bootstrap import application, open_window
    from packstation.station import open_station

    imported = time.perf_counter()
    environ = {
        "PACKSTATION_API_ENVIRONMENT": "custom",
        "PACKSTATION_API_URL": api_url,
        "PACKSTATION_LOCATION": "Sorted1",
        "PACKSTATION_LABEL_PRINTER": printer_url,
        "PACKSTATION_DATA_DIR": data_dir,
        "PACKSTATION_POLICY": "ask",
    }
    settings = load_settings(Path(data_dir) / "station.toml", environ=environ).settings
    station = open_station(settings, "benchmark-key", operator="benchmark")
    opened = time.perf_counter()
    app = application([])
    window = open_window(bench_services(station))
    shown = time.perf_counter()
    phases: dict[str, float] = {}

    def check_focus() -> None:
        if window.pack.scan_field.hasFocus():
            phases.update(
                imports_s=imported - started,
                station_s=opened - imported,
                window_s=shown - opened,
                focus_s=time.perf_counter() - shown,
            )
            print(f"{READY} {json.dumps(phases)}", flush=True)
            app.quit()

    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(check_focus)
    poll.start()
    QTimer.singleShot(int(CHILD_TIMEOUT_S * 1000), app.quit)
    try:
        app.exec()
    finally:
        poll.stop()
        window.shutdown()
        station.close()
    return 0 if phases else 1


def _window_start(
    api_url: str, printer_url: str, blocked: str, pycache: str | None = None
) -> tuple[float, dict[str, float]]:
    with tempfile.TemporaryDirectory(prefix="packstation-cold-") as data_dir:
        command = [sys.executable, "-m", "tests.benchmarks.cold_start", "--child"]
        command += [api_url, printer_url, data_dir, "--block", blocked]
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if pycache is not None:
            environment.pop("PYTHONDONTWRITEBYTECODE", None)
            environment["PYTHONPYCACHEPREFIX"] = pycache
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=environment)
        assert process.stdout is not None
        try:
            for line in process.stdout:
                if line.startswith(READY):
                    ready_s = time.perf_counter() - started
                    phases = json.loads(line.split(" ", 1)[1])
                    break
            else:
                raise RuntimeError("the window never reported ready-to-scan")
        finally:
            process.stdout.close()
            process.wait(CHILD_TIMEOUT_S)
    return ready_s, phases


def _selftest() -> tuple[float, int, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "packstation", "--selftest"],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return time.perf_counter() - started, done.returncode, done.stdout.strip()[-200:]


def run(runs: int) -> dict[str, Any]:
    """Start the window ``runs`` times and the self test ``runs`` times."""
    # Imported here, not at the top: the child process must load only what the app loads.
    from tests.benchmarks.support import machine, printer_process, sandbox_process, summary

    starts: list[float] = []
    phases: list[dict[str, float]] = []
    starts_without_extras: list[float] = []
    starts_with_bytecode_cache: list[float] = []
    with (
        tempfile.TemporaryDirectory(prefix="packstation-cold-printer-") as printed,
        tempfile.TemporaryDirectory(prefix="packstation-cold-pycache-") as pycache,
        sandbox_process(seed="demo") as sandbox,
        printer_process(Path(printed)) as printer_url,
    ):
        for _ in range(runs):
            ready_s, phase = _window_start(sandbox.base_url, printer_url, "")
            starts.append(ready_s * 1000)
            phases.append(phase)
            ready_s, _ = _window_start(sandbox.base_url, printer_url, TEST_ONLY_MODULES)
            starts_without_extras.append(ready_s * 1000)
        _window_start(sandbox.base_url, printer_url, TEST_ONLY_MODULES, pycache)  # fills it
        for _ in range(runs):
            ready_s, _ = _window_start(sandbox.base_url, printer_url, TEST_ONLY_MODULES, pycache)
            starts_with_bytecode_cache.append(ready_s * 1000)
    window = summary(starts)
    without_extras = summary(starts_without_extras)
    with_bytecode_cache = summary(starts_with_bytecode_cache)
    selftests = [_selftest() for _ in range(runs)]
    selftest_ms = summary([seconds * 1000 for seconds, _, _ in selftests])
    return {
        "benchmark": "cold_start",
        "machine": machine(),
        "runs": runs,
        "window_ready_s_median": round(window["median"] / 1000, 2),
        "window_ready_s_p95": round(window["p95"] / 1000, 2),
        "window_phases_s_median": {
            name: round(sorted(p[name] for p in phases)[len(phases) // 2], 3) for name in phases[0]
        },
        "window_ready_s_median_without_test_extras": round(without_extras["median"] / 1000, 2),
        "test_extras_blocked": TEST_ONLY_MODULES,
        "bytecode_cache": not os.environ.get("PYTHONDONTWRITEBYTECODE"),
        "window_ready_s_median_with_bytecode_cache": round(with_bytecode_cache["median"] / 1000, 2),
        "target_s": TARGET_S,
        "target_met": window["median"] / 1000 < TARGET_S,
        "selftest_s_median": round(selftest_ms["median"] / 1000, 2),
        "selftest_s_p95": round(selftest_ms["p95"] / 1000, 2),
        "selftest_exit_codes": sorted({code for _, code, _ in selftests}),
        "selftest_last_line": selftests[-1][2].splitlines()[-1] if selftests[-1][2] else "",
    }


def main() -> None:
    """Parse options; run the benchmark, or be the child that opens the window."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs=3, metavar=("API_URL", "PRINTER_URL", "DATA_DIR"))
    parser.add_argument("--block", default="", help="(child) modules to make unimportable")
    arguments = parser.parse_args()
    if arguments.child:
        api_url, printer_url, data_dir = arguments.child
        sys.exit(child(api_url, printer_url, data_dir, blocked=arguments.block))
    print(json.dumps(run(arguments.runs)))


if __name__ == "__main__":
    main()
