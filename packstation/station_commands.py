"""Headless station commands: ``packstation pack CODE`` and ``packstation close-shift``.

``pack`` runs one scan through the engine for print-and-apply lines and scripts: one line per
step, then a final JSON line (consignment, state, tracking numbers, print outcome); it exits
non-zero with the operator message when the pack did not complete. ``close-shift`` closes the
shift without a window (for scheduled closes): a per-carrier summary, the PDFs written to a
folder, and a non-zero exit if anything failed to manifest. A scheduled close runs under the
station's own account, which is its authority; the window asks for the shift lead's PIN.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from packstation.config import load_settings
from packstation.domain.choices import AllocationPolicy
from packstation.domain.orders import everything_in_one_parcel
from packstation.domain.session import PackView, Stage
from packstation.domain.shipment import Dimensions, ParcelSpec
from packstation.errors import UserFacingError
from packstation.log import configure_logging
from packstation.secrets import load_api_key
from packstation.station import Station, open_station

EXIT_NOT_DONE, EXIT_CHOOSE, EXIT_SETUP = 1, 2, 3
_TERMINAL = (Stage.DONE, Stage.ALREADY_DONE, Stage.REFUSED, Stage.FAILED, Stage.PRINT_FAILED)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``pack`` and ``close-shift`` commands."""
    pack = subparsers.add_parser("pack", help="run one scan through the engine without a window")
    pack.add_argument(
        "code", help="what the scanner read: EC-, EO-, EDO-, tracking or own reference"
    )
    pack.add_argument("--policy", choices=[p.value for p in AllocationPolicy])
    pack.add_argument("--choice", type=int, help="1-based choice when several are offered")
    pack.add_argument("--weight-kg", help="parcel weight, when the parcel must be confirmed")
    pack.add_argument("--dims", help="parcel size LxWxH in cm, e.g. 30x20x10")
    pack.add_argument("--size", help="a package size reference instead of --dims")
    pack.add_argument("--config", type=Path, help="station config file")
    pack.set_defaults(handler=run_pack)

    close = subparsers.add_parser("close-shift", help="manifest the shift and print driver sheets")
    close.add_argument("--config", type=Path, help="station config file")
    close.add_argument("--location", help="shipping location (overrides the config)")
    close.add_argument("--out", type=Path, default=Path("."), help="folder for the PDFs")
    close.add_argument(
        "--include-unconfirmed",
        action="store_true",
        help="also manifest packs whose labels were sent but never confirmed printed",
    )
    close.set_defaults(handler=run_close_shift)


@contextmanager
def _station(args: argparse.Namespace, **overrides: str) -> Iterator[Station]:
    environ = {**os.environ, **overrides} if overrides else None
    loaded = load_settings(args.config, environ=environ)
    key = load_api_key(loaded.config_dir)
    if key is None:
        raise UserFacingError(
            "No SortedPRO API key: set PACKSTATION_API_KEY or run `packstation config set-key`."
        )
    configure_logging(getattr(args, "verbose", 0), secrets=[key.reveal()])
    station = open_station(loaded.settings, key.reveal())
    try:
        yield station
    finally:
        station.close()


def run_pack(args: argparse.Namespace) -> int:
    """Handle ``packstation pack``."""
    overrides = {"PACKSTATION_POLICY": args.policy} if args.policy else {}
    try:
        with _station(args, **overrides) as station:
            return _pack(station, args)
    except UserFacingError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_SETUP


def _pack(station: Station, args: argparse.Namespace) -> int:
    engine = station.engine
    view = _step(engine.scan(args.code))
    for _ in range(6):  # each pass answers one question the engine asked
        if view.stage in _TERMINAL:
            break
        if view.stage in (Stage.CHOOSE_SHIPMENT, Stage.CHOOSE_SERVICE):
            if args.choice is None:
                _list_choices(view)
                print("choose with --choice N", file=sys.stderr)
                return EXIT_CHOOSE
            view = _step(engine.choose(args.choice - 1))
            args.choice = None
        elif view.stage is Stage.CONFIRM_OPTION:
            view = _step(engine.choose(0))
        elif view.stage in (Stage.CONFIRM_PARCELS, Stage.PACK_ORDER):
            spec = _parcel(args)
            if spec is None:
                print(
                    "this pack needs the parcel: pass --weight-kg and --dims or --size",
                    file=sys.stderr,
                )
                return EXIT_NOT_DONE
            if view.stage is Stage.PACK_ORDER and view.order is not None:
                view = _step(engine.pack_order(everything_in_one_parcel(view.order, spec)))
            else:
                view = _step(engine.confirm_parcels([spec]))
            args.weight_kg = None  # a second request for the parcel means PRO refused it
        else:
            break
    print(json.dumps(_summary(view)))
    return 0 if view.stage is Stage.DONE else EXIT_NOT_DONE


def _step(view: PackView) -> PackView:
    print(f"{view.stage.value}: {view.message}")
    for problem in view.problems:
        print(f"  - {problem}")
    return view


def _list_choices(view: PackView) -> None:
    for number, hit in enumerate(view.hits, start=1):
        print(f"  {number}. {hit.reference} {hit.state.value} {hit.destination}")
    for number, choice in enumerate(view.choices, start=1):
        price = f"{choice.price_gross} {choice.currency or ''}".strip()
        print(f"  {number}. {choice.carrier} {choice.service} {price}")


def _parcel(args: argparse.Namespace) -> ParcelSpec | None:
    if args.weight_kg is None or not (args.dims or args.size):
        return None
    try:
        weight = Decimal(args.weight_kg)
        dimensions = None
        if args.dims:
            length, width, height = (Decimal(part) for part in args.dims.lower().split("x"))
            dimensions = Dimensions(length, width, height)
        return ParcelSpec(weight, dimensions, args.size)
    except (InvalidOperation, ValueError) as error:
        raise UserFacingError(f"The parcel is not understood ({error}).") from error


def _summary(view: PackView) -> dict[str, Any]:
    shipment = view.shipment
    report = view.print_report
    return {
        "stage": view.stage.name.lower(),
        "message": view.message,
        "consignment": shipment.reference if shipment else None,
        "state": shipment.state_name if shipment else None,
        "tracking_numbers": list(shipment.tracking_numbers) if shipment else [],
        "print_outcome": report.state.value if report else None,
        "problems": list(view.problems),
    }


def run_close_shift(args: argparse.Namespace) -> int:
    """Handle ``packstation close-shift``."""
    overrides = {"PACKSTATION_LOCATION": args.location} if args.location else {}
    try:
        with _station(args, **overrides) as station:
            return _close(station, args)
    except UserFacingError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_SETUP


def _close(station: Station, args: argparse.Namespace) -> int:
    closer = station.closer
    unconfirmed: list[str] = []
    if args.include_unconfirmed:
        unconfirmed = [p.reference for p in station.journal.shift_packs()]
    plan = closer.plan(include_unconfirmed=unconfirmed)
    for exception in plan.exceptions:
        print(
            f"exception: {exception.reference} {exception.customer_reference}: {exception.problem}"
        )
    result = closer.manifest(plan)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = station.clock.now().strftime("%Y%m%d-%H%M")
    (args.out / f"driver-sheets-{stamp}.pdf").write_bytes(result.driver_sheets_pdf)
    (args.out / f"shift-report-{stamp}.pdf").write_bytes(result.shift_report_pdf)
    for manifest in result.carrier_manifests:
        (args.out / Path(manifest.name).name).write_bytes(manifest.data)
    for carrier, consignments, parcels in result.carrier_summary():
        print(f"{carrier}: {consignments} consignment(s), {parcels} parcel(s) manifested")
    for failed in result.failed:
        print(f"not manifested: {failed.reference}: {failed.message}")
    if result.failed:
        return EXIT_NOT_DONE
    closer.finish(getpass.getuser())
    print(f"shift closed; documents in {args.out}")
    return 0
