"""Code 128 bars drawn on a canvas decode back to the same text."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from packstation.reports.barcodes import code128_bars, draw_bars, encodable
from tests.unit.reports.pdfs import page_barcodes


@pytest.mark.parametrize(
    "value",
    ["EC-000-05B-MMA", "1Z9A80W5D991115692", "00340434161094042557", "JJD0002212345678", "a+b/c"],
)
def test_bars_decode_to_their_value(value: str) -> None:
    bars = code128_bars(value)
    assert bars is not None
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    draw_bars(canvas, bars, 96.0, 400.0, 0.96, 20.0)
    canvas.showPage()
    canvas.save()
    assert page_barcodes(buffer.getvalue(), 0) == [value]


def test_digit_runs_take_fewer_modules_than_letters() -> None:
    digits, letters = code128_bars("1234567890"), code128_bars("ABCDEFGHIJ")
    assert digits is not None and letters is not None
    assert digits.modules < letters.modules


@pytest.mark.parametrize("value", ["", "TRK-Ü-1", "tab\there", "x" * 81])
def test_values_a_symbol_cannot_carry_faithfully_get_no_bars(value: str) -> None:
    assert not encodable(value)
    assert code128_bars(value) is None
