"""Run a piece of Python in a new interpreter: for checks of what an import or a start loads.

The test process has imported (and built) everything already, so such checks need a fresh one.
"""

from __future__ import annotations

import os
import subprocess
import sys

TIMEOUT_S = 60.0


def output_lines(code: str, *args: str, timeout_s: float = TIMEOUT_S) -> list[str]:
    """Run ``code`` (``args`` become ``sys.argv[1:]``) offscreen; return what it printed.

    The run must succeed; its error output is the assertion's message when it does not.
    """
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()
