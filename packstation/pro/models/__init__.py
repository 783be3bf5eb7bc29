"""Pydantic wire models for the SortedPRO Consignments API v1.1 (PascalCase JSON)."""
