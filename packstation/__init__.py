"""Packstation: the packing-station desktop application for the SortedPRO multi-carrier API."""

__version__ = "0.1.0"
