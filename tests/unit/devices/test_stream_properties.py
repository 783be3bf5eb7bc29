"""Properties: line splitting ignores chunk boundaries; virtual-scale lines parse back exactly."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from packstation.devices import continuous, mtsics
from packstation.devices.lines import LineSplitter
from packstation.devices.units import to_kg
from packstation.devices.virtual_scale.formats import continuous_line, mtsics_answer
from packstation.devices.virtual_scale.state import ScaleSnapshot

stream_bytes = st.binary(max_size=400).map(lambda data: data.replace(b"\x00", b""))


@given(stream_bytes, st.lists(st.integers(min_value=0, max_value=400), max_size=10))
def test_lines_do_not_depend_on_how_the_stream_is_cut(data: bytes, cuts: list[int]) -> None:
    whole = LineSplitter(max_line_bytes=32).feed(data)
    splitter = LineSplitter(max_line_bytes=32)
    pieces: list[bytes] = []
    start = 0
    for cut in sorted(cuts):
        pieces.extend(splitter.feed(data[start:cut]))
        start = max(start, cut)
    pieces.extend(splitter.feed(data[start:]))
    assert pieces == whole
    assert all(line and len(line) <= 32 for line in whole)
    assert not any(byte in b"\r\n" for line in whole for byte in line)


weights_kg = st.decimals(min_value=Decimal("-5"), max_value=Decimal("300"), places=3)
units = st.sampled_from(["kg", "g", "lb", "oz"])


@given(weights_kg, st.booleans(), units)
def test_virtual_scale_lines_parse_to_what_its_display_shows(
    weight_kg: Decimal, stable: bool, unit: str
) -> None:
    snapshot = ScaleSnapshot(weight_kg=weight_kg, stable=stable, unit=unit)
    shown_kg = to_kg(Decimal(snapshot.value_text()), unit)
    from_stream = continuous.parse_line(continuous_line(snapshot), source="test")
    from_answer = mtsics.parse_answer(mtsics_answer("SI", snapshot), source="test")
    assert from_stream == from_answer
    assert from_answer.weight_kg == shown_kg
    assert from_answer.stable is stable
