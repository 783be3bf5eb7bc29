"""The ``ShippingApi`` port of the packing engine, implemented over :class:`ProClient`.

:class:`ProShippingApi` turns PRO's wire models into the domain's dataclasses (shipments, choices,
outcomes, orders) and back; the mapping rules live in the sibling modules, one per subject.
"""

from packstation.pro.bench.api import ProShippingApi

__all__ = ["ProShippingApi"]
