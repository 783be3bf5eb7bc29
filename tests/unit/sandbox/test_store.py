"""The sandbox's database keeps off the bench's disk as far as it safely can."""

from __future__ import annotations

from pathlib import Path

from packstation.sandbox.store import Store


def test_requests_keep_the_write_ahead_log_and_do_not_wait_for_the_disk(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite3"
    store = Store(path)
    store.open()
    try:
        for _ in range(3):
            with store.transaction() as tx:
                assert tx.is_empty()
                assert tx.connection.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        # Closing a request's connection did not checkpoint and delete the log.
        assert path.with_name(path.name + "-wal").exists()
    finally:
        store.close()
    # The last connection closed: the log is folded into the file and removed.
    assert not path.with_name(path.name + "-wal").exists()
    reopened = Store(path)
    reopened.open()
    with reopened.transaction() as tx:
        assert tx.is_empty()
    reopened.close()
