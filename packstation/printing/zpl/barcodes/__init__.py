"""Barcode encoders for the ZPL renderer: they turn field data into modules, not pixels."""
