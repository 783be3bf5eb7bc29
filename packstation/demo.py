"""The demo world: a local SortedPRO sandbox, a virtual Zebra printer and a virtual scale.

:class:`DemoWorld` starts all three on loopback, saves the sandbox's pick sheet as a PDF in the
data folder, and gives the station settings that point at them, so a newcomer can scan (or type)
the codes on the sheet and see labels come out under ``DATA/printed``. No Qt here: the window is
started by ``packstation demo`` through :mod:`packstation.app`.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import httpx

from packstation.config import StationSettings, load_settings
from packstation.devices.virtual_scale import VirtualScale
from packstation.printing.virtual_printer import VirtualPrinter
from packstation.sandbox.server import SandboxServer

DEMO_API_KEY = "demo-station-key"
DEMO_LOCATION_FALLBACK = "Sorted1"
PICK_SHEET = "pick-sheet.pdf"
DEMO_LEAD_PIN = "1234"
"""The shift lead PIN of the demo bench (printed with the demo's addresses)."""


@dataclass
class DemoWorld:
    """The sandbox, printer and scale of a demo bench, started and stopped together."""

    data_dir: Path | None = None
    sandbox_port: int = 0
    printer_port: int = 0
    scale_port: int = 0
    _temp: tempfile.TemporaryDirectory[str] | None = field(default=None, init=False)
    sandbox: SandboxServer | None = field(default=None, init=False)
    printer: VirtualPrinter | None = field(default=None, init=False)
    scale: VirtualScale | None = field(default=None, init=False)

    @property
    def folder(self) -> Path:
        """The data folder (journal, printed labels, documents, pick sheet)."""
        if self.data_dir is None:
            raise RuntimeError("the demo world is not started")
        return self.data_dir

    @property
    def printed_dir(self) -> Path:
        """Where the virtual printer writes each label as ZPL and PNG."""
        return self.folder / "printed"

    @property
    def pick_sheet(self) -> Path:
        """The pick sheet PDF with a barcode for every demo code."""
        return self.folder / PICK_SHEET

    def start(self) -> None:
        """Start the sandbox, printer and scale; save the pick sheet."""
        if self.data_dir is None:
            self._temp = tempfile.TemporaryDirectory(prefix="packstation-demo-")
            self.data_dir = Path(self._temp.name)
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "documents").mkdir(exist_ok=True)
        try:
            self.sandbox = SandboxServer(
                self.folder / "sandbox.sqlite3", port=self.sandbox_port, seed="demo"
            )
            self.sandbox.start()
            self.printer = VirtualPrinter(self.printed_dir, port=self.printer_port)
            self.printer.start()
            self.scale = VirtualScale(port=self.scale_port, weight_kg="1.25")
            self.scale.start()
            self.pick_sheet.write_bytes(self._get("/_sandbox/picksheet.pdf").content)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop whatever was started; safe to call twice."""
        for running in (self.scale, self.printer, self.sandbox):
            if running is not None:
                running.stop()
        self.scale = self.printer = self.sandbox = None
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None
            self.data_dir = None

    def __enter__(self) -> DemoWorld:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def settings(self) -> StationSettings:
        """Return station settings pointing at this world (the user's own config is ignored)."""
        if self.sandbox is None or self.printer is None or self.scale is None:
            raise RuntimeError("the demo world is not started")
        environ = {
            "PACKSTATION_API_ENVIRONMENT": "custom",
            "PACKSTATION_API_URL": self.sandbox.base_url,
            "PACKSTATION_LOCATION": self._location(),
            "PACKSTATION_LABEL_PRINTER": self.printer.url,
            "PACKSTATION_DOCUMENT_PRINTER": (self.folder / "documents").as_uri(),
            "PACKSTATION_DATA_DIR": str(self.folder),
            "PACKSTATION_STATION_NAME": "Demo bench",
            "PACKSTATION_POLICY": "ask",
            "PACKSTATION_DEMO": "true",
            "PACKSTATION_SCALE_URL": self.scale.serial_url,
        }
        return load_settings(self.folder / "no-station.toml", environ=environ).settings

    def summary_lines(self) -> list[str]:
        """Return the lines ``packstation demo`` prints: where everything is."""
        if self.sandbox is None or self.printer is None or self.scale is None:
            raise RuntimeError("the demo world is not started")
        return [
            f"sandbox:    {self.sandbox.base_url}",
            f"printer:    {self.printer.url} (labels in {self.printed_dir})",
            f"scale:      {self.scale.url}",
            f"pick sheet: {self.pick_sheet}",
            f"lead PIN:   {DEMO_LEAD_PIN} (to close the shift)",
        ]

    def _location(self) -> str:
        locations = self._get("/shippinglocations").json()
        references = [loc.get("Reference") for loc in locations if isinstance(loc, dict)]
        return next((ref for ref in references if ref), DEMO_LOCATION_FALLBACK)

    def _get(self, path: str) -> httpx.Response:
        if self.sandbox is None:
            raise RuntimeError("the demo world is not started")
        response = httpx.get(
            self.sandbox.base_url + path,
            headers={"ocp-apim-subscription-key": DEMO_API_KEY},
            timeout=15.0,
        )
        response.raise_for_status()
        return response
