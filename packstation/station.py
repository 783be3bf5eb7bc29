"""Composition of a station without a window: settings in, adapters and services out.

This is where the layers meet: the SortedPRO client and its bench adapter, the label and document
printers, the journal, the scale and the shift documents are built from the station's settings
and handed to the services. ``app.py`` (the window) and the headless commands (``pack``,
``close-shift``) both start from :func:`open_station`. Nothing here opens a device or a socket;
the journal file is opened (it is local and fast), everything else on first use.
"""

from __future__ import annotations

import getpass
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from packstation.config import StationSettings
from packstation.domain.choices import AllocationPolicy
from packstation.domain.moments import SystemClock
from packstation.domain.ports import Clock, Scale
from packstation.errors import UserFacingError
from packstation.journal.engine_port import EngineJournal
from packstation.journal.journal import Journal
from packstation.printing.bench.documents import FolderOrCupsDocumentPrinter
from packstation.printing.bench.factory import build_label_printer
from packstation.printing.bench.inspector import LabelFileInspector
from packstation.printing.bench.preview import LabelPreviewer
from packstation.printing.receipt import ReceiptLanguage, ReceiptPrinterAdapter
from packstation.pro.bench import ProCounterApi, ProShippingApi
from packstation.pro.client import ProClient
from packstation.pro.models import build_wire_models
from packstation.reports import ReportlabShiftDocuments
from packstation.services.close_shift import ShiftCloser
from packstation.services.counter import CounterDesk
from packstation.services.labelling import LabelDevices
from packstation.services.pack import PackEngine
from packstation.services.recovery import Recovery

if TYPE_CHECKING:
    from packstation.devices.scanner import SerialScanner

JOURNAL_FILE = "journal.sqlite3"


class StationNotReady(UserFacingError):
    """The station's settings lack something every pack needs."""


@dataclass
class Station:
    """Everything a bench works with, built and wired."""

    settings: StationSettings
    client: ProClient
    api: ProShippingApi
    journal_file: Journal
    journal: EngineJournal
    devices: LabelDevices
    engine: PackEngine
    recovery: Recovery
    closer: ShiftCloser
    counter: CounterDesk
    previewer: LabelPreviewer
    scale: Scale | None
    scanner: SerialScanner | None
    clock: Clock

    def warm_up(self) -> None:
        """Build ahead, on a worker thread, what the first pack would otherwise build itself.

        The SortedPRO models' validators are built on first use rather than at import (see
        :mod:`packstation.pro.models.base`), and the HTTP client is made on the first call (see
        :mod:`packstation.pro.http`); both are kept off the window's start-up that way.
        """
        self.client.open()
        build_wire_models()

    def close(self) -> None:
        """Release the connection pool and the journal file."""
        self.client.close()
        self.journal_file.close()


def open_station(
    settings: StationSettings,
    api_key: str,
    *,
    operator: str | None = None,
    scale_factory: Callable[[StationSettings], Scale | None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Clock | None = None,
) -> Station:
    """Build a station from ``settings``; raises :class:`StationNotReady` if one is missing.

    ``clock`` is the real time unless given (a test against a sandbox frozen at a chosen instant
    gives the station that instant too, so cut-offs and the shift's start agree with PRO's).
    """
    location = settings.station.location
    label_url = settings.printers.label.url
    if not location:
        raise StationNotReady(
            "No shipping location is set (station.location / PACKSTATION_LOCATION)."
        )
    if not label_url:
        raise StationNotReady(
            "No label printer is set (printers.label.url / PACKSTATION_LABEL_PRINTER)."
        )
    clock = clock or SystemClock()
    client = ProClient(
        settings.api.base_url,
        api_key,
        timeout_s=settings.api.read_timeout_s,
        connect_timeout_s=settings.api.connect_timeout_s,
    )
    api = ProShippingApi(client, shipping_location=location, sleep=sleep)
    data_dir = Path(settings.station.data_dir)
    journal_file = Journal.open(data_dir / JOURNAL_FILE, clock=clock.now)
    journal = EngineJournal(
        journal_file,
        station=settings.station.name,
        operator=operator or getpass.getuser(),
        location=location,
    )
    devices = _devices(settings, data_dir)
    engine = PackEngine(
        api=api,
        journal=journal,
        devices=devices,
        clock=clock,
        policy=AllocationPolicy(settings.station.policy),
        sleep=sleep,
    )
    closer = ShiftCloser(
        api=api,
        journal=journal,
        documents=ReportlabShiftDocuments(),
        clock=clock,
        location=location,
    )
    counter = CounterDesk(
        api=api,
        counter=ProCounterApi(client, shipping_location=location, now=clock.now),
        journal=journal,
        devices=devices,
        clock=clock,
        station=settings.station.name,
        receipt_printer=_receipt_printer(settings),
        sleep=sleep,
    )
    return Station(
        settings=settings,
        client=client,
        api=api,
        journal_file=journal_file,
        journal=journal,
        devices=devices,
        engine=engine,
        recovery=Recovery(api, journal, clock),
        closer=closer,
        counter=counter,
        previewer=LabelPreviewer(
            dpi=settings.printers.label.dpi, label_size=settings.printers.label.size
        ),
        scale=(scale_factory or scale_from_settings)(settings),
        scanner=_serial_scanner(settings),
        clock=clock,
    )


def _serial_scanner(settings: StationSettings) -> SerialScanner | None:
    if not settings.scanner.url:
        return None
    # pyserial loads only for a bench with a serial scanner or scale, not for every start.
    from packstation.devices.scanner import SerialScanner

    return SerialScanner(settings.scanner.url)


def scale_from_settings(settings: StationSettings) -> Scale | None:
    """Return the bench scale the settings name, or ``None`` when the bench has none."""
    if not settings.scale.url:
        return None
    from packstation.devices.scale import ScaleReader

    return ScaleReader(settings.scale.url, protocol=settings.scale.protocol)


def _receipt_printer(settings: StationSettings) -> ReceiptPrinterAdapter | None:
    receipt = settings.printers.receipt
    if not receipt.url:
        return None
    return ReceiptPrinterAdapter(
        receipt.url,
        language=ReceiptLanguage(receipt.language),
        connect_timeout_s=settings.printers.connect_timeout_s,
        write_timeout_s=settings.printers.write_timeout_s,
    )


def _devices(settings: StationSettings, data_dir: Path) -> LabelDevices:
    label = settings.printers.label
    size = label.size
    printer = build_label_printer(
        label.url or "",
        language=label.language,
        dpi=label.dpi,
        label_size=size,
        connect_timeout_s=settings.printers.connect_timeout_s,
        write_timeout_s=settings.printers.write_timeout_s,
    )
    documents_url = settings.printers.document.url or (data_dir / "documents").as_uri()
    (data_dir / "documents").mkdir(parents=True, exist_ok=True)
    return LabelDevices(
        labels=printer,
        inspector=LabelFileInspector(dpi=label.dpi, label_size=size),
        documents=FolderOrCupsDocumentPrinter(documents_url),
    )
