"""How values read on the bench: money, weights, dates and promises in short plain text."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from packstation.domain.choices import ServiceChoice
from packstation.domain.labels import PrintState
from packstation.domain.records import PackStage
from packstation.domain.shipment import DeliveryPromise, Shipment
from packstation.gui.translations import window_language

NOTHING = "—"
_CONTEXT = "Formatting"
# Spelled out for the translation tools; in English they read as the states' own values.
_PRINT_STATES = {
    PrintState.CONFIRMED: QT_TRANSLATE_NOOP("Formatting", "confirmed"),
    PrintState.SENT_UNCONFIRMED: QT_TRANSLATE_NOOP("Formatting", "sent, unconfirmed"),
    PrintState.FAILED: QT_TRANSLATE_NOOP("Formatting", "failed"),
}

_PACK_STAGES = {
    PackStage.FOUND: QT_TRANSLATE_NOOP("Formatting", "found"),
    PackStage.ALLOCATED: QT_TRANSLATE_NOOP("Formatting", "allocated"),
    PackStage.LABELS_STORED: QT_TRANSLATE_NOOP("Formatting", "labels stored"),
    PackStage.PRINT_FAILED: QT_TRANSLATE_NOOP("Formatting", "print failed"),
    PackStage.PRINT_UNCONFIRMED: QT_TRANSLATE_NOOP("Formatting", "print unconfirmed"),
    PackStage.PRINTED: QT_TRANSLATE_NOOP("Formatting", "printed"),
    PackStage.READY_TO_SHIP: QT_TRANSLATE_NOOP("Formatting", "ready to ship"),
    PackStage.MANIFEST_SENT: QT_TRANSLATE_NOOP("Formatting", "manifest sent"),
    PackStage.MANIFESTED: QT_TRANSLATE_NOOP("Formatting", "manifested"),
    PackStage.VOIDED: QT_TRANSLATE_NOOP("Formatting", "voided"),
}

# PRO's own state names: English shows them as PRO writes them, other languages translate them.
_PRO_STATES = (
    QT_TRANSLATE_NOOP("Formatting", "Unallocated"),
    QT_TRANSLATE_NOOP("Formatting", "Allocating"),
    QT_TRANSLATE_NOOP("Formatting", "AllocationFailed"),
    QT_TRANSLATE_NOOP("Formatting", "Allocated"),
    QT_TRANSLATE_NOOP("Formatting", "ReadyToShip"),
    QT_TRANSLATE_NOOP("Formatting", "Manifesting"),
    QT_TRANSLATE_NOOP("Formatting", "Manifested"),
    QT_TRANSLATE_NOOP("Formatting", "ManifestFailed"),
    QT_TRANSLATE_NOOP("Formatting", "Cancelling"),
    QT_TRANSLATE_NOOP("Formatting", "Cancelled"),
    QT_TRANSLATE_NOOP("Formatting", "Shipped"),
)


def pro_state(name: str) -> str:
    """Return PRO's state name (``ReadyToShip``) in the window's language, or as PRO wrote it."""
    return QCoreApplication.translate(_CONTEXT, name) if name in _PRO_STATES else name


def print_state(state: PrintState) -> str:
    """Return a print outcome in the window's language (``confirmed``, ``failed``...)."""
    return QCoreApplication.translate(_CONTEXT, _PRINT_STATES[state])


def pack_stages() -> dict[PackStage, str]:
    """Return every pack stage's name in the window's language (``ready to ship``...).

    One call per list filled: a table of thousands of packs looks each stage up here.
    """
    translate = QCoreApplication.translate
    return {stage: translate(_CONTEXT, text) for stage, text in _PACK_STAGES.items()}


def money(amount: Decimal | None, currency: str | None) -> str:
    """Return ``4.10 GBP`` (or a dash when there is no price)."""
    if amount is None:
        return NOTHING
    return f"{amount:.2f} {currency}" if currency else f"{amount:.2f}"


def weight(weight_kg: Decimal | None) -> str:
    """Return ``2.50 kg`` (or a dash)."""
    return NOTHING if weight_kg is None else f"{weight_kg:.2f} kg"


def moment(when: datetime | None) -> str:
    """Return ``Mon 23 Nov 10:00`` (or a dash)."""
    return NOTHING if when is None else _local(when, "ddd dd MMM HH:mm")


def cutoff(when: datetime | None) -> str:
    """Return a cut-off the short way a packer reads it: ``Sun 11:00``."""
    return NOTHING if when is None else _local(when, "ddd HH:mm")


def promise(promised: DeliveryPromise | None) -> str:
    """Return the delivery promise in words."""
    if promised is None or (promised.earliest is None and promised.latest is None):
        return NOTHING
    earliest, latest = promised.earliest, promised.latest
    if earliest and latest and earliest.date() == latest.date() and _whole_day(earliest, latest):
        text = _local(earliest, "ddd dd MMM")
    elif earliest and latest and earliest != latest:
        text = f"{_local(earliest, 'ddd dd MMM')} {earliest:%H:%M}–{latest:%H:%M}"
    else:
        when = promised.latest or promised.earliest
        text = _local(when, "ddd dd MMM") if when else NOTHING
    if promised.guaranteed:
        return QCoreApplication.translate("Formatting", "%1 (guaranteed)").replace("%1", text)
    return text


def _local(when: datetime, pattern: str) -> str:
    """Format ``when`` (as its own clock reads it) with the window language's day and month names.

    ``pattern`` is Qt's: ``ddd dd MMM`` reads ``Tue 24 Nov`` in English, ``Di. 24 Nov.`` in German.
    """
    moment = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    return QLocale(window_language()).toString(moment, pattern)


def _whole_day(earliest: datetime, latest: datetime) -> bool:
    """Whether a window spans the whole day (no time worth showing)."""
    return (earliest.hour, earliest.minute) == (0, 0) and (latest.hour, latest.minute) == (23, 59)


def service_name(carrier: str | None, service: str | None) -> str:
    """Return ``Royal Mail Tracked 24``, without repeating a carrier the service already names."""
    if carrier and service and service.split()[0].lower() == carrier.split()[0].lower():
        return service
    return " ".join(part for part in (carrier, service) if part)


def window(choice: ServiceChoice) -> str:
    """Return the promised date and time window of a choice."""
    when = promise(choice.promise)
    if choice.window is not None:
        return f"{when}, {choice.window[0]}–{choice.window[1]}"
    return when


def carrier_service(shipment: Shipment) -> str:
    """Return ``Carrier X Next Day`` (or a dash when not allocated)."""
    return service_name(shipment.carrier, shipment.service) or NOTHING
