"""ProShippingApi: manifesting a whole location and fetching the carrier manifests."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import httpx

from packstation.pro.bench import ProShippingApi
from packstation.pro.client import ProClient


def api_for(handler: httpx.MockTransport) -> ProShippingApi:
    client = ProClient("https://api.example.test", "key", transport=handler)
    return ProShippingApi(client, shipping_location="LOC-1")


def test_manifest_location_queues_ready_to_ship_at_the_location() -> None:
    sent: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        body = {
            "Message": "Query found 3 consignment(s). 2 successfully queued to manifest.",
            "FailedConsignments": ["EC-000-000-009"],
        }
        return httpx.Response(200, json=body)

    message = api_for(httpx.MockTransport(handler)).manifest_location("LOC-1")
    assert sent == [{"States": ["ReadyToShip"], "ShippingLocationReferences": ["LOC-1"]}]
    assert message.startswith("Query found 3") and message.endswith("Not queued: EC-000-000-009.")


def test_customer_manifests_since_the_shift_opened_are_fetched_as_pdfs() -> None:
    pdf = b"%PDF-1.4 manifest"
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path + "?" + request.url.query.decode())
        if request.url.path.endswith("/manifests"):
            return httpx.Response(
                200,
                json=[
                    {
                        "ManifestReference": "a" * 32,
                        "ManifestFileName": "old.pdf",
                        "Created": "2026-11-21T17:00:00",
                    },
                    {
                        "ManifestReference": "b" * 32,
                        "ManifestFileName": "LOC-1-today.pdf",
                        "Created": "2026-11-22T16:30:00+00:00",
                    },
                ],
            )
        return httpx.Response(200, json=base64.b64encode(pdf).decode())

    since = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
    files = api_for(httpx.MockTransport(handler)).customer_manifests("LOC-1", since)
    assert [(f.name, f.data) for f in files] == [("LOC-1-today.pdf", pdf)]
    assert paths == [
        "/consignments/customer/manifests?shippingLocationReference=LOC-1",
        f"/consignments/customer/manifest/{'b' * 32}?",
    ]
