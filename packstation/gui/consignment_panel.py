"""The current consignment (or order): what the packer checks before the label goes on."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSizePolicy, QWidget

from packstation.domain.session import PackView
from packstation.domain.shipment import Place
from packstation.gui import formatting as fmt


class ConsignmentPanel(QGroupBox):
    """Reference, customer reference, destination, parcels, service, promise and state.

    The next action in words is the banner's last line, right above, so it is not repeated here.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Current consignment"), parent)
        self.setAccessibleName(self.tr("Current consignment"))
        self._rows: dict[str, QLabel] = {}
        form = QFormLayout(self)
        captions = {
            "reference": self.tr("Reference"),
            "customer": self.tr("Customer ref."),
            "destination": self.tr("Destination"),
            "parcels": self.tr("Parcels"),
            "service": self.tr("Carrier, service"),
            "promise": self.tr("Promise"),
            "state": self.tr("State"),
        }
        for key, caption in captions.items():
            value = QLabel(fmt.NOTHING)
            # No word wrap: wrapped labels in a form get clipped when the column runs short of
            # height; one line per fact (two for the address: who, and where), tooltips in full.
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            value.setAccessibleName(caption)
            self._rows[key] = value
            form.addRow(caption, value)

    def value(self, key: str) -> str:
        """Return the text of one row (``reference``, ``customer``, ``state``...)."""
        return self._rows[key].text()

    def tooltip(self, key: str) -> str:
        """Return the tooltip of one row (the whole address for ``destination``)."""
        return self._rows[key].toolTip()

    def show_view(self, view: PackView) -> None:
        """Fill the rows from a pack view."""
        values = dict.fromkeys(self._rows, fmt.NOTHING)
        place = None
        if view.shipment is not None:
            shipment = view.shipment
            place = shipment.destination
            values.update(
                reference=shipment.reference,
                customer=shipment.customer_reference or fmt.NOTHING,
                destination=_address(shipment.destination),
                parcels=f"{shipment.parcel_count} ({fmt.weight(shipment.total_weight_kg)})",
                service=fmt.carrier_service(shipment),
                promise=fmt.promise(shipment.promise),
                state=fmt.pro_state(shipment.state_name),
            )
        elif view.order is not None:
            order = view.order
            place = order.destination
            items = sum(line.quantity for line in order.lines)
            values.update(
                reference=order.reference,
                customer=order.customer_reference or fmt.NOTHING,
                destination=_address(order.destination),
                parcels=self.tr("%n item(s) to pack", "", items),
            )
        for key, text in values.items():
            self._rows[key].setText(text)
            self._rows[key].setToolTip(text)
        self._rows["destination"].setToolTip(_full_address(place))


def _address(place: Place | None) -> str:
    """Return who, then town, postcode and country: two short lines (the street is on the label)."""
    if place is None:
        return fmt.NOTHING
    who = place.name or next((line for line in place.lines if line), "")
    town = " ".join(part for part in (place.town, place.postcode, place.country_code) if part)
    return "\n".join(part for part in (who, town) if part) or fmt.NOTHING


def _full_address(place: Place | None) -> str:
    """Return the whole address, one part per line, for the row's tooltip."""
    if place is None:
        return fmt.NOTHING
    town = " ".join(part for part in (place.town, place.postcode, place.country_code) if part)
    return "\n".join(part for part in (place.name, *place.lines, town) if part) or fmt.NOTHING
