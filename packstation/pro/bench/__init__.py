"""The ``ShippingApi`` port of the packing engine, implemented over :class:`ProClient`.

:class:`ProShippingApi` turns PRO's wire models into the domain's dataclasses (shipments, choices,
outcomes, orders) and back; the mapping rules live in the sibling modules, one per subject.
:class:`ProCounterApi` is the counter's ``CounterApi``: the calls made from a booking form.
"""

from packstation.pro.bench.api import ProShippingApi
from packstation.pro.bench.booking import ProCounterApi

__all__ = ["ProCounterApi", "ProShippingApi"]
