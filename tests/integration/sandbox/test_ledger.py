"""The sandbox ledger: one entry per committed create/allocate/manifest/cancel/labels."""

from __future__ import annotations

import pytest

from packstation.pro import ProClient, ProConnectionError, ProRejectedError, SearchTerms
from packstation.pro import models as m
from packstation.sandbox.testing import LedgerEntry, SandboxControl, duplicates_in
from tests.integration.sandbox import bodies


def _create(pro: ProClient, customer_reference: str) -> str:
    return pro.create_consignment(
        m.CreateConsignmentRequest.model_validate(bodies.consignment(customer_reference))
    )


def _kinds(control: SandboxControl) -> list[tuple[str, str]]:
    return [(entry.kind, entry.reference) for entry in control.ledger()]


def test_each_committed_operation_is_entered_once_in_order(
    pro: ProClient, control: SandboxControl
) -> None:
    reference = _create(pro, "LEDGER-1")
    pro.allocate_with_cheapest_quote(reference)
    pro.get_labels(reference)
    pro.manifest_consignments([reference])
    other = _create(pro, "LEDGER-2")
    pro.cancel_consignment(other)
    assert _kinds(control) == [
        ("create", reference),
        ("allocate", reference),
        ("labels", reference),
        ("manifest", reference),
        ("create", other),
        ("cancel", other),
    ]
    entries = control.ledger()
    assert [entry.seq for entry in entries] == sorted({entry.seq for entry in entries})
    assert entries[0].customer_reference == "LEDGER-1"
    assert control.duplicates() == []


def test_refused_operations_leave_no_entry(pro: ProClient, control: SandboxControl) -> None:
    reference = _create(pro, "LEDGER-3")
    (result,) = pro.manifest_consignments([reference])  # Unallocated: refused per reference
    assert result.is_success is False
    pro.cancel_consignment(reference)
    with pytest.raises(ProRejectedError):
        pro.cancel_consignment(reference)
    assert _kinds(control) == [("create", reference), ("cancel", reference)]


def test_a_lost_answer_is_entered_and_a_reset_is_not(
    pro: ProClient, control: SandboxControl
) -> None:
    control.add_fault("POST", "/consignments", reset=True, times=1)
    with pytest.raises(ProConnectionError):
        _create(pro, "LEDGER-RESET")
    assert control.ledger() == []
    control.add_fault("POST", "/consignments", lose_response=True, times=1)
    with pytest.raises(ProConnectionError):
        _create(pro, "LEDGER-LOST")
    assert [entry.kind for entry in control.ledger()] == ["create"]


def test_duplicates_are_reported_per_consignment_and_per_customer_reference(
    pro: ProClient, control: SandboxControl
) -> None:
    first = _create(pro, "LEDGER-DUP")
    second = _create(pro, "LEDGER-DUP")
    assert first != second
    assert control.duplicates() == [("create", "LEDGER-DUP")]
    entries = [
        LedgerEntry(1, "allocate", "EC-1", "A", "t"),
        LedgerEntry(2, "allocate", "EC-1", "A", "t"),
        LedgerEntry(3, "labels", "EC-1", "A", "t"),
        LedgerEntry(4, "labels", "EC-1", "A", "t"),
        LedgerEntry(5, "seeded", "EC-2", "B", "t"),
        LedgerEntry(6, "create", "EC-3", "B", "t"),
        LedgerEntry(7, "seeded", "EC-4", "C", "t"),
        LedgerEntry(8, "seeded", "EC-5", "C", "t"),
    ]
    assert duplicates_in(entries) == [("allocate", "EC-1"), ("create", "B")]


def test_seeded_consignments_are_entered_as_seeded_and_reset_wipes_the_ledger(
    pro: ProClient, control: SandboxControl
) -> None:
    _create(pro, "LEDGER-4")
    control.reset("demo")
    entries = control.ledger()
    assert entries and {entry.kind for entry in entries} == {"seeded"}
    seeded = {entry.reference for entry in entries}
    assert set(pro.find_consignment_references(SearchTerms())) <= seeded
    assert control.duplicates() == []
    control.reset("empty")
    assert control.ledger() == []
