"""Properties: a broken 200 answer from SortedPRO gives the project's own error in plain words.

Each documented response example is served through the real client (``ProClient`` over an
``httpx.MockTransport``) after hypothesis broke it: fields dropped, nulled, given the wrong type or
a 1 MB string, the body cut short, not JSON, not UTF-8, mislabelled, or empty. The call either
succeeds (the break did not matter) or raises a :class:`~packstation.errors.UserFacingError` whose
message is short, non-empty, free of debugging text and of the API key. Label answers get their
own breaks: invalid base64, base64 of base64 with garbage inside, the wrong format.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.pro import models as m
from packstation.pro.client import ProClient
from packstation.pro.documents import DocumentFormat
from packstation.pro.errors import ProResponseError
from packstation.pro.retry import RetryPolicy
from packstation.pro.search import SearchTerms
from tests.unit.pro.bad_bodies import (
    API_KEY,
    JSON_TYPE,
    Body,
    assert_operator_message,
    broken_bodies,
)

EC = "EC-000-05B-MMA"
# Bodies up to 1 MB are generated and parsed; hypothesis may call that slow, it is the point.
BROKEN = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


class ServedBody:
    """A transport that answers every request with the body the current example chose."""

    def __init__(self) -> None:
        self.body = Body(b"", None, "unset")

    def __call__(self, request: httpx.Request) -> httpx.Response:
        headers = {} if self.body.content_type is None else {"Content-Type": self.body.content_type}
        return httpx.Response(200, content=self.body.content, headers=headers)


@pytest.fixture(scope="module")
def served() -> ServedBody:
    return ServedBody()


@pytest.fixture(scope="module")
def client(served: ServedBody) -> Iterator[ProClient]:
    with ProClient(
        "https://pro.example.test",
        API_KEY,
        transport=httpx.MockTransport(served),
        retry_policy=RetryPolicy(max_retries=0, sleep=lambda _: None),
    ) as pro:
        yield pro


Call = Callable[[ProClient], Any]

ENDPOINTS: dict[str, tuple[str, Call]] = {
    "consignment": ("12_get_consignment_response.json", lambda c: c.get_consignment(EC)),
    "status": ("14_get_consignment_status_response.json", lambda c: c.get_consignment_status(EC)),
    "references": (
        "15_get_consignments_references_response.json",
        lambda c: c.find_consignment_references(SearchTerms(tracking_reference="T1")),
    ),
    "allocation": (
        "22_allocation_summary_response.json",
        lambda c: c.allocate_with_cheapest_quote(EC),
    ),
    "allocation with quote": (
        "24_allocate_with_quote_response.json",
        lambda c: c.allocate_with_quote(EC, "Q-1"),
    ),
    "select option": ("07_select_option_response.json", lambda c: c.select_option("EDO-1")),
    "create": (
        "09_create_consignment_response.json",
        lambda c: c.create_consignment(m.CreateConsignmentRequest(packages=[], addresses=[])),
    ),
    "ready to ship": ("33_set_ready_to_ship_response.json", lambda c: c.set_ready_to_ship([EC])),
    "manifest": ("30_manifest_consignments_response.json", lambda c: c.manifest_consignments([EC])),
    "manifest query": (
        "31_manifest_from_query_response.json",
        lambda c: c.manifest_from_query(m.ManifestFromQueryRequest(states=["ReadyToShip"])),
    ),
    "pack order": (
        "45_pack_order_response.json",
        lambda c: c.pack_order(
            "EO-000-000-001", m.PackOrderRequest(order_reference="EO-000-000-001", packages=[])
        ),
    ),
    "quotes": ("46_get_quotes_response.json", lambda c: c.get_quotes_for_consignment(EC)),
    "delivery options": (
        "01_delivery_options_response.json",
        lambda c: c.delivery_options(m.DeliveryOptionsRequest(packages=[], addresses=[])),
    ),
    "package events": (
        "37_get_events_per_package_response.json",
        lambda c: c.get_package_events(EC),
    ),
    "cancel list": ("20_cancel_consignments_response.json", lambda c: c.cancel_consignments([EC])),
}


def load(examples_dir: Path, name: str) -> Any:
    return json.loads((examples_dir / name).read_text(encoding="utf-8"))


def outcome(call: Call, client: ProClient) -> BaseException | None:
    """Run ``call``; return what it raised (anything at all), None when it succeeded."""
    try:
        call(client)
    except BaseException as error:  # noqa: BLE001 - the property is about what may escape
        return error
    return None


@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
def test_a_broken_answer_gives_an_operator_message_or_a_result(
    endpoint: str, examples_dir: Path, client: ProClient, served: ServedBody
) -> None:
    example, call = ENDPOINTS[endpoint]
    document = load(examples_dir, example)

    @BROKEN
    @given(body=broken_bodies(document))
    def check(body: Body) -> None:
        served.body = body
        error = outcome(call, client)
        if error is not None:
            assert_operator_message(error)

    check()


@pytest.mark.parametrize(
    "body",
    [
        Body(b"", JSON_TYPE, "empty"),
        Body(b"{", JSON_TYPE, "truncated"),
        Body(b"<html>Bad gateway</html>", "text/html", "html"),
        Body(b"\xff\xfe{}", JSON_TYPE, "not utf-8"),
    ],
    ids=repr,
)
def test_an_unusable_consignment_answer_is_a_response_error(
    body: Body, client: ProClient, served: ServedBody
) -> None:
    served.body = body
    with pytest.raises(ProResponseError) as caught:
        client.get_consignment(EC)
    assert_operator_message(caught.value)
    assert EC in caught.value.message


# -- labels --------------------------------------------------------------------------------------

ZPL = b"^XA^FO50,50^BCN,100^FDT1^FS^XZ^XA^FO50,50^BCN,100^FDT2^FS^XZ"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def b64(data: bytes) -> bytes:
    return base64.b64encode(data)


def label_body(file_value: Any, content_type: Any = "application/pdf") -> Body:
    answer = json.dumps({"File": file_value, "ContentType": content_type}).encode()
    return Body(answer, JSON_TYPE, "label")


not_base64 = st.text(min_size=1, max_size=200).filter(
    lambda t: any(
        c not in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \n" for c in t
    )
)


@st.composite
def broken_label_files(draw: st.DrawFn) -> Any:
    """Draw a ``File`` value that is not usable label data, in one of several ways."""
    label = draw(st.sampled_from([ZPL, PDF]))
    kind = draw(st.sampled_from(["text", "garbage inside", "cut", "unknown", "not text"]))
    if kind == "text":
        return draw(not_base64)
    if kind == "garbage inside":
        inner = bytearray(b64(label))
        at = draw(st.integers(min_value=0, max_value=len(inner) - 1))
        inner[at : at + 1] = draw(st.sampled_from([b"!", b"\x00", b"*", b"-", b"\xe2\x82\xac"]))
        return b64(bytes(inner)).decode()
    if kind == "cut":  # a cut PDF is left to the pre-print check, which renders it
        # Without its padding: cutting off only a "=" and adding it back would be no cut at all.
        once = b64(b64(ZPL)).rstrip(b"=")
        return once[: draw(st.integers(min_value=1, max_value=len(once) - 1))].decode() + "="
    if kind == "unknown":
        data = draw(st.binary(min_size=1, max_size=300).filter(lambda d: not d.startswith(b"%P")))
        return b64(b"GIF89a" + data).decode()
    return draw(st.one_of(st.integers(), st.lists(st.integers(), max_size=3), st.booleans()))


@BROKEN
@given(file_value=broken_label_files(), content_type=st.sampled_from(["application/pdf", None, 7]))
def test_broken_label_data_is_refused_in_words(
    file_value: Any, content_type: Any, client: ProClient, served: ServedBody
) -> None:
    served.body = label_body(file_value, content_type)
    error = outcome(lambda c: c.get_labels(EC, m.LabelFormat.ZPL, 203), client)
    assert error is not None, "broken label data was handed on as a label"
    assert_operator_message(error)


@BROKEN
@given(label=st.sampled_from([ZPL, PDF]), twice=st.booleans())
def test_good_label_data_still_decodes(
    label: bytes, twice: bool, client: ProClient, served: ServedBody
) -> None:
    encoded = b64(b64(label)) if twice else b64(label)
    served.body = label_body(encoded.decode())
    document = client.get_labels(EC, m.LabelFormat.ZPL, 203)
    assert document.data == label
    assert document.format in (DocumentFormat.ZPL, DocumentFormat.PDF)


@pytest.mark.parametrize("cut_at", [3, 20, len(ZPL) - 4])
def test_zpl_cut_short_is_refused(cut_at: int, client: ProClient, served: ServedBody) -> None:
    served.body = label_body(b64(ZPL[:cut_at]).decode())
    with pytest.raises(ProResponseError, match="cut short") as caught:
        client.get_labels(EC, m.LabelFormat.ZPL, 203)
    assert_operator_message(caught.value)


def test_an_answer_echoing_the_key_never_carries_it_on(
    examples_dir: Path, client: ProClient, served: ServedBody
) -> None:
    document = load(examples_dir, "12_get_consignment_response.json")
    document["ConsignmentReferenceProvidedByCustomer"] = f"sent {API_KEY} back"
    served.body = Body(json.dumps(document).encode(), JSON_TYPE, "echo")
    consignment = client.get_consignment(EC)
    assert consignment.consignment_reference_provided_by_customer == "sent *** back"
