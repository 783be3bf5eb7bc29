"""Tracking responses (SPEC §6.10)."""

from __future__ import annotations

from packstation.pro.models.base import WireDateTime, WireModel


class TrackingEvent(WireModel):
    """One carrier event (``Code`` e.g. ``DELIVERED``)."""

    time_stamp: WireDateTime | None = None
    code: str | None = None
    description: str | None = None
    signed_by: str | None = None
    location: str | None = None


class TrackedLeg(WireModel):
    """Events of one carrier leg of a package."""

    carrier_service_name: str | None = None
    events: list[TrackingEvent] | None = None


class TrackedPackage(WireModel):
    """Tracking of one package, per leg."""

    package_reference_for_all_legs_assigned_by_mpd: str | None = None
    legs: list[TrackedLeg] | None = None


class TrackingResponse(WireModel):
    """Get Tracking Events response."""

    consignment_reference_for_all_legs_assigned_by_mpd: str | None = None
    tracked_packages: list[TrackedPackage] | None = None


class PackageEvent(TrackingEvent):
    """An event of Get Events Per Package: a tracking event naming its carrier service."""

    carrier_service_name: str | None = None


class PackageEvents(WireModel):
    """All events of one package without the leg level."""

    package_reference_for_all_legs_assigned_by_mpd: str | None = None
    events: list[PackageEvent] | None = None


class PackageEventsResponse(WireModel):
    """Get Events Per Package (``/tracking/flattened``) response."""

    consignment_reference_for_all_legs_assigned_by_mpd: str | None = None
    tracked_packages: list[PackageEvents] | None = None
