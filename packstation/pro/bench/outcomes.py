"""PRO's per-item answers to bulk and allocation calls, matched to what was asked.

Bulk answers (ready to ship, manifest) are matched to the references sent by this rule, because
SPEC 9 #27 shows PRO (or its documentation) repeating one ``Data`` value for several references:

1. when every result's ``Data`` is a reference that was sent and no ``Data`` repeats, match by
   ``Data`` (the order of the answer does not matter);
2. otherwise, when PRO sent exactly one result per reference, match by position (PRO answers in
   request order; the repeated ``Data`` is then the unreliable part);
3. otherwise match only the results whose ``Data`` names a sent reference exactly once; every
   reference left without a result is reported as not done, with a message saying PRO's answer
   did not cover it, so the engine re-reads its state instead of assuming anything.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from packstation.domain.ports import BulkOutcome
from packstation.pro import models as m
from packstation.pro.bench import wording
from packstation.pro.errors import ProResponseError

_CONSIGNMENT_REFERENCE = re.compile(r"\bEC-[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}\b", re.IGNORECASE)


def _key(reference: str | None) -> str:
    return (reference or "").strip().casefold()


def unique_references(references: Sequence[str]) -> list[str]:
    """Return the references in order, each once (PRO is asked about each one once)."""
    return list(dict.fromkeys(r.strip() for r in references if r and r.strip()))


def _matched(references: list[str], results: list[m.BulkResult]) -> dict[str, m.BulkResult]:
    sent = {_key(r): r for r in references}
    counts = Counter(_key(r.data) for r in results)
    if counts and all(key in sent and n == 1 for key, n in counts.items()):
        return {sent[_key(r.data)]: r for r in results}
    if len(results) == len(references):
        return dict(zip(references, results, strict=True))
    return {
        sent[_key(r.data)]: r for r in results if _key(r.data) in sent and counts[_key(r.data)] == 1
    }


def bulk_outcomes(
    references: list[str], results: list[m.BulkResult], what: str
) -> list[BulkOutcome]:
    """Return one outcome per reference sent, in the order sent (see the module's rule)."""
    matched = _matched(references, results)
    outcomes = []
    for reference in references:
        result = matched.get(reference)
        if result is None:
            outcomes.append(
                BulkOutcome(
                    reference,
                    False,
                    f"SortedPRO's answer to {what} did not cover {reference}; "
                    "its state must be checked.",
                )
            )
            continue
        succeeded = bool(result.is_success)
        default = f"{what.capitalize()} done." if succeeded else f"{what.capitalize()} failed."
        outcomes.append(
            BulkOutcome(reference, succeeded, wording.sentence(result.message) or default)
        )
    return outcomes


def summary_reference(summary: m.AllocationSummary) -> str | None:
    """Return the consignment an allocation summary is about.

    The ``detail`` link first (SPEC 2.18), then any link or the description naming an ``EC-``
    reference (the ``label`` link ends with it too).
    """
    found = summary.consignment_reference
    if found:
        return found
    for link in summary.api_links or ():
        match = _CONSIGNMENT_REFERENCE.search(link.href or "")
        if match:
            return match.group(0).upper()
    match = _CONSIGNMENT_REFERENCE.search(summary.description or "")
    return match.group(0).upper() if match else None


def summary_for(
    reference: str, summaries: Sequence[m.AllocationSummary]
) -> m.AllocationSummary | None:
    """Return the summary about ``reference``.

    A single summary that names no consignment at all is taken as the answer; one that names
    another consignment is not.
    """
    for summary in summaries:
        if _key(summary_reference(summary)) == _key(reference):
            return summary
    if len(summaries) == 1 and summary_reference(summaries[0]) is None:
        return summaries[0]
    return None


def judged(summary: m.AllocationSummary, what: str) -> m.AllocationSummary:
    """Return ``summary`` when it says how the call went; without a ``StatusCode`` it cannot.

    The HTTP status was 2xx, so PRO may well have done it: the error tells the caller to look
    the result up rather than take the call as refused and send it again.
    """
    if summary.status_code is None:
        raise ProResponseError(f"SortedPRO's answer to {what} does not say whether it was done.")
    return summary


def is_accepted(summary: m.AllocationSummary) -> bool:
    """Return whether PRO's per-consignment status code is 2xx."""
    return summary.status_code is not None and 200 <= summary.status_code < 300
