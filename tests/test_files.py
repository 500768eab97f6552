"""Files for mail clients and calendars: .eml drafts, the plans as .ics (read back by calcurse and khal, real
programs that .ci/setup.sh installs), the interviews as .csv, and interviews imported from a calendar
export."""

from __future__ import annotations

import csv
import json
import email
import email.policy
import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar

from conftest import Runner
from followup.adapters.files import Skipped, calendar_interviews, tracker_rows
from followup.core.errors import InputError


@pytest.fixture
def planned(run: Runner) -> Runner:
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    return run


def test_each_draft_becomes_an_unsent_eml(planned: Runner, tmp_path: Path) -> None:
    result = planned("export", "1", "--eml", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    files = sorted((tmp_path / "out").glob("*.eml"))
    assert len(files) == 3
    message = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    assert message["To"] == "Dana Whitfield <dana.whitfield@quixotiq.example>"
    assert message["X-Unsent"] == "1" and message["Subject"]
    body = message.get_content()
    assert body.startswith("Dear Ms. Whitfield,\n") and body.rstrip().endswith("Alex Rivera")
    siobhan = email.message_from_bytes(files[1].read_bytes(), policy=email.policy.default)
    assert siobhan["To"] == "Siobhán Ní Bhriain <siobhan@quixotiq.example>"


def _events(path: Path) -> list[object]:
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_the_plan_as_calendar_events_with_alarms_and_stable_uids(planned: Runner, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert planned("export", "--ics", str(first)).returncode == 0
    assert planned("export", "--ics", str(second)).returncode == 0
    events = _events(first)
    plan = planned("plan", "1", "--json")
    steps = json.loads(plan.stdout)["steps"]
    assert len(events) == len(steps)
    assert [str(e["uid"]) for e in events] == [str(e["uid"]) for e in _events(second)]
    assert len({str(e["uid"]) for e in events}) == len(events)
    thank_you = events[0]
    assert str(thank_you["summary"]) == "Thank-you: Quixotiq, to Dana Whitfield"
    assert thank_you.decoded("dtstart").isoformat() == steps[0]["due"]
    (alarm,) = thank_you.walk("VALARM")
    assert alarm.decoded("trigger").total_seconds() == 0


def test_calcurse_imports_the_plan(planned: Runner, tmp_path: Path) -> None:
    exported = tmp_path / "plan.ics"
    planned("export", "--ics", str(exported))
    data = tmp_path / "calcurse"
    data.mkdir()
    done = subprocess.run(["calcurse", "-D", str(data), "-C", str(data), "-i", str(exported)],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30,
                          env={"TZ": "America/New_York", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    appointments = (data / "apts").read_text()
    assert "11/20/2026 @ 10:00" in appointments and "!Thank-you: Quixotiq, to Dana Whitfield" in appointments


def test_khal_imports_the_plan_and_an_update_replaces_it(planned: Runner, tmp_path: Path) -> None:
    exported = tmp_path / "plan.ics"
    planned("export", "--ics", str(exported))
    (tmp_path / "cal").mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(f"[calendars]\n[[followups]]\npath = {tmp_path}/cal\ntype = calendar\n[locale]\n"
                      "timeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
                      "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
                      "local_timezone = America/New_York\ndefault_timezone = America/New_York\n"
                      f"[sqlite]\npath = {tmp_path}/khal.db\n")
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}

    def khal(*args: str) -> str:
        done = subprocess.run(["khal", "-c", str(config), *args], capture_output=True, text=True, timeout=60,
                              env=env, stdin=subprocess.DEVNULL)
        assert done.returncode == 0, done.stderr
        return done.stdout

    khal("import", "--batch", "-a", "followups", str(exported))
    listed = khal("list", "--format", "{start} {title} {alarm-symbol}", "2026-11-20", "1d")
    assert "2026-11-20 10:00 Thank-you: Quixotiq, to Dana Whitfield" in listed and "⏰" in listed
    khal("import", "--batch", "-a", "followups", str(exported))  # again: the same UIDs, no duplicates
    again = khal("list", "--format", "{start} {title}", "2026-11-20", "1d")
    assert again.count("Thank-you: Quixotiq, to Dana Whitfield") == 1


def test_interviews_and_their_events_as_csv(planned: Runner, tmp_path: Path) -> None:
    planned("log", "1", "sent", "--kind", "thank-you", "--to", "dana.whitfield@quixotiq.example")
    planned("log", "1", "sent", "--kind", "status-inquiry", "--channel", "phone")
    target = tmp_path / "all.csv"
    assert planned("export", "--csv", str(target)).returncode == 0
    (row,) = list(csv.DictReader(target.open(encoding="utf-8")))
    assert (row["company"], row["role"], row["status"]) == ("Quixotiq", "Senior Data Engineer", "active")
    assert "Siobhán Ní Bhriain <siobhan@quixotiq.example>" in row["interviewers"]
    # each message says its channel: a call does not look like an email (the expected text gained "by email")
    assert "sent thank-you by email to dana.whitfield@quixotiq.example" in row["events"]
    assert "sent status-inquiry by phone to dana.whitfield@quixotiq.example" in row["events"]


CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:a@test
DTSTAMP:20261101T000000Z
DTSTART;TZID=America/New_York:20261119T140000
DTEND;TZID=America/New_York:20261119T153000
SUMMARY:Interview with Quixotiq for Senior Data Engineer
ATTENDEE;CN=Dana Whitfield:mailto:dana@quixotiq.example
ATTENDEE;CN=Alex Rivera:mailto:alex@example.com
END:VEVENT
BEGIN:VEVENT
UID:b@test
DTSTAMP:20261101T000000Z
DTSTART:20261120T150000Z
DTEND:20261120T160000Z
SUMMARY:Dentist
END:VEVENT
BEGIN:VEVENT
UID:c@test
DTSTAMP:20261101T000000Z
DTSTART:20261121T150000Z
SUMMARY:Phone interview - Northwind
END:VEVENT
END:VCALENDAR
"""


def test_interviews_come_in_from_a_calendar_export(run: Runner, tmp_path: Path) -> None:
    (run.home / "config.toml").write_text('[profile]\nname = "Alex Rivera"\nemail = "alex@example.com"\n'
                                          'timezone = "America/New_York"\n')
    exported = tmp_path / "cal.ics"
    exported.write_text(CALENDAR)
    result = run("import", str(exported), input="y\ny\nData Analyst\n")
    assert result.returncode == 0, result.stderr
    assert "2 interview(s) added." in result.stdout
    shown = json.loads(run("show", "1", "--json").stdout)
    assert (shown["company"], shown["role"], shown["duration_minutes"]) == ("Quixotiq", "Senior Data Engineer", 90)
    assert [p["email"] for p in shown["interviewers"]] == ["dana@quixotiq.example"]  # not you
    second = json.loads(run("show", "2", "--json").stdout)
    assert (second["company"], second["role"], second["when"][:16]) == ("Northwind", "Data Analyst",
                                                                         "2026-11-21T10:00")


def test_a_calendar_import_adds_all_or_none(run: Runner, tmp_path: Path) -> None:
    (run.home / "config.toml").write_text('[profile]\nname = "Alex Rivera"\nemail = "alex@example.com"\n'
                                          'timezone = "America/New_York"\n')
    exported = tmp_path / "cal.ics"
    exported.write_text(CALENDAR)
    result = run("import", str(exported), "--yes")  # the second event's title gives no role
    assert result.returncode == 2
    assert result.stderr.strip().endswith("nothing was added")
    assert json.loads(run("list", "--json").stdout) == []


def test_file_commands_refuse_bad_input(planned: Runner, tmp_path: Path) -> None:
    garbage = tmp_path / "bad.ics"
    garbage.write_bytes(b"\x00\xffnot a calendar")
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    for args, message in [
        (("export",), "error: export: expected exactly one of --eml DIR, --ics FILE or --csv FILE"),
        (("export", "--eml", str(tmp_path)), "error: ID: expected the interview whose drafts to export"),
        (("export", "1", "--ics", str(tmp_path / "x.ics")), "error: ID: expected no interview id"),
        (("import", str(notes)), "error: FILE: expected a calendar export ending in .ics"),
        (("import", str(garbage)), "error: file: expected an iCalendar file"),
        (("import", str(tmp_path / "missing.ics")), "error: FILE: expected a readable file"),
    ]:
        result = planned(*args)
        assert (result.returncode, result.stdout) == (2, ""), (args, result)
        assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, (args, result.stderr)


TRACKER = """Company,Job Title,Date Applied,Interview Date,Contact,Contact Email,Notes
Quixotiq,Senior Data Engineer,2026-11-01,2026-11-19 14:00,Dana Whitfield,dana@quixotiq.example,second round
Northwind,Analyst,2026-11-03,,,,
Borealis,Data Scientist,2026-11-04,next week maybe,,,
,,,,,,
"""
LINKEDIN = """Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name
11/2/26 9:14 AM,,,Quixotiq,Data Engineer,https://jobs.example/1,cv.pdf
"""


def test_a_trackers_csv_brings_its_interviews_over(run: Runner, tmp_path: Path) -> None:
    exported = tmp_path / "huntr.csv"
    exported.write_text(TRACKER)
    result = run("import", str(exported), input="y\n")
    assert result.returncode == 0, result.stderr
    assert "skipped line 3: Northwind, Analyst: no interview date yet, applied 2026-11-03" in result.stdout
    assert "skipped line 4: Borealis, Data Scientist: the interview date 'next week maybe' is not a date" in \
        result.stdout
    assert "To add (1):\n  2026-11-19T14:00 (America/New_York): Quixotiq, Senior Data Engineer" in result.stdout
    assert "1 interview(s) added: #1" in result.stdout
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["interviewers"][0]["email"] == "dana@quixotiq.example" and shown["notes"] == "second round"


def test_importing_a_trackers_csv_again_leaves_out_what_is_recorded(run: Runner, tmp_path: Path) -> None:
    exported = tmp_path / "huntr.csv"
    exported.write_text(TRACKER)
    assert "1 interview(s) added: #1" in run("import", str(exported), input="y\n").stdout
    grown = tmp_path / "grown.csv"  # the tracker's next export: the same row, a new one, and that one twice
    new_row = "Borealis,Data Scientist,2026-11-04,2026-11-24 11:00,,,"
    grown.write_text(TRACKER + new_row + "\n" + new_row + "\n")
    result = run("import", str(grown), input="y\n")
    assert result.returncode == 0, result.stderr
    assert ("left out 2026-11-19T14:00 (America/New_York): Quixotiq, Senior Data Engineer: recorded already as "
            "#1 (--force adds it again)") in result.stdout
    assert ("left out 2026-11-24T11:00 (America/New_York): Borealis, Data Scientist: recorded already as an "
            "earlier one in this file (--force adds it again)") in result.stdout
    assert "To add (1):\n  2026-11-24T11:00" in result.stdout and "1 interview(s) added: #2" in result.stdout
    again = run("import", str(exported), input="y\n")
    assert "No interviews to add" in again.stdout and len(json.loads(run("list", "--json").stdout)) == 2
    forced = run("import", str(exported), "--force", input="y\n")
    assert "left out" not in forced.stdout and "1 interview(s) added: #3" in forced.stdout


def test_importing_a_calendar_again_leaves_out_what_is_recorded(run: Runner, tmp_path: Path) -> None:
    (run.home / "config.toml").write_text('[profile]\nname = "Alex Rivera"\nemail = "alex@example.com"\n'
                                          'timezone = "America/New_York"\n')
    exported = tmp_path / "cal.ics"
    exported.write_text(CALENDAR)
    assert "2 interview(s) added." in run("import", str(exported), input="y\ny\nData Analyst\n").stdout
    result = run("import", str(exported), input="y\nData Analyst\n")  # asked only about Northwind
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Add it?") == 1
    assert "Quixotiq, Senior Data Engineer: recorded already as #1" in result.stdout
    assert "Northwind, Data Analyst: recorded already as #2" in result.stdout  # once its role is given
    assert "0 interview(s) added." in result.stdout and len(json.loads(run("list", "--json").stdout)) == 2


def test_linkedins_applications_have_no_interview_to_follow_up_yet(run: Runner, tmp_path: Path) -> None:
    exported = tmp_path / "Job Applications.csv"
    exported.write_text(LINKEDIN)
    result = run("import", str(exported))
    assert result.returncode == 0
    assert "no interview date yet, applied 11/2/26 9:14 AM" in result.stdout
    assert "No interviews to add" in result.stdout and json.loads(run("list", "--json").stdout) == []


def test_declining_adds_nothing_and_a_csv_without_the_columns_is_refused(run: Runner, tmp_path: Path) -> None:
    exported = tmp_path / "huntr.csv"
    exported.write_text(TRACKER)
    assert "Nothing added." in run("import", str(exported), input="n\n").stdout
    assert json.loads(run("list", "--json").stdout) == []
    odd = tmp_path / "odd.csv"
    odd.write_text("Name,Phone\nDana,555\n")
    result = run("import", str(odd))
    assert result.returncode == 2 and result.stderr.startswith("error: file: expected a CSV file with a company column")


def test_a_calendar_export_read_directly() -> None:
    found = calendar_interviews(CALENDAR.encode(), "Europe/London")
    assert found == [
        {"when": "2026-11-19T14:00", "timezone": "America/New_York", "duration_minutes": 90, "company": "Quixotiq",
         "role": "Senior Data Engineer", "summary": "Interview with Quixotiq for Senior Data Engineer",
         "interviewers": [{"name": "Dana Whitfield", "email": "dana@quixotiq.example"},
                          {"name": "Alex Rivera", "email": "alex@example.com"}]},
        # in UTC, so in your own time zone; no end, so no length; no role in the summary
        {"when": "2026-11-21T15:00", "timezone": "Europe/London", "company": "Northwind",
         "summary": "Phone interview - Northwind"},
    ]
    assert calendar_interviews(CALENDAR.encode(), "America/New_York")[1]["when"] == "2026-11-21T10:00"


def test_an_all_day_interview_or_one_ending_before_it_starts_is_read_as_it_can_be() -> None:
    text = CALENDAR.replace("DTSTART:20261121T150000Z", "DTSTART;VALUE=DATE:20261121").replace(
        "DTEND;TZID=America/New_York:20261119T153000", "DTEND;TZID=America/New_York:20261119T130000")
    found = calendar_interviews(text.encode(), "UTC")
    assert [item["company"] for item in found] == ["Quixotiq"] and "duration_minutes" not in found[0]


def test_a_trackers_csv_read_directly() -> None:
    interviews, skipped = tracker_rows(TRACKER, "America/New_York")
    assert interviews == [{"company": "Quixotiq", "role": "Senior Data Engineer", "timezone": "America/New_York",
                           "when": "2026-11-19T14:00",
                           "interviewers": [{"name": "Dana Whitfield", "email": "dana@quixotiq.example"}],
                           "notes": "second round"}]
    assert skipped == [Skipped(3, "Northwind, Analyst: no interview date yet, applied 2026-11-03"),
                       Skipped(4, "Borealis, Data Scientist: the interview date 'next week maybe' is not a date"),
                       Skipped(5, "no company or job title")]
    with pytest.raises(InputError, match="a CSV file with a header row"):
        tracker_rows("", "UTC")
    with pytest.raises(InputError, match="company column") as caught:
        tracker_rows("Name,Phone\nDana,555\n", "UTC")
    assert caught.value.message.endswith(", got 'Name, Phone'")


def test_eml_export_holds_the_emails_only_and_stores_no_draft(run: Runner, tmp_path: Path) -> None:
    import sqlite3

    assert run("add", "--file", "tests/data/coach/07-nonprofit-us-card.toml").returncode == 0
    now = {"FOLLOWUP_NOW": "2026-11-16T12:00"}
    due = [step for step in json.loads(run("plan", "1", "--json", **now).stdout)["steps"]
           if step["kind"] == "thank-you"]
    assert {step["channel"] for step in due} == {"email", "handwritten"}  # a card beside the emails
    result = run("export", "1", "--eml", str(tmp_path / "out"), **now)
    assert result.returncode == 0, result.stderr
    messages = [email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
                for f in sorted((tmp_path / "out").glob("*.eml"))]
    emails = sorted(step["to"]["email"] for step in due if step["channel"] == "email")
    assert sorted(m["To"].addresses[0].addr_spec for m in messages) == emails
    with sqlite3.connect(run.home / "followup.db") as db:
        assert db.execute("select count(*) from drafts").fetchone() == (0,)


def test_an_export_never_writes_through_a_planted_link(planned: Runner, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "shared"
    out.mkdir()
    (out / "plan.partial").symlink_to(victim)  # the name a temporary file once had
    assert planned("export", "--ics", str(out / "plan.ics")).returncode == 0
    assert victim.read_text() == "keep me"
    assert _events(out / "plan.ics") and not list(out.glob(".*.partial"))
