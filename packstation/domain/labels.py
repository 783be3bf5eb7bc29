"""Label files, what a pre-print check found in them, and what the printer did with them."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from packstation.domain.sentences import Sentence


class LabelLanguage(enum.Enum):
    """The form a label file (or a printer) takes."""

    ZPL = "ZPL"
    PDF = "PDF"
    PNG = "PNG"


@dataclass(frozen=True)
class LabelFile:
    """Label bytes exactly as PRO sent them; one file holds every parcel's label."""

    data: bytes
    language: LabelLanguage
    dpi: int | None = None


@dataclass(frozen=True)
class LabelInspection:
    """What the pre-print check read from a label file: one entry per label found."""

    barcodes_per_label: tuple[frozenset[str], ...]

    @property
    def label_count(self) -> int:
        """How many labels the file holds."""
        return len(self.barcodes_per_label)


def label_problems(
    inspection: LabelInspection, parcel_count: int, tracking_numbers: tuple[str, ...]
) -> list[str]:
    """Return what is wrong with the labels of a shipment, in words; empty when all is well.

    The count must equal the parcel count, and when the shipment's tracking numbers are known,
    every label must carry a barcode that decodes to one of them.
    """
    problems: list[str] = []
    if inspection.label_count != parcel_count:
        problems.append(
            Sentence(
                "SortedPRO sent %1 for %2.",
                _labels(inspection.label_count),
                _parcels(parcel_count),
            )
        )
    if tracking_numbers:
        known = set(tracking_numbers)
        for index, barcodes in enumerate(inspection.barcodes_per_label, start=1):
            if not barcodes & known:
                problems.append(
                    Sentence(
                        "Label %1 carries no barcode with this shipment's tracking number.", index
                    )
                )
    return problems


def _labels(count: int) -> Sentence:
    """Return ``1 label`` or ``2 labels``."""
    return Sentence("1 label") if count == 1 else Sentence("%1 labels", count)


def _parcels(count: int) -> Sentence:
    """Return ``1 parcel`` or ``2 parcels``."""
    return Sentence("1 parcel") if count == 1 else Sentence("%1 parcels", count)


class PrintState(enum.Enum):
    """The outcome of a print job, as honestly as the printer lets us know it."""

    CONFIRMED = "confirmed"
    """Accepted, and the printer reported no fault afterwards."""
    SENT_UNCONFIRMED = "sent, unconfirmed"
    """Accepted, but the printer cannot report status: nobody knows whether paper came out."""
    FAILED = "failed"
    """Not printed (or not all of it); ``not_printed`` says which labels to send again."""


@dataclass(frozen=True)
class PrintReport:
    """What happened to one print job."""

    state: PrintState
    printer: str
    printed: tuple[int, ...]
    """0-based indices of the labels known printed (or sent, when unconfirmed)."""
    not_printed: tuple[int, ...] = ()
    message: str = ""

    @property
    def complete(self) -> bool:
        """Whether every label of the job left the printer (confirmed or not)."""
        return self.state is not PrintState.FAILED and not self.not_printed


@dataclass(frozen=True)
class PrinterCondition:
    """What a printer said when asked how it is, in words, and whether it is ready.

    ``ready`` is None when the printer cannot tell (ESC/POS, a ZPL printer that does not answer
    host status): only True and False are things it said.
    """

    words: str
    ready: bool | None = None
