"""The classic bench flow over real HTTP, driven with the app's ProClient."""

from __future__ import annotations

import pytest

from packstation.pro import (
    DocumentFormat,
    ProClient,
    ProNotFoundError,
    ProRejectedError,
    ProUnauthorizedError,
    SearchTerms,
)
from packstation.pro import models as m
from packstation.sandbox.server import SandboxServer
from packstation.sandbox.testing import SandboxControl
from tests.integration.sandbox import bodies


def create(pro: ProClient, reference: str = "ORDER-1", **extra: object) -> str:
    request = m.CreateConsignmentRequest.model_validate(bodies.consignment(reference, **extra))
    return pro.create_consignment(request)


def test_create_quote_allocate_label_ready_manifest(pro: ProClient) -> None:
    reference = create(pro, packages=[bodies.package(), bodies.package(1.2)])
    assert pro.get_consignment(reference).consignment_state == m.ConsignmentState.UNALLOCATED

    result = pro.get_quotes_for_consignment(reference)
    assert result.quotes, result.unqualified_services
    prices = [quote.price.gross for quote in result.quotes]
    assert prices == sorted(prices)
    chosen = result.quotes[-1]

    [summary] = pro.allocate_with_quote(reference, chosen.quote_reference)
    assert summary.status_code == 200
    assert summary.carrier_service_reference == chosen.mpd_carrier_service_reference
    consignment = pro.get_consignment(reference)
    assert consignment.consignment_state == m.ConsignmentState.ALLOCATED
    assert consignment.allocation.price.gross == chosen.price.gross
    tracking = consignment.consignment_legs[0].tracking_references
    assert len(tracking) == 2
    assert [p.consignment_legs[0].tracking_references[0] for p in consignment.packages] == tracking

    label = pro.get_labels(reference, m.LabelFormat.ZPL)
    assert label.format == DocumentFormat.ZPL
    after = pro.get_consignment(reference)
    assert (after.labels_printed, after.label_count) == (True, 2)
    assert after.date_labels_were_first_printed is not None

    [ready] = pro.set_ready_to_ship([reference])
    assert ready.is_success
    query = m.ManifestFromQueryRequest(
        states=["ReadyToShip"], shipping_location_references=["Sorted1"]
    )
    manifested = pro.manifest_from_query(query)
    assert "Query found 1 consignment(s). 1 successfully queued" in (manifested.message or "")
    assert pro.get_consignment(reference).consignment_state == m.ConsignmentState.MANIFESTED

    manifests = pro.get_customer_manifests("Sorted1")
    assert [info.bookings_count for info in manifests] == [1]
    sheet = pro.get_customer_manifest(manifests[0].manifest_reference)
    assert sheet.format == DocumentFormat.PDF


def test_allocate_by_default_rules_picks_the_cheapest_quote(pro: ProClient) -> None:
    reference = create(pro)
    cheapest = pro.get_quotes_for_consignment(reference).quotes[0]
    [summary] = pro.allocate([reference])
    allocation = pro.get_consignment(reference).allocation
    assert summary.status_code == 200
    assert allocation.price.gross == cheapest.price.gross


def test_allocate_with_carrier_service_and_group(pro: ProClient) -> None:
    first, second = create(pro, "A"), create(pro, "B")
    [summary] = pro.allocate_with_carrier_service("DPD_NEXTDAY", [first])
    assert summary.carrier_service_reference == "DPD_NEXTDAY"
    [grouped] = pro.allocate_with_service_group(second, "nextDay")
    consignment = pro.get_consignment(second)
    assert consignment.allocation.carrier_service_group_reference == "nextDay"
    assert grouped.carrier_service_reference == consignment.allocation.mpd_carrier_service_reference


def test_allocation_failure_records_the_reason(pro: ProClient) -> None:
    heavy = bodies.package(45.0, (90, 60, 50))
    reference = create(pro, packages=[heavy], to=bodies.destination("FIQQ 1ZZ", "FK", "Stanley"))
    quotes = pro.get_quotes_for_consignment(reference)
    assert quotes.quotes == []
    reasons = {service.exclusion_reason for service in quotes.unqualified_services}
    assert any("not served" in reason for reason in reasons)
    [summary] = pro.allocate([reference])
    assert summary.status_code == 400
    consignment = pro.get_consignment(reference)
    assert consignment.consignment_state == m.ConsignmentState.ALLOCATION_FAILED
    assert "No carrier service qualified" in consignment.failed_allocation.message


def test_too_heavy_services_say_why(pro: ProClient) -> None:
    reference = create(pro, packages=[bodies.package(25.0, (60, 40, 40))])
    result = pro.get_quotes_for_consignment(reference)
    assert result.quotes
    reasons = {
        s.mpd_carrier_service_reference: s.exclusion_reason for s in result.unqualified_services
    }
    assert "too heavy" in reasons["MPD_RMDTPS48HNAUT"]


def test_remote_postcode_adds_a_surcharge(pro: ProClient) -> None:
    town = create(pro, "TOWN")
    island = create(pro, "ISLAND", to=bodies.destination("HS1 2AA", town="Stornoway"))
    dpd_town = _quote(pro, town, "DPD_NEXTDAY")
    dpd_island = _quote(pro, island, "DPD_NEXTDAY")
    assert dpd_town.surcharges == []
    assert dpd_island.surcharges and dpd_island.price.net > dpd_town.price.net
    assert dpd_island.base_price.net == dpd_town.price.net


def _quote(pro: ProClient, reference: str, service: str) -> m.Quote:
    quotes = pro.get_quotes_for_consignment(reference).quotes
    return next(q for q in quotes if q.mpd_carrier_service_reference == service)


def test_quotes_for_a_request_and_by_service_group(pro: ProClient) -> None:
    request = m.CreateConsignmentRequest.model_validate(bodies.consignment("Q"))
    result = pro.get_quotes(request)
    assert result.quotes and all(q.consignment_reference == "" for q in result.quotes)
    groups = pro.get_service_group_quotes(request)
    by_group = {group.reference: group for group in groups}
    assert by_group["nextDay"].cheapest_quote is not None
    assert by_group["international"].cheapest_quote is None


def test_search_by_own_reference_and_tracking_number(pro: ProClient) -> None:
    first = create(pro, "SHOP-1")
    second = create(pro, "SHOP-1")
    create(pro, "OTHER")
    found = pro.find_consignment_references(SearchTerms(reference_provided_by_customer="SHOP-1"))
    assert found == [first, second]
    pro.allocate([second])
    tracking = pro.get_consignment(second).consignment_legs[0].tracking_references[0]
    page = pro.search_consignments(SearchTerms(tracking_reference=tracking))
    assert page.count == 1 and page.consignment_summaries[0].reference == second
    allocated = pro.search_consignments(SearchTerms(state="Allocated"), take=10)
    assert [s.reference for s in allocated.consignment_summaries] == [second]
    paged = pro.search_consignments(
        SearchTerms(shipping_location_reference="Sorted1"), take=1, skip=1
    )
    assert paged.count == 3 and [s.reference for s in paged.consignment_summaries] == [second]
    unprinted = pro.find_consignment_references(SearchTerms(labels_printed=False))
    assert len(unprinted) == 3


def test_update_add_and_delete_package(pro: ProClient) -> None:
    reference = create(pro, "UPD")
    consignment = pro.get_consignment(reference)
    update = m.UpdateConsignmentRequest.model_validate(
        {
            "Reference": reference,
            "ConsignmentReferenceProvidedByCustomer": "UPD-2",
            "Addresses": [a.model_dump(mode="json", by_alias=True) for a in consignment.addresses],
            "Tags": [],
        }
    )
    pro.update_consignment(update)
    assert pro.get_consignment(reference).consignment_reference_provided_by_customer == "UPD-2"
    added = pro.add_package(reference, m.Package.model_validate(bodies.package(2.0)))
    assert added.reference.startswith("EP-")
    assert len(pro.get_consignment(reference).packages) == 2
    pro.delete_package(added.reference)
    remaining = pro.get_consignment(reference).packages
    assert [p.reference for p in remaining] == [consignment.packages[0].reference]
    with pytest.raises(ProRejectedError, match="last package"):
        pro.delete_package(remaining[0].reference)


def test_cancel_and_deallocate(pro: ProClient) -> None:
    first, second = create(pro, "C1"), create(pro, "C2")
    pro.allocate([first])
    pro.deallocate(first)
    deallocated = pro.get_consignment(first)
    assert deallocated.consignment_state == m.ConsignmentState.UNALLOCATED
    assert deallocated.allocation is None and deallocated.consignment_legs == []
    results = pro.cancel_consignments([first, "EC-ZZZ-ZZZ-ZZZ"])
    assert [r.is_success for r in results] == [True, False]
    pro.cancel_consignment(second)
    assert pro.get_consignment(second).consignment_state == m.ConsignmentState.CANCELLED


def test_dispatch_after_manifest(pro: ProClient) -> None:
    reference = create(pro)
    pro.allocate([reference])
    [manifested] = pro.manifest_consignments([reference])
    assert manifested.is_success
    results = pro.dispatch_consignments([reference, "EC-ZZZ-ZZZ-ZZZ"])
    assert [r.status for r in results] == ["Success", "NotFound"]
    consignment = pro.get_consignment(reference)
    assert consignment.consignment_state == m.ConsignmentState.DISPATCHED
    assert consignment.date_shipped is not None


def test_unknown_reference_is_not_found(pro: ProClient) -> None:
    with pytest.raises(ProNotFoundError):
        pro.get_consignment("EC-ZZZ-ZZZ-ZZZ")


def test_wrong_key_is_refused_when_one_key_is_configured() -> None:
    with SandboxServer(api_key="right") as server:
        with ProClient(server.base_url, "wrong", max_retries=0) as pro:
            with pytest.raises(ProUnauthorizedError):
                pro.carriers()
        with ProClient(server.base_url, "right", max_retries=0) as pro:
            assert len(pro.carriers()) >= 5


def test_reference_data(pro: ProClient) -> None:
    locations = pro.shipping_locations()
    assert {location.reference for location in locations} >= {"Sorted1", "EDC5_Electio"}
    assert all(location.address.postcode for location in locations)
    assert any(size.is_default for size in pro.package_sizes())
    assert len(pro.carriers()) >= 5
    services = pro.carrier_services()
    assert len(services) >= 15
    assert any(s.is_pick_up for s in services) and any(s.is_timed for s in services)


def test_a_requested_delivery_date_that_cannot_be_met_is_a_reason(pro: ProClient) -> None:
    past = {"Date": "2020-02-13T00:00:00+00:00", "IsToBeExactlyOnTheDateSpecified": False}
    request = m.CreateConsignmentRequest.model_validate(
        bodies.consignment("LATE", RequiredDeliveryDate=past)
    )
    result = pro.get_quotes(request)
    assert result.quotes == [] and result.message
    reasons = {s.exclusion_reason for s in result.unqualified_services}
    assert "Cannot meet the requested delivery date" in reasons


def test_shipping_today_after_the_cut_off_is_a_reason(
    pro: ProClient, control: SandboxControl
) -> None:
    control.advance_clock(7 * 3600)
    today = control.now().replace(hour=0, minute=0).isoformat()
    result = pro.get_quotes(
        m.CreateConsignmentRequest.model_validate(bodies.consignment("EOD", ShippingDate=today))
    )
    by_service = {
        s.mpd_carrier_service_reference: s.exclusion_reason for s in result.unqualified_services
    }
    assert "cut-off passed" in by_service["DPD_NEXTDAY"]
    assert "MPD_RMT24" in {q.mpd_carrier_service_reference for q in result.quotes}


def test_tags_restrict_allocation_to_services_carrying_all_of_them(pro: ProClient) -> None:
    reference = create(pro, "TAGGED", Tags=["Fragile", "Alcohol"])
    quoted = {
        q.mpd_carrier_service_reference for q in pro.get_quotes_for_consignment(reference).quotes
    }
    assert quoted == {"DPD_NEXTDAY", "EDC5_UPSHSTDCS"}
    [summary] = pro.allocate([reference])
    assert summary.carrier_service_reference in quoted
    impossible = create(pro, "TAGGED-2", Tags=["Alcohol", "Oil"])
    [failed] = pro.allocate([impossible])
    assert failed.status_code == 400
    assert "tags not matched" in pro.get_consignment(impossible).failed_allocation.message


def test_excluded_postcode_areas_are_a_reason(pro: ProClient) -> None:
    reference = create(pro, "IV", to=bodies.destination("IV2 3EN", town="Inverness"))
    result = pro.get_quotes_for_consignment(reference)
    reasons = {
        s.mpd_carrier_service_reference: s.exclusion_reason for s in result.unqualified_services
    }
    assert reasons["DPD_NEXTDAY1030"] == "Postcode area IV is not served by this service"
    assert "DPD_NEXTDAY" in {q.mpd_carrier_service_reference for q in result.quotes}


def test_value_above_a_compensation_limit_is_a_reason(pro: ProClient) -> None:
    reference = create(pro, "VALUE", packages=[bodies.package(value=450.0)])
    result = pro.get_quotes_for_consignment(reference)
    reasons = {
        s.mpd_carrier_service_reference: s.exclusion_reason for s in result.unqualified_services
    }
    assert "compensation limit" in reasons["EVRI_48"]
    assert "EVRI_48" not in {q.mpd_carrier_service_reference for q in result.quotes}
