"""Time the ZPL preview and the PDF-to-ZPL conversion; prints JSON (not collected by pytest).

Run: ``uv run --extra test python tests/benchmarks/zpl_render.py``
"""

from __future__ import annotations

import io
import json
import statistics
import time
from collections.abc import Callable

from reportlab.graphics.barcode import code128
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas

from packstation.printing.raster import label_to_zpl, rasterize_label
from packstation.printing.zpl import render_zpl

SHIPPING_LABEL = (
    "^XA^CI28^PW812^LL1218^LH0,0"
    "^FO30,30^A0N,56,56^FDSandbox Express^FS^FO30,96^A0N,32,32^FDNext Day^FS"
    "^FO30,140^GB752,3,3^FS"
    + "".join(f"^FO30,{182 + i * 28}^A0N,24,24^FDSender line {i}^FS" for i in range(5))
    + "".join(f"^FO30,{378 + i * 42}^A0N,38,38^FDDestination line {i}^FS" for i in range(7))
    + "^FO30,700^BQN,2,5^FDQA,DE|20095|SBX-ND|JD0002212345678901|CON_0042|1/2^FS"
    "^FO30,800^FB700,3,0,L^A0N,30,30^FDA block of text that wraps over lines^FS"
    "^FO500,700^BXN,6,200^FDJD0002212345678901^FS"
    "^FO50,980^BY2^BCN,170,Y,N,N^FDJD0002212345678901^FS^XZ"
)


def _pdf_label() -> bytes:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer, pagesize=(4 * inch, 6 * inch))
    document.setFont("Helvetica-Bold", 20)
    document.drawString(20, 400, "SHIP TO: Benchmark")
    code128.Code128("JD0002212345678901", barWidth=1.4, barHeight=72).drawOn(document, 20, 150)
    document.save()
    return buffer.getvalue()


def _median_ms(action: Callable[[], object], repeats: int = 15) -> float:
    action()  # first use pays one-off costs (font loading, pdfium start-up)
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 2)


def main() -> None:
    pdf = _pdf_label()
    z64 = label_to_zpl(pdf, dpi=203, compression="z64")
    rle = label_to_zpl(pdf, dpi=203, compression="rle")
    hex_zpl = label_to_zpl(pdf, dpi=203, compression="hex")
    results = {
        "render_shipping_label_203dpi_ms": _median_ms(lambda: render_zpl(SHIPPING_LABEL, dpi=203)),
        "render_shipping_label_300dpi_ms": _median_ms(lambda: render_zpl(SHIPPING_LABEL, dpi=300)),
        "render_gf_z64_203dpi_ms": _median_ms(lambda: render_zpl(z64, dpi=203)),
        "render_gf_rle_203dpi_ms": _median_ms(lambda: render_zpl(rle, dpi=203)),
        "render_gf_hex_203dpi_ms": _median_ms(lambda: render_zpl(hex_zpl, dpi=203)),
        "rasterize_pdf_203dpi_ms": _median_ms(lambda: rasterize_label(pdf, dpi=203)),
        "pdf_to_zpl_z64_203dpi_ms": _median_ms(lambda: label_to_zpl(pdf, dpi=203)),
        "pdf_to_zpl_rle_203dpi_ms": _median_ms(
            lambda: label_to_zpl(pdf, dpi=203, compression="rle")
        ),
        "zpl_bytes": {"z64": len(z64), "rle": len(rle), "hex": len(hex_zpl)},
    }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
