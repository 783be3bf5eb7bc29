"""The shift lead's PIN: only a salted scrypt hash is kept, and guessing is slowed down.

The stored form is ``scrypt$N$r$p$salt$digest``. These tests read the file back and check that
it is exactly that (so it holds nothing else about the PIN), that the cost parameters are not
below scrypt's interactive-login recommendation (N = 2**14, r = 8), that the comparison goes
through :func:`hmac.compare_digest`, and that wrong PINs lead to waits that grow.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.secrets import load_lead_pin_hash, store_lead_pin_hash
from packstation.services import lead_pin
from packstation.services.lead_pin import PinGate, PinRefused, hash_pin, pin_matches

STORED = re.compile(r"scrypt\$(\d+)\$(\d+)\$(\d+)\$([0-9a-f]{32,})\$([0-9a-f]{64})")
pins = st.text(alphabet="0123456789", min_size=4, max_size=12)


class SteppingClock:
    """A clock that only moves when told to."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment


@settings(max_examples=10, deadline=None)  # each hash costs scrypt's 16 MiB on purpose
@given(pin=pins)
def test_the_pin_file_holds_a_salted_scrypt_hash_and_nothing_else(pin: str) -> None:
    # tmp_path is shared by all examples of one test, so each example gets its own directory.
    with tempfile.TemporaryDirectory() as directory:
        config_dir = Path(directory) / "config"
        path = store_lead_pin_hash(hash_pin(pin), config_dir)
        data = path.read_bytes()
        assert load_lead_pin_hash(config_dir) == data.decode("ascii").strip()
    match = STORED.fullmatch(data.decode("ascii").strip())
    assert match is not None, data
    n, r, p, salt_hex, digest_hex = match.groups()
    expected = hashlib.scrypt(
        pin.encode(), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p), dklen=32
    )
    assert expected.hex() == digest_hex
    for encoded in (
        base64.b64encode(pin.encode()),
        pin.encode("utf-16-le"),
        pin.encode().hex().upper().encode(),
    ):
        assert encoded not in data
    if len(pin) >= 8:  # shorter digit runs can occur by chance inside random hex
        assert pin.encode() not in data


def test_scrypt_costs_are_at_least_the_interactive_login_recommendation() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second, "a fresh salt every time"
    match = STORED.fullmatch(first)
    assert match is not None
    n, r, p, salt_hex, _digest = match.groups()
    assert int(n) >= 2**14 and int(n) & (int(n) - 1) == 0
    assert int(r) >= 8 and int(p) >= 1
    assert len(bytes.fromhex(salt_hex)) >= 16


@pytest.mark.parametrize("pin", ["123", "12345678901234", "12a4", "", "１２３４"])
def test_a_pin_that_is_not_4_to_12_ascii_digits_is_not_hashed(pin: str) -> None:
    with pytest.raises(ValueError):
        hash_pin(pin)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plain$2468",
        "scrypt$16384$8$1$zz$00",
        "scrypt$0$8$1$00$00",
        "scrypt$1073741824$8$1$00$00",  # memory far beyond the limit: refused, not attempted
        "bcrypt$16384$8$1$00112233445566778899aabbccddeeff$" + "0" * 64,
    ],
)
def test_a_malformed_or_foreign_stored_hash_never_matches_and_never_raises(stored: str) -> None:
    assert pin_matches("2468", stored) is False


def test_the_digest_is_compared_with_compare_digest(monkeypatch: pytest.MonkeyPatch) -> None:
    stored = hash_pin("2468")
    compared: list[tuple[bytes, bytes]] = []
    original = hmac.compare_digest

    def spy(left: bytes, right: bytes) -> bool:
        compared.append((left, right))
        return original(left, right)

    monkeypatch.setattr(lead_pin.hmac, "compare_digest", spy)
    assert pin_matches("2468", stored) and not pin_matches("8642", stored)
    assert len(compared) == 2 and all(len(a) == len(b) == 32 for a, b in compared)


def test_wrong_pins_lead_to_growing_waits_that_even_the_right_pin_must_sit_out() -> None:
    clock = SteppingClock()
    gate = PinGate(hash_pin("2468"), clock)
    for _ in range(lead_pin.FREE_ATTEMPTS - 1):
        with pytest.raises(PinRefused, match="not the shift lead's PIN"):
            gate.check("0000")
    waits_s: list[int] = []
    for _ in range(10):
        with pytest.raises(PinRefused, match="not the shift lead's PIN"):
            gate.check("0000")
        with pytest.raises(PinRefused, match="Try again in") as waiting:
            gate.check("2468")  # the right PIN is refused too while the wait runs
        assert "2468" not in waiting.value.message
        wait_s = int(re.findall(r"(\d+) s", waiting.value.message)[0])
        waits_s.append(wait_s)
        clock.moment += timedelta(seconds=wait_s)
    assert waits_s == sorted(waits_s) and waits_s[0] < waits_s[3] < waits_s[6]
    assert max(waits_s) <= lead_pin.MAX_WAIT.total_seconds() + 1
    gate.check("2468")  # after the wait the right PIN opens, and the count starts over
    with pytest.raises(PinRefused, match="not the shift lead's PIN"):
        gate.check("0000")
    gate.check("2468")
