"""How reportlab writes the page streams of our documents."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from reportlab import rl_config


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write compressed page streams without the ASCII85 layer while the block runs.

    reportlab wraps compressed streams in ASCII85 by default, which its pure-Python encoder
    makes the slowest step of a large document and a quarter larger; PDF readers and printers
    take binary streams. The setting is process-wide in reportlab, so it is restored afterwards.
    """
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous
