"""Logging set-up: one station handler, secrets masked in every record."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation import log as station_log
from packstation.log import SecretMaskingFilter, close_log_file, configure_logging
from tests.logging_state import restored_root_logging


def test_secrets_are_masked_in_formatted_messages() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "key=%s sent", ("s3cr3t-key",), None)
    assert SecretMaskingFilter(["s3cr3t-key"]).filter(record)
    assert record.getMessage() == "key=*** sent"


def test_configuring_twice_keeps_one_handler_and_the_newest_secrets(
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = logging.getLogger()
    earlier = [h for h in root.handlers if type(h).__name__ == "_StationHandler"]
    for handler in earlier:  # another test may have configured logging already
        root.removeHandler(handler)
    before = list(root.handlers)
    try:
        configure_logging(1, secrets=["old-secret"])
        configure_logging(1, secrets=["new-secret"])
        added = [h for h in root.handlers if h not in before]
        assert len(added) == 1
        logging.getLogger("packstation.test").warning("new-secret and old-secret")
        err = capsys.readouterr().err
        assert "new-secret" not in err and "*** and old-secret" in err
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
        for handler in earlier:
            root.addHandler(handler)


@pytest.fixture
def restored_logging() -> Iterator[None]:
    """Put the root logger's handlers, level and secrets back as they were."""
    with restored_root_logging():
        yield


def test_the_log_file_keeps_info_lines_masked_while_stderr_keeps_warnings(
    tmp_path: Path, restored_logging: None, capsys: pytest.CaptureFixture[str]
) -> None:
    log_file = tmp_path / "data" / "logs" / "packstation.log"
    configure_logging(0, secrets=["s3cr3t-key"], log_file=log_file)
    logger = logging.getLogger("packstation.test")
    logger.info("GET /consignments/EC-1 -> 200 with s3cr3t-key")
    logger.debug("not kept at this verbosity")
    logger.warning("printer paused")
    close_log_file()
    text = log_file.read_text(encoding="utf-8")
    assert "GET /consignments/EC-1 -> 200 with ***" in text and "s3cr3t-key" not in text
    assert "printer paused" in text and "not kept" not in text
    err = capsys.readouterr().err
    assert "printer paused" in err and "GET /consignments" not in err


def test_the_log_file_rotates_and_configuring_again_does_not_add_a_second_one(
    tmp_path: Path, restored_logging: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(station_log, "LOG_FILE_BYTES", 400)
    monkeypatch.setattr(station_log, "LOG_FILES_KEPT", 2)
    log_file = tmp_path / "packstation.log"
    configure_logging(0, log_file=log_file)
    configure_logging(0, log_file=log_file)
    logger = logging.getLogger("packstation.test")
    for number in range(40):
        logger.info("line %d of a long shift", number)
    close_log_file()
    kept = sorted(path.name for path in tmp_path.iterdir())
    assert kept == ["packstation.log", "packstation.log.1", "packstation.log.2"]
    lines = "".join(path.read_text(encoding="utf-8") for path in tmp_path.iterdir())
    assert lines.count("line 39 of a long shift") == 1  # each line once: one handler
