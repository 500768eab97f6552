"""Measure `followup check` on the labelled corpus (tests/data/checks/corpus): precision and recall per rule.

    .venv/bin/python docs/checks.py           # print the table and rewrite it in docs/checks.md
    .venv/bin/python docs/checks.py --check   # exit 1 when docs/checks.md is not current
    .venv/bin/python docs/checks.py --misses  # also list every file where a rule fired wrongly or not at all

A rule "fires" on a file when the check reports at least one finding with its id. A file labelled with the
rule counts as a true positive when it fires, a false negative when it does not; a file not labelled with it
counts as a false positive when it fires.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from followup.core.check import RULES, CheckContext, check
from followup.adapters.grammar import Language, shared_language
from followup.core.model import Finding, Recipient

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "checks" / "corpus"  # the development set
HOLDOUT = ROOT / "tests" / "data" / "checks" / "holdout"  # written afterwards, never tuned on
FRESH = ROOT / "tests" / "data" / "checks" / "fresh"  # the third set: the cases issue 12 named, and more
SETS = (("Development set (`corpus/`)", CORPUS), ("Held-out set (`holdout/`)", HOLDOUT),
        ("Third set (`fresh/`)", FRESH))
DOC = ROOT / "docs" / "checks.md"
# labelled emails the check still gets wrong, and why: the per-file test expects them to fail until fixed
KNOWN_MISSES = {
    "058-missing-interest-rejection-reply": "a rejection reply need not restate interest (docs/checks.md)",
}
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    context: CheckContext | None
    expect: frozenset[str]
    spans: tuple[tuple[str, str], ...]  # (rule, exact text)
    note: str
    dialect: str = "american"  # the English the writer spells: the candidate's country decides it


def load_case(path: Path) -> Case:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    table = data.get("context")
    context = None
    if table is not None:
        name = table.get("recipient_name") or None
        recipient = Recipient(name, table.get("recipient_email"), table.get("addressee") or name or "Hiring Manager")
        opens_in = table.get("inquiry_opens_in_days", 0)
        context = CheckContext(
            kind=table.get("kind"), channel=table.get("channel", "email"),
            candidate=table.get("candidate"), company=table.get("company"), role=table.get("role"),
            recipient=recipient, recipient_title=table.get("recipient_title"),
            interviewers=tuple(table.get("interviewers", ())), topics=tuple(table.get("topics", ())),
            goals=tuple(table.get("goals", ())), known_words=tuple(table.get("known_words", ())),
            other_companies=tuple(table.get("other_companies", ())), other_roles=tuple(table.get("other_roles", ())),
            inquiries_sent=table.get("inquiries_sent", 0), max_inquiries=table.get("max_inquiries"),
            inquiry_opens=NOW + timedelta(days=opens_in), now=NOW, interview_format=table.get("format"),
            panel_notes=tuple((note["to"], note["text"]) for note in table.get("panel_notes", ())),
            titled_panel=table.get("titled_panel", False))
    spans = tuple((s["rule"], s["text"]) for s in data.get("spans", ()))
    return Case(path.stem, data["email"]["text"], context, frozenset(data["expect"]), spans, data.get("note", ""),
                data.get("dialect", "american"))


def cases(folder: Path = CORPUS) -> list[Case]:
    return [load_case(path) for path in sorted(folder.glob("*.toml"))]


def run(language: Language, folder: Path = CORPUS) -> list[tuple[Case, list[Finding]]]:
    """Each case checked with `language`, or with the one for its own dialect where that differs."""
    return [(case, check(case.text, case.context, language=_language(language, case.dialect)))
            for case in cases(folder)]


def _language(language: Language, dialect: str) -> Language:
    return language if dialect == "american" else shared_language(dialect)


def report(language: Language) -> str:
    """The tables for docs/checks.md: all labelled emails together, then each set on its own."""
    parts, everything = [], []
    for title, folder in SETS:
        if any(folder.glob("*.toml")):
            results = run(language, folder)
            everything += results
            parts.append(f"### {title}\n\n" + table(results))
    return "\n\n".join([f"### All sets together\n\n{table(everything)}", *parts])


def table(results: list[tuple[Case, list[Finding]]]) -> str:
    rows = ["| rule | files labelled | true positives | false positives | false negatives | precision | recall |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    totals = [0, 0, 0, 0]
    for rule in RULES:
        labelled = sum(rule in case.expect for case, _ in results)
        fired = [(case, any(f.rule == rule for f in found)) for case, found in results]
        tp = sum(hit and rule in case.expect for case, hit in fired)
        fp = sum(hit and rule not in case.expect for case, hit in fired)
        fn = sum(not hit and rule in case.expect for case, hit in fired)
        totals = [a + b for a, b in zip(totals, (labelled, tp, fp, fn), strict=True)]
        rows.append(f"| `{rule}` | {labelled} | {tp} | {fp} | {fn} | {_ratio(tp, tp + fp)} | {_ratio(tp, tp + fn)} |")
    labelled, tp, fp, fn = totals
    rows.append(f"| all rules | {labelled} | {tp} | {fp} | {fn} | {_ratio(tp, tp + fp)} | {_ratio(tp, tp + fn)} |")
    clean = [(case, found) for case, found in results if not case.expect]
    quiet = sum(not found for _, found in clean)
    return "\n".join(rows) + (f"\n\n{len(results)} emails; {quiet} of the {len(clean)} clean ones get no finding "
                              "at all.")


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


def misses(results: list[tuple[Case, list[Finding]]]) -> str:
    lines = []
    for case, found in results:
        fired = {f.rule for f in found}
        for rule in sorted(fired - case.expect):
            what = "; ".join(f"{f.message}" for f in found if f.rule == rule)
            lines.append(f"{case.name}: false positive {rule}: {what}")
        for rule in sorted(case.expect - fired):
            lines.append(f"{case.name}: missed {rule} ({case.note})")
    return "\n".join(lines)


def rewrite(text: str, generated: str) -> str:
    start, end = "<!-- corpus-table:start -->", "<!-- corpus-table:end -->"
    head, rest = text.split(start, 1)
    return f"{head}{start}\n{generated}\n{end}{rest.split(end, 1)[1]}"


def main(argv: list[str]) -> int:
    language = shared_language()
    generated = report(language)
    print(generated)
    if "--misses" in argv:
        for _, folder in SETS:
            print(f"\n{folder.name}:\n" + misses(run(language, folder)))
    current = DOC.read_text(encoding="utf-8")
    updated = rewrite(current, generated)
    if "--check" in argv:
        return 0 if updated == current else 1
    DOC.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
