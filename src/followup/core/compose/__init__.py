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
from datetime import date, datetime, timedelta
from dataclasses import dataclass
from typing import Any, Literal

import jinja2

from ..errors import FollowupError
from ..model import Candidate, Concern, Draft, Event, Interview, Interviewer, Recipient, Step
from ..planner import is_recruiter, latest_timeline, primary_contact, recipients
from ..display import phone_text
from ..names import greeted_by_title, greeting, split_title, title_text
from ..timeline_events import HOLIDAY, is_after_event

VARIANTS = 5  # a panel of five gets five different notes


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
    body = named_once(closed_role(body, interview.role), interview.company)
    if interview.culture == "casual" or step.channel == "phone":  # a call's script is said, not read
        body = contracted(body)
    if not body.strip():
        raise TemplateError(name, None, "it renders no message body")
    address = interview.mailing_address if step.channel == "handwritten" else None
    return Draft(step.kind, step.attempt, step.channel, step.to, subject, body, address=address)


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
        "asks_for_news": "status-inquiry" in step.also,
        "asks_for_feedback": "feedback-request" in step.also,
        "casual": interview.culture == "casual",
        "formal": interview.culture == "formal",
        "british": candidate.day_first,
        "greeting": greeting(step.to, person.title, interview.culture, british=candidate.day_first,
                             address_as=person.address_as, titled_panel=any(
                                 greeted_by_title(p.name, p.title, p.address_as) for p in interview.interviewers)),
        "recipient": _recipient_context(step.to, person, interview, candidate.country),
        "candidate": _present({"name": candidate.name, "email": candidate.email, "phone": candidate.phone}),
        "company": interview.company, "role": interview.role, **role_phrases(interview.role),
        "the_company": the_company(interview.company),
        "remote": interview.format in ("video", "phone"),
        "panel_size": max(len(interview.interviewers), 1),
        **_interview_dates(interview, candidate, now),
        "variant": (zlib.crc32(f"{interview.company}|{interview.role}|{interview.when:%Y-%m-%d}".encode())
                    + index) % VARIANTS,
        "topics": [_own(t, step.to) for t in _unique(_phrase(t) or t for t in [*person.topics,
                                                                              *interview.topics])],
        "goals": [_goal(g) or g for g in interview.goals],
        "topic_shared": _topic_shared(step, interview, person, index),
        "your_team": your_team(person, interview),
        "colleagues": colleagues(person, interview, british=candidate.day_first),
    }
    context.update(_present(_optional_context(step, interview, events, candidate, now, person, index)))
    return context


def _recipient_context(to: Recipient, person: Interviewer, interview: Interview,
                       country: str | None) -> dict[str, Any]:
    return _present({"name": to.name, "email": to.email, "label": to.label, "addressee": to.addressee,
                     "title": title_text(person.title) if person.title else None,
                     "phone": phone_text(person.phone, country) if person.phone else None,
                     "department": person.department or interview.department})


def _interview_dates(interview: Interview, candidate: Candidate, now: datetime) -> dict[str, str]:
    year = f" {interview.when.year}" if interview.when.year != now.year else ""
    day = _day(interview.when.date(), candidate.day_first)
    same_day = now.astimezone(interview.when.tzinfo).date() == interview.when.date()
    return {"interview_day": day, "interview_when": "today" if same_day else "on " + day,
            "interview_weekday": f"{interview.when:%A}", "interview_month": f"{interview.when:%B}" + year}


def _optional_context(step: Step, interview: Interview, events: tuple[Event, ...], candidate: Candidate,
                      now: datetime, person: Interviewer, index: int) -> dict[str, Any]:
    """The variables a template may find absent (None here, left out of the context)."""
    assert step.to is not None
    topic, goal = _topic_and_goal(step, interview, index)
    topic, goal = (as_of(text, interview.when.year, now.year) for text in (topic, goal))
    decided, said = latest_timeline(interview, events)
    logged = any(e.type == "timeline" for e in events)
    return {
        "department": interview.department, "format": interview.format, "topic": _own(_phrase(topic), step.to),
        "goal": _goal(goal),
        "goal_after": refer_back(_goal(goal), _phrase(topic)),
        "concern": _concern(interview, step.to),
        "timeline": said,
        "timeline_from": ("email" if logged else "interview") if said else None,
        "decision_day": _day(decided, candidate.day_first) if decided else None,
        "decision_period": _period(decided) if decided else None,
        "decision_words": decision_words(said, decided, candidate.day_first, "email" if logged else "interview",
                                         now.astimezone(interview.when.tzinfo).date()) if decided else None,
        "decision_passed": _passed(said, decided, now.astimezone(interview.when.tzinfo).date()) if decided else None,
        "previous_day": _previous_day(step, events, interview.when.tzinfo, candidate.day_first),
        "previous_by": _previous_by(step, events),
        "time_passed": _time_passed(interview.when, now),
    }


def allotment(interview: Interview) -> list[tuple[str | None, str | None]]:
    """(topic, goal) for each interviewer's own note, so that no two notes of a panel talk about the same
    thing: their own first topic; else an interview-wide topic no one has, handed out in turn; else a goal,
    handed out in turn; goals left over go to the others, first to the main contact. A person left with
    neither gets a note that says less, rather than one that borrows another's subject."""
    people = interview.interviewers or (Interviewer(),)
    own = {t for p in people for t in p.topics}
    free = iter([t for t in interview.topics if t not in own])
    topics = [p.topics[0] if p.topics else next(free, None) for p in people]
    goals = iter(interview.goals)
    order = [n for n, t in enumerate(topics) if t is None] + [n for n, t in enumerate(topics) if t is not None]
    given = {n: next(goals, None) for n in order}
    return [(topic, given[n]) for n, topic in enumerate(topics)]


def _topic_and_goal(step: Step, interview: Interview, index: int) -> tuple[str | None, str | None]:
    """A note to each interviewer (a thank-you) gets its share; a note to one person for the whole
    interview (an inquiry, a reply) gets their share, or the interview's first topic and goal."""
    shares = allotment(interview)
    topic, goal = shares[index] if index < len(shares) else (None, None)
    if step.channel == "handwritten":
        topic = _card_topic(interview, index, shares) or topic
    if step.kind not in ("thank-you", "late-thank-you"):
        topic = topic or (interview.topics[0] if interview.topics else None)
        goal = goal or (interview.goals[0] if interview.goals else None)
    return topic, goal


def _card_topic(interview: Interview, index: int, shares: list[tuple[str | None, str | None]]) -> str | None:
    """A card goes with the email to the same person, so it talks about something else when something else
    was recorded: their next own topic, else an interview-wide topic no note of the panel has; else None."""
    person = interview.interviewers[index] if index < len(interview.interviewers) else Interviewer()
    used = {topic for topic, _ in shares}
    return next((t for t in (*person.topics[1:], *interview.topics) if t not in used), None)


def _topic_shared(step: Step, interview: Interview, person: Interviewer, index: int) -> bool:
    """Whether the note's topic was recorded for the whole interview and goes to one of a panel: it is then
    worded as the panel's ("our discussion of ..."), never as that person's own views."""
    topic, _ = _topic_and_goal(step, interview, index)
    return bool(topic and step.to and step.to.name and len(interview.interviewers) > 1
                and topic not in person.topics)


_THIRD_PERSON = re.compile(r"\b(her|his|their)\b", re.IGNORECASE)


def _own(topic: str | None, to: Recipient) -> str | None:
    """A topic noted about one interviewer ("her lab's work") as it reads in a note to them ("your lab's
    work"); a note to a team keeps it as typed."""
    if topic is None or not to.name:
        return topic
    return _THIRD_PERSON.sub(lambda m: "Your" if m.group()[0].isupper() else "your", topic)


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


_US_DAY = re.compile(r"[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}")


def midsentence(day: str) -> str:
    """A date the sentence goes on from: "Sunday, November 29," in US style (the comma closes the date);
    "Sunday 29 November" (day first) needs none."""
    return day + "," if _US_DAY.fullmatch(day.strip()) else day


# -- the facts a template may use ----------------------------------------------------------------------------
def _phrase(text: str | None) -> str | None:
    """A topic as it reads mid-sentence: no full stop after it, an ordinary first word ("The", "Our") in lower
    case; every other letter exactly as typed ("A&E", "A/B testing", "SQL"), but for the plain typo "a/B"."""
    if text is None:
        return None
    text = text.strip().rstrip(".!;:,").strip()
    text = _MIXED_ABBREVIATION.sub(lambda m: m.group().upper(), text)
    return re.sub(r"^(The|A|An|Our|Your|Their|My|Her|His) (?=\S)", lambda m: m.group().lower(), text)


# "a/B testing": a slash between one lower-case and one capital letter is a typo for "A/B" ("I/O", "P/E");
# anything else the user typed keeps its case
_MIXED_ABBREVIATION = re.compile(r"\b[a-z]/[A-Z]\b")


def role_phrases(role: str) -> dict[str, str]:
    """The role as it reads in a sentence: "the Growth Engineer role"; a role with a comma in it is never used
    as an adjective: "the role of Senior Associate, Commercial Litigation"."""
    if "," in role:
        return {"the_role": f"the role of {role}", "the_position": f"the position of {role}",
                "role_interview": f"interview for {role}"}
    return {"the_role": f"the {role} role", "the_position": f"the {role} position",
            "role_interview": f"{role} interview"}


def closed_role(text: str, role: str) -> str:
    """A role with a comma in it, followed by more of the sentence, closes with a comma: "the position of Senior
    Associate, Commercial Litigation, on Thursday 12 November", never "... Litigation on Thursday"."""
    if "," not in role:
        return text
    for phrase in role_phrases(role).values():
        text = re.sub(re.escape(phrase) + r"(?= [a-z])", lambda found: found.group(0) + ",", text)
    return text


_NEEDS_THE = re.compile(r"^(University|College|Institute|Museum|School|Bank|Office|Department|City) of\b"
                        r"|\b(Foundation|Trust|Institute|Society|Museum)$")


_LEGAL = re.compile(r",?\s+(?:LLP|LLC|L\.L\.C\.|Ltd\.?|Limited|Inc\.?|Incorporated|plc|PLC|GmbH|Pty\.? Ltd\.?)$")


def prose_name(company: str) -> str:
    """The company as people write it in a letter: without the legal form ("Hartley Finch" for "Hartley Finch
    LLP", "Quillon Software" for "Quillon Software, Inc.")."""
    return _LEGAL.sub("", company).strip() or company


def the_company(company: str) -> str:
    """The company as it reads mid-sentence: "the University of Northfield", "the Harbor Light Foundation"
    (an institution's name takes "the"); "Pebble Labs" and "St Aldhelm's Hospital NHS Trust" (a name with
    an owner's "'s" does not) as typed; without its legal form (`prose_name`)."""
    company = prose_name(company)
    if company.startswith("The "):
        return "the " + company[4:]
    if _NEEDS_THE.search(company) and "'s " not in company and "’s " not in company:
        return "the " + company
    return company


# What an organisation is called the second time, when its name says what it is: "the Trust", "the firm".
_KIND_OF = ((r"\bLLP$", "the firm"), (r"^(?:The )?University\b|\bUniversity$", "the University"),
            (r"\bCollege$|^(?:The )?College of\b", "the College"), (r"\bBank$", "the bank"),
            (r"\bTrust$", "the Trust"), (r"\bFoundation$", "the Foundation"), (r"\bCouncil$", "the council"),
            (r"^City of\b", "the City"), (r"\bHospital$", "the hospital"), (r"\bSchool$", "the school"))


def named_once(text: str, company: str) -> str:
    """The organisation named in full once in a note: a later mention is what it is ("I am very interested in
    joining the Trust"), when its name says so; other names stay as typed."""
    short = next((kind for pattern, kind in _KIND_OF if re.search(pattern, company)), None)
    if short is None:
        return text
    name = re.compile(r"(?:\b[Tt]he )?" + re.escape(prose_name(company).removeprefix("The ")) + r"\b")
    first = name.search(text)
    if first is None:
        return text

    head, rest = text[:first.end()], text[first.end():]

    def kind(found: re.Match[str]) -> str:
        before = (head + rest[:found.start()]).rstrip()
        return short[0].upper() + short[1:] if before[-1] in ".!?" else short

    return head + name.sub(kind, rest)


_ABSOLUTE = re.compile(r"\b(?:by|before|after|following|around|until)\b[^.;]*?\b(?:january|february|march|april|may"
                       r"|june|july|august|september|october|november|december)\b[^.;]*", re.IGNORECASE)


def decision_words(said: str | None, decided: date, day_first: bool, source: str = "interview",
                   today: date | None = None) -> str:
    """When they said they would decide, faithfully: their own words where they name a month ("by early
    November", "after the board meets on December 10") or a holiday ("after Thanksgiving", "in the new
    year"); otherwise the day their words came to ("within two weeks" said on November 19: "by Thursday,
    December 3"), so that a relative phrase is never repeated out of its time: "after" that day when their
    words tie the decision to an event (timeline_events.is_after_event, the planner's rule too), else "by" it.
    A vague week is told from `today`, the day of writing, where it is this week or last."""
    vague = _this_or_last_week(_vague(said, source), decided, today)
    if vague:
        return vague
    event = is_after_event(said)
    found = _ABSOLUTE.search(said or "")
    if found and not event and found.group().casefold().startswith(("after", "following")):
        found = None  # "a week after the board meets on December 10": a span from it, told as its day
    if found and not found.group().casefold().startswith("after"):
        return found.group().strip().rstrip(",")
    if found:
        return _reported(found.group().strip().rstrip(","), decided, day_first)
    holiday = HOLIDAY.search((said or "").casefold().replace("\u2019", "'")) if event else None
    if holiday:
        return _HOLIDAY_NAME.sub(lambda name: _capitalised(name.group()), " ".join(holiday.group().split()))
    return ("after " if event else "by ") + _day(decided, day_first)


_HOLIDAY_NAME = re.compile(r"\b(?:thanksgiving|easter|labou?r day|memorial day|independence day|boxing day|christmas"
                           r"|new year's)")


def _capitalised(name: str) -> str:
    """A holiday's name as it is written: "Thanksgiving", "Labor Day", "New Year's"."""
    return " ".join(word[:1].upper() + word[1:] for word in name.split())


_VAGUE_PERIOD = re.compile(r"\b(early|mid|late)[- ](next|this) (week|month)\b", re.IGNORECASE)
_VAGUE_SPAN = re.compile(r"\b(?:in|within) (a couple of|a few|several) (days|weeks)\b", re.IGNORECASE)


def _vague(said: str | None, source: str) -> str | None:
    """A vague period they gave, in their own words told later: "early next week" as "early the following
    week", "in a couple of weeks" as "within a couple of weeks of our conversation" (or "of your email"), never
    a day computed from it, which would claim a precision they did not give."""
    period = _VAGUE_PERIOD.search(said or "")
    if period:
        part = "in the middle of" if period.group(1).lower() == "mid" else period.group(1).lower()
        which = "the following" if period.group(2).lower() == "next" else "that"
        return f"{part} {which} {period.group(3).lower()}"
    span = _VAGUE_SPAN.search(said or "")
    if span:
        return f"within {span.group(1).lower()} {span.group(2).lower()} of " + \
            ("your email" if source == "email" else "our conversation")
    return None


def _this_or_last_week(words: str | None, decided: date, today: date | None) -> str | None:
    """"early the following week" in a note written in that very week is "early this week"; in the week
    after it, "early last week"; at any other time (or with no day of writing), as it was."""
    if words is None or today is None or not words.endswith(("the following week", "that week")):
        return words
    weeks = ((today - timedelta(days=today.weekday())) - (decided - timedelta(days=decided.weekday()))).days // 7
    which = {0: "this week", 1: "last week"}.get(weeks)
    return re.sub(r"(the following|that) week$", which, words) if which else words


_LAST_DAY = {"early": 2, "in the middle of": 3}  # Wednesday, Thursday; else the week's last day


def _passed(said: str | None, decided: date, today: date) -> bool:
    """Whether their time has passed on the day of writing: the day it came to is before today, and today is
    not still inside the vague week they gave ("early this week" on a Monday to Wednesday, "late this week"
    on any day of it), whatever day the planner waited for."""
    words = _this_or_last_week(_vague(said, "interview"), decided, today)
    if words and words.endswith("this week") and today.weekday() <= _LAST_DAY.get(words[: -len(" this week")], 6):
        return False
    return decided < today


_PAST = {"meets": "met", "decides": "decided", "reviews": "reviewed", "approves": "approved", "votes": "voted",
         "returns": "returned", "is": "was", "are": "were", "has": "had", "signs": "signed",
         "finishes": "finished", "closes": "closed", "ends": "ended", "reconvenes": "reconvened"}
# "after <who> <verb> ...": the clause a later note tells in the past tense (which words are an event is not
# this pattern's to say: see timeline_events)
_EVENT_CLAUSE = re.compile(r"^after ((?:the|our|its|their|your|my) [^,;]+?) (" + "|".join(_PAST) + r")\b(.*)$",
                           re.IGNORECASE)


def _reported(words: str, decided: date, day_first: bool) -> str:
    """"after the board meets on December 10", as it is told later: "after the board met on December 10"
    (reported speech, which a note written once that day has passed needs); a phrase whose verb is not
    known falls back to the exact day: "after Thursday, December 10"."""
    event = _EVENT_CLAUSE.match(words)
    if event is None:
        return "after " + _day(decided, day_first)
    return f"after {event.group(1)} {_PAST[event.group(2).casefold()]}{event.group(3)}"


def refer_back(goal: str | None, topic: str | None) -> str | None:
    """The goal as it reads in the sentence after the topic: a noun phrase of the topic ("PCI compliance for
    the new checkout") said again in the goal ("launch the new checkout in Europe") is referred back to:
    "launch it in Europe"."""
    if not goal or not topic:
        return goal
    words = topic.split()
    for size in range(len(words), 1, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start:start + size])
            whole = r"\b" + re.escape(phrase) + _PHRASE_ENDS
            if words[start].casefold() in ("the", "a", "an", "our", "your", "its", "their") and \
                    re.search(whole, goal):
                return re.sub(whole, "it", goal, count=1)
    return goal


# A noun phrase said again ends where the goal ends or goes on with a preposition or a conjunction: "the new
# checkout in Europe" is "it in Europe", but "the new" of "the new curriculum" is no phrase of its own.
_PHRASE_ENDS = (r"(?=\s*$|[.,;]|\s+(?:in|on|for|by|to|and|or|of|with|at|from|across|before|after|so|that|which|into|"
                r"within|over|under|through|during|without|while)\b)")


def your_team(person: Interviewer, interview: Interview) -> str:
    """"your team", except to someone outside the team that hires (HR, a recruiter, another department):
    the company, "Corbel & Wren"."""
    outside = is_recruiter(person) or (
        person.department and interview.department and person.department != interview.department)
    return the_company(interview.company) if outside else "your team"


def colleagues(person: Interviewer, interview: Interview, *, british: bool = False) -> str:
    """The rest of the panel as a note to one of them names them: "your colleagues", or the one other
    interviewer by name as greeted ("Ms Clarke"), never "colleagues" for one person."""
    others = [p for p in interview.interviewers if p is not person]
    if len(others) != 1:
        return "your colleagues"
    other = others[0]
    opening = greeting(Recipient(other.name, other.email, other.name or ""), other.title, interview.culture or "",
                       british=british, address_as=other.address_as)
    return re.sub(r"^(Dear|Hi) |,$", "", opening)


_RELATIVE_YEAR = re.compile(r"\b(?:(for|by|until|in|of|from|through|during) )?(next|this) year\b", re.IGNORECASE)


def as_of(text: str | None, said: int, now: int) -> str | None:
    """A topic or goal typed in the interview's year ("open three new stores next year"), as it reads in a
    later one: "this year" a year on, "in 2028" ("for 2028") after that; "this year" becomes the year it
    meant."""
    if text is None or now <= said:
        return text

    def moved(found: re.Match[str]) -> str:
        before, which = found.group(1), found.group(2)
        meant = said + (which.lower() == "next")
        if meant == now:
            return f"{before} this year" if before else "this year"
        return f"{before} {meant}" if before else f"in {meant}"

    return _RELATIVE_YEAR.sub(moved, text)


def _goal(text: str | None) -> str | None:
    """A goal as it reads after "help the team": without a leading "to"."""
    phrase = _phrase(text)
    return re.sub(r"^to\s+", "", phrase, flags=re.IGNORECASE) if phrase else phrase


def _present(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value not in (None, "", [], ())}


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _day(day: date, day_first: bool = False) -> str:
    """"Thursday, November 19", or "Thursday 19 November" where the day comes first."""
    return f"{day:%A} {day.day} {day:%B}" if day_first else f"{day:%A}, {day:%B} {day.day}"


def _period(day: date) -> str:
    """"early December": how a person recalls a date they were given as "within two weeks"."""
    part = "early" if day.day <= 10 else "mid" if day.day <= 20 else "late"
    return f"{part} {day:%B}" if part != "mid" else f"mid-{day:%B}"


def _concern(interview: Interview, to: Recipient) -> dict[str, str] | None:
    """The concern this person raised (`raised_by`), or, for one nobody is named for, the first such concern
    in the note to the main contact. Only one that has an answer: a doubt repeated without one only reminds
    them of it."""
    mine = sorted((c for c in interview.concerns if c.answer and _carries(interview, c, to)),
                  key=lambda c: not c.raised_by)  # what they raised themselves first
    return _present({"concern": mine[0].concern, "answer": _yours(mine[0].answer)}) if mine else None


def _yours(answer: str | None) -> str | None:
    """The candidate's answer as the employer reads it: "our" (their current team's) would read as the
    employer's own ("I maintained our Rust agent"), so it is "my team's"."""
    if answer is None:
        return None
    return re.sub(r"\b([Oo])ur\b", lambda m: "My team's" if m.group(1) == "O" else "my team's", answer)


def _carries(interview: Interview, concern: Concern, to: Recipient) -> bool:
    """Whether the note to `to` is the one that would answer `concern` (see `_concern`)."""
    if concern.raised_by:
        return to.matches(concern.raised_by)
    return to == primary_contact(interview)


def unanswered_concerns(interview: Interview) -> tuple[str, ...]:
    """The concerns with no answer yet: left out of every draft until the candidate adds one."""
    return tuple(c.concern for c in interview.concerns if not c.answer)


GapKind = Literal["unanswered-concern", "no-topic", "no-title"]


@dataclass(frozen=True)
class Gap:
    """Something a draft leaves out for want of the candidate's word: a concern with no answer (`about`: the
    concern), an interviewer with no topic of their own for a thank-you (`about`: their name or email), or one
    greeted by full name for want of a title while others on the panel have one (`about`: their name)."""

    kind: GapKind
    about: str


def gaps(interview: Interview, kinds: Iterable[str], to: Recipient | None = None) -> tuple[Gap, ...]:
    """What the drafts of these kinds (to this one person, if given) leave out and the candidate could add."""
    thanks = bool({"thank-you", "late-thank-you"} & set(kinds))  # the notes that carry a concern's answer
    found = _thanks_gaps(interview, to) if thanks else []
    return tuple(found + _title_gaps(interview, kinds, to))


def _thanks_gaps(interview: Interview, to: Recipient | None) -> list[Gap]:
    """The concerns with no answer that a thank-you to `to` (to anyone, if None) would carry, and the people
    whose thank-you has no topic of its own."""
    found = [Gap("unanswered-concern", c.concern) for c in interview.concerns
             if not c.answer and (to is None or _carries(interview, c, to))]
    return found + [Gap("no-topic", person.name or person.email or "an interviewer")
                    for person, (topic, _) in zip(interview.interviewers, allotment(interview), strict=True)
                    if topic is None and (to is None or to.matches(person.email or person.name or ""))]


def _title_gaps(interview: Interview, kinds: Iterable[str], to: Recipient | None) -> list[Gap]:
    """A "no-title" gap for each person these drafts greet by full name for want of a title (`untitled`)."""
    written = recipients(interview) if {"thank-you", "late-thank-you"} & set(kinds) else [primary_contact(interview)]

    def writes_to(person: Interviewer) -> bool:
        key = person.email or person.name or ""
        return any(r is not None and r.matches(key) for r in written) and (to is None or to.matches(key))

    return [Gap("no-title", person.name or "") for person in untitled(interview) if writes_to(person)]


def untitled(interview: Interview) -> tuple[Interviewer, ...]:
    """The people a formal note greets by full name ("Dear Angela Brooks,"): no title or `address_as` on record
    while someone else of the panel is greeted by title. Guessing "Ms." or "Mr." would be wrong: the
    candidate is asked for it instead."""
    if interview.culture == "casual":
        return ()
    titled = [greeted_by_title(p.name, p.title, p.address_as) for p in interview.interviewers]
    return tuple(p for n, p in enumerate(interview.interviewers)
                 if p.name and len(split_title(p.name)[1].split()) > 1 and not titled[n]
                 and any(t for m, t in enumerate(titled) if m != n))


def _previous_day(step: Step, events: tuple[Event, ...], zone: Any, day_first: bool) -> str | None:
    """For a second inquiry: the day the first went out."""
    assert step.to is not None
    sent = [e for e in events if e.type == "sent" and e.kind == step.kind and step.to.matches(e.to)]
    if step.kind != "status-inquiry" or not sent:
        return None
    return _day(max(e.at for e in sent).astimezone(zone).date(), day_first)


def _previous_by(step: Step, events: tuple[Event, ...]) -> str | None:
    """For a second inquiry: how the first was made: "call", "card" or "note"."""
    assert step.to is not None
    sent = [e for e in events if e.type == "sent" and e.kind == step.kind and step.to.matches(e.to)]
    if step.kind != "status-inquiry" or not sent:
        return None
    channel = max(sent, key=lambda e: e.at).channel
    return {"phone": "call", "handwritten": "card"}.get(channel or "email", "note")


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
