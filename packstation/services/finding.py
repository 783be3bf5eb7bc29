"""From a scanned code to the shipment it means, or to a choice when it could mean several."""

from __future__ import annotations

from packstation.domain.ports import PackJournal, ShippingApi
from packstation.domain.scan import ScanKind, ScannedCode
from packstation.domain.sentences import Sentence
from packstation.domain.session import PackView, Stage, Tone
from packstation.domain.shipment import Shipment, ShipmentHit


class Finder:
    """Looks codes up at PRO: references directly, other codes by search."""

    def __init__(self, api: ShippingApi, journal: PackJournal) -> None:
        self._api = api
        self._journal = journal

    def find(self, code: ScannedCode) -> Shipment | PackView:
        """Return the one shipment ``code`` means, or a view asking the packer to choose."""
        if code.kind is ScanKind.CONSIGNMENT:
            return self._api.get_shipment(code.text)
        if code.kind is ScanKind.TRACKING_NUMBER:
            hits = self._api.find_by_tracking_number(code.text)
        else:
            hits = self._api.find_by_customer_reference(code.text)
            if not any(hit.is_candidate for hit in hits):
                # An unknown carrier's tracking number looks like a reference of the shop's own.
                hits = hits + self._api.find_by_tracking_number(code.text)
        return self._from_hits(code, hits)

    def _from_hits(self, code: ScannedCode, hits: list[ShipmentHit]) -> Shipment | PackView:
        candidates = tuple(hit for hit in hits if hit.is_candidate)
        if len(candidates) == 1:
            return self._api.get_shipment(candidates[0].reference)
        if candidates:
            return PackView(
                Stage.CHOOSE_SHIPMENT,
                Tone.ATTENTION,
                Sentence("%1 shipments match %2.", len(candidates), code.text),
                "Press the number of the right one (1-9), or use the arrows and Enter.",
                hits=candidates,
            )
        if hits:
            return PackView(
                Stage.REFUSED,
                Tone.FAILURE,
                Sentence(
                    "%1 only matches cancelled shipments or returns. Do not ship it.", code.text
                ),
                "Put the parcel aside for the shift lead.",
            )
        # A typed tracking number with one digit wrong finds nothing: say why, in its words.
        return PackView(
            Stage.FAILED,
            Tone.ATTENTION,
            Sentence("No shipment found for %1. %2", code.text, code.note)
            if code.note
            else Sentence("No shipment found for %1.", code.text),
            "Check the code and scan again, or put the parcel aside.",
        )
