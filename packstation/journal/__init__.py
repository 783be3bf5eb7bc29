"""The station journal: stdlib sqlite3, WAL, migrations by PRAGMA user_version."""
