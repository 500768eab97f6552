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
from .suggest import best_fix

# Harper's kinds of lint that are about grammar, and those of them it is sure of (errors, not warnings).
_GRAMMAR = {"Agreement", "Repetition", "Typo", "Miscellaneous", "WordChoice", "Punctuation", "Grammar",
            "Usage", "BoundaryError"}
_SURE = {"Agreement", "Repetition", "Typo"}
# Harper's lints that misfire on good follow-ups: "your kind words" read as "you're kind", nouns such as
# "checkout" or "rollout" taken for phrasal verbs, style advice on initialisms and long sentences.
_IGNORED_MESSAGES = re.compile(r"initialism|sentence is \d+ words long|before predicate adjectives|phrasal verb|"
                               r"missing a preposition|awhile|complete the infinitive|should probably be written as",
                               re.IGNORECASE)
# Harper's agreement lint on "there is news": "news" is singular
_SINGULAR = re.compile(r"\bnews$", re.IGNORECASE)
# slips Harper lets through: (pattern, message, suggestion)
_OWN_GRAMMAR = [(re.compile(r"\b(?:hope|trust) (your) (?:well|doing|having|keeping)\b", re.IGNORECASE),
                 "'your' where 'you're' (you are) is meant", "you're")]
# Harper's word it would split ("tiem" as "ti em", "thankyou" as "thank you"): in a single unknown word, a typo
_SPLIT = re.compile(r"should probably be written as", re.IGNORECASE)
_PREFIXES = ("mis", "re", "un", "pre", "non", "auto", "over", "under", "multi", "sub", "co", "de", "self-")
_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "or", "ors", "ly", "ment", "ments", "ation", "ize", "ized")


class Linter(Protocol):
    """What the rules need of a spelling and grammar linter (followup.adapters.grammar.Language wraps Harper)."""

    def lints(self, text: str) -> list[Any]: ...

    def is_word(self, word: str) -> bool: ...

    def frequency(self, word: str) -> float: ...


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
        if _is_typo(lint, suggestions, language):
            if not _is_correct(doc, problem, start, language, derived=kind == "Spelling"):
                yield _misspelt(problem, start, end, suggestions, language)
        elif kind in _GRAMMAR and not _IGNORED_MESSAGES.search(lint.message):
            if _is_known(problem, known) or (kind == "Agreement" and _SINGULAR.search(problem)):
                continue
            message = re.sub(r"`", "'", lint.message)
            yield Hit("grammar", start, end, f"'{problem}': {message}", suggestions[0] if suggestions else None,
                      sure=kind in _SURE)


def own_grammar(doc: Document) -> Iterator[Hit]:
    for pattern, message, suggestion in _OWN_GRAMMAR:
        for match in pattern.finditer(doc.body):
            start = doc.body_start + match.start(1)
            yield Hit("grammar", start, start + len(match.group(1)), f"'{match.group(1)}': {message}", suggestion)


def _is_typo(lint: Any, suggestions: list[str], language: Linter) -> bool:
    """A lint about a misspelt word: Harper's own, a word it would split, or a grammar lint on a slip."""
    kind, problem, message = lint.lint_kind, lint.problem_text, lint.message
    return kind == "Spelling" or _is_split_word(message, problem, suggestions, language) or (
        kind in _GRAMMAR and not _IGNORED_MESSAGES.search(message) and _not_a_word(problem, suggestions, language))


def _not_a_word(problem: str, suggestions: list[str], language: Linter) -> bool:
    """A grammar lint on one unknown word ("untill" taken for "until not") is a misspelling when a far more
    common word is a slip away."""
    if not (problem.isalpha() and problem.islower()):
        return False
    fix = best_fix(problem, suggestions, language)
    return fix is not None and language.frequency(fix.split()[0]) >= language.frequency(problem) + 1.5


def _is_split_word(message: str, problem: str, suggestions: list[str], language: Linter) -> bool:
    """A word Harper would split that is a typo of a common word ("tiem", "hering", "thankyou"), not a rare
    term it does not know ("confocal")."""
    return (bool(_SPLIT.search(message)) and problem.isalpha() and not language.is_word(problem)
            and best_fix(problem, suggestions, language) is not None)


def _is_correct(doc: Document, problem: str, start: int, language: Linter, derived: bool = True) -> bool:
    """Known, a name, part of a name or a known word with a common prefix or ending: not a misspelling. A
    capitalised word that is a misspelt common word ("Thankyou") is still one."""
    if _is_known(problem, doc.context.words) or _part_of_a_name(doc.text, start):
        return True
    if _looks_like_a_name(problem):
        return not (problem.isalpha() and problem[1:].islower() and best_fix(problem, [], language) is not None
                    and language.frequency(problem) == 0 and _starts_sentence(doc.text, start))
    return derived and is_derived(problem, language)  # not "untill" (un + till): Harper took it for a slip


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def _misspelt(problem: str, start: int, end: int, suggestions: list[str], language: Linter) -> Hit:
    fix = best_fix(problem, suggestions, language)
    if fix is not None and fix.casefold() == problem.casefold():
        return Hit("spelling", start, end, f"'{problem}' is a name: write it with a capital", fix)
    return Hit("spelling", start, end, f"'{problem}' may be misspelt", fix, sure=fix is not None)


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
