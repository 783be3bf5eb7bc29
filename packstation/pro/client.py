"""SortedPRO HTTP client (being written)."""
