"""render_draft(step, interview, ...) -> Draft: the message a planned step calls for, from a Jinja2 template.

One plain-text template per kind (a card and a call have one each, by channel), shipped in `templates/`; a
user's own file of the same name takes its place. Phrasing variants are chosen deterministically, and
differently for each interviewer of one interview, so that colleagues who compare notes see different notes.
"""

from __future__ import annotations

import re
import traceback
import zlib
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import jinja2

from ..errors import FollowupError
from ..model import Candidate, Draft, Event, Interview, Interviewer, Recipient, Step
from ..planner import latest_timeline, primary_contact, recipients
from ..names import greeting, title_text

VARIANTS = 4


class TemplateError(FollowupError):
    """A template that cannot render: a syntax error, or a variable it uses that is not set."""

    def __init__(self, template: str, line: int | None, problem: str) -> None:
        where = f"template {template}" + (f", line {line}" if line else "")
        super().__init__(f"{where}: {problem}")
        self.template = template


def template_name(kind: str, channel: str) -> str:
    if kind == "move-on":
        raise FollowupError("kind: move-on is a decision, not a message; there is nothing to draft")
    return f"{channel}.txt.j2" if channel in ("handwritten", "phone") else f"{kind}.txt.j2"


def render_draft(step: Step, interview: Interview, events: Iterable[Event], candidate: Candidate, now: datetime,
                 environment: jinja2.Environment) -> Draft:
    if step.to is None or step.channel is None:
        template_name(step.kind, "email")  # move-on says why
        raise FollowupError(f"kind: {step.kind} has no recipient to write to")
    name = template_name(step.kind, step.channel)
    text = _render(environment, name, draft_context(step, interview, tuple(events), candidate, now))
    subject, body = _split(text)
    if interview.culture == "casual":
        body = contracted(body)
    if not body.strip():
        raise TemplateError(name, None, "it renders no message body")
    return Draft(step.kind, step.attempt, step.channel, step.to, subject, body)


def draft_context(step: Step, interview: Interview, events: tuple[Event, ...], candidate: Candidate,
                  now: datetime) -> dict[str, Any]:
    """Every variable a template can use (docs/templates.md). Optional ones are absent, never empty, so that a
    template that uses one without `is defined` fails with the variable's name instead of leaving a gap."""
    assert step.to is not None and step.channel is not None
    people = recipients(interview)
    index = next((i for i, r in enumerate(people) if r == step.to), 0)
    person = interview.interviewers[index] if index < len(interview.interviewers) else Interviewer()
    context: dict[str, Any] = {
        "kind": step.kind, "attempt": step.attempt, "channel": step.channel,
        "casual": interview.culture == "casual",
        "greeting": greeting(step.to, person.title, interview.culture),
        "recipient": _recipient_context(step.to, person, interview),
        "candidate": _present({"name": candidate.name, "email": candidate.email, "phone": candidate.phone}),
        "company": interview.company, "role": interview.role,
        **_interview_dates(interview, candidate, now),
        "variant": (zlib.crc32(f"{interview.company}|{interview.role}|{interview.when:%Y-%m-%d}".encode())
                    + index) % VARIANTS,
        "topics": _unique(_phrase(t) or t for t in [*person.topics, *interview.topics]),
        "goals": [_goal(g) or g for g in interview.goals],
    }
    context.update(_present(_optional_context(step, interview, events, candidate, now, person, index)))
    return context


def _recipient_context(to: Recipient, person: Interviewer, interview: Interview) -> dict[str, Any]:
    return _present({"name": to.name, "email": to.email, "label": to.label, "addressee": to.addressee,
                     "title": title_text(person.title) if person.title else None,
                     "department": person.department or interview.department})


def _interview_dates(interview: Interview, candidate: Candidate, now: datetime) -> dict[str, str]:
    year = f" {interview.when.year}" if interview.when.year != now.year else ""
    return {"interview_day": _day(interview.when.date(), candidate.day_first),
            "interview_weekday": f"{interview.when:%A}", "interview_month": f"{interview.when:%B}" + year}


def _optional_context(step: Step, interview: Interview, events: tuple[Event, ...], candidate: Candidate,
                      now: datetime, person: Interviewer, index: int) -> dict[str, Any]:
    """The variables a template may find absent (None here, left out of the context)."""
    topic = _phrase(person.topics[0]) if person.topics else _phrase(_pick(interview.topics, index))
    decided, said = latest_timeline(interview, events)
    return {
        "department": interview.department, "format": interview.format, "topic": topic,
        "goal": _goal(_pick(interview.goals, 0)),
        "concern": _concern(interview) if step.to == primary_contact(interview) else None,
        "timeline": said,
        "decision_day": _day(decided, candidate.day_first) if decided else None,
        "decision_period": _period(decided) if decided else None,
        "previous_day": _previous_day(step, events, interview.when.tzinfo, candidate.day_first),
        "time_passed": _time_passed(interview.when, now),
    }


# -- rendering ---------------------------------------------------------------------------------------------
def _render(environment: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    try:
        return environment.get_template(name).render(context)
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(error.name or name, error.lineno, f"syntax error: {error.message}") from None
    except jinja2.UndefinedError as error:
        variable = re.search(r"'([^']+)' is undefined", str(error))
        problem = (f"the variable '{variable.group(1)}' is not set (optional variables need "
                   "'{% if ... is defined %}'; see docs/templates.md)") if variable else str(error)
        raise TemplateError(name, _template_line(error, name), problem) from None
    except jinja2.TemplateNotFound as error:
        raise TemplateError(name, None, f"not found ({error.message})") from None
    except UnicodeDecodeError:
        raise TemplateError(name, None, "expected a UTF-8 text file") from None
    except Exception as error:  # noqa: BLE001 - a user's template can fail in any way Python can
        raise TemplateError(name, _template_line(error, name), f"{type(error).__name__}: {error}") from None


def _template_line(error: BaseException, name: str) -> int | None:
    frames = [f for f in traceback.extract_tb(error.__traceback__) if (f.filename or "").endswith(name)]
    return frames[-1].lineno if frames else None


def _split(text: str) -> tuple[str, str]:
    """Take a first `Subject:` line off as the subject, and lay the body out as an email client shows it best:
    the lines of a paragraph joined into one, except list items ("- ...") and the last paragraph (the
    sign-off); at most one blank line in a row; no trailing spaces."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    subject = ""
    if lines and lines[0].startswith("Subject:"):
        subject = lines.pop(0).removeprefix("Subject:").strip()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", "\n".join(lines)) if p.strip()]
    laid_out = [_join(p) for p in paragraphs[:-1]] + paragraphs[-1:]
    return subject, "\n\n".join(laid_out) + "\n"


def _join(paragraph: str) -> str:
    joined: list[str] = []
    for line in paragraph.splitlines():
        if joined and not line.startswith(("- ", "* ")) and not joined[-1].startswith(("- ", "* ")):
            joined[-1] += " " + line.strip()
        else:
            joined.append(line.strip())
    return "\n".join(joined)


_CONTRACTIONS = [("I am", "I'm"), ("I would", "I'd"), ("I have", "I've"), ("I will", "I'll"),
                 ("It has been", "It's been"), ("it has been", "it's been"), ("do not", "don't"),
                 ("did not", "didn't"), ("is not", "isn't"), ("you are", "you're"), ("that is", "that's"),
                 ("I did not", "I didn't")]


def contracted(text: str) -> str:
    """A casual note in the way people write them: "I'm", "I'd", "don't"."""
    for long, short in _CONTRACTIONS:
        text = re.sub(rf"\b{re.escape(long)}\b", short, text)
    return text


def sentence(text: str) -> str:
    """A fragment as a sentence: first letter up, a full stop at the end unless it has one."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


# -- the facts a template may use ----------------------------------------------------------------------------
def _phrase(text: str | None) -> str | None:
    """A topic as it reads mid-sentence: no full stop after it, "The" and "Our" in lower case."""
    if text is None:
        return None
    text = text.strip().rstrip(".!;:,").strip()
    return re.sub(r"^(The|A|An|Our|Your|Their|My)\b", lambda m: m.group().lower(), text)


def _goal(text: str | None) -> str | None:
    """A goal as it reads after "help the team": without a leading "to"."""
    phrase = _phrase(text)
    return re.sub(r"^to\s+", "", phrase, flags=re.IGNORECASE) if phrase else phrase


def _present(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value not in (None, "", [], ())}


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _pick(items: tuple[str, ...], index: int) -> str | None:
    return items[index % len(items)] if items else None


def _day(day: date, day_first: bool = False) -> str:
    """"Thursday, November 19", or "Thursday 19 November" where the day comes first."""
    return f"{day:%A} {day.day} {day:%B}" if day_first else f"{day:%A}, {day:%B} {day.day}"


def _period(day: date) -> str:
    """"early December": how a person recalls a date they were given as "within two weeks"."""
    part = "early" if day.day <= 10 else "mid" if day.day <= 20 else "late"
    return f"{part} {day:%B}" if part != "mid" else f"mid-{day:%B}"


def _concern(interview: Interview) -> dict[str, str] | None:
    if not interview.concerns:
        return None
    first = interview.concerns[0]
    return _present({"concern": first.concern, "answer": first.answer})


def _previous_day(step: Step, events: tuple[Event, ...], zone: Any, day_first: bool) -> str | None:
    """For a second inquiry: the day the first went out."""
    assert step.to is not None
    sent = [e for e in events if e.type == "sent" and e.kind == step.kind and step.to.matches(e.to)]
    if step.kind != "status-inquiry" or not sent:
        return None
    return _day(max(e.at for e in sent).astimezone(zone).date(), day_first)


def _time_passed(since: datetime, now: datetime) -> str | None:
    """"about four months" for a reconnect note; None within the first month."""
    months = round((now - since).days / 30.4)
    if months < 1:
        return None
    if months > 12:
        return "more than a year"
    words = ["a month", "two months", "three months", "four months", "five months", "six months",
             "seven months", "eight months", "nine months", "ten months", "eleven months", "a year"]
    return "about " + words[months - 1]
