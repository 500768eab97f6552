"""Rules about who and what the message names: the person greeted, and the company and role."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator

from ..names import TITLES, address_examples, family_name, given_name, title_text
from .document import Document
from .hits import Hit

# titles a greeting may put before a surname that are not part of the name
_ROLE_TITLES = {"principal", "professor", "coach", "chef", "pastor", "rabbi", "imam", "father", "sister", "brother",
                "reverend", "rev", "captain", "capt", "judge", "justice", "senator", "officer", "sheriff", "dean",
                "detective", "sergeant", "sgt", "lieutenant", "lt", "major", "colonel", "general", "commander",
                "chief", "mayor", "governor", "representative", "councillor", "councilor", "nurse", "doctor"}
_TITLES = re.compile(rf"^(?:(?:{'|'.join(sorted(TITLES | _ROLE_TITLES, key=len, reverse=True))})\.?\s+)+",
                     re.IGNORECASE)
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
    recipient, greeted = doc.context.recipient, _greeted(doc)
    if recipient is None or greeted is None:
        return
    named, bare, start, end = greeted
    title = doc.context.recipient_title
    if _is_generic(named, bare, recipient.addressee if not recipient.name else None):
        if recipient.name:
            yield Hit("name-mismatch", start, end, f"greets '{named}' though you know their name",
                      _best_form(recipient.name, title), sure=False)
        return
    if not recipient.name:
        return  # no name known: a name here cannot be checked (another interviewer's is caught below)
    right = _forms(recipient.name, title)
    if _TITLES.match(named) and bare == recipient.name and len(bare.split()) > 1:
        yield Hit("name-mismatch", start, end, f"'{named}': a title goes with the surname alone",
                  _with_title(named, family_name(recipient.name)), sure=False)
        return
    if bare in right or named in right:
        return
    other = _other_interviewer(bare, recipient.name, doc.context.interviewers)
    if other is not None:
        yield Hit("name-mismatch", start, end, f"greets {other}, but this message goes to {recipient.name}",
                  _best_form(recipient.name, title))
        return
    yield _misnamed(named, bare, recipient.name, right, start, end)


def no_title(doc: Document) -> Iterator[Hit]:
    """"Dear Angela Brooks," beside "Dear Mr. Ortiz," on the same panel: no title is on record for her, and
    guessing one ("Ms.") is wrong, so ask for it."""
    recipient, greeted = doc.context.recipient, _greeted(doc)
    if not doc.context.titled_panel or recipient is None or not recipient.name or greeted is None:
        return
    named, bare, start, end = greeted
    if doc.context.recipient_title or named != bare or bare != recipient.name or len(bare.split()) < 2:
        return
    yield Hit("no-title", start, end, no_title_message(recipient.name))


def no_title_message(name: str) -> str:
    return (f"no title recorded for {name} while others on this panel have one: add a title or address_as "
            f"(e.g. address_as = {address_examples(name)})")


def _greeted(doc: Document) -> tuple[str, str, int, int] | None:
    """Who the greeting names, as written and without titles, and where: ("Dr. Whitfeld", "Whitfeld", ...)."""
    greeting = doc.greeting
    if greeting is None:
        return None
    part = "word" if greeting.group("word").casefold().startswith("to whom") else "name"
    named = greeting.group(part).strip()
    if not named:
        return None
    start = doc.greeting_start + greeting.start(part)
    return named, _TITLES.sub("", named).strip(), start, start + len(named)


def _is_generic(named: str, bare: str, addressee: str | None) -> bool:
    """"Dear Hiring Manager", "Dear Data team", or how a nameless recipient is addressed."""
    return bare.casefold() in _GENERIC or bare.casefold().endswith(" team") or named == addressee


def _other_interviewer(bare: str, name: str, interviewers: tuple[str, ...]) -> str | None:
    """Another interviewer of this interview whom the greeting names instead."""
    return next((other for other in interviewers
                 if other != name and (bare in _forms(other, None) or bare in other.split())), None)


def _misnamed(named: str, bare: str, name: str, right: set[str], start: int, end: int) -> Hit:
    """The greeting's name is not one of `right`: a matter of accents, a misspelling, or someone else."""
    def likeness(form: str) -> float:
        return difflib.SequenceMatcher(None, _plain(bare), _plain(_TITLES.sub("", form))).ratio()

    closest = max(right, key=likeness)
    if _plain(bare) == _plain(_TITLES.sub("", closest)):
        problem = f"'{named}' is not how {name} writes their name (check the accents and letters)"
    elif likeness(closest) >= 0.6:
        problem = f"'{named}' misspells {name}'s name"
    else:
        problem = f"greets '{named}', but this message goes to {name}"
    return Hit("name-mismatch", start, end, problem, _with_title(named, closest))


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
    for name, right, what in _others(context.company, context.role, context.other_companies, context.other_roles):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):  # names keep their capitals
            if any(s <= match.start() and match.end() <= e for s, e in taken):
                continue  # part of this interview's own name or role
            yield Hit("company-mismatch", match.start(), match.end(),
                      f"'{match.group()}' is {what}" + (f"; this message is about {right}" if right else ""), right)


def _others(company: str | None, role: str | None, companies: tuple[str, ...],
            roles: tuple[str, ...]) -> list[tuple[str, str | None, str]]:
    """(a name that must not appear, what is right instead, what the name is) for the other applications."""
    pairs = [(name, company, "the name of another company you are talking to") for name in companies]
    pairs += [(name, role, "the role at another company you are talking to") for name in roles
              if len(name.split()) > 1]  # "Manager" or "Analyst" alone says nothing about which job
    return [(name, right, what) for name, right, what in pairs
            if name.strip() and not (right and name.casefold() == right.casefold())]
