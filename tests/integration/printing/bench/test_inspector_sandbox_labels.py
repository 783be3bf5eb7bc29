"""The pre-print check on the sandbox's label files, in every format PRO offers."""

from __future__ import annotations

import pytest

from packstation.domain.labels import LabelFile, LabelLanguage, label_problems
from packstation.printing.bench import LabelFileInspector
from packstation.sandbox.labels.content import LabelFacts
from packstation.sandbox.labels.render import render_file

# Letters, digits and the characters ZPL must escape, so ^FH and subset changes are exercised.
TRACKING = ("JD0002212345678901", "1Z999AA10123456784", "AB_^~12")


def _facts(number: int, tracking: str) -> LabelFacts:
    return LabelFacts(
        carrier_name="Carrier",
        service_name="Tracked 24",
        tracking_number=tracking,
        routing_code=f"GB|LS11AA|SVC|{tracking}|EC-000-001|{number}/3",
        sender_lines=("Shop Ltd", "1 High Street", "London E1 1AA"),
        destination_lines=("Ann Smith", "2 Low Road", "Leeds", "LS1 1AA", "United Kingdom"),
        consignment_reference="EC-000-001",
        package_reference=f"EP-000-00{number}",
        package_number=number,
        package_count=3,
        weight_kg=1.2,
        ship_date="2026-11-22",
    )


FACTS = [_facts(number, tracking) for number, tracking in enumerate(TRACKING, start=1)]


@pytest.mark.parametrize(
    ("format_name", "file_dpi", "printer_dpi"),
    [
        ("ZPL", 203, 203),
        ("ZPL", 300, 300),
        ("PDF", 203, 203),
        ("PDF", 203, 300),
        ("PNG", 203, 203),
    ],
)
def test_every_sandbox_label_carries_its_tracking_number(
    format_name: str, file_dpi: int, printer_dpi: int
) -> None:
    data, _content_type = render_file(FACTS, format_name, file_dpi)
    labels = LabelFile(data, LabelLanguage(format_name), file_dpi)
    inspection = LabelFileInspector(dpi=printer_dpi).inspect(labels)
    assert inspection.barcodes_per_label == tuple(frozenset({t}) for t in TRACKING)
    assert label_problems(inspection, 3, TRACKING) == []
    assert label_problems(inspection, 4, TRACKING) == ["SortedPRO sent 3 labels for 4 parcels."]
    other = ("JD0002212345678901", "1Z999AA10123456784", "AB_^~13")
    assert label_problems(inspection, 3, other) == [
        "Label 3 carries no barcode with this shipment's tracking number."
    ]
