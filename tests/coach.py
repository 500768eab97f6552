"""The coach's review set: every draft each interview in tests/data/coach/ calls for over its life.

Each file is an interview as `followup add --file` reads it, plus a few keys for the scenario, starting with
an underscore: `_country` (the candidate's profile country, US when absent), `_timeline_email` (the employer's
timeline, logged as an email two days after the interview) and `_first_inquiry = "phone"` (the first status
inquiry was made by phone). The thank-yous are drafted 2 hours and 4 days on; each status inquiry and the
reconnect note at the moment the plan has it due; the rejection reply 61 days on.

    PYTHONPATH=src:tests .venv/bin/python tests/coach.py > coach.txt   # every draft, to read as a coach would

`--set answered` reads tests/data/coach/answered/ instead: the same sixteen cases, each with what the tool asked the
candidate for (a concern's answer, a topic, a title) given, under a comment `# answered: <the question>`. With
`--report`, the detectors' report on that set.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter, defaultdict
import tomllib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from followup.adapters.config import Profile, Settings
from followup.core.model import Draft, Interview
from followup.core.planner import recipients
from followup.core.policy import Policy
from followup.store import open_store
from followup.usecases.service import Service

COACH = Path(__file__).resolve().parent / "data" / "coach"
TIMEZONES = {"US": "America/New_York", "GB": "Europe/London", "IE": "Europe/Dublin"}


@dataclass(frozen=True)
class Reviewed:
    case: str  # the file's stem
    interview: Interview
    draft: Draft
    moment: str  # when it was drafted, after the interview ended
    at: datetime | None = None  # the moment itself


def cases(folder: Path = COACH) -> list[Path]:
    """The case files of a set: the review set itself (the default), or a variant of it in a subfolder."""
    return sorted(folder.glob("*.toml"))


def case_drafts(path: Path) -> list[Reviewed]:
    data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    scenario = {key: data.pop(key) for key in [k for k in data if k.startswith("_")]}
    country = scenario.get("_country", "US")
    profile = Profile(name="Alex Rivera", email="alex.rivera@example.com", timezone=TIMEZONES[country],
                      country=country)
    with tempfile.TemporaryDirectory(prefix="followup-coach-") as folder:
        store = open_store(f"sqlite:///{Path(folder) / 'followup.db'}")
        try:
            service = Service(Settings(profile, Policy()), store,
                              datetime(2026, 10, 1, 9, 0, tzinfo=ZoneInfo("UTC")))
            return _life(service, data, scenario, path.stem)
        finally:
            store.close()


def _life(service: Service, data: dict[str, Any], scenario: dict[str, Any], case: str) -> list[Reviewed]:
    view = service.add(data)
    interview = view.interview
    ident, ends = interview.id or 0, interview.ends
    found: list[Reviewed] = []

    def at(**delta: float) -> Service:
        return replace(service, now=ends + timedelta(**delta))

    def draft(moment: str, kind: str | None = None, **delta: float) -> None:
        later = at(**delta)
        found.extend(Reviewed(case, later.show(ident).interview, d, moment, later.now)
                     for d in later.draft(ident, kind))

    draft("2 hours", hours=2)
    draft("4 days", days=4)
    for person in recipients(interview):
        at(days=1).log(ident, "sent", kind="thank-you", to=person.key)
    if "_timeline_email" in scenario:
        at(days=2).log(ident, "timeline", text=scenario["_timeline_email"])
    # each inquiry and the reconnect note at the moment the plan has it due, never before (a note drafted
    # before their timeline has passed would be a note the tool never asks for)
    first = due(service, ident, "status-inquiry")
    draft("inquiry due", "status-inquiry", seconds=(first - ends).total_seconds())
    channel = scenario.get("_first_inquiry", "email")
    replace(service, now=first).log(ident, "sent", kind="status-inquiry", channel=channel)
    draft("second inquiry due", "status-inquiry", seconds=(due(service, ident, "status-inquiry", first) - ends)
          .total_seconds())
    draft("reconnect due", "reconnect", seconds=(due(service, ident, "reconnect", first) - ends).total_seconds())
    at(days=61).log(ident, "rejected")
    draft("61 days", days=61, hours=1)
    return found


def due(service: Service, ident: int, kind: str, now: datetime | None = None) -> datetime:
    """When the plan, as it stands at `now`, has the next step of this kind due."""
    later = replace(service, now=now) if now else service
    return next(s.due for s in later.show(ident).plan.steps if s.kind == kind)


def review_set(folder: Path = COACH) -> list[Reviewed]:
    return [item for path in cases(folder) for item in case_drafts(path)]


# -- the coach's reading, as detectors ---------------------------------------------------------------------

_NEEDS_THE = re.compile(r"^(The )?(University|College|Institute|Museum|Bank) of |(Foundation|Trust)$")
_TEAM_TALK = re.compile(r"your thoughts|what you (shared|said)|your view|with you about|how your team works"
                        r"|When we spoke, you|our conversation (on|about)|the time you gave me")
_INFORMAL = ("Thanks so much", "Warmly,", "by hand", "All the best,", "send your way", "Do let me know")


_ABBREVIATION = re.compile(r"\b[a-z]/[A-Z]\b")


def _phrase_of(topic: str) -> str:
    """A topic as a note may word it: its first article off, "her/his/their" as "your", "a/B" as "A/B"."""
    text = re.sub(r"^(The|A|An|Our) ", "", topic.strip().rstrip("."))
    return _ABBREVIATION.sub(lambda m: m.group().upper(), re.sub(r"\b(her|his|their)\b", "your", text))


def _sentences(body: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) >= 6]


def defects(item: Reviewed, scenario: dict[str, Any]) -> list[str]:
    """What a demanding career coach would change before sending this draft (one draft on its own)."""
    d, interview = item.draft, item.interview
    text, body = d.subject + "\n" + d.body, d.body
    found: list[str] = []
    first = body.split("\n", 1)[0]
    person = next((p for p in interview.interviewers if d.to.matches(p.email or p.name)), None)
    british = scenario.get("_country", "US") in ("GB", "IE", "AU", "NZ")
    if d.channel != "phone":
        name = d.to.name or ""
        # The full name is a mail merge, except beside colleagues greeted by title: one register for a panel.
        titled = any(p.title or _TITLED.match("Dear " + (p.address_as or p.name or ""))
                     for p in interview.interviewers)
        typed = _TITLED.match("Dear " + name)
        if name and len(name.split()) > 1 and name in first and (typed or not titled
                                                                 or interview.culture == "casual"):
            found.append("full name or typed title in the greeting")
        if re.search(r"\bProf\b\.?", first):
            found.append("Prof for Professor")
        if british and re.search(r"\b(Mr|Ms|Mrs|Dr|Mx)\.", first):
            found.append("full stop after a British title")
        if person is not None and getattr(person, "address_as", None) and person.address_as not in first:
            found.append("address_as not used")
    for typed in [*interview.topics, *(t for p in interview.interviewers for t in p.topics)]:
        topic = _ABBREVIATION.sub(lambda m: m.group().upper(), typed)  # "a/B" is a typo for "A/B": fixed
        for seen in re.findall(re.escape(topic), text, re.I):
            if seen != topic and seen[1:] != topic[1:]:
                found.append(f"case changed: {seen}")
            elif seen != topic and topic.split()[0] not in ("The", "A", "An", "Our", "Your", "My", "Their"):
                found.append(f"case changed: {seen}")
    if _ABBREVIATION.search(text):
        found.append(f"a mixed-case abbreviation as typed: {_ABBREVIATION.search(text).group()}")  # type: ignore[union-attr]
    paragraphs = body.split("\n\n")
    if any(p.count("my interview") > 1 for p in paragraphs):
        found.append("repetition: 'my interview' twice in a paragraph")
    closing = body.rstrip().split("\n")[-2] if d.channel != "phone" else ""
    last = _sentences(paragraphs[-2])[-1:] if len(paragraphs) > 1 else []
    if closing.startswith("Thank") and last and last[0].startswith("Thank"):
        found.append(f"thanks twice in a row: {last[0]} / {closing}")
    if d.kind == "reconnect" and interview.topics and not any(
            _phrase_of(t) in body for t in [*interview.topics, *(t for p in interview.interviewers for t in p.topics)]):
        found.append("a reconnect note that leaves out the topic")
    if re.search(r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|"
                 r"December), (?!and |but |so )[a-z]", text):
        found.append("stray comma after a day-first date")
    if _NEEDS_THE.search(interview.company) and "'s " not in interview.company and re.search(
            r"(?<!the )(?<!The )\b" + re.escape(re.sub(r"^The ", "", interview.company)), text):
        found.append("institution without 'the'")
    if "," in interview.role and re.search(re.escape(interview.role) + r" (role|position|interview)", text):
        found.append("role with a comma used as an adjective")
    if re.search(r"\b(her|his)\b", body) and d.to.name:
        found.append("third person in a note to that person")
    if re.search(r"\b(on|about|of|to) \1\b", body):
        found.append("repetition: a doubled word")
    if len(re.findall(r"glad to", body)) > 1 or re.search(r"\bthe team\b[^.]*\bteam'?s?\b", body):
        found.append("repetition")
    if any(p.count(interview.role) > 1 for p in body.split("\n\n")):
        found.append("repetition: the role named twice in a paragraph")
    if any(p.count(interview.company) > 1 for p in body.split("\n\n")[1:]):
        found.append("repetition: the company named twice in a paragraph")
    closing = body.rstrip().split("\n")[-2] if d.channel != "phone" else ""
    if closing and closing.rstrip(",") in body.split(closing)[0]:
        found.append(f"sign-off repeats the text: {closing}")
    if interview.culture == "formal" and any(w in body for w in _INFORMAL):
        found.append("casual register in a formal note")
    if not d.to.name and d.channel != "phone" and _TEAM_TALK.search(body):
        found.append("talks to a team mailbox as to a person")
    if d.channel == "handwritten":
        to_line = d.text.split("\n", 1)[0]
        if interview.mailing_address and (interview.mailing_address not in to_line or "@" in to_line):
            found.append(f"a card addressed to an email, not the mailing address: {to_line}")
        if re.search(r"\bthe welcome at\b", body):
            found.append("a card that thanks the welcome, not the person")
    found += _facts(item, scenario) + _wording(item, scenario)
    return found


def _wording(item: Reviewed, scenario: dict[str, Any]) -> list[str]:
    """The second reading (issue 11, the coach's notes on main's 140 drafts)."""
    d, interview = item.draft, item.interview
    body, found = d.body, []
    if "still think about" in body:
        found.append("overclaims: 'still think about'")
    if d.kind == "reconnect" and any(len(re.findall(r"\babout\b", p)) >= 3 for p in body.split("\n\n")):
        found.append("repetition: 'about' three times in a paragraph")
    if d.channel != "phone":
        closing = body.rstrip().split("\n")[-2]
        if closing.startswith("Thanks again") and "thank" not in body.split(closing)[0].casefold():
            found.append("'Thanks again' with no thanks before it")
    person = next((p for p in interview.interviewers if d.to.name and d.to.matches(p.email or p.name)), None)
    if person is not None and len(interview.interviewers) > 1:
        for topic in (t for t in interview.topics if t not in person.topics):
            if re.search(_CREDITED + re.escape(_phrase_of(topic)), body, re.I):
                found.append(f"a panel's topic credited to one person: {topic}")
    known = [_phrase_of(t).casefold() for t in [*interview.topics, *(t for p in interview.interviewers
                                                                      for t in p.topics)]]
    for stuck in (s for s in re.split(r"(?<=[.!?])\s+", body) if "stayed with me" in s):
        if not any(k in stuck.casefold() for k in known):
            found.append(f"says something stayed with them without saying what: {stuck}")
    if re.search(r"add (a little more|one detail|one thing)|one more (part|detail) (of|about) my", body):
        found.append("a concern's answer tacked on after a lead-in")
    if re.search(r"\bbring that to the work to\b", body):
        found.append("a stack of 'to's: 'bring that to the work to ...'")
    if len(re.findall(r"\bexperience\b", body, re.I)) > 1:
        found.append("repetition: 'experience' twice")
    us_date = re.search(r"\b[A-Z][a-z]+day, (January|February|March|April|May|June|July|August|September|October"
                        r"|November|December) \d{1,2} [a-z]", d.text)
    if us_date:
        found.append(f"no comma after a US date the sentence goes on from: {us_date.group()}")
    said = scenario.get("_timeline_email") or interview.decision_timeline or ""
    if _VAGUE.search(said) and re.search(r"(decision|decide)[^.;]*\b(by|after) [A-Z][a-z]+day\b", body):
        found.append(f"invented precision: a day for their vague '{_VAGUE.search(said).group()}'")  # type: ignore[union-attr]
    if d.channel == "handwritten" and person is not None and person.topics and not any(
            _phrase_of(t).casefold() in body.casefold() for t in (*person.topics, *interview.topics)):
        found.append("a card that leaves out every topic recorded (the person's own and the interview's)")
    if scenario.get("_country", "US") == "US" and re.search(r"\bkeener\b", body):
        found.append("British 'keener' in a US note")
    found += _unasked_title(item) + _third_reading(item, scenario)
    return found


_STOP = frozenset("a an the and or of to for in on at with about by from as is was be i you we our your my it "
                  "this that their its me us more much very would will am are have has".split())


def _third_reading(item: Reviewed, scenario: dict[str, Any]) -> list[str]:
    """The third reading (issue 11, the coach's notes on the 140 drafts after the second)."""
    d, interview = item.draft, item.interview
    body, found = d.body, []
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", body) if s.strip()]
    for one, two in zip(sentences, sentences[1:], strict=False):
        if re.match(r"Our (discussion|conversation)\b", one) and re.match(r"Our (discussion|conversation)\b", two):
            found.append(f"repetition: two sentences in a row open with 'Our ...': {two}")
        shared = _content_pairs(one) & _content_pairs(two)
        if shared:
            found.append(f"repetition: '{' '.join(sorted(shared)[0])}' in two sentences in a row")
    if "," in interview.role and re.search(re.escape(interview.role) + r", and\b", body):
        found.append("a role with a comma followed by a list")
    if d.channel == "phone" and d.attempt > 1 and re.search(r"they said they hoped to decide", body):
        found.append("their timeline recalled again on a second call")
    found += _team_facts(item) + _relative_week(item, scenario) + _fourth_reading(item)
    return found


def _fourth_reading(item: Reviewed) -> list[str]:
    """The fourth reading (issue 11, the coach's notes on the 140 drafts after the third)."""
    from followup.core.compose import refer_back

    d, interview = item.draft, item.interview
    found: list[str] = []
    topics = [*interview.topics, *(t for p in interview.interviewers for t in p.topics)]
    for paragraph in d.body.split("\n\n"):
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", paragraph.strip()) if s]
        for n, sentence in enumerate(sentences):
            near = " ".join(sentences[max(n - 1, 0):n + 1]).casefold()
            for goal, topic in ((g, t) for g in interview.goals for t in topics):
                short = refer_back(goal, _phrase_of(topic))
                if short and short != goal and short in sentence and _phrase_of(topic).casefold() not in near:
                    found.append(f"'it' for the goal far from the topic it stands for: {short}")
    for goal in interview.goals:
        if re.search(re.escape(goal) + r", and I (remain|am|would)\b", d.body):
            found.append(f"a goal spliced into a stock sentence: {goal}")
    if item.at is not None and d.kind == "status-inquiry":
        day = item.at.astimezone(interview.when.tzinfo).weekday()
        for part in re.findall(r"\b(early |in the middle of |late |)this week[^.]*has now passed", d.body):
            if day <= {"early ": 2, "in the middle of ": 3}.get(part, 6):
                found.append(f"'{part}this week' said to have passed on a day inside it")
    return found


def _content_pairs(sentence: str) -> set[tuple[str, str]]:
    """Pairs of lower-case words neither of which is a function word: "new checkout" (a name, a role or a date
    is capitalised and left out)."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", sentence)
    return {(a, b) for a, b in zip(words, words[1:], strict=False) if a.islower() and b.islower() and a not in _STOP
            and b not in _STOP}


_HR = re.compile(r"\b(HR|human resources|recruit\w*|talent|people)\b", re.I)


def _team_facts(item: Reviewed) -> list[str]:
    d, interview = item.draft, item.interview
    person = next((p for p in interview.interviewers if d.to.name and d.to.matches(p.email or p.name)), None)
    found = []
    if person is not None and "your team" in d.body and (
            _HR.search(f"{person.title or ''} {person.department or ''}")
            or (person.department and interview.department and person.department != interview.department)):
        found.append(f"'your team' to someone outside the hiring team: {person.department or person.title}")
    if len(interview.interviewers) == 2 and re.search(r"\bcolleagues\b", d.body):
        found.append("'colleagues' for the one other interviewer")
    return found


def _relative_week(item: Reviewed, scenario: dict[str, Any]) -> list[str]:
    """'early the following week' in a note sent in that very week (or the week after): told from the day
    of sending, it is 'early this week' (or 'early last week')."""
    d, interview = item.draft, item.interview
    said = scenario.get("_timeline_email") or interview.decision_timeline or ""
    if item.at is None or not re.search(r"\bnext week\b", said) or "the following week" not in d.body:
        return []
    told = (interview.ends + timedelta(days=2) if "_timeline_email" in scenario else interview.when).date()
    sent = item.at.astimezone(interview.when.tzinfo).date()
    weeks = ((sent - timedelta(days=sent.weekday())) - (told - timedelta(days=told.weekday()))).days // 7
    if weeks in (1, 2):
        return [f"'the following week' in a note sent {'in' if weeks == 1 else 'the week after'} that week"]
    return []


def _unasked_title(item: Reviewed) -> list[str]:
    """"Dear Angela Brooks," beside "Dear Mr. Ortiz,": no title is on record, and guessing one is wrong, so the
    tool must ask for it, both as a `draft` hint (a gap) and as a pre-send finding."""
    from followup.core.check import CheckContext, check
    from followup.core.compose import gaps

    d, interview = item.draft, item.interview
    first = d.body.split("\n", 1)[0]
    others = [p for p in interview.interviewers if not (d.to.name and d.to.matches(p.email or p.name))]
    if d.channel == "phone" or not d.to.name or first != f"Dear {d.to.name}," or len(d.to.name.split()) < 2 \
            or not any(p.title or p.address_as or _TITLED.match("Dear " + (p.name or "")) for p in others):
        return []
    found = []
    if not any(g.kind == "no-title" for g in gaps(interview, {d.kind}, d.to)):
        found.append(f"full-name greeting and no draft hint asking for a title: {first}")
    context = CheckContext(kind=d.kind, channel=d.channel, recipient=d.to, titled_panel=True,
                           interviewers=tuple(p.name for p in interview.interviewers if p.name))
    if not any(f.rule == "no-title" for f in check(d.text, context)):
        found.append(f"full-name greeting and no pre-send finding asking for a title: {first}")
    return found


_VAGUE = re.compile(r"\b((early|mid|late)[- ](next|this) (week|month)|(in|within) (a couple of|a few|several) "
                    r"(days|weeks))\b", re.I)


# "Your thoughts on X", "What you shared about X", "Hearing your view on X", "what you said about X"
_CREDITED = r"\b(your (thoughts|views?|perspective)|what you (shared|said))( (on|about))? (the )?"


def _facts(item: Reviewed, scenario: dict[str, Any]) -> list[str]:
    d, interview = item.draft, item.interview
    body, found = d.body, []
    if interview.format in ("video", "phone") and re.search(r"my day at|warm welcome|visit", body):
        found.append("in-person words after a remote interview")
    if interview.format == "phone" and re.search(r"\bmeet(ing)? with me\b", body):
        found.append("'meeting' after a phone call")
    if re.search(r"\b(early|mid-|late) ?(January|February|March|April|May|June|July|August|September|October|"
                 r"November|December)\b", body) and d.kind == "status-inquiry":
        said = (scenario.get("_timeline_email") or interview.decision_timeline or "")
        if not re.search(r"(early|mid-|late) ?[A-Z]", said):
            found.append("timeline paraphrased")
    if re.search(r"\b(meets|decides|reviews|returns|approves|is|are)\b[^.;]*; (as|now that) (that|it)", body) or \
            "decision after" in body:
        found.append("a timeline in the present tense pasted into 'as that time has now passed'")
    if "_timeline_email" in scenario and re.search(r"when we spoke", body, re.I) and "decision" in body:
        found.append("'when we spoke' for a timeline that came by email")
    if "_timeline_email" in scenario and re.search(r"\byour (email|message|note)\b", body, re.I) and \
            "decision" in body:
        found.append("a timeline by email credited to the recipient (who wrote it is not recorded)")
    typed = " ".join((*interview.topics, *interview.goals, *(t for p in interview.interviewers for t in p.topics)))
    if item.at is not None and item.at.year > interview.when.year and any(
            re.search(rf"\b{which} year\b", typed, re.I) and re.search(rf"\b{which} year\b", body, re.I)
            for which in ("next", "this")):
        found.append("'next year' or 'this year' as typed in the interview's year, in a later year")
    if scenario.get("_first_inquiry") == "phone" and d.attempt == 2 and "note of" in body:
        found.append("a call remembered as a note")
    if re.search(r"\b(?:LLP|Trust|Council|Bank|Foundation|University|College|Hospital|School)$|^(?:The )?(?:City|"
                 r"University|College) of\b", interview.company) and body.count(
                     interview.company.removeprefix("The ")) > 1:
        found.append("the organisation's full name twice in one note, where 'the Trust' or 'the firm' would do")
    if d.channel == "phone" and re.search(r"\bmy (?:note|call|card) of\b", body):
        found.append("letter phrasing in a phone script: 'my note of Monday' is written, not said")
    if "how my background carries over" in body:
        found.append("filler for an unanswered concern")
    if d.kind in ("thank-you", "late-thank-you") and not _personal(body, interview):
        found.append("no personal touch: no topic, goal, answer or team of theirs")
    doubts = [c.concern.casefold() for c in interview.concerns if c.concern]
    if any(doubt in body.casefold() for doubt in doubts) or re.search(r"\b(a|your) concern\b", body):
        found.append("concern restated in the employer's words")
    return found


_TITLED = re.compile(r"Dear (Mr|Ms|Mrs|Mx|Miss|Dr|Prof|Professor|Sir|Dame)\b")
_GIVEN_ONLY = re.compile(r"Dear [^\s,]+,$")


def _personal(body: str, interview: Interview) -> bool:
    """Something true and particular to this interview beyond the role, the company and the day: a topic, a
    goal, a concern's answer, or the team (department) they interviewed for."""
    known = [*interview.topics, *interview.goals, *(t for p in interview.interviewers for t in p.topics),
             *(c.answer for c in interview.concerns if c.answer),
             *(d for d in [interview.department, *(p.department for p in interview.interviewers)] if d)]
    words = [re.sub(r"^(the|a|an|our|to) ", "", k.strip().rstrip("."), flags=re.I)[:25].casefold()
             for k in known]
    return any(w and w in body.casefold() for w in words)


def panel_defects(items: list[Reviewed]) -> dict[int, list[str]]:
    """Across the notes of one kind to a panel, drafted together: the same sentence or topic given to two people.
    (A note drafted again at a later moment, to the same person, is the same note, not a second one.)"""
    found: dict[int, list[str]] = defaultdict(list)
    groups: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
    for n, item in enumerate(items):
        groups[(item.case, item.moment, item.draft.kind, item.draft.channel)].append(n)
    for members in groups.values():
        if len({items[n].draft.to.key for n in members}) < 2:
            continue
        openings = {n: items[n].draft.body.split("\n", 1)[0] for n in members}
        if any(_TITLED.match(o) for o in openings.values()):
            for n, opening in openings.items():
                if _GIVEN_ONLY.match(opening) and len((items[n].draft.to.name or "").split()) > 1:
                    found[n].append(f"register mixed within the panel: {opening}")
        counts = Counter(s for n in members for s in set(_sentences(items[n].draft.body)))
        for n in members:
            shared = [s for s in _sentences(items[n].draft.body) if counts[s] > 1]
            found[n] += [f"same sentence as another panel note: {s}" for s in shared]
            interview = items[n].interview
            for topic in interview.topics:
                holders = [m for m in members if topic in items[m].draft.body]
                if n in holders and len(holders) > 1:
                    found[n].append(f"same topic as another panel note: {topic}")
    return found


def card_defects(items: list[Reviewed]) -> dict[int, list[str]]:
    """A card goes with the email to the same person (the sixth reading): it repeats the email's one detail
    although another topic was recorded."""
    found: dict[int, list[str]] = defaultdict(list)
    emails = {(i.case, i.moment, i.draft.kind, i.draft.to.key): i for i in items if i.draft.channel == "email"}
    for n, card in enumerate(items):
        email = emails.get((card.case, card.moment, card.draft.kind, card.draft.to.key))
        if card.draft.channel != "handwritten" or email is None:
            continue
        person = next((p for p in card.interview.interviewers if card.draft.to.matches(p.email)), None)
        recorded = (*(person.topics if person else ()), *card.interview.topics)
        in_email = {t for t in recorded if _phrase_of(t).casefold() in email.draft.body.casefold()}
        repeated = [t for t in in_email if _phrase_of(t).casefold() in card.draft.body.casefold()]
        if repeated and any(t not in in_email for t in recorded):
            found[n].append(f"a card that repeats the email's detail ({repeated[0]}) though another was recorded")
    return found


def reviewed(folder: Path = COACH) -> list[tuple[Reviewed, list[str]]]:
    items: list[Reviewed] = []
    scenarios: dict[str, dict[str, Any]] = {}
    for path in cases(folder):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        scenarios[path.stem] = {k: v for k, v in data.items() if k.startswith("_")}
        items += case_drafts(path)
    panel, cards = panel_defects(items), card_defects(items)
    return [(item, defects(item, scenarios[item.case]) + panel.get(n, []) + cards.get(n, []))
            for n, item in enumerate(items)]


def shares(results: list[tuple[Reviewed, list[str]]]) -> dict[str, tuple[int, int]]:
    """By kind (a card and a call counted apart): (sendable unedited, drafts)."""
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for item, found in results:
        d = item.draft
        key = d.kind + (f" ({d.channel})" if d.channel != "email" else "")
        by_kind[key].append(not found)
    return {k: (sum(v), len(v)) for k, v in sorted(by_kind.items())}


def report(folder: Path = COACH) -> int:
    results = reviewed(folder)
    for item, found in results:
        for problem in found:
            print(f"{item.case} {item.draft.kind}#{item.draft.attempt} {item.draft.channel} "
                  f"{item.draft.to.label}: {problem}")
    total = [0, 0]
    for kind, (good, count) in shares(results).items():
        print(f"{kind:32} {good:3}/{count:3} {100 * good // count:3}%")
        total = [total[0] + good, total[1] + count]
    print(f"{'all':32} {total[0]:3}/{total[1]:3} {100 * total[0] // total[1]:3}%")
    return 0


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Print every draft of the coach's review set, or the report.")
    parser.add_argument("--report", action="store_true", help="the detectors' findings and the sendable shares")
    parser.add_argument("--set", help="a variant of the set: the subfolder of tests/data/coach/, e.g. answered")
    args = parser.parse_args()
    folder = COACH / args.set if args.set else COACH
    if not cases(folder):
        parser.error(f"no case files in {folder}")
    if args.report:
        return report(folder)
    for n, item in enumerate(review_set(folder), 1):
        d = item.draft
        print(f"===== {n}. {item.case} | {d.kind} #{d.attempt} {d.channel} to {d.to.label} | {item.moment}")
        print(d.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
