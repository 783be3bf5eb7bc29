"""Fixtures for journal tests: a real SQLite file in tmp_path and a clock the test drives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.journal import Journal, ShiftRecord
from tests.unit.journal.builders import SteppingClock


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "journal.sqlite3"


@pytest.fixture
def journal(journal_path: Path, clock: SteppingClock) -> Iterator[Journal]:
    with Journal.open(journal_path, clock=clock) as opened:
        yield opened


@pytest.fixture
def shift(journal: Journal) -> ShiftRecord:
    return journal.open_shift("ann", "SL-0001")
