"""The counter booking form: who the parcel goes to, how to reach them, and the parcel.

A parcel leaving the station's country also needs its contents (one line here: what, how many,
value, weight, where made, tariff code) and a customs declaration; that part of the form shows
only then. The desk checks the whole form and lists what to fix.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from packstation.domain.booking import (
    Booking,
    BookingParcel,
    Contact,
    ContentItem,
    CustomsCategory,
    CustomsDeclaration,
)
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
        self.customs = self._customs_box()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(address)
        layout.addWidget(self.parcel)
        layout.addWidget(contents)
        layout.addWidget(self.customs)
        self.fields["country"].textChanged.connect(self._on_country_changed)
        self._on_country_changed(DEFAULT_COUNTRY)

    def _customs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Customs (parcels leaving %1)").replace("%1", DEFAULT_COUNTRY))
        form = QFormLayout(box)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Customs category"))
        for category, caption in (
            (CustomsCategory.GIFT, self.tr("Gift")),
            (CustomsCategory.SALE, self.tr("Sale of goods")),
            (CustomsCategory.COMMERCIAL_SAMPLE, self.tr("Commercial sample")),
            (CustomsCategory.DOCUMENTS, self.tr("Documents")),
        ):
            self.category.addItem(caption, category)
        form.addRow(self.tr("Category"), self.category)
        for key, caption in (
            ("signer", self.tr("Declared by *")),
            ("item", self.tr("Item *")),
            ("quantity", self.tr("Quantity *")),
            ("item_value", self.tr("Items' value (GBP) *")),
            ("item_weight", self.tr("Items' weight (kg) *")),
            ("origin", self.tr("Made in (country) *")),
            ("hs_code", self.tr("Tariff code (HS) *")),
        ):
            form.addRow(caption, self._field(key, caption))
        return box

    def _on_country_changed(self, text: str) -> None:
        self.customs.setVisible(self._international(text))

    @staticmethod
    def _international(country: str) -> bool:
        return bool(country.strip()) and country.strip().upper() != DEFAULT_COUNTRY

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
        customs = None
        if self._international(destination.country_code):
            parcel = replace(parcel, items=(self._content_item(),))
            category = self.category.currentData()
            customs = CustomsDeclaration(
                category,
                self.text("signer"),
                reason_for_export="Sale" if category is CustomsCategory.SALE else "",
            )
        return Booking(
            destination,
            contact,
            (parcel,),
            customs=customs,
            customer_reference=self.text("reference"),
        )

    def _content_item(self) -> ContentItem:
        message = self.tr("Customs: type the quantity, value and weight of the items.")
        try:
            quantity = int(self.text("quantity"))
            line_value = Decimal(self.text("item_value").replace(",", "."))
            line_weight = Decimal(self.text("item_weight").replace(",", "."))
        except (ValueError, InvalidOperation):
            raise ValueError(message) from None
        return ContentItem(
            self.text("item"),
            quantity,
            line_value,
            line_weight,
            self.text("origin").upper(),
            self.text("hs_code"),
        )

    def clear(self) -> None:
        """Empty the form for the next customer."""
        for key, field in self.fields.items():
            field.setText(DEFAULT_COUNTRY if key == "country" else "")
        self.category.setCurrentIndex(0)
        self.parcel.start(None)
        self.fields["name"].setFocus()
