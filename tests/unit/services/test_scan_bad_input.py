"""Properties: bad scanned text through the pack engine gives words and a next step, and no harm.

For any text from the scan strategies (damaged station codes, several codes at once, ten thousand
characters, arbitrary text) ``PackEngine.scan`` returns a view with a short plain message and a
next action, never raises, never calls anything at SortedPRO that creates, allocates, selects,
cancels or manifests, and a refused scan leaves every pack record of the journal as it was (only
the scan log says it was refused). A pack in progress survives a refused scan.
"""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.domain.scan import MAX_CODE_LENGTH, classify_scan
from packstation.domain.session import PackView, Stage
from packstation.domain.shipment import ShipmentState
from tests.unit.domain.scan_strategies import (
    SEPARATORS,
    bad_scans,
    fullwidth,
    other_digits,
    s10_numbers,
)
from tests.unit.services.test_pack_engine import Bench as EngineBench

ENGINE_PROPERTIES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
READS = {"get_shipment", "find_by_customer_reference", "find_by_tracking_number", "get_order"}
READS |= {"get_delivery_option", "quotes", "labels", "customs_documents"}
MAX_MESSAGE_CHARS = 300
JARGON = ("Traceback", "Exception", "Error", "None", "\\x", "\\u", "ScanKind", "self.")


class Bench(EngineBench):
    """An engine on fresh fakes, per example (hypothesis runs many in one test)."""

    def pack_records(self) -> tuple[object, ...]:
        """Everything the journal keeps about packs, apart from the scan log."""
        j = self.journal
        return tuple(
            list(part)
            for part in (
                j.intents,
                j.stages,
                j.labels.items(),
                j.prints,
                j.jobs,
                j.documents,
                j.voids,
                j.manifests,
                j.attempts,
            )
        )


def assert_plain(view: PackView, raw: str) -> None:
    assert view.message.strip() and len(view.message) <= MAX_MESSAGE_CHARS, view.message
    assert view.next_action.strip(), view
    for word in JARGON:
        assert word not in view.message or word in raw, view.message


@ENGINE_PROPERTIES
@given(bad_scans())
def test_any_bad_scan_gets_words_and_a_next_step_and_commits_nothing(raw: str) -> None:
    bench = Bench()
    before = bench.pack_records()
    view = bench.engine.scan(raw)
    assert_plain(view, raw)
    assert set(bench.pro.calls) <= READS, bench.pro.calls
    assert bench.printer.jobs == []
    code = classify_scan(raw)
    if not code.is_known:
        assert bench.pro.calls == []
        assert bench.pack_records() == before
        assert bench.journal.scans == [(code.text, "unknown code", view.message)]
        assert view.message == code.problem
    (logged, _, _) = bench.journal.scans[-1]
    assert len(logged) <= MAX_CODE_LENGTH


@ENGINE_PROPERTIES
@given(bad_scans().filter(lambda raw: not classify_scan(raw).is_known))
def test_a_refused_scan_keeps_the_pack_in_progress(raw: str) -> None:
    bench = Bench()
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    waiting = bench.engine.scan(reference)
    assert waiting.stage is Stage.CONFIRM_PARCELS
    calls, before = list(bench.pro.calls), bench.pack_records()
    view = bench.engine.scan(raw)
    assert dataclasses.replace(view, tone=waiting.tone, message=waiting.message) == waiting
    assert view.message == classify_scan(raw).problem
    assert bench.engine.view == view
    assert bench.pro.calls == calls and bench.pack_records() == before


@ENGINE_PROPERTIES
@given(st.lists(st.sampled_from(["allocated", "unallocated"]), min_size=2, max_size=4), st.data())
def test_several_existing_consignments_in_one_scan_are_not_touched(
    states: list[str], data: st.DataObject
) -> None:
    bench = Bench()
    kinds = {"allocated": ShipmentState.ALLOCATED, "unallocated": ShipmentState.UNALLOCATED}
    references = [bench.pro.add(kinds[state]) for state in states]
    joints = [data.draw(st.sampled_from([*SEPARATORS, " ", ""])) for _ in references]
    raw = "".join(reference + joint for reference, joint in zip(references, joints, strict=True))
    view = bench.engine.scan(raw)
    assert f"{len(references)} codes arrived at once" in view.message
    assert bench.pro.calls == [] and bench.printer.jobs == []
    assert all(
        record.state is kinds[s]
        for record, s in zip(bench.pro.records.values(), states, strict=True)
    )


@ENGINE_PROPERTIES
@given(st.sampled_from(["fullwidth", "digits", "noise"]), st.sampled_from(sorted(other_digits())))
def test_a_look_alike_scan_of_a_real_consignment_packs_it(way: str, zero: str) -> None:
    bench = Bench()
    reference = bench.pro.add(ShipmentState.ALLOCATED)
    typed = {
        "fullwidth": fullwidth(reference),
        "digits": "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in reference),
        "noise": f"\x02\ufeff{reference[:5]}\u200b{reference[5:]}\x03",
    }[way]
    view = bench.engine.scan(typed)
    assert view.stage is Stage.DONE, view.message
    assert bench.pro.calls[0] == "get_shipment" and len(bench.printer.jobs) == 1


@ENGINE_PROPERTIES
@given(s10_numbers(), st.integers(1, 9))
def test_a_tracking_number_with_a_wrong_check_digit_is_explained(number: str, delta: int) -> None:
    bench = Bench()
    changed = number[:10] + str((int(number[10]) + delta) % 10) + number[11:]
    view = bench.engine.scan(changed)
    assert "check digit" in view.message and changed in view.message
    assert view.stage is Stage.FAILED and view.next_action
    assert bench.pro.calls == ["find_by_customer_reference", "find_by_tracking_number"]


def test_a_shop_reference_shaped_like_a_tracking_number_is_still_found() -> None:
    bench = Bench()
    reference = bench.pro.add(ShipmentState.ALLOCATED, customer_reference="AB123456780CD")
    assert classify_scan("AB123456780CD").note is not None
    view = bench.engine.scan("AB123456780CD")
    assert view.stage is Stage.DONE and reference in view.message
    assert "check digit" not in view.message
