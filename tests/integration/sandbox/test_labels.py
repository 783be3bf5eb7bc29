"""Labels: barcodes that decode to the tracking numbers, one ZPL block / PDF page per package."""

from __future__ import annotations

import base64
import io
import re

import httpx
import pypdfium2
import pytest
import zxingcpp
from PIL import Image

from packstation.printing.zpl.render import render_zpl
from packstation.pro import DocumentFormat, ProClient
from packstation.pro import models as m
from tests.integration.sandbox import bodies

RENDER_DPI = 203


def _allocated(http: httpx.Client, packages: int, service: str = "DPD_NEXTDAY") -> dict:
    body = bodies.consignment("LBL", packages=[bodies.package(1.0 + n) for n in range(packages)])
    reference = http.post("/consignments", json=body).json()[0]["Href"].rsplit("/", 1)[1]
    body = {"MpdCarrierServiceReference": service, "ConsignmentReferences": [reference]}
    [summary] = http.put("/allocation/allocatewithcarrierservice", json=body).json()
    assert summary["StatusCode"] == 200, summary
    return http.get(f"/consignments/{reference}").json()


def _tracking(consignment: dict) -> list[str]:
    return [p["ConsignmentLegs"][0]["TrackingReferences"][0] for p in consignment["Packages"]]


def _file(http: httpx.Client, path: str) -> tuple[bytes, str]:
    response = http.get(path)
    assert response.status_code == 200, response.text
    body = response.json()
    return base64.b64decode(body["File"], validate=True), body["ContentType"]


def _decode(image: Image.Image, barcode_format: zxingcpp.BarcodeFormat) -> list[str]:
    results = zxingcpp.read_barcodes(image.convert("L"))
    return [result.text for result in results if result.format == barcode_format]


def _code128(image: Image.Image) -> list[str]:
    return _decode(image, zxingcpp.BarcodeFormat.Code128)


@pytest.mark.parametrize("service", ["DPD_NEXTDAY", "EDC5_UPSHSTDCS", "MPD_RMT24", "EVRI_48"])
def test_png_barcodes_decode_to_the_tracking_numbers(http: httpx.Client, service: str) -> None:
    consignment = _allocated(http, 2, service)
    data, content_type = _file(http, f"/labels/{consignment['Reference']}/png")
    assert content_type == "image/png" and data.startswith(b"\x89PNG")
    image = Image.open(io.BytesIO(data))
    assert image.size == (4 * RENDER_DPI, 2 * 6 * RENDER_DPI)
    assert sorted(_code128(image)) == sorted(_tracking(consignment))
    routing = _decode(image, zxingcpp.BarcodeFormat.QRCode)
    assert sorted(routing) == sorted(
        f"GB|M15WG|{service}|{t}|{consignment['Reference']}|{n}/2"
        for n, t in enumerate(_tracking(consignment), start=1)
    )


def test_pdf_has_a_page_per_package_and_its_barcodes_decode(http: httpx.Client) -> None:
    consignment = _allocated(http, 3)
    data, content_type = _file(http, f"/labels/{consignment['Reference']}/pdf")
    assert content_type == "application/pdf" and data.startswith(b"%PDF")
    document = pypdfium2.PdfDocument(data)
    try:
        assert len(document) == 3
        decoded = []
        for index in range(len(document)):
            page = document[index]
            width_pt, height_pt = page.get_size()
            assert (round(width_pt), round(height_pt)) == (288, 432)
            bitmap = page.render(scale=RENDER_DPI / 72)
            decoded.append(_code128(bitmap.to_pil()))
            bitmap.close()
            page.close()
    finally:
        document.close()
    assert decoded == [[t] for t in _tracking(consignment)]


def test_zpl_has_one_block_per_package(http: httpx.Client) -> None:
    consignment = _allocated(http, 3)
    data, _ = _file(http, f"/labels/{consignment['Reference']}/ZPLII")
    text = data.decode("utf-8")
    blocks = re.findall(r"\^XA.*?\^XZ", text, flags=re.DOTALL)
    assert len(blocks) == 3 == text.count("^XA") == text.count("^XZ")
    for block, tracking in zip(blocks, _tracking(consignment), strict=True):
        assert f"^BCN,170,Y,N,N^FH_^FD{tracking}^FS" in block
        assert "^PW812" in block and "^LL1218" in block


def test_zpl_at_300_dpi_scales_the_label(http: httpx.Client) -> None:
    consignment = _allocated(http, 1)
    data, _ = _file(http, f"/labels/{consignment['Reference']}/zpl/300")
    assert "^PW1200" in data.decode() and "^LL1800" in data.decode()
    refused = http.get(f"/labels/{consignment['Reference']}/png/300")
    assert refused.status_code == 400


def test_zpl_field_data_is_escaped(http: httpx.Client) -> None:
    to = bodies.destination(AddressLine2="Flat ^2 ~ back_door")
    reference = http.post("/consignments", json=bodies.consignment("ESC", to=to)).json()[0]["Href"]
    reference = reference.rsplit("/", 1)[1]
    http.put(f"/allocation/{reference}/allocatewithcheapestquote")
    text = _file(http, f"/labels/{reference}/zpl")[0].decode()
    assert "Flat _5E2 _7E back_5Fdoor" in text
    assert "^2" not in text.replace("^FH_", "")


def test_package_label_and_flags_via_client(pro: ProClient, http: httpx.Client) -> None:
    consignment = _allocated(http, 2)
    second = consignment["Packages"][1]
    label = pro.get_package_label(consignment["Reference"], second["Reference"], m.LabelFormat.PNG)
    assert label.format == DocumentFormat.PNG
    assert _code128(Image.open(io.BytesIO(label.data))) == [_tracking(consignment)[1]]
    first_printed = pro.get_consignment(consignment["Reference"]).date_labels_were_first_printed
    pro.get_labels(consignment["Reference"], m.LabelFormat.PDF)
    again = pro.get_consignment(consignment["Reference"])
    assert again.labels_printed and again.label_count == 2
    assert again.date_labels_were_first_printed == first_printed


@pytest.mark.parametrize("dpi", [203, 300])
def test_zpl_rendered_by_the_preview_decodes_to_the_tracking_numbers(
    http: httpx.Client, dpi: int
) -> None:
    consignment = _allocated(http, 2, "EDC5_UPSHSTDCS")
    data, _ = _file(http, f"/labels/{consignment['Reference']}/zpl/{dpi}")
    rendered = render_zpl(data, dpi=dpi)
    assert rendered.skipped_commands == [] and rendered.warnings == []
    assert [image.size for image in rendered.images] == [(4 * dpi, 6 * dpi)] * 2
    assert [_code128(image) for image in rendered.images] == [[t] for t in _tracking(consignment)]
