"""Fixtures: one sandbox per test session on a loopback port, reset and clock-frozen per test.

Reusable elsewhere by importing from here or, outside pytest, with
``packstation.sandbox.testing.running_sandbox``.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from packstation.pro import ProClient
from packstation.sandbox.server import SandboxServer
from packstation.sandbox.testing import MONDAY_MORNING, SandboxControl, running_sandbox

API_KEY = "sandbox-test-key"
HTTP_TIMEOUT_S = 20.0


@pytest.fixture(scope="session")
def sandbox_session() -> Iterator[tuple[SandboxServer, SandboxControl]]:
    """Start the sandbox once for the whole session."""
    with running_sandbox(frozen_at=MONDAY_MORNING) as pair:
        yield pair


@pytest.fixture
def sandbox(sandbox_session: tuple[SandboxServer, SandboxControl]) -> SandboxServer:
    """Return the running sandbox, emptied, with no faults, frozen on a Monday 09:00 UTC."""
    server, control = sandbox_session
    control.set_clock(MONDAY_MORNING)
    control.reset("empty")
    return server


@pytest.fixture
def control(
    sandbox: SandboxServer, sandbox_session: tuple[SandboxServer, SandboxControl]
) -> SandboxControl:
    """Return the control-API client of the (reset) sandbox."""
    return sandbox_session[1]


@pytest.fixture
def pro(sandbox: SandboxServer) -> Iterator[ProClient]:
    """Return the app's PRO client pointed at the sandbox (no automatic retries)."""
    with ProClient(sandbox.base_url, API_KEY, max_retries=0, timeout_s=HTTP_TIMEOUT_S) as client:
        yield client


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """Return a plain HTTP client with a subscription key, for status codes and raw bodies."""
    headers = {"ocp-apim-subscription-key": API_KEY, "electio-api-version": "1.1"}
    with httpx.Client(base_url=sandbox.base_url, headers=headers, timeout=HTTP_TIMEOUT_S) as client:
        yield client


@pytest.fixture
def sandbox_base_url(sandbox: SandboxServer) -> str:
    """Return the base URL of the (reset) sandbox."""
    return sandbox.base_url
