"""ScaleReader against the virtual scale and scripted peers, over real loopback sockets."""

from __future__ import annotations

import contextlib
import socket
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from packstation.devices.errors import (
    ScaleBusyError,
    ScaleDisconnectedError,
    ScaleError,
    ScaleOutOfRangeError,
    ScaleProtocolError,
)
from packstation.devices.scale import ScaleReader
from packstation.devices.virtual_scale import ScaleRange, VirtualScale
from packstation.domain.ports import Scale, WeightReading
from packstation.errors import UserFacingError
from tests.integration.devices.peer import ScriptedPeer, read_line


def _let_change_arrive(reader: ScaleReader) -> None:
    """Let a line sent just before a state change pass (continuous scales stream unasked)."""
    if reader.protocol == "continuous":
        with contextlib.suppress(UserFacingError):
            reader.read()


def _reader(url: str, protocol: str = "mt-sics", **options: float) -> ScaleReader:
    return ScaleReader(url, protocol=protocol, **options)  # type: ignore[arg-type]


def test_reader_is_a_scale_port_and_opens_nothing_until_asked(
    mtsics_scale: VirtualScale,
) -> None:
    reader: Scale = _reader(mtsics_scale.serial_url)
    assert isinstance(reader, ScaleReader)
    assert not reader.is_open


@pytest.mark.parametrize("protocol", ["mt-sics", "continuous"])
def test_stable_and_unstable_weights(protocol: str) -> None:
    with (
        VirtualScale(protocol=protocol, weight_kg="2.345", interval_s=0.02) as scale,  # type: ignore[arg-type]
        _reader(scale.serial_url, protocol) as reader,
    ):
        assert reader.read() == WeightReading(Decimal("2.345"), True)
        scale.set_stable(False)
        scale.set_weight("0.5")
        _let_change_arrive(reader)
        assert reader.read() == WeightReading(Decimal("0.500"), False)
        scale.set_stable(True)
        assert reader.read_stable() == WeightReading(Decimal("0.500"), True)


@pytest.mark.parametrize("protocol", ["mt-sics", "continuous"])
@pytest.mark.parametrize(
    ("unit", "expected_kg"),
    [("kg", "1.25"), ("g", "1.25"), ("lb", "1.25010057172"), ("oz", "1.24993047458125")],
)
def test_units_are_converted_to_kg(protocol: str, unit: str, expected_kg: str) -> None:
    with (
        VirtualScale(protocol=protocol, weight_kg="1.25", unit=unit, interval_s=0.02) as scale,  # type: ignore[arg-type]
        _reader(scale.serial_url, protocol) as reader,
    ):
        weight_kg = reader.read().weight_kg
    # The scale rounds to its display (2.756 lb, 44.09 oz); the bench converts that exactly.
    assert weight_kg == Decimal(expected_kg)


@pytest.mark.parametrize("protocol", ["mt-sics", "continuous"])
@pytest.mark.parametrize("scale_range", [ScaleRange.OVER, ScaleRange.UNDER])
def test_out_of_range(protocol: str, scale_range: ScaleRange) -> None:
    with (
        VirtualScale(protocol=protocol, interval_s=0.02) as scale,  # type: ignore[arg-type]
        _reader(scale.serial_url, protocol) as reader,
    ):
        scale.set_range(scale_range)
        _let_change_arrive(reader)
        with pytest.raises(ScaleOutOfRangeError) as caught:
            reader.read()
        assert caught.value.overload is (scale_range is ScaleRange.OVER)
        assert reader.is_open  # the scale answered: no reason to reconnect


@pytest.mark.parametrize("protocol", ["mt-sics", "continuous"])
def test_weight_that_never_settles(protocol: str) -> None:
    with (
        VirtualScale(protocol=protocol, stable=False, interval_s=0.02) as scale,  # type: ignore[arg-type]
        _reader(scale.serial_url, protocol, stable_timeout_s=0.4) as reader,
    ):
        with pytest.raises(ScaleBusyError) as caught:
            reader.read_stable()
    assert "did not settle" in caught.value.message


def test_unknown_command_answer_is_a_protocol_error() -> None:
    def answer_es(connection: socket.socket) -> None:
        read_line(connection)
        connection.sendall(b"ES\r\n")
        read_line(connection)

    with ScriptedPeer(answer_es) as peer, _reader(peer.url) as reader:
        with pytest.raises(ScaleProtocolError) as caught:
            reader.read()
    assert "MT-SICS" in caught.value.message


@pytest.mark.parametrize("protocol", ["mt-sics", "continuous"])
def test_silent_scale_is_a_clear_error_then_recovers(protocol: str) -> None:
    with (
        VirtualScale(protocol=protocol, weight_kg="3", interval_s=0.02) as scale,  # type: ignore[arg-type]
        _reader(scale.serial_url, protocol, read_timeout_s=0.3) as reader,
    ):
        scale.set_silent(True)
        _let_change_arrive(reader)
        with pytest.raises(ScaleDisconnectedError) as caught:
            reader.read()
        assert caught.value.retryable
        assert caught.value.message == (
            f"The scale at {scale.serial_url} does not answer — check it is plugged in and "
            "switched on, or type the weight."
        )
        assert not reader.is_open
        scale.set_silent(False)
        assert reader.read() == WeightReading(Decimal("3.000"), True)


def test_silent_peer_that_accepts_and_never_writes() -> None:
    def swallow(connection: socket.socket) -> None:
        while not peer.stop_event.wait(0.05):
            try:
                connection.recv(100)
            except TimeoutError:
                continue

    with ScriptedPeer(swallow) as peer:
        reader = _reader(peer.url, read_timeout_s=0.3)
        with pytest.raises(ScaleDisconnectedError):
            reader.read()
        reader.close()


def test_disconnect_mid_answer_then_reconnect() -> None:
    def half_then_whole(connection: socket.socket) -> None:
        read_line(connection)
        if peer.connections == 1:
            connection.sendall(b"S S     1.2")  # and the cable is pulled
            return
        connection.sendall(b"S S     1.234 kg\r\n")
        read_line(connection)

    with ScriptedPeer(half_then_whole) as peer, _reader(peer.url) as reader:
        with pytest.raises(ScaleDisconnectedError) as caught:
            reader.read()
        assert "connection was lost" in caught.value.message
        assert not reader.is_open
        assert reader.read() == WeightReading(Decimal("1.234"), True)
        assert peer.connections == 2


def test_scale_that_went_away_between_reads(mtsics_scale: VirtualScale) -> None:
    with _reader(mtsics_scale.serial_url) as reader:
        assert reader.read().weight_kg == Decimal("1.250")
        mtsics_scale.disconnect_clients()
        with pytest.raises(ScaleDisconnectedError):
            reader.read()
        assert reader.read().weight_kg == Decimal("1.250")


def test_nothing_listening_is_unreachable() -> None:
    with socket.create_server(("127.0.0.1", 0)) as placeholder:
        port = placeholder.getsockname()[1]
    reader = _reader(f"socket://127.0.0.1:{port}")
    with pytest.raises(ScaleDisconnectedError) as caught:
        reader.read()
    assert "cannot be reached" in caught.value.message
    assert not reader.is_open


def test_bad_address_is_not_retryable() -> None:
    reader = _reader("nonsense://x")
    with pytest.raises(ScaleError) as caught:
        reader.open()
    assert not caught.value.retryable
    assert "not valid" in caught.value.message


def test_threads_take_turns_on_one_reader(mtsics_scale: VirtualScale) -> None:
    results: list[WeightReading] = []
    with _reader(mtsics_scale.serial_url) as reader:
        threads = [
            threading.Thread(target=lambda: results.extend(reader.read() for _ in range(10)))
            for _ in range(3)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
    assert results == [WeightReading(Decimal("1.250"), True)] * 30


def test_control_lines_on_the_scale_port(mtsics_scale: VirtualScale) -> None:
    host, port = "127.0.0.1", mtsics_scale.port
    with socket.create_connection((host, port), timeout=2) as control:
        control.sendall(b"SET 2.5\r\nunstable\r\nUNIT g\r\nSET many\r\n")
        replies = [read_line(control) for _ in range(4)]
        control.sendall(b"SI\r\nS\r\nZ\r\n")
        answers = [read_line(control) for _ in range(3)]
    assert replies[0].startswith(b"OK weight_kg=2.5 stable=yes")
    assert b"stable=no" in replies[1]
    assert b"unit=g" in replies[2]
    assert replies[3].startswith(b"ERR SET many")
    assert answers == [b"S D     2500.0 g\r\n", b"S I\r\n", b"ES\r\n"]


def test_continuous_stream_cut_mid_line_then_reconnect() -> None:
    def stream(connection: socket.socket) -> None:
        if peer.connections == 1:
            connection.sendall(b"noise\r\nST,GS,+  1.0")  # and the cable is pulled
            return
        while not peer.stop_event.wait(0.02):
            try:
                connection.sendall(b"US,GS,+  0.420kg\r\n")
            except OSError:  # the reader hung up: this connection is done
                return

    with ScriptedPeer(stream) as peer, _reader(peer.url, "continuous") as reader:
        with pytest.raises(ScaleDisconnectedError):
            reader.read()
        assert reader.read() == WeightReading(Decimal("0.420"), False)
        reader.close()


def test_stop_ends_every_thread_and_connection() -> None:
    scale = VirtualScale(protocol="continuous", interval_s=0.01)
    scale.start()
    readers = [_reader(scale.serial_url, "continuous") for _ in range(3)]
    for reader in readers:
        reader.read()
    assert sum(thread.name.startswith("virtual-scale") for thread in threading.enumerate()) == 4
    scale.stop()
    assert not any(thread.name.startswith("virtual-scale") for thread in threading.enumerate())
    for reader in readers:
        with pytest.raises(ScaleDisconnectedError):
            reader.read()
        assert not reader.is_open


def test_a_missing_serial_device_is_named_in_the_message(tmp_path: Path) -> None:
    device = tmp_path / "ttyUSB-unplugged"
    reader = _reader(str(device))
    with pytest.raises(ScaleDisconnectedError) as caught:
        reader.read()
    assert caught.value.message.startswith(f"The scale at {device} cannot be reached")
    assert caught.value.message.endswith("switched on, or type the weight.")


def test_mtsics_stable_read_asks_again_while_the_scale_says_busy() -> None:
    commands: list[bytes] = []

    def busy_twice(connection: socket.socket) -> None:
        while len(commands) < 3:
            commands.append(read_line(connection))
            connection.sendall(b"S I\r\n" if len(commands) < 3 else b"S S     1.250 kg\r\n")
        read_line(connection)

    with ScriptedPeer(busy_twice) as peer, _reader(peer.url, stable_timeout_s=10) as reader:
        assert reader.read_stable() == WeightReading(Decimal("1.250"), True)
    assert commands == [b"S\r\n"] * 3
