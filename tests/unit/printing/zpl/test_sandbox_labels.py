"""The preview draws the sandbox's ZPL labels so that their barcodes decode to the label facts."""

from __future__ import annotations

import pytest
import zxingcpp

from packstation.printing.zpl import count_labels, render_zpl
from packstation.sandbox.labels import zpl as sandbox_zpl
from packstation.sandbox.labels.content import LabelFacts


def _facts(number: int, tracking: str) -> LabelFacts:
    return LabelFacts(
        carrier_name="Sandbox Express",
        service_name="Next Day ^ 12:00 ~ signed",
        tracking_number=tracking,
        routing_code=f"DE|20095|SBX-ND|{tracking}|CON_0042|{number}/2",
        sender_lines=("Packstation Ltd", "1 Bench Road", "Leeds LS1 1AA"),
        destination_lines=("Frau Jana Müller", "Große Straße 5", "Hamburg", "20095", "Germany"),
        consignment_reference="CON_0042",
        package_reference=f"PKG_{number}",
        package_number=number,
        package_count=2,
        weight_kg=1.25,
        ship_date="2026-11-22",
    )


@pytest.mark.parametrize("dpi", [203, 300])
def test_sandbox_zpl_labels_render_with_decodable_barcodes(dpi: int) -> None:
    facts = [_facts(1, "JD0002212345678901"), _facts(2, "SBX123456789GB")]
    data = sandbox_zpl.render(facts, dpi)
    result = render_zpl(data, dpi=dpi)
    assert count_labels(data) == len(result.images) == 2
    assert result.skipped_commands == []
    assert result.warnings == []
    for image, fact in zip(result.images, facts, strict=True):
        assert image.size == (round(4 * dpi), round(6 * dpi))
        found = {(r.format.name, r.text) for r in zxingcpp.read_barcodes(image)}
        assert found == {("Code128", fact.tracking_number), ("QRCode", fact.routing_code)}
