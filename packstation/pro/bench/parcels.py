"""The packer's parcels written back into a consignment (Update Consignment replaces packages).

PRO requires ``Description`` and ``Value`` on every package and keeps a package's identity, items
and customs data only when its ``Reference`` is sent back (SPEC 2.13, 6.2.6). So new parcels are
matched to the old packages by position:

* parcel *i* starts from old package *i* (reference, items, value, metadata, barcode, customer
  package reference and any field this client does not know are kept); weight, dimensions and box
  size are the packer's; the description is the packer's when given, else the old one;
* when the packer made fewer parcels, the items and value of the dropped packages move to the
  last parcel, so the declared contents and value of the consignment stay the same;
* when the packer made more parcels, each extra one is described like the first old package and
  declared at value 0 in its currency: its contents are already declared on the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from packstation.domain.shipment import ParcelSpec
from packstation.pro import models as m

DEFAULT_DESCRIPTION = "Parcel"
DEFAULT_CURRENCY = "GBP"
# Response-only package fields (SPEC 2.13) that must not be sent back as if they were input.
_RESPONSE_ONLY_KEYS = ("ConsignmentLegs", "Charges")


def packages_for(
    old_packages: Sequence[m.Package], specs: Sequence[ParcelSpec], fallback_value: m.Money | None
) -> list[m.Package]:
    """Return the packages to send for ``specs``, built on the consignment's current packages."""
    if not specs:
        raise ValueError("a consignment needs at least one parcel")
    kept = list(old_packages[: len(specs)])
    dropped = list(old_packages[len(specs) :])
    template = old_packages[0] if old_packages else None
    packages = []
    for index, spec in enumerate(specs):
        if index < len(kept):
            base = _wire(kept[index])
            if index == len(kept) - 1 and dropped:
                _absorb(base, dropped)
        else:
            base = _extra_package(template, fallback_value, declares_value=index == 0)
        packages.append(m.Package.model_validate(_measured(base, spec)))
    return packages


def _wire(package: m.Package) -> dict[str, Any]:
    data = m.to_wire(package)
    for key in _RESPONSE_ONLY_KEYS:
        data.pop(key, None)
    return data


def _measured(base: dict[str, Any], spec: ParcelSpec) -> dict[str, Any]:
    """Put the packer's measurements on a package body."""
    base["Weight"] = {"Value": spec.weight_kg, "Unit": "Kg"}
    if spec.dimensions is not None:
        base["Dimensions"] = {
            "Unit": "Cm",
            "Length": spec.dimensions.length_cm,
            "Width": spec.dimensions.width_cm,
            "Height": spec.dimensions.height_cm,
        }
    else:
        base.pop("Dimensions", None)
    if spec.size_reference:
        base["PackageSizeReference"] = spec.size_reference
    else:
        base.pop("PackageSizeReference", None)
    if spec.description:
        base["Description"] = spec.description
    elif not base.get("Description"):
        base["Description"] = DEFAULT_DESCRIPTION
    return base


def _absorb(base: dict[str, Any], dropped: list[m.Package]) -> None:
    """Move the items and declared value of dropped packages onto ``base``."""
    items = list(base.get("Items") or [])
    amount = _amount(base.get("Value"))
    for package in dropped:
        items.extend(m.to_wire(item) for item in package.items or ())
        if package.value is not None and package.value.amount is not None:
            amount += package.value.amount
    if items:
        base["Items"] = items
    value = dict(base.get("Value") or {})
    value["Amount"] = amount
    value.setdefault("Currency", {"IsoCode": _currency_of(dropped[0].value)})
    base["Value"] = value


def _amount(value: Any) -> Decimal:
    if isinstance(value, dict) and value.get("Amount") is not None:
        return Decimal(str(value["Amount"]))
    return Decimal(0)


def _currency_of(money: m.Money | None) -> str:
    if money is not None and money.currency is not None and money.currency.iso_code:
        return money.currency.iso_code
    return DEFAULT_CURRENCY


def _extra_package(
    template: m.Package | None, fallback_value: m.Money | None, *, declares_value: bool
) -> dict[str, Any]:
    """Return the body of a parcel the consignment did not have before.

    Only a first parcel of a consignment that had no packages at all declares the consignment's
    value; any other new parcel declares 0 because its contents are declared elsewhere.
    """
    description = (template.description if template else None) or DEFAULT_DESCRIPTION
    currency = _currency_of(template.value if template else fallback_value)
    amount = Decimal(0)
    if declares_value and fallback_value is not None and fallback_value.amount is not None:
        amount = fallback_value.amount
    return {
        "Description": description,
        "Value": {"Amount": amount, "Currency": {"IsoCode": currency}},
    }
