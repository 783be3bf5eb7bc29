"""The first-run dialog's actions against a real sandbox and a real virtual printer."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.app import first_run_actions
from packstation.domain.labels import PrintState
from packstation.errors import UserFacingError
from packstation.printing.virtual_printer import VirtualPrinter
from packstation.sandbox.testing import running_sandbox


def test_locations_come_from_the_api_and_a_test_label_prints(tmp_path: Path) -> None:
    actions = first_run_actions()
    with running_sandbox(seed="demo") as (server, _control):
        locations = actions.list_locations(server.base_url, "first-run-key")
    assert locations and all(reference for reference, _ in locations)
    with VirtualPrinter(tmp_path / "printed", port=0) as printer:
        report = actions.test_print(printer.url, "zpl")
    assert report.state is PrintState.CONFIRMED
    assert len(list((tmp_path / "printed").glob("*.zpl"))) == 1


def test_a_wrong_key_is_a_clear_error() -> None:
    actions = first_run_actions()
    with running_sandbox(seed="empty", api_key="the-right-key") as (server, _control):
        with pytest.raises(UserFacingError, match="API key"):
            actions.list_locations(server.base_url, "a-wrong-key")
