"""A working day with a known API key, then a search for the key in everything left behind.

The station runs end to end against the sandbox (which itself demands exactly this key) and the
virtual printer: packs that print, a pack whose print fails, API faults (401, 500, a lost answer),
a closed shift, a program error reported the way the window reports it, and the ``packstation``
commands that read the key (from the environment and from the credentials file), all with debug
logging (to stderr and to the log file in the data folder, as the window logs). Then every
file, the journal (bytes and rows), the captured logs, the crash report,
the commands' output and the text of every error is searched for the key in any of the forms
listed in :mod:`tests.security.leaks`.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from packstation.config import StationSettings, load_settings
from packstation.domain.session import PackView, Stage
from packstation.domain.shipment import Dimensions, ParcelSpec
from packstation.errors import UserFacingError
from packstation.gui.crash import describe
from packstation.printing.virtual_printer import VirtualPrinter
from packstation.pro import ProClient, SearchTerms
from packstation.sandbox.testing import FrozenClock, SandboxControl, running_sandbox
from packstation.station import open_station
from tests.security.conftest import CapturedLogs
from tests.security.leaks import (
    KNOWN_KEY,
    Leak,
    files_under,
    find_in_files,
    find_in_sqlite,
    find_in_text,
)

pytestmark = pytest.mark.slow

MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
BOX = ParcelSpec(Decimal("1.2"), Dimensions(Decimal(30), Decimal(20), Decimal(10)))


@dataclass(frozen=True)
class Sandbox:
    """The sandbox's address and control channel."""

    base_url: str
    control: SandboxControl


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    # The sandbox accepts this key and no other, as SortedPRO would.
    with running_sandbox(seed="demo", frozen_at=MONDAY_MORNING, api_key=KNOWN_KEY) as (
        server,
        control,
    ):
        yield Sandbox(server.base_url, control)


@pytest.fixture
def fresh(sandbox: Sandbox) -> Iterator[Sandbox]:
    sandbox.control.clear_faults()
    sandbox.control.set_clock(MONDAY_MORNING)
    sandbox.control.reset("demo")
    yield sandbox
    sandbox.control.clear_faults()


@pytest.fixture
def printer(tmp_path: Path) -> Iterator[VirtualPrinter]:
    with VirtualPrinter(tmp_path / "printed", port=0) as started:
        yield started


def _location(base_url: str) -> str:
    with ProClient(base_url, KNOWN_KEY) as client:
        return client.shipping_locations()[0].reference or ""


def _environment(
    tmp_path: Path, base_url: str, printer_url: str, location: str | None = None
) -> dict[str, str]:
    (tmp_path / "documents").mkdir(parents=True, exist_ok=True)
    return {
        "PACKSTATION_API_ENVIRONMENT": "custom",
        "PACKSTATION_API_URL": base_url,
        "PACKSTATION_LOCATION": location or _location(base_url),
        "PACKSTATION_LABEL_PRINTER": printer_url,
        "PACKSTATION_DOCUMENT_PRINTER": (tmp_path / "documents").as_uri(),
        "PACKSTATION_DATA_DIR": str(tmp_path / "data"),
        "PACKSTATION_POLICY": "cheapest",
        "PACKSTATION_STATION_NAME": "Bench 7",
    }


def _settings(tmp_path: Path, environ: dict[str, str]) -> StationSettings:
    return load_settings(tmp_path / "station.toml", environ=environ).settings


def _refused_scan(tmp_path: Path, printer: VirtualPrinter) -> PackView:
    """Scan at a SortedPRO that no longer accepts the station's key (HTTP 401 on every call)."""
    with running_sandbox(seed="demo", api_key="a-rotated-key") as (server, _control):
        environ = _environment(tmp_path / "revoked", server.base_url, printer.url, "LOC-1")
        station = open_station(_settings(tmp_path / "revoked", environ), KNOWN_KEY)
        try:
            view = station.engine.scan("WEB-10023")
        finally:
            station.close()
    assert view.stage is Stage.FAILED and "API key" in view.message, view.message
    return view


def _view_text(view: PackView) -> str:
    return "\n".join([view.message, view.next_action, *view.problems, repr(view)])


def _error_text(error: BaseException) -> str:
    """Everything an error could show: message, repr, attributes and formatted traceback."""
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return "\n".join([str(error), repr(error), repr(vars(error)), repr(error.args), trace])


def _caught(call: object) -> BaseException:
    assert callable(call)
    try:
        call()
    except Exception as error:  # the sweep wants every kind of error the call may raise
        return error
    pytest.fail("the call was expected to fail under the fault")


def _client_errors(fresh: Sandbox) -> list[BaseException]:
    """Make the client fail every way the sandbox can, and keep the errors."""
    control, errors = fresh.control, []
    with ProClient(fresh.base_url, KNOWN_KEY) as client:
        terms = SearchTerms(reference_provided_by_customer="WEB-10033")
        (reference,) = client.find_consignment_references(terms)
        control.add_fault("GET", "/consignments/*", status=500, times=10)
        errors.append(_caught(lambda: client.get_consignment(reference)))
        control.clear_faults()
        control.add_fault("PUT", "/consignments/*/cancel", lose_response=True, times=10)
        errors.append(_caught(lambda: client.cancel_consignment(reference)))
        control.clear_faults()
    with running_sandbox(api_key="a-rotated-key") as (server, _control):
        with ProClient(server.base_url, KNOWN_KEY) as refused:  # HTTP 401 for this key
            errors.append(_caught(refused.shipping_locations))
    return errors


def _program_error(fresh: Sandbox) -> BaseException:
    """Return a bug whose message quotes the request headers, chained to a client failure."""
    request = httpx.Request(
        "GET", fresh.base_url + "/consignments", headers={"ocp-apim-subscription-key": KNOWN_KEY}
    )
    try:
        with ProClient(fresh.base_url, KNOWN_KEY + "-revoked") as client:
            client.shipping_locations()
    except UserFacingError:
        try:
            raise RuntimeError(f"unexpected state after {request.method} {dict(request.headers)}")
        except RuntimeError as bug:
            return bug
    pytest.fail("the sandbox accepted a key it should refuse")


def test_a_working_day_leaves_the_key_nowhere(
    tmp_path: Path, fresh: Sandbox, printer: VirtualPrinter, station_logging: CapturedLogs
) -> None:
    station = open_station(
        _settings(tmp_path, _environment(tmp_path, fresh.base_url, printer.url)),
        KNOWN_KEY,
        operator="tester",
        clock=FrozenClock(),
    )
    texts: dict[str, str] = {}
    try:
        engine = station.engine
        done = engine.scan("WEB-10021")
        assert done.stage is Stage.DONE, done.message
        texts["done pack"] = _view_text(done)

        printer.set_faults(paper_out_after=1)
        failed = engine.scan("WEB-10022")
        assert failed.stage is Stage.PRINT_FAILED, failed.message
        texts["failed print"] = _view_text(failed)
        printer.reload_paper()
        texts["retried print"] = _view_text(engine.retry_print())

        texts["401 pack"] = _view_text(_refused_scan(tmp_path, printer))
        fresh.control.add_fault("GET", "/consignments/*", status=500, times=20)
        unavailable = engine.scan("WEB-10023")
        assert unavailable.stage is Stage.FAILED, unavailable.message
        texts["500 pack"] = _view_text(unavailable)
        fresh.control.clear_faults()

        weigh = engine.scan("WEB-10032")
        assert weigh.stage is Stage.CONFIRM_PARCELS, weigh.message
        fresh.control.add_fault("PUT", "/allocation/*", lose_response=True, times=1)
        texts["lost answer pack"] = _view_text(engine.confirm_parcels([BOX]))

        closer = station.closer
        result = closer.manifest(closer.plan())
        (tmp_path / "close").mkdir()
        (tmp_path / "close" / "driver-sheets.pdf").write_bytes(result.driver_sheets_pdf)
        (tmp_path / "close" / "shift-report.pdf").write_bytes(result.shift_report_pdf)
        closer.finish("tester")

        for number, error in enumerate(_client_errors(fresh)):
            texts[f"client error {number} ({type(error).__name__})"] = _error_text(error)
        bug = _program_error(fresh)
        logging.getLogger("packstation.gui.main_window").error("program error", exc_info=bug)
        texts["crash report"] = describe(bug, station_logging.tail)

        journal = station.settings.station.data_dir / "journal.sqlite3"
        leaks = find_in_sqlite(journal) + find_in_files([journal.parent])
    finally:
        station.close()

    texts.update(station_logging.texts())
    roots = [tmp_path]
    assert len(files_under(roots)) >= 8, "the day wrote labels, documents and the journal"
    assert "WEB-10021" in texts["stderr log"] or "GET" in texts["stderr log"], "debug log ran"
    assert "GET /consignments" in texts["log file"], "the log file was written"
    leaks += find_in_files(roots) + find_in_sqlite(journal)
    for place, text in texts.items():
        leaks += find_in_text(place, text)
    assert _unique(leaks) == [], "the API key leaked"


def _command_environment(tmp_path: Path, base_url: str, printer_url: str) -> dict[str, str]:
    """Return the environment of a command run: its own home and config, no key in it."""
    home = tmp_path / "home"
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("PACKSTATION_")},
        **_environment(tmp_path, base_url, printer_url),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "PACKSTATION_CONFIG": str(home / "config" / "packstation" / "station.toml"),
        # Never the developer's keyring: the key goes to the credentials file under home.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


def _run(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packstation", "-vv", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_commands_that_read_the_key_leave_it_nowhere(
    tmp_path: Path, fresh: Sandbox, printer: VirtualPrinter
) -> None:
    env = _command_environment(tmp_path, fresh.base_url, printer.url)
    runs: dict[str, subprocess.CompletedProcess[str]] = {}
    runs["set-key"] = _run(["config", "set-key"], env, stdin=KNOWN_KEY + "\n")
    credentials = Path(env["PACKSTATION_CONFIG"]).parent / "credentials"
    assert credentials.read_text(encoding="utf-8").strip() == KNOWN_KEY, runs["set-key"].stderr
    runs["show"] = _run(["config", "show"], env)
    runs["show --json"] = _run(["config", "show", "--json"], env)
    runs["path"] = _run(["config", "path"], env)
    runs["pack"] = _run(["pack", "WEB-10021"], env)
    fresh.control.add_fault("GET", "/consignments/*", status=500, times=50)
    runs["pack under 500"] = _run(["pack", "WEB-10023"], env)
    fresh.control.clear_faults()
    fresh.control.add_fault("PUT", "/allocation/*", lose_response=True, times=1)
    runs["pack, answer lost"] = _run(
        ["pack", "WEB-10031", "--weight-kg", "2.4", "--dims", "40x30x15"], env
    )
    fresh.control.clear_faults()
    printer.set_faults(refuse=True)
    runs["pack, printer refuses"] = _run(["pack", "WEB-10022"], env)
    printer.set_faults(refuse=False)
    with_key = {**env, "PACKSTATION_API_KEY": KNOWN_KEY}
    runs["close-shift"] = _run(["close-shift", "--out", str(tmp_path / "close")], with_key)
    with running_sandbox(seed="demo", api_key="a-rotated-key") as (server, _control):
        revoked = {**with_key, "PACKSTATION_API_URL": server.base_url}
        runs["pack, key refused"] = _run(["pack", "WEB-10021"], revoked)

    for working in ("pack", "pack, answer lost", "show", "path"):
        assert runs[working].returncode == 0, f"{working}: {runs[working].stdout}"
    assert runs["close-shift"].returncode == 0, runs["close-shift"].stderr
    for failing in ("pack under 500", "pack, printer refuses", "pack, key refused"):
        assert runs[failing].returncode != 0, runs[failing].stdout
    assert "API key" in runs["pack, key refused"].stdout + runs["pack, key refused"].stderr
    assert "DEBUG" in runs["pack"].stderr, "debug logging was on"
    leaks = find_in_files([tmp_path], allowed=[credentials])
    leaks += find_in_sqlite(tmp_path / "data" / "journal.sqlite3")
    for name, run in runs.items():
        leaks += find_in_text(f"`{name}` stdout", run.stdout)
        leaks += find_in_text(f"`{name}` stderr", run.stderr)
    assert _unique(leaks) == [], "the API key leaked"


def _unique(leaks: list[Leak]) -> list[str]:
    """One line per place: where the key was found and in which forms."""
    forms: dict[str, set[str]] = {}
    for leak in leaks:
        forms.setdefault(leak.place, set()).add(leak.form)
    return [f"{place}: {', '.join(sorted(found))}" for place, found in sorted(forms.items())]
