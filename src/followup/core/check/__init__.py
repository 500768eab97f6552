"""check(text, context, settings, language) -> findings: the pre-send review, like a linter.

Every rule has a stable id (docs/checks.md), a default severity, and can be turned off or made stricter or
milder in the config's [checks] table. Findings point at exact character offsets in the text given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..model import FINDING_SEVERITIES, Finding, narrow
from ..policy import Policy
from .settings import RULES, SEVERITIES, CheckSettings, severity_problems

if TYPE_CHECKING:  # loaded by the first check, not by reading the config (which imports .settings, so this file)
    from .document import CheckContext, Document
    from .hits import Hit
    from .language import Linter


def __getattr__(name: str) -> Any:
    if name in ("CheckContext", "Linter"):
        from . import document, language

        return getattr(document if name == "CheckContext" else language, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

MAX_CHARS = 100_000  # a follow-up is a few hundred words; far beyond this is not an email
# rules that look for words and phrases: quiet where the text quotes the interview's own names and topics
PHRASE_RULES = ("placeholder", "informal", "pushy", "tone", "company-mismatch")


def check(text: str, context: CheckContext | None = None, settings: CheckSettings | None = None,
          language: Linter | None = None) -> list[Finding]:
    """Every finding in `text`, in the order they appear. Without `language`, spelling and grammar are
    skipped."""
    if not text.strip():
        raise InputError("text", "a message to check (it is empty)")
    if len(text) > MAX_CHARS:
        raise InputError("text", f"a message of at most {MAX_CHARS:,} characters, got {len(text):,}")
    if "\x00" in text:
        raise InputError("text", "a text message (it holds binary data)")
    from .document import CheckContext, Document

    settings = settings or CheckSettings()
    context = context or CheckContext()
    words = context.known_words + settings.words
    doc = Document(text, _with_words(context, words), language)
    if not doc.body.strip():
        raise InputError("text", "a message body after the header lines (it is empty)")
    findings = [_finding(doc.text, hit, settings) for hit in _hits(doc, settings.policy, language)]
    return sorted((f for f in findings if f is not None), key=lambda f: (f.start, f.end, f.rule))


def _with_words(context: CheckContext, words: tuple[str, ...]) -> CheckContext:
    return replace(context, known_words=words)


def _hits(doc: Document, policy: Policy, tongue: Linter | None) -> Iterator[Hit]:
    from . import content, panel, people, phrases, seams  # here, so that reading the config does not load the rules
    from .language import own_grammar, spelling_and_grammar

    rules: Iterable[Callable[[Document], Iterable[Hit]]] = (
        phrases.placeholders, people.name_mismatch, people.company_mismatch, phrases.informal, phrases.pushy,
        phrases.tone, content.missing_thanks, content.missing_personal_touch, content.missing_interest,
        content.subject, content.structure, seams.seams, panel.same_as_panel, people.no_title)
    hits = [hit for rule in rules for hit in rule(doc)]
    hits += [*content.too_long(doc, policy), *content.timing(doc, policy)]
    if tongue is not None:
        hits += _english_only(doc, [*spelling_and_grammar(doc, tongue), *own_grammar(doc)])
    return _said_once([h for h in hits if h.rule not in PHRASE_RULES or not doc.is_own(h.start, h.end)])


def _said_once(hits: list[Hit]) -> Iterator[Hit]:
    """Leave out a finding another one says better: anything inside an unfilled slot ("[Compnay NAME]" is one
    finding), and a misspelling of a word another rule is about ("lol" is informal, "Whitfeld" the wrong name;
    not long spans such as too-long or missing-interest, under which a misspelling must still be found)."""
    slots = [(h.start, h.end) for h in hits if h.rule == "placeholder"]
    flagged = [(h.start, h.end) for h in hits if h.rule in ("informal", "name-mismatch", "company-mismatch")]
    misspelt = {(h.start, h.end) for h in hits if h.rule == "spelling"}
    for hit in hits:
        inside = slots if hit.rule not in ("placeholder", "structure") else []
        if hit.rule == "spelling":
            inside = inside + flagged
        if any(s <= hit.start < e for s, e in inside):
            continue
        if hit.rule == "grammar" and (hit.start, hit.end) in misspelt:
            continue  # "untill": one finding, the misspelling
        yield hit


def _english_only(doc: Document, hits: list[Hit]) -> list[Hit]:
    """A message in another language would get a spelling finding for most of its words: one finding that
    says so instead."""
    from .hits import Hit

    words = len(doc.prose_words)
    unknown = sum(hit.rule == "spelling" for hit in hits)
    if words < 15 or unknown < 0.3 * words:
        return hits
    start, end = doc.body_start, doc.body_start + len(doc.body.rstrip())
    return [Hit("spelling", start, end, f"{unknown} of {words} words are not English words: the spelling and "
                "grammar check reads English only", sure=False)]


def _finding(text: str, hit: Hit, settings: CheckSettings) -> Finding | None:
    """The finding a hit makes, at the severity the settings give its rule; None where they turn it off."""
    default = RULES[hit.rule][0]
    severity = narrow(settings.severity.get(hit.rule, default if hit.sure else "warning"), FINDING_SEVERITIES)
    if severity is None:  # "off" (the config allows no other word)
        return None
    line = text.count("\n", 0, hit.start) + 1
    column = hit.start - (text.rfind("\n", 0, hit.start) + 1) + 1
    return Finding(hit.rule, severity, line, column, hit.start, hit.end, hit.message, hit.suggestion)


__all__ = ["RULES", "SEVERITIES", "CheckContext", "CheckSettings", "Finding", "Linter", "check",
           "severity_problems"]
