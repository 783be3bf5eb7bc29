"""A process killed at any moment leaves a consistent journal holding all it reported done.

Two ways to die, many times each, on one file that grows like a station's:

* ``exit``: the child ends itself with ``os._exit`` from a SQLite progress handler after a
  random number of virtual-machine steps: in the middle of a statement, of a multi-row
  transaction, of opening or migrating the file.
* ``kill``: the parent sends SIGKILL (TerminateProcess on Windows) at a random moment.

Afterwards the file must pass ``PRAGMA integrity_check`` and the foreign-key check, keep the
journal's own invariants, answer every query, accept writes again, and hold every step the child
reported as returned. A killed process is not a power cut (the OS still writes its cache), so
this proves atomicity of every change; durability across power loss rests on
``synchronous=FULL``.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from packstation.journal import SCHEMA_VERSION, Journal
from packstation.journal.schema import MIGRATIONS, migrate
from tests.conftest import PROJECT_ROOT
from tests.integration.journal.crash_writer import CRASHED_EXIT_CODE

EXIT_ROUNDS = 30
KILL_ROUNDS = 14
CHILD_TIMEOUT_S = 60.0
CHILD_MODULE = "tests.integration.journal.crash_writer"


def _spawn(path: Path, seed: int, mode: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", CHILD_MODULE, str(path), str(seed), mode, *extra],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(child: subprocess.Popen[str]) -> tuple[int, str, str]:
    try:
        stdout, stderr = child.communicate(timeout=CHILD_TIMEOUT_S)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(CHILD_TIMEOUT_S)
    return child.returncode, stdout, stderr


def _raw_checks(path: Path) -> None:
    """Check the file with plain sqlite3 before the journal code touches it."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        assert 0 <= version <= SCHEMA_VERSION
        if version >= 1:
            orphans = connection.execute(
                "SELECT COUNT(*) FROM print_jobs j LEFT JOIN packs p ON p.pack_id = j.pack_id"
                " WHERE p.pack_id IS NULL"
            ).fetchone()[0]
            assert orphans == 0, "a print job without its pack"
    finally:
        connection.close()


def _check_reported_steps(journal: Journal, stdout: str) -> int:
    """Every ``done`` line the child printed must be in the journal; return how many."""
    lines = [line.split() for line in stdout.splitlines() if line.startswith("done ")]
    for _, kind, key, value in lines:
        if kind == "stage":
            history = {change.stage.value for change in journal.stage_history(int(key))}
            assert value in history, f"pack {key} reported {value}, journal has {history}"
        elif kind == "labels":
            stored = journal.stored_labels(int(key))
            assert stored is not None and stored.label_set_id >= int(value)
        elif kind == "job":
            assert any(job.print_job_id == int(value) for job in journal.print_jobs(int(key)))
        elif kind == "intent":
            assert journal.intent(int(key)).intent_id == int(key)
        elif kind == "manifest":
            attempts = journal.unanswered_manifest_attempts()
            if value == "answered":
                assert all(attempt.attempt_id != int(key) for attempt in attempts)
    return len(lines)


def _check_after_crash(path: Path, stdout: str) -> int:
    """Check the file and the journal after a crash; return how many reported steps were found."""
    if not path.exists():
        # Killed before the journal file was created: nothing was written, nothing to check.
        assert "ready" not in stdout
        return 0
    _raw_checks(path)
    with Journal.open(path) as journal:
        assert journal.schema_version == SCHEMA_VERSION
        assert journal.check_consistency() == []
        reported = _check_reported_steps(journal, stdout)
        shift = journal.current_shift()
        if shift is not None:
            journal.shift_packs(shift.shift_id)
            journal.shift_exceptions(shift.shift_id)
            journal.shift_counts(shift.shift_id)
            journal.export_shift(shift.shift_id)
            journal.record_scan(shift.shift_id, "after-crash", "check", "ok")
        journal.unfinished_packs()
        journal.open_intents()
        journal.unanswered_manifest_attempts()
        return reported


@pytest.mark.slow
def test_dying_inside_sqlite_at_random_steps(tmp_path: Path) -> None:
    path = tmp_path / "station" / "journal.sqlite3"
    crashed = 0
    reported = 0
    for seed in range(EXIT_ROUNDS):
        code, stdout, stderr = _finish(_spawn(path, seed, "exit"))
        assert code in (0, CRASHED_EXIT_CODE), stderr
        crashed += code == CRASHED_EXIT_CODE
        reported += _check_after_crash(path, stdout)
    # The exit points are drawn so that nearly every round dies, most of them mid-shift.
    assert crashed >= EXIT_ROUNDS - 2
    assert reported > 0


@pytest.mark.slow
def test_killed_from_outside_at_random_moments(tmp_path: Path) -> None:
    path = tmp_path / "station" / "journal.sqlite3"
    rng = random.Random(20260302)
    reported = 0
    for seed in range(KILL_ROUNDS):
        child = _spawn(path, 100 + seed, "run")
        assert child.stdout is not None
        if seed % 3 == 0:
            # Some kills land while the child is still starting, opening or migrating.
            time.sleep(rng.uniform(0.0, 0.4))
        else:
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.3))
        child.kill()
        code, stdout, stderr = _finish(child)
        assert code != 0, "the child finished before it was killed"
        reported += _check_after_crash(path, stdout)
    assert reported > 0


def _old_file(path: Path) -> None:
    """Write a version-1 journal holding one shift and one pack."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        migrate(connection, MIGRATIONS[:1])
        at = "2026-03-02T08:00:00.000000+00:00"
        connection.execute(
            "INSERT INTO shifts (location_reference, opened_at, opened_by) VALUES ('SL', ?, 'ann')",
            (at,),
        )
        connection.execute(
            "INSERT INTO packs (shift_id, consignment_reference, started_at, stage, stage_at)"
            " VALUES (1, 'EC-OLD-FIL-E01', ?, 'started', ?)",
            (at, at),
        )
        connection.execute(
            "INSERT INTO pack_stages (pack_id, at, stage) VALUES (1, ?, 'started')", (at,)
        )
    finally:
        connection.close()


@pytest.mark.slow
def test_dying_while_migrating_an_old_file(tmp_path: Path) -> None:
    path = tmp_path / "station" / "journal.sqlite3"
    versions_seen: set[int] = set()
    crashed = 0
    # Opening and upgrading this file takes roughly 10,000 VM steps: the budgets walk through
    # all of it (checks, pragmas, each migration statement, the commit) and one goes past.
    for budget in (1, 50, *range(400, 14_000, 900), 1_000_000):
        _old_file(path)
        code, _, stderr = _finish(_spawn(path, 0, "open", str(budget)))
        assert code in (0, CRASHED_EXIT_CODE), stderr
        crashed += code == CRASHED_EXIT_CODE
        _raw_checks(path)
        connection = sqlite3.connect(path)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
        assert version in (1, SCHEMA_VERSION), "a file must be at a whole version"
        assert ("voids" in tables) is (version == SCHEMA_VERSION)
        versions_seen.add(version)
        with Journal.open(path) as journal:
            pack = journal.pack_for_consignment(1, "EC-OLD-FIL-E01")
            assert pack is not None and journal.check_consistency() == []
    assert versions_seen == {1, SCHEMA_VERSION}
    assert crashed >= 10
