"""The retry schedule: full-jitter backoff that tests can pin, and Retry-After."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from packstation.pro.retry import CallSafety, RetryPolicy, parse_retry_after


def test_backoff_is_full_jitter_under_a_doubling_cap() -> None:
    policy = RetryPolicy(base_delay_s=0.5, max_delay_s=3.0, rng=random.Random(7))
    reference = random.Random(7)
    expected = [reference.uniform(0.0, cap) for cap in (0.5, 1.0, 2.0, 3.0, 3.0)]
    assert [policy.delay_s(index) for index in range(5)] == expected


def test_retry_after_replaces_the_backoff() -> None:
    policy = RetryPolicy(rng=random.Random(1))
    assert policy.delay_s(0, retry_after_s=7.0) == 7.0


def test_retries_stop_at_the_limit_and_at_long_retry_after() -> None:
    policy = RetryPolicy(max_retries=2, max_retry_after_s=10.0)
    assert policy.allows(0) and policy.allows(1)
    assert not policy.allows(2)
    assert policy.allows(0, retry_after_s=10.0)
    assert not policy.allows(0, retry_after_s=10.5)


def test_only_reads_and_idempotent_calls_are_retryable() -> None:
    assert CallSafety.READ.retryable and CallSafety.IDEMPOTENT.retryable
    assert not CallSafety.UNSAFE.retryable


@pytest.mark.parametrize(
    ("header", "expected"),
    [("3", 3.0), (" 1.5 ", 1.5), ("-4", 0.0), ("", None), (None, None), ("soon", None)],
)
def test_retry_after_seconds(header: str | None, expected: float | None) -> None:
    assert parse_retry_after(header) == expected


def test_retry_after_http_date() -> None:
    now = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC)
    header = format_datetime(now + timedelta(seconds=42), usegmt=True)
    assert parse_retry_after(header, now_s=now.timestamp()) == pytest.approx(42.0)
