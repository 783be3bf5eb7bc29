"""The typed station settings: one pydantic model per TOML section.

The models hold no secret: the API key lives in :mod:`packstation.secrets`, so saving a settings
object can never write the key. Unknown keys are refused so that a typo in the file is reported
instead of silently ignored. Models validate on assignment, so the Settings screen can check one
edited field at a time.
"""

from __future__ import annotations

import socket
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

import platformdirs
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)

from packstation.config.checks import (
    PRODUCTION_API_URL,
    SANDBOX_API_URL,
    check_api_url,
    check_printer_url,
    check_serial_url,
)

APP_NAME = "packstation"
_INCH_MM = 25.4
LABEL_SIZES_MM: dict[str, tuple[float, float]] = {
    "4x6in": (4 * _INCH_MM, 6 * _INCH_MM),
    "4x8in": (4 * _INCH_MM, 8 * _INCH_MM),
    "a6": (105.0, 148.0),
    "100x150mm": (100.0, 150.0),
}


def _lower_text(value: Any) -> Any:
    """Accept choice values in any letter case (``ZPL``, ``Dark``) from files and environment."""
    return value.strip().lower() if isinstance(value, str) else value


def _empty_to_none(value: Any) -> Any:
    """Treat an empty or blank string as "not configured" for optional settings."""
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _int_from_text(value: Any) -> Any:
    """Turn ``"300"`` from an environment variable into 300 for integer choices."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


def _folder_text(value: Any) -> Any:
    """Accept a folder as text only, and only text that can name a folder."""
    if isinstance(value, Path):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError('must be a folder path in quotes, e.g. "/srv/packstation"')
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value):
        raise ValueError("a folder path cannot contain control characters or line breaks")
    return value


def _absolute_dir(value: Path) -> Path:
    """Expand ``~`` and make a relative data directory absolute (relative to the working dir)."""
    try:
        return value.expanduser().absolute()
    except RuntimeError:  # "~name" for a user this computer does not know
        raise ValueError(f"{str(value).split('/')[0]} is not a user's home folder here") from None


def _non_blank(value: str) -> str:
    """Strip a name or reference and refuse one that is empty."""
    text = value.strip()
    if not text:
        raise ValueError("must not be empty")
    return text


def _optional(check: Callable[[str], str]) -> Callable[[str | None], str | None]:
    """Apply ``check`` to a configured value and let "not configured" through."""

    def check_if_set(value: str | None) -> str | None:
        return None if value is None else check(value)

    return check_if_set


Policy = Annotated[Literal["ask", "cheapest", "fastest", "rules"], BeforeValidator(_lower_text)]
ApiEnvironment = Annotated[Literal["production", "sandbox", "custom"], BeforeValidator(_lower_text)]
LabelLanguage = Annotated[Literal["zpl", "escpos", "pdf"], BeforeValidator(_lower_text)]
ReceiptLanguage = Annotated[Literal["escpos", "zpl"], BeforeValidator(_lower_text)]
LabelSize = Annotated[Literal["4x6in", "4x8in", "a6", "100x150mm"], BeforeValidator(_lower_text)]
ScaleProtocol = Annotated[Literal["mt-sics", "continuous"], BeforeValidator(_lower_text)]
ScanSuffix = Annotated[Literal["enter", "tab"], BeforeValidator(_lower_text)]
Theme = Annotated[Literal["light", "dark"], BeforeValidator(_lower_text)]
UiLanguage = Annotated[Literal["auto", "en", "de", "pl"], BeforeValidator(_lower_text)]
Dpi = Annotated[Literal[203, 300], BeforeValidator(_int_from_text)]
NonBlank = Annotated[str, AfterValidator(_non_blank)]
OptionalReference = Annotated[NonBlank | None, BeforeValidator(_empty_to_none)]
PrinterUrl = Annotated[
    str | None, BeforeValidator(_empty_to_none), AfterValidator(_optional(check_printer_url))
]
SerialUrl = Annotated[
    str | None, BeforeValidator(_empty_to_none), AfterValidator(_optional(check_serial_url))
]
ApiUrl = Annotated[
    str | None, BeforeValidator(_empty_to_none), AfterValidator(_optional(check_api_url))
]
TimeoutS = Annotated[float, Field(gt=0, le=300, allow_inf_nan=False)]


class Section(BaseModel):
    """Common behaviour of every settings section: strict keys, checked assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class StationSection(Section):
    """Who this bench is and how it works."""

    name: NonBlank = Field(
        default_factory=socket.gethostname, description="station name on manifests and logs"
    )
    location: OptionalReference = Field(None, description="SortedPRO shipping location reference")
    policy: Policy = Field("ask", description="how a carrier service is chosen")
    data_dir: Annotated[Path, BeforeValidator(_folder_text), AfterValidator(_absolute_dir)] = Field(
        default_factory=lambda: Path(platformdirs.user_data_dir(APP_NAME)),
        description="journal and stored labels",
    )
    demo: bool = Field(False, description="demo station (sandbox and virtual devices)")


class ApiSection(Section):
    """Where SortedPRO is and how long to wait for it."""

    environment: ApiEnvironment = Field("production", description="production, sandbox or custom")
    url: ApiUrl = Field(None, description="base URL; required for custom, overrides the others")
    connect_timeout_s: TimeoutS = 3.0
    read_timeout_s: TimeoutS = 15.0

    @model_validator(mode="after")
    def _custom_needs_url(self) -> ApiSection:
        if self.environment == "custom" and self.url is None:
            raise ValueError("api.url is required when api.environment is 'custom'")
        return self

    @property
    def base_url(self) -> str:
        """The SortedPRO address to call: ``url`` when given, else the environment's own."""
        if self.url is not None:
            return self.url
        return SANDBOX_API_URL if self.environment == "sandbox" else PRODUCTION_API_URL


class LabelPrinterSection(Section):
    """The printer shipping labels go to."""

    url: PrinterUrl = Field(None, description="printer URL, e.g. tcp://192.168.1.50:9100")
    language: LabelLanguage = Field("zpl", description="zpl, escpos or pdf (system printing)")
    dpi: Dpi = 203
    size: LabelSize = Field("4x6in", description="4x6in, 4x8in, a6 or 100x150mm")

    @property
    def size_mm(self) -> tuple[float, float]:
        """The label's (width, height) in millimetres."""
        return LABEL_SIZES_MM[self.size]


class DocumentPrinterSection(Section):
    """The printer for A4 documents (customs papers, driver sheets)."""

    url: PrinterUrl = Field(None, description="printer URL, e.g. cups://office")


class ReceiptPrinterSection(Section):
    """The optional counter receipt printer."""

    url: PrinterUrl = Field(None, description="printer URL, e.g. usb://04b8:0202")
    language: ReceiptLanguage = "escpos"


class PrintersSection(Section):
    """Every printer of the bench and the time limits they share."""

    connect_timeout_s: TimeoutS = 3.0
    write_timeout_s: TimeoutS = 10.0
    label: LabelPrinterSection = Field(default_factory=LabelPrinterSection)
    document: DocumentPrinterSection = Field(default_factory=DocumentPrinterSection)
    receipt: ReceiptPrinterSection = Field(default_factory=ReceiptPrinterSection)


class ScaleSection(Section):
    """The optional serial scale."""

    url: SerialUrl = Field(None, description="serial device or pyserial URL")
    protocol: ScaleProtocol = Field("mt-sics", description="mt-sics or continuous")


class ScannerSection(Section):
    """The barcode scanner: a keyboard wedge, or a serial scanner when ``url`` is set."""

    url: SerialUrl = Field(None, description="serial device or pyserial URL")
    suffix: ScanSuffix = Field("enter", description="key a wedge scan ends with: enter or tab")


class UiSection(Section):
    """How the bench window looks and sounds."""

    sounds: bool = True
    theme: Theme = "light"
    font_size_pt: int = Field(14, ge=14, le=40, description="base font size, at least 14 pt")
    language: UiLanguage = Field(
        "auto", description="window language: auto (the system's), en, de or pl"
    )


class StationSettings(BaseModel):
    """Every setting of one packing station (the API key excepted, see packstation.secrets).

    Values are merged by :func:`packstation.config.load_settings` (defaults, then the TOML file,
    then ``PACKSTATION_*`` variables) so that it can tell where each value came from and name
    the variable in an error; constructing this class directly therefore reads no environment.
    That merge is why this is a plain pydantic model and not a pydantic-settings one: it used
    none of pydantic-settings' sources, whose import cost about 0.1 s of every start, and that
    matched top-level keys in any letter case (a ``[Station]`` section was taken, and then beat
    a ``PACKSTATION_*`` override of the same setting); section names are now exact, like keys.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True, validate_default=True)

    station: StationSection = Field(default_factory=StationSection)
    api: ApiSection = Field(default_factory=ApiSection)
    printers: PrintersSection = Field(default_factory=PrintersSection)
    scale: ScaleSection = Field(default_factory=ScaleSection)
    scanner: ScannerSection = Field(default_factory=ScannerSection)
    ui: UiSection = Field(default_factory=UiSection)
