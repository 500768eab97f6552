"""A rule's raw result, before the check gives it a severity and a line and column."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    rule: str
    start: int
    end: int
    message: str
    suggestion: str | None = None
    sure: bool = True  # False: a judgement call even for a rule whose findings are errors
