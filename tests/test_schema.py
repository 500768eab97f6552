from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from conftest import make_interview

from followup.core.errors import InputError
from followup.core.model import Concern
from followup.core.schema import interview_input, parse_interview, parse_moment, parse_time_text

BASE = {"company": "Acme", "role": "Analyst", "when": "2026-11-19T14:00"}
NY = ZoneInfo("America/New_York")


def test_defaults() -> None:
    interview = parse_interview(BASE, "Europe/London")
    assert (interview.timezone, interview.duration_minutes, interview.culture, interview.phone_encouraged) == (
        "Europe/London", 60, "formal", False)
    assert interview.when == datetime(2026, 11, 19, 14, tzinfo=ZoneInfo("Europe/London"))


def test_concerns_as_text_or_with_an_answer() -> None:
    interview = parse_interview({**BASE, "concerns": ["no Kafka", {"concern": "junior", "answer": "led two"}]}, "UTC")
    assert interview.concerns == (Concern("no Kafka"), Concern("junior", "led two"))
    assert parse_interview({**BASE, "concerns": "no Kafka"}, "UTC").concerns == (Concern("no Kafka"),)


def test_a_time_with_an_offset_is_moved_into_the_zone() -> None:
    assert parse_moment("2026-11-19T19:00+00:00", NY, "when") == datetime(2026, 11, 19, 14, tzinfo=NY)


def test_words_are_read_relative_to_now() -> None:
    now = datetime(2026, 11, 20, 9, tzinfo=NY)
    assert parse_time_text("yesterday 17:00", NY, "at", now) == datetime(2026, 11, 19, 17, tzinfo=NY)
    with pytest.raises(InputError, match="^at: expected a date and time"):
        parse_time_text("whenever", NY, "at", now)


@pytest.mark.parametrize(("changes", "message"), [
    ({"company": "  "}, "company: expected a value"),
    ({"role": 7}, "role: expected text"),
    ({"when": "2026-11-19"}, "when: expected an ISO 8601 date and time"),
    ({"duration_minutes": True}, "duration_minutes: expected a whole number"),
    ({"phone_encouraged": "maybe"}, "phone_encouraged: expected true or false"),
    ({"culture": "chaotic"}, "culture: expected one of formal, casual"),
    ({"topics": ["ok", 3]}, "topics[1]: expected text"),
    ({"concerns": [{"answer": "x"}]}, "concerns[0].concern: expected text"),
    ({"interviewers": "Dana"}, "interviewers: expected a list"),
    ({"interviewers": [{"name": "Dana", "email": "dana at acme"}]}, "interviewers[0].email: expected an email"),
])
def test_each_bad_field_is_named(changes: dict, message: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_interview({**BASE, **changes}, "UTC")
    assert raised.value.message.startswith(message)


def test_what_is_written_for_editing_reads_back_the_same() -> None:
    interview = make_interview(concerns=(Concern("junior", "led two"),), topics=("Spark",))
    assert parse_interview(interview_input(interview), "UTC") == interview


def test_the_table_of_fields_is_the_model_s_fields() -> None:
    from dataclasses import fields

    from followup.core.fields import INTERVIEW_FIELDS, INTERVIEWER
    from followup.core.model import Interview, Interviewer

    assert {f.name for f in INTERVIEW_FIELDS} == {f.name for f in fields(Interview)} - {"id"}
    assert [f.name for f in INTERVIEWER] == [f.name for f in fields(Interviewer)]


def test_an_empty_value_is_the_default() -> None:
    interview = parse_interview({**BASE, "duration_minutes": None, "culture": "", "phone_encouraged": None}, "UTC")
    assert (interview.duration_minutes, interview.culture, interview.phone_encouraged) == (60, "formal", False)


def test_derived_fields_are_ignored_on_input() -> None:
    assert parse_interview({**BASE, "id": 3, "status": "active", "decision_by": None}, "UTC").id is None


def test_utc_is_accepted() -> None:
    assert parse_moment(datetime(2026, 1, 1, tzinfo=timezone.utc), NY, "when").tzinfo == NY


@pytest.mark.parametrize("part", ["concern", "answer", "raised_by"])
def test_a_control_character_in_any_part_of_a_concern_is_refused_by_name(part: str) -> None:
    concern = {"concern": "no Kafka", "answer": "led two streaming projects", "raised_by": "Dana", part: "a\x1b[2Jb"}
    with pytest.raises(InputError, match=rf"^concerns\[0\]\.{part}: expected text without control characters"):
        parse_interview({**BASE, "interviewers": [{"name": "Dana"}], "concerns": [concern]}, "UTC")
