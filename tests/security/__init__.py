"""Security tests: the API key never leaks, TLS, ZPL injection, file modes and the lead PIN."""
