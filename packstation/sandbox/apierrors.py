"""PRO's error body (SPEC §1.4) and the exception the handlers raise to produce it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldProblem:
    """One entry of ``Details``: which input field is wrong and why."""

    target: str
    message: str
    code: str = "InvalidValue"

    def to_wire(self) -> dict[str, str]:
        """Return the ``{Code, Target, Message}`` object of the error body."""
        return {"Code": self.code, "Target": self.target, "Message": self.message}


@dataclass
class ApiError(Exception):
    """A refusal answered with an HTTP status and the ApiError body."""

    status: int
    code: str
    message: str
    details: list[FieldProblem] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def body(self) -> dict[str, Any]:
        """Return the JSON error body with a fresh correlation id."""
        return {
            "Code": self.code,
            "Message": self.message,
            "CorrelationId": str(uuid.uuid4()),
            "Details": [problem.to_wire() for problem in self.details],
        }


def not_found(kind: str, reference: str) -> ApiError:
    """Return the 404 PRO answers for an unknown reference."""
    return ApiError(404, f"{kind}NotFound", f"{kind} {reference} not found")


def invalid(problems: list[FieldProblem], message: str = "The request is invalid") -> ApiError:
    """Return a 400 validation error naming every offending field."""
    return ApiError(400, "ValidationFailed", message, problems)


def refused(code: str, message: str) -> ApiError:
    """Return a 400 for an operation the current state or data does not allow."""
    return ApiError(400, code, message)
