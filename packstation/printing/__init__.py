"""Printer adapters: transports, ZPL tools, raster conversion, printer status, ESC/POS.

No Qt here; python-escpos is imported lazily, only when an ESC/POS printer is configured.
"""
