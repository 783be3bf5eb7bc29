"""``packstation --selftest``: prove an installation works, without a window or a network.

Run after installing or upgrading a station (and by CI on the frozen build). Each step uses the
same code the station uses; none touches Qt, a printer or SortedPRO:

- ``resources``: the resources folder is found and holds the style sheets, icons and sounds;
- ``config``: the station settings load (no config at all is fine: "not configured");
- ``journal``: a journal is created and migrated in a temporary folder, then read back;
- ``label``: a sample ZPL label (escaped field data, a Code 128) renders to one PNG picture;
- ``preview``: the bench's label preview draws it and zxing-cpp reads the barcode back.

Every step runs even when an earlier one failed, so one run names everything that is broken.
The outcome is one line on standard output; the exit code is 0 only when every step passed.
"""

from __future__ import annotations

import io
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from PIL import Image

from packstation import __version__
from packstation.config import load_settings
from packstation.domain.labels import LabelFile, LabelLanguage
from packstation.journal import SCHEMA_VERSION, Journal
from packstation.journal.paths import JOURNAL_FILE_NAME
from packstation.printing.bench import LabelPreviewer
from packstation.printing.bench.decoding import zxing_decoder
from packstation.printing.zpl import field_data_command, render_zpl
from packstation.resources_path import candidate_dirs, find_resources_dir

EXIT_FAILED = 1
SAMPLE_DPI = 203
SAMPLE_BARCODE = "PS-SELFTEST-0001"
# Field data that would end the label and cancel the printer's jobs if it were not escaped.
SAMPLE_HOSTILE_TEXT = "Müller ^XZ~JA & Söhne"
_REQUIRED_RESOURCES = (("styles", "light.qss"), ("icons", "success.svg"), ("sounds", "success.wav"))

Step = Callable[[], str]
"""A check: returns a short description of what it found, raises when it fails."""


class SelfTestFailure(Exception):
    """A step found the installation broken; the message says how."""


@dataclass(frozen=True)
class StepResult:
    """The outcome of one step: its name, whether it passed, and what it found."""

    name: str
    passed: bool
    detail: str


def sample_label_zpl() -> bytes:
    """Return a one-label ZPL format: a title, escaped hostile text and a Code 128."""
    lines = [
        "^XA^CI28^PW812^LL1218",
        "^FO40,40^A0N,48,48^FDPackstation self-test^FS",
        f"^FO40,120^A0N,36,36{field_data_command(SAMPLE_HOSTILE_TEXT)}^FS",
        f"^FO60,240^BY3^BCN,160,Y,N,N^FD{SAMPLE_BARCODE}^FS",
        "^XZ",
    ]
    return "\n".join(lines).encode("utf-8")


def check_resources() -> str:
    """Find the resources folder (uncached, so a test can point it elsewhere) and its files."""
    directory = find_resources_dir(candidate_dirs())
    missing = [
        "/".join(parts) for parts in _REQUIRED_RESOURCES if not directory.joinpath(*parts).is_file()
    ]
    if missing:
        raise SelfTestFailure(f"{directory} lacks {', '.join(missing)}")
    return str(directory)


def check_config() -> str:
    """Load the station settings the way the station does."""
    loaded = load_settings()
    if loaded.is_unconfigured:
        return "not configured"
    journal = Path(loaded.settings.station.data_dir) / JOURNAL_FILE_NAME
    state = "present" if journal.is_file() else "not created yet"
    source = str(loaded.config_file) if loaded.file_found else "environment"
    return f"{source}, journal {state}"


def check_journal() -> str:
    """Create, migrate and read a journal in a temporary folder (the station's is left alone)."""
    with tempfile.TemporaryDirectory(prefix="packstation-selftest-") as folder:
        with Journal.open(Path(folder) / JOURNAL_FILE_NAME) as journal:
            if journal.schema_version != SCHEMA_VERSION:
                raise SelfTestFailure(f"schema {journal.schema_version}, expected {SCHEMA_VERSION}")
            if journal.current_shift() is not None:
                raise SelfTestFailure("a new journal already has an open shift")
    return f"schema {SCHEMA_VERSION}"


def check_label() -> str:
    """Render the sample label and encode it as PNG."""
    zpl = sample_label_zpl()
    rendered = render_zpl(zpl, dpi=SAMPLE_DPI)
    if len(rendered.images) != 1:
        raise SelfTestFailure(f"{len(rendered.images)} labels drawn from one format")
    if rendered.skipped_commands or rendered.warnings:
        problems = [*rendered.skipped_commands, *rendered.warnings]
        raise SelfTestFailure(f"renderer skipped: {', '.join(problems)}")
    buffer = io.BytesIO()
    rendered.images[0].save(buffer, format="PNG")
    with Image.open(io.BytesIO(buffer.getvalue())) as picture:
        width, height = picture.size
    return f"ZPL {len(zpl)} B, PNG {width}x{height}"


def check_preview() -> str:
    """Draw the sample label with the bench's preview and read its barcode back."""
    decode = zxing_decoder()
    if decode is None:
        raise SelfTestFailure("zxing-cpp is not installed")
    labels = LabelFile(sample_label_zpl(), LabelLanguage.ZPL, SAMPLE_DPI)
    pictures = LabelPreviewer(dpi=SAMPLE_DPI).preview(labels)
    if len(pictures) != 1:
        raise SelfTestFailure(f"{len(pictures)} preview pictures for one label")
    with Image.open(io.BytesIO(pictures[0])) as picture:
        found = decode(picture)
    if SAMPLE_BARCODE not in found:
        raise SelfTestFailure(f"barcode read as {sorted(found)}, expected {SAMPLE_BARCODE}")
    return "Code 128 read back"


STEPS: tuple[tuple[str, Step], ...] = (
    ("resources", check_resources),
    ("config", check_config),
    ("journal", check_journal),
    ("label", check_label),
    ("preview", check_preview),
)


def run_step(name: str, step: Step) -> StepResult:
    """Run one step; any exception is that step's failure, reported with its type and message."""
    try:
        return StepResult(name, True, step())
    except Exception as error:  # the self-test reports every failure, by step name
        # Some errors (config problems) span several lines; the summary must stay one line.
        message = " ".join(str(error).split())
        return StepResult(name, False, f"{type(error).__name__}: {message}")


def summary_line(results: Sequence[StepResult]) -> str:
    """Return the one-line outcome: every step's finding, or only the failed steps."""
    failed = [result for result in results if not result.passed]
    if failed:
        names = ", ".join(result.name for result in failed)
        details = "; ".join(f"{result.name}: {result.detail}" for result in failed)
        return f"packstation {__version__} selftest FAILED ({names}) - {details}"
    details = "; ".join(f"{result.name}: {result.detail}" for result in results)
    return f"packstation {__version__} selftest ok - {details}"


def run_selftest(steps: Sequence[tuple[str, Step]] = STEPS, out: TextIO | None = None) -> int:
    """Run every step, print the summary line and return the exit code."""
    results = [run_step(name, step) for name, step in steps]
    # A windowed Windows build has no standard output at all.
    stream = out if out is not None else sys.stdout
    if stream is not None:
        print(summary_line(results), file=stream, flush=True)
    return 0 if all(result.passed for result in results) else EXIT_FAILED
