"""Errors of the bench devices, written for the packer.

Every one is a :class:`~packstation.errors.UserFacingError`: a scale that does not answer, a scale
that answers "overload", a scanner that was unplugged. ``retryable`` says whether simply trying
again (the next poll) can succeed without anybody touching the device.
"""

from __future__ import annotations

from packstation.errors import UserFacingError


class DeviceError(UserFacingError):
    """A bench device (scale or scanner) failed in a way the packer can act on."""


class ScaleError(DeviceError):
    """The scale answered, but not with a weight the bench can use."""


class ScaleDisconnectedError(ScaleError):
    """The scale cannot be opened, does not answer in time, or went away mid-answer.

    The reader closes its port when this is raised and opens it again on the next read.
    """

    retryable = True


class ScaleBusyError(ScaleError):
    """The scale cannot weigh right now (MT-SICS ``S I``) or the weight did not settle in time."""

    retryable = True


class ScaleOutOfRangeError(ScaleError):
    """The load is above the scale's capacity or below its zero (``S +`` / ``S -``, ``OL``)."""

    retryable = True

    def __init__(self, message: str, *, overload: bool) -> None:
        super().__init__(message)
        self.overload = overload


class ScaleProtocolError(ScaleError):
    """The scale answered something the bench does not understand or refused the command."""


class ScannerDisconnectedError(DeviceError):
    """The serial barcode scanner cannot be opened or went away."""

    retryable = True


def scale_silent(source: str) -> ScaleDisconnectedError:
    """Return the error for a scale that sent nothing usable before the deadline."""
    return ScaleDisconnectedError(
        f"The scale at {source} does not answer — check it is plugged in and switched on, "
        "or type the weight."
    )


def scale_unreachable(source: str, reason: str) -> ScaleDisconnectedError:
    """Return the error for a scale whose port cannot be opened or went away."""
    return ScaleDisconnectedError(
        f"The scale at {source} cannot be reached ({reason}) — check it is plugged in and "
        "switched on, or type the weight."
    )


def scale_unknown_unit(source: str, unit: str) -> ScaleProtocolError:
    """Return the error for a weight in a unit the bench does not convert."""
    return ScaleProtocolError(
        f"The scale at {source} reports weight in {unit!r}; set it to kg, g, lb or oz."
    )


def scale_out_of_range(source: str, *, overload: bool) -> ScaleOutOfRangeError:
    """Return the error for an overloaded or underloaded scale."""
    if overload:
        message = f"The scale at {source} is overloaded — the parcel is heavier than it can weigh."
    else:
        message = f"The scale at {source} reads below zero — clear the platter and zero the scale."
    return ScaleOutOfRangeError(message, overload=overload)


def scale_not_settled(source: str) -> ScaleBusyError:
    """Return the error for a weight that did not become stable in time."""
    return ScaleBusyError(
        f"The weight on the scale at {source} did not settle — keep the parcel still."
    )
