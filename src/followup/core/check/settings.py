"""The check's rules and what the config may say about them (the [checks] section): a light module (no Harper,
no rules), read by the config loader and docs/config.py."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..model import FINDING_SEVERITIES
from ..policy import Policy
from ..settings import Section, Setting

SEVERITIES = (*FINDING_SEVERITIES, "off")  # "off": its findings are left out
DIALECTS = ("auto", "american", "british", "canadian", "australian", "indian")

# rule id -> (default severity, what it catches): the order in which docs/checks.md lists them
RULES: dict[str, tuple[str, str]] = {
    "placeholder": ("error", "An unfilled slot: [Company Name], {first_name}, <NAME>, XXX, TBD."),
    "spelling": ("error", "A misspelt word (Harper); names and the interview's own words are known."),
    "grammar": ("error", "A grammar mistake Harper finds; the ones it is less sure of are warnings."),
    "name-mismatch": ("error", "The greeting names someone other than the recipient, or misspells them."),
    "company-mismatch": ("error", "Another company you are talking to, or another role, is named."),
    "informal": ("warning", "Slang, text-speak, 'Hey', emoji, '!!!' or words in capitals."),
    "pushy": ("warning", "Pressure, desperation or entitlement."),
    "tone": ("error", "Hostility or disputing the decision (errors); bitterness, sarcasm, complaint or passive "
                      "aggression (warnings)."),
    "missing-thanks": ("warning", "No word of thanks."),
    "missing-personal-touch": ("warning", "Nothing specific from the conversation (thank-you notes)."),
    "missing-interest": ("warning", "Interest in the role is never restated."),
    "too-long": ("warning", "Over the policy's word limit for its kind."),
    "subject": ("warning", "No subject, or one that says nothing."),
    "structure": ("warning", "No greeting, or no sign-off with your name."),
    "seam": ("warning", "A seam a template or a hurry leaves: 'a/B testing', 'at University of', '14 March, 2026', "
                        "an in-person phrase after a video or phone interview."),
    "timing": ("warning", "An inquiry before the employer's timeline has passed, or one too many."),
    "same-as-panel": ("warning", "A sentence also in your note of the same kind to another person on the panel."),
    "no-title": ("warning", "Greeted by full name, with no title on record, beside colleagues greeted by title."),
}
# rules about something missing or about the whole message, not about the characters a finding points at: a
# reader lists them rather than underlining their span
ABOUT_THE_WHOLE = frozenset({"missing-thanks", "missing-personal-touch", "missing-interest", "structure", "timing",
                             "too-long"})


_CHECKS = (
    Setting("severity", "table", {}, "How the check treats each of its rules.",
            doc='A table of rule id to `"error"`, `"warning"` or `"off"`, such as '
                '`{ informal = "error", tone = "off" }`. Rule ids are listed in [checks.md](checks.md).',
            expected='a table of rule ids, such as { informal = "error" }', shows_value=False),
    Setting("words", "words", (), "Your own correct words (names, tools, places) that spelling must accept "
                                  "everywhere."),
    Setting("dialect", "choice", "auto", "The English to spell-check against.", choices=DIALECTS,
            doc="The English to spell-check against: `auto` (the default) takes the one the profile's `country` "
                "writes (GB, IE, NZ, ZA: british; AU: australian; CA: canadian; IN: indian; others: american); "
                "or one of " + ", ".join(f"`{d}`" for d in DIALECTS[1:-1]) + f" or `{DIALECTS[-1]}`."),
)
# The [checks] table.
CHECKS = Section("checks", _CHECKS, "expected " + ", ".join(s.name for s in _CHECKS[:-1])
                 + f" or {_CHECKS[-1].name}; see docs/checks.md")


@dataclass(frozen=True)
class CheckSettings:
    """From the config's [checks]: each rule's severity (or "off"), the user's own correct words, the English
    spelling to check against; and the policy, whose word limits `too-long` uses."""

    severity: Mapping[str, str] = field(default_factory=dict)
    words: tuple[str, ...] = ()
    policy: Policy = field(default_factory=Policy)
    dialect: str = "auto"


def severity_problems(severity: Mapping[str, object]) -> list[str]:
    problems = []
    for rule, value in severity.items():
        if rule not in RULES:
            problems.append(f"checks.severity.{rule}: unknown rule id (expected one of {', '.join(RULES)})")
        elif value not in SEVERITIES:
            problems.append(f"checks.severity.{rule}: expected one of {', '.join(SEVERITIES)}, got {value!r}")
    return problems
