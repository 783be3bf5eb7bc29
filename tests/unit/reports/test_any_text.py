"""Whatever text the shift carries, both documents render and keep what the fonts can show."""

from __future__ import annotations

import inspect
from dataclasses import replace
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.domain.ports import ShiftDocuments
from packstation.domain.shift import CarrierTotal, DriverSheet, ManifestLine, ShiftException
from packstation.reports import ReportlabShiftDocuments
from packstation.reports.text import printable
from tests.unit.reports.builders import CLOSED_AT, shift_report
from tests.unit.reports.pdfs import page_count, page_texts

DOCUMENTS = ReportlabShiftDocuments()
# Eight characters stay within the narrowest column even in the widest glyphs, so none is cut.
SHORT_TEXT = st.text(min_size=1, max_size=8, alphabet=st.characters(codec="utf-8"))
FEW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_the_class_offers_every_method_of_the_port() -> None:
    port_methods = {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(ShiftDocuments, inspect.isfunction)
        if not name.startswith("_")
    }
    assert port_methods
    for name, signature in port_methods.items():
        implemented = inspect.signature(getattr(ReportlabShiftDocuments, name))
        assert list(implemented.parameters) == list(signature.parameters)


@FEW
@given(carrier=SHORT_TEXT, customer=SHORT_TEXT, service=SHORT_TEXT, tracking=SHORT_TEXT)
def test_driver_sheets_render_any_text(
    carrier: str, customer: str, service: str, tracking: str
) -> None:
    line = ManifestLine("EC-000-05B-MMA", customer, service, (tracking,), 1, Decimal(1))
    pdf = DOCUMENTS.driver_sheets([DriverSheet(carrier, "Bench 3", "SL-1", CLOSED_AT, (line,))])
    assert page_count(pdf) == 1
    text = page_texts(pdf)[0]
    assert "EC-000-05B-MMA" in text
    assert " ".join(printable(customer).split()) in " ".join(text.split())


@FEW
@given(station=SHORT_TEXT, who=SHORT_TEXT, carrier=SHORT_TEXT, problem=SHORT_TEXT)
def test_the_shift_report_renders_any_text(
    station: str, who: str, carrier: str, problem: str
) -> None:
    report = replace(
        shift_report(exceptions=0),
        station=station,
        opened_by=who,
        per_carrier=(CarrierTotal(carrier, 1, 1),),
        exceptions=(ShiftException("EC-000-05B-MMA", who, problem),),
    )
    pdf = DOCUMENTS.shift_report(report)
    assert "EC-000-05B-MMA" in "\n".join(page_texts(pdf))
