"""ProShippingApi reads each document once per pack: the scan's read serves the write after it."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from packstation.domain.orders import PackedParcel
from packstation.domain.shipment import ParcelSpec
from packstation.errors import RemoteRejectedError
from packstation.pro.bench import ProShippingApi
from packstation.pro.bench.recent import RecentReads
from packstation.pro.client import ProClient
from packstation.pro.retry import RetryPolicy
from tests.unit.pro.test_bench_api import (
    BASE,
    LOCATIONS,
    SUMMARY,
    FakePro,
    script_update,
    unallocated,
)
from tests.unit.pro.test_bench_api_flows import ORDER, order_body

REF = "EC-000-000-001"
BOX = ParcelSpec(Decimal("1.2"), size_reference="BOX-S")


class SteppedClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now_s = 100.0

    def __call__(self) -> float:
        return self.now_s


def _api(pro: FakePro, max_age_s: float = 120.0) -> Iterator[ProShippingApi]:
    client = ProClient(
        BASE,
        "key",
        transport=httpx.MockTransport(pro.handler),
        retry_policy=RetryPolicy(max_retries=0, sleep=lambda _: None),
    )
    with client:
        yield ProShippingApi(
            client, shipping_location="Sorted1", sleep=lambda _: None, document_max_age_s=max_age_s
        )


@pytest.fixture
def pro() -> FakePro:
    return FakePro()


@pytest.fixture
def api(pro: FakePro) -> Iterator[ProShippingApi]:
    yield from _api(pro)


def test_parcels_written_after_a_scan_reuse_the_scans_read(
    api: ProShippingApi, pro: FakePro
) -> None:
    script_update(pro, unallocated())
    api.get_shipment(REF)

    shipment = api.replace_parcels(REF, [BOX])

    assert len(pro.sent("GET", f"/consignments/{REF}")) == 1
    assert [p.weight_kg for p in shipment.parcels] == [Decimal("1.2")]
    assert shipment.reference == REF and shipment.state_name == "Unallocated"
    sent = pro.body("PUT", "/consignments")
    assert sent["Tags"] == ["fragile"] and sent["Packages"][0]["Reference"] == "EP-000-000-001"


def test_a_second_write_reads_again(api: ProShippingApi, pro: FakePro) -> None:
    script_update(pro, unallocated())
    api.get_shipment(REF)
    api.replace_parcels(REF, [BOX])
    api.replace_parcels(REF, [BOX, BOX])
    assert len(pro.sent("GET", f"/consignments/{REF}")) == 2


def test_a_refused_write_is_not_built_on_again(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", f"/consignments/{REF}", unallocated())
    pro.on("GET", "/shippinglocations", LOCATIONS)
    pro.on("PUT", "/consignments", {"Code": "BadRequest", "Message": "no"}, status=400)
    api.get_shipment(REF)
    with pytest.raises(RemoteRejectedError):
        api.replace_parcels(REF, [BOX])
    with pytest.raises(RemoteRejectedError):
        api.replace_parcels(REF, [BOX])
    assert len(pro.sent("GET", f"/consignments/{REF}")) == 2


def test_an_old_read_is_not_trusted(pro: FakePro) -> None:
    script_update(pro, unallocated())
    for api in _api(pro, max_age_s=0.0):
        api.get_shipment(REF)
        api.replace_parcels(REF, [BOX])
    assert len(pro.sent("GET", f"/consignments/{REF}")) == 2


def test_order_pack_uses_the_scans_read_of_the_order(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", f"/orders/{ORDER}", order_body())
    created = {"Rel": "Consignment", "Href": f"{BASE}/consignments/EC-000-000-0P1"}
    pro.on(
        "POST",
        f"/orders/{ORDER}/pack",
        {"Results": [{"Result": "ConsignmentCreated", "ApiLinks": [created]}]},
        status=201,
    )
    order = api.get_order(ORDER)
    parcel = PackedParcel(BOX, (("SKU-TEE", 3),))

    assert api.pack_order(order.reference, [parcel], "PS-1-0001") == "EC-000-000-0P1"
    assert len(pro.requests) == 2  # the order once, the pack once
    assert api.pack_order(order.reference, [parcel], "PS-1-0002") == "EC-000-000-0P1"
    assert len(pro.sent("GET", f"/orders/{ORDER}")) == 2


def test_a_single_hit_is_not_looked_up_among_returns(api: ProShippingApi, pro: FakePro) -> None:
    pro.on("GET", "/consignments/50/0", {"Count": 1, "ConsignmentSummaries": [SUMMARY]})
    [hit] = api.find_by_customer_reference("WEB-1")
    assert hit.is_candidate
    assert pro.sent("GET", "/consignments/getConsignmentReferences") == []


def test_recent_reads_expire_evict_and_are_taken_once() -> None:
    clock = SteppedClock()
    reads: RecentReads[str] = RecentReads(max_age_s=10.0, capacity=2, clock=clock)
    reads.keep("EC-1", "one")
    assert reads.take("ec-1") == "one"
    assert reads.take("EC-1") is None
    reads.keep("EC-1", "one")
    clock.now_s += 10.5
    assert reads.take("EC-1") is None
    for reference in ("EC-1", "EC-2", "EC-3"):
        reads.keep(reference, copy.copy(reference))
    assert reads.take("EC-1") is None and reads.take("EC-3") == "EC-3"
    reads.forget("EC-2")
    assert reads.take("EC-2") is None
