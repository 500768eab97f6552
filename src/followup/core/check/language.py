"""Spelling and grammar, offline, with Harper (harper-py, wrapped by followup.adapters.grammar).

The interview's names, company, role and topics and the user's own words are known words; so are names in
general (a capitalised word, or one with capitals or digits inside) and a known word with a common prefix or
suffix ("misconfigured", "triaging").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Protocol

from .document import Document
from .hits import Hit

# Harper's kinds of lint that are about grammar, and those of them it is sure of (errors, not warnings).
_GRAMMAR = {"Agreement", "Repetition", "Typo", "Miscellaneous", "WordChoice", "Punctuation", "Grammar",
            "Usage", "BoundaryError"}
_SURE = {"Agreement", "Repetition", "Typo"}
# Harper's lints that misfire on good follow-ups: "your kind words" read as "you're kind", nouns such as
# "checkout" or "rollout" taken for phrasal verbs, style advice on initialisms and long sentences.
_IGNORED_MESSAGES = re.compile(r"initialism|sentence is \d+ words long|before predicate adjectives|phrasal verb|"
                               r"awhile|complete the infinitive|should probably be written as", re.IGNORECASE)
_PREFIXES = ("mis", "re", "un", "pre", "non", "auto", "over", "under", "multi", "sub", "co", "de", "self-")
_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "or", "ors", "ly", "ment", "ments", "ation", "ize", "ized")


class Linter(Protocol):
    """What the rules need of a spelling and grammar linter (followup.adapters.grammar.Language wraps Harper)."""

    def lints(self, text: str) -> list[Any]: ...

    def is_word(self, word: str) -> bool: ...


def is_derived(word: str, linter: Linter) -> bool:
    """A known word with a common prefix or suffix: "afterwards", "misconfigured", "triaging". Not when the
    same parts spelt by the usual rules make another known word: "commited" (committed), "truely" (truly),
    "managment" (management) are misspellings."""
    lower = word.lower()
    for prefix in _PREFIXES:
        if lower.startswith(prefix) and len(lower) - len(prefix) >= 4 and linter.is_word(lower[len(prefix):]):
            return not _respelt(lower, linter)
    for suffix in _SUFFIXES:
        stem = lower[:-len(suffix)]
        if lower.endswith(suffix) and len(stem) >= 4 and (linter.is_word(stem) or linter.is_word(stem + "e")):
            return not _respelt(lower, linter, stem, suffix)
    return False


def _respelt(word: str, linter: Linter, stem: str = "", suffix: str = "") -> bool:
    """Whether the usual spelling rules for joining `stem` and `suffix` give another known word: a doubled
    final consonant, a silent e dropped or kept."""
    if not suffix:
        return False
    others = {stem + stem[-1] + suffix, stem + "e" + suffix}
    if stem.endswith("e"):
        others.add(stem[:-1] + suffix)
    return any(other != word and linter.is_word(other) for other in others)


def spelling_and_grammar(doc: Document, language: Linter) -> Iterator[Hit]:
    known = doc.context.words
    for lint in language.lints(doc.text):
        kind, start, end = lint.lint_kind, lint.span.start, lint.span.end
        problem: str = lint.problem_text
        suggestions = [s.replacement_text for s in lint.suggestions]
        if start < doc.body_start and not _in_subject(doc, start):
            continue  # the To: line holds names and addresses
        if kind == "Spelling":
            if (_is_known(problem, known) or _looks_like_a_name(problem) or _part_of_a_name(doc.text, start)
                    or is_derived(problem, language)):
                continue
            yield Hit("spelling", start, end, f"'{problem}' may be misspelt",
                      suggestions[0] if suggestions else None, sure=bool(suggestions))
        elif kind in _GRAMMAR and not _IGNORED_MESSAGES.search(lint.message):
            if _is_known(problem, known):
                continue
            message = re.sub(r"`", "'", lint.message)
            yield Hit("grammar", start, end, f"'{problem}': {message}", suggestions[0] if suggestions else None,
                      sure=kind in _SURE)


def _in_subject(doc: Document, offset: int) -> bool:
    start, end = doc.subject_span
    return start <= offset <= end


def _is_known(word: str, known: set[str]) -> bool:
    folded = word.casefold()
    return folded in known or re.sub(r"['’]s$", "", folded) in known


def _part_of_a_name(text: str, start: int) -> bool:
    """"jin" in "Min-jin", "eun" in "Ha-eun": the lower-case part of a hyphenated name."""
    found = re.search(r"(\w+)-$", text[max(start - 40, 0):start])
    return found is not None and found.group(1)[:1].isupper()


def _looks_like_a_name(word: str) -> bool:
    """A capitalised word, or one with capitals inside (PySpark, SLOs) or digits, is taken for a name or a
    term: follow-ups are full of names a dictionary does not know. The price: a misspelt word at the start of a
    sentence goes unnoticed."""
    return word[:1].isupper() or any(c.isdigit() for c in word) or sum(c.isupper() for c in word) > 1
