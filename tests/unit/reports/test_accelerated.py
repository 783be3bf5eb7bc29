"""The PDFs are drawn with reportlab's C helpers (the ``rl_accel`` dependency), not its Python ones.

They number and escape every figure and string of a 600-page driver sheet; without them the 5,000
pack sheet takes about a fifth longer (``tests/benchmarks/driver_sheet.py``).
"""

from __future__ import annotations

from reportlab.lib import rl_accel


def test_reportlab_uses_the_compiled_helpers() -> None:
    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.escapePDF.__module__ == "_rl_accel"
