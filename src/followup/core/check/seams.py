"""The seams a template or a hurried writer leaves: case damage in a term ("a/B testing"), "at University of
X", a stray comma after a day-first date, an in-person phrase after a video or phone interview."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .document import Document
from .hits import Hit

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
           "Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_CASE_DAMAGE = re.compile(r"(?<![\w/])([a-z])/([A-Z])(?![\w/])")
_NO_ARTICLE = re.compile(r"\b(at|from|with|to|in|of|attended|joined|visiting) (University|College|Institute) of\b")
_DATE_COMMA = re.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTHS})),(\s*)(\d{{4}})\b")
_IN_PERSON = re.compile(r"\b(?:(?:my|the|our) (?:day|visit|time|morning|afternoon) (?:at|in) your (?:office|offices|"
                        r"building|campus|site|studio)|visiting your (?:office|offices|campus|site)|(?:the|your) "
                        r"office tour|(?:showing|walking) me (?:around|through) (?:the|your) (?:office|offices|"
                        r"building|floor)|meeting (?:you )?in person|shaking hands)\b", re.IGNORECASE)
_REMOTE = ("video", "phone", "remote", "online")
_THEIR_THING = re.compile(r"\b(her|his)\s+((?:own\s+)?(?:lab|team|group|work|research|company|department|office|"
                          r"book|paper|talk|project|program|programme|class|school|kitchen|studio|firm|practice|"
                          r"clinic|unit|crew|squad|store|shop)(?:'s|’s)?)", re.IGNORECASE)
_SENTENCES = re.compile(r"[^.!?\n]+[.!?]?")


def about_them(doc: Document) -> Iterator[Hit]:
    """"her lab's work" in a note to her: the recipient spoken of in the third person, where the sentence and
    the one before it name nobody else the pronoun could mean."""
    recipient = doc.context.recipient
    if recipient is None or not recipient.name:
        return
    if not _THEIR_THING.search(doc.prose):
        return  # the common case: nothing to look into (the check runs as the candidate types)
    own = {w.casefold() for w in recipient.name.split()}
    people = doc.context.words - _ours(doc)
    sentences = [(m.start(), m.group()) for m in _SENTENCES.finditer(doc.prose)]
    for index, (start, sentence) in enumerate(sentences):
        before = sentences[index - 1][1] if index else ""
        others = [w for w in re.findall(r"\b[A-Z][\w'’-]+", before + " " + sentence[1:])
                  if w.casefold() not in own and w.casefold() in people]
        for match in _THEIR_THING.finditer(sentence):
            if others:
                continue
            begin = _in_text(doc, start + match.start())
            yield Hit("seam", begin, begin + len(match.group()), f"'{match.group()}' speaks of {recipient.name} "
                      "in the third person in a note to them", "your " + match.group(2), sure=False)


def _ours(doc: Document) -> set[str]:
    context = doc.context
    return {w.casefold() for text in (context.company, context.role, context.candidate) if text
            for w in re.findall(r"[\w'’-]+", text)}


def _in_text(doc: Document, offset: int) -> int:
    """Where an offset into `doc.prose` (its lines joined by newlines) is in the text."""
    for line_start, line in doc.prose_lines:
        if offset <= len(line):
            return line_start + offset
        offset -= len(line) + 1
    return doc.body_start


def seams(doc: Document) -> Iterator[Hit]:
    yield from about_them(doc)
    body, at = doc.body, doc.body_start
    for match in _CASE_DAMAGE.finditer(body):
        fixed = f"{match.group(1).upper()}/{match.group(2)}"
        yield Hit("seam", at + match.start(), at + match.end(), f"'{match.group()}' has lost a capital", fixed)
    for match in _NO_ARTICLE.finditer(body):
        start, end = at + match.start(), at + match.end(2)
        yield Hit("seam", start, end, f"'{match.group(1)} {match.group(2)} of' needs 'the'",
                  f"{match.group(1)} the {match.group(2)}")
    for match in _DATE_COMMA.finditer(body):
        start = at + match.start()
        yield Hit("seam", start, start + len(match.group(1)) + 1, f"'{match.group()}': a day-first date takes no "
                  "comma before the year", f"{match.group(1)} {match.group(3)}")
    if (doc.context.interview_format or "").casefold() in _REMOTE:
        for match in _IN_PERSON.finditer(body):
            yield Hit("seam", at + match.start(), at + match.end(), f"'{match.group()}' speaks of meeting in "
                      f"person, but the interview was by {doc.context.interview_format}")
