"""Pure parts of the sandbox: references, routing, schedule, pricing, faults, states."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from packstation.sandbox.catalogue_data import LOCATIONS, SERVICES
from packstation.sandbox.clock import Clock
from packstation.sandbox.faults import FaultBook, FaultRule
from packstation.sandbox.pricing import is_remote, rate, zone_of
from packstation.sandbox.references import format_reference
from packstation.sandbox.router import Router
from packstation.sandbox.schedule import collections_from, delivery_day
from packstation.sandbox.states import Action, refusal


def test_references_look_like_pro() -> None:
    assert format_reference("EC", 0) == "EC-000-000-000"
    assert format_reference("EP", 36**3 + 35) == "EP-000-001-00Z"
    with pytest.raises(ValueError):
        format_reference("EC", 36**9)


def test_router_ignores_case_of_literals_but_keeps_values() -> None:
    router = Router()
    router.add("GET", "/consignments/{take:int}/{skip:int}", lambda call: None)  # type: ignore[arg-type,return-value]
    router.add("GET", "/consignments/{ref}", lambda call: None)  # type: ignore[arg-type,return-value]
    _, params = router.resolve("GET", "/Consignments/EC-000-05B-MMA/")  # type: ignore[misc]
    assert params == {"ref": "EC-000-05B-MMA"}
    _, params = router.resolve("GET", "/consignments/50/100")  # type: ignore[misc]
    assert params == {"take": "50", "skip": "100"}
    assert router.resolve("PUT", "/consignments/x") is True
    assert router.resolve("GET", "/nothing") is False


def test_delivery_day_skips_weekends_unless_the_service_delivers_saturday() -> None:
    friday = date(2026, 11, 27)
    assert delivery_day(SERVICES["DPD_NEXTDAY"], friday) == date(2026, 11, 30)
    assert delivery_day(SERVICES["MPD_RMT24"], friday) == date(2026, 11, 28)
    assert delivery_day(SERVICES["MPD_RMDTPS48HNAUT"], date(2026, 11, 28)) == date(2026, 12, 1)


def test_collections_skip_days_without_collection_and_passed_cut_offs() -> None:
    location = LOCATIONS["Sorted1"]
    friday_evening = datetime(2026, 11, 27, 16, 45, tzinfo=UTC)
    found = collections_from(location, "DPD", friday_evening, friday_evening.date(), 7)
    assert found[0].collected_at.date() == date(2026, 11, 30)
    royal_mail = collections_from(location, "ROYAL_MAIL", friday_evening, friday_evening.date(), 7)
    assert royal_mail[0].collected_at == datetime(2026, 11, 27, 17, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("postcode", "remote"),
    [
        ("HS1 2AA", True),
        ("PA20 0AA", True),
        ("PA1 1AA", False),
        ("TR21 0AA", True),
        ("TR1 1AA", False),
        ("BT1 1AA", True),
        ("M1 5WG", False),
        ("", False),
    ],
)
def test_remote_postcodes(postcode: str, remote: bool) -> None:
    assert is_remote(postcode) is remote


def test_zones_and_rates() -> None:
    assert (zone_of("GB"), zone_of("FR"), zone_of("US"), zone_of("FK")) == ("UK", "EU", "ROW", None)
    price = rate(Decimal("27.69"), Decimal("0.2"))
    assert (price["Net"], price["VatAmount"], price["Gross"]) == (27.69, 5.54, 33.23)
    assert rate(Decimal("10"), Decimal("0"))["TaxRate"]["Type"] == "Zero"


def test_catalogue_is_broad_enough() -> None:
    carriers = {service.carrier for service in SERVICES.values()}
    assert len(carriers) >= 5 and len(SERVICES) >= 15
    assert any(s.is_timed and s.window[1] <= "13:00:00" for s in SERVICES.values())
    assert any(s.is_timed and s.window[0] >= "17:00:00" for s in SERVICES.values())
    assert any("Locker" in s.service_types for s in SERVICES.values())
    assert {"EU", "ROW"} <= {zone for s in SERVICES.values() for zone in s.zones}


def test_fault_book_counts_firings_and_matches_globs() -> None:
    book = FaultBook()
    book.add(FaultRule(method="PUT", path="/allocation/*", status=503, times=2))
    assert book.take("GET", "/allocation/x") is None
    assert book.take("put", "/Allocation/EC-1/allocatewithquote/q") is not None
    assert book.take("PUT", "/allocation/allocate") is not None
    assert book.take("PUT", "/allocation/allocate") is None


def test_clock_can_be_set_frozen_and_advanced() -> None:
    clock = Clock()
    moment = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    clock.set(moment, frozen=True)
    assert clock.now() == moment
    clock.advance(timedelta(hours=2))
    assert clock.now() == moment + timedelta(hours=2)
    clock.set(moment)
    assert clock.now() >= moment
    clock.reset()
    assert abs(clock.now() - datetime.now(UTC)) < timedelta(minutes=1)


def test_state_refusals_name_action_and_state() -> None:
    assert refusal("EC-1", "Allocated", Action.ALLOCATE) == (
        "Cannot allocate consignment EC-1 in state Allocated"
    )
    assert refusal("EC-1", "Unallocated", Action.ALLOCATE) is None
