"""The docs say what the code does: their tables are checked against it."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

import pytest

from followup.core.errors import InputError
from followup.core.model import KINDS
from followup.core.policy import policy_settings
from followup.core.timeline import parse_timeline

DOCS = Path(__file__).resolve().parent.parent / "docs"


def policy_table() -> str:
    rows = [f"| `{name}` | `{default.strftime('%H:%M') if isinstance(default, time) else default}` | {help} |"
            for name, _, default, help in policy_settings()]
    return "\n".join(["| setting | default | meaning |", "| --- | --- | --- |", *rows])


def test_the_policy_table_in_the_config_docs_is_current() -> None:
    text = (DOCS / "config.md").read_text()
    found = re.search(r"<!-- policy-table:start -->\n(.*?)\n<!-- policy-table:end -->", text, re.S)
    assert found is not None and found.group(1) == policy_table()


def timeline_rows() -> list[tuple[str, str]]:
    text = (DOCS / "rules.md").read_text()
    table = text.split("| phrase | resolves to | note |\n| --- | --- | --- |\n", 1)[1].split("\n\n", 1)[0]
    return [(cells[1].strip(), cells[2].strip()) for cells in (row.split("|") for row in table.splitlines())]


def test_the_timeline_table_has_rows() -> None:
    assert len(timeline_rows()) >= 25


@pytest.mark.parametrize(("phrase", "shown"), timeline_rows())
def test_each_documented_phrase_resolves_as_shown(phrase: str, shown: str, calendar) -> None:
    try:
        found = parse_timeline(phrase, date(2025, 11, 13), calendar)
    except InputError:
        assert shown == "error"
        return
    assert (f"{found:%a %Y-%m-%d}" if found else "not understood") == shown


def test_every_rule_id_the_planner_uses_is_documented() -> None:
    source = (DOCS.parent / "src" / "followup" / "core" / "planner.py").read_text()
    pattern = r'"((?:thank-you|inquiry|channel|long-silence|reconnect|rejection|feedback)[a-z-]*)"'
    used = set(re.findall(pattern, source)) - set(KINDS) | {"rejection-reply", "feedback-request"}
    headings = set(re.findall(r"^## ([a-z-]+)$", (DOCS / "rules.md").read_text(), re.M))
    assert len(used) >= 12 and used <= headings
