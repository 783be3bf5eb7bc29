"""Fixtures for device tests over real loopback sockets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from packstation.devices.virtual_scale import VirtualScale


@pytest.fixture
def mtsics_scale() -> Iterator[VirtualScale]:
    with VirtualScale(protocol="mt-sics", weight_kg="1.250") as scale:
        yield scale


@pytest.fixture
def continuous_scale() -> Iterator[VirtualScale]:
    with VirtualScale(protocol="continuous", weight_kg="1.250", interval_s=0.02) as scale:
        yield scale
