"""Device adapters: serial/TCP scales and serial barcode scanners, addressed by pyserial URLs.

Public surface (import from the modules; this package stays light so ``packstation --help``
does not load pyserial):

- :class:`packstation.devices.scale.ScaleReader`: the ``Scale`` port over MT-SICS or continuous
  output, with :mod:`packstation.devices.watch` for bounded live-weight polling
- :class:`packstation.devices.scanner.SerialScanner`: lines from a serial scanner as scans
- :class:`packstation.devices.virtual_scale.VirtualScale`: a TCP scale for demos and tests
- :mod:`packstation.devices.errors`: what can go wrong, in words for the packer
"""
