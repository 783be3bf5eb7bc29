"""``ProShippingApi``: the engine's :class:`~packstation.domain.ports.ShippingApi` over ProClient.

Each method is one small use of the client plus a mapping from :mod:`packstation.pro.bench`'s
sibling modules. PRO's errors propagate unchanged (they already belong to the categories of
:mod:`packstation.errors`); only situations PRO does not report as errors get a message here.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from packstation.domain.choices import AllocationOutcome, QuoteList, ServiceChoice
from packstation.domain.labels import LabelFile, LabelLanguage
from packstation.domain.moments import as_utc
from packstation.domain.orders import Order, PackedParcel
from packstation.domain.ports import BulkOutcome, NamedPdf
from packstation.domain.shipment import ParcelSpec, Shipment, ShipmentHit, ShipmentState
from packstation.errors import UserFacingError
from packstation.pro import models as m
from packstation.pro.bench import choices, orders, outcomes, shipments, wording
from packstation.pro.bench.allocating import AllocationWatcher
from packstation.pro.bench.parcels import packages_for
from packstation.pro.bench.places import LocationCountries
from packstation.pro.bench.recent import DEFAULT_MAX_AGE_S, RecentReads
from packstation.pro.client import ProClient
from packstation.pro.documents import DocumentFormat
from packstation.pro.errors import ProRejectedError, ProResponseError
from packstation.pro.search import SearchTerms

SEARCH_TAKE = 50


DEFAULT_ALLOCATION_WAIT_S = 10.0
_LABEL_FORMATS = {
    LabelLanguage.ZPL: m.LabelFormat.ZPL,
    LabelLanguage.PDF: m.LabelFormat.PDF,
    LabelLanguage.PNG: m.LabelFormat.PNG,
}
_LANGUAGE_OF = {
    DocumentFormat.ZPL: LabelLanguage.ZPL,
    DocumentFormat.PDF: LabelLanguage.PDF,
    DocumentFormat.PNG: LabelLanguage.PNG,
}


class ProShippingApi:
    """SortedPRO as the packing engine uses it.

    ``shipping_location`` is the station's own location reference, kept for the engine to
    compare with :attr:`Shipment.origin_location`; the countries of all locations are looked up
    in PRO (once) when a consignment names its origin only by reference. ``allocation_wait_s``
    bounds how long an allocation that PRO accepted but is still working on (``Allocating``) is
    waited for, with ``sleep`` injectable for tests. A consignment or order read for a scan
    stands in for a second read when the packer's parcels are written back, if it is younger
    than ``document_max_age_s`` (:mod:`packstation.pro.bench.recent`). Nothing is fetched
    before the first call.
    """

    def __init__(
        self,
        client: ProClient,
        *,
        shipping_location: str | None,
        allocation_wait_s: float = DEFAULT_ALLOCATION_WAIT_S,
        sleep: Callable[[float], None] = time.sleep,
        document_max_age_s: float = DEFAULT_MAX_AGE_S,
    ) -> None:
        self._client = client
        self._consignments: RecentReads[m.Consignment] = RecentReads(max_age_s=document_max_age_s)
        self._orders: RecentReads[m.Order] = RecentReads(max_age_s=document_max_age_s)
        self.shipping_location = shipping_location
        self._locations = LocationCountries(client.shipping_locations)
        self._watcher = AllocationWatcher(
            client, wait_s=allocation_wait_s, sleep=sleep, to_shipment=self._shipment
        )

    def __repr__(self) -> str:
        return f"ProShippingApi({self._client!r}, shipping_location={self.shipping_location!r})"

    # -- shipments ------------------------------------------------------------------------------

    def get_shipment(self, reference: str) -> Shipment:
        """Return the consignment ``EC-...``."""
        consignment = shipments.read_consignment(self._client, reference)
        self._consignments.keep(reference, consignment)
        return self._shipment(consignment)

    def _shipment(self, consignment: m.Consignment) -> Shipment:
        return shipments.shipment_of(consignment, self._locations.country_of)

    def find_by_customer_reference(self, text: str) -> list[ShipmentHit]:
        """Return the consignments whose own reference is ``text`` (first 50 hits)."""
        if not text.strip():
            return []
        return self._hits(SearchTerms(reference_provided_by_customer=text.strip()))

    def find_by_tracking_number(self, text: str) -> list[ShipmentHit]:
        """Return the consignments carrying the tracking number ``text`` (first 50 hits)."""
        if not text.strip():
            return []
        return self._hits(SearchTerms(tracking_reference=text.strip()))

    def _hits(self, terms: SearchTerms) -> list[ShipmentHit]:
        """Search, and tell returns apart when the summaries do not carry ``Direction``.

        PRO's summary has no ``Direction`` (SPEC 6.2.5), yet a customer reference is shared by a
        consignment and its return; the same search restricted to ``Inbound`` names the returns.
        A single hit is not looked up: the bench reads that consignment in full next, and the
        full read carries its ``Direction`` (the engine refuses a return there).
        """
        result = self._client.search_consignments(terms, take=SEARCH_TAKE)
        found = [s for s in result.consignment_summaries or () if s.reference]
        inbound: set[str] = set()
        if len(found) > 1 and any(shipments.summary_direction(s) is None for s in found):
            returns = replace(terms, direction=m.ConsignmentDirection.INBOUND)
            inbound = {r.casefold() for r in self._client.find_consignment_references(returns)}
        return [shipments.hit_of(s, (s.reference or "").casefold() in inbound) for s in found]

    def replace_parcels(self, reference: str, parcels: Sequence[ParcelSpec]) -> Shipment:
        """Write the packer's parcels to an unallocated consignment (read, modify, replace).

        The read is the scan's own when it is recent; the shipment returned is the document as
        written (the allocation that follows reads the consignment back from PRO anyway).
        """
        consignment = self._consignments.take(reference) or shipments.read_consignment(
            self._client, reference
        )
        state = ShipmentState.from_pro(shipments.state_text(consignment.consignment_state))
        if not state.needs_allocation:
            raise UserFacingError(
                f"{reference} is {consignment.consignment_state}: its parcels can only be changed "
                "before it is allocated."
            )
        request = m.UpdateConsignmentRequest.from_consignment(consignment)
        request.packages = packages_for(consignment.packages or [], parcels, consignment.value)
        self._client.update_consignment(request)
        return self._shipment(consignment.model_copy(update={"packages": request.packages}))

    # -- quotes and allocation ------------------------------------------------------------------

    def quotes(self, reference: str) -> QuoteList:
        """Return the quotes for an existing consignment."""
        return choices.quote_list(self._client.get_quotes_for_consignment(reference))

    def allocate_with_quote(self, reference: str, quote_reference: str) -> AllocationOutcome:
        """Allocate to the service of a quote."""
        answer = self._client.allocate_with_quote(reference, quote_reference)
        return self._watcher.outcome(reference, answer)

    def allocate_cheapest(self, reference: str) -> AllocationOutcome:
        """Allocate to the cheapest eligible service."""
        answer = self._client.allocate_with_cheapest_quote(reference)
        return self._watcher.outcome(reference, answer)

    def allocate_by_rules(self, reference: str) -> AllocationOutcome:
        """Allocate by the account's default rules."""
        return self._watcher.outcome(reference, self._client.allocate([reference]))

    # -- labels and documents -------------------------------------------------------------------

    def labels(self, reference: str, language: LabelLanguage, dpi: int) -> LabelFile:
        """Return every parcel label in one file; PNG is fetched without a resolution."""
        wanted_dpi = None if language is LabelLanguage.PNG else dpi
        document = self._client.get_labels(reference, _LABEL_FORMATS[language], wanted_dpi)
        received = _LANGUAGE_OF[document.format]
        if received is not language:
            raise ProResponseError(
                f"SortedPRO sent {received.value} labels for {reference} although "
                f"{language.value} was asked for."
            )
        return LabelFile(document.data, language, wanted_dpi)

    def customs_documents(self, reference: str) -> list[NamedPdf]:
        """Return commercial invoices first, then CN22 and CN23 forms."""
        found = []
        for named in self._client.get_customs_documents(reference).all:
            if named.document.format is not DocumentFormat.PDF:
                raise ProResponseError(
                    f"SortedPRO sent the customs document {named.name} of {reference} as "
                    f"{named.document.format.value}, not PDF."
                )
            found.append(NamedPdf(named.name, named.document.data))
        return found

    # -- bulk state changes ---------------------------------------------------------------------

    def set_ready_to_ship(self, references: Sequence[str]) -> list[BulkOutcome]:
        """Flag allocated consignments as packed; one outcome per distinct reference."""
        sent = outcomes.unique_references(references)
        if not sent:
            return []
        answer = self._client.set_ready_to_ship(sent)
        return outcomes.bulk_outcomes(sent, answer, "ready to ship")

    def manifest(self, references: Sequence[str]) -> list[BulkOutcome]:
        """Send consignments to their carriers; one outcome per distinct reference."""
        sent = outcomes.unique_references(references)
        if not sent:
            return []
        answer = self._client.manifest_consignments(sent)
        return outcomes.bulk_outcomes(sent, answer, "manifest")

    def cancel(self, reference: str) -> None:
        """Cancel a consignment; a ReadyToShip one is set back first, as PRO requires."""
        state = self._client.get_consignment_status(reference).state
        if state is m.ConsignmentState.READY_TO_SHIP:
            outcome = outcomes.bulk_outcomes(
                [reference], self._client.set_not_ready_to_ship([reference]), "not ready to ship"
            )
            if not outcome[0].succeeded:
                raise ProResponseError(
                    f"{reference} could not be taken off ready-to-ship: {outcome[0].message}"
                )
        try:
            self._client.cancel_consignment(reference)
        except ProRejectedError:
            # The client retries a cancel whose answer was lost; the retry is then refused
            # because the first one did cancel it. Cancelled is what was asked for.
            if self._client.get_consignment_status(reference).state is m.ConsignmentState.CANCELLED:
                return
            raise

    def manifest_location(self, location: str) -> str:
        """Queue every ReadyToShip consignment of ``location``; return PRO's counting message."""
        request = m.ManifestFromQueryRequest(
            states=[m.ConsignmentState.READY_TO_SHIP.value], shipping_location_references=[location]
        )
        result = self._client.manifest_from_query(request)
        failed = list(result.failed_consignments or [])
        message = (
            wording.sentence(result.message) or "SortedPRO queued the location's consignments."
        )
        return f"{message} Not queued: {', '.join(failed)}." if failed else message

    def customer_manifests(self, location: str, since: datetime) -> list[NamedPdf]:
        """Return the carrier manifest files of ``location`` created at or after ``since``."""
        floor = as_utc(since)
        files = []
        for info in self._client.get_customer_manifests(location):
            if not info.manifest_reference or (info.created and as_utc(info.created) < floor):
                continue
            document = self._client.get_customer_manifest(info.manifest_reference)
            name = info.manifest_file_name or f"{info.manifest_reference}.pdf"
            files.append(NamedPdf(name, document.data))
        return files

    # -- checkout options -----------------------------------------------------------------------

    def get_delivery_option(self, reference: str) -> ServiceChoice:
        """Return a delivery or pickup option offered at checkout (``EDO-...``)."""
        return choices.option_choice(reference, self._client.get_delivery_option(reference))

    def select_option(self, reference: str) -> AllocationOutcome:
        """Select an option: PRO creates and allocates the consignment."""
        summary = outcomes.judged(self._client.select_option(reference), f"selecting {reference}")
        created = outcomes.summary_reference(summary) or self._found_by_tracking(summary)
        if created is None:
            if outcomes.is_accepted(summary):
                raise ProResponseError(
                    f"SortedPRO selected {reference} but did not say which consignment it created."
                )
            said = wording.sentence(summary.description)
            return AllocationOutcome(False, "", said or f"{reference} failed.")
        return self._watcher.outcome(created, [summary])

    def create_from_option(
        self, reference: str, parcels: Sequence[ParcelSpec], client_reference: str
    ) -> str:
        """Create a consignment from an option that can no longer be selected (cut-off passed).

        The option's addresses and customs data travel over; the packages are the packer's.
        """
        detail = self._client.get_delivery_option(reference).consignment_detail
        if detail is None or not detail.addresses:
            raise ProResponseError(f"SortedPRO sent no addresses for option {reference}.")
        body: dict[str, object] = {
            "ConsignmentReferenceProvidedByCustomer": client_reference,
            "Addresses": [m.to_wire(address) for address in detail.addresses],
            "Packages": [m.to_wire(package) for package in packages_for([], parcels, detail.value)],
        }
        if detail.customs_documentation is not None:
            body["CustomsDocumentation"] = m.to_wire(detail.customs_documentation)
        return self._client.create_consignment(m.CreateConsignmentRequest.model_validate(body))

    def _found_by_tracking(self, summary: m.AllocationSummary) -> str | None:
        """Find the consignment of a summary without links by its first tracking number."""
        numbers = shipments.tracking_numbers(summary.consignment_legs)
        if not numbers:
            return None
        hits = self.find_by_tracking_number(numbers[0])
        return hits[0].reference if len(hits) == 1 else None

    # -- orders ---------------------------------------------------------------------------------

    def get_order(self, reference: str) -> Order:
        """Return an order (``EO-...``) waiting to be packed."""
        order = self._client.get_order(reference)
        self._orders.keep(reference, order)
        if order.order_reference:
            self._orders.keep(order.order_reference, order)
        return orders.order_of(order, reference)

    def consignments_packed_from(self, order_reference: str) -> list[str]:
        """Return the consignments PRO has packed from an order so far (by any station)."""
        response = self._client.order_consignments([order_reference])
        return orders.packed_consignments(response, order_reference)

    def pack_order(
        self, reference: str, parcels: Sequence[PackedParcel], client_reference: str
    ) -> str:
        """Pack order items into a new consignment carrying ``client_reference``; return it.

        The items are named from the order as read for the scan when that read is recent.
        """
        order = self._orders.take(reference) or self._client.get_order(reference)
        request = orders.pack_request(order, reference, parcels, client_reference)
        response = self._client.pack_order(reference, request)
        return orders.created_consignment(response, reference)
