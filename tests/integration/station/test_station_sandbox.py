"""The whole station end to end: the sandbox over HTTP, the virtual printer over TCP, SQLite.

Nothing here is faked: the engine drives ProShippingApi -> ProClient -> uvicorn sandbox, prints
through ZplLabelPrinter -> TCP -> VirtualPrinter, and journals into a real file. Faults come from
the sandbox's control API (lost responses, 500s, 429s) and the virtual printer's (paper out).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from packstation.config import load_settings
from packstation.domain.orders import everything_in_one_parcel
from packstation.domain.records import PackStage
from packstation.domain.session import Stage
from packstation.domain.shipment import Dimensions, ParcelSpec
from packstation.printing.virtual_printer import VirtualPrinter
from packstation.pro import ProClient, SearchTerms
from packstation.pro import models as m
from packstation.sandbox.testing import FrozenClock, SandboxControl, running_sandbox
from packstation.station import Station, open_station

MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
BOX = ParcelSpec(Decimal("1.2"), Dimensions(Decimal(30), Decimal(20), Decimal(10)))
KEY = "station-test-key"


@dataclass
class World:
    station: Station
    control: SandboxControl
    printer: VirtualPrinter
    client: ProClient
    printed_dir: Path

    def printed_files(self) -> list[Path]:
        return sorted(self.printed_dir.glob("*.zpl"))

    def consignments_for(self, customer_reference: str) -> list[str]:
        terms = SearchTerms(reference_provided_by_customer=customer_reference)
        return self.client.find_consignment_references(terms)

    def state_of(self, reference: str) -> str:
        return str(self.client.get_consignment(reference).consignment_state)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[tuple[str, SandboxControl]]:
    with running_sandbox(seed="demo", frozen_at=MONDAY_MORNING) as (server, control):
        yield server.base_url, control


def _settings(tmp_path: Path, base_url: str, location: str, printer_url: str, policy: str):  # type: ignore[no-untyped-def]
    environ = {
        "PACKSTATION_API_ENVIRONMENT": "custom",
        "PACKSTATION_API_URL": base_url,
        "PACKSTATION_LOCATION": location,
        "PACKSTATION_LABEL_PRINTER": printer_url,
        "PACKSTATION_DOCUMENT_PRINTER": (tmp_path / "documents").as_uri(),
        "PACKSTATION_DATA_DIR": str(tmp_path / "data"),
        "PACKSTATION_POLICY": policy,
        "PACKSTATION_STATION_NAME": "Bench 7",
    }
    (tmp_path / "documents").mkdir(exist_ok=True)
    return load_settings(tmp_path / "station.toml", environ=environ).settings


@pytest.fixture
def world(tmp_path: Path, sandbox: tuple[str, SandboxControl]) -> Iterator[World]:
    base_url, control = sandbox
    control.clear_faults()
    control.set_clock(MONDAY_MORNING)
    control.reset("demo")
    client = ProClient(base_url, KEY)
    location = client.shipping_locations()[0].reference or ""
    printed = tmp_path / "printed"
    printer = VirtualPrinter(printed, port=0)
    printer.start()
    station = open_station(
        _settings(tmp_path, base_url, location, printer.url, "cheapest"),
        KEY,
        operator="tester",
        clock=FrozenClock(),
    )
    try:
        yield World(station, control, printer, client, printed)
    finally:
        station.close()
        printer.stop()
        client.close()
        control.clear_faults()


def _reference_of(world: World, customer_reference: str) -> str:
    (reference,) = world.consignments_for(customer_reference)
    return reference


def test_allocated_consignment_scanned_by_own_reference_prints_and_is_ready(world: World) -> None:
    view = world.station.engine.scan("WEB-10021")
    assert view.stage is Stage.DONE, view.message
    assert view.print_report is not None and view.print_report.state.value == "confirmed"
    assert len(world.printed_files()) == 1
    reference = view.shipment.reference  # type: ignore[union-attr]
    assert world.state_of(reference) == "ReadyToShip"
    assert world.station.engine.scan(reference).stage is Stage.ALREADY_DONE


def test_three_parcels_give_three_labels_with_their_tracking_numbers(world: World) -> None:
    view = world.station.engine.scan("WEB-10023")
    assert view.stage is Stage.DONE, view.message
    files = world.printed_files()
    assert len(files) == 3
    numbers = view.shipment.tracking_numbers  # type: ignore[union-attr]
    assert all(any(n.encode() in f.read_bytes() for n in numbers) for f in files)


def test_unallocated_consignment_is_weighed_allocated_and_printed(world: World) -> None:
    view = world.station.engine.scan("WEB-10031")
    assert view.stage is Stage.CONFIRM_PARCELS, view.message
    done = world.station.engine.confirm_parcels([BOX])
    assert done.stage is Stage.DONE, done.message
    assert world.state_of(done.shipment.reference) == "ReadyToShip"  # type: ignore[union-attr]


def test_paper_out_mid_job_reprints_only_the_missing_labels(world: World) -> None:
    world.printer.set_faults(paper_out_after=1)
    view = world.station.engine.scan("WEB-10022")
    assert view.stage is Stage.PRINT_FAILED, view.message
    assert view.print_report is not None and view.print_report.not_printed == (1,)
    world.printer.reload_paper()
    done = world.station.engine.retry_print()
    assert done.stage is Stage.DONE, done.message
    assert len(world.printed_files()) == 2


def test_server_errors_on_reads_are_retried(world: World) -> None:
    world.control.add_fault("GET", "/consignments/*", status=500, times=2)
    assert world.station.engine.scan(_reference_of(world, "WEB-10032")).stage in (
        Stage.CONFIRM_PARCELS,
        Stage.DONE,
    )


def _option_reference(world: World, customer_reference: str) -> str:
    shipment = world.client.get_consignment(_reference_of(world, "WEB-10031"))
    request = m.DeliveryOptionsRequest.model_validate(
        {
            "ConsignmentReferenceProvidedByCustomer": customer_reference,
            "Packages": [
                p.model_dump(
                    by_alias=True,
                    exclude_none=True,
                    mode="json",
                    exclude={"reference", "consignment_legs", "charges"},
                )
                for p in shipment.packages or []
            ],
            "Addresses": [
                a.model_dump(by_alias=True, exclude_none=True, mode="json")
                for a in shipment.addresses or []
            ],
        }
    )
    options = world.client.delivery_options(request).delivery_options or []
    assert options, "the sandbox offers options for a UK parcel"
    return options[0].reference or ""


def test_lost_answer_on_select_gives_exactly_one_consignment(world: World) -> None:
    option = _option_reference(world, "CHK-LOST-1")
    world.control.add_fault("POST", "/deliveryoptions/select/*", lose_response=True, times=1)
    assert world.station.engine.scan(option).stage is Stage.CONFIRM_OPTION
    done = world.station.engine.choose(0)
    assert done.stage is Stage.DONE, done.message
    assert len(world.consignments_for("CHK-LOST-1")) == 1


def test_lost_answer_on_order_pack_gives_exactly_one_consignment(world: World) -> None:
    order_request = m.CreateOrderRequest.model_validate(
        {
            "OrderReferenceProvidedByCustomer": "ORD-LOST-1",
            "Packages": [
                {
                    "Description": "Items",
                    "Items": [
                        {
                            "Sku": "SKU-LOST",
                            "Description": "Lamp",
                            "Quantity": 1,
                            "Value": {"Amount": 20, "Currency": {"IsoCode": "GBP"}},
                        }
                    ],
                }
            ],
            "Addresses": world.client.get_consignment(_reference_of(world, "WEB-10031")).model_dump(
                by_alias=True, exclude_none=True, mode="json"
            )["Addresses"],
        }
    )
    order = world.client.create_order(order_request)
    world.control.add_fault("POST", "/orders/*/pack", lose_response=True, times=1)
    view = world.station.engine.scan(order)
    assert view.stage is Stage.PACK_ORDER and view.order is not None
    done = world.station.engine.pack_order(everything_in_one_parcel(view.order, BOX))
    assert done.stage is Stage.DONE, done.message
    assert len(world.consignments_for("ORD-LOST-1")) == 1


def test_lost_answer_on_allocation_allocates_once(world: World) -> None:
    reference = _reference_of(world, "WEB-10032")
    world.control.add_fault("PUT", "/allocation/*", lose_response=True, times=1)
    assert world.station.engine.scan(reference).stage is Stage.CONFIRM_PARCELS
    done = world.station.engine.confirm_parcels([BOX])
    assert done.stage is Stage.DONE, done.message
    assert world.state_of(reference) == "ReadyToShip"


def test_closing_the_shift_manifests_and_writes_the_paperwork(world: World) -> None:
    for code in ("WEB-10021", "WEB-10022"):
        world.station.engine.scan(code)
    closer = world.station.closer
    plan = closer.plan()
    result = closer.manifest(plan)
    assert result.failed == ()
    assert {r.reference for r in result.manifested} == {r.reference for r in plan.to_manifest}
    assert all(world.state_of(r.reference) == "Manifested" for r in result.manifested)
    assert result.driver_sheets_pdf.startswith(b"%PDF")
    assert all(
        world.station.journal.find_pack(r.reference).stage is PackStage.MANIFESTED  # type: ignore[union-attr]
        for r in result.manifested
    )


def _command_env(tmp_path: Path, world: World) -> dict[str, str]:
    settings = world.station.settings
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("PACKSTATION_")},
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "PACKSTATION_API_ENVIRONMENT": "custom",
        "PACKSTATION_API_URL": settings.api.base_url,
        "PACKSTATION_API_KEY": KEY,
        "PACKSTATION_LOCATION": settings.station.location or "",
        "PACKSTATION_LABEL_PRINTER": world.printer.url,
        "PACKSTATION_DOCUMENT_PRINTER": (tmp_path / "documents").as_uri(),
        "PACKSTATION_DATA_DIR": str(tmp_path / "cli-data"),
        "PACKSTATION_POLICY": "cheapest",
    }


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packstation", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_headless_pack_and_close_shift_commands(world: World, tmp_path: Path) -> None:
    env = _command_env(tmp_path, world)
    packed = _run(["pack", "WEB-10021"], env)
    assert packed.returncode == 0, packed.stdout + packed.stderr
    summary = json.loads(packed.stdout.strip().splitlines()[-1])
    assert summary["stage"] == "done" and summary["print_outcome"] == "confirmed"
    assert summary["consignment"].startswith("EC-") and summary["tracking_numbers"]
    assert "KEY" not in packed.stdout and KEY not in packed.stderr

    needs_parcel = _run(["pack", "WEB-10031"], env)
    assert needs_parcel.returncode == 1 and "--weight-kg" in needs_parcel.stderr
    weighed = _run(["pack", "WEB-10031", "--weight-kg", "2.4", "--dims", "40x30x15"], env)
    assert weighed.returncode == 0, weighed.stdout + weighed.stderr

    cancelled = _run(["pack", "WEB-20003"], env)
    assert cancelled.returncode == 1 and "cancelled" in cancelled.stdout.lower()
    assert json.loads(cancelled.stdout.splitlines()[-1])["stage"] == "refused"

    out = tmp_path / "close"
    closed = _run(["close-shift", "--out", str(out)], env)
    assert closed.returncode == 0, closed.stdout + closed.stderr
    assert "2 consignment(s)" in closed.stdout or "1 consignment(s)" in closed.stdout
    assert len(list(out.glob("driver-sheets-*.pdf"))) == 1
    assert len(list(out.glob("shift-report-*.pdf"))) == 1
    assert world.state_of(summary["consignment"]) == "Manifested"


def test_throttling_storm_on_reads_is_ridden_out(world: World) -> None:
    world.control.add_fault("GET", "/consignments/*", status=429, retry_after_s=1, times=2)
    view = world.station.engine.scan(_reference_of(world, "WEB-10021"))
    assert view.stage is Stage.DONE, view.message


def test_killed_between_allocation_and_printing_recovers_without_a_duplicate(
    world: World, tmp_path: Path
) -> None:
    reference = _reference_of(world, "WEB-10033")
    env = _command_env(tmp_path, world)
    world.control.add_fault("GET", "/labels/*", latency_s=30.0, times=1)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "packstation",
            "pack",
            reference,
            "--weight-kg",
            "2.0",
            "--dims",
            "40x30x20",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        # Killed while its labels request is held: the allocation is journalled by then. The
        # one-shot fault is gone once the labels request took it; neither the state alone nor
        # "a request in flight" will do: both hold while the allocation's answer is still on
        # its way, and a kill then leaves the allocation's outcome unknown.
        while world.control.faults() or world.control.requests_in_flight() < 1:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the pack never got to its labels"
            time.sleep(0.1)
        process.send_signal(signal.SIGKILL)  # the station dies between two steps
    finally:
        process.wait(timeout=30)
        process.stdout.close()  # type: ignore[union-attr]
        process.stderr.close()  # type: ignore[union-attr]
    world.control.clear_faults()

    settings = load_settings(tmp_path / "station.toml", environ=env).settings
    restarted = open_station(settings, KEY, operator="tester", clock=FrozenClock())
    try:
        items = restarted.recovery.run()
        assert [item.reference for item in items] == [reference], items
        assert "no label printed" in items[0].found
        view = restarted.engine.scan(reference)
        assert view.stage is Stage.DONE, view.message
    finally:
        restarted.close()
    assert world.consignments_for("WEB-10033") == [reference]
    assert world.state_of(reference) == "ReadyToShip"
    assert len(world.printed_files()) == 1


def test_an_expired_option_is_rebooked_with_fresh_quotes_once(world: World) -> None:
    # Issue the option on the Friday before (its cut-off is in the past for any real clock
    # since), then work on Monday morning as every other test does.
    world.control.set_clock(MONDAY_MORNING - timedelta(days=3))
    option = _option_reference(world, "CHK-EXPIRED-1")
    world.control.set_clock(MONDAY_MORNING)
    view = world.station.engine.scan(option)
    assert view.stage is Stage.CONFIRM_PARCELS and "expired" in view.message, view.message
    world.control.add_fault("POST", "/consignments", lose_response=True, times=1)
    done = world.station.engine.confirm_parcels([BOX])
    assert done.stage is Stage.DONE, done.message
    assert world.consignments_for("CHK-EXPIRED-1") == [done.shipment.reference]  # type: ignore[union-attr]
