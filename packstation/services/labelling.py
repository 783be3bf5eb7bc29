"""The label step of a pack: get the labels, check them, print them, and say honestly what happened.

Labels are fetched from PRO once, in the printer's language and resolution, and stored in the
journal exactly as received; a retry or a reprint prints the stored bytes and never calls an
allocation endpoint. A label counts as printed only when the printer confirmed it; a printer that
cannot report status gives "sent, unconfirmed", which the shift's exception list keeps showing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace

from packstation.domain.labels import LabelFile, PrintReport, PrintState, label_problems
from packstation.domain.ports import (
    DocumentPrinter,
    LabelInspector,
    LabelPrinter,
    PackJournal,
    ShippingApi,
)
from packstation.domain.records import PackStage
from packstation.domain.sentences import Sentence, with_full_stop, without_full_stop
from packstation.domain.session import PackView, Stage, Tone
from packstation.domain.shipment import Shipment, ShipmentState
from packstation.errors import UserFacingError

logger = logging.getLogger(__name__)

NO_DOCUMENT_PRINTER = Sentence(
    "International shipment: no document printer is set up for customs papers."
)


@dataclass
class LabelDevices:
    """The printers a bench prints on; the label printer can be swapped mid-shift."""

    labels: LabelPrinter
    inspector: LabelInspector
    documents: DocumentPrinter | None = None


class LabelStep:
    """Runs the label part of a pack for a shipment that has a carrier service."""

    def __init__(self, api: ShippingApi, journal: PackJournal, devices: LabelDevices) -> None:
        self._api = api
        self._journal = journal
        self.devices = devices

    def run(
        self,
        shipment: Shipment,
        *,
        only: Sequence[int] | None = None,
        reprint_reason: str | None = None,
        record_allocation: bool = False,
    ) -> PackView:
        """Print ``shipment``'s labels (or only the 0-based indices ``only``) and report.

        ``record_allocation``: journal ``shipment`` as allocated in the same commit as its print
        job, one write fewer before the label; a failure before the job records it on its own.
        """
        try:
            labels, fresh = self._labels_for(shipment)
            problems = self._check(labels, shipment)
        except UserFacingError:
            if record_allocation:
                self._journal.record_stage(shipment, PackStage.ALLOCATED)
            raise
        if problems:
            if record_allocation:
                self._journal.record_stage(shipment, PackStage.ALLOCATED)
            # Labels that do not match are not kept: the next scan asks SortedPRO for them again.
            self._journal.record_stage(shipment, PackStage.PRINT_FAILED, "; ".join(problems))
            return PackView(
                Stage.FAILED,
                Tone.FAILURE,
                "The labels from SortedPRO do not match this shipment; nothing was printed.",
                "Put the parcel aside and call the shift lead.",
                shipment=shipment,
                labels=labels,
                problems=tuple(problems),
            )
        printer = self.devices.labels
        indices = list(only) if only is not None else list(range(shipment.parcel_count))
        # Labels just received are stored in the same commit as the job that prints them: one
        # journal write, not two, between PRO's answer and the printer.
        job_id = self._journal.begin_print(
            shipment.reference,
            printer.name,
            indices,
            reprint_reason,
            labels=labels if fresh else None,
            allocated=shipment if record_allocation else None,
        )
        if fresh:
            self._journal.record_stage(shipment, PackStage.LABELS_STORED)
        report = printer.print_labels(labels, only)
        self._journal.finish_print(job_id, report)
        if not report.complete:
            self._journal.record_stage(shipment, PackStage.PRINT_FAILED, report.message)
            return _print_failed_view(shipment, labels, report)
        if reprint_reason is not None:
            return _reprinted_view(shipment, labels, report)
        confirmed = report.state is PrintState.CONFIRMED
        stage = PackStage.PRINTED if confirmed else PackStage.PRINT_UNCONFIRMED
        self._journal.record_stage(shipment, stage, report.message)
        problems = self._print_customs(shipment)
        if confirmed:  # an unconfirmed label stays an exception until the lead has checked it
            shipment, not_ready = self._mark_ready(shipment)
            problems += not_ready
        return _done_view(shipment, labels, report, problems)

    def _labels_for(self, shipment: Shipment) -> tuple[LabelFile, bool]:
        """Return the labels to print, and whether they were fetched now (not yet stored)."""
        printer = self.devices.labels
        stored = self._journal.stored_labels(shipment.reference)
        if stored is not None and stored.language is printer.language and stored.dpi == printer.dpi:
            return stored, False
        return self._api.labels(shipment.reference, printer.language, printer.dpi), True

    def _check(self, labels: LabelFile, shipment: Shipment) -> list[str]:
        inspection = self.devices.inspector.inspect(labels)
        return label_problems(inspection, shipment.parcel_count, shipment.tracking_numbers)

    def _print_customs(self, shipment: Shipment) -> list[str]:
        printer = self.devices.documents
        if not shipment.is_international:
            return []
        if printer is None:
            return [NO_DOCUMENT_PRINTER]
        problems: list[str] = []
        try:
            documents = self._api.customs_documents(shipment.reference)
        except UserFacingError as error:
            return [Sentence("Customs documents could not be fetched: %1", str(error))]
        for document in documents:
            report = printer.print_pdf(document)
            self._journal.record_document_print(shipment.reference, document.name, report)
            if not report.complete:
                problems.append(Sentence("%1 was not printed: %2", document.name, report.message))
        return problems

    def _mark_ready(self, shipment: Shipment) -> tuple[Shipment, list[str]]:
        """Flag the shipment ready to ship; return it as it now stands, and any problem."""
        if shipment.state is not ShipmentState.ALLOCATED:
            return shipment, []
        try:
            outcome = self._api.set_ready_to_ship([shipment.reference])
        except UserFacingError as error:
            return shipment, [
                Sentence(
                    "Not marked ready to ship yet (%1); closing will retry.",
                    without_full_stop(str(error)),
                )
            ]
        if outcome and outcome[0].succeeded:
            ready = replace(shipment, state=ShipmentState.READY_TO_SHIP, state_name="ReadyToShip")
            self._journal.record_stage(ready, PackStage.READY_TO_SHIP)
            return ready, []
        current = self._api.get_shipment(shipment.reference)
        if current.state is ShipmentState.READY_TO_SHIP:
            self._journal.record_stage(current, PackStage.READY_TO_SHIP)
            return current, []
        said = outcome[0].message if outcome else Sentence("no answer")
        return current, [
            Sentence(
                "Not marked ready to ship (%1); closing the shift will retry.",
                without_full_stop(said),
            )
        ]


def _print_failed_view(shipment: Shipment, labels: LabelFile, report: PrintReport) -> PackView:
    numbers = [str(index + 1) for index in report.not_printed]
    reason = with_full_stop(report.message or report.state.value)
    message = Sentence("Printer problem: %1", reason)
    if not numbers and "unknown" not in reason:
        message = Sentence(
            "%1 Which labels came out is unknown: check before printing again.", message
        )
    elif not all(number in reason for number in numbers):  # the printer's words may name them
        message = (
            Sentence("%1 Not printed: label %2.", message, numbers[0])
            if len(numbers) == 1
            else Sentence("%1 Not printed: labels %2.", message, ", ".join(numbers))
        )
    return PackView(
        Stage.PRINT_FAILED,
        Tone.FAILURE,
        message,
        "R: retry the missing labels   S: skip (stays an exception)",
        shipment=shipment,
        labels=labels,
        print_report=report,
    )


def _reprinted_view(shipment: Shipment, labels: LabelFile, report: PrintReport) -> PackView:
    confirmed = report.state is PrintState.CONFIRMED
    count, reference = len(report.printed), shipment.reference
    if confirmed:
        message = (
            Sentence("Reprinted 1 label for %1.", reference)
            if count == 1
            else Sentence("Reprinted %1 labels for %2.", count, reference)
        )
    else:
        message = (
            Sentence(
                "Reprinted 1 label for %1: sent, but the printer cannot confirm it printed.",
                reference,
            )
            if count == 1
            else Sentence(
                "Reprinted %1 labels for %2: sent, but the printer cannot confirm it printed.",
                count,
                reference,
            )
        )
    return PackView(
        Stage.DONE,
        Tone.SUCCESS if confirmed else Tone.ATTENTION,
        message,
        "Scan the next parcel.",
        shipment=shipment,
        labels=labels,
        print_report=report,
    )


def _done_view(
    shipment: Shipment, labels: LabelFile, report: PrintReport, problems: list[str]
) -> PackView:
    service = shipment.service_label
    tone, message = _done_message(shipment.parcel_count, shipment.reference, report)
    if problems:
        tone = Tone.ATTENTION
    return PackView(
        Stage.DONE,
        tone,
        Sentence("%1 (%2).", message, service) if service else Sentence("%1.", message),
        "Scan the next parcel.",
        shipment=shipment,
        labels=labels,
        print_report=report,
        problems=tuple(problems),
    )


def _done_message(count: int, reference: str, report: PrintReport) -> tuple[Tone, Sentence]:
    """Say how many labels came out for ``reference``, and how sure the printer is of it."""
    one = count == 1
    if report.state is PrintState.CONFIRMED:
        return Tone.SUCCESS, (
            Sentence("Printed 1 label for %1", reference)
            if one
            else Sentence("Printed %1 labels for %2", count, reference)
        )
    if report.message:
        said = without_full_stop(report.message)
        return Tone.ATTENTION, (
            Sentence("Sent 1 label for %1, not confirmed printed: %2", reference, said)
            if one
            else Sentence(
                "Sent %1 labels for %2, not confirmed printed: %3", count, reference, said
            )
        )
    return Tone.ATTENTION, (
        Sentence(
            "Sent 1 label for %1, but this printer cannot confirm they printed: "
            "check the label is on the box",
            reference,
        )
        if one
        else Sentence(
            "Sent %1 labels for %2, but this printer cannot confirm they printed: "
            "check the label is on the box",
            count,
            reference,
        )
    )
