"""The bench scale as the engine sees it: :class:`ScaleReader` implements the ``Scale`` port.

A reader is addressed like any serial device (see :mod:`packstation.devices.serial_ports`) and
speaks MT-SICS or continuous output. Nothing is opened in the constructor; ``open()`` /
``close()`` or a ``with`` block do that, and ``read()`` opens the port itself when it is closed,
so a scale that was unplugged and plugged in again works on the next read. Every read is
bounded: an answer is awaited ``read_timeout_s`` (1 s by default); when none comes, or the
device goes away mid-read, the port is closed and
:class:`~packstation.devices.errors.ScaleDisconnectedError` says so in words for the packer.

One reader may be shared by threads (the engine's read and the window's live weight): reads
take turns.
"""

from __future__ import annotations

import logging
import threading
from types import TracebackType
from typing import Literal, Self, get_args

import serial

from packstation.devices import continuous, mtsics
from packstation.devices.errors import ScaleDisconnectedError, ScaleError, scale_unreachable
from packstation.devices.serial_ports import (
    DEFAULT_BAUD,
    close_port,
    describe_port_error,
    open_port,
    parse_serial_address,
)
from packstation.domain.ports import WeightReading

ScaleProtocolName = Literal["mt-sics", "continuous"]
SCALE_PROTOCOLS: tuple[str, ...] = get_args(ScaleProtocolName)

logger = logging.getLogger(__name__)

# Each low-level read waits at most this long, so the answer deadline is kept to within it.
_PORT_POLL_S = 0.05


class ScaleReader:
    """A serial or TCP scale (MT-SICS or continuous output); see the module docstring."""

    def __init__(
        self,
        address: str,
        *,
        protocol: ScaleProtocolName = "mt-sics",
        read_timeout_s: float = 1.0,
        stable_timeout_s: float = 5.0,
        default_baud: int = DEFAULT_BAUD,
    ) -> None:
        if protocol not in SCALE_PROTOCOLS:
            raise ValueError(f"unknown scale protocol {protocol!r}; use one of {SCALE_PROTOCOLS}")
        if read_timeout_s <= 0 or stable_timeout_s <= 0:
            raise ValueError("scale timeouts must be positive")
        self.address = address
        self.protocol: ScaleProtocolName = protocol
        self.read_timeout_s = read_timeout_s
        self.stable_timeout_s = stable_timeout_s
        self._default_baud = default_baud
        self._port: serial.SerialBase | None = None
        self._lock = threading.RLock()

    @property
    def name(self) -> str:
        """How the scale is shown to the packer (its address)."""
        return self.address

    @property
    def is_open(self) -> bool:
        """Whether the port is open now."""
        return self._port is not None

    def open(self) -> None:
        """Open the port (a no-op when it is open); raises :class:`ScaleError` subclasses."""
        with self._lock:
            if self._port is not None:
                return
            try:
                address = parse_serial_address(self.address, default_baud=self._default_baud)
                self._port = open_port(
                    address, read_timeout_s=_PORT_POLL_S, write_timeout_s=self.read_timeout_s
                )
            except ValueError as error:
                raise ScaleError(
                    f"The scale address {self.address!r} is not valid ({error}); "
                    "check the scale settings."
                ) from error
            except OSError as error:
                raise scale_unreachable(self.address, describe_port_error(error)) from error

    def close(self) -> None:
        """Close the port; safe to call when it is closed."""
        with self._lock:
            port, self._port = self._port, None
            if port is not None:
                try:
                    close_port(port)
                except OSError as error:
                    # Closing a device that has already vanished fails; it is closed either way.
                    logger.debug("closing scale %s: %s", self.address, error)

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def read(self) -> WeightReading:
        """Return the current weight and whether it is stable (MT-SICS ``SI``)."""
        return self._read(stable_only=False)

    def read_stable(self) -> WeightReading:
        """Return a stable weight, waiting up to ``stable_timeout_s`` for it to settle."""
        return self._read(stable_only=True)

    def _read(self, *, stable_only: bool) -> WeightReading:
        with self._lock:
            self.open()
            port = self._port
            assert port is not None
            try:
                return self._ask(port, stable_only=stable_only)
            except ScaleDisconnectedError:
                self.close()
                raise
            except OSError as error:
                self.close()
                raise scale_unreachable(self.address, describe_port_error(error)) from error

    def _ask(self, port: serial.SerialBase, *, stable_only: bool) -> WeightReading:
        if self.protocol == "continuous":
            timeout_s = self.stable_timeout_s if stable_only else self.read_timeout_s
            return continuous.read_latest(
                port, source=self.address, timeout_s=timeout_s, stable_only=stable_only
            )
        if stable_only:
            return mtsics.read_stable(
                port,
                source=self.address,
                timeout_s=self.stable_timeout_s,
                answer_timeout_s=self.read_timeout_s,
            )
        return mtsics.read_immediate(port, source=self.address, timeout_s=self.read_timeout_s)
