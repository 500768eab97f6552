"""The plan as a picture: an inline SVG strip from the interview to its last step, with each step's window,
its due time, and today. This module works out the geometry; the template draws it. Times read as
core.display says: a step's times as moments, the axis's ends as short dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..core.display import moment, short, step_label
from ..usecases.service import InterviewView, step_state

WIDTH, ROW, LEFT = 640, 26, 150


@dataclass(frozen=True)
class Bar:
    label: str
    state: str
    x: float
    width: float
    due: float
    y: float
    title: str


@dataclass(frozen=True)
class Strip:
    width: int
    height: int
    left: int
    bars: tuple[Bar, ...]
    today: float | None
    start: str
    end: str


def plan_strip(view: InterviewView, now: datetime) -> Strip:
    steps = [s for s in view.plan.steps if not s.optional]
    start = view.interview.when
    near = [s for s in steps if s.kind != "reconnect"] or steps  # months away: drawn at the edge, not to scale
    ends = [s.latest for s in near] + [now if now > start else start]
    if view.interview.decision_by:
        ends.append(datetime.combine(view.interview.decision_by, start.timetz()))
    end = max(ends)
    span = max((end - start).total_seconds(), 1.0)

    def x(at: datetime) -> float:
        return LEFT + max(0.0, min(1.0, (at - start).total_seconds() / span)) * (WIDTH - LEFT - 10)

    bars = tuple(
        Bar(step_label(s), step_state(s, now), x(s.earliest), max(x(s.latest) - x(s.earliest), 3.0), x(s.due),
            30 + n * ROW, f"{step_label(s)}: {moment(s.earliest)} to {moment(s.latest)}, due {moment(s.due)}")
        for n, s in enumerate(steps))
    today = x(now) if start <= now <= end else None
    return Strip(WIDTH, 40 + len(bars) * ROW, LEFT, bars, today, short(start), short(end))
