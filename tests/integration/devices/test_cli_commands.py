"""``packstation virtual-scale`` and ``packstation scale-read`` as real processes."""

from __future__ import annotations

import queue
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from decimal import Decimal
from typing import IO

import pytest

from packstation.devices.scale import ScaleReader
from packstation.domain.ports import WeightReading

LINE_TIMEOUT_S = 30.0
READY_PREFIX = "virtual scale listening on tcp://"


def _pump(stream: IO[str], lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))


def _packstation(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "packstation", *arguments]


class RunningScale:
    def __init__(self, *arguments: str) -> None:
        self.process = subprocess.Popen(
            _packstation("virtual-scale", "--port", "0", *arguments),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None and self.process.stderr is not None
        self.stdout: queue.Queue[str] = queue.Queue()
        self.stderr: queue.Queue[str] = queue.Queue()
        self._pumps = [
            threading.Thread(target=_pump, args=(self.process.stdout, self.stdout), daemon=True),
            threading.Thread(target=_pump, args=(self.process.stderr, self.stderr), daemon=True),
        ]
        for pump in self._pumps:
            pump.start()
        self.ready_line = self.stdout.get(timeout=LINE_TIMEOUT_S)
        self.host_port = self.ready_line.removeprefix(READY_PREFIX)

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(LINE_TIMEOUT_S)
        for pump in self._pumps:
            pump.join(LINE_TIMEOUT_S)
        assert self.process.stdout is not None and self.process.stderr is not None
        self.process.stdout.close()
        self.process.stderr.close()
        return code

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.stop()


@pytest.fixture
def scale_process(request: pytest.FixtureRequest) -> Iterator[RunningScale]:
    running = RunningScale(*getattr(request, "param", ()))
    try:
        yield running
    finally:
        running.kill()


@pytest.mark.parametrize("scale_process", [("--weight-kg", "1.25", "--unstable")], indirect=True)
def test_ready_line_then_weight_then_sigterm(scale_process: RunningScale) -> None:
    assert scale_process.ready_line.startswith(READY_PREFIX)
    host, port = scale_process.host_port.rsplit(":", 1)
    assert host == "127.0.0.1" and int(port) > 0
    with ScaleReader(f"socket://{scale_process.host_port}") as reader:
        assert reader.read() == WeightReading(Decimal("1.250"), False)
        with socket.create_connection((host, int(port)), timeout=5) as control:
            control.sendall(b"SET 2.345\nSTABLE\n")
            with control.makefile("rb") as answers:
                replies = answers.readline(), answers.readline()
        assert replies[0].startswith(b"OK weight_kg=2.345")
        assert reader.read_stable() == WeightReading(Decimal("2.345"), True)
    assert scale_process.stop() == 0
    assert scale_process.stdout.empty()  # exactly one line on stdout
    assert "socket://" in scale_process.stderr.get_nowait()


@pytest.mark.parametrize(
    "scale_process",
    [("--protocol", "continuous", "--weight-kg", "0.8", "--unit", "g", "--interval-s", "0.02")],
    indirect=True,
)
def test_scale_read_command_against_a_continuous_scale(scale_process: RunningScale) -> None:
    result = subprocess.run(
        _packstation(
            "scale-read", f"socket://{scale_process.host_port}", "--protocol", "continuous"
        ),
        capture_output=True,
        text=True,
        timeout=LINE_TIMEOUT_S,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, "0.8 kg stable\n")
    assert scale_process.stop() == 0


def test_scale_read_names_a_scale_that_is_not_there() -> None:
    with socket.create_server(("127.0.0.1", 0)) as placeholder:
        port = placeholder.getsockname()[1]
    result = subprocess.run(
        _packstation("scale-read", f"socket://127.0.0.1:{port}"),
        capture_output=True,
        text=True,
        timeout=LINE_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"The scale at socket://127.0.0.1:{port} cannot be reached" in result.stderr


def test_virtual_scale_refuses_a_bad_weight() -> None:
    result = subprocess.run(
        _packstation("virtual-scale", "--port", "0", "--weight-kg", "heavy"),
        capture_output=True,
        text=True,
        timeout=LINE_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 2
    assert "not a weight in kg" in result.stderr
