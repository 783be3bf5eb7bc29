"""Start-up stays light: what the window and ``--selftest`` import, checked in a fresh process.

Each check runs a new interpreter (the test process has imported everything already) and lists
``sys.modules`` after importing what a start imports. Libraries a start does not need (PDF
reports, PDFium, Pillow, python-barcode, the ZPL preview renderer, python-escpos, the sandbox's
web server, httpx's command-line client and transport stack) must not be among them; a
top-level import added back fails here. Opening a station without serial devices loads no
pyserial, and builds no SortedPRO model validator and no HTTP client: the window's warm-up does
that once it shows.
"""

from __future__ import annotations

import json

import pytest

import packstation.printing.bench as bench_printing
import packstation.printing.zpl as zpl
from tests.fresh_python import output_lines

# Loaded on first use only: a start that imports one of these pays for it on every launch.
NOT_AT_START = (
    "escpos",
    "reportlab",
    "pypdfium2",
    "qrcode",
    "rich",
    "click",
    "pygments",
    "starlette",
    "uvicorn",
    "packstation.sandbox",
    "packstation.demo",
    "packstation.printing.zpl.render",
    "packstation.printing.bench.escpos_label_printer",
    "packstation.printing.raster.rasterize",
    # Pillow is for PDF and PNG labels and previews; python-barcode draws bars in previews.
    "PIL",
    "barcode",
    # pyserial is for serial printers, scales and scanners, built only when configured.
    "serial",
    "packstation.devices.scale",
    "packstation.devices.scanner",
    "packstation.printing.transports.serial_port",
)
WINDOW_START = (
    "import packstation.app, packstation.station, packstation.gui.bootstrap, packstation.config"
)


def _modules_after(code: str) -> set[str]:
    """Return the module names loaded after running ``code`` in a fresh interpreter."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    return set(json.loads(output_lines(script)[-1]))


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return [n for n in names if any(m == n or m.startswith(f"{n}.") for m in modules)]


def test_the_window_start_imports_no_heavy_library() -> None:
    modules = _modules_after(WINDOW_START)
    assert "httpx" in modules and "PySide6.QtCore" in modules  # the check itself is alive
    assert _loaded(modules, NOT_AT_START) == []


def test_opening_the_station_makes_no_http_client_and_builds_no_wire_model(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = f"""
import json, sys
from pathlib import Path
from packstation.config import load_settings
from packstation.station import open_station
import packstation.pro.models as models
environ = {{
    "PACKSTATION_API_ENVIRONMENT": "custom",
    "PACKSTATION_API_URL": "https://127.0.0.1:9",
    "PACKSTATION_LOCATION": "LOC-1",
    "PACKSTATION_LABEL_PRINTER": "tcp://127.0.0.1:9",
    "PACKSTATION_DATA_DIR": {str(tmp_path)!r},
}}
settings = load_settings(Path({str(tmp_path)!r}) / "station.toml", environ=environ).settings
station = open_station(settings, "key", operator="test")
def state(name):
    return {{name: sorted(sys.modules), "built": models.Consignment.__pydantic_complete__}}
print(json.dumps(state("opened")))
station.warm_up()
print(json.dumps(state("warm")))
station.close()
"""
    opened, warm = (json.loads(line) for line in output_lines(code)[-2:])
    assert _loaded(set(opened["opened"]), ("httpcore", "h11", "serial")) == []
    assert opened["built"] is False
    assert _loaded(set(warm["warm"]), ("httpcore",)) == ["httpcore"]  # the check itself is alive
    assert warm["built"] is True


def test_the_selftest_loads_no_command_module_and_no_station() -> None:
    modules = _modules_after(
        "import packstation.cli as cli\n"
        "parser = cli.build_parser(with_commands=cli.names_a_command(['-v', '--selftest']))\n"
        "parser.parse_args(['-v', '--selftest'])\n"
        "import packstation.selftest"
    )
    assert "packstation.printing.zpl.render" in modules  # the self test draws a label
    unwanted = (
        "packstation.station_commands",
        "packstation.demo_commands",
        "packstation.station",
        "packstation.sandbox",
        "packstation.demo",
        "reportlab",
        "escpos",
        "pypdfium2",
        "rich",
        "click",
        "starlette",
        "uvicorn",
    )
    assert _loaded(modules, unwanted) == []


@pytest.mark.parametrize(
    ("arguments", "needed"),
    [
        ([], False),
        (["-v", "--debug-stalls"], False),
        (["--selftest"], False),
        (["--help"], True),
        (["-h"], True),
        (["pack", "EC-1"], True),
        (["-v", "demo"], True),
    ],
)
def test_commands_are_registered_only_when_named(arguments: list[str], needed: bool) -> None:
    from packstation.cli import names_a_command

    assert names_a_command(arguments) is needed


def test_lazy_names_resolve_and_unknown_names_do_not() -> None:
    assert callable(zpl.render_zpl) and bench_printing.EscposLabelPrinter.__name__
    with pytest.raises(AttributeError):
        _ = zpl.no_such_name
    with pytest.raises(AttributeError):
        _ = bench_printing.no_such_name
