"""Path matching like PRO's .NET routing: literal segments case-insensitive, values kept as sent."""

from __future__ import annotations

import re
from dataclasses import dataclass

from packstation.sandbox.context import Handler

_PARAMETER = re.compile(r"\{(\w+)(?::(int))?\}")


@dataclass(frozen=True)
class Route:
    """One method + path template bound to a handler."""

    method: str
    template: str
    pattern: re.Pattern[str]
    handler: Handler


def compile_template(template: str) -> re.Pattern[str]:
    """Compile ``/labels/{ref}/{take:int}`` into a regex; a trailing slash is optional."""
    regex = ""
    position = 0
    for match in _PARAMETER.finditer(template):
        regex += re.escape(template[position : match.start()])
        value = r"\d+" if match.group(2) == "int" else r"[^/]+"
        regex += f"(?P<{match.group(1)}>{value})"
        position = match.end()
    regex += re.escape(template[position:].rstrip("/"))
    return re.compile(f"^{regex}/?$", re.IGNORECASE)


class Router:
    """An ordered list of routes; the first template that matches wins."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def add(self, method: str, template: str, handler: Handler) -> None:
        """Register a handler."""
        self.routes.append(Route(method.upper(), template, compile_template(template), handler))

    def extend(self, routes: list[tuple[str, str, Handler]]) -> None:
        """Register several ``(method, template, handler)`` entries."""
        for method, template, handler in routes:
            self.add(method, template, handler)

    def resolve(self, method: str, path: str) -> tuple[Handler, dict[str, str]] | bool:
        """Return ``(handler, params)``, ``True`` if only the method is wrong, else ``False``."""
        path_known = False
        for route in self.routes:
            match = route.pattern.match(path)
            if match is None:
                continue
            if route.method == method.upper():
                return route.handler, match.groupdict()
            path_known = True
        return path_known
