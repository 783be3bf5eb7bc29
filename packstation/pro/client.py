"""``ProClient``: one typed method per SortedPRO endpoint the station uses.

Each method names its path and how safe it is to repeat (:class:`CallSafety`); the exchange,
error mapping and retries live in :mod:`packstation.pro.http`, the response shapes in
:mod:`packstation.pro.models`. Create, select, pack, allocate and manifest calls are never retried
here: after a lost answer the services layer looks the object up before deciding to call again.
The client is thread-safe: all methods share one :class:`httpx.Client`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from packstation.pro import models as m
from packstation.pro.documents import (
    CustomsDocumentSet,
    Document,
    NamedDocument,
    decode_document,
    document_from_bytes,
)
from packstation.pro.errors import ProNotFoundError, ProRejectedError, ProResponseError
from packstation.pro.http import DEFAULT_MAX_BODY_BYTES, ProHttp, RawReply
from packstation.pro.models.base import to_wire
from packstation.pro.retry import CallSafety, RetryPolicy
from packstation.pro.search import SearchTerms

T = TypeVar("T")

READ, IDEMPOTENT, UNSAFE = CallSafety.READ, CallSafety.IDEMPOTENT, CallSafety.UNSAFE
DEFAULT_TIMEOUT_S = 15.0
DEFAULT_CONNECT_TIMEOUT_S = 3.0


@functools.cache
def _adapter(type_: Any) -> TypeAdapter[Any]:
    return TypeAdapter(type_)


def _segment(value: str) -> str:
    """Quote one path segment so a scanned value can never change the path."""
    return quote(value.strip(), safe="")


class ProClient:
    """Typed client for the SortedPRO Consignments API v1.1.

    ``timeout_s`` bounds reading an answer, ``connect_timeout_s`` opening the connection;
    ``max_retries`` applies to reads and idempotent calls only.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
        max_retries: int = 3,
        retry_policy: RetryPolicy | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        policy = retry_policy or RetryPolicy(max_retries=max_retries)
        self.base_url = base_url.rstrip("/")
        self._http = ProHttp(
            base_url,
            api_key,
            transport=transport,
            timeout_s=timeout_s,
            connect_timeout_s=connect_timeout_s,
            retry_policy=policy,
            max_body_bytes=max_body_bytes,
        )

    def __repr__(self) -> str:
        return f"ProClient({self.base_url!r})"

    def open(self) -> None:
        """Make the HTTP client now rather than on the first call (see :class:`ProHttp`)."""
        self._http.open()

    def close(self) -> None:
        """Release the connection pool."""
        self._http.close()

    def __enter__(self) -> ProClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        safety: CallSafety,
        body: BaseModel | list[str] | None = None,
        params: dict[str, str] | None = None,
    ) -> RawReply:
        payload = to_wire(body) if isinstance(body, BaseModel) else body
        return self._http.request(method, path, safety=safety, body=payload, params=params)

    def _parse(self, reply: RawReply, type_: Any, what: str) -> Any:
        if not reply.content.strip():
            raise ProResponseError(f"SortedPRO sent an empty answer for {what}.")
        if not reply.is_json:
            raise ProResponseError(
                f"SortedPRO answered {what} with {reply.content_type} instead of JSON."
            )
        try:
            return _adapter(type_).validate_json(reply.content)
        except ValidationError as error:
            first = error.errors()[0]
            if first["type"] == "json_invalid":
                raise ProResponseError(
                    f"SortedPRO's answer for {what} is not valid JSON."
                ) from None
            where = ".".join(str(part) for part in first["loc"]) or "the top level"
            raise ProResponseError(
                f"SortedPRO's answer for {what} is not in the expected shape "
                f"({where}: {first['msg']})."
            ) from None

    def _model(self, reply: RawReply, model: type[T], what: str) -> T:
        result: T = self._parse(reply, model, what)
        return result

    def _models(self, reply: RawReply, model: type[T], what: str) -> list[T]:
        result: list[T] = self._parse(reply, list[model], what)  # type: ignore[valid-type]
        return result

    def _created_reference(self, reply: RawReply, what: str) -> str:
        for link in reversed(self._models(reply, m.ApiLink, what)):
            reference = link.last_segment
            if reference:
                return reference
        raise ProResponseError(f"SortedPRO did not say which reference it created for {what}.")

    def _document(self, reply: RawReply, what: str) -> Document:
        """Read a byte-array answer: a JSON string of base64, or the raw file itself."""
        if reply.is_json and reply.content.lstrip()[:1] in (b'"', b"{"):
            decoded = self._parse(reply, str | m.LabelFile, what)
            if isinstance(decoded, str):
                return decode_document(decoded, what=what)
            return decode_document(decoded.file or "", content_type=decoded.content_type, what=what)
        return document_from_bytes(reply.content, content_type=reply.content_type, what=what)

    # -- delivery and pickup options (SPEC 6.1) -------------------------------------------------

    def delivery_options(self, request: m.DeliveryOptionsRequest) -> m.DeliveryOptionsResponse:
        """Return the delivery options for a consignment that does not exist yet."""
        reply = self._call("POST", "/deliveryoptions", READ, request)
        return self._model(reply, m.DeliveryOptionsResponse, "delivery options")

    def delivery_option_summary(self, request: m.DeliveryOptionsRequest) -> m.DeliveryOptionSummary:
        """Return only the dates that have delivery options."""
        reply = self._call("POST", "/deliveryoptions/summary", READ, request)
        return self._model(reply, m.DeliveryOptionSummary, "the delivery option summary")

    def get_delivery_option(self, option_reference: str) -> m.ExistingDeliveryOption:
        """Return an option offered earlier (``EDO-...``) with the consignment it was for."""
        path = f"/deliveryoptions/details/{_segment(option_reference)}"
        reply = self._call("GET", path, READ)
        return self._model(reply, m.ExistingDeliveryOption, f"delivery option {option_reference}")

    def pickup_options(self, request: m.PickupOptionsRequest) -> m.PickupOptionsResponse:
        """Return pickup locations near the destination with their options."""
        reply = self._call("POST", "/deliveryoptions/pickupoptions/", READ, request)
        return self._model(reply, m.PickupOptionsResponse, "pickup options")

    def select_option(self, option_reference: str) -> m.AllocationSummary:
        """Select an option: PRO creates the consignment and allocates it. Never retried."""
        path = f"/deliveryoptions/select/{_segment(option_reference)}"
        reply = self._call("POST", path, UNSAFE)
        return self._model(reply, m.AllocationSummary, f"selecting {option_reference}")

    def select_option_as_order(
        self, request: m.SelectOptionAsOrderRequest
    ) -> m.SelectOrderResponse:
        """Turn selected options into orders (one per option). Never retried."""
        reply = self._call("POST", "/deliveryoptions/selectorder", UNSAFE, request)
        return self._model(reply, m.SelectOrderResponse, "selecting options as orders")

    # -- consignments (SPEC 6.2) ----------------------------------------------------------------

    def create_consignment(self, request: m.CreateConsignmentRequest) -> str:
        """Create a consignment (state Unallocated) and return its ``EC-`` reference."""
        reply = self._call("POST", "/consignments", UNSAFE, request)
        return self._created_reference(reply, "the new consignment")

    def get_consignment(self, reference: str) -> m.Consignment:
        """Return the full consignment."""
        reply = self._call("GET", f"/consignments/{_segment(reference)}", READ)
        return self._model(reply, m.Consignment, f"consignment {reference}")

    def get_consignment_status(self, reference: str) -> m.ConsignmentStatus:
        """Return the lightweight status of a consignment."""
        reply = self._call("GET", f"/consignments/{_segment(reference)}/status", READ)
        return self._model(reply, m.ConsignmentStatus, f"the status of {reference}")

    def find_consignment_references(self, terms: SearchTerms) -> list[str]:
        """Return the references of every consignment matching all ``terms``."""
        reply = self._call(
            "GET", "/consignments/getConsignmentReferences", READ, params=terms.to_params()
        )
        return self._models(reply, str, "the consignment search")

    def search_consignments(
        self, terms: SearchTerms, *, take: int = 50, skip: int = 0
    ) -> m.ConsignmentSearchResult:
        """Return one page of consignment summaries matching all ``terms``."""
        if take < 1 or skip < 0:
            raise ValueError("take must be at least 1 and skip at least 0")
        reply = self._call("GET", f"/consignments/{take}/{skip}", READ, params=terms.to_params())
        return self._model(reply, m.ConsignmentSearchResult, "the consignment search")

    def update_consignment(self, request: m.UpdateConsignmentRequest) -> list[m.ApiLink]:
        """Replace a consignment whole (fields left out are deleted by PRO)."""
        reply = self._call("PUT", "/consignments/", IDEMPOTENT, request)
        return self._links_or_empty(reply, f"updating {request.reference}")

    def add_package(self, reference: str, package: m.Package) -> m.Package:
        """Add a package to an unallocated consignment; returns it with its ``EP-`` reference."""
        path = f"/consignments/{_segment(reference)}/addpackage"
        reply = self._call("POST", path, UNSAFE, package)
        return self._model(reply, m.Package, f"the package added to {reference}")

    def delete_package(self, package_reference: str) -> None:
        """Delete a package of an unallocated consignment (not its last one)."""
        self._call("DELETE", f"/packages/{_segment(package_reference)}", UNSAFE)

    def cancel_consignment(self, reference: str) -> None:
        """Cancel one consignment."""
        self._call("PUT", f"/consignments/{_segment(reference)}/cancel", IDEMPOTENT)

    def cancel_consignments(self, references: Sequence[str]) -> list[m.BulkResult]:
        """Cancel several consignments; check each result's ``is_success``."""
        return self._bulk("PUT", "/consignments/cancellist", references, "cancelling")

    def set_ready_to_ship(self, references: Sequence[str]) -> list[m.BulkResult]:
        """Flag allocated consignments as ready for the next manifest."""
        return self._bulk("PUT", "/consignments/setreadytoship", references, "ready to ship")

    def set_not_ready_to_ship(self, references: Sequence[str]) -> list[m.BulkResult]:
        """Return ready-to-ship consignments to Allocated."""
        path = "/consignments/setnotreadytoship"
        return self._bulk("PUT", path, references, "not ready to ship")

    def dispatch_consignments(self, references: Sequence[str]) -> list[m.DispatchResult]:
        """Mark manifested consignments as dispatched."""
        body = m.DispatchRequest(consignment_references=list(references))
        reply = self._call("PUT", "/consignments/Dispatch", IDEMPOTENT, body)
        return self._models(reply, m.DispatchResult, "dispatching")

    def _bulk(
        self, method: str, path: str, references: Sequence[str], what: str
    ) -> list[m.BulkResult]:
        reply = self._call(method, path, IDEMPOTENT, list(references))
        return self._models(reply, m.BulkResult, what)

    def _links_or_empty(self, reply: RawReply, what: str) -> list[m.ApiLink]:
        if not reply.content.strip():
            return []
        return self._models(reply, m.ApiLink, what)

    # -- quotes (SPEC 6.3) ----------------------------------------------------------------------

    def get_quotes(self, request: m.CreateConsignmentRequest) -> m.QuoteResult:
        """Quote a consignment that does not exist yet (nothing is created)."""
        reply = self._call("POST", "/quotes/", READ, request)
        return self._model(reply, m.QuoteResult, "quotes")

    def get_service_group_quotes(
        self, request: m.CreateConsignmentRequest
    ) -> list[m.ServiceGroupQuoteResult]:
        """Quote per carrier service group."""
        reply = self._call("POST", "/quotes/serviceGroups", READ, request)
        return self._models(reply, m.ServiceGroupQuoteResult, "service group quotes")

    def get_quotes_for_consignment(self, reference: str) -> m.QuoteResult:
        """Quote an existing consignment."""
        reply = self._call("GET", f"/quotes/consignment/{_segment(reference)}", READ)
        return self._model(reply, m.QuoteResult, f"quotes for {reference}")

    # -- allocation (SPEC 6.4); never retried -------------------------------------------------

    def allocate(self, references: Sequence[str]) -> list[m.AllocationSummary]:
        """Allocate by the account's default rules (cheapest eligible service)."""
        body = m.AllocateRequest(consignment_references=list(references))
        return self._allocation("/allocation/allocate", body, "allocating")

    def allocate_with_quote(
        self, reference: str, quote_reference: str
    ) -> list[m.AllocationSummary]:
        """Allocate to the service of a quote the packer picked."""
        path = f"/allocation/{_segment(reference)}/allocatewithquote/{_segment(quote_reference)}"
        return self._allocation(path, None, f"allocating {reference} with a quote")

    def allocate_with_cheapest_quote(self, reference: str) -> list[m.AllocationSummary]:
        """Allocate one consignment to its cheapest eligible service."""
        path = f"/allocation/{_segment(reference)}/allocatewithcheapestquote"
        return self._allocation(path, None, f"allocating {reference}")

    def allocate_with_carrier_service(
        self, service_reference: str, references: Sequence[str]
    ) -> list[m.AllocationSummary]:
        """Allocate consignments to one named carrier service."""
        body = m.AllocateWithCarrierServiceRequest(
            mpd_carrier_service_reference=service_reference,
            consignment_references=list(references),
        )
        return self._allocation("/allocation/allocatewithcarrierservice", body, "allocating")

    def allocate_with_service_group(
        self, reference: str, group_reference: str
    ) -> list[m.AllocationSummary]:
        """Allocate one consignment to the cheapest service of a service group."""
        path = (
            f"/allocation/{_segment(reference)}/allocatewithservicegroup/"
            f"{_segment(group_reference)}"
        )
        return self._allocation(path, None, f"allocating {reference} in a service group")

    def _allocation(
        self, path: str, body: BaseModel | None, what: str
    ) -> list[m.AllocationSummary]:
        reply = self._call("PUT", path, UNSAFE, body)
        return self._models(reply, m.AllocationSummary, what)

    def deallocate(self, reference: str) -> None:
        """Return an allocated (or manifested) consignment to Unallocated."""
        self._call("PUT", f"/consignments/{_segment(reference)}/deallocate", IDEMPOTENT)

    def deallocate_consignments(self, references: Sequence[str]) -> list[m.BulkResult]:
        """Deallocate several consignments; check each result's ``is_success``."""
        return self._bulk("PUT", "/consignments/deallocatelist", references, "deallocating")

    # -- labels and documents (SPEC 6.5, 6.6) ---------------------------------------------------

    def get_labels(
        self, reference: str, label_format: m.LabelFormat | None = None, dpi: int | None = None
    ) -> Document:
        """Return every package label of a consignment in one file, format sniffed."""
        path = f"/labels/{_segment(reference)}" + _format_suffix(label_format, dpi)
        return self._label(self._call("GET", path, READ), f"the labels of {reference}")

    def get_package_label(
        self,
        reference: str,
        package_reference: str,
        label_format: m.LabelFormat | None = None,
        dpi: int | None = None,
    ) -> Document:
        """Return the label of one package (for reprinting a single damaged label)."""
        path = f"/labels/package/{_segment(reference)}/{_segment(package_reference)}"
        path += _format_suffix(label_format, dpi)
        return self._label(self._call("GET", path, READ), f"the label of {package_reference}")

    def _label(self, reply: RawReply, what: str) -> Document:
        label_file = self._model(reply, m.LabelFile, what)
        if not label_file.file:
            raise ProResponseError(f"SortedPRO sent no file for {what}.")
        return decode_document(label_file.file, content_type=label_file.content_type, what=what)

    def get_customs_documents(self, reference: str) -> CustomsDocumentSet:
        """Return the commercial invoices and CN22/CN23 forms of a consignment, decoded."""
        what = f"the customs documents of {reference}"
        reply = self._call("GET", f"/consignments/docs/{_segment(reference)}", READ)
        wire = self._model(reply, m.CustomsDocuments, what)

        def decoded(entries: list[m.KeyValuePair] | None, kind: str) -> list[NamedDocument]:
            return [
                NamedDocument(entry.key or kind, decode_document(entry.value or "", what=kind))
                for entry in entries or []
            ]

        return CustomsDocumentSet(
            commercial_invoices=decoded(wire.commercial_invoice_documents, "commercial invoice"),
            cn22=decoded(wire.cn22_documents, "CN22 form"),
            cn23=decoded(wire.cn23_documents, "CN23 form"),
        )

    def get_commercial_invoice(self, reference: str) -> Document:
        """Return the commercial invoice PDF of a consignment."""
        path = f"/consignments/docs/commercialinvoice/{_segment(reference)}"
        return self._document(self._call("GET", path, READ), "the commercial invoice")

    # -- manifesting (SPEC 6.7); never retried --------------------------------------------------

    def manifest_consignments(self, references: Sequence[str]) -> list[m.BulkResult]:
        """Send consignments to their carriers; check each result's ``is_success``."""
        body = m.ManifestConsignmentsRequest(consignment_references=list(references))
        reply = self._call("PUT", "/consignments/manifest", UNSAFE, body)
        return self._models(reply, m.BulkResult, "manifesting")

    def manifest_from_query(self, request: m.ManifestFromQueryRequest) -> m.ManifestFromQueryResult:
        """Queue every consignment matching the query for manifesting.

        SPEC 9 #1: POST is documented most reliably; a 404 or 405 (route not there, so nothing was
        queued) is answered by sending the same request once with PUT.
        """
        path = "/consignments/manifestFromQuery"
        try:
            reply = self._call("POST", path, UNSAFE, request)
        except ProRejectedError as error:
            if error.status_code not in (404, 405):
                raise
            reply = self._call("PUT", path, UNSAFE, request)
        return self._model(reply, m.ManifestFromQueryResult, "manifesting from a query")

    def get_customer_manifests(
        self, shipping_location_reference: str | None = None
    ) -> list[m.ManifestFileInfo]:
        """List the manifest files, optionally for one shipping location (bare array or wrapper)."""
        params = (
            {"shippingLocationReference": shipping_location_reference}
            if shipping_location_reference
            else None
        )
        reply = self._with_fallback(
            "/consignments/customer/manifests", "/consignments/manifests", params
        )
        parsed = self._parse(reply, list[m.ManifestFileInfo] | m.CustomerManifests, "manifests")
        return parsed if isinstance(parsed, list) else list(parsed.manifests or [])

    def get_customer_manifest(self, manifest_reference: str) -> Document:
        """Return one manifest file (a PDF for the driver)."""
        ref = _segment(manifest_reference)
        reply = self._with_fallback(
            f"/consignments/customer/manifest/{ref}", f"/consignments/manifest/{ref}", None
        )
        return self._document(reply, f"manifest {manifest_reference}")

    def _with_fallback(
        self, path: str, fallback_path: str, params: dict[str, str] | None
    ) -> RawReply:
        """GET ``path``; on 404 try the SDK's spelling of the same read (SPEC 9 #4)."""
        try:
            return self._call("GET", path, READ, params=params)
        except ProNotFoundError:
            return self._call("GET", fallback_path, READ, params=params)

    # -- orders (SPEC 6.8) ----------------------------------------------------------------------

    def create_order(self, request: m.CreateOrderRequest) -> str:
        """Create an order and return its ``EO-`` reference. Never retried."""
        reply = self._call("POST", "/orders", UNSAFE, request)
        return self._created_reference(reply, "the new order")

    def get_order(self, order_reference: str) -> m.Order:
        """Return an order with its packages and items."""
        reply = self._call("GET", f"/orders/{_segment(order_reference)}", READ)
        return self._model(reply, m.Order, f"order {order_reference}")

    def update_order(self, request: m.UpdateOrderRequest) -> list[m.ApiLink]:
        """Replace an order's details (packages are managed by packing, not here)."""
        path = f"/orders/{_segment(request.order_reference or '')}"
        if not request.order_reference:
            raise ValueError("update_order needs the order's reference")
        reply = self._call("PUT", path, IDEMPOTENT, request)
        return self._links_or_empty(reply, f"updating {request.order_reference}")

    def pack_order(self, order_reference: str, request: m.PackOrderRequest) -> m.PackOrderResponse:
        """Pack some of an order's items into a new consignment. Never retried."""
        path = f"/orders/{_segment(order_reference)}/pack"
        reply = self._call("POST", path, UNSAFE, request)
        return self._model(reply, m.PackOrderResponse, f"packing {order_reference}")

    def order_consignments(self, order_references: Sequence[str]) -> m.OrderConsignmentsResponse:
        """Return the consignments already packed from each order [SDK only]; a read."""
        request = m.OrderConsignmentsRequest(order_references=list(order_references))
        reply = self._call("PUT", "/orders/consignments", READ, request)
        what = "the consignments packed from " + ", ".join(order_references)
        return self._model(reply, m.OrderConsignmentsResponse, what)

    # -- reference data and tracking (SPEC 6.9, 6.10) -------------------------------------------

    def shipping_locations(self, *, assigned_only: bool = False) -> list[m.ShippingLocation]:
        """Return the company's shipping locations (or only those assigned to this user)."""
        path = "/shippinglocations/assigned" if assigned_only else "/shippinglocations"
        return self._models(self._call("GET", path, READ), m.ShippingLocation, "locations")

    def package_sizes(self) -> list[m.PackageSize]:
        """Return the account's predefined box sizes."""
        reply = self._call("GET", "/packagesizes", READ)
        return self._models(reply, m.PackageSize, "package sizes")

    def carriers(self) -> list[m.Carrier]:
        """Return the carriers of the account."""
        reply = self._call("GET", "/carriers/getcarriers", READ)
        return self._models(reply, m.Carrier, "carriers")

    def carrier_services(self) -> list[m.CarrierService]:
        """Return the carrier services available to the account."""
        reply = self._call("GET", "/carrierservices", READ)
        return self._models(reply, m.CarrierService, "carrier services")

    def get_tracking(self, reference: str) -> m.TrackingResponse:
        """Return the carrier tracking events of a consignment, per package and leg."""
        reply = self._call("GET", f"/tracking/{_segment(reference)}", READ)
        return self._model(reply, m.TrackingResponse, f"tracking of {reference}")

    def get_package_events(self, reference: str) -> m.PackageEventsResponse:
        """Return the tracking events of a consignment flattened per package."""
        reply = self._call("GET", f"/tracking/flattened/{_segment(reference)}", READ)
        return self._model(reply, m.PackageEventsResponse, f"package events of {reference}")


def _format_suffix(label_format: m.LabelFormat | None, dpi: int | None) -> str:
    if label_format is None:
        if dpi is not None:
            raise ValueError("a label resolution needs a label format")
        return ""
    value = m.LabelFormat(label_format).value
    if dpi is None:
        return f"/{value}"
    if value == "PNG":
        raise ValueError("PRO does not offer PNG labels at a chosen resolution")
    if dpi <= 0:
        raise ValueError("dpi must be positive")
    return f"/{value}/{dpi}"


__all__ = ["ProClient"]
