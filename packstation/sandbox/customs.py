"""Customs documents: CN22 (value up to £270) or CN23 per package, and a commercial invoice."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from packstation.sandbox.eligibility import needs_customs
from packstation.sandbox.labels.content import address_lines
from packstation.sandbox.pdfsheet import Sheet
from packstation.sandbox.shipment import decimal_of, find_address, shipment_of

CN22_LIMIT_GBP = Decimal("270")


def document_type(document: dict[str, Any]) -> str:
    """Return ``CN22`` or ``CN23`` by the consignment's declared value."""
    return "CN22" if decimal_of(document["Value"]["Amount"]) <= CN22_LIMIT_GBP else "CN23"


def _item_rows(package: dict[str, Any]) -> list[list[str]]:
    rows = []
    for item in package.get("Items") or []:
        origin = ((item.get("CountryOfOrigin") or {}).get("IsoCode") or {}).get("TwoLetterCode")
        weight = (item.get("Weight") or {}).get("Value")
        rows.append(
            [
                str(item.get("Description") or item.get("Sku") or ""),
                str(item.get("Quantity") or 1),
                f"{weight} kg" if weight is not None else "",
                f"{item['Value']['Amount']:.2f} {item['Value']['Currency']['IsoCode']}",
                str(item.get("HarmonisationCode") or ""),
                str(origin or ""),
            ]
        )
    if not rows:
        rows.append(
            [
                str(package.get("Description") or ""),
                "1",
                f"{package['Weight']['Value']} kg",
                f"{package['Value']['Amount']:.2f} {package['Value']['Currency']['IsoCode']}",
                "",
                "",
            ]
        )
    return rows


HEADERS = ("Description", "Qty", "Weight", "Value", "HS code", "Origin")
WIDTHS = (0.36, 0.07, 0.12, 0.17, 0.16, 0.12)


def _parties(sheet: Sheet, document: dict[str, Any]) -> None:
    for label, kind in (("Sender", "Origin"), ("Addressee", "Destination")):
        sheet.line(label, bold=True)
        for line in address_lines(find_address(document, kind) or {}):
            sheet.line(line)
        sheet.gap()


def declaration(document: dict[str, Any], package: dict[str, Any]) -> bytes:
    """Return the CN22 or CN23 PDF of one package."""
    kind = document_type(document)
    customs = document.get("CustomsDocumentation") or {}
    sheet = Sheet(f"{kind} customs declaration")
    sheet.line(f"Consignment {document['Reference']}  package {package['Reference']}")
    sheet.line(f"Category: {customs.get('CategoryType') or 'Other'}")
    sheet.gap()
    _parties(sheet, document)
    sheet.table(HEADERS, _item_rows(package), WIDTHS)
    sheet.gap()
    if kind == "CN23":
        sheet.line(f"Comments: {customs.get('CN23Comments') or ''}")
        sheet.line(f"Office of posting: {customs.get('OfficeOfPosting') or ''}")
    sheet.line(f"Signed: {customs.get('DesignatedPersonResponsible') or ''}")
    return sheet.finish()


def commercial_invoice(document: dict[str, Any]) -> bytes:
    """Return the commercial invoice PDF listing every item of the consignment."""
    customs = document.get("CustomsDocumentation") or {}
    eori = {m.get("KeyValue"): m.get("StringValue") for m in document.get("MetaData") or []}
    sheet = Sheet("Commercial invoice")
    sheet.line(f"Consignment {document['Reference']}")
    sheet.line(f"Invoice date: {customs.get('InvoiceDate') or document['DateCreated']}")
    sheet.line(f"Shipping terms: {customs.get('ShippingTerms') or 'DAP'}")
    sheet.line(f"Shipper's VAT: {customs.get('ShippersVatNumber') or 'GBUNREG'}")
    sheet.line(f"Shipper's EORI: {eori.get('ShippersEORI') or ''}")
    sheet.line(f"Reason for export: {customs.get('ReasonForExport') or 'Sale'}")
    sheet.gap()
    _parties(sheet, document)
    rows = [row for package in document["Packages"] for row in _item_rows(package)]
    sheet.table(HEADERS, rows, WIDTHS)
    sheet.gap()
    total = document["Value"]
    sheet.line(f"Total value: {total['Amount']:.2f} {total['Currency']['IsoCode']}", bold=True)
    return sheet.finish()


def needs_documents(document: dict[str, Any]) -> bool:
    """Return whether the consignment's destination needs customs documents."""
    return needs_customs(shipment_of(document))
