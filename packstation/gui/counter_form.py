"""The counter booking form: who the parcels go to, how to reach them, and the parcels.

Each parcel has its weight and size, what is in it and its declared value; a parcel leaving the
station's country also lists its contents (what, how many, value, weight, where made, tariff
code), and the booking then needs a customs declaration. Those parts show only then. The desk
checks the whole form and lists what to fix, naming the parcel.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from packstation.domain.booking import (
    Booking,
    BookingParcel,
    Contact,
    CustomsCategory,
    CustomsDeclaration,
)
from packstation.domain.shipment import Place
from packstation.gui.counter_parcel import CounterParcelDetails
from packstation.gui.parcel_checks import ParcelProblem
from packstation.gui.parcel_entry import ParcelEntry
from packstation.gui.parcel_list import ADD_KEY, REMOVE_KEY

DEFAULT_COUNTRY = "GB"
DEFAULT_CURRENCY = "GBP"
ADDRESS_KEYS = ("name", "line1", "town", "postcode", "country")


class CounterForm(QWidget):
    """Address, contact, the parcels (each with value and contents) and the customs declaration."""

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
        self.details = CounterParcelDetails(DEFAULT_CURRENCY)
        # The shown parcel's fields, under the names the rest of the form uses.
        self.fields["description"] = self.details.description
        self.fields["value"] = self.details.value
        hint = self.tr(
            "Enter: ask for quotes   %1: add a parcel   %2: remove it   Esc: new booking"
        )
        self.parcel = ParcelEntry(
            hint.replace("%1", ADD_KEY).replace("%2", REMOVE_KEY), details=self.details
        )
        self.customs = self._customs_box()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(address)
        layout.addWidget(self.parcel)
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
        form.addRow(self.tr("Declared by *"), self._field("signer", self.tr("Declared by *")))
        return box

    def _on_country_changed(self, text: str) -> None:
        international = self._international(text)
        self.customs.setVisible(international)
        self.details.set_international(international)

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
        """Return the booking as filled in; raises ValueError with a message for the clerk.

        Only what cannot be read at all (an address left empty, a number that is not one) is
        refused here; everything else is for the desk's checks, which name the parcel.
        """
        missing = [self.fields[key].accessibleName() for key in ADDRESS_KEYS if not self.text(key)]
        if missing:
            raise ValueError(self.tr("Fill in: %1.").replace("%1", ", ".join(missing)))
        lines = tuple(line for line in (self.text("line1"), self.text("line2")) if line)
        destination = Place(
            self.text("name"),
            lines,
            self.text("town"),
            self.text("postcode").upper(),
            self.text("country").upper(),
        )
        contact = Contact(self.text("name"), phone=self.text("phone"), email=self.text("email"))
        international = self._international(destination.country_code)
        customs = None
        if international:
            category = self.category.currentData()
            customs = CustomsDeclaration(
                category,
                self.text("signer"),
                reason_for_export="Sale" if category is CustomsCategory.SALE else "",
            )
        return Booking(
            destination,
            contact,
            self._parcels(international),
            customs=customs,
            customer_reference=self.text("reference"),
        )

    def _parcels(self, international: bool) -> tuple[BookingParcel, ...]:
        specs = self.parcel.parcel_specs()
        drafts = self.parcel.drafts()
        try:
            return tuple(
                self.details.booking_parcel(spec, draft.details, index, international=international)
                for index, (spec, draft) in enumerate(zip(specs, drafts, strict=True))
            )
        except ParcelProblem as problem:
            self.parcel.show_parcel(problem.index)
            raise

    def clear(self) -> None:
        """Empty the form for the next customer."""
        for key, field in self.fields.items():
            field.setText(DEFAULT_COUNTRY if key == "country" else "")
        self.category.setCurrentIndex(0)
        self.parcel.start(None)
        self.fields["name"].setFocus()
