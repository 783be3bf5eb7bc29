"""``packstation virtual-printer`` and ``packstation print-test`` as real processes."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

from packstation.printing.commands import build_test_label, escape_field_data
from packstation.printing.virtual_printer import send_control_command
from packstation.printing.zpl.blocks import split_labels
from tests.integration.printing.peer import refused_port

LINE_TIMEOUT_S = 30.0


def _line_reader(stream: IO[str]) -> tuple[queue.Queue[str], threading.Thread]:
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line.rstrip("\n"))

    thread = threading.Thread(target=pump, daemon=True, name="pipe-reader")
    thread.start()
    return lines, thread


@dataclass
class RunningPrinter:
    process: subprocess.Popen[str]
    url: str
    control_port: int
    out_dir: Path
    stdout_lines: list[str]


@pytest.fixture
def virtual_printer_process(tmp_path: Path) -> Iterator[RunningPrinter]:
    out_dir = tmp_path / "labels"
    process = subprocess.Popen(
        [sys.executable, "-m", "packstation", "virtual-printer", "--port", "0"]
        + ["--out", str(out_dir), "--no-png"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    (stdout, stdout_thread), (stderr, stderr_thread) = (
        _line_reader(process.stdout),
        _line_reader(process.stderr),
    )
    try:
        ready = stdout.get(timeout=LINE_TIMEOUT_S)
        control_line = ""
        while "control channel" not in control_line:
            control_line = stderr.get(timeout=LINE_TIMEOUT_S)
        prefix = "virtual printer listening on "
        assert ready.startswith(prefix)
        url = ready.removeprefix(prefix)
        control_port = int(control_line.split("tcp://127.0.0.1:")[1].split()[0])
        yield RunningPrinter(process, url, control_port, out_dir, [ready])
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=LINE_TIMEOUT_S)
        # The readers end at end of file, which the exited process has produced.
        stdout_thread.join(timeout=LINE_TIMEOUT_S)
        stderr_thread.join(timeout=LINE_TIMEOUT_S)
        process.stdout.close()
        process.stderr.close()


def _print_test(url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packstation", "print-test", url, "--status-timeout-s", "2"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_virtual_printer_announces_one_line_with_its_real_port(
    virtual_printer_process: RunningPrinter,
) -> None:
    url = virtual_printer_process.url
    assert url.startswith("tcp://127.0.0.1:")
    assert int(url.rsplit(":", 1)[1]) > 0


def test_print_test_prints_confirms_and_reports_status(
    virtual_printer_process: RunningPrinter,
) -> None:
    result = _print_test(virtual_printer_process.url)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == "status before: ready"
    assert lines[2].startswith("result: confirmed: Printed label 1 on the printer at ")
    assert lines[3] == "status after: ready"
    written = sorted(virtual_printer_process.out_dir.glob("*.zpl"))
    assert [path.name for path in written] == ["0001.zpl"]
    assert b"PACKSTATION-TEST" in written[0].read_bytes()


def test_print_test_fails_on_a_faulted_printer(virtual_printer_process: RunningPrinter) -> None:
    send_control_command("127.0.0.1", virtual_printer_process.control_port, "set head_open 1")
    result = _print_test(virtual_printer_process.url)
    assert result.returncode == 1
    assert "status before: FAULT: print head is open" in result.stdout
    assert "not printed: Nothing was printed" in result.stderr
    assert not list(virtual_printer_process.out_dir.glob("*.zpl"))


def test_faults_change_through_the_control_command(
    virtual_printer_process: RunningPrinter,
) -> None:
    control = [sys.executable, "-m", "packstation", "virtual-printer-control"]
    control += ["--port", str(virtual_printer_process.control_port)]
    changed = subprocess.run(
        [*control, "set", "paused", "1"], capture_output=True, text=True, timeout=60, check=False
    )
    assert changed.returncode == 0 and "paused=1" in changed.stdout
    result = _print_test(virtual_printer_process.url)
    assert result.returncode == 1 and "FAULT: printer is paused" in result.stdout
    refused = subprocess.run(
        [*control, "set", "paused", "later"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert refused.returncode == 1 and "takes 1 or 0" in refused.stderr


def test_virtual_printer_stops_cleanly_on_sigterm(
    virtual_printer_process: RunningPrinter,
) -> None:
    virtual_printer_process.process.send_signal(signal.SIGTERM)
    assert virtual_printer_process.process.wait(timeout=LINE_TIMEOUT_S) == 0


def test_print_test_against_a_refusing_port_exits_non_zero() -> None:
    port = refused_port()
    result = _print_test(f"tcp://127.0.0.1:{port}")
    assert result.returncode == 1
    assert f"Printer at 127.0.0.1:{port} refused the connection" in result.stderr


def test_print_test_rejects_a_bad_address() -> None:
    result = _print_test("tcp://127.0.0.1:notaport")
    assert result.returncode == 2
    assert "the port is not a number" in result.stderr


def test_print_test_to_a_folder_is_sent_without_status(tmp_path: Path) -> None:
    result = _print_test(f"file://{tmp_path}")
    assert result.returncode == 0, result.stderr
    assert "status before: not available" in result.stdout
    assert [path.name for path in tmp_path.iterdir()] == ["job-000001.zpl"]


def test_test_label_escapes_field_data() -> None:
    assert escape_field_data("a^b~c_d é") == "a_5Eb_7Ec_5Fd _C3_A9"
    label = build_test_label("tcp://host:9100/^XZ~JA")
    assert len(split_labels(label)) == 1
    assert b"^XZ~JA" not in label and b"_5EXZ_7EJA" in label
