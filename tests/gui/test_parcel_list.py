"""Several parcels on the pack screen: kept, added, removed and sent in order, by keyboard."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.domain.orders import PackedParcel
from packstation.domain.ports import WeightReading
from packstation.domain.session import Stage
from packstation.domain.shipment import Dimensions, Parcel, ShipmentState
from packstation.gui.main_window import MainWindow
from tests.gui.conftest import Bench, open_window
from tests.gui.keys import focused, press, scan, type_text, wait_for_stage


def cm(length: int, width: int, height: int) -> Dimensions:
    return Dimensions(Decimal(length), Decimal(width), Decimal(height))


THREE = [
    Parcel("EP-1", Decimal("2.4"), cm(40, 30, 15)),
    Parcel("EP-2", Decimal("0.5"), cm(30, 20, 10)),  # the small box preset
    Parcel("EP-3", Decimal("6.8"), cm(60, 30, 25)),
]


def three_package_consignment(bench: Bench) -> str:
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    bench.pro.records[reference].parcels = list(THREE)
    return reference


def sent(bench: Bench, reference: str) -> list[tuple[Decimal | None, Dimensions | None]]:
    return [(p.weight_kg, p.dimensions) for p in bench.pro.records[reference].parcels]


def ctrl(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(focused(window), key, Qt.KeyboardModifier.ControlModifier)


def open_three(qtbot: QtBot, window: MainWindow, bench: Bench) -> str:
    reference = three_package_consignment(bench)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    return reference


def test_enter_keeps_the_three_packages_with_their_measurements(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    reference = open_three(qtbot, window, bench)
    entry = window.pack.parcel_entry
    assert entry.parcels.heading.text() == "Parcel 1 of 3"
    assert entry.parcels.rows.count() == 3
    assert entry.weight.text() == "2.4"
    assert [field.text() for field in entry.dimensions] == ["40", "30", "15"]
    assert focused(window) is entry.weight
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    assert sent(bench, reference) == [(p.weight_kg, p.dimensions) for p in THREE]


def test_ctrl_n_adds_a_parcel_sent_after_the_others(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    reference = open_three(qtbot, window, bench)
    entry = window.pack.parcel_entry
    ctrl(qtbot, window, Qt.Key.Key_N)
    assert entry.parcels.heading.text() == "Parcel 4 of 4"
    assert focused(window) is entry.weight and entry.weight.text() == ""
    type_text(qtbot, window, "1.1")
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    weights = [weight for weight, _ in sent(bench, reference)]
    assert weights == [Decimal("2.4"), Decimal("0.5"), Decimal("6.8"), Decimal("1.1")]
    assert sent(bench, reference)[3][1] == cm(30, 20, 10)  # the default box


def test_ctrl_d_removes_the_parcel_shown(qtbot: QtBot, window: MainWindow, bench: Bench) -> None:
    reference = open_three(qtbot, window, bench)
    entry = window.pack.parcel_entry
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert entry.parcels.heading.text() == "Parcel 2 of 3"
    assert entry.weight.text() == "0.5"
    ctrl(qtbot, window, Qt.Key.Key_D)
    assert entry.parcels.heading.text() == "Parcel 2 of 2"
    assert entry.weight.text() == "6.8"
    press(qtbot, window, Qt.Key.Key_PageUp)
    type_text(qtbot, window, "3")  # the whole weight is selected: typing replaces it
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    assert sent(bench, reference) == [
        (Decimal("3"), cm(40, 30, 15)),
        (Decimal("6.8"), THREE[2].dimensions),
    ]


def test_the_only_parcel_cannot_be_removed(qtbot: QtBot, window: MainWindow, bench: Bench) -> None:
    reference = bench.pro.add(ShipmentState.UNALLOCATED)
    scan(qtbot, window, reference)
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    entry = window.pack.parcel_entry
    assert not entry.parcels.remove_button.isEnabled()
    ctrl(qtbot, window, Qt.Key.Key_D)
    assert window.pack.banner.title == "CHECK"
    assert "only one parcel" in window.pack.banner.message
    assert entry.parcels.heading.text() == "Parcel 1 of 1"
    assert focused(window) is entry.weight
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    assert len(bench.pro.records[reference].parcels) == 1


def test_a_bad_second_parcel_is_named_and_shown(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    open_three(qtbot, window, bench)
    entry = window.pack.parcel_entry
    press(qtbot, window, Qt.Key.Key_PageDown)
    press(qtbot, window, Qt.Key.Key_Backspace)  # the selected weight goes
    press(qtbot, window, Qt.Key.Key_PageUp)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.pack.banner.title == "CHECK"
    assert window.pack.banner.message.startswith("Parcel 2 of 3: Type the weight")
    assert entry.parcels.heading.text() == "Parcel 2 of 3"
    assert focused(window) is entry.weight
    assert bench.pro.count("replace_parcels") == 0


def test_an_order_packed_into_two_parcels(qtbot: QtBot, window: MainWindow, bench: Bench) -> None:
    packed: list[Sequence[PackedParcel]] = []
    pack_order = bench.pro.pack_order

    def recording(reference: str, parcels: Sequence[PackedParcel], client_reference: str) -> str:
        packed.append(parcels)
        return pack_order(reference, parcels, client_reference)

    bench.pro.pack_order = recording  # type: ignore[method-assign]
    bench.pro.add_order("EO-AAA-BBB-CCC")
    scan(qtbot, window, "EO-AAA-BBB-CCC")
    wait_for_stage(qtbot, window, Stage.PACK_ORDER)
    entry = window.pack.parcel_entry
    type_text(qtbot, window, "1.5")
    mugs = entry.items.spins["SKU-1"]
    mugs.setFocus()
    press(qtbot, window, Qt.Key.Key_Down)  # one of the two mugs goes in the second parcel
    assert mugs.value() == 1
    ctrl(qtbot, window, Qt.Key.Key_N)
    assert entry.parcels.heading.text() == "Parcel 2 of 2"
    assert entry.items.quantities() == {"SKU-1": 1, "SKU-2": 0}
    type_text(qtbot, window, "0.9")
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_stage(qtbot, window, Stage.CHOOSE_SERVICE)
    first, second = packed[-1]
    assert (first.spec.weight_kg, first.contents) == (Decimal("1.5"), (("SKU-1", 1), ("SKU-2", 1)))
    assert (second.spec.weight_kg, second.contents) == (Decimal("0.9"), (("SKU-1", 1),))


def test_too_many_items_across_the_parcels_are_refused(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    bench.pro.add_order("EO-AAA-BBB-CCC")
    scan(qtbot, window, "EO-AAA-BBB-CCC")
    wait_for_stage(qtbot, window, Stage.PACK_ORDER)
    entry = window.pack.parcel_entry
    type_text(qtbot, window, "1")
    ctrl(qtbot, window, Qt.Key.Key_N)
    type_text(qtbot, window, "1")
    entry.items.spins["SKU-2"].setFocus()
    press(qtbot, window, Qt.Key.Key_Up)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.pack.banner.title == "CHECK"
    assert "Tea: 1 more in the parcels than the order has (1)." in window.pack.banner.message
    assert bench.pro.count("pack_order") == 0


def test_the_scale_fills_the_next_parcel_only_once_its_reading_changes(qtbot: QtBot) -> None:
    on_the_scale = [Decimal("2.40")]

    def read() -> WeightReading:
        return WeightReading(on_the_scale[0], True)

    bench = Bench(read_scale=read)
    window = open_window(qtbot, bench)
    scan(qtbot, window, bench.pro.add(ShipmentState.UNALLOCATED))
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    entry = window.pack.parcel_entry
    qtbot.waitUntil(lambda: entry.weight.text() == "2.40")
    ctrl(qtbot, window, Qt.Key.Key_N)
    entry.scale_status.clear()
    qtbot.waitUntil(lambda: "stable" in entry.scale_status.text())  # read after the move
    assert entry.weight.text() == ""  # the first parcel, still on the scale, is not copied
    on_the_scale[0] = Decimal("1.10")  # the second parcel goes on the scale
    qtbot.waitUntil(lambda: entry.weight.text() == "1.10")
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert entry.weight.text() == "2.40"
    window.shutdown()


def test_a_known_weight_replaced_by_the_scale_is_named(qtbot: QtBot) -> None:
    bench = Bench(read_scale=lambda: WeightReading(Decimal("2.60"), True))
    window = open_window(qtbot, bench)
    scan(qtbot, window, three_package_consignment(bench))
    wait_for_stage(qtbot, window, Stage.CONFIRM_PARCELS)
    entry = window.pack.parcel_entry
    qtbot.waitUntil(lambda: entry.weight.text() == "2.60")
    qtbot.waitUntil(lambda: "(the consignment said 2.4 kg)" in entry.scale_status.text())
    assert entry.parcels.rows.item(0).text().startswith("▶ 1.  2.60 kg")
    assert entry.parcels.rows.item(1).text() == "  2.  0.5 kg  ·  Small box 30×20×10 cm"
    window.shutdown()
