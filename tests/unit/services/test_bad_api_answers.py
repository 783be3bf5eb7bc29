"""Properties: a broken SortedPRO answer ends the pack in words, prints nothing wrong, buys once.

The whole path is real from the HTTP answer up: ``ProClient`` over an ``httpx.MockTransport``
(:mod:`tests.unit.services.scripted_pro`), the bench adapter ``ProShippingApi``, the
``PackEngine``, the real ZPL label inspector and a real SQLite journal. Hypothesis breaks one
answer of a pack (see :mod:`tests.unit.pro.bad_bodies`); the call behind it still takes effect at
PRO, as it would when a proxy mangles a 200. Then the packer scans the same code again.

For every broken answer:

* the engine returns a view (nothing escapes it) whose message is plain words;
* a pack that did not finish ends in a stage that says so, with a failure or attention tone;
* every print job holds exactly one label per parcel, each carrying a tracking number of the
  shipment, and no label is printed twice;
* the journal passes its consistency check;
* PRO sees at most one allocation and one option selection, however often the packer scans.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.domain.choices import AllocationPolicy
from packstation.domain.session import PackView, Stage, Tone
from packstation.domain.shipment import Dimensions, ParcelSpec
from packstation.errors import UserFacingError
from packstation.journal.engine_port import EngineJournal
from packstation.journal.journal import Journal
from packstation.printing.bench.inspector import LabelFileInspector
from packstation.printing.zpl import split_labels
from packstation.pro.bench import ProShippingApi
from packstation.pro.client import ProClient
from packstation.pro.retry import RetryPolicy
from packstation.services.labelling import LabelDevices
from packstation.services.pack import PackEngine
from tests.unit.pro.bad_bodies import API_KEY, Body, assert_operator_message, broken_bodies
from tests.unit.services.fakes import FakeClock, FakeDocumentPrinter, FakePrinter
from tests.unit.services.scripted_pro import (
    EC,
    OPTION,
    ScriptedPro,
    good_label_answer,
    label_zpl,
)
from tests.unit.services.scripted_pro import TRACKING as GOOD_TRACKING

BOX = ParcelSpec(Decimal("1.5"), Dimensions(Decimal(30), Decimal(20), Decimal(10)))
# One journal, client and engine per example, answers up to 1 MB: slow by design, not by fault.
PROPERTY = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
UNFINISHED = (Stage.FAILED, Stage.PRINT_FAILED, Stage.REFUSED) + tuple(
    stage for stage in Stage if stage.waits_for_packer
)


@dataclass
class Bench:
    """The engine on the real adapters, with the scripted PRO and the printer at hand."""

    pro: ScriptedPro
    engine: PackEngine
    printer: FakePrinter
    journal: Journal


@contextmanager
def bench(examples_dir: Path, policy: AllocationPolicy) -> Iterator[Bench]:
    """Yield a fresh bench with its own journal file, closed afterwards."""
    clock = FakeClock()
    pro = ScriptedPro(examples_dir, clock.now())
    printer = FakePrinter()
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal.open(Path(folder) / "journal.sqlite3", clock=clock.now)
        client = ProClient(
            "https://pro.example.test",
            API_KEY,
            transport=httpx.MockTransport(pro.handler),
            retry_policy=RetryPolicy(max_retries=0, sleep=lambda _: None),
        )
        try:
            engine = PackEngine(
                api=ProShippingApi(client, shipping_location="Sorted1", sleep=lambda _: None),
                journal=EngineJournal(
                    journal, station="Bench 1", operator="Sam", location="Sorted1"
                ),
                devices=LabelDevices(
                    printer, LabelFileInspector(use_zxing=False), FakeDocumentPrinter()
                ),
                clock=clock,
                policy=policy,
                sleep=lambda _: None,
            )
            yield Bench(pro, engine, printer, journal)
        finally:
            client.close()
            journal.close()


def step(action: Callable[[], PackView]) -> PackView:
    """Run one engine call; nothing may escape it, and its words must be fit for the packer."""
    view = action()
    assert_operator_message(UserFacingError(view.message))
    for problem in view.problems:
        assert_operator_message(UserFacingError(problem))
    if view.stage in UNFINISHED and view.stage is not Stage.CONFIRM_OPTION:
        assert view.tone in (Tone.FAILURE, Tone.ATTENTION, Tone.INFO), view
    return view


def packer_continues(bench: Bench, view: PackView) -> PackView:
    """Do what the screen asks, as a packer would: confirm the parcels, book the option."""
    for _ in range(3):
        if view.stage is Stage.CONFIRM_PARCELS and view.shipment is not None:
            view = step(lambda: bench.engine.confirm_parcels([BOX, BOX]))
        elif view.stage is Stage.CONFIRM_OPTION:
            view = step(lambda: bench.engine.choose(0))
        else:
            break
    return view


def check_prints_and_journal(bench: Bench) -> None:
    """Every print job is one label per parcel of the shipment; nothing printed twice."""
    printed: list[bytes] = []
    for data, only in bench.printer.jobs:
        labels = split_labels(data)
        assert len(labels) == len(GOOD_TRACKING), f"{len(labels)} labels printed for 2 parcels"
        assert data == label_zpl(), "a label set other than PRO's real one was printed"
        printed += [labels[i] for i in (only if only is not None else range(len(labels)))]
    assert len(printed) == len(set(printed)), "a label was printed twice"
    assert bench.journal.check_consistency() == []


def answers_to_break(examples_dir: Path) -> dict[str, Any]:
    """Return the good answer of each route a pack goes through, the starting point to break."""
    pro = ScriptedPro(examples_dir, FakeClock().now())
    pro.add(EC, "Unallocated")
    unallocated = pro._document(pro.consignments[EC])
    pro.consignments[EC].state = "Allocated"
    return {
        "read": unallocated,
        "read allocated": pro._document(pro.consignments[EC]),
        "update": pro._example("17_update_consignment_response.json", EC),
        "allocate": pro._example("22_allocation_summary_response.json", EC),
        "labels": good_label_answer(),
        "ready": [{"IsSuccess": True, "Message": "Marked ready to ship", "Data": EC}],
        "select": pro._example("07_select_option_response.json", "EC-000-000-0S1"),
        "option": pro._option(),
        "search": {"Count": 1, "ConsignmentSummaries": [{"Reference": "EC-000-000-0S1"}]},
    }


@dataclass(frozen=True)
class Broken:
    """Which answer to break: the ``skip``-th call after the first of ``route``."""

    route: str
    skip: int
    body: Body

    def arm(self, pro: ScriptedPro) -> None:
        """Script the break into ``pro``."""
        pro.break_next(self.route, self.body, skip=self.skip)


@st.composite
def broken_answer(
    draw: st.DrawFn, answers: dict[str, Any], routes: dict[str, tuple[str, int]]
) -> Broken:
    """Draw one answer of the pack (a key of ``routes``: route and skip) and break it."""
    name = draw(st.sampled_from(sorted(routes)))
    body = draw(broken_bodies(answers[name]))
    route, skip = routes[name]
    return Broken(route, skip, body)


@pytest.fixture(scope="module")
def answers(examples_dir: Path) -> dict[str, Any]:
    return answers_to_break(examples_dir)


def test_a_broken_answer_while_printing_an_allocated_shipment(
    examples_dir: Path, answers: dict[str, Any]
) -> None:
    @PROPERTY
    @given(
        broken=broken_answer(
            answers, {"read allocated": ("read", 0), "labels": ("labels", 0), "ready": ("ready", 0)}
        )
    )
    def check(broken: Broken) -> None:
        with bench(examples_dir, AllocationPolicy.CHEAPEST) as b:
            b.pro.add(EC, "Allocated")
            broken.arm(b.pro)
            first = step(lambda: b.engine.scan(EC))
            if first.stage is not Stage.DONE:
                assert first.stage in UNFINISHED, first
            again = packer_continues(b, step(lambda: b.engine.scan(EC)))
            assert again.stage in (Stage.DONE, Stage.ALREADY_DONE), again.message
            check_prints_and_journal(b)
            assert len(b.printer.jobs) == 1
            assert b.pro.count("allocate") == 0

    check()


def test_a_broken_answer_while_allocating(examples_dir: Path, answers: dict[str, Any]) -> None:
    routes = {
        "read": ("read", 0),
        "update": ("update", 0),
        "allocate": ("allocate", 0),
        "read allocated": ("read", 1),
        "labels": ("labels", 0),
    }

    @PROPERTY
    @given(broken=broken_answer(answers, routes))
    def check(broken: Broken) -> None:
        with bench(examples_dir, AllocationPolicy.CHEAPEST) as b:
            b.pro.add(EC, "Unallocated")
            broken.arm(b.pro)
            first = packer_continues(b, step(lambda: b.engine.scan(EC)))
            if first.stage is not Stage.DONE:
                assert first.stage in UNFINISHED, first
            again = packer_continues(b, step(lambda: b.engine.scan(EC)))
            assert again.stage in (Stage.DONE, Stage.ALREADY_DONE), again.message
            check_prints_and_journal(b)
            assert b.pro.count("allocate") <= 1, "allocated twice"

    check()


def test_a_broken_answer_while_booking_a_checkout_option(
    examples_dir: Path, answers: dict[str, Any]
) -> None:
    routes = {
        "option": ("option", 0),
        "select": ("select", 0),
        "search": ("search", 0),
        "labels": ("labels", 0),
    }

    @PROPERTY
    @given(broken=broken_answer(answers, routes))
    def check(broken: Broken) -> None:
        with bench(examples_dir, AllocationPolicy.CHEAPEST) as b:
            broken.arm(b.pro)
            first = packer_continues(b, step(lambda: b.engine.scan(OPTION)))
            if first.stage is not Stage.DONE:
                assert first.stage in UNFINISHED, first
                again = packer_continues(b, step(lambda: b.engine.scan(OPTION)))
                assert again.stage in UNFINISHED + (Stage.DONE,), again.message
            check_prints_and_journal(b)
            assert b.pro.count("select") <= 1, "the option was booked twice"

    check()


def test_labels_for_fewer_parcels_are_not_printed_and_say_so(examples_dir: Path) -> None:
    with bench(examples_dir, AllocationPolicy.CHEAPEST) as b:
        b.pro.add(EC, "Allocated")
        short = json.dumps(good_label_answer(("T1",))).encode()
        b.pro.break_next("labels", Body(short, "application/json", "one label"))
        view = step(lambda: b.engine.scan(EC))
        assert (view.stage, view.tone) == (Stage.FAILED, Tone.FAILURE)
        assert "SortedPRO sent 1 label for 2 parcels" in " ".join((view.message, *view.problems))
        assert b.printer.jobs == []
        again = step(lambda: b.engine.scan(EC))
        assert again.stage is Stage.DONE, "the next scan fetches the labels again"
        check_prints_and_journal(b)


def test_a_refused_selection_says_so_without_a_consignment(examples_dir: Path) -> None:
    with bench(examples_dir, AllocationPolicy.CHEAPEST) as b:
        refused = {"StatusCode": 400, "Description": "Option expired", "ApiLinks": []}
        b.pro.break_next("select", Body(json.dumps(refused).encode(), "application/json", "no"))
        b.engine.scan(OPTION)
        view = step(lambda: b.engine.choose(0))
        assert (view.stage, view.tone) == (Stage.CONFIRM_OPTION, Tone.FAILURE)
        assert view.message == "Option expired"
        assert b.pro.requests == ["option", "select"]


def test_a_booking_that_cannot_be_read_back_is_looked_up_not_booked_again(
    examples_dir: Path,
) -> None:
    with bench(examples_dir, AllocationPolicy.CHEAPEST) as b:
        elsewhere = json.dumps(
            {"StatusCode": 200, "Description": "Consignment EC-000-000-0S9 has been allocated"}
        )
        b.pro.break_next("select", Body(elsewhere.encode(), "application/json", "unknown"))
        b.engine.scan(OPTION)
        view = packer_continues(b, step(lambda: b.engine.choose(0)))
        assert view.stage is Stage.DONE, view.message
        assert b.pro.count("select") == 1 and "search" in b.pro.requests
        check_prints_and_journal(b)
