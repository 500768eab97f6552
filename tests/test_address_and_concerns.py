"""The two fields a coach asked for: `address_as` on an interviewer, `raised_by` on a concern: read, checked,
stored, shown as JSON and used by the drafts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import Runner
from followup.core.errors import InputError
from followup.core.schema import parse_interview
from followup.usecases.service import Service

BASE = {"company": "Meridian Trust Bank", "role": "Risk Analyst", "when": "2026-11-04T14:00",
        "interviewers": [{"name": "Zhang Wei", "email": "zhang.wei@meridian.example", "address_as": "Mr. Zhang"},
                         {"name": "Ana Ruiz", "email": "ana@meridian.example"}],
        "concerns": [{"concern": "my limited Basel III experience", "answer": "I passed the FRM exam",
                      "raised_by": "ana@meridian.example"}]}


def test_both_fields_are_read() -> None:
    interview = parse_interview(BASE, "America/New_York")
    assert interview.interviewers[0].address_as == "Mr. Zhang"
    assert interview.concerns[0].raised_by == "ana@meridian.example"


@pytest.mark.parametrize(("change", "field", "expected"), [
    ({"concerns": [{"concern": "x", "raised_by": "nobody@else.example"}]}, "concerns[0].raised_by",
     "the email or name of one of the interviewers"),
    ({"concerns": [{"concern": "x", "raised_by": "  "}]}, "concerns[0].raised_by", "the email or name"),
    ({"interviewers": [{"name": "Zhang Wei", "address_as": " "}]}, "interviewers[0].address_as", "how to greet"),
])
def test_bad_values_name_the_field(change: dict[str, object], field: str, expected: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_interview({**BASE, **change}, "America/New_York")
    assert caught.value.field == field and expected in str(caught.value)


def test_a_raised_by_may_name_the_person_by_name_in_any_case() -> None:
    data = {**BASE, "concerns": [{"concern": "x", "answer": "y", "raised_by": "ana ruiz"}]}
    assert parse_interview(data, "America/New_York").concerns[0].raised_by == "ana ruiz"


def test_both_fields_are_stored_and_drive_the_drafts(service: Service) -> None:
    view = service.add(BASE)
    again = service.show(view.interview.id or 0).interview
    assert again.interviewers[0].address_as == "Mr. Zhang"
    assert again.concerns[0].raised_by == "ana@meridian.example"
    zhang, ana = service.draft(view.interview.id or 0, "late-thank-you")
    assert zhang.body.startswith("Dear Mr. Zhang,\n") and "FRM" not in zhang.body
    assert ana.body.startswith("Dear Ana Ruiz,\n")  # beside "Mr. Zhang": one register (docs/templates.md)
    assert "I passed the FRM exam, and I would put that experience to work" in ana.body  # one sentence (issue 11)


def test_the_command_line_takes_them_from_a_file_and_refuses_a_bad_one(run: Runner, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(BASE), encoding="utf-8")
    assert run("add", "--file", str(good)).returncode == 0
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["interviewers"][0]["address_as"] == "Mr. Zhang"
    assert shown["concerns"][0]["raised_by"] == "ana@meridian.example"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**BASE, "concerns": [{"concern": "x", "raised_by": "Bob"}]}), encoding="utf-8")
    result = run("add", "--file", str(bad))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "concerns[0].raised_by" in result.stderr


def test_the_web_form_reads_and_shows_who_raised_a_concern() -> None:
    from followup.core.schema import concern_from_line as _concern, concern_line as _concern_line

    assert _concern("my Rust | I wrote a CLI in Rust | oliver@f.example") == {
        "concern": "my Rust", "answer": "I wrote a CLI in Rust", "raised_by": "oliver@f.example"}
    assert _concern("my Rust | | oliver@f.example") == {"concern": "my Rust", "raised_by": "oliver@f.example"}
    assert _concern_line({"concern": "my Rust", "answer": None, "raised_by": "oliver@f.example"}) == \
        "my Rust | | oliver@f.example"
    assert _concern_line({"concern": "my Rust", "answer": "I wrote one"}) == "my Rust | I wrote one"
