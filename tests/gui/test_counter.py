"""The Counter screen: a walk-in customer's parcel booked from the form, by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
