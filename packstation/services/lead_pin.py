"""The shift lead's PIN: stored as a salted scrypt hash, checked with a back-off after wrong tries.

The stored form is ``scrypt$n$r$p$salt_hex$hash_hex``; nothing else about the PIN is kept. After
three wrong attempts each further one must wait, doubling from 2 s up to 5 minutes, so a PIN of a
few digits cannot be guessed at the bench.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from packstation.domain.ports import Clock
from packstation.errors import UserFacingError

_N, _R, _P = 2**14, 8, 1
FREE_ATTEMPTS = 3
MAX_WAIT = timedelta(minutes=5)


class PinRefused(UserFacingError):
    """The PIN was wrong, or it is too soon to try again."""


def hash_pin(pin: str) -> str:
    """Return the stored form of ``pin`` with a fresh random salt."""
    # isascii: str.isdigit() also accepts digits of other scripts and superscripts.
    if not (pin.isascii() and pin.isdigit()) or not 4 <= len(pin) <= 12:
        raise ValueError("a shift lead PIN is 4 to 12 digits")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Return whether ``pin`` matches the stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except ValueError:
        return False
    return hmac.compare_digest(digest, bytes.fromhex(digest_hex))


@dataclass
class PinGate:
    """Checks the lead PIN and slows down guessing."""

    stored_hash: str
    clock: Clock
    _failures: int = 0
    _next_try: datetime | None = field(default=None)

    def check(self, pin: str) -> None:
        """Return quietly when ``pin`` is right; raise :class:`PinRefused` otherwise."""
        now = self.clock.now()
        if self._next_try is not None and now < self._next_try:
            wait_s = int((self._next_try - now).total_seconds()) + 1
            raise PinRefused(f"Too many wrong PINs. Try again in {wait_s} s.")
        if pin_matches(pin, self.stored_hash):
            self._failures, self._next_try = 0, None
            return
        self._failures += 1
        if self._failures >= FREE_ATTEMPTS:
            wait = timedelta(seconds=2 ** (self._failures - FREE_ATTEMPTS + 1))
            self._next_try = now + min(wait, MAX_WAIT)
        raise PinRefused("That PIN is not the shift lead's PIN.")
