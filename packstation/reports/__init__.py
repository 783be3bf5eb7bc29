"""Printable documents built with reportlab: driver sheet and shift report."""
