"""A small stateful SortedPRO behind ``httpx.MockTransport``, whose answers a test can break.

It keeps PRO's state rules for one consignment and one checkout option: a consignment is updated
and allocated only while Unallocated, marked ready only when Allocated, and selecting the option
creates a new allocated consignment every time (PRO documents no protection against a repeat).
A call takes effect whatever answer is then sent: :meth:`ScriptedPro.break_next` swaps the next
answer of one route for a broken body, exactly as a faulty server or proxy would.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from tests.unit.pro.bad_bodies import JSON_TYPE, Body
from tests.unit.pro.test_bench_api import LOCATIONS, allocated_consignment

EC = "EC-000-000-001"
OPTION = "EDO-000-000-001"
SHOP_REFERENCE = "WEB-9"
TRACKING = ("T1", "T2")
EXAMPLE_REFERENCES = re.compile(r"EC-000-05B-MM[AQ]")


def label_zpl(tracking_numbers: tuple[str, ...] = TRACKING) -> bytes:
    """Return one ZPL label per tracking number, each with its Code 128 barcode."""
    return b"".join(f"^XA^FO50,50^BCN,100^FD{number}^FS^XZ".encode() for number in tracking_numbers)


def good_label_answer(tracking_numbers: tuple[str, ...] = TRACKING) -> dict[str, Any]:
    """Return Get Labels' answer: the ZPL base64-encoded, as PRO sends it."""
    encoded = base64.b64encode(label_zpl(tracking_numbers)).decode()
    return {"File": encoded, "ContentType": "text/plain"}


@dataclass
class Consignment:
    """One consignment as the scripted PRO keeps it."""

    reference: str
    state: str
    customer_reference: str
    created: datetime
    labels_printed: bool = False
    """PRO's flag: set once its labels have been fetched."""


@dataclass
class ScriptedPro:
    """PRO for the engine tests; see the module docstring."""

    examples_dir: Path
    now: datetime
    consignments: dict[str, Consignment] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    broken: dict[str, tuple[int, Body]] = field(default_factory=dict)

    def add(self, reference: str, state: str) -> None:
        """Add a consignment of two parcels in ``state``."""
        self.consignments[reference] = Consignment(reference, state, SHOP_REFERENCE, self.now)

    def break_next(self, route: str, body: Body, *, skip: int = 0) -> None:
        """Answer a coming call of ``route`` with ``body`` (the call still takes effect).

        ``skip`` good answers are sent first.
        """
        self.broken[route] = (skip, body)

    def count(self, route: str) -> int:
        """How many calls of ``route`` reached PRO."""
        return self.requests.count(route)

    # -- the transport ----------------------------------------------------------------------

    def handler(self, request: httpx.Request) -> httpx.Response:
        """Serve one request: route it, apply its effect, answer (broken when scripted)."""
        route, reference = _route(request)
        self.requests.append(route)
        status, answer = self._answer(route, reference, request)
        broken = self._broken_answer(route) if status == 200 else None
        if broken is not None:
            headers = {} if broken.content_type is None else {"Content-Type": broken.content_type}
            return httpx.Response(200, content=broken.content, headers=headers)
        return httpx.Response(status, json=answer)

    def _broken_answer(self, route: str) -> Body | None:
        skip, body = self.broken.get(route, (0, None))
        if body is None:
            return None
        if skip:
            self.broken[route] = (skip - 1, body)
            return None
        del self.broken[route]
        return body

    def _answer(self, route: str, reference: str, request: httpx.Request) -> tuple[int, Any]:
        found = self.consignments.get(reference)
        if route == "locations":
            return 200, LOCATIONS
        if route == "option":
            return 200, self._option()
        if route == "select":
            created = f"EC-000-000-0S{self.count('select')}"
            self.add(created, "Allocated")
            return 200, self._example("07_select_option_response.json", created)
        if route == "search":
            return 200, self._search(request.url.params)
        if found is None:
            return 404, {"Code": "NotFound", "Message": f"{reference} does not exist"}
        if route == "read":
            return 200, self._document(found)
        if route in ("update", "allocate") and found.state != "Unallocated":
            return 400, {"Code": "InvalidState", "Message": f"{reference} is {found.state}"}
        if route == "update":
            return 200, self._example("17_update_consignment_response.json", reference)
        if route == "allocate":
            found.state = "Allocated"
            return 200, self._example("22_allocation_summary_response.json", reference)
        if route == "labels":
            found.labels_printed = True
            return 200, good_label_answer()
        if route == "customs":  # asked when a broken read hid the destination country
            return 200, {}
        if found.state == "Allocated":  # ready to ship
            found.state = "ReadyToShip"
        return 200, [{"IsSuccess": True, "Message": "Marked ready to ship", "Data": reference}]

    def _example(self, name: str, reference: str) -> Any:
        text = (self.examples_dir / name).read_text(encoding="utf-8")
        return json.loads(EXAMPLE_REFERENCES.sub(reference, text).replace("EC-000-087-01A", EC))

    def _document(self, consignment: Consignment) -> dict[str, Any]:
        document = allocated_consignment(
            consignment.reference,
            ConsignmentState=consignment.state,
            ConsignmentReferenceProvidedByCustomer=consignment.customer_reference,
            DateCreated=consignment.created.isoformat(),
            LabelsPrinted=consignment.labels_printed,
        )
        if consignment.state == "Unallocated":
            for package in document["Packages"]:
                package.pop("ConsignmentLegs")
            document.update(ConsignmentLegs=[], Allocation=None, LabelsPrinted=False)
        return document

    def _search(self, params: httpx.QueryParams) -> dict[str, Any]:
        wanted = params.get("referenceProvidedByCustomer")
        hits = [
            {
                "Reference": c.reference,
                "State": c.state,
                "ConsignmentReferenceProvidedByCustomer": c.customer_reference,
                "DateCreated": c.created.isoformat(),
                "Direction": "Outbound",
            }
            for c in self.consignments.values()
            if wanted is not None and c.customer_reference == wanted
        ]
        return {"Count": len(hits), "ConsignmentSummaries": hits}

    def _option(self) -> dict[str, Any]:
        return {
            "Reference": OPTION,
            "ConsignmentDetail": {
                "Reference": "EPC-000-000-001",
                "ConsignmentReferenceProvidedByCustomer": SHOP_REFERENCE,
                "Weight": {"Kg": 0.9},
                "Addresses": [{"AddressType": "Destination", "AddressLine1": "1 Road"}],
            },
            "DeliveryOption": {
                "Reference": OPTION,
                "Carrier": "DPD UK",
                "CarrierService": "Next Day",
                "CarrierServiceReference": "DPD_NEXTDAY",
                "Price": {"Net": 5, "Gross": 6.0, "Currency": {"IsoCode": "GBP"}},
                "AllocationCutOff": "2026-11-23T17:00:00+00:00",
            },
        }


_ROUTES = (
    ("GET", re.compile(r"^/shippinglocations$"), "locations"),
    ("GET", re.compile(r"^/deliveryoptions/details/(?P<ref>[^/]+)$"), "option"),
    ("POST", re.compile(r"^/deliveryoptions/select/(?P<ref>[^/]+)$"), "select"),
    ("GET", re.compile(r"^/consignments/\d+/\d+$"), "search"),
    ("GET", re.compile(r"^/consignments/(?P<ref>EC-[^/]+)$"), "read"),
    ("PUT", re.compile(r"^/consignments$"), "update"),
    ("PUT", re.compile(r"^/allocation/(?P<ref>[^/]+)/allocatewithcheapestquote$"), "allocate"),
    ("GET", re.compile(r"^/labels/(?P<ref>[^/]+)/ZPL/203$"), "labels"),
    ("GET", re.compile(r"^/consignments/docs/(?P<ref>[^/]+)$"), "customs"),
    ("PUT", re.compile(r"^/consignments/setreadytoship$"), "ready"),
)


def _route(request: httpx.Request) -> tuple[str, str]:
    """Return the route name and the consignment reference a request is about."""
    path = request.url.path.rstrip("/") or "/"
    for method, pattern, name in _ROUTES:
        match = pattern.match(path)
        if request.method == method and match:
            reference = match.groupdict().get("ref") or ""
            if name == "update":
                reference = json.loads(request.content).get("Reference", "")
            if name == "ready":
                reference = (json.loads(request.content) or [""])[0]
            return name, reference
    raise AssertionError(f"the engine called {request.method} {path}, which PRO does not have")


__all__ = ["EC", "JSON_TYPE", "OPTION", "ScriptedPro", "good_label_answer", "label_zpl"]
