"""Bad ZPL never crashes the preview: it is drawn as far as possible, with warnings."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.printing.zpl import render_zpl
from packstation.printing.zpl.state import MAX_DOTS
from tests.unit.printing.zpl.helpers import ink_box

_COMMANDS = [
    "^FO", "^FT", "^LH", "^PW", "^LL", "^CF", "^A0", "^AD", "^A@", "^FB", "^FD", "^FS", "^FH",
    "^FR", "^CI", "^BY", "^BC", "^B3", "^BQ", "^BX", "^GB", "^GC", "^GE", "^GD", "^GF", "^PQ",
    "^XA", "^XZ", "^FW", "^PO", "^LR", "^LS", "^CC", "^CD", "~CT", "^FV", "~HS", "^ZZ",
]  # fmt: skip
_PARAM = st.one_of(
    st.integers(-(10**12), 10**12).map(str),
    st.sampled_from(["", "N", "R", "I", "B", "Y", "W", "200", "A", ":Z64:", "QA,", "1.5", "zz"]),
    st.text(alphabet=st.characters(codec="latin-1"), max_size=8),
)


@st.composite
def _zpl(draw: st.DrawFn) -> str:
    parts = ["^XA"]
    for _ in range(draw(st.integers(0, 25))):
        params = draw(st.lists(_PARAM, max_size=6))
        parts.append(draw(st.sampled_from(_COMMANDS)) + ",".join(params))
    if draw(st.booleans()):
        parts.append("^XZ")
    return "".join(parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_zpl())
def test_random_command_soup_renders(zpl: str) -> None:
    result = render_zpl(zpl)
    for image in result.images:
        assert image.width <= MAX_DOTS and image.height <= MAX_DOTS


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_render(data: bytes) -> None:
    render_zpl(b"^XA" + data + b"^XZ")
    render_zpl(data)


def test_truncated_label_is_drawn_with_a_warning() -> None:
    result = render_zpl("^XA^FO10,10^GB50,50,50^FS^FO100,100^BCN,50^FD12")
    assert len(result.images) == 1
    assert any("^XZ" in warning for warning in result.warnings)


def test_huge_numbers_are_clamped() -> None:
    result = render_zpl(
        "^XA^PW99999999999^LL99999999999^FO99999999,5^GB99999999,99999999,999999^FS"
        "^FO1,1^A0N,99999999,99999999^FDbig^FS^BY99999,9999,99999^FO1,1^BCN^FD1^FS"
        "^FO1,1^BQN,2,99999^FDQA,x^FS^FO1,1^BXN,99999,200^FDx^FS^PQ99999999999999^XZ"
    )
    (image,) = result.images
    assert image.size == (MAX_DOTS, MAX_DOTS)
    assert result.copies == [99_999_999]


def test_oversized_symbols_become_placeholders() -> None:
    result = render_zpl("^XA^FO1,1^BQN,2,2^FDHA," + "x" * 4000 + "^FS^XZ")
    assert result.skipped_commands == ["^BQ"]
    assert any("too long" in warning for warning in result.warnings)


def test_empty_input_has_no_labels() -> None:
    assert render_zpl(b"").images == []
    assert render_zpl("\r\n~HS\r\n").images == []


def test_a_flood_of_huge_fields_stops_at_a_budget_with_a_warning() -> None:
    fields = "^FO0,0^GB6000,6000,1^FS" * 40
    result = render_zpl("^XA^PW100^LL100" + fields + "^XZ")
    assert any("more than a preview can hold" in warning for warning in result.warnings)
    assert result.images[0].size == (100, 100)


def test_huge_field_block_does_not_allocate_all_its_lines() -> None:
    result = render_zpl("^XA^FO0,0^A0N,20,20^FB100,9999,0^FD" + "w " * 20 + "^FS^XZ")
    assert result.warnings == []
    box = ink_box(result.images[0])
    assert box is not None and box[2] <= 100 and box[3] > 3 * 20  # wrapped onto several lines
