"""Shipping labels (4x6 in): the facts on a label and their ZPL, PDF and PNG renderings."""
