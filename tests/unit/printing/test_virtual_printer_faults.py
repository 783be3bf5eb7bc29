"""Fault settings of the virtual printer: names, text values, errors."""

from __future__ import annotations

import pytest

from packstation.printing.virtual_printer import FaultSettingError, VirtualPrinterFaults
from packstation.printing.virtual_printer.faults import fault_names


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        ("paper_out_after", "3", 3),
        ("paper_out_after", "none", None),
        ("reset_after", "0", 0),
        ("head_open", "on", True),
        ("paused", "0", False),
        ("slow_s", "0.25", 0.25),
        ("refuse", "yes", True),
    ],
)
def test_settings_are_read_from_text(name: str, text: str, value: object) -> None:
    assert getattr(VirtualPrinterFaults().with_setting(name, text), name) == value


@pytest.mark.parametrize(
    ("name", "text"),
    [("jam", "1"), ("slow_s", "-1"), ("slow_s", "soon"), ("reset_after", "-2"), ("paused", "2")],
)
def test_bad_settings_are_refused(name: str, text: str) -> None:
    with pytest.raises(FaultSettingError):
        VirtualPrinterFaults().with_setting(name, text)


def test_describe_lists_every_fault_in_order() -> None:
    described = VirtualPrinterFaults(paper_out_after=2, slow_s=0.5).describe()
    assert [pair.split("=")[0] for pair in described.split()] == list(fault_names())
    assert "paper_out_after=2" in described and "slow_s=0.5" in described
