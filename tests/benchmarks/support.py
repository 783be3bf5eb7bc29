"""What the station benchmarks share: the machine, statistics, a sandbox process, a real station.

- :func:`machine` and :func:`summary` give every script the same ``machine`` block and the same
  median / p95 (nearest rank, as ``driver_sheet.py``).
- :func:`sandbox_process` starts :mod:`tests.benchmarks.counting_sandbox` on a port the OS
  chooses, with the clock frozen on a Monday morning and the demo seed loaded, and stops it.
- :class:`TimedPrinter` is the virtual Zebra with a hook: the time each complete label reached
  it (its last byte), taken where the printer hands the label to its print engine.
- :func:`open_bench` builds the real station (``open_station``) against them in a temporary
  data folder; :class:`Seeder` makes fresh consignments and checkout options through the API.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from packstation.config import load_settings
from packstation.printing.virtual_printer import VirtualPrinter
from packstation.printing.virtual_printer.engine import PrintEngine
from packstation.pro import ProClient
from packstation.pro import models as m
from packstation.sandbox.testing import FrozenClock, SandboxControl
from packstation.station import Station, open_station

API_KEY = "benchmark-key"
MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
START_TIMEOUT_S = 30.0
HTTP_TIMEOUT_S = 30.0
LOCATION = "Sorted1"


def machine() -> dict[str, Any]:
    """Return the machine a benchmark ran on."""
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        # Other work on the machine moves the figures; the load at the start says how busy it was.
        "load_average_1m": round(os.getloadavg()[0], 2),
    }


def percentile(samples: list[float], share: float) -> float:
    """Return the nearest-rank percentile of ``samples``."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]


def summary(samples_ms: list[float]) -> dict[str, float]:
    """Return the median, p95 and max of millisecond samples, rounded to 0.1 ms."""
    ordered = sorted(samples_ms)
    middle = len(ordered) // 2
    median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return {
        "median": round(median, 1),
        "p95": round(percentile(ordered, 0.95), 1),
        "max": round(ordered[-1], 1),
    }


# -- the sandbox --------------------------------------------------------------------------------


@dataclass
class Sandbox:
    """A running counting sandbox and its control client."""

    base_url: str
    control: SandboxControl
    http: httpx.Client

    def calls(self) -> dict[str, int]:
        """Return the PRO requests counted since the last :meth:`reset_calls`."""
        return dict(self.http.get("/_bench/calls").json())

    def reset_calls(self) -> None:
        """Start counting again from zero."""
        self.http.delete("/_bench/calls").raise_for_status()


@contextmanager
def sandbox_process(seed: str = "demo", *, latency_ms: float = 0.0) -> Iterator[Sandbox]:
    """Run the counting sandbox in a child process; the clock frozen on a Monday morning.

    ``latency_ms`` is added to every PRO call (see :mod:`tests.benchmarks.counting_sandbox`).
    """
    command = [sys.executable, "-m", "tests.benchmarks.counting_sandbox", "--port", "0"]
    command += ["--latency-ms", str(latency_ms)]
    with child_process(command, "sandbox listening on ") as base_url:
        control = SandboxControl(base_url)
        http = httpx.Client(base_url=base_url, timeout=HTTP_TIMEOUT_S)
        try:
            control.set_clock(MONDAY_MORNING)
            control.reset(seed)
            yield Sandbox(base_url, control, http)
        finally:
            http.close()
            control.close()


@contextmanager
def printer_process(out_dir: Path) -> Iterator[str]:
    """Run ``packstation virtual-printer`` (no PNGs) in a child process; yield its URL."""
    command = [sys.executable, "-m", "packstation", "virtual-printer", "--port", "0"]
    command += ["--out", str(out_dir), "--no-png"]
    with child_process(command, "virtual printer listening on ") as url:
        yield url


@contextmanager
def child_process(command: list[str], ready_prefix: str) -> Iterator[str]:
    """Start ``command``, wait for its line starting ``ready_prefix``; yield the rest of it."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        yield _ready_line(process, ready_prefix)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
        if process.stdout is not None:
            process.stdout.close()


def _ready_line(process: subprocess.Popen[str], prefix: str) -> str:
    found: list[str] = []

    def read_lines() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith(prefix):
                found.append(line)
                return

    reader = threading.Thread(target=read_lines, daemon=True)
    reader.start()
    reader.join(START_TIMEOUT_S)
    if not found:
        raise RuntimeError(f"{process.args!r} did not start")
    return found[0].strip().removeprefix(prefix).split(" ", 1)[0]


# -- the printer --------------------------------------------------------------------------------


class TimedEngine(PrintEngine):
    """A print engine that notes when each complete label arrived (``perf_counter``)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(None, render_png=False, **kwargs)
        self.arrivals: list[float] = []

    def submit(self, label: bytes) -> None:
        """Note the time, then queue the label as the real engine does."""
        self.arrivals.append(time.perf_counter())
        super().submit(label)


class TimedPrinter(VirtualPrinter):
    """The virtual Zebra on a free loopback port, writing no files, timing label arrivals."""

    def __init__(self) -> None:
        super().__init__(None, port=0, render_png=False)
        self.engine: TimedEngine = TimedEngine()

    def last_arrival(self) -> float:
        """Return when the most recent label's last byte arrived."""
        return self.engine.arrivals[-1]


# -- the station --------------------------------------------------------------------------------


@contextmanager
def open_bench(
    sandbox: Sandbox | str, printer: VirtualPrinter | str, *, policy: str = "cheapest"
) -> Iterator[Station]:
    """Open the real station against ``sandbox`` and ``printer`` (or their URLs)."""
    api_url = sandbox if isinstance(sandbox, str) else sandbox.base_url
    printer_url = printer if isinstance(printer, str) else printer.url
    with tempfile.TemporaryDirectory(prefix="packstation-bench-") as folder:
        root = Path(folder)
        (root / "documents").mkdir()
        environ = {
            "PACKSTATION_API_ENVIRONMENT": "custom",
            "PACKSTATION_API_URL": api_url,
            "PACKSTATION_LOCATION": LOCATION,
            "PACKSTATION_LABEL_PRINTER": printer_url,
            "PACKSTATION_DOCUMENT_PRINTER": (root / "documents").as_uri(),
            "PACKSTATION_DATA_DIR": str(root / "data"),
            "PACKSTATION_POLICY": policy,
            "PACKSTATION_STATION_NAME": "Benchmark bench",
        }
        settings = load_settings(root / "station.toml", environ=environ).settings
        station = open_station(settings, API_KEY, operator="benchmark", clock=FrozenClock())
        try:
            yield station
        finally:
            station.close()


# -- fresh work through the API -----------------------------------------------------------------


def destination() -> dict[str, Any]:
    """Return a UK home address."""
    return {
        "AddressType": "Destination",
        "Contact": {"FirstName": "Ana", "LastName": "Lopez", "Telephone": "07700 900456"},
        "AddressLine1": "13 Porter Street",
        "Town": "Manchester",
        "Postcode": "M1 5WG",
        "Country": {"IsoCode": {"TwoLetterCode": "GB"}},
        "IsCached": False,
    }


def package(weight_kg: float = 0.5) -> dict[str, Any]:
    """Return one small parcel."""
    return {
        "Weight": {"Value": weight_kg, "Unit": "Kg"},
        "Dimensions": {"Unit": "Cm", "Length": 20, "Width": 15, "Height": 5},
        "Description": "Socks",
        "Value": {"Amount": 12.0, "Currency": {"IsoCode": "GBP"}},
    }


def addresses() -> list[dict[str, Any]]:
    """Return the origin (the bench's location) and a destination."""
    origin = {"AddressType": "Origin", "ShippingLocationReference": LOCATION, "IsCached": False}
    return [origin, destination()]


class Seeder:
    """Makes fresh work at the sandbox through the PRO API (not timed by the benchmarks)."""

    def __init__(self, base_url: str) -> None:
        self.client = ProClient(base_url, API_KEY)

    def close(self) -> None:
        """Release the connection."""
        self.client.close()

    def unique(self, prefix: str) -> str:
        """Return a customer reference nobody used yet."""
        return f"{prefix}-{uuid.uuid4().int % 10**9:09d}"

    def consignment(self, customer_reference: str, parcels: int = 1) -> str:
        """Create an unallocated consignment and return its ``EC-`` reference."""
        body = {
            "ConsignmentReferenceProvidedByCustomer": customer_reference,
            "Packages": [package() for _ in range(parcels)],
            "Addresses": addresses(),
        }
        return self.client.create_consignment(m.CreateConsignmentRequest.model_validate(body))

    def allocated(self, customer_reference: str) -> str:
        """Create a consignment and allocate it to its cheapest service."""
        reference = self.consignment(customer_reference)
        self.client.allocate_with_cheapest_quote(reference)
        return reference

    def allocate_all(self, references: list[str]) -> list[m.AllocationSummary]:
        """Allocate many consignments in one call (the account's default rules)."""
        return self.client.allocate(references)

    def order(self, customer_reference: str) -> str:
        """Create an order of two lines waiting to be packed; return its ``EO-`` reference."""
        item = {
            "Sku": "SKU-TEE",
            "Description": "T-shirt",
            "Quantity": 2,
            "Value": {"Amount": 15.0, "Currency": {"IsoCode": "GBP"}},
        }
        body = {
            "OrderReferenceProvidedByCustomer": customer_reference,
            "Packages": [{"Description": "Order items", "Items": [item]}],
            "Addresses": addresses(),
        }
        return self.client.create_order(m.CreateOrderRequest.model_validate(body))

    def delivery_option(self, customer_reference: str) -> str:
        """Ask for checkout options for a new parcel and return the first one's ``EDO-``."""
        request = m.DeliveryOptionsRequest.model_validate(
            {
                "ConsignmentReferenceProvidedByCustomer": customer_reference,
                "Packages": [package()],
                "Addresses": addresses(),
            }
        )
        options = self.client.delivery_options(request).delivery_options or []
        if not options or not options[0].reference:
            raise RuntimeError("the sandbox offered no delivery option for a UK parcel")
        return options[0].reference
