"""The Counter screen: a walk-in customer's parcel booked from the form, by keyboard."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from packstation.domain.labels import PrintState
from packstation.domain.session import Stage
from packstation.gui.counter_screen import CounterScreen
from packstation.gui.main_window import MainWindow
from tests.gui.conftest import Bench, open_window, stable_scale
from tests.gui.keys import focused, press

FORM = {
    "name": "Ana Lopez",
    "line1": "13 Porter Street",
    "town": "Manchester",
    "postcode": "m1 5wg",
    "phone": "07700 900123",
    "description": "Books",
    "value": "20.00",
}


def counter_of(window: MainWindow) -> CounterScreen:
    screen = window.counter
    assert isinstance(screen, CounterScreen)
    return screen


def fill_form(qtbot: QtBot, screen: CounterScreen, weight: str = "1.2") -> None:
    for key, text in FORM.items():
        qtbot.keyClicks(screen.form.fields[key], text)
    qtbot.keyClicks(screen.form.parcel.weight, weight)


def wait_for_counter(qtbot: QtBot, screen: CounterScreen, stage: Stage) -> None:
    def reached() -> None:
        assert screen.banner.tone_name != "working"
        assert screen.view is not None and screen.view.pack.stage is stage

    qtbot.waitUntil(reached)


def test_quote_booked_by_digit_prints_label_and_receipt(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    press(qtbot, window, Qt.Key.Key_F2)
    screen = counter_of(window)
    assert focused(window) is screen.form.fields["name"]
    fill_form(qtbot, screen)
    qtbot.keyClick(screen.form.parcel.weight, Qt.Key.Key_Return)  # Enter asks for quotes
    wait_for_counter(qtbot, screen, Stage.CHOOSE_SERVICE)
    assert screen.choices.rowCount() == 2
    assert focused(window) is screen.choices
    qtbot.keyClicks(screen.choices, "2")
    wait_for_counter(qtbot, screen, Stage.DONE)
    booked = bench.counter_api.bookings[-1]
    assert booked.destination.postcode == "M1 5WG" and booked.contact.phone == "07700 900123"
    assert bench.receipts.receipts[0].carrier == "Carrier X"
    assert "Receipt printed" in screen.receipt_status.text()
    assert screen.labels.statuses() == ["✔ printed (confirmed)"]


def test_delivery_options_with_alt_o_and_enter(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    window.show_screen(1)
    screen = counter_of(window)
    fill_form(qtbot, screen)
    qtbot.keyClick(screen.options_button, Qt.Key.Key_Space)
    wait_for_counter(qtbot, screen, Stage.CHOOSE_SERVICE)
    qtbot.keyClick(screen.choices, Qt.Key.Key_Return)
    wait_for_counter(qtbot, screen, Stage.DONE)
    assert bench.pro.count("select_option") == 1


def test_missing_fields_are_named_and_nothing_is_asked(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    window.show_screen(1)
    screen = counter_of(window)
    qtbot.keyClicks(screen.form.fields["name"], "Ana Lopez")
    qtbot.keyClicks(screen.form.parcel.weight, "1")
    qtbot.keyClick(screen.form.parcel.weight, Qt.Key.Key_Return)
    assert screen.banner.title == "CHECK"
    assert "Fill in: Address, Town, Postcode." in screen.banner.message
    assert bench.counter_api.bookings == []


def test_receipt_paper_out_then_receipt_again(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    bench.receipts.script = [PrintState.FAILED]
    window.show_screen(1)
    screen = counter_of(window)
    fill_form(qtbot, screen)
    qtbot.keyClick(screen.form.parcel.weight, Qt.Key.Key_Return)
    wait_for_counter(qtbot, screen, Stage.CHOOSE_SERVICE)
    qtbot.keyClicks(screen.choices, "1")
    wait_for_counter(qtbot, screen, Stage.DONE)
    assert screen.receipt_status.text() == "Receipt not printed: paper out"
    qtbot.keyClick(screen.receipt_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Receipt printed" in screen.receipt_status.text())
    assert len(bench.receipts.receipts) == 2


def test_esc_on_the_offers_leaves_the_booking_and_clears_the_form(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    window.show_screen(1)
    screen = counter_of(window)
    fill_form(qtbot, screen)
    qtbot.keyClick(screen.form.parcel.weight, Qt.Key.Key_Return)
    wait_for_counter(qtbot, screen, Stage.CHOOSE_SERVICE)
    qtbot.keyClick(screen.choices, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.form.text("name") == "")
    assert screen.choices.rowCount() == 0 and screen.form.text("country") == "GB"


def test_without_a_desk_the_counter_says_it_is_not_set_up(qtbot: QtBot) -> None:
    window = open_window(qtbot, Bench(with_counter=False))
    assert not isinstance(window.counter, CounterScreen)
    assert "not set up" in window.counter.explanation.text()  # type: ignore[attr-defined]
    window.shutdown()


def test_the_scale_fills_the_counter_weight(qtbot: QtBot) -> None:
    bench = Bench(read_scale=stable_scale("3.10"))
    window = open_window(qtbot, bench)
    window.show_screen(1)
    screen = counter_of(window)
    qtbot.waitUntil(lambda: screen.form.parcel.weight.text() == "3.10")
    assert window.pack.parcel_entry.weight.text() == ""  # the hidden pack form is left alone
    window.shutdown()


def test_an_international_booking_asks_for_customs_and_books(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    window.show_screen(1)
    screen = counter_of(window)
    assert not screen.form.customs.isVisibleTo(window)
    fill_form(qtbot, screen)
    country = screen.form.fields["country"]
    country.clear()
    qtbot.keyClicks(country, "fr")
    assert screen.form.customs.isVisibleTo(window)
    qtbot.keyClicks(screen.form.fields["signer"], "Ana Lopez")
    contents = screen.form.details.rows[0]
    for edit, text in zip(
        contents, ("Paperback", "2", "20.00", "0.8", "gb", "490199"), strict=True
    ):
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(screen.form.parcel.weight, Qt.Key.Key_Return)
    wait_for_counter(qtbot, screen, Stage.CHOOSE_SERVICE)
    booked = bench.counter_api.bookings[-1]
    assert booked.customs is not None and booked.customs.designated_person == "Ana Lopez"
    assert booked.parcels[0].items[0].hs_code == "490199"
    assert booked.parcels[0].items[0].country_of_origin == "GB"


def test_missing_customs_details_are_listed_by_the_desk(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    window.show_screen(1)
    screen = counter_of(window)
    fill_form(qtbot, screen)
    screen.form.fields["country"].setText("FR")
    quantity, value, weight = screen.form.details.rows[0][1:4]
    qtbot.keyClicks(quantity, "1")
    qtbot.keyClicks(value, "5")
    qtbot.keyClicks(weight, "0.2")
    qtbot.keyClick(screen.form.parcel.weight, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.problems.count() > 0)
    assert screen.banner.title == "CHECK"
    problems = [screen.problems.item(row).text() for row in range(screen.problems.count())]
    assert "Customs: name the person who signs the declaration." in problems
    assert "Parcel 1, item 1: the description is missing." in problems
    assert bench.counter_api.bookings == []


def key_in(qtbot: QtBot, widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """Press a key combination in ``widget`` with the cursor in it, as a clerk would."""
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)


def type_contents(qtbot: QtBot, screen: CounterScreen, line: int, texts: tuple[str, ...]) -> None:
    for edit, text in zip(screen.form.details.rows[line], texts, strict=True):
        qtbot.keyClicks(edit, text)


def abroad_with_two_parcels(qtbot: QtBot, screen: CounterScreen, second_value: str) -> None:
    """Parcel 1: two books; parcel 2: a scarf and gloves, declared at ``second_value``."""
    fill_form(qtbot, screen, weight="1.2")
    country = screen.form.fields["country"]
    country.clear()
    qtbot.keyClicks(country, "FR")
    qtbot.keyClicks(screen.form.fields["signer"], "Ana Lopez")
    type_contents(qtbot, screen, 0, ("Paperback", "2", "20.00", "0.8", "GB", "490199"))
    entry = screen.form.parcel
    key_in(qtbot, screen.form.fields["value"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert entry.parcels.heading.text() == "Parcel 2 of 2"
    assert screen.form.fields["description"].text() == ""  # a new parcel starts empty
    assert screen.form.details.contents.title() == "Contents of parcel 2 of 2, for customs"
    qtbot.keyClicks(entry.weight, "0.9")
    qtbot.keyClicks(screen.form.fields["description"], "Knitwear")
    qtbot.keyClicks(screen.form.fields["value"], second_value)
    type_contents(qtbot, screen, 0, ("Wool scarf", "1", "25.00", "0.3", "GB", "611710"))
    last = screen.form.details.rows[0][-1]
    key_in(qtbot, last, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert len(screen.form.details.rows) == 2
    assert focused(screen.window()) is screen.form.details.rows[1][0]
    type_contents(qtbot, screen, 1, ("Gloves", "1", "15.00", "0.2", "IT", "611610"))


def test_two_parcels_abroad_with_contents_reach_the_desk(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    window.show_screen(1)
    screen = counter_of(window)
    abroad_with_two_parcels(qtbot, screen, "40.00")
    qtbot.keyClick(screen.form.parcel.weight, Qt.Key.Key_Return)
    wait_for_counter(qtbot, screen, Stage.CHOOSE_SERVICE)
    booked = bench.counter_api.bookings[-1]
    first, second = booked.parcels
    assert (first.spec.weight_kg, first.description, first.declared_value) == (
        Decimal("1.2"),
        "Books",
        Decimal("20.00"),
    )
    assert [(i.description, i.quantity, i.hs_code) for i in first.items] == [
        ("Paperback", 2, "490199")
    ]
    assert (second.spec.weight_kg, second.description, second.declared_value) == (
        Decimal("0.9"),
        "Knitwear",
        Decimal("40.00"),
    )
    assert [(i.description, i.line_value, i.country_of_origin) for i in second.items] == [
        ("Wool scarf", Decimal("25.00"), "GB"),
        ("Gloves", Decimal("15.00"), "IT"),
    ]
    assert booked.customs is not None and booked.customs.designated_person == "Ana Lopez"


def test_the_desk_names_the_second_parcel_and_the_form_shows_it(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    window.show_screen(1)
    screen = counter_of(window)
    abroad_with_two_parcels(qtbot, screen, "30.00")
    key_in(qtbot, screen.form.parcel.weight, Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(screen.form.parcel.weight, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.problems.count() > 0)
    problems = [screen.problems.item(row).text() for row in range(screen.problems.count())]
    assert problems == [
        "Parcel 2: the contents add up to 40.00 GBP but 30.00 is declared; "
        "they must agree on the customs forms."
    ]
    assert screen.banner.title == "CHECK"
    assert bench.counter_api.bookings == []


def test_a_contents_line_is_removed_with_ctrl_shift_i(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    window.show_screen(1)
    screen = counter_of(window)
    abroad_with_two_parcels(qtbot, screen, "25.00")
    gloves = screen.form.details.rows[1][2]
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    key_in(qtbot, gloves, Qt.Key.Key_I, modifiers)
    assert len(screen.form.details.rows) == 1
    qtbot.keyClick(screen.form.parcel.weight, Qt.Key.Key_Return)
    wait_for_counter(qtbot, screen, Stage.CHOOSE_SERVICE)
    second = bench.counter_api.bookings[-1].parcels[1]
    assert [item.description for item in second.items] == ["Wool scarf"]


def test_a_value_that_is_not_a_number_names_its_parcel(
    qtbot: QtBot, window: MainWindow, bench: Bench
) -> None:
    window.show_screen(1)
    screen = counter_of(window)
    fill_form(qtbot, screen)
    entry = screen.form.parcel
    key_in(qtbot, entry.weight, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(entry.weight, "2")
    qtbot.keyClicks(screen.form.fields["description"], "Plates")
    qtbot.keyClicks(screen.form.fields["value"], "lots")
    key_in(qtbot, entry.weight, Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(entry.weight, Qt.Key.Key_Return)
    assert screen.banner.title == "CHECK"
    assert screen.banner.message == "Parcel 2: type its value in GBP, e.g. 25.00."
    assert entry.parcels.heading.text() == "Parcel 2 of 2"
    assert bench.counter_api.bookings == []
