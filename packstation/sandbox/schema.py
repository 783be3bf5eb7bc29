"""Structural checks of request bodies: every known field has the JSON type PRO expects.

Runs before any business rule so that a wrong type is a 400 naming the field, never a crash.
Unknown fields are allowed (PRO ignores them); ``null`` is allowed for every field but not as an
element of an array.
"""

from __future__ import annotations

from typing import Any

from packstation.sandbox.apierrors import FieldProblem
from packstation.sandbox.clock import parse_wire_datetime

STRING = "string"
NUMBER = "number"
INTEGER = "integer"
BOOLEAN = "boolean"
DATETIME = "datetime"
ANY_OBJECT = "object"

Schema = Any

COUNTRY: Schema = {"Name": STRING, "IsoCode": {"TwoLetterCode": STRING, "ThreeLetterCode": STRING}}
MONEY: Schema = {"Amount": NUMBER, "Currency": {"IsoCode": STRING, "Name": STRING}}
WEIGHT: Schema = {"Value": NUMBER, "Unit": STRING}
DIMENSIONS: Schema = {"Unit": STRING, "Width": NUMBER, "Length": NUMBER, "Height": NUMBER}
META: Schema = [ANY_OBJECT]
DELIVERY_DATE: Schema = {
    "Date": DATETIME,
    "IsToBeExactlyOnTheDateSpecified": BOOLEAN,
    "DeliveryWindow": {"Start": STRING, "End": STRING, "UtcOffset": STRING},
}
CONTACT: Schema = {
    key: STRING
    for key in ("Title", "FirstName", "LastName", "Telephone", "Mobile", "LandLine", "Email")
}
ADDRESS: Schema = {
    "AddressType": STRING,
    "ShippingLocationReference": STRING,
    "ShopLocationReference": STRING,
    "Contact": CONTACT,
    "CompanyName": STRING,
    "AddressLine1": STRING,
    "AddressLine2": STRING,
    "AddressLine3": STRING,
    "Town": STRING,
    "Region": STRING,
    "Postcode": STRING,
    "Country": COUNTRY,
    "RegionCode": STRING,
    "SpecialInstructions": STRING,
    "LatLong": {"Latitude": NUMBER, "Longitude": NUMBER},
    "IsCached": BOOLEAN,
}
ITEM: Schema = {
    "Reference": STRING,
    "Sku": STRING,
    "Model": STRING,
    "Description": STRING,
    "CountryOfOrigin": COUNTRY,
    "HarmonisationCode": STRING,
    "HarmonisationKeyWords": [STRING],
    "Weight": WEIGHT,
    "Dimensions": DIMENSIONS,
    "Value": MONEY,
    "ItemReferenceProvidedByCustomer": STRING,
    "Barcode": ANY_OBJECT,
    "MetaData": META,
    "Quantity": INTEGER,
    "Unit": STRING,
}
PACKAGE: Schema = {
    "Reference": STRING,
    "PackageReferenceProvidedByCustomer": STRING,
    "Weight": WEIGHT,
    "Dimensions": DIMENSIONS,
    "Description": STRING,
    "Value": MONEY,
    "PackageSizeReference": STRING,
    "Barcode": ANY_OBJECT,
    "MetaData": META,
    "Items": [ITEM],
}
CONSIGNMENT: Schema = {
    "Reference": STRING,
    "ConsignmentReferenceProvidedByCustomer": STRING,
    "OrderReferenceProvidedByCustomer": STRING,
    "OrderReference": STRING,
    "Source": STRING,
    "Direction": STRING,
    "ShippingDate": DATETIME,
    "DeliveryDate": DATETIME,
    "GuaranteedOnly": BOOLEAN,
    "RequiredDeliveryDate": DELIVERY_DATE,
    "RequestedDeliveryDate": DELIVERY_DATE,
    "Packages": [PACKAGE],
    "Addresses": [ADDRESS],
    "CustomsDocumentation": ANY_OBJECT,
    "MetaData": META,
    "Metadata": META,
    "Tags": [STRING],
    "Distance": {"Unit": STRING, "Value": NUMBER},
    "MaxResults": INTEGER,
    "GenerateReturn": BOOLEAN,
}
MANIFEST_QUERY: Schema = {
    "States": [STRING],
    "ShippingLocationReferences": [STRING],
    "Carriers": [STRING],
    "LabelsPrinted": BOOLEAN,
    "ShippingDate": DATETIME,
    "ShippingDateRanges": {"StartDate": DATETIME, "EndDate": DATETIME},
}


def _is(value: Any, kind: str) -> bool:
    if kind == STRING:
        return isinstance(value, str)
    if kind == BOOLEAN:
        return isinstance(value, bool)
    if kind == INTEGER:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == NUMBER:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == ANY_OBJECT:
        return isinstance(value, dict)
    if kind == DATETIME:
        return isinstance(value, str) and _parses(value)
    raise ValueError(f"unknown schema kind {kind}")


def _parses(text: str) -> bool:
    try:
        parse_wire_datetime(text)
    except ValueError:
        return False
    return True


def type_problems(value: Any, schema: Schema, target: str) -> list[FieldProblem]:
    """Return a problem for every field whose JSON type does not match ``schema``."""
    if value is None:
        return []
    if isinstance(schema, str):
        if _is(value, schema):
            return []
        return [FieldProblem(target, f"{target} must be a {schema}", "InvalidType")]
    if isinstance(schema, list):
        if not isinstance(value, list):
            return [FieldProblem(target, f"{target} must be an array", "InvalidType")]
        problems = []
        for index, item in enumerate(value):
            if item is None:
                message = f"{target}[{index}] must not be null"
                problems.append(FieldProblem(f"{target}[{index}]", message, "InvalidType"))
            else:
                problems += type_problems(item, schema[0], f"{target}[{index}]")
        return problems
    if not isinstance(value, dict):
        return [FieldProblem(target, f"{target} must be an object", "InvalidType")]
    problems = []
    for key, part in schema.items():
        path = f"{target}.{key}" if target else key
        problems += type_problems(value.get(key), part, path)
    return problems
