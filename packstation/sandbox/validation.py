"""Input validation with PRO-style ``Details`` naming each offending field."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from packstation.sandbox.apierrors import FieldProblem, invalid
from packstation.sandbox.catalogue_data import LOCATIONS, PACKAGE_SIZES
from packstation.sandbox.schema import CONSIGNMENT, Schema, type_problems


def require_object(body: Any, target: str = "body") -> dict[str, Any]:
    """Return ``body`` if it is a JSON object, else raise a 400."""
    if not isinstance(body, dict):
        raise invalid([FieldProblem(target, "A JSON object is required", "InvalidType")])
    return body


def check_shape(body: Any, schema: Schema) -> dict[str, Any]:
    """Return ``body`` if it is an object whose known fields have the right JSON types."""
    checked = require_object(body)
    problems = type_problems(checked, schema, "")
    if problems:
        raise invalid(problems, "The request is invalid: " + problems[0].message)
    return checked


def require_reference_list(body: Any, target: str = "body") -> list[str]:
    """Return ``body`` if it is a non-empty array of strings, else raise a 400."""
    if not isinstance(body, list) or not body or not all(isinstance(r, str) for r in body):
        raise invalid(
            [FieldProblem(target, "A non-empty array of references is required", "InvalidType")]
        )
    return body


def references_field(body: Any, field: str = "ConsignmentReferences") -> list[str]:
    """Return the reference array held in ``field`` of an object body."""
    return require_reference_list(require_object(body).get(field), field)


def _positive(value: Any) -> bool:
    try:
        return Decimal(str(value)) > 0
    except (InvalidOperation, ValueError):
        return False


def package_problems(
    package: Any, target: str, *, need_description: bool = True
) -> list[FieldProblem]:
    """Return what is wrong with one package of a create/update/options request."""
    if not isinstance(package, dict):
        return [FieldProblem(target, "A package object is required", "InvalidType")]
    problems = []
    size_reference = package.get("PackageSizeReference")
    if size_reference and size_reference not in PACKAGE_SIZES:
        problems.append(
            FieldProblem(f"{target}.PackageSizeReference", f"Unknown package size {size_reference}")
        )
    has_size = bool(size_reference) and size_reference in PACKAGE_SIZES
    weight = package.get("Weight") or {}
    if not has_size and not _positive(weight.get("Value")):
        problems.append(
            FieldProblem(
                f"{target}.Weight", "Weight in Kg greater than zero is required", "Required"
            )
        )
    dimensions = package.get("Dimensions") or {}
    if not has_size:
        for side in ("Length", "Width", "Height"):
            if not _positive(dimensions.get(side)):
                problems.append(
                    FieldProblem(
                        f"{target}.Dimensions.{side}", f"{side} in Cm is required", "Required"
                    )
                )
    if need_description and not package.get("Description"):
        problems.append(
            FieldProblem(f"{target}.Description", "Description is required", "Required")
        )
    value = package.get("Value")
    if need_description and (not isinstance(value, dict) or value.get("Amount") is None):
        problems.append(FieldProblem(f"{target}.Value", "Value is required", "Required"))
    return problems


def address_problems(addresses: Any) -> list[FieldProblem]:
    """Return what is wrong with the address list (origin, destination, a location)."""
    if not isinstance(addresses, list) or not addresses:
        return [
            FieldProblem("Addresses", "Origin and Destination addresses are required", "Required")
        ]
    problems = []
    by_type: dict[str, dict[str, Any]] = {}
    for index, address in enumerate(addresses):
        if not isinstance(address, dict):
            problems.append(FieldProblem(f"Addresses[{index}]", "An address object is required"))
            continue
        address_type = str(address.get("AddressType") or "")
        if address_type.lower() in by_type:
            problems.append(
                FieldProblem(f"Addresses[{index}].AddressType", f"Duplicate {address_type} address")
            )
        by_type[address_type.lower()] = address
        location = address.get("ShippingLocationReference")
        if location and location not in LOCATIONS:
            problems.append(
                FieldProblem(
                    f"Addresses[{index}].ShippingLocationReference",
                    f"Unknown shipping location {location}",
                )
            )
        elif not location:
            problems.extend(_plain_address_problems(address, f"Addresses[{index}]"))
    for required in ("Origin", "Destination"):
        if required.lower() not in by_type:
            problems.append(
                FieldProblem("Addresses", f"{required} address is required", "Required")
            )
    ends = [by_type.get("origin") or {}, by_type.get("destination") or {}]
    if not any(end.get("ShippingLocationReference") for end in ends):
        problems.append(
            FieldProblem(
                "Addresses",
                "Origin or Destination must carry a ShippingLocationReference",
                "Required",
            )
        )
    return problems


def _plain_address_problems(address: dict[str, Any], target: str) -> list[FieldProblem]:
    problems = []
    iso = ((address.get("Country") or {}).get("IsoCode") or {}).get("TwoLetterCode")
    if not iso or len(str(iso)) != 2:
        problems.append(
            FieldProblem(
                f"{target}.Country.IsoCode.TwoLetterCode", "Country is required", "Required"
            )
        )
    if not address.get("AddressLine1"):
        problems.append(
            FieldProblem(f"{target}.AddressLine1", "AddressLine1 is required", "Required")
        )
    if str(iso).upper() == "GB" and not address.get("Postcode"):
        problems.append(FieldProblem(f"{target}.Postcode", "Postcode is required", "Required"))
    return problems


def consignment_problems(
    body: dict[str, Any], *, need_description: bool = True
) -> list[FieldProblem]:
    """Return what is wrong with a Create Consignment–shaped body."""
    problems = []
    packages = body.get("Packages")
    if not isinstance(packages, list) or not packages:
        problems.append(FieldProblem("Packages", "At least one package is required", "Required"))
    else:
        for index, package in enumerate(packages):
            problems.extend(
                package_problems(package, f"Packages[{index}]", need_description=need_description)
            )
    problems.extend(address_problems(body.get("Addresses")))
    return problems


def check_consignment(body: Any, *, need_description: bool = True) -> dict[str, Any]:
    """Return the body when it is a valid consignment-shaped request, else raise a 400."""
    checked = check_shape(body, CONSIGNMENT)
    problems = consignment_problems(checked, need_description=need_description)
    if problems:
        raise invalid(problems, "The consignment is invalid: " + problems[0].message)
    return checked
