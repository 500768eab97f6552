"""The drafting docs say what the code does: docs/templates.md lists every template variable, as it is, and
docs/examples.md is what docs/examples.py generates today."""

from __future__ import annotations

import inspect
import re
import tempfile
import tomllib
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import scripts
from conftest import ROOT, at
from followup.adapters.config import Profile, Settings
from followup.core.compose import draft_context
from followup.core.model import Candidate, Interview
from followup.core.planner import plan, recipients
from followup.core.policy import Policy
from followup.core.workdays import WorkCalendar
from followup.store import open_store
from followup.usecases.service import Service

DOCS = ROOT / "docs"
TYPES = {str: "text", bool: "true/false", int: "whole number", list: "list of text", dict: "object"}


# -- the variables table in docs/templates.md -----------------------------------------------------------------
def documented() -> dict[str, dict[str, str]]:
    """The rows of the variables table, by variable name: its type, when it is set, and its example."""
    text = (DOCS / "templates.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- variables-table:start -->\n(.*?)\n<!-- variables-table:end -->", text, re.S)
    assert found is not None, "docs/templates.md has no variables table between its markers"
    header, rule, *rows = found.group(1).splitlines()
    assert header == "| variable | type | set | example | meaning |" and rule.startswith("| --- |")
    table: dict[str, dict[str, str]] = {}
    for row in rows:
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]
        assert len(cells) == 5 and re.fullmatch(r"`[a-z_.]+`", cells[0]), row
        name = cells[0].strip("`")
        assert name not in table, f"{name} is documented twice"
        table[name] = {"type": cells[1], "set": cells[2], "example": cells[3]}
    return table


def flatten(context: dict[str, Any]) -> dict[str, Any]:
    """`recipient` and `recipient.name`, ...: every variable a template can reach, by its documented name."""
    flat: dict[str, Any] = {}
    for key, value in context.items():
        flat[key] = value
        if isinstance(value, dict):
            flat.update({f"{key}.{inner}": item for inner, item in value.items()})
    return flat


def literal(value: Any) -> str:
    """How the table writes an example value."""
    if isinstance(value, bool):
        return f"`{value}`"
    if isinstance(value, str):
        return '`"' + value.replace("|", "\\|") + '"`'
    if isinstance(value, list):
        return "`[" + ", ".join(f'"{item}"' for item in value) + "]`"
    if isinstance(value, dict):
        return ""
    return f"`{value}`"


@pytest.fixture(scope="module")
def full_context() -> Iterator[dict[str, Any]]:
    """The documented example: examples/interview.toml's second status inquiry to Dana Whitfield, 60 days after
    the interview (thank-yous sent on day 1, a first inquiry on day 40), from a candidate with a name, an email
    and a phone, Dana's phone added: every optional variable is set."""
    with tempfile.TemporaryDirectory(prefix="followup-docs-") as folder:
        store = open_store(f"sqlite:///{Path(folder) / 'followup.db'}")
        profile = Profile(name="Alex Rivera", email="alex.rivera@example.com", phone="+1 617 555 0142",
                          timezone="America/New_York")
        service = Service(Settings(profile, Policy()), store, at("2026-11-10 09:00"))
        try:
            data = tomllib.loads((ROOT / "examples" / "interview.toml").read_text(encoding="utf-8"))
            data["interviewers"][0]["phone"] = "+1 617 555 0199"  # Dana's number, for recipient.phone
            view = service.add(data)
            ident, ends = view.interview.id or 0, view.interview.ends
            for person in recipients(view.interview):
                replace(service, now=ends + timedelta(days=1)).log(ident, "sent", kind="thank-you", to=person.key)
            replace(service, now=ends + timedelta(days=40)).log(ident, "sent", kind="status-inquiry")
            now = ends + timedelta(days=60)
            later = replace(service, now=now).show(ident)
            (step,) = [s for s in later.plan.steps if s.kind == "status-inquiry"]
            assert step.attempt == 2 and step.to is not None and step.to.name == "Dana Whitfield"
            yield draft_context(step, later.interview, later.events, service.candidate(), now)
        finally:
            store.close()


@pytest.fixture(scope="module")
def bare_context() -> dict[str, Any]:
    """As little as there can be: no interviewers, topics, goals, concerns or timeline; a candidate's name."""
    interview = Interview(company="Quixotiq", role="Data Engineer", when=at("2026-11-19 14:00"),
                          timezone="America/New_York")
    steps = plan(interview, (), at("2026-11-19 17:00"), Policy(), WorkCalendar(frozenset(), Policy())).steps
    step = next(s for s in steps if s.kind == "thank-you")
    return draft_context(step, interview, (), Candidate("Alex Rivera"), at("2026-11-19 17:00"))


def test_the_example_sets_every_variable_draft_context_can_set(full_context: dict[str, Any]) -> None:
    """Every key written in draft_context's source (or the concern's) is in the example's context, so that a new
    variable cannot slip past the table below by being absent from the example."""
    from followup.core import compose

    parts = (draft_context, compose._recipient_context, compose._interview_dates, compose._optional_context,
             compose._concern)  # draft_context and the helpers that write its keys
    source = "".join(inspect.getsource(part) for part in parts)
    keys = set(re.findall(r'"([a-z_]+)":', source))
    assert len(keys) >= 30
    assert keys <= {name.rsplit(".", 1)[-1] for name in flatten(full_context)}


def test_every_variable_is_documented_and_nothing_else(full_context: dict[str, Any],
                                                       bare_context: dict[str, Any]) -> None:
    produced = set(flatten(full_context)) | set(flatten(bare_context))
    table = set(documented())
    assert produced - table == set(), "variables missing from the table in docs/templates.md"
    assert table - produced == set(), "variables in the table of docs/templates.md that templates do not get"


def test_the_table_says_which_variables_are_always_set(bare_context: dict[str, Any]) -> None:
    always = set(flatten(bare_context))
    for name, row in documented().items():
        assert (row["set"] == "always") == (name in always), (name, row["set"])


def test_the_tables_types_and_examples_are_the_examples_values(full_context: dict[str, Any]) -> None:
    values = flatten(full_context)
    for name, row in documented().items():
        assert row["type"] == TYPES[type(values[name])], (name, row["type"])
        assert row["example"] == literal(values[name]), (name, row["example"], literal(values[name]))


# -- docs/examples.md -----------------------------------------------------------------------------------------
def examples_script() -> ModuleType:
    return scripts.load(DOCS / "examples.py")


def test_the_example_drafts_page_is_current() -> None:
    generated = examples_script().generate()
    current = (DOCS / "examples.md").read_text(encoding="utf-8")
    assert current == generated, "docs/examples.md is stale: run .venv/bin/python docs/examples.py"


def test_the_example_drafts_page_shows_every_kind_and_channel_of_every_example() -> None:
    text = (DOCS / "examples.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)[1:]
    assert [s.split(":", 1)[0] for s in sections] == [p.name for p in sorted((ROOT / "examples").glob("*.toml"))]
    for section in sections:
        headings = re.findall(r"^### \d+\. ([a-z-]+) #\d+, ([a-z]+), to ", section, re.M)
        # the feedback request is a paragraph of the rejection reply, not a message of its own
        assert {kind for kind, _ in headings} == {"thank-you", "late-thank-you", "status-inquiry", "reconnect",
                                                  "rejection-reply"}
        assert section.count("```text") == len(headings) > 0
    assert {"handwritten", "phone"} <= set(re.findall(r"^### \d+\. [a-z-]+ #\d+, ([a-z]+),", text, re.M))
