"""Splitting ZPL streams into labels and counting printed labels."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.errors import UserFacingError
from packstation.printing.zpl import (
    IncompleteLabelError,
    blocks,
    count_labels,
    scan_zpl,
    split_labels,
)

LABEL_A = b"^XA^FO50,50^A0N,30,30^FDFirst^FS^XZ"
LABEL_B = b"^XA^FO10,10^FDSecond^FS^PQ3^XZ"


def test_blocks_come_back_in_order_without_whitespace_or_control_commands() -> None:
    data = b"\r\n~HS\r\n" + LABEL_A + b"\r\n  ~JA\n" + LABEL_B + b"\n~HS"
    assert split_labels(data) == [LABEL_A, LABEL_B]


def test_control_commands_between_labels_are_reported_in_order() -> None:
    scan = scan_zpl(b"~HS\r\n" + LABEL_A + b"~JA " + LABEL_B + b"~HS")
    assert scan.control_commands == [b"~HS", b"~JA", b"~HS"]
    assert scan.labels == [LABEL_A, LABEL_B]
    assert not scan.incomplete


def test_empty_and_whitespace_only_input_has_no_labels() -> None:
    assert split_labels(b"") == []
    assert split_labels(b" \r\n\t") == []
    assert count_labels(b"~HS\r\n") == 0


def test_lowercase_start_and_end_commands_are_recognised() -> None:
    assert split_labels(b"^xa^FDx^FS^xz") == [b"^xa^FDx^FS^xz"]


def test_missing_final_end_raises_with_the_complete_labels_and_the_rest() -> None:
    with pytest.raises(IncompleteLabelError) as caught:
        split_labels(LABEL_A + b"\n^XA^FO1,1^FDcut")
    assert caught.value.labels == [LABEL_A]
    assert caught.value.remainder == b"^XA^FO1,1^FDcut"
    assert isinstance(caught.value, UserFacingError)
    assert "^XZ" in caught.value.message


def test_a_new_start_before_the_end_is_reported_not_merged() -> None:
    with pytest.raises(IncompleteLabelError) as caught:
        split_labels(b"^XA^FDbroken" + LABEL_A)
    assert caught.value.remainder == b"^XA^FDbroken"
    assert scan_zpl(b"^XA^FDbroken" + LABEL_A).labels == [LABEL_A]


def test_a_stream_cut_anywhere_can_be_continued_from_the_remainder() -> None:
    stream = b"~HS" + LABEL_A + b"\r\n" + LABEL_B + b"~HS"
    for cut in range(len(stream) + 1):
        first = scan_zpl(stream[:cut])
        second = scan_zpl(first.remainder + stream[cut:])
        assert first.labels + second.labels == [LABEL_A, LABEL_B], cut


def test_count_honours_print_quantity() -> None:
    assert count_labels(LABEL_A + LABEL_B) == 1 + 3
    assert count_labels(b"^XA^PQ2,0,1,Y^XZ") == 2
    assert count_labels(b"^XA^PQ^XZ") == 1
    assert count_labels(b"^XA^PQ0^XZ") == 1


def test_count_clamps_absurd_quantities() -> None:
    assert count_labels(b"^XA^PQ" + b"9" * 5000 + b"^XZ") == 99_999_999


def test_count_raises_on_an_unterminated_label() -> None:
    with pytest.raises(IncompleteLabelError):
        count_labels(LABEL_A + b"^XA^PQ5")


def test_changed_format_prefix_is_followed_and_made_self_contained() -> None:
    data = b"~CC+\r\n+XA+FO1,1+FDa^b+FS+PQ2+XZ"
    labels = split_labels(data)
    assert labels == [b"^CC++XA+FO1,1+FDa^b+FS+PQ2+XZ"]
    assert count_labels(data) == 2


def test_prefix_change_inside_a_label_applies_to_the_rest() -> None:
    data = b"^XA^CC#^FDx#FS#XZ" + b"#XA#XZ"
    assert split_labels(data) == [b"^XA^CC#^FDx#FS#XZ", b"^CC##XA#XZ"]


def test_changed_control_prefix_is_followed() -> None:
    scan = scan_zpl(b"~CT!!HS" + LABEL_A + b"~x")
    assert scan.control_commands == [b"!HS"]
    assert scan.labels == [b"~CT!" + LABEL_A]


def test_garbage_bytes_never_raise_anything_but_incomplete() -> None:
    noise = bytes(range(256)) * 3 + b"^X" + b"\xff^XA\x00^XZ"
    assert split_labels(noise) == [b"^XA\x00^XZ"]


@given(st.binary(max_size=300))
def test_any_bytes_scan_and_split_or_report_incomplete(data: bytes) -> None:
    scan = scan_zpl(data)
    try:
        labels = split_labels(data)
    except IncompleteLabelError as error:
        assert scan.incomplete or scan.discarded
        assert error.labels == scan.labels
    else:
        assert labels == scan.labels


_PIECES = st.sampled_from([LABEL_A, LABEL_B, b"~HS", b"\r\n", b"~JA ", b"^XA^FDx^FS^PQ2^XZ", b"  "])


@given(st.lists(_PIECES, max_size=8), st.data())
def test_streams_cut_at_random_points_give_the_same_labels(
    pieces: list[bytes], data: st.DataObject
) -> None:
    stream = b"".join(pieces)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=4)))
    labels: list[bytes] = []
    pending = b""
    previous = 0
    for cut in [*cuts, len(stream)]:
        scan = scan_zpl(pending + stream[previous:cut])
        labels += scan.labels
        pending = scan.remainder
        previous = cut
    assert labels == split_labels(stream)
    assert not pending.strip()


_FRAGMENTS = st.sampled_from(
    [b"^XA", b"^XZ", b"^xa", b"^xZ", b"^CC", b"~CT", b"^ct", b"~CC", b"^FD", b"^FS", b"~HS"]
    + [b"^", b"~", b"+", b"!", b"X", b"A", b"Z", b"C", b"T", b"\n", b" ", b"data", b"^PQ2"]
)


def _every_prefix(caret: bytes, tilde: bytes) -> re.Pattern[bytes]:
    """Stop at every format and control prefix, as the scan did before it skipped ahead."""
    return re.compile(re.escape(caret) + b"|" + re.escape(tilde))


@given(st.lists(_FRAGMENTS, max_size=24))
def test_skipping_to_the_turning_points_finds_what_visiting_every_prefix_finds(
    fragments: list[bytes],
) -> None:
    stream = b"".join(fragments)
    skipping = scan_zpl(stream)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(blocks, "_turning_points", _every_prefix)
        visiting = scan_zpl(stream)
    assert skipping == visiting
