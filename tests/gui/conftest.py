"""GUI test set-up: a real PackEngine on the unit fakes, and no Qt warning goes unnoticed."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from packstation.config import LoadedSettings, StationSettings
from packstation.domain.choices import AllocationPolicy
from packstation.domain.labels import LabelFile
from packstation.domain.ports import WeightReading
from packstation.gui.bench import BenchServices, ScaleReader
from packstation.gui.main_window import MainWindow
from packstation.gui.theme import apply_theme
from packstation.services.close_shift import ShiftCloser
from packstation.services.counter import CounterDesk
from packstation.services.labelling import LabelDevices
from packstation.services.lead_pin import PinGate
from packstation.services.pack import PackEngine
from packstation.services.recovery import Recovery
from tests.unit.services.fakes import (
    FakeClock,
    FakeCounterApi,
    FakeDocumentPrinter,
    FakeInspector,
    FakeJournal,
    FakePrinter,
    FakePro,
    FakeReceiptPrinter,
    FakeShiftDocuments,
    HeldPrinter,
)

_FAILING = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
# The offscreen platform plugin says this whenever a top-level window's size limits change; it is
# the plugin's own limitation (a real display honours the hints), not a problem of the window.
_PLATFORM_NOISE = frozenset({"This plugin does not support propagateSizeHints()"})


@pytest.fixture(autouse=True)
def fail_on_qt_warnings() -> Iterator[None]:
    """Fail the test when Qt reports a warning or worse while it runs."""
    messages: list[str] = []

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind in _FAILING and message not in _PLATFORM_NOISE:
            messages.append(f"{kind.name}: {message}")

    previous = qInstallMessageHandler(handler)
    yield
    qInstallMessageHandler(previous)
    if messages:
        pytest.fail("Qt warned:\n" + "\n".join(messages))


def fake_preview(labels: LabelFile, *, pages: int | None = None) -> list[bytes]:
    """Draw one small PNG per ^XA block with its ^FD text, like a renderer would."""
    images = []
    for block in [b for b in labels.data.split(b"^XA") if b]:
        text = block.split(b"^FD", 1)[-1].split(b"^FS", 1)[0].decode()
        image = Image.new("L", (203, 305), 255)
        ImageDraw.Draw(image).text((10, 140), text, fill=0)
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        images.append(buffer.getvalue())
    return images[:pages]


class Bench:
    """A real engine on fakes, the services the window needs, and the fakes for assertions."""

    def __init__(
        self,
        *,
        policy: AllocationPolicy = AllocationPolicy.ASK,
        scanner_suffix: str = "enter",
        read_scale: ScaleReader | None = None,
        lead_pin_hash: str | None = None,
        with_counter: bool = True,
        spare_printer: bool = False,
        loaded_settings: LoadedSettings | None = None,
        demo: bool = True,
    ) -> None:
        self.clock = FakeClock()
        self.pro = FakePro(self.clock)
        self.journal = FakeJournal(self.clock)
        self.printer = FakePrinter()
        self.spare = FakePrinter("tcp://127.0.0.1:9102")
        self.documents = FakeDocumentPrinter()
        self.engine = PackEngine(
            api=self.pro,
            journal=self.journal,
            devices=LabelDevices(self.printer, FakeInspector(), self.documents),
            clock=self.clock,
            policy=policy,
            sleep=lambda _s: None,
        )
        self.counter_api = FakeCounterApi(self.pro)
        self.receipts = FakeReceiptPrinter()
        self.desk = CounterDesk(
            api=self.pro,
            counter=self.counter_api,
            journal=self.journal,
            devices=LabelDevices(self.printer, FakeInspector(), self.documents),
            clock=self.clock,
            station="Bench 1",
            receipt_printer=self.receipts,
            sleep=lambda _s: None,
        )
        settings = StationSettings.model_validate(
            {
                "station": {"name": "Bench 1", "location": "LOC-1", "demo": demo},
                "scanner": {"suffix": scanner_suffix},
                "ui": {"sounds": True},
            }
        )
        self.services = BenchServices(
            engine=self.engine,
            recovery=Recovery(self.pro, self.journal),
            shift_log=self.journal,
            shift_closer=self.closer,
            label_preview=fake_preview,
            clock=self.clock,
            settings=settings,
            read_scale=read_scale,
            counter=self.desk if with_counter else None,
            spare_label_printers=(self.spare,) if spare_printer else (),
            loaded_settings=loaded_settings,
            lead_pin=PinGate(lead_pin_hash, self.clock) if lead_pin_hash else None,
            demo=demo,
        )

    def closer(self) -> ShiftCloser:
        return ShiftCloser(
            api=self.pro,
            journal=self.journal,
            documents=FakeShiftDocuments(),
            clock=self.clock,
            location="LOC-1",
        )


def stable_scale(weight: str = "2.40") -> ScaleReader:
    from decimal import Decimal

    def read() -> WeightReading:
        return WeightReading(Decimal(weight), True)

    return read


@pytest.fixture
def bench() -> Bench:
    return Bench()


def open_window(qtbot, bench: Bench) -> MainWindow:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ui = bench.services.settings.ui
    apply_theme(app, ui.theme, ui.font_size_pt)
    window = MainWindow(bench.services, watch_stalls=False)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: not window.pack_calls.busy)
    return window


def open_window_with_held_printer(qtbot) -> tuple[Bench, HeldPrinter, MainWindow]:  # type: ignore[no-untyped-def]
    """Open a window whose label printer holds its first job until ``release`` is set."""
    bench = Bench()
    held = HeldPrinter()
    bench.engine.devices.labels = held
    return bench, held, open_window(qtbot, bench)


@pytest.fixture
def window(qtbot, bench: Bench) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    shown = open_window(qtbot, bench)
    yield shown
    shown.shutdown()
