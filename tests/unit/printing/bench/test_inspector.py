"""The pre-print check's reader: label count and barcodes per label for ZPL, PDF and PNG."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PIL import Image

from packstation.domain.labels import LabelFile, LabelInspection, LabelLanguage, label_problems
from packstation.printing.bench import LabelFileInspector
from packstation.printing.raster import LabelDoesNotFit
from packstation.printing.zpl import IncompleteLabelError
from tests.unit.printing.bench.samples import TRACKING, carrier_zpl, pdf_labels, png_labels

MakeLabels = Callable[..., LabelFile]
EXPECTED = tuple(frozenset({number}) for number in TRACKING)


@pytest.mark.parametrize("make", [carrier_zpl, pdf_labels, png_labels])
def test_each_label_carries_its_tracking_number(make: MakeLabels) -> None:
    labels = make()
    assert LabelFileInspector().inspect(labels) == LabelInspection(EXPECTED)


@pytest.mark.parametrize("make", [carrier_zpl, pdf_labels, png_labels])
def test_label_problems_catch_a_missing_label(make: MakeLabels) -> None:
    inspection = LabelFileInspector().inspect(make(TRACKING[:2]))
    problems = label_problems(inspection, 3, TRACKING)
    assert problems == ["SortedPRO sent 2 labels for 3 parcels."]


@pytest.mark.parametrize("make", [carrier_zpl, pdf_labels, png_labels])
def test_label_problems_catch_a_wrong_barcode(make: MakeLabels) -> None:
    wrong = (TRACKING[0], "JD0149999999", TRACKING[2])
    inspection = LabelFileInspector().inspect(make(wrong))
    problems = label_problems(inspection, 3, TRACKING)
    assert problems == ["Label 2 carries no barcode with this shipment's tracking number."]
    assert label_problems(LabelFileInspector().inspect(make()), 3, TRACKING) == []


def test_zpl_needs_no_decoder() -> None:
    inspector = LabelFileInspector(use_zxing=False)
    assert not inspector.can_read_images
    assert inspector.inspect(carrier_zpl()) == LabelInspection(EXPECTED)


@pytest.mark.parametrize("make", [pdf_labels, png_labels])
def test_without_a_decoder_images_are_counted_and_left_unchecked(make: MakeLabels) -> None:
    inspection = LabelFileInspector(use_zxing=False).inspect(make())
    assert inspection == LabelInspection((frozenset(),) * 3)
    # The check then refuses the labels whenever the tracking numbers are known.
    assert len(label_problems(inspection, 3, TRACKING)) == 3
    assert label_problems(inspection, 3, ()) == []


def test_a_given_decoder_sees_each_label_as_it_will_print() -> None:
    seen: list[Image.Image] = []

    def decoder(image: Image.Image) -> frozenset[str]:
        seen.append(image)
        return frozenset({f"page{len(seen)}"})

    inspector = LabelFileInspector(dpi=300, label_size="4x6", decoder=decoder)
    assert inspector.can_read_images
    inspection = inspector.inspect(pdf_labels())
    assert inspection.barcodes_per_label == tuple(frozenset({f"page{n}"}) for n in (1, 2, 3))
    assert {image.size for image in seen} == {(1200, 1800)} and {i.mode for i in seen} == {"1"}


def test_a_label_that_does_not_fit_is_refused_before_printing() -> None:
    with pytest.raises(LabelDoesNotFit):
        LabelFileInspector(label_size="100x100mm").inspect(pdf_labels())


def test_a_truncated_zpl_file_is_refused() -> None:
    cut = LabelFile(carrier_zpl().data[:-20], LabelLanguage.ZPL, 203)
    with pytest.raises(IncompleteLabelError):
        LabelFileInspector().inspect(cut)
