"""Package names whose module loads on first use (a package's PEP 562 ``__getattr__``).

A ZPL station starts without Pillow, PDFium, the ZPL renderer, python-escpos or pyserial: the
packages that offer them name the module each name lives in, and it is imported when the name is
first asked for, then kept in the package like any other name.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(
    package: str, namespace: dict[str, Any], modules: Mapping[str, str]
) -> Callable[[str], Any]:
    """Return a ``__getattr__`` for ``package`` that imports ``modules[name]`` on first use."""

    def load(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    return load
