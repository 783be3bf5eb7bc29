"""Keeps a label panel's pictures in step with the views shown: render once, in the preview lane."""

from __future__ import annotations

import logging
from collections.abc import Callable

from packstation.domain.session import PackView
from packstation.errors import UserFacingError
from packstation.gui import tasks
from packstation.gui.bench import LabelPreview
from packstation.gui.label_panel import LabelPanel

logger = logging.getLogger(__name__)


class LabelPreviews:
    """Renders a view's label file off the GUI thread and shows each label's print status."""

    def __init__(
        self,
        runner: tasks.TaskRunner,
        preview: LabelPreview,
        panel: LabelPanel,
        report_bug: Callable[[BaseException], None],
    ) -> None:
        self._runner = runner
        self._preview = preview
        self._panel = panel
        self._report_bug = report_bug
        self._previewed: bytes | None = None

    def show(self, view: PackView) -> None:
        """Lay out the view's labels, render them if they are new, and show their status."""
        labels = view.labels
        count = label_count(view)
        if labels is None or count == 0:
            self._previewed = None
            self._panel.show_labels(0)
            return
        if labels.data != self._previewed:
            self._previewed = labels.data
            self._panel.show_labels(count)
            self._runner.submit(
                tasks.PREVIEW, lambda: self._preview(labels), self._panel.show_images, self._failed
            )
        self._panel.show_report(view.print_report)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError | ValueError):
            self._report_bug(error)
            return
        logger.info("label preview failed: %s", error)
        self._panel.show_preview_problem(str(error))


def label_count(view: PackView) -> int:
    """Return how many labels the view's consignment has."""
    if view.shipment is not None and view.shipment.parcel_count:
        return view.shipment.parcel_count
    report = view.print_report
    if report is not None:
        return max((*report.printed, *report.not_printed), default=-1) + 1
    return 0
