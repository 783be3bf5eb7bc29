"""Entry point of the frozen build: the same command line as the installed ``packstation``.

PyInstaller runs this file as ``__main__``; everything else, ``--selftest`` included, is the
package's own :func:`packstation.cli.main`.
"""

from __future__ import annotations

import multiprocessing
import sys

from packstation.cli import main

if __name__ == "__main__":
    # A frozen program that starts a child process must recognise itself as that child.
    multiprocessing.freeze_support()
    sys.exit(main())
