"""Manifesting: consignments handed to carriers, recorded per carrier and shipping location."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from packstation.sandbox.catalogue_data import CARRIERS, LOCATIONS
from packstation.sandbox.clock import wire_datetime
from packstation.sandbox.pdfsheet import Sheet
from packstation.sandbox.references import hex_id
from packstation.sandbox.shipment import find_address
from packstation.sandbox.states import Action, require
from packstation.sandbox.store import Transaction

MANIFEST_KIND = "manifest"
Loaded = tuple[dict[str, Any], dict[str, Any]]


def mark_manifested(document: dict[str, Any]) -> None:
    """Move one consignment to Manifested (raises when its state does not allow it)."""
    require(document["Reference"], document["ConsignmentState"], Action.MANIFEST)
    document["ConsignmentState"] = "Manifested"


def record(tx: Transaction, batch: list[Loaded], now: datetime) -> list[dict[str, Any]]:
    """Store one manifest per (carrier, location) of a batch of newly manifested consignments."""
    groups: dict[tuple[str, str], list[Loaded]] = {}
    for document, internal in batch:
        location = location_of(document)
        groups.setdefault((internal.get("carrier_reference") or "", location), []).append(
            (document, internal)
        )
    created = []
    for (carrier, location), members in groups.items():
        reference = hex_id()
        info = {
            "ManifestReference": reference,
            "ManifestFileStorageContainer": "sandbox-manifests",
            "ManifestFileName": f"{location}-{reference}.pdf",
            "ShippingLocationReference": location,
            "ShippingLocationName": LOCATIONS[location].name if location in LOCATIONS else location,
            "Created": wire_datetime(now),
            "CarrierName": CARRIERS[carrier].name if carrier in CARRIERS else carrier,
            "BookingsCount": len(members),
            "ManifestFileNameSentToCarrier": f"{carrier}_{reference[:8]}.csv",
        }
        tx.put_document(
            MANIFEST_KIND,
            reference,
            {"Info": info, "Consignments": [document for document, _ in members]},
        )
        for _, internal in members:
            internal["manifest"] = reference
            internal["manifested_at"] = wire_datetime(now)
        created.append(info)
    return created


def location_of(document: dict[str, Any]) -> str:
    """Return the shipping location a consignment leaves from (or returns to)."""
    for kind in ("Origin", "Destination"):
        reference = (find_address(document, kind) or {}).get("ShippingLocationReference")
        if reference:
            return str(reference)
    return ""


def manifest_pdf(manifest: dict[str, Any]) -> bytes:
    """Return the driver's sheet: every consignment of the manifest with its parcels."""
    info = manifest["Info"]
    sheet = Sheet(f"{info['CarrierName']} collection manifest")
    sheet.line(
        f"Shipping location: {info['ShippingLocationName']} ({info['ShippingLocationReference']})"
    )
    sheet.line(f"Manifest {info['ManifestReference']}  created {info['Created']}")
    sheet.line(f"Consignments: {info['BookingsCount']}")
    sheet.gap()
    rows = []
    parcels = 0
    for document in manifest["Consignments"]:
        destination = find_address(document, "Destination") or {}
        tracking = ", ".join(document["ConsignmentLegs"][0]["TrackingReferences"])
        parcels += len(document["Packages"])
        rows.append(
            [
                document["Reference"],
                (document.get("Allocation") or {}).get("MpdCarrierServiceName") or "",
                str(len(document["Packages"])),
                f"{document['Weight']['Value']:.2f} kg",
                str(destination.get("Postcode") or ""),
                tracking,
            ]
        )
    headers = ("Consignment", "Service", "Parcels", "Weight", "Postcode", "Tracking")
    sheet.table(headers, rows, (0.17, 0.25, 0.07, 0.1, 0.11, 0.3))
    sheet.gap(20)
    sheet.line(f"Total parcels: {parcels}", bold=True)
    sheet.gap(20)
    sheet.line("Driver signature: ______________________    Time: __________")
    return sheet.finish()
