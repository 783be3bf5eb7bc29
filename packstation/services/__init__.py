"""Use cases in plain synchronous Python: pack, counter booking, print, reprint, close shift.

Services talk to the world only through ports handed to them by the composition root.
"""
