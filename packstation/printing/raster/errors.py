"""Errors of the label raster conversion, written for the operator."""

from __future__ import annotations

from packstation.errors import UserFacingError


class LabelDoesNotFit(UserFacingError):
    """The document is larger than the configured label and would be clipped."""


class UnreadableLabelDocument(UserFacingError):
    """The label document is not a PDF or PNG that can be read."""
