"""The demo seed can be laid down at any hour of any weekday."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.sandbox.picksheet import entries
from packstation.sandbox.seed import demo
from packstation.sandbox.store import Store

MONDAY = datetime(2026, 11, 23, tzinfo=UTC)


@pytest.mark.parametrize("day", range(7))
def test_demo_seed_loads_whatever_the_time(tmp_path: Path, day: int) -> None:
    store = Store(tmp_path / "seed.sqlite3")
    store.open()
    for hour in (0, 16, 23):
        with store.transaction() as tx:
            tx.clear_all()
            demo(tx, MONDAY + timedelta(days=day, hours=hour, minutes=45))
            codes = [entry["Code"] for entry in entries(tx)]
            assert len(codes) == len(set(codes)) >= 14
            allocated = tx.find_consignments({"state": "Allocated"})
            assert len(allocated) == 3
