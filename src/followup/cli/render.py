"""Plain-text views for the terminal: tables and a small timeline. Shell code: no rules are decided here."""

from __future__ import annotations

import re
import functools
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..core.display import by_channel, day, delivery_words, moment, printable, short, stamp, step_label
from ..core.errors import InputError
from ..core.fields import INTERVIEW_FIELDS
from ..core.names import address_examples
from ..core.model import Draft, Event, Finding, Interviewer, Outgoing, Step
from ..usecases.service import Agenda, InterviewView, step_state

if TYPE_CHECKING:  # the mail results are only named here: `today` does not load them
    from ..core.compose import Gap
    from ..usecases.mail_results import AccountCheck, Proposal, SendReport, ServerLogin, SyncReport

_STRIP = 56  # columns of the drawn timeline
_Render = TypeVar("_Render", bound=Callable[..., str])


def _printable(render: _Render) -> _Render:
    """What a view prints of stored text never reaches the terminal with its control characters."""
    @functools.wraps(render)
    def safe(*args: object, **kwargs: object) -> str:
        return printable(render(*args, **kwargs))

    return safe  # type: ignore[return-value]


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = ["  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in [headers, *rows]]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def recipient(step: Step, short: bool = False) -> str:
    if step.to is None:
        return "-"
    if short:
        return step.to.name or step.to.addressee
    if step.to.name and step.to.email:
        return f"{step.to.name} <{step.to.email}>"
    return step.to.name or (f"{step.to.addressee} <{step.to.email}>" if step.to.email else step.to.addressee)


def heading(view: InterviewView) -> str:
    interview = view.interview
    lines = [f"#{interview.id}  {interview.company}: {interview.role}",
             f"    interview {moment(interview.when)} {interview.when:%Z} ({interview.timezone}), "
             f"{interview.duration_minutes} min; status: {view.plan.status}"]
    if interview.decision_timeline:
        decided = day(interview.decision_by) if interview.decision_by else "not understood"
        lines.append(f"    their timeline: \u201c{interview.decision_timeline}\u201d -> {decided}")
    return "\n".join(lines)


@_printable
def plan_text(view: InterviewView, now: datetime) -> str:
    parts = [heading(view)]
    parts += [f"warning: {w}" for w in view.plan.warnings]
    parts += [f"dropped: {step_label(s)}{' to ' + s.to.label if s.to else ''}: {s.reason} [{s.rule}]"
              for s in view.plan.dropped]
    steps = view.plan.steps
    if not steps:
        parts.append("\nNothing more to send." if view.plan.status in ("offer", "withdrawn", "rejected")
                     else "\nNothing planned.")
        return "\n".join(parts)
    rows = [[str(n), step_label(s), s.channel or "-", recipient(s, short=True), moment(s.due),
             f"{moment(s.earliest)} .. {moment(s.latest)}", step_state(s, now)] for n, s in enumerate(steps, 1)]
    parts.append("")
    parts.append(table(["#", "kind", "channel", "to", "due", "window", "now"], rows))
    parts.append("\nWhy:")
    parts += [f"  {n}. {s.reason} [{s.rule}]" for n, s in enumerate(steps, 1)]
    parts.append("")
    parts.append(timeline_strip(view, now))
    return "\n".join(parts)


def timeline_strip(view: InterviewView, now: datetime) -> str:
    """One line per message (optional extras left out): its window, its due time (o), and today (|)."""
    steps = [s for s in view.plan.steps if not s.optional]
    start = view.interview.when
    near = [s for s in steps if s.kind != "reconnect"] or steps
    end = max([s.latest for s in near] + [now if now > start else start])
    span = max((end - start).total_seconds(), 1.0)

    def column(at: datetime) -> int:
        return round((at - start).total_seconds() / span * (_STRIP - 1))

    names = [step_label(s).replace("status-inquiry ", "inquiry ") for s in steps]
    width = max([len(n) for n in names] + [len("today")])
    lines = [" " * width + f"  {short(start)}".ljust(_STRIP - 4) + short(end),
             " " * width + "  |" + "-" * (_STRIP - 2) + "|"]
    for name, step in zip(names, steps, strict=True):
        if step.earliest > end:
            lines.append(f"{name.ljust(width)}  {' ' * (_STRIP - 1)}> {short(step.due)}")
            continue
        cells = [" "] * _STRIP
        low, high = max(column(step.earliest), 0), min(column(step.latest), _STRIP - 1)
        for c in range(low, max(high, low) + 1):
            cells[c] = "="
        cells[min(max(column(step.due), 0), _STRIP - 1)] = "o"
        lines.append(f"{name.ljust(width)}  {''.join(cells).rstrip()}")
    if start <= now <= end:
        lines.append(f"{'today'.ljust(width)}  {' ' * column(now)}^")
    return "\n".join(lines)


@_printable
def today_text(agenda: Agenda, now: datetime) -> str:
    if not agenda.items:
        lines = [f"Nothing to send right now ({moment(now)})."]
    else:
        rows = [[item.state, f"#{item.interview.id}", item.interview.company, step_label(item.step),
                 item.step.channel or "-", recipient(item.step), moment(item.step.due)] for item in agenda.items]
        lines = [table(["state", "id", "company", "kind", "channel", "to", "due"], rows)]
    if agenda.next is not None:
        step = agenda.next.step
        to = f" ({recipient(step)})" if step.to is not None else ""  # a decision such as move-on has no one
        lines.append(f"\nNext: {step_label(step)} for #{agenda.next.interview.id} {agenda.next.interview.company}"
                     f"{to}, opens {moment(step.earliest)}.")
    return "\n".join(lines)


@_printable
def list_text(views: Sequence[InterviewView]) -> str:
    if not views:
        return "No interviews yet: add one with 'followup add'."
    rows = [[f"#{v.interview.id}", moment(v.interview.when), v.interview.company, v.interview.role, v.plan.status,
             _next_step(v)] for v in views]
    return table(["id", "when", "company", "role", "status", "next step"], rows)


def _next_step(view: InterviewView) -> str:
    step = view.plan.next_step
    return f"{step_label(step)}, due {moment(step.due)}" if step else "-"


@_printable
def show_text(view: InterviewView, now: datetime) -> str:
    """The interview's fields (those the heading does not show, as the table of fields lists them), each
    concern, the interviewers and the events."""
    interview = view.interview
    lines = [heading(view)]
    for field in INTERVIEW_FIELDS:
        value = _field_text(getattr(interview, field.name)) if field.shown == "line" else None
        if value:
            lines.append(f"    {field.show_label}: {value}")
    for concern in interview.concerns:
        lines.append(f"    concern: {concern.concern}" + (f" -> {concern.answer}" if concern.answer else ""))
    lines.append("\nInterviewers:" if interview.interviewers else "\nInterviewers: none recorded")
    lines += [f"  - {_person_text(person)}" for person in interview.interviewers]
    lines.append("\nEvents:" if view.events else "\nEvents: none yet")
    lines += [f"  {event_line(e)}" for e in view.events]
    return "\n".join(lines)


def _person_text(person: Interviewer) -> str:
    who = " ".join(p for p in (person.title, person.name or "(name unknown)") if p)
    extra = ", ".join(p for p in (person.email, person.department, "; ".join(person.topics)) if p)
    return who + (f" ({extra})" if extra else "")


def _field_text(value: object) -> str | None:
    """A field's value on a line of `show`: a list joined with "; ", a yes-or-no field "yes" when it is."""
    if isinstance(value, bool):
        return "yes" if value else None
    if isinstance(value, tuple):
        return "; ".join(value)
    return str(value) if value else None


@_printable
def event_line(event: Event) -> str:
    text = f"[{event.id}] {moment(event.at)}  {event.type}"
    if event.type == "sent":
        text += f" {event.kind} {by_channel(event.channel or 'email')}" + (f" to {event.to}" if event.to else "")
    if event.type == "skipped":
        text += f" {event.kind}" + (f" to {event.to}" if event.to else "")
    if event.type == "timeline":
        decided = day(event.decision_by) if event.decision_by else "not understood"
        text += f" \u201c{event.text}\u201d -> {decided}"
    return text


# -- drafts --------------------------------------------------------------------------------------------------
def draft_file_name(interview_id: int, draft: Draft) -> str:
    """"3-thank-you-dana.whitfield-quixotiq.example.txt": the interview, the step, the recipient."""
    parts = [str(interview_id), draft.kind]
    if draft.attempt > 1:
        parts.append(str(draft.attempt))
    if draft.channel != "email":
        parts.append(draft.channel)
    parts.append(re.sub(r"[^\w.-]+", "-", draft.to.key.replace("@", "-")).strip("-").lower())
    return "-".join(parts) + ".txt"


def write_files(folder: Path, files: dict[str, str | bytes]) -> list[Path]:
    """Write each file whole or not at all: to a temporary name first, then renamed into place."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError("out", "a folder that can be created", f"{folder}: {error.strerror}") from None
    import tempfile

    written = []
    for name, text in files.items():
        path, partial = folder / name, None
        try:  # a new file of its own (never one a link points to), renamed into place when whole
            with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{name}.", suffix=".partial", delete=False) as out:
                partial = Path(out.name)
                out.write(text.encode("utf-8") if isinstance(text, str) else text)
            partial.replace(path)
        except OSError as error:
            if partial is not None:
                partial.unlink(missing_ok=True)
            raise InputError("out", "a folder where files can be written", f"{path}: {error.strerror}") from None
        written.append(path)
    return written


# -- findings ------------------------------------------------------------------------------------------------
def finding_line(name: str, finding: Finding) -> str:
    """`FILE:LINE:COL: severity rule-id message (suggestion)`, as compilers and linters print."""
    line = f"{name}:{finding.line}:{finding.column}: {finding.severity} {finding.rule} {finding.message}"
    return line + (f" (suggestion: {finding.suggestion!r})" if finding.suggestion else "")


@_printable
def gap_line(interview_id: int, gap: Gap) -> str:
    """What the drafts left out for want of your word, and how to add it."""
    if gap.kind == "unanswered-concern":
        return (f"note: left out the concern \"{gap.about}\": it has no answer yet; add yours with "
                f"`followup edit {interview_id}` (answer = \"...\" beside it) or in the edit form of "
                "`followup serve` (doubt | your answer)")
    if gap.kind == "no-title":
        return (f"note: no title recorded for {gap.about} while others on this panel have one: add a title or "
                f"address_as with `followup edit {interview_id}` (e.g. address_as = {address_examples(gap.about)})")
    return (f"note: the thank-you to {gap.about} says less: no topic of your talk with them is noted; add one "
            f"with `followup edit {interview_id}` (their topics)")


# -- mail ----------------------------------------------------------------------------------------------------
def send_text(report: SendReport) -> str:
    """A dry run: the exact messages. Otherwise a line per message, with what became of it."""
    if report.dry_run:
        return "\n".join(d.mime or "" for d in report.deliveries)
    lines = [f"{delivery_words(d.outcome, d.detail, d.at)}: {d.item.kind} to {d.item.to.name or d.item.to.addressee} "
             f"<{d.item.to.email}> (interview {d.item.interview_id}, {d.item.message_id})" for d in report.deliveries]
    return "\n".join(lines or ["Nothing is due to be sent."]) + "\n"


@_printable  # subjects, names and sentences of messages anyone can send
def sync_text(report: SyncReport, command: str = "sync") -> str:
    lines = [f"{report.new} new message(s) in {report.folder}."]
    for arrival in report.arrivals:
        said = arrival.heading
        if arrival.kind != "auto-reply":
            lines.append(f"{said}: a reply; the inquiries stop")
        elif arrival.back is not None:
            lines.append(f"{said}: an automatic reply, not an answer; they are back {arrival.back}, so the next "
                         "inquiry waits until after that")
        else:
            lines.append(f"{said}: an automatic reply, not an answer; the plan stays as it is")
    lines += [proposal_line(p, report.applied, command) for p in report.proposals]
    lines += [f"#{p.interview_id}: {_LOOKS[p.event]}, recorded already ({p.why})" for p in report.known]
    return "\n".join(lines)


_LOOKS = {"rejected": "looks like a rejection", "offer": "looks like an offer",
          "next-round": "looks like an invitation to a next round", "timeline": "gives a new timeline"}


def proposal_line(p: Proposal, applied: bool, command: str = "sync") -> str:
    """What was proposed or recorded, from which message, and the sentence that decided it."""
    what = _LOOKS[p.event]
    if p.event == "timeline":
        what += f", {p.decision_by.isoformat() if p.decision_by else ''}"
    elif p.event == "next-round":
        what += (f" on {p.starts.isoformat()}" if p.starts else " (no day given)") + (
            f" with {p.interviewer}" if p.interviewer else "")  # pasted text names no sender
    because = f": \u201c{p.because}\u201d" if p.because else ""
    if not applied:
        how = "read it again with --apply" if command == "read" else f"run 'followup {command} --apply'"
        return f"#{p.interview_id}: {what} ({p.why}){because}; {how} to record it"
    if p.event != "next-round":
        return f"#{p.interview_id}: recorded {p.event} ({p.why}){because}"
    if p.added is None:
        return f"#{p.interview_id}: next round not added, the message names no day ({p.why}); add it with " \
               "'followup add'"
    return f"#{p.interview_id}: added the next round as interview #{p.added} ({p.why}){because}"


def server_login_line(section: str, login: ServerLogin) -> str:
    return f"{section}: {login.host}:{login.port} ({login.security}) works; logged in as {login.username}"


def account_text(check: AccountCheck) -> str:
    lines = [server_login_line("smtp", check.smtp)]
    if check.imap is not None:
        lines.append(server_login_line("imap", check.imap))
    return "\n".join(lines)


def outbox_text(items: Sequence[Outgoing], zone: tzinfo) -> str:
    """A line per message: its id, state, when it goes (in the user's time zone), the interview, kind, to."""
    lines = [f"{o.id}  {o.state:<9}  {stamp(o.send_at.astimezone(zone))}  #{o.interview_id} {o.kind} to {o.to.email}"
             + (f"  ({o.error})" if o.error else "") for o in items]
    return "\n".join(lines or ["The outbox is empty."])


