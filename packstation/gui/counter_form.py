"""The counter booking form: who the parcel goes to, how to reach them, and the parcel.

International bookings need contents and a customs declaration; this form does not take them
yet, and the desk says so in its list of things to fix when the country is not the station's.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from packstation.domain.booking import Booking, BookingParcel, Contact
from packstation.domain.shipment import Place
from packstation.gui.parcel_entry import ParcelEntry

DEFAULT_COUNTRY = "GB"
DEFAULT_CURRENCY = "GBP"


class CounterForm(QWidget):
    """Address, contact, parcel (weight and size), declared value and description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Booking form"))
        self.fields: dict[str, QLineEdit] = {}
        address = QGroupBox(self.tr("Send to"))
        address_form = QFormLayout(address)
        for key, caption in (
            ("name", self.tr("Name *")),
            ("line1", self.tr("Address *")),
            ("line2", self.tr("Address line 2")),
            ("town", self.tr("Town *")),
            ("postcode", self.tr("Postcode *")),
            ("country", self.tr("Country *")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("Email")),
            ("reference", self.tr("Their reference")),
        ):
            address_form.addRow(caption, self._field(key, caption))
        self.fields["country"].setText(DEFAULT_COUNTRY)
        self.parcel = ParcelEntry(self.tr("Enter: ask for quotes   Esc: new booking"))
        contents = QGroupBox(self.tr("Contents"))
        contents_form = QFormLayout(contents)
        for key, caption in (
            ("description", self.tr("What is in it *")),
            ("value", self.tr("Value (GBP) *")),
        ):
            contents_form.addRow(caption, self._field(key, caption))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(address)
        layout.addWidget(self.parcel)
        layout.addWidget(contents)

    def _field(self, key: str, caption: str) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(caption.rstrip(" *"))
        self.fields[key] = field
        return field

    def text(self, key: str) -> str:
        """Return one field's text, trimmed."""
        return self.fields[key].text().strip()

    def booking(self) -> Booking:
        """Return the booking as filled in; raises ValueError with a message for the clerk."""
        missing = [
            self.fields[key].accessibleName()
            for key in ("name", "line1", "town", "postcode", "country", "description")
            if not self.text(key)
        ]
        if missing:
            raise ValueError(self.tr("Fill in: %1.").replace("%1", ", ".join(missing)))
        try:
            value = Decimal(self.text("value").replace(",", "."))
        except InvalidOperation:
            raise ValueError(self.tr("Type the value in GBP, e.g. 25.00.")) from None
        if not value.is_finite() or value < 0:
            raise ValueError(self.tr("Type the value in GBP, e.g. 25.00."))
        lines = tuple(line for line in (self.text("line1"), self.text("line2")) if line)
        destination = Place(
            self.text("name"),
            lines,
            self.text("town"),
            self.text("postcode").upper(),
            self.text("country").upper(),
        )
        contact = Contact(self.text("name"), phone=self.text("phone"), email=self.text("email"))
        parcel = BookingParcel(
            self.parcel.parcel_spec(), value, DEFAULT_CURRENCY, self.text("description")
        )
        return Booking(destination, contact, (parcel,), customer_reference=self.text("reference"))

    def clear(self) -> None:
        """Empty the form for the next customer."""
        for key, field in self.fields.items():
            field.setText(DEFAULT_COUNTRY if key == "country" else "")
        self.parcel.start(None)
        self.fields["name"].setFocus()
