"""The one error the configuration raises: settings an operator has to fix."""

from __future__ import annotations

from packstation.errors import UserFacingError


class ConfigError(UserFacingError):
    """The config file or a ``PACKSTATION_*`` variable is unreadable or holds a bad value.

    ``problems`` lists one sentence per bad setting, each naming the setting, its value and where
    the value came from; ``message`` joins them under a heading that names the config file.
    """

    retryable = False

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems
