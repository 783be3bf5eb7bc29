"""Shift data for report tests, built from a seed so that every run sees the same shift."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from packstation.domain.shift import (
    CarrierTotal,
    DriverSheet,
    ManifestLine,
    ShiftException,
    ShiftReport,
)

CLOSED_AT = datetime(2026, 11, 22, 17, 30, tzinfo=UTC)
OPENED_AT = CLOSED_AT - timedelta(hours=9)
CARRIERS = ("Royal Mail", "DPD UK", "Evri", "UPS", "DHL Parcel")
SERVICES = ("Tracked 24", "Next Day 12:00", "Standard 48", "Express Saver")


def consignment_reference(index: int) -> str:
    """Return a PRO-shaped consignment reference (``EC-000-0AB-123``) for pack ``index``."""
    return f"EC-000-{index // 1000:03X}-{index % 1000:03d}"


def tracking_number(index: int, parcel: int) -> str:
    """Return a carrier-shaped tracking number for a parcel of pack ``index``."""
    return f"1Z9A80W{index:07d}{parcel:02d}"


def manifest_line(index: int, parcels: int) -> ManifestLine:
    """Return a manifest line with ``parcels`` parcels, each with its own tracking number."""
    return ManifestLine(
        reference=consignment_reference(index),
        customer_reference=f"ORD-{200000 + index}",
        service=SERVICES[index % len(SERVICES)],
        tracking_numbers=tuple(tracking_number(index, parcel) for parcel in range(parcels)),
        parcel_count=parcels,
        weight_kg=Decimal("0.75") * parcels + Decimal(index % 7) / 4,
    )


def driver_sheets(packs: int, carriers: int = 5, seed: int = 7) -> list[DriverSheet]:
    """Return ``packs`` manifest lines spread over ``carriers`` driver sheets (1-3 parcels each)."""
    chooser = random.Random(seed)
    lines: list[list[ManifestLine]] = [[] for _ in range(carriers)]
    for index in range(packs):
        lines[index % carriers].append(manifest_line(index, chooser.randint(1, 3)))
    return [
        DriverSheet(CARRIERS[number % len(CARRIERS)], "Bench 3", "SL-LEEDS", CLOSED_AT, tuple(own))
        for number, own in enumerate(lines)
    ]


def shift_report(exceptions: int = 3, hours: int = 9) -> ShiftReport:
    """Return a shift report with ``exceptions`` problem packs over ``hours`` hours of packing."""
    return ShiftReport(
        station="Bench 3",
        location="SL-LEEDS",
        opened_at=OPENED_AT,
        opened_by="Priya Shah",
        closed_at=CLOSED_AT,
        packs_per_hour=tuple(
            (OPENED_AT.replace(minute=0) + timedelta(hours=hour), 30 + (hour * 17) % 40)
            for hour in range(hours)
        ),
        per_carrier=(
            CarrierTotal("Royal Mail", 120, 131),
            CarrierTotal("DPD UK", 80, 95),
        ),
        reprints=4,
        voids=2,
        exceptions=tuple(
            ShiftException(
                reference=consignment_reference(9000 + number),
                customer_reference=f"ORD-{number}",
                problem="Label printed but the printer never confirmed it",
            )
            for number in range(exceptions)
        ),
    )
