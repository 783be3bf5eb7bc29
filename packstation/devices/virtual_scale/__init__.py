"""The virtual scale: a TCP scale that speaks MT-SICS or continuous output, for demos and tests."""

from packstation.devices.virtual_scale.server import VirtualScale
from packstation.devices.virtual_scale.state import ScaleRange, VirtualScaleState

__all__ = ["ScaleRange", "VirtualScale", "VirtualScaleState"]
