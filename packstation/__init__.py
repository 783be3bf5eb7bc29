"""Packstation: the packing-station desktop application for the SortedPRO multi-carrier API."""

import sys

__version__ = "0.1.0"

# httpx loads its command-line client (rich, click, pygments: about 0.1 s) on import whenever
# those happen to be installed, as they are with the test tools. The station never runs it; a
# None entry makes httpx keep its small stand-in instead. Set only before httpx is first
# imported, so nothing already loaded changes.
if "httpx" not in sys.modules:
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
