"""The docs say what the code does: their tables are checked against it."""

from __future__ import annotations

import re
import tomllib
from datetime import date, time
from pathlib import Path
from types import ModuleType

import pytest

import scripts
from followup.adapters.config import PROFILE, SECTIONS, load_settings
from followup.core.check.settings import CHECKS, CheckSettings
from followup.core.errors import InputError
from followup.core.model import KINDS
from followup.core.policy import POLICY, Policy
from followup.core.settings import Section
from followup.core.timeline import parse_timeline

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _shown(default: object) -> str:
    """A default as the config file spells it: 10:00, true, 24."""
    if isinstance(default, time):
        return default.strftime("%H:%M")
    return str(default).lower() if isinstance(default, bool) else str(default)


def policy_table() -> str:
    rows = [f"| `{s.name}` | `{_shown(s.default)}` | {s.help} |" for s in POLICY.settings]
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


def config_script() -> ModuleType:
    return scripts.load(DOCS / "config.py")


def between(text: str, marker: str) -> str:
    found = re.search(rf"<!-- {marker}:start -->\n(.*?)\n<!-- {marker}:end -->", text, re.S)
    assert found is not None, f"no {marker} markers in docs/config.md"
    return found.group(1)


def test_the_config_docs_are_what_docs_config_py_generates() -> None:
    text = (DOCS / "config.md").read_text()
    assert config_script().generate(text) == text, "docs/config.md is stale: run .venv/bin/python docs/config.py"


@pytest.mark.parametrize("section", SECTIONS, ids=lambda section: section.name)
def test_the_config_docs_list_exactly_the_settings_of_each_table_with_their_defaults(section: Section) -> None:
    rows = [[cell.strip() for cell in row.split("|")[1:-1]]
            for row in between((DOCS / "config.md").read_text(), f"{section.name}-table").splitlines()[2:]]
    assert [name.strip("`") for name, _, _ in rows] == section.names
    for (_, shown, meaning), setting in zip(rows, section.settings, strict=True):
        assert meaning == setting.meaning
        if setting.default_text is not None:
            assert shown == setting.default_text
        elif setting.default is None:
            assert shown == "none"
        elif isinstance(setting.default, time):
            assert time.fromisoformat(shown.strip("`")) == setting.default
        elif isinstance(setting.default, str):
            assert shown == f"`{setting.default}`"
        else:  # a number, true or false, an empty list or table, as TOML writes it
            expected = list(setting.default) if isinstance(setting.default, tuple) else setting.default
            assert tomllib.loads(f"x = {shown.strip('`')}")["x"] == expected


def test_the_complete_config_example_sets_every_key_to_its_default(tmp_path: Path) -> None:
    block = between((DOCS / "config.md").read_text(), "example")
    source = tmp_path / "config.toml"
    source.write_text(block.removeprefix("```toml\n").removesuffix("\n```"))
    data = tomllib.loads(source.read_text())
    assert {name: list(table) for name, table in data.items()} == {
        section.name: section.names for section in (PROFILE, POLICY, CHECKS)}
    settings = load_settings(source, "UTC", required=True)
    assert settings.policy == Policy() and settings.checks == CheckSettings()
    assert settings.profile.country == PROFILE.defaults()["country"]
