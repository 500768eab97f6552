"""Rules about who and what the message names: the person greeted, and the company and role."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator

from ..names import TITLES, family_name, given_name, title_text
from .document import Document
from .hits import Hit

_TITLES = re.compile(rf"^(?:(?:{'|'.join(sorted(TITLES, key=len, reverse=True))})\.?\s+)+", re.IGNORECASE)
_GENERIC = {"hiring manager", "hiring team", "sir or madam", "sir/madam", "madam or sir", "team", "all",
            "everyone", "there", "recruiting team", "recruitment team", "hiring committee", "search committee",
            "to whom it may concern"}


def _forms(name: str, title: str | None) -> set[str]:
    """How a person may rightly be greeted: any run of the words of their name ("José María", "El Idrissi",
    the full name), and their title with their surname."""
    words = name.split()
    forms = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    forms |= {given_name(name), family_name(name)}
    if title:
        forms.add(f"{title_text(title)} {family_name(name)}")
    return {form for form in forms if form}


def _plain(text: str) -> str:
    """Casefolded with accents taken off: for telling a misspelt name from another name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_mismatch(doc: Document) -> Iterator[Hit]:
    recipient, greeting = doc.context.recipient, doc.greeting
    if recipient is None or greeting is None:
        return
    part = "word" if greeting.group("word").casefold().startswith("to whom") else "name"
    named = greeting.group(part).strip()
    if not named:
        return
    start = doc.greeting_start + greeting.start(part)
    end = start + len(named)
    bare = _TITLES.sub("", named).strip()
    generic = bare.casefold() in _GENERIC or bare.casefold().endswith(" team") or (
        not recipient.name and named == recipient.addressee)
    if generic:
        if recipient.name:
            yield Hit("name-mismatch", start, end, f"greets '{named}' though you know their name",
                      _best_form(recipient.name, doc.context.recipient_title), sure=False)
        return
    if not recipient.name:
        return  # no name known: a name here cannot be checked (another interviewer's is caught below)
    right = _forms(recipient.name, doc.context.recipient_title)
    if bare in right or named in right:
        return
    for other in doc.context.interviewers:
        if other != recipient.name and (bare in _forms(other, None) or bare in other.split()):
            yield Hit("name-mismatch", start, end, f"greets {other}, but this message goes to {recipient.name}",
                      _best_form(recipient.name, doc.context.recipient_title))
            return
    def likeness(form: str) -> float:
        return difflib.SequenceMatcher(None, _plain(bare), _plain(_TITLES.sub("", form))).ratio()

    closest = max(right, key=likeness)
    if _plain(bare) == _plain(_TITLES.sub("", closest)):
        problem = f"'{named}' is not how {recipient.name} writes their name (check the accents and letters)"
    elif likeness(closest) >= 0.6:
        problem = f"'{named}' misspells {recipient.name}'s name"
    else:
        problem = f"greets '{named}', but this message goes to {recipient.name}"
    yield Hit("name-mismatch", start, end, problem, _with_title(named, closest))


def _best_form(name: str, title: str | None) -> str:
    return f"{title_text(title)} {family_name(name)}" if title else name


def _with_title(named: str, form: str) -> str:
    title = _TITLES.match(named)
    return form if title is None or _TITLES.match(form) else title.group() + form


def company_mismatch(doc: Document) -> Iterator[Hit]:
    context = doc.context
    ours = [text for text in (context.company, context.role) if text]
    taken = [(m.start(), m.end()) for text in ours
             for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", doc.text, re.IGNORECASE)]
    pairs = [(name, context.company, "the name of another company you are talking to")
             for name in context.other_companies]
    pairs += [(name, context.role, "the role at another company you are talking to") for name in context.other_roles
              if len(name.split()) > 1]  # "Manager" or "Analyst" alone says nothing about which job
    for name, right, what in pairs:
        if not name.strip() or (right and name.casefold() == right.casefold()):
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):  # names keep their capitals
            if any(s <= match.start() and match.end() <= e for s, e in taken):
                continue  # part of this interview's own name or role
            yield Hit("company-mismatch", match.start(), match.end(),
                      f"'{match.group()}' is {what}" + (f"; this message is about {right}" if right else ""), right)
