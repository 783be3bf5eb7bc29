"""Put arbitrary text into a ZPL field without letting it act as commands.

``^`` and ``~`` in field data would start commands (a name containing ``^XZ`` could end the
label early, ``~JA`` could cancel jobs), so the text goes out with ``^FH`` and those characters,
the hex indicator itself, control characters and everything outside ASCII as ``_XX`` escapes.
Non-ASCII characters are escaped as bytes of ``encoding``; pair UTF-8 with ``^CI28``.
"""

from __future__ import annotations

import re

DEFAULT_INDICATOR = "_"
_UNSAFE = frozenset("^~")


def escape_field_data(
    text: str, *, indicator: str = DEFAULT_INDICATOR, encoding: str = "utf-8"
) -> str:
    """Return ``text`` as ASCII field data for a field that has ``^FH<indicator>``."""
    if len(indicator) != 1 or indicator in _UNSAFE or not 32 < ord(indicator) < 127:
        raise ValueError(f"unusable hex indicator {indicator!r}")
    parts: list[str] = []
    for char in text:
        if char in _UNSAFE or char == indicator or not 32 <= ord(char) < 127:
            parts.append("".join(f"{indicator}{byte:02X}" for byte in char.encode(encoding)))
        else:
            parts.append(char)
    return "".join(parts)


def field_data_command(
    text: str, *, indicator: str = DEFAULT_INDICATOR, encoding: str = "utf-8"
) -> str:
    """Return ``^FH`` plus ``^FD`` with the escaped text; the caller ends the field with ``^FS``."""
    escaped = escape_field_data(text, indicator=indicator, encoding=encoding)
    return f"^FH{indicator}^FD{escaped}"


def unescape_field_hex(data: bytes, indicator: bytes = b"_") -> bytes:
    """Resolve ``^FH`` escapes (indicator followed by two hex digits) into bytes."""
    pattern = re.escape(indicator) + rb"([0-9A-Fa-f]{2})"
    return re.sub(pattern, lambda match: bytes.fromhex(match.group(1).decode("ascii")), data)
