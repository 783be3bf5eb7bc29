"""``packstation sandbox`` as a separate process: the one line, seed, key, faults, --db."""

from __future__ import annotations

import re
import selectors
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

LINE = re.compile(r"^sandbox listening on (http://127\.0\.0\.1:(\d+))$")
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 15.0
KEY = {"ocp-apim-subscription-key": "cli-key"}


def _first_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(START_TIMEOUT_S):
            raise AssertionError("the sandbox printed nothing")
    return process.stdout.readline().rstrip("\n")


@dataclass
class Running:
    base_url: str
    process: subprocess.Popen[str]
    later_output: list[str] = field(default_factory=list)


@contextmanager
def sandbox_process(*args: str) -> Iterator[Running]:
    command = [sys.executable, "-m", "packstation", "sandbox", "--port", "0", *args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    running = Running("", process)
    try:
        line = _first_line(process)
        match = LINE.match(line)
        assert match, f"unexpected first line {line!r}"
        assert int(match.group(2)) > 0
        running.base_url = match.group(1)
        yield running
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        out, _ = process.communicate(timeout=STOP_TIMEOUT_S)
        running.later_output.append(out)


def test_serves_the_demo_seed_with_key_and_command_line_faults() -> None:
    with sandbox_process(
        "--seed", "demo", "--api-key", "cli-key", "--fault", "GET /carriers/getcarriers 503 x1"
    ) as running:
        with httpx.Client(base_url=running.base_url, timeout=10) as http:
            assert http.get("/carriers/getcarriers", headers=KEY).status_code == 503
            assert http.get("/carriers/getcarriers", headers=KEY).status_code == 200
            assert http.get("/carriers/getcarriers").status_code == 401
            wrong = {"ocp-apim-subscription-key": "other"}
            assert http.get("/carriers/getcarriers", headers=wrong).status_code == 401
            page = http.get("/consignments/100/0", headers=KEY).json()
            assert page["Count"] >= 8
    assert running.process.returncode == 0
    assert running.later_output == [""]


def test_database_survives_a_restart(tmp_path: Path) -> None:
    database = tmp_path / "bench.sqlite3"
    body = {
        "Packages": [
            {
                "Weight": {"Value": 1, "Unit": "Kg"},
                "PackageSizeReference": "SMALL_BOX",
                "Description": "Box",
                "Value": {"Amount": 5, "Currency": {"IsoCode": "GBP"}},
            }
        ],
        "Addresses": [
            {"AddressType": "Origin", "ShippingLocationReference": "Sorted1"},
            {
                "AddressType": "Destination",
                "AddressLine1": "1 Main Street",
                "Postcode": "LS1 4AP",
                "Country": {"IsoCode": {"TwoLetterCode": "GB"}},
            },
        ],
    }
    with sandbox_process("--db", str(database)) as first:
        created = httpx.post(f"{first.base_url}/consignments", json=body, headers=KEY, timeout=10)
        reference = created.json()[0]["Href"].rsplit("/", 1)[1]
    with sandbox_process("--db", str(database), "--seed", "demo") as second:
        found = httpx.get(f"{second.base_url}/consignments/{reference}", headers=KEY, timeout=10)
        assert found.status_code == 200
        assert found.json()["Packages"][0]["PackageSizeReference"] == "SMALL_BOX"
        everything = httpx.get(f"{second.base_url}/consignments/100/0", headers=KEY, timeout=10)
        assert everything.json()["Count"] == 1


def test_bad_fault_flag_is_a_usage_error() -> None:
    command = [sys.executable, "-m", "packstation", "sandbox", "--port", "0", "--fault", "GET /x"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2 and "fault must be" in result.stderr


def test_a_port_in_use_is_reported_and_exits_1() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        command = [sys.executable, "-m", "packstation", "sandbox", "--port", port]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stdout == "" and "did not start" in result.stderr
