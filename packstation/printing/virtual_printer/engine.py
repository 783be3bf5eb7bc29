"""The virtual printer's print engine: a label queue, a printing thread and the label files.

Labels received on any connection join one queue. The printing thread takes them in order and
"prints" each one: it waits ``slow_s``, writes ``NNNN.zpl`` and, when the ZPL renderer is
available, ``NNNN.png``, then counts it. While paper is out, the head is open or the printer is
paused, labels stay queued and show up in the host status as formats in the buffer, like on a
real printer; ``~JA`` (cancel all) empties the queue.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from packstation.printing.status import PrinterStatus
from packstation.printing.virtual_printer.faults import VirtualPrinterFaults

logger = logging.getLogger(__name__)

FaultListener = Callable[[VirtualPrinterFaults], None]
_LABEL_FILE = re.compile(r"^(\d{4,})\.zpl$")


class PrintEngine:
    """Queue, fault state and printing thread of one virtual printer; thread-safe."""

    def __init__(
        self,
        out_dir: Path | None,
        *,
        dpi: int = 203,
        width_in: float = 4.0,
        height_in: float = 6.0,
        faults: VirtualPrinterFaults | None = None,
        render_png: bool = True,
    ) -> None:
        self.out_dir = out_dir
        self.dpi = dpi
        self.width_in = width_in
        self.height_in = height_in
        self.render_png = render_png
        self._faults = faults or VirtualPrinterFaults()
        self._condition = threading.Condition()
        self._pending: deque[bytes] = deque()
        self._in_progress = 0
        self._partial_sources: set[int] = set()
        self._printed: list[bytes] = []
        self._next_number = 1
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._fault_listeners: list[FaultListener] = []

    # -- life cycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Create the output folder and start the printing thread."""
        if self.out_dir is not None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            self._next_number = _first_free_number(self.out_dir)
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="virtual-printer-engine")
        self._thread.start()

    def stop(self) -> None:
        """Stop the printing thread; queued labels stay unprinted."""
        with self._condition:
            self._stopping = True
            self._condition.notify_all()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    # -- what connections and the control channel call ------------------------------------

    @property
    def faults(self) -> VirtualPrinterFaults:
        """The faults in force."""
        with self._condition:
            return self._faults

    def set_faults(self, faults: VirtualPrinterFaults) -> None:
        """Replace the faults; waiting labels print as soon as nothing stops them."""
        with self._condition:
            self._faults = faults
            self._condition.notify_all()
        for listener in list(self._fault_listeners):
            listener(faults)

    def add_fault_listener(self, listener: FaultListener) -> None:
        """Call ``listener(faults)`` after every change (the server watches ``refuse``)."""
        self._fault_listeners.append(listener)

    def reload_paper(self) -> None:
        """Put a fresh roll in: paper out clears and the paper is endless again."""
        with self._condition:
            faults = replace(self._faults, paper_out=False, paper_out_after=None)
        self.set_faults(faults)

    def submit(self, label: bytes) -> None:
        """Queue one complete label format for printing."""
        with self._condition:
            self._pending.append(label)
            self._condition.notify_all()

    def cancel_all(self) -> int:
        """Drop every queued label (``~JA``); return how many were dropped."""
        with self._condition:
            dropped = len(self._pending)
            self._pending.clear()
            self._condition.notify_all()
            return dropped

    def resume(self) -> None:
        """Leave pause (``~PS``)."""
        self.set_faults(replace(self.faults, paused=False))

    def set_partial(self, source: int, partial: bool) -> None:
        """Record whether connection ``source`` has an unfinished format in flight."""
        with self._condition:
            if partial:
                self._partial_sources.add(source)
            else:
                self._partial_sources.discard(source)

    def status(self) -> PrinterStatus:
        """Return the host status a real printer in this state would report."""
        with self._condition:
            faults = self._faults
            return PrinterStatus(
                paper_out=faults.paper_out,
                paused=faults.paused,
                head_open=faults.head_open,
                partial_format=bool(self._partial_sources),
                label_length_dots=round(self.height_in * self.dpi),
                formats_in_buffer=len(self._pending) + self._in_progress,
            )

    @property
    def printed_count(self) -> int:
        """Labels printed since start."""
        with self._condition:
            return len(self._printed)

    @property
    def printed_labels(self) -> list[bytes]:
        """The ZPL of every printed label, in order."""
        with self._condition:
            return list(self._printed)

    def wait_for_printed(self, count: int, timeout_s: float) -> bool:
        """Wait until ``count`` labels are printed; False when ``timeout_s`` passes first."""
        with self._condition:
            return self._condition.wait_for(lambda: len(self._printed) >= count, timeout_s)

    def wait_until_held(self, timeout_s: float) -> bool:
        """Wait until a fault holds queued labels (e.g. paper ran out); False on timeout."""
        with self._condition:
            return self._condition.wait_for(
                lambda: bool(self._pending) and self._blocked(), timeout_s
            )

    # -- the printing thread -----------------------------------------------------------------

    def _blocked(self) -> bool:
        faults = self._faults
        return faults.paper_out or faults.head_open or faults.paused

    def _run(self) -> None:
        while (label := self._take_next()) is not None:
            if self._wait_print_time():
                self._print(label)
            else:
                with self._condition:
                    # A fault came up while this label was printing: it was not printed.
                    self._pending.appendleft(label)
                    self._in_progress = 0
                    self._condition.notify_all()

    def _take_next(self) -> bytes | None:
        with self._condition:
            while True:
                if self._stopping:
                    return None
                if self._pending and not self._blocked():
                    if self._faults.paper_out_after == 0:
                        self._faults = replace(self._faults, paper_out=True)
                        self._condition.notify_all()
                        continue
                    self._in_progress = 1
                    return self._pending.popleft()
                self._condition.wait()

    def _wait_print_time(self) -> bool:
        """Let ``slow_s`` pass; False when a fault or stop came up meanwhile."""
        with self._condition:
            slow_s = self._faults.slow_s
            if slow_s > 0:
                self._condition.wait_for(lambda: self._stopping or self._blocked(), slow_s)
            return not (self._stopping or self._blocked())

    def _print(self, label: bytes) -> None:
        with self._condition:
            number = self._next_number
            self._next_number += 1
        if self.out_dir is not None:
            self._write_files(number, label)
        with self._condition:
            self._printed.append(label)
            self._in_progress = 0
            left = self._faults.paper_out_after
            if left is not None:
                self._faults = replace(self._faults, paper_out_after=left - 1)
            self._condition.notify_all()

    def _write_files(self, number: int, label: bytes) -> None:
        assert self.out_dir is not None
        (self.out_dir / f"{number:04d}.zpl").write_bytes(label)
        if self.render_png:
            image = _render(label, dpi=self.dpi, width_in=self.width_in, height_in=self.height_in)
            if image is not None:
                image.save(self.out_dir / f"{number:04d}.png")


def _render(label: bytes, *, dpi: int, width_in: float, height_in: float) -> Any:
    """Render one label with the ZPL preview renderer; None when it cannot be drawn."""
    try:
        from packstation.printing.zpl.render import render_zpl
    except ImportError:
        logger.warning("ZPL renderer not available; writing label ZPL without a PNG")
        return None
    try:
        rendered = render_zpl(label, dpi=dpi, width_in=width_in, height_in=height_in)
    except Exception:
        # The virtual printer must keep "printing" when the preview renderer trips over a label;
        # the ZPL file is still written and the failure goes to the log with its traceback.
        logger.exception("Rendering a received label to PNG failed")
        return None
    return rendered.images[0] if rendered.images else None


def _first_free_number(out_dir: Path) -> int:
    numbers = [
        int(match.group(1)) for path in out_dir.iterdir() if (match := _LABEL_FILE.match(path.name))
    ]
    return max(numbers, default=0) + 1
