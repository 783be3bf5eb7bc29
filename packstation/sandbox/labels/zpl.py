"""ZPL II rendering: one ``^XA … ^XZ`` block per package, field data escaped with ``^FH``."""

from __future__ import annotations

from packstation.sandbox.labels.content import LabelFacts, detail_lines

BASE_DPI = 203


def escape_field(text: str) -> str:
    """Escape field data for ``^FH_``: the escape character itself, ``^`` and ``~``."""
    return text.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")


class _Block:
    """Collects the commands of one label, scaling 203-dpi coordinates to the printer's dpi."""

    def __init__(self, dpi: int) -> None:
        self.scale = dpi / BASE_DPI
        self.lines: list[str] = []

    def d(self, dots: float) -> int:
        return round(dots * self.scale)

    def text(self, x: int, y: int, height: int, value: str) -> None:
        h = self.d(height)
        self.lines.append(f"^FO{self.d(x)},{self.d(y)}^A0N,{h},{h}^FH_^FD{escape_field(value)}^FS")

    def rule(self, y: int) -> None:
        self.lines.append(f"^FO{self.d(30)},{self.d(y)}^GB{self.d(752)},{self.d(3)},{self.d(3)}^FS")


def render_label(facts: LabelFacts, dpi: int) -> str:
    """Return the ZPL of one package label."""
    block = _Block(dpi)
    block.lines += ["^XA", "^CI28", f"^PW{block.d(812)}", f"^LL{block.d(1218)}", "^LH0,0"]
    block.text(30, 30, 56, facts.carrier_name)
    block.text(30, 96, 32, facts.service_name)
    block.rule(140)
    block.text(30, 155, 22, "FROM")
    for index, line in enumerate(facts.sender_lines[:5]):
        block.text(30, 182 + index * 28, 24, line)
    block.rule(330)
    block.text(30, 345, 24, "TO")
    for index, line in enumerate(facts.destination_lines[:7]):
        block.text(30, 378 + index * 42, 38, line)
    block.rule(680)
    magnification = max(1, block.d(5))
    routing = escape_field(facts.routing_code)
    block.lines.append(
        f"^FO{block.d(30)},{block.d(700)}^BQN,2,{magnification}^FH_^FDQA,{routing}^FS"
    )
    for index, line in enumerate(detail_lines(facts)):
        block.text(330, 710 + index * 44, 30, line)
    block.rule(950)
    module = 2 if len(facts.tracking_number) > 14 else 3
    block.lines.append(
        f"^FO{block.d(50)},{block.d(980)}^BY{block.d(module)}"
        f"^BCN,{block.d(170)},Y,N,N^FH_^FD{escape_field(facts.tracking_number)}^FS"
    )
    block.lines.append("^XZ")
    return "\n".join(block.lines) + "\n"


def render(labels: list[LabelFacts], dpi: int) -> bytes:
    """Return one ZPL file holding a block per label."""
    return "".join(render_label(facts, dpi) for facts in labels).encode("utf-8")
