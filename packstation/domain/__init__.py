"""Pure data and rules: scan classification, pack-session state machine, shift, label facts.

No I/O, no Qt, no httpx, no sqlite3 (enforced by import-linter).
"""
