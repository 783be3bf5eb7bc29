"""A minimal reference client: the station's PRO calls with raw httpx, the label over a raw socket.

It makes exactly the calls the station makes for each flow (counted at the sandbox by
``api_calls_per_pack.py``), parses only the JSON fields it needs, and talks to the printer the
way :class:`~packstation.printing.job.ZplPrinter` does (``~HS`` before, the label, ``~HS`` until
idle), with no journal, no models, no label check. What the station spends beyond this is its
own overhead. Each flow returns when the label's last byte was written and when it finished.
"""

from __future__ import annotations

import base64
import json
import socket
import time
from dataclasses import dataclass
from typing import Any

import httpx

STATUS_QUERY = b"~HS"
ETX = b"\x03"
TIMEOUT_S = 15.0


@dataclass(frozen=True)
class ReferenceTimes:
    """``perf_counter`` moments of one reference pack."""

    label_sent: float
    finished: float


class ReferenceClient:
    """Raw httpx against PRO and a raw socket to the printer."""

    def __init__(
        self, base_url: str, api_key: str, printer: tuple[str, int], poll_interval_s: float
    ) -> None:
        self._http = httpx.Client(
            base_url=base_url,
            timeout=TIMEOUT_S,
            headers={"ocp-apim-subscription-key": api_key, "electio-api-version": "1.1"},
        )
        self._printer = printer
        self._poll_interval_s = poll_interval_s

    def close(self) -> None:
        """Release the connection pool."""
        self._http.close()

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._http.request(method, path, **kwargs)
        response.raise_for_status()
        return response.json()

    # -- flows (same calls, in the same order, as the station) ---------------------------------

    def allocated(self, customer_reference: str) -> ReferenceTimes:
        """Scan of a shop's own reference whose consignment is allocated."""
        terms = {"referenceProvidedByCustomer": customer_reference}
        found = self._json("GET", "/consignments/50/0", params=terms)
        reference = found["ConsignmentSummaries"][0]["Reference"]
        consignment = self._json("GET", f"/consignments/{reference}")
        if consignment["ConsignmentState"] != "Allocated":
            raise RuntimeError(f"{reference} is {consignment['ConsignmentState']}")
        return self._labels_and_ready(reference)

    def quote(self, reference: str, weight_kg: float) -> ReferenceTimes:
        """Scan of an unallocated consignment, parcel weighed, allocated with the first quote."""
        document = self._json("GET", f"/consignments/{reference}")
        for package in document["Packages"]:
            package["Weight"] = {"Value": weight_kg, "Unit": "Kg"}
        self._json("PUT", "/consignments/", content=json.dumps(document))
        quotes = self._json("GET", f"/quotes/consignment/{reference}")["Quotes"]
        quote = quotes[0]["QuoteReference"]
        self._json("PUT", f"/allocation/{reference}/allocatewithquote/{quote}")
        self._json("GET", f"/consignments/{reference}")
        return self._labels_and_ready(reference)

    def option(self, option_reference: str) -> ReferenceTimes:
        """Scan of a checkout option, then select it."""
        self._json("GET", f"/deliveryoptions/details/{option_reference}")
        summary = self._json("POST", f"/deliveryoptions/select/{option_reference}")
        reference = summary["ApiLinks"][0]["Href"].rsplit("/", 1)[1]
        self._json("GET", f"/consignments/{reference}")
        return self._labels_and_ready(reference)

    # -- the shared tail -----------------------------------------------------------------------

    def _labels_and_ready(self, reference: str) -> ReferenceTimes:
        label_file = self._json("GET", f"/labels/{reference}/ZPL/203")["File"]
        zpl = base64.b64decode(label_file)
        if b"^XA" not in zpl:  # PRO may encode the label twice (SPEC 9)
            zpl = base64.b64decode(zpl)
        label_sent = self._print(zpl)
        self._json("PUT", "/consignments/setreadytoship", json=[reference])
        return ReferenceTimes(label_sent, time.perf_counter())

    def _print(self, zpl: bytes) -> float:
        with socket.create_connection(self._printer, timeout=TIMEOUT_S) as printer:
            if _status(printer)[4] != "000":
                raise RuntimeError("the printer holds labels before the job")
            printer.sendall(zpl)
            label_sent = time.perf_counter()
            while _status(printer)[4] != "000":
                time.sleep(self._poll_interval_s)
        return label_sent


def _status(printer: socket.socket) -> list[str]:
    """Ask ``~HS``; return the fields of its first line."""
    printer.sendall(STATUS_QUERY)
    received = b""
    while received.count(ETX) < 3:
        chunk = printer.recv(4096)
        if not chunk:
            raise RuntimeError("the printer closed the connection")
        received += chunk
    first = received.split(ETX, 1)[0].lstrip(b"\x02")
    return first.decode("ascii").split(",")
