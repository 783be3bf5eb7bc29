"""Station settings: a TOML file, ``PACKSTATION_*`` overrides, typed and checked.

Use :func:`load_settings` (it returns :class:`LoadedSettings`: the settings, the file used and
where each value came from), :func:`updated_settings` to apply edits by dotted name, and
:func:`save_settings`. The API key is not a setting: see
:mod:`packstation.secrets`. Precedence: environment variable, then the file, then the default.
The file is ``station.toml`` in the user config directory unless ``--config PATH`` or
``PACKSTATION_CONFIG`` names another (see :mod:`packstation.config.paths`).

File layout, with the environment variable of each key and its default::

    [station]
    name = "bench-1"                # PACKSTATION_STATION_NAME      (host name)
    location = "LOC-1"              # PACKSTATION_LOCATION          shipping location reference
    policy = "ask"                  # PACKSTATION_POLICY            ask|cheapest|fastest|rules
    data_dir = "/srv/packstation"   # PACKSTATION_DATA_DIR          journal, stored labels
                                    #                               (user data dir)
    demo = false                    # PACKSTATION_DEMO

    [api]
    environment = "production"      # PACKSTATION_API_ENVIRONMENT   production|sandbox|custom
    url = "https://..."             # PACKSTATION_API_URL           (unset; needed for custom,
                                    #                               wins over environment)
    connect_timeout_s = 3.0         # PACKSTATION_API_CONNECT_TIMEOUT_S
    read_timeout_s = 15.0           # PACKSTATION_API_READ_TIMEOUT_S

    [printers]
    connect_timeout_s = 3.0         # PACKSTATION_PRINTER_CONNECT_TIMEOUT_S
    write_timeout_s = 10.0          # PACKSTATION_PRINTER_WRITE_TIMEOUT_S

    [printers.label]
    url = "tcp://10.0.0.5:9100"     # PACKSTATION_LABEL_PRINTER     (unset)
    language = "zpl"                # PACKSTATION_LABEL_PRINTER_LANGUAGE  zpl|escpos|pdf
    dpi = 203                       # PACKSTATION_LABEL_PRINTER_DPI       203|300
    size = "4x6in"                  # PACKSTATION_LABEL_PRINTER_SIZE      4x6in|4x8in|a6|100x150mm

    [printers.document]
    url = "cups://office"           # PACKSTATION_DOCUMENT_PRINTER  (unset)

    [printers.receipt]
    url = "usb://04b8:0202"         # PACKSTATION_RECEIPT_PRINTER   (unset)
    language = "escpos"             # PACKSTATION_RECEIPT_PRINTER_LANGUAGE  escpos|zpl

    [scale]
    url = "/dev/ttyUSB0"            # PACKSTATION_SCALE_URL         (unset) device or pyserial URL
    protocol = "mt-sics"            # PACKSTATION_SCALE_PROTOCOL    mt-sics|continuous

    [scanner]
    url = "/dev/ttyACM0"            # PACKSTATION_SCANNER_URL       (unset: keyboard wedge)
    suffix = "enter"                # PACKSTATION_SCANNER_SUFFIX    enter|tab

    [ui]
    sounds = true                   # PACKSTATION_UI_SOUNDS
    theme = "light"                 # PACKSTATION_UI_THEME          light|dark
    font_size_pt = 14               # PACKSTATION_UI_FONT_SIZE_PT   14..40
    language = "auto"               # PACKSTATION_UI_LANGUAGE       auto|en|de|pl (auto: the
                                    #                               system's, else English)

Printer URLs use the schemes of :mod:`packstation.printing.urls` (tcp, usb, serial, cups,
windows, file, and pyserial's socket, rfc2217, loop). The SortedPRO URL must be https:// unless
it points at this computer. Choice values are accepted in any letter case; an empty
environment variable counts as unset. Unknown keys in the file are errors, and so is an API key.
"""

from packstation.config.checks import PRODUCTION_API_URL, SANDBOX_API_URL
from packstation.config.editing import updated_settings
from packstation.config.errors import ConfigError
from packstation.config.loading import LoadedSettings, load_settings
from packstation.config.model import StationSettings
from packstation.config.names import ENV_NAMES, env_name
from packstation.config.paths import CONFIG_PATH_VARIABLE, default_config_file, resolve_config_file
from packstation.config.saving import save_settings

__all__ = [
    "CONFIG_PATH_VARIABLE",
    "ENV_NAMES",
    "PRODUCTION_API_URL",
    "SANDBOX_API_URL",
    "ConfigError",
    "LoadedSettings",
    "StationSettings",
    "default_config_file",
    "env_name",
    "load_settings",
    "resolve_config_file",
    "save_settings",
    "updated_settings",
]
