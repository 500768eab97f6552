"""The command line, as the installed command runs it (cli.app.run, in this process; test_installed.py holds
the two to each other), on a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, Runner

EXAMPLE = ROOT / "examples" / "interview.toml"
STEP_KEYS = {"kind", "attempt", "channel", "to", "earliest", "due", "latest", "rule", "reason", "optional", "also"}


def ok(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def load(result) -> object:
    return json.loads(ok(result))


def added(run: Runner, *args: str) -> dict:
    return load(run("add", "--json", *args))


def test_add_from_the_example_file(run: Runner) -> None:
    interview = added(run, "--file", str(EXAMPLE))
    assert interview["id"] == 1 and interview["status"] == "active"
    assert interview["when"] == "2026-11-19T14:00:00-05:00"
    assert interview["decision_by"] == "2026-12-03"
    assert interview["interviewers"][1]["name"] == "Siobhán Ní Bhriain"
    assert interview["concerns"][0] == {"concern": "my limited Kafka experience",
                                        "answer": "I ran a Kafka proof of concept for our billing events last spring",
                                        "raised_by": None}


def test_add_from_json_then_flags_override(run: Runner, tmp_path: Path) -> None:
    source = tmp_path / "i.json"
    source.write_text(json.dumps({"company": "Acme", "role": "Analyst", "when": "2026-11-18T10:00",
                                  "interviewers": [{"name": "Ann Lee", "email": "ann@acme.example"}]}))
    interview = added(run, "--file", str(source), "--company", "Acme Corp", "--topic", "SQL", "--topic", "dbt")
    assert (interview["company"], interview["topics"], interview["timezone"]) == (
        "Acme Corp", ["SQL", "dbt"], "America/New_York")


def test_add_with_flags_only(run: Runner) -> None:
    interview = added(run, "--company", "Acme", "--role", "Analyst", "--when", "2026-11-18T10:00",
                      "--interviewer", "Ann Lee <ann@acme.example>", "--interviewer", "<hr@acme.example>",
                      "--phone-encouraged", "--decision-timeline", "by Friday")
    assert interview["interviewers"] == [
        {"name": "Ann Lee", "title": None, "email": "ann@acme.example", "department": None, "topics": [],
         "contact": False, "phone": None, "address_as": None},
        {"name": None, "title": None, "email": "hr@acme.example", "department": None, "topics": [],
         "contact": False, "phone": None, "address_as": None}]
    assert interview["phone_encouraged"] is True and interview["decision_by"] == "2026-11-20"


def test_add_interactively_asks_again_for_a_bad_answer(run: Runner) -> None:
    answers = "\n".join([
        "Acme", "Analyst", "2027-02-30T10:00", "", "", "video", "", "within two weeks", "", "", "", "SQL; dbt",
        "", "", "", "y", "Ann Lee", "Ms.", "ann@acme.example", "", "", "", "", "", "n",  # contact, phone, address_as
        "2026-11-18T10:00",  # asked again, after the impossible date
    ]) + "\n"
    result = run("add", "--json", input=answers)
    assert "when: expected an ISO 8601 date and time" in result.stderr
    interview = json.loads(ok(result)[result.stdout.index("{"):])
    assert (interview["when"], interview["topics"], interview["interviewers"][0]["title"]) == (
        "2026-11-18T10:00:00-05:00", ["SQL", "dbt"], "Ms.")


def test_plan_json_has_the_public_shape(run: Runner) -> None:
    added(run, "--file", str(EXAMPLE))
    plan = load(run("plan", "1", "--json"))
    assert set(plan) == {"interview", "status", "steps", "warnings", "dropped"} and plan["interview"] == 1
    assert all(set(step) == STEP_KEYS for step in plan["steps"])
    first = plan["steps"][0]
    assert (first["kind"], first["channel"], first["to"]["email"], first["due"], first["rule"]) == (
        "thank-you", "email", "dana.whitfield@quixotiq.example", "2026-11-20T10:00:00-05:00", "thank-you-window")
    assert [s["kind"] for s in plan["steps"]][-3:] == ["status-inquiry", "move-on", "reconnect"]


def test_plan_text_has_a_table_reasons_and_a_timeline(run: Runner) -> None:
    added(run, "--file", str(EXAMPLE))
    text = ok(run("plan", "1"))
    assert "Quixotiq: Senior Data Engineer" in text
    assert "Thank Siobhán Ní Bhriain for the interview" in text and "[inquiry-after-timeline]" in text
    assert "\ntoday" in text and "> 18 Feb" in text  # the morning after 90 days


def test_log_moves_the_plan_on_and_undo_takes_it_back(run: Runner) -> None:
    added(run, "--file", str(EXAMPLE))
    for person in ("dana.whitfield@quixotiq.example", "Siobhán Ní Bhriain", "talent@quixotiq.example"):
        ok(run("log", "1", "sent", "--kind", "thank-you", "--to", person, "--at", "2026-11-19T18:00"))
    kinds = [s["kind"] for s in load(run("plan", "1", "--json"))["steps"]]
    assert "thank-you" not in kinds
    logged = load(run("log", "1", "reply", "--json", "--at", "2026-11-20T08:00"))
    assert logged["plan"]["status"] == "replied"
    assert "Removed [4]" in ok(run("undo", "1"))
    assert load(run("plan", "1", "--json"))["status"] == "active"


def test_a_new_timeline_is_parsed_from_when_it_was_said(run: Runner) -> None:
    added(run, "--file", str(EXAMPLE))
    logged = load(run("log", "1", "timeline", "by next Friday", "--at", "2026-11-20T08:00", "--json"))
    assert logged["event"]["decision_by"] == "2026-11-27"


def test_today_lists_what_is_due_across_interviews(run: Runner, tmp_path: Path) -> None:
    added(run, "--file", str(EXAMPLE))
    added(run, "--company", "Acme", "--role", "Analyst", "--when", "2026-11-02T10:00",
          "--interviewer", "Ann Lee <ann@acme.example>")
    agenda = load(run("today", "--json"))
    rows = [(s["interview"], s["kind"], s["attempt"], s["state"]) for s in agenda["steps"]]
    # Acme's late thank-you also asks for news: one message, not a late note and an inquiry on one day
    assert rows == [(2, "late-thank-you", 1, "due"),
                    (1, "thank-you", 1, "open"), (1, "thank-you", 1, "open"), (1, "thank-you", 1, "open")]
    # the second inquiry waits a week after the first is sent, which has not happened yet
    assert (agenda["next"]["interview"], agenda["next"]["kind"], agenda["next"]["attempt"]) == (2, "status-inquiry", 2)
    assert agenda["next"]["earliest"] == "2026-11-30T09:00:00-05:00"  # Friday 27th is a quiet day
    assert "Quixotiq" in ok(run("today"))


def test_list_and_show(run: Runner) -> None:
    added(run, "--file", str(EXAMPLE))
    assert [i["company"] for i in load(run("list", "--json"))] == ["Quixotiq"]
    assert load(run("list", "--status", "offer", "--json")) == []
    shown = load(run("show", "1", "--json"))
    assert shown["events"] == [] and shown["role"] == "Senior Data Engineer"
    assert "Dr. Siobhán Ní Bhriain" in ok(run("show", "1"))


def test_edit_changes_only_the_given_fields(run: Runner) -> None:
    added(run, "--file", str(EXAMPLE))
    edited = load(run("edit", "1", "--json", "--decision-timeline", "by the end of the month"))
    assert edited["decision_by"] == "2026-11-30" and len(edited["interviewers"]) == 3


def editor(tmp_path: Path, script: str) -> str:
    """An $EDITOR that runs `script` on the file it is given (as $1)."""
    program = tmp_path / "editor.sh"
    program.write_text("#!/bin/sh\n" + script + "\n")
    program.chmod(0o755)
    return str(program)


def test_edit_in_the_editor(run: Runner, tmp_path: Path) -> None:
    added(run, "--file", str(EXAMPLE))
    change = editor(tmp_path, "sed -i 's/^decision_timeline = .*/decision_timeline = \"by next Friday\"/' \"$1\"")
    assert ok(run("edit", "1", EDITOR=change, VISUAL="")) == "Updated interview #1.\n"
    assert load(run("show", "1", "--json"))["decision_by"] == "2026-11-27"


def test_edit_without_a_change_changes_nothing(run: Runner, tmp_path: Path) -> None:
    added(run, "--file", str(EXAMPLE))
    assert ok(run("edit", "1", EDITOR="true", VISUAL="")) == "Nothing changed.\n"


def test_a_refused_edit_keeps_the_text(run: Runner, tmp_path: Path) -> None:
    added(run, "--file", str(EXAMPLE))
    before = load(run("show", "1", "--json"))
    broken = editor(tmp_path, "sed -i 's/^when = .*/when = \"2027-02-30T10:00\"/' \"$1\"")
    result = run("edit", "1", EDITOR=broken, VISUAL="")
    assert (result.returncode, "Traceback" in result.stderr) == (2, False)
    assert result.stderr.startswith("error: edit: expected a valid interview; when: expected an ISO 8601")
    kept = Path(result.stderr.split("Your text is kept in ")[1].split(":")[0])
    assert 'when = "2027-02-30T10:00"' in kept.read_text() and "Quixotiq" in kept.read_text()
    assert load(run("show", "1", "--json")) == before
    kept.unlink()


def test_an_editor_that_cannot_start(run: Runner) -> None:
    added(run, "--file", str(EXAMPLE))
    result = run("edit", "1", EDITOR="no-such-editor-here", VISUAL="")
    assert result.returncode == 2 and result.stderr.startswith("error: EDITOR: expected an editor program")


def test_delete_asks_first(run: Runner) -> None:
    added(run, "--file", str(EXAMPLE))
    assert "Nothing deleted" in ok(run("delete", "1", input="n\n"))
    assert len(load(run("list", "--json"))) == 1
    ok(run("delete", "1", "--yes"))
    assert load(run("list", "--json")) == []


def test_now_can_be_given_to_ask_what_if(run: Runner) -> None:
    added(run, "--file", str(EXAMPLE))
    later = load(run("--now", "2026-11-24T09:00", "plan", "1", "--json"))
    assert later["steps"][0]["kind"] == "late-thank-you"


# -- bad input: one line, exit 2, no traceback, nothing written ----------------------------------------------

BAD = [
    (["add", "--role", "Analyst", "--when", "2026-11-18T10:00"], "company: expected a value (it is required)"),
    (["add", "--company", "A", "--role", "B", "--when", "2027-02-30T10:00"], "when: expected an ISO 8601"),
    (["add", "--company", "A", "--role", "B", "--when", "next week"], "when: expected an ISO 8601"),
    (["add", "--company", "A", "--role", "B", "--when", "2026-11-18T10:00", "--timezone", "Mars/Olympus"],
     "timezone: expected an IANA time zone name"),
    (["add", "--company", "A", "--role", "B", "--when", "2026-03-08T02:30"], "when: expected a time that exists"),
    (["add", "--company", "A", "--role", "B", "--when", "2026-11-18T10:00", "--format", "carrier pigeon"],
     "format: expected one of in-person, video, phone"),
    (["add", "--company", "A", "--role", "B", "--when", "2026-11-18T10:00", "--interviewer", "Ann <ann@>"],
     "interviewers[0].email: expected an email address"),
    (["add", "--company", "A", "--role", "B", "--when", "2026-11-18T10:00", "--decision-timeline", "by 2026-10-01"],
     "decision_timeline: expected a date on or after the interview"),
    (["plan", "42"], "id: expected the id of a stored interview, got 42"),
    (["log", "1", "sent", "--kind", "bribe"], "kind: expected one of thank-you"),
    (["log", "1", "ghosted"], "event: expected one of sent, reply"),
    (["log", "1", "timeline"], "text: expected the employer's words"),
    (["log", "1", "timeline", "by 2026-11-01"], "text: expected a date on or after the day it was said"),
    (["log", "1", "reply", "--at", "2030-01-01T10:00"], "at: expected a time that is not in the future"),
    (["log", "1", "sent", "--kind", "thank-you", "--to", "nobody@else.example"], "to: expected the email or name"),
    (["list", "--status", "lost"], "status: expected one of upcoming"),
]


@pytest.mark.parametrize(("args", "message"), BAD)
def test_bad_input_is_one_clear_line(run: Runner, args: list[str], message: str) -> None:
    added(run, "--file", str(EXAMPLE))
    before = load(run("show", "1", "--json"))
    result = run(*args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: " + message), result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert load(run("list", "--json")) == [{k: v for k, v in before.items() if k != "events"}]
    assert load(run("show", "1", "--json")) == before


@pytest.mark.parametrize(("content", "message"), [
    ("company = 'A'\nrole = ", "file: expected valid TOML"),
    ("company = 'A'\nrole = 'B'\nwhen = 2026-11-18T10:00:00\nsalary = 1", "salary: expected one of the interview"),
    ("company = 'A'\nrole = 'B'\nwhen = 2026-11-18\n", "when: expected an ISO 8601"),
    ("company = 'A'\nrole = 'B'\nwhen = 2026-11-18T10:00:00\nduration_minutes = -5", "duration_minutes: expected"),
    ("company = 'A'\nrole = 'B'\nwhen = 2026-11-18T10:00:00\n[[interviewers]]\nnmae = 'Ann'\n",
     "interviewers[0].nmae: expected one of name"),
])
def test_bad_files_are_refused_whole(run: Runner, tmp_path: Path, content: str, message: str) -> None:
    source = tmp_path / "bad.toml"
    source.write_text(content)
    result = run("add", "--file", str(source))
    assert (result.returncode, "Traceback" in result.stderr) == (2, False)
    assert result.stderr.startswith("error: " + message), result.stderr
    assert load(run("list", "--json")) == []


@pytest.mark.parametrize(("config", "message"), [
    ("[profile\nname = 'x'", "is not valid TOML"),
    ("[policy]\nmax_inquiries = 'two'", "policy.max_inquiries: expected a whole number"),
    ("[policy]\nthank_you_due_hours = 72", "policy.thank_you_due_hours: expected at most"),
    ("[policy]\nsend_time = '25:00'", "policy.send_time: expected a time of day"),
    ("[profile]\ntimezone = 'Nowhere/Land'", "profile.timezone: expected an IANA time zone"),
    ("[profile]\ncountry = 'XX'", "profile.country: expected a country"),
    ("[polcy]\n", "polcy: unknown section"),
])
def test_bad_config_is_one_clear_line(run: Runner, config: str, message: str) -> None:
    (run.home / "config.toml").write_text(config)
    result = run("list")
    assert (result.returncode, "Traceback" in result.stderr) == (2, False)
    assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr


def test_help_lists_the_commands(run: Runner) -> None:
    text = ok(run("--help"))
    for command in ("add", "plan", "today", "list", "show", "log", "edit", "delete", "undo"):
        assert command in text


def test_interviewer_flag_takes_how_to_address_them(run: Runner) -> None:
    interview = added(run, "--company", "Acme", "--role", "Analyst", "--when", "2026-11-18T10:00",
                      "--interviewer", "Zhang Wei <wei@acme.example> as Mr. Zhang",
                      "--interviewer", "Ann Lee <ann@acme.example>")
    people = interview["interviewers"]
    assert [(p["name"], p["email"], p["address_as"]) for p in people] == [
        ("Zhang Wei", "wei@acme.example", "Mr. Zhang"), ("Ann Lee", "ann@acme.example", None)]


def test_interviewer_flag_with_an_empty_address_as_is_refused(run: Runner) -> None:
    result = run("add", "--company", "Acme", "--role", "Analyst", "--when", "2026-11-18T10:00",
                 "--interviewer", "Zhang Wei <wei@acme.example> as ")
    assert result.returncode == 2 and "interviewers[0].address_as" in result.stderr
    assert "Traceback" not in result.stderr and ok(run("list", "--json")).strip() == "[]"


def test_concern_flag_takes_an_answer_and_who_raised_it(run: Runner) -> None:
    interview = added(run, "--company", "Acme", "--role", "Analyst", "--when", "2026-11-18T10:00",
                      "--interviewer", "Ann Lee <ann@acme.example>",
                      "--concern", "my limited Kafka experience | I ran a Kafka pilot | ann@acme.example",
                      "--concern", "no SQL Server")
    assert interview["concerns"] == [
        {"concern": "my limited Kafka experience", "answer": "I ran a Kafka pilot", "raised_by": "ann@acme.example"},
        {"concern": "no SQL Server", "answer": None, "raised_by": None}]


def test_concern_flag_naming_nobody_on_the_panel_is_refused(run: Runner) -> None:
    result = run("add", "--company", "Acme", "--role", "Analyst", "--when", "2026-11-18T10:00",
                 "--interviewer", "Ann Lee <ann@acme.example>", "--concern", "gaps | an answer | bob@acme.example")
    assert result.returncode == 2 and "concerns[0].raised_by" in result.stderr


def test_draft_says_what_it_left_out_and_how_to_add_it(run: Runner) -> None:
    added(run, "--company", "Acme", "--role", "Analyst", "--when", "2026-11-19T10:00",
          "--interviewer", "Ann Lee <ann@acme.example>", "--interviewer", "Bo Chen <bo@acme.example>",
          "--topic", "the data platform", "--concern", "my limited Kafka experience",
          "--concern", "no SQL Server | I ran SQL Server at my last job")
    result = run("draft", "1", "--kind", "thank-you")
    ok(result)
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert notes == [
        'note: left out the concern "my limited Kafka experience": it has no answer yet; add yours with '
        '`followup edit 1` (answer = "..." beside it) or in the edit form of `followup serve` (doubt | your answer)',
        "note: the thank-you to Bo Chen says less: no topic of your talk with them is noted; add one with "
        "`followup edit 1` (their topics)"]
    assert "Kafka" not in result.stdout
    drafts = json.loads(run("draft", "1", "--kind", "thank-you", "--json").stdout)  # JSON says it per draft
    assert {d["to"]["name"]: d["gaps"] for d in drafts} == {  # the concern would go to Ann, the main contact
        "Ann Lee": [{"kind": "unanswered-concern", "about": "my limited Kafka experience"}],
        "Bo Chen": [{"kind": "no-topic", "about": "Bo Chen"}]}
    inquiry = json.loads(run("draft", "1", "--kind", "status-inquiry", "--json").stdout)
    assert [d["gaps"] for d in inquiry] == [[]]  # an inquiry never carries a concern


def test_draft_asks_for_a_title_rather_than_guess_one(run: Runner) -> None:
    """"Dear Bo Chen," beside "Dear Dr. Lee,": no title is on record for him, and the tool does not guess one
    (issue 11); it asks, in the draft's notes and in the pre-send check."""
    added(run, "--company", "Acme", "--role", "Analyst", "--when", "2026-11-19T10:00",
          "--interviewer", "Dr. Ann Lee <ann@acme.example>", "--interviewer", "Bo Chen <bo@acme.example>",
          "--topic", "the data platform", "--topic", "the SQL Server move")
    result = run("draft", "1", "--kind", "thank-you")
    ok(result)
    assert "Dear Bo Chen," in result.stdout and "Dear Dr. Lee," in result.stdout
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert notes == ["note: no title recorded for Bo Chen while others on this panel have one: add a title or "
                     'address_as with `followup edit 1` (e.g. address_as = "Ms. Chen", "Mr. Chen" or "Bo")']
    checked = run("check", "--draft", "2")
    assert "no-title no title recorded for Bo Chen" in checked.stdout + checked.stderr


def test_draft_has_no_notes_when_nothing_is_missing(run: Runner) -> None:
    added(run, "--company", "Acme", "--role", "Analyst", "--when", "2026-11-19T10:00",
          "--interviewer", "Ann Lee <ann@acme.example>", "--topic", "the data platform",
          "--concern", "no SQL Server | I ran SQL Server at my last job")
    assert "note:" not in run("draft", "1", "--kind", "thank-you").stderr


def test_add_interactively_asks_for_a_topic_only_where_the_notes_would_have_none(run: Runner) -> None:
    """`add` asked about anyone past the count of the interview's topics, while the notes hand an interview topic
    to whoever has none of their own: Bo gets "SQL" (Ann has her own), so nobody is asked (a candidate's pass)."""
    answers = "\n".join([
        "Acme", "Analyst", "2026-11-18T10:00", "", "", "video", "", "within two weeks", "", "", "", "SQL", "",
        "", "",  # no concern, no notes
        "y", "Ann Lee", "", "ann@acme.example", "", "the roadmap", "", "", "",
        "y", "Bo Chen", "", "bo@acme.example", "", "", "", "", "",
        "n",
    ]) + "\n"
    result = run("add", "--json", input=answers)
    assert "What did you talk about" not in result.stdout
    interview = json.loads(ok(result)[result.stdout.index("{"):])
    assert [p["topics"] for p in interview["interviewers"]] == [["the roadmap"], []]


def test_add_interactively_asks_for_a_topic_after_a_rejected_answer_is_fixed(run: Runner) -> None:
    """An attacker: a mistyped email was asked again and the interview added, but the topic question never came."""
    answers = "\n".join([
        "Acme", "Analyst", "2026-11-19T14:00", "", "", "", "", "", "", "", "", "", "", "", "",
        "y", "Dana Whitfield", "", "not-an-email", "", "", "", "", "",
        "n",
        "dana@acme.example",  # the email, asked again
        "the data platform",  # then: What did you talk about with Dana Whitfield?
    ]) + "\n"
    result = run("add", "--json", input=answers)
    assert "What did you talk about with Dana Whitfield" in result.stdout
    interview = json.loads(ok(result)[result.stdout.index("{"):])
    assert interview["interviewers"][0]["topics"] == ["the data platform"]


def test_add_interactively_asks_for_an_answer_and_a_topic(run: Runner) -> None:
    answers = "\n".join([
        "Acme", "Analyst", "2026-11-18T10:00", "", "", "video", "", "within two weeks", "", "", "", "SQL", "",
        "my limited Kafka experience; no SQL Server | I ran SQL Server at my last job",
        "I ran a Kafka pilot",  # the answer asked for the first concern; the second came with its own
        "",  # notes
        "y", "Ann Lee", "", "ann@acme.example", "", "", "", "", "",  # one topic for one person: not asked
        "y", "Bo Chen", "", "bo@acme.example", "", "", "", "", "",
        "n",
        "the dashboards",  # What did you talk about with Bo Chen? (asked once the panel is known)
    ]) + "\n"
    result = run("add", "--json", input=answers)
    assert 'How would you answer "my limited Kafka experience"?' in result.stdout
    assert result.stdout.count("How would you answer") == 1
    assert result.stdout.count("What did you talk about with") == 1 and "with Bo Chen?" in result.stdout
    interview = json.loads(ok(result)[result.stdout.index("{"):])
    assert interview["concerns"] == [
        {"concern": "my limited Kafka experience", "answer": "I ran a Kafka pilot", "raised_by": None},
        {"concern": "no SQL Server", "answer": "I ran SQL Server at my last job", "raised_by": None}]
    assert [p["topics"] for p in interview["interviewers"]] == [[], ["the dashboards"]]


def test_add_interactively_reads_concerns_typed_again_and_asks_for_a_missing_answer(run: Runner) -> None:
    answers = "\n".join([
        "Acme", "Analyst", "2026-11-18T10:00", "", "", "video", "", "within two weeks", "", "", "", "SQL", "",
        "no SQL Server | I ran SQL Server at my last job | bob@acme.example",  # Bob is not on the panel
        "",  # notes
        "y", "Ann Lee", "", "ann@acme.example", "", "", "", "", "",
        "n",
        "no SQL Server | I ran SQL Server at my last job | ann@acme.example; my limited Kafka experience",
        "I ran a Kafka pilot",  # asked for the concern typed again without an answer
    ]) + "\n"
    result = run("add", "--json", input=answers)
    assert "concerns[0].raised_by" in result.stderr
    assert result.stdout.count('How would you answer "my limited Kafka experience"?') == 1
    interview = json.loads(ok(result)[result.stdout.index("{"):])
    assert interview["concerns"] == [
        {"concern": "no SQL Server", "answer": "I ran SQL Server at my last job", "raised_by": "ann@acme.example"},
        {"concern": "my limited Kafka experience", "answer": "I ran a Kafka pilot", "raised_by": None}]


def test_add_interactively_asks_for_the_title_missing_beside_titled_colleagues(run: Runner) -> None:
    person = ["", "", "", "", "", ""]  # title asked already; department, topics, contact, phone, address_as
    answers = "\n".join([
        "Acme", "Analyst", "2026-11-18T10:00", "", "", "video", "", "within two weeks", "", "", "",
        "SQL; dashboards; budgets; hiring", "", "", "",  # a topic each: none asked for; no concerns, no notes
        "y", "Dr. Rebecca Stone", "", "rstone@acme.example", *person[1:],
        "y", "Marcus Hale", "", "mhale@acme.example", *person[1:],
        "y", "Yuki Tanaka", "", "yuki@acme.example", *person[1:],
        "y", "Bo Chen", "", "bo@acme.example", *person[1:],
        "n",
        "Mr.",  # Marcus Hale: a bare title
        "Ms. Tanaka",  # Yuki Tanaka: how to address her
        "",  # Bo Chen: skipped
    ]) + "\n"
    result = run("add", "--json", input=answers)
    assert result.stdout.count("has no title, and others on the panel do") == 3
    assert "Rebecca Stone has no title" not in result.stdout and '"Ms. Hale", "Mr. Hale" or "Marcus"' in result.stdout
    interview = json.loads(ok(result)[result.stdout.index("{"):])
    assert [(p["title"], p["address_as"]) for p in interview["interviewers"]] == [
        (None, None), ("Mr.", None), (None, "Ms. Tanaka"), (None, None)]


def test_the_next_step_with_no_recipient_shows_no_empty_parenthesis(run: Runner) -> None:
    added(run, "--company", "Northwind Analytics", "--role", "Analyst", "--when", "2026-10-01T10:00",
          "--interviewer", "Ann Lee <ann@northwind.example>")
    for kind, when in [("thank-you", "2026-10-01T16:00"), ("status-inquiry", "2026-11-06T10:00"),
                       ("status-inquiry", "2026-11-16T10:00")]:
        ok(run("log", "1", "sent", "--kind", kind, "--to", "ann@northwind.example", "--at", when))
    text = ok(run("today"))
    assert "Next: move-on for #1 Northwind Analytics, opens" in text and "(-)" not in text


def test_adding_the_same_interview_twice_is_refused_unless_forced(run: Runner) -> None:
    added(run, "--file", str(EXAMPLE))
    again = run("add", "--file", str(EXAMPLE))
    assert again.returncode == 2 and again.stdout == ""
    assert again.stderr == ("error: when: expected an interview not recorded yet, but #1 (Quixotiq, Senior Data "
                            "Engineer, Thu 19 Nov 14:00) has the same company, role and time; add --force to "
                            "record it again\n")
    assert len(load(run("list", "--json"))) == 1  # nothing written
    # another time, or --force, is another interview
    assert added(run, "--file", str(EXAMPLE), "--when", "2026-11-26T14:00")["id"] == 2
    assert added(run, "--file", str(EXAMPLE), "--force")["id"] == 3


def test_adding_a_duplicate_interactively_asks_first(run: Runner) -> None:
    answers = "\n".join([
        "Acme", "Analyst", "2026-11-18T10:00", "", "", "video", "", "within two weeks", "", "", "", "SQL", "",
        "", "", "y", "Ann Lee", "", "ann@acme.example", "", "", "", "", "", "n",
    ]) + "\n"
    ok(run("add", "--json", input=answers))
    declined = run("add", "--json", input=answers + "n\n")  # Add it anyway? no
    assert declined.returncode == 2 and "{" not in declined.stdout
    assert "warning: #1 (Acme, Analyst, Wed 18 Nov 10:00) has the same company, role and time" in declined.stderr
    assert "Add it anyway?" in declined.stdout and len(load(run("list", "--json"))) == 1
    accepted = run("add", "--json", input=answers + "y\n")
    assert json.loads(ok(accepted)[accepted.stdout.index("{"):])["id"] == 2


def test_a_second_inquiry_drafted_early_is_told_it_waits_for_the_gap_not_their_timeline(run: Runner) -> None:
    ok(run("add", "--company", "Acme", "--role", "Analyst", "--when", "2026-11-02T10:00",
           "--interviewer", "Ann Lee <ann@acme.example>", "--decision-timeline", "within a week"))
    for kind, when in [("thank-you", "2026-11-02T16:00"), ("status-inquiry", "2026-11-11T10:00")]:
        ok(run("log", "1", "sent", "--kind", kind, "--to", "ann@acme.example", "--at", when))
    drafted = run("--now", "2026-11-13T10:00", "draft", "1", "--kind", "status-inquiry")
    text = drafted.stdout + drafted.stderr
    assert "warning timing it is too soon after the previous inquiry: wait until" in text, text
    assert "their own timeline has not passed yet" not in text  # it passed on 9 November
