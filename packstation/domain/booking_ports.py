"""The counter's ports: SortedPRO for a consignment that does not exist yet, a receipt printer.

The counter also uses :class:`~packstation.domain.ports.ShippingApi` for everything that acts on an
existing consignment (allocation, labels, searches); these are only the calls made from the form.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from packstation.domain.booking import Booking, Receipt
from packstation.domain.choices import QuoteList, ServiceChoice
from packstation.domain.labels import PrintReport


class CounterApi(Protocol):
    """SortedPRO as the counter uses it before a consignment exists.

    Every request carries the booking's ``client_reference`` as PRO's
    ``ConsignmentReferenceProvidedByCustomer``, so whatever PRO creates from it can be found.
    """

    def delivery_options(self, booking: Booking) -> tuple[ServiceChoice, ...]:
        """Return the delivery options (kind ``DELIVERY_OPTION``) for the booking."""

    def pickup_options(
        self, booking: Booking, radius_km: Decimal, max_results: int
    ) -> tuple[ServiceChoice, ...]:
        """Return pickup options near the destination (kind ``PICKUP_OPTION``, with the point)."""

    def quote_booking(self, booking: Booking) -> QuoteList:
        """Return the quotes for the booking without creating anything."""

    def create_consignment(self, booking: Booking, client_reference: str) -> str:
        """Create the consignment carrying ``client_reference``; return its ``EC-`` reference."""


class ReceiptPrinter(Protocol):
    """A receipt printer (80 mm ESC/POS, or a ZPL printer used for receipts)."""

    @property
    def name(self) -> str:
        """How the printer is shown to the clerk (its address)."""

    def print_receipt(self, receipt: Receipt) -> PrintReport:
        """Print one receipt and report honestly (index 0 is the receipt)."""
