"""Logging set-up: one station handler, secrets masked in every record."""

from __future__ import annotations

import logging

import pytest

from packstation.log import SecretMaskingFilter, configure_logging


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
