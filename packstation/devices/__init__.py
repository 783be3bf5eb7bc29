"""Device adapters: serial/TCP scales and serial barcode scanners (pyserial URLs)."""
