"""SortedPRO Consignments API v1.1 client: typed wire models, errors, retries.

Start here::

    with ProClient("https://api.electioapp.com", api_key) as pro:
        consignment = pro.get_consignment("EC-000-05B-MMA")

Every failure is a :class:`ProError` (see :mod:`packstation.pro.errors`); wire models live in
:mod:`packstation.pro.models`.
"""

from packstation.pro.client import ProClient
from packstation.pro.documents import CustomsDocumentSet, Document, DocumentFormat, NamedDocument
from packstation.pro.errors import (
    ErrorDetail,
    ProConnectionError,
    ProError,
    ProNotFoundError,
    ProRejectedError,
    ProResponseError,
    ProThrottledError,
    ProTimeoutError,
    ProUnauthorizedError,
    ProUnavailableError,
)
from packstation.pro.http import ProConfigError
from packstation.pro.retry import CallSafety, RetryPolicy
from packstation.pro.search import SearchTerms

__all__ = [
    "CallSafety",
    "CustomsDocumentSet",
    "Document",
    "DocumentFormat",
    "ErrorDetail",
    "NamedDocument",
    "ProClient",
    "ProConfigError",
    "ProConnectionError",
    "ProError",
    "ProNotFoundError",
    "ProRejectedError",
    "ProResponseError",
    "ProThrottledError",
    "ProTimeoutError",
    "ProUnauthorizedError",
    "ProUnavailableError",
    "RetryPolicy",
    "SearchTerms",
]
