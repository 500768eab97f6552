"""Every `--json` shape, in one place: these are public contracts (scripts read them), so a change here is a
change on purpose, with the docs. Date-times are ISO 8601 with their offset, dates ISO 8601."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from .fields import INTERVIEW_FIELDS, INTERVIEWER, Field
from .model import Draft, Event, Finding, Interview, Outgoing, Plan, Recipient, Step

if TYPE_CHECKING:  # compose (Jinja) is not loaded for the shapes alone
    from .compose import Gap


def moment_json(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def day_json(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def interview_json(interview: Interview, status: str) -> dict[str, Any]:
    fields = {f.name: _json_value(f, getattr(interview, f.name)) for f in INTERVIEW_FIELDS}
    return {"id": interview.id, **fields, "status": status}


def _json_value(field: Field, value: Any) -> Any:
    if field.type == "time":
        return moment_json(value)
    if field.type == "day":
        return day_json(value)
    if field.item == "concern":
        return [{"concern": c.concern, "answer": c.answer, "raised_by": c.raised_by} for c in value]
    if field.item == "interviewer":
        return [{f.name: _json_value(f, getattr(person, f.name)) for f in INTERVIEWER} for person in value]
    return list(value) if field.type == "list" else value


def event_json(event: Event) -> dict[str, Any]:
    return {"id": event.id, "type": event.type, "at": moment_json(event.at), "kind": event.kind, "to": event.to,
            "channel": event.channel, "text": event.text, "decision_by": day_json(event.decision_by)}


def recipient_json(recipient: Recipient | None) -> dict[str, Any] | None:
    if recipient is None:
        return None
    return {"name": recipient.name, "email": recipient.email, "addressee": recipient.addressee}


def step_json(step: Step) -> dict[str, Any]:
    return {"kind": step.kind, "attempt": step.attempt, "channel": step.channel, "to": recipient_json(step.to),
            "earliest": moment_json(step.earliest), "due": moment_json(step.due),
            "latest": moment_json(step.latest), "rule": step.rule, "reason": step.reason,
            "optional": step.optional, "also": list(step.also)}


def plan_json(interview_id: int | None, plan: Plan) -> dict[str, Any]:
    return {"interview": interview_id, "status": plan.status, "steps": [step_json(s) for s in plan.steps],
            "warnings": list(plan.warnings), "dropped": [step_json(s) for s in plan.dropped]}


def draft_json(draft: Draft) -> dict[str, object]:
    return {"id": draft.id, "kind": draft.kind, "attempt": draft.attempt, "channel": draft.channel,
            "to": {"name": draft.to.name, "email": draft.to.email}, "subject": draft.subject, "body": draft.body,
            "edited": draft.edited}


def finding_json(finding: Finding) -> dict[str, object]:
    return {"rule": finding.rule, "severity": finding.severity, "line": finding.line, "column": finding.column,
            "start": finding.start, "end": finding.end, "message": finding.message,
            "suggestion": finding.suggestion}


def gap_json(gap: Gap) -> dict[str, object]:
    return {"kind": gap.kind, "about": gap.about}


def outgoing_json(item: Outgoing) -> dict[str, object]:
    return {"id": item.id, "interview": item.interview_id, "kind": item.kind, "to": item.to.email,
            "state": item.state, "send_at": item.send_at.isoformat(), "message_id": item.message_id,
            "error": item.error}


def agenda_item_json(interview: Interview, step: Step, state: str) -> dict[str, Any]:
    """A step of `today`'s agenda, with the interview it belongs to and where it stands now."""
    return {"interview": interview.id, "company": interview.company, "role": interview.role, "state": state,
            **step_json(step)}


def agenda_json(now: datetime, items: Sequence[tuple[Interview, Step, str]],
                following: tuple[Interview, Step, str] | None) -> dict[str, Any]:
    return {"now": moment_json(now), "steps": [agenda_item_json(*item) for item in items],
            "next": agenda_item_json(*following) if following else None}


def show_json(interview: Interview, plan: Plan, events: Sequence[Event]) -> dict[str, Any]:
    return {**interview_json(interview, plan.status), "events": [event_json(e) for e in events]}


def logged_json(interview_id: int, event: Event, plan: Plan) -> dict[str, Any]:
    return {"event": event_json(event), "plan": plan_json(interview_id, plan)}


def arrival_json(arrival: Any) -> dict[str, Any]:
    """A message sync or read found about an interview (usecases.mail_results.Arrival)."""
    return {"interview": arrival.interview_id, "sender": arrival.sender, "subject": arrival.subject,
            "kind": arrival.kind, "at": moment_json(arrival.at), "because": arrival.because}


def proposal_json(proposal: Any) -> dict[str, Any]:
    """What sync or read proposed or recorded (usecases.mail_results.Proposal); `because`: the sentence that
    decided it."""
    return {"interview": proposal.interview_id, "event": proposal.event, "at": moment_json(proposal.at),
            "message": proposal.why, "because": proposal.because, "decision_by": day_json(proposal.decision_by),
            "starts": day_json(proposal.starts), "interviewer": proposal.interviewer, "added": proposal.added}


def sync_json(report: Any) -> dict[str, Any]:
    """`followup sync --json` and `followup read --json` (usecases.mail_results.SyncReport)."""
    return {"folder": report.folder, "new": report.new, "applied": report.applied, "recorded": report.recorded,
            "arrivals": [arrival_json(a) for a in report.arrivals],
            "proposals": [proposal_json(p) for p in report.proposals],
            "known": [proposal_json(p) for p in report.known]}
