"""The fault matrix's world: a real sandbox, a virtual printer, a station with its SQLite journal.

One sandbox per test module (demo seed, clock frozen on a Monday morning), reset before each
cell. The ``world`` fixture builds a fresh station on its own data directory; parametrize it
indirectly with a :class:`WorldOptions` to change the policy or the API read timeout. The
``matrix_cell`` fixture and the report hook below record each matrix cell's outcome, and the
terminal summary prints the matrix (see :mod:`tests.integration.faults.matrix`).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import packstation.station
from packstation.config import StationSettings, load_settings
from packstation.domain.ports import Clock
from packstation.domain.records import PackStage
from packstation.printing.virtual_printer import VirtualPrinter
from packstation.pro import ProClient, SearchTerms
from packstation.pro.retry import RetryPolicy
from packstation.sandbox.testing import MONDAY_MORNING, FrozenClock, SandboxControl, running_sandbox
from packstation.services import never_twice
from packstation.services.recovery import RecoveryItem
from packstation.station import Station, open_station
from tests.integration.faults.matrix import RECORDER, Cell, CellRun, summary_lines

LANDING_WAIT_MIN_S = 0.5

KEY = "fault-matrix-key"
DEFAULT_READ_TIMEOUT_S = 10.0
UNPRINTED_STAGES = (
    PackStage.FOUND,
    PackStage.ALLOCATED,
    PackStage.LABELS_STORED,
    PackStage.PRINT_FAILED,
    PackStage.PRINT_UNCONFIRMED,
)


@dataclass(frozen=True)
class WorldOptions:
    """How a cell's station is set up."""

    policy: str = "cheapest"
    read_timeout_s: float = DEFAULT_READ_TIMEOUT_S
    extra_env: dict[str, str] = field(default_factory=dict)
    retry_delay_s: float | None = None
    """Shorter backoff between the client's own retries (the schedule has its unit tests;
    the matrix is about what the retries lead to). ``None`` keeps the real schedule."""


@dataclass
class FaultWorld:
    """A station wired to the sandbox and the virtual printer, plus what a cell checks."""

    station: Station
    control: SandboxControl
    printer: VirtualPrinter
    client: ProClient
    printed_dir: Path
    settings: StationSettings

    def printed_files(self) -> list[Path]:
        """Return the labels the virtual printer printed, one file each, oldest first."""
        return sorted(self.printed_dir.glob("*.zpl"))

    def ledger_duplicates(self) -> list[tuple[str, str]]:
        """Return what the sandbox created, allocated or manifested more than once."""
        return self.control.duplicates()

    def journal_problems(self) -> list[str]:
        """Return the journal's integrity and invariant problems; ``[]`` when consistent."""
        return self.station.journal_file.check_consistency()

    def journal_consistent(self) -> bool:
        """Return whether the journal passes its consistency check."""
        return not self.journal_problems()

    def allocated_at_sandbox(self) -> list[str]:
        """Return consignments allocated at the sandbox during this cell (from its ledger)."""
        entries = self.control.ledger()
        return list(dict.fromkeys(e.reference for e in entries if e.kind == "allocate"))

    def lost_labels(self, also: tuple[str, ...] = ()) -> list[str]:
        """Return the packages whose label is neither printed nor listed as a shift exception.

        Checks every consignment allocated in this cell plus ``also`` (seeded consignments the
        cell worked on). A label counts as printed when a printed file carries its package's
        tracking number; otherwise the journal must hold the pack as unprinted and the close
        shift plan must list it among its exceptions.
        """
        printed = b"\n".join(path.read_bytes() for path in self.printed_files())
        listed = {e.reference for e in self.station.closer.plan().exceptions}
        lost = []
        for reference in dict.fromkeys((*self.allocated_at_sandbox(), *also)):
            missing = [n for n in self.tracking_numbers(reference) if n.encode() not in printed]
            if not missing:
                continue
            record = self.station.journal.find_pack(reference)
            unprinted = record is not None and record.stage in UNPRINTED_STAGES
            if not (unprinted and reference in listed):
                lost += [f"{reference} package {number}" for number in missing]
        return lost

    def tracking_numbers(self, reference: str) -> list[str]:
        """Return the tracking number of each package of an allocated consignment."""
        shipment = self.client.get_consignment(reference)
        if str(shipment.consignment_state) in ("Cancelled", "Cancelling"):
            return []  # voided: its labels must not be used, so none can be lost
        numbers = []
        for package in shipment.packages or []:
            legs = package.consignment_legs or []
            references = (legs[0].tracking_references or []) if legs else []
            numbers += references[:1]
        return numbers

    def consignments_for(self, customer_reference: str) -> list[str]:
        """Return the sandbox's consignments with this customer reference."""
        terms = SearchTerms(reference_provided_by_customer=customer_reference)
        return self.client.find_consignment_references(terms)

    def state_of(self, reference: str) -> str:
        """Return a consignment's state at the sandbox."""
        return str(self.client.get_consignment(reference).consignment_state)

    def settle(self) -> None:
        """Wait until the sandbox has finished every request, even those the station gave up on."""
        self.control.wait_until_idle()

    def restart(self, clock: Clock | None = None) -> list[RecoveryItem]:
        """Close the station and open it again on the same data directory, running recovery.

        The station reads ``clock`` (the frozen Monday morning unless given).
        """
        self.station.close()
        self.station = open_station(
            self.settings, KEY, operator="tester", clock=clock or FrozenClock()
        )
        return self.station.recovery.run()


@pytest.fixture(scope="module")
def fault_sandbox() -> Iterator[tuple[str, SandboxControl]]:
    """Start one sandbox for the module: demo seed, frozen on a Monday morning."""
    with running_sandbox(seed="demo", frozen_at=MONDAY_MORNING) as (server, control):
        yield server.base_url, control


def station_settings(
    tmp_path: Path, base_url: str, location: str, printer_url: str, options: WorldOptions
) -> StationSettings:
    """Return settings for a station on ``tmp_path`` that talks to the sandbox and printer."""
    environ = {
        "PACKSTATION_API_ENVIRONMENT": "custom",
        "PACKSTATION_API_URL": base_url,
        "PACKSTATION_API_READ_TIMEOUT_S": str(options.read_timeout_s),
        "PACKSTATION_LOCATION": location,
        "PACKSTATION_LABEL_PRINTER": printer_url,
        "PACKSTATION_DOCUMENT_PRINTER": (tmp_path / "documents").as_uri(),
        "PACKSTATION_DATA_DIR": str(tmp_path / "data"),
        "PACKSTATION_POLICY": options.policy,
        "PACKSTATION_STATION_NAME": "Bench 9",
        **options.extra_env,
    }
    (tmp_path / "documents").mkdir(exist_ok=True)
    return load_settings(tmp_path / "station.toml", environ=environ).settings


WorldFactory = Callable[[WorldOptions], FaultWorld]


def _client_with_backoff(delay_s: float) -> Callable[..., ProClient]:
    def build(*args: Any, **kwargs: Any) -> ProClient:
        policy = RetryPolicy(base_delay_s=delay_s, max_delay_s=delay_s * 4)
        return ProClient(*args, retry_policy=policy, **kwargs)

    return build


@pytest.fixture
def make_world(
    tmp_path: Path, fault_sandbox: tuple[str, SandboxControl], monkeypatch: pytest.MonkeyPatch
) -> Iterator[WorldFactory]:
    """Return a builder of fresh stations on a reset sandbox; everything is closed afterwards.

    Call it once per test (each call resets the sandbox and uses its own directory).
    """
    base_url, control = fault_sandbox
    # Every fault of the sandbox lands within DELAY_S (0.6 s) of its request, and the landing
    # window after a timeout is twice the read timeout (0.3 s) on top: the stations wait out
    # 0.5 s at least instead of the 2 s a real network needs.
    monkeypatch.setattr(never_twice, "LANDING_WAIT_MIN_S", LANDING_WAIT_MIN_S)
    built: list[FaultWorld] = []
    printers: list[VirtualPrinter] = []
    clients: list[ProClient] = []

    def build(options: WorldOptions) -> FaultWorld:
        control.clear_faults()
        control.wait_until_idle()
        control.set_clock(MONDAY_MORNING)
        control.reset("demo")
        directory = tmp_path / f"world-{len(built)}"
        directory.mkdir()
        client = ProClient(base_url, KEY)
        clients.append(client)
        location = client.shipping_locations()[0].reference or ""
        printed = directory / "printed"
        printer = VirtualPrinter(printed, port=0)
        printer.start()
        printers.append(printer)
        settings = station_settings(directory, base_url, location, printer.url, options)
        if options.retry_delay_s is not None:
            # Also used by FaultWorld.restart(): the patch lasts for the whole test.
            backoff = _client_with_backoff(options.retry_delay_s)
            monkeypatch.setattr(packstation.station, "ProClient", backoff)
        station = open_station(settings, KEY, operator="tester", clock=FrozenClock())
        fault_world = FaultWorld(station, control, printer, client, printed, settings)
        built.append(fault_world)
        return fault_world

    try:
        yield build
    finally:
        control.clear_faults()
        for fault_world in built:
            fault_world.station.close()
        for printer in printers:
            printer.stop()
        for client in clients:
            client.close()
        control.wait_until_idle()


@pytest.fixture
def world(request: pytest.FixtureRequest, make_world: WorldFactory) -> FaultWorld:
    """Return a fresh station on a reset sandbox (indirect parametrization: WorldOptions)."""
    options: WorldOptions = getattr(request, "param", WorldOptions())
    return make_world(options)


@pytest.fixture
def matrix_cell(request: pytest.FixtureRequest) -> CellRun:
    """Return the running test's matrix cell (its ``cell`` parameter) for the report hook."""
    callspec = getattr(request.node, "callspec", None)
    cell = callspec.params.get("cell") if callspec is not None else None
    return CellRun(cell if isinstance(cell, Cell) else None)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[Any]:
    """Record a matrix cell as passed or failed once its test has run (or failed to set up)."""
    outcome = yield
    report = outcome.get_result()
    run = getattr(item, "funcargs", {}).get("matrix_cell")
    if not isinstance(run, CellRun) or run.cell is None:
        return
    if report.when == "call" or (report.failed and report.when != "teardown"):
        RECORDER.finish(run, passed=report.passed)
    elif report.when == "teardown" and report.failed:
        RECORDER.finish(run, passed=False)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the fault matrix's size, results and tables after the run."""
    lines = summary_lines()
    if not lines:
        return
    terminalreporter.section("fault matrix")
    for line in lines:
        terminalreporter.write_line(line)
