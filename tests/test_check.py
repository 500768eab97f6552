"""The pre-send check: each rule on its own, positions, settings, the labelled corpus, every draft, and the
command line with bad input."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT, Runner, at, example_drafts, life_drafts
from followup.core.check import CheckContext, CheckSettings, check
from followup.adapters.grammar import Language, shared_language
from followup.core.errors import FollowupError
from followup.core.model import Draft, Finding, Recipient
from followup.usecases.service import Service

sys.path.insert(0, str(ROOT / "docs"))
import checks as corpus  # noqa: E402  (docs/checks.py: the corpus loader and the report)

DANA = Recipient("Dana Whitfield", "dana@quixotiq.example", "Dana Whitfield")
CONTEXT = CheckContext(kind="thank-you", candidate="Alex Rivera", company="Quixotiq", role="Data Engineer",
                       recipient=DANA, recipient_title="Ms.", interviewers=("Dana Whitfield", "Siobhán Ní Bhriain"),
                       topics=("the move from Airflow to Dagster",), other_companies=("Northwind Logistics",),
                       other_roles=("Analytics Engineer",))
GOOD = """To: Dana Whitfield <dana@quixotiq.example>
Subject: Thank you for Thursday's interview

Dear Ms. Whitfield,

Thank you for meeting with me on Thursday about the Data Engineer role. I enjoyed our conversation about the
move from Airflow to Dagster, and I came away even more interested in joining Quixotiq.

Best regards,
Alex Rivera
"""


@pytest.fixture(scope="module")
def language() -> Language:
    return shared_language()


def rules(text: str, context: CheckContext | None = CONTEXT, language: Language | None = None,
          **settings: object) -> list[str]:
    return [f.rule for f in check(text, context, CheckSettings(**settings), language)]  # type: ignore[arg-type]


def test_a_good_note_has_no_findings(language: Language) -> None:
    assert check(GOOD, CONTEXT, language=language) == []


@pytest.mark.parametrize(("change", "rule", "flagged"), [
    (("Quixotiq.", "[Company Name]."), "placeholder", "[Company Name]"),
    (("Thursday about", "{day} about"), "placeholder", "{day}"),
    (("Dear Ms. Whitfield", "Dear <NAME>"), "placeholder", "<NAME>"),
    (("Thursday about", "XXX about"), "placeholder", "XXX"),
    (("Dear Ms. Whitfield", "Dear Ms. Whitfeld"), "name-mismatch", "Ms. Whitfeld"),
    (("Dear Ms. Whitfield", "Dear Siobhán"), "name-mismatch", "Siobhán"),
    (("Dear Ms. Whitfield", "Dear Hiring Manager"), "name-mismatch", "Hiring Manager"),
    (("joining Quixotiq", "joining Northwind Logistics"), "company-mismatch", "Northwind Logistics"),
    (("the Data Engineer role", "the Analytics Engineer role"), "company-mismatch", "Analytics Engineer"),
    (("Dear Ms. Whitfield,", "Hey Dana,"), "informal", "Hey"),
    (("interested in", "SO interested in"), None, None),
    (("even more interested", "even more SO EXCITED and interested"), "informal", "SO EXCITED"),
    (("Quixotiq.\n", "Quixotiq!!!\n"), "informal", "!!!"),
    (("Quixotiq.\n", "Quixotiq 🚀.\n"), "informal", "🚀"),
    (("I enjoyed", "Thx, I enjoyed"), "informal", "Thx"),
    (("Quixotiq.\n", "Quixotiq. Please respond ASAP.\n"), "pushy", "Please respond ASAP"),
    (("Quixotiq.\n", "Quixotiq. I really need this job.\n"), "pushy", "I really need this job"),
    (("Thank you for meeting", "As per my last email, thank you for meeting"), "pushy", "As per my last email"),
    (("Quixotiq.\n", "Quixotiq. Frankly, I was more qualified than anyone.\n"), "tone", "I was more qualified"),
    (("Quixotiq.\n", "Quixotiq. If not, your loss.\n"), "tone", "your loss"),
    (("Subject: Thank you for Thursday's interview", "Subject: Follow up"), "subject", "Follow up"),
])
def test_each_rule_points_at_what_it_found(change: tuple[str, str], rule: str | None, flagged: str | None) -> None:
    text = GOOD.replace(*change)
    assert text != GOOD
    found = check(text, CONTEXT)
    if rule is None:  # two capitals are emphasis, not shouting
        assert found == []
        return
    assert [f.rule for f in found] == [rule], found
    (finding,) = found
    assert text[finding.start:finding.end] == flagged
    line = text.count("\n", 0, finding.start) + 1
    assert (finding.line, finding.column) == (line, finding.start - text.rfind("\n", 0, finding.start))


def test_spelling_and_grammar_with_harper(language: Language) -> None:
    text = GOOD.replace("conversation", "converstaion").replace("I came away", "I came came away")
    found = check(text, CONTEXT, language=language)
    assert [(f.rule, f.severity, text[f.start:f.end]) for f in found] == [
        ("spelling", "error", "converstaion"), ("grammar", "error", "came came")]
    assert found[0].suggestion == "conversation"


def test_names_terms_and_the_users_words_are_not_misspellings(language: Language) -> None:
    text = GOOD.replace("Airflow to Dagster", "Airflow to Dagster with PySpark and dbt")
    assert rules(text, CONTEXT, language) == ["spelling"]  # dbt: lower case, unknown, not in the context
    assert rules(text, replace(CONTEXT, known_words=("dbt",)), language) == []
    assert rules(text, CONTEXT, language, words=("dbt",)) == []


def test_a_known_word_with_a_common_ending_is_a_word(language: Language) -> None:
    text = GOOD.replace("Quixotiq.\n", "Quixotiq. I have been triaging misconfigured autoscalers afterwards.\n")
    assert rules(text, CONTEXT, language) == []


@pytest.mark.parametrize("word", ["commited", "begining", "prefered", "arguement", "occured", "managment",
                                  "refered", "truely"])
def test_a_common_misspelling_is_not_taken_for_a_derived_word(word: str, language: Language) -> None:
    text = GOOD.replace("Quixotiq.\n", f"Quixotiq. It {word} me.\n")
    assert [(f.rule, text[f.start:f.end]) for f in check(text, CONTEXT, language=language)] == [("spelling", word)]


def test_a_misspelling_under_a_long_finding_is_still_found(language: Language) -> None:
    text = GOOD.replace("even more interested in joining", "with a beleive of")  # missing-interest spans this
    assert sorted(rules(text, CONTEXT, language)) == ["missing-interest", "spelling"]


def test_a_message_in_another_language_gets_one_finding_not_dozens(language: Language) -> None:
    spanish = ("Estimada Sra. García,\n\nMuchas gracias por la entrevista del jueves para el puesto de ingeniera "
               "de datos. Disfruté mucho nuestra conversación sobre la migración de los procesos nocturnos y "
               "sigo muy interesada en el equipo.\n\nSaludos cordiales,\nAlex Rivera\n")
    found = [f for f in check(spanish, language=language) if f.rule == "spelling"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert found[0].message.endswith("the spelling and grammar check reads English only")


def test_capitals_shout_only_when_they_are_words(language: Language) -> None:
    text = GOOD.replace("Quixotiq.\n", "Quixotiq. We ran COBOL and MATLAB on NVIDIA GPU nodes. I REALLY liked it.\n")
    assert [text[f.start:f.end] for f in check(text, CONTEXT, language=language)] == ["REALLY"]


def test_the_interviews_own_words_are_never_findings(language: Language) -> None:
    own = replace(CONTEXT, company="TK Elevator", role="RN Case Manager", interviewers=("Ty Burrell",),
                  recipient=Recipient("Ty Burrell", "ty@tk.example", "Ty Burrell"), recipient_title=None,
                  topics=("the ASAP delivery program", "detecting unfair bias"), other_roles=("Manager",),
                  other_companies=("Next",))
    text = ("To: Ty Burrell <ty@tk.example>\nSubject: Thank you: RN Case Manager interview\n\nHi Ty,\n\n"
            "Thank you for our conversation about the ASAP delivery program and detecting unfair bias. I am very "
            "interested in the RN Case Manager role at TK Elevator, and I look forward to the next steps.\n\n"
            "Best regards,\nAlex Rivera\n")
    assert check(text, own, language=language) == []


@pytest.mark.parametrize(("kind", "text", "rule"), [
    ("thank-you", GOOD.replace("Thank you for meeting", "I met"), "missing-thanks"),
    ("rejection-reply", GOOD.replace("Thank you for meeting", "I met"), "missing-thanks"),
    ("thank-you", GOOD.replace("our conversation about the\nmove from Airflow to Dagster", "the interview"),
     "missing-personal-touch"),
    ("thank-you", GOOD.replace("even more interested in joining", "with a good view of"), "missing-interest"),
    ("thank-you", GOOD.replace("Dear Ms. Whitfield,\n\n", ""), "structure"),
    ("thank-you", GOOD.replace("Best regards,\nAlex Rivera\n", "Alex\n"), "structure"),
    ("thank-you", GOOD.replace("Best regards,\nAlex Rivera\n", "Best regards,\nSam\n"), "structure"),
    ("thank-you", GOOD.replace("Subject: Thank you for Thursday's interview\n", ""), "subject"),
])
def test_what_a_kind_of_message_needs(kind: str, text: str, rule: str) -> None:
    assert text != GOOD
    assert rules(text, replace(CONTEXT, kind=kind)) == [rule]
    if rule.startswith("missing-"):
        assert rules(text, None) == []  # without context nothing is known to be missing


def test_too_long_points_at_the_first_word_over_the_limit() -> None:
    text = GOOD.replace("Quixotiq.\n", "Quixotiq. " + "More words here. " * 70 + "\n")
    (finding,) = check(text, CONTEXT)
    prose = text.split("Dear Ms. Whitfield,\n\n", 1)[1].split("\n\nBest regards,")[0].split()
    assert finding.rule == "too-long"
    assert finding.message.startswith(f"{len(prose)} words; a thank-you reads best in 200 or fewer")
    assert text[finding.start:finding.end].startswith(prose[200].strip(".,"))
    assert text[finding.start:finding.end].endswith("More words here")
    assert rules(text, CONTEXT, policy=replace(CheckSettings().policy, thank_you_max_words=300)) == []


def test_timing_an_early_or_one_inquiry_too_many() -> None:
    inquiry = replace(CONTEXT, kind="status-inquiry", now=at("2026-11-26 10:00"))
    text = GOOD.replace("Thank you for meeting", "Thank you again for meeting")
    assert rules(text, replace(inquiry, inquiry_opens=at("2026-11-25 09:00"))) == []
    assert rules(text, replace(inquiry, inquiry_opens=at("2026-12-04 09:00"))) == ["timing"]
    assert rules(text, replace(inquiry, inquiries_sent=1, max_inquiries=2)) == []
    (late,) = check(text, replace(inquiry, inquiries_sent=2, max_inquiries=2))
    assert late.message.startswith("this would be inquiry 3")


def test_an_early_inquiry_is_told_what_it_waits_for() -> None:
    """Only the first inquiry waits for their timeline; a second waits for the gap after the first."""
    inquiry = replace(CONTEXT, kind="status-inquiry", now=at("2026-11-26 10:00"), inquiry_opens=at("2026-12-04 09:00"))
    text = GOOD.replace("Thank you for meeting", "Thank you again for meeting")
    for rule, why in [("inquiry-after-timeline", "their own timeline has not passed yet"),
                      ("inquiry-again", "it is too soon after the previous inquiry"),
                      ("inquiry-no-timeline", "it is too soon after the interview"), (None, "it is too soon to ask")]:
        (early,) = check(text, replace(inquiry, inquiry_rule=rule))
        assert early.message == f"{why}: wait until Fri 4 Dec", rule


def test_a_first_line_that_is_not_a_greeting_is_not_read_as_one() -> None:
    text = GOOD.replace("Dear Ms. Whitfield,", "To follow up on Thursday, thank you again.")
    assert rules(text) == ["structure"]
    assert rules(GOOD.replace("Dear Ms. Whitfield,", "To whom it may concern,")) == ["name-mismatch"]


def test_severity_can_be_raised_lowered_or_turned_off() -> None:
    text = GOOD.replace("Dear Ms. Whitfield,", "Hey Dana,").replace("Quixotiq.\n", "Quixotiq [Company].\n")
    assert [(f.rule, f.severity) for f in check(text, CONTEXT)] == [("informal", "warning"),
                                                                     ("placeholder", "error")]
    raised = CheckSettings(severity={"informal": "error", "placeholder": "off"})
    assert [(f.rule, f.severity) for f in check(text, CONTEXT, raised)] == [("informal", "error")]


@pytest.mark.parametrize(("text", "message"), [
    ("", "text: expected a message to check (it is empty)"),
    ("  \n\n ", "text: expected a message to check (it is empty)"),
    ("a\x00b", "text: expected a text message (it holds binary data)"),
    ("word " * 30_000, "text: expected a message of at most 100,000 characters, got 150,000"),
])
def test_bad_text_is_refused_with_a_message(text: str, message: str) -> None:
    with pytest.raises(FollowupError) as caught:
        check(text)
    assert caught.value.message == message


# -- the labelled corpus ----------------------------------------------------------------------------------------
CASES = [case for _, folder in corpus.SETS for case in corpus.cases(folder)]


def test_the_corpus_is_large_and_covers_every_rule() -> None:
    from followup.core.check import RULES

    assert len(CASES) >= 200
    assert all(sum(rule in case.expect for case in CASES) >= 3 for rule in RULES)
    assert sum(not case.expect for case in CASES) >= 60
    assert {case.dialect for case in CASES} >= {"american", "british", "canadian", "australian", "indian"}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_corpus_email_gets_the_findings_it_is_labelled_with(case: corpus.Case,
                                                                 request: pytest.FixtureRequest) -> None:
    if case.name in corpus.KNOWN_MISSES:  # strict: passing it by chance fails too, so the list stays true
        request.applymarker(pytest.mark.xfail(reason=corpus.KNOWN_MISSES[case.name], strict=True))
    found = check(case.text, case.context, language=shared_language(case.dialect))
    assert {f.rule for f in found} == case.expect, [(f.rule, f.message) for f in found]
    for rule, flagged in case.spans:
        start = case.text.index(flagged)
        end = start + len(flagged)
        assert any(f.rule == rule and f.start < end and start < f.end for f in found), (rule, flagged, found)


def test_the_check_meets_its_targets_on_every_labelled_email(language: Language) -> None:
    """At most 1% of clean emails get any finding; every rule finds at least 90% of the emails labelled with
    it; the table in docs/checks.md is what this measures."""
    results = [result for _, folder in corpus.SETS for result in corpus.run(language, folder)]
    clean = [found for case, found in results if not case.expect]
    assert sum(bool(found) for found in clean) <= 0.01 * len(clean)
    for rule in corpus.RULES:
        labelled = [found for case, found in results if rule in case.expect]
        assert sum(any(f.rule == rule for f in found) for found in labelled) >= 0.9 * len(labelled), rule
    text = corpus.DOC.read_text(encoding="utf-8")
    assert corpus.rewrite(text, corpus.report(language)) == text


# -- every draft followup writes passes ------------------------------------------------------------------------
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_draft_of_every_example_passes_the_check(service: Service, example: Path) -> None:
    drafts = example_drafts(service, example)
    assert len(drafts) >= 8
    for draft in drafts:
        found = service.check_draft(draft.id or 0)[1]
        assert found == [], (draft.kind, draft.channel, draft.text, found)


PEOPLE = [{"name": "Dana Whitfield", "title": "Ms.", "email": "dana@next.example", "topics": ["the Snowflake move"]},
          {"name": "Kim Min-jun", "email": "minjun@next.example"},
          {"name": "Ty Burrell", "email": "ty@next.example", "department": "R&D: Platform"},
          {"email": "talent@next.example", "department": "Talent"}]
SHAPES = {
    "formal panel": {"interviewers": PEOPLE},
    "casual panel": {"interviewers": PEOPLE, "culture": "casual", "phone_encouraged": True,
                     "mailing_address": "1 Main St"},
    "one person, no title": {"interviewers": [{"name": "Priya", "email": "priya@next.example"}]},
    "nobody named": {"department": "Data Platform"},
    "concern without answer": {"interviewers": PEOPLE[:1], "concerns": ["my limited GAAP background"]},
}


@pytest.mark.parametrize("day", ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19"])  # every variant
@pytest.mark.parametrize("shape", SHAPES)
def test_every_draft_passes_the_check_whatever_the_interview(service: Service, shape: str, day: str) -> None:
    service.add({"company": "Clear", "role": "Analyst", "when": "2026-11-10T10:00"})  # also talking to Clear
    service.add({"company": "Snowflake", "role": "Data Engineer II", "when": "2026-11-11T10:00"})
    data = {"company": "Next", "role": "QA Lead", "when": f"{day}T14:00", "timezone": "America/New_York",
            "decision_timeline": "within two weeks", "topics": ["The release train.", "flaky test triage"],
            "goals": ["To cut release time in half"], **SHAPES[shape]}
    for draft in life_drafts(service, data):
        found = service.check_draft(draft.id or 0)[1]
        # the one question the check asks of a finished draft (issue 11): a person greeted by full name beside
        # colleagues greeted by title, with no title on record to use; the `draft` hint asks it too
        asked = [f for f in found if f.rule == "no-title"
                 and any(g.kind == "no-title" for g in service.draft_gaps(draft_interview(service), {draft.kind},
                                                                          draft.to))]
        assert [f for f in found if f not in asked] == [], (draft.kind, draft.channel, draft.text, found)


def draft_interview(service: Service) -> int:
    """The id of the interview the test drafts for (the last one added)."""
    return max(view.interview.id or 0 for view in service.list_interviews())


def test_a_draft_checked_against_its_interview_catches_another_company(service: Service) -> None:
    service.add({"company": "Northwind Logistics", "role": "Analytics Engineer", "when": "2026-11-10T10:00"})
    view = service.add({"company": "Quixotiq", "role": "Data Engineer", "when": "2026-11-19T14:00",
                        "topics": ["streaming"], "interviewers": [{"name": "Dana Whitfield",
                                                                   "email": "dana@q.example"}]})
    ident = view.interview.id or 0
    later = replace(service, now=view.interview.ends + timedelta(hours=2))
    (draft,) = later.draft(ident)
    text = draft.text.replace("Quixotiq", "Northwind Logistics", 1)
    assert [f.rule for f in later.check_text(text, ident)] == ["company-mismatch"]
    edited = later.save_draft_text(ident, draft, text)
    assert [f.rule for f in later.check_draft(edited.id or 0)[1]] == ["company-mismatch"]


# -- the command line --------------------------------------------------------------------------------------
def test_check_command_prints_findings_like_a_linter(run: Runner, tmp_path: Path) -> None:
    message = tmp_path / "note.txt"
    message.write_text(GOOD.replace("Thursday about", "[day] about").replace("Dear", "Hey"), encoding="utf-8")
    result = run("check", str(message))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{message}:4:1: warning informal 'Hey' is an informal greeting (suggestion: 'Dear ... or Hi ...')",
        f"{message}:6:34: error placeholder '[day]' is an unfilled slot: write the real words in its place"]
    data = json.loads(run("check", str(message), "--format", "json").stdout)
    text = message.read_text(encoding="utf-8")
    assert [text[f["start"]:f["end"]] for f in data["findings"]] == ["Hey", "[day]"]
    assert set(data["findings"][0]) == {"rule", "severity", "line", "column", "start", "end", "message",
                                        "suggestion"}
    clean = run("check", "-", input=GOOD)
    assert (clean.returncode, clean.stdout, clean.stderr) == (0, "", "No findings.\n")


def test_json_output_stays_json_whatever_harper_prints(run_installed: Runner) -> None:
    # harper-py 0.2 prints debugging lines to standard output for this phrase; they must not reach ours (Harper
    # writes to the file descriptor, so only a process of its own shows them)
    text = GOOD.replace("Quixotiq.\n", "Quixotiq. Looking forward to hear about the next steps.\n")
    result = run_installed("check", "-", "--format", "json", input=text)
    findings = json.loads(result.stdout)["findings"]
    assert [f["rule"] for f in findings] == ["grammar"] and result.returncode == 0


def test_check_a_stored_draft_and_a_file_against_an_interview(run: Runner, tmp_path: Path) -> None:
    run("add", "--file", "examples/interview.toml")
    run("add", "--company", "Northwind Logistics", "--role", "Analytics Engineer", "--when", "2026-11-18T10:00")
    drafts = json.loads(run("draft", "1", "--json").stdout)
    assert all(d["findings"] == [] for d in drafts)
    assert run("check", "--draft", str(drafts[0]["id"])).returncode == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(f"To: {drafts[0]['to']['email']}\nSubject: {drafts[0]['subject']}\n\n"
                     + drafts[0]["body"].replace("Quixotiq", "Northwind Logistics"), encoding="utf-8")
    result = run("check", str(wrong), "--interview", "1")
    assert result.returncode == 1
    assert " error company-mismatch 'Northwind Logistics' is the name of another company" in result.stdout


def test_check_bad_input_is_one_line_and_exit_2(run: Runner, tmp_path: Path) -> None:
    binary = tmp_path / "binary.bin"
    binary.write_bytes(bytes(range(256)) * 20)
    big = tmp_path / "big.txt"
    big.write_text("word " * 1_048_576)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    cases = [
        ((str(empty),), "error: text: expected a message to check (it is empty)"),
        ((str(binary),), "error: FILE: expected a UTF-8 text file (this one holds binary data)"),
        ((str(big),), "error: FILE: expected a message of at most 1,000 kB"),
        ((str(tmp_path / "missing.txt"),), "error: FILE: expected a readable file"),
        ((), "error: FILE: expected a file to check"),
        (("--draft", "9"), "error: draft: expected the id of a stored draft"),
        (("-", "--format", "xml"), "error: format: expected text or json"),
        (("-", "--kind", "thank-you"), "error: interview: expected an interview id"),
    ]
    for args, message in cases:
        result = run("check", *args, input=GOOD)
        assert (result.returncode, result.stdout) == (2, ""), (args, result)
        assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, (args, result.stderr)


def test_an_unknown_rule_in_the_config_is_refused(run: Runner) -> None:
    (run.home / "config.toml").write_text('[profile]\nname = "Alex Rivera"\n\n[checks]\n'
                                          'severity = { informl = "off", tone = "loud" }\n')
    result = run("check", "-", input=GOOD)
    assert result.returncode == 2
    assert "checks.severity.informl: unknown rule id (expected one of placeholder," in result.stderr
    assert "checks.severity.tone: expected one of error, warning, off, got 'loud'" in result.stderr
    assert result.stderr.count("\n") == 1


def test_draft_edit_exits_1_when_the_edited_draft_has_an_error(run: Runner, tmp_path: Path) -> None:
    run("add", "--file", "examples/interview.toml")
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\nsed -i 's/^Dear Ms. Whitfield,/Dear Ms. Whitfeld,/' \"$1\"\n")
    editor.chmod(0o755)
    edited = run("draft", "1", "--to", "Dana Whitfield", "--edit", EDITOR=str(editor), VISUAL="")
    assert edited.returncode == 1, edited.stderr
    assert "error name-mismatch 'Ms. Whitfeld' misspells Dana Whitfield's name" in edited.stderr
    as_json = run("draft", "1", "--to", "Dana Whitfield", "--edit", "--json", EDITOR="true", VISUAL="")
    assert as_json.returncode == 1 and json.loads(as_json.stdout)[0]["findings"][0]["rule"] == "name-mismatch"
    fine = tmp_path / "fine.sh"
    fine.write_text("#!/bin/sh\nsed -i 's/^Dear Ms. Whitfeld,/Dear Ms. Whitfield,/' \"$1\"\n")
    fine.chmod(0o755)
    assert run("draft", "1", "--to", "Dana Whitfield", "--edit", EDITOR=str(fine), VISUAL="").returncode == 0


# -- issue 12: false alarms and things let through -----------------------------------------------------------
BRITISH = GOOD.replace("I enjoyed our conversation", "I enjoyed hearing how the organisation is prioritising "
                       "the new centre and our conversation")


@pytest.mark.parametrize(("setting", "country", "dialect"), [
    ("auto", "GB", "british"), ("auto", "ie", "british"), ("auto", "NZ", "british"), ("auto", "ZA", "british"),
    ("auto", "AU", "australian"), ("auto", "CA", "canadian"), ("auto", "IN", "indian"), ("auto", "US", "american"),
    ("auto", "DE", "american"), ("american", "GB", "american"), ("british", "US", "british")])
def test_the_dialect_comes_from_the_country_unless_the_config_says(setting: str, country: str, dialect: str) -> None:
    from followup.adapters.grammar import dialect_for

    assert dialect_for(setting, country) == dialect


def test_british_spelling_is_right_in_british_english(language: Language) -> None:
    assert [f.suggestion for f in check(BRITISH, CONTEXT, language=language)] == ["organization", "prioritizing",
                                                                                  "center"]
    assert check(BRITISH, CONTEXT, language=shared_language("british")) == []


def test_the_service_spells_in_the_profiles_english(run: Runner) -> None:
    (run.home / "config.toml").write_text('[profile]\nname = "Alex Rivera"\ncountry = "GB"\n')
    assert run("check", "-", input=BRITISH).returncode == 0
    (run.home / "config.toml").write_text('[profile]\nname = "Alex Rivera"\ncountry = "GB"\n\n'
                                          '[checks]\ndialect = "american"\n')
    assert "spelling 'organisation' may be misspelt" in run("check", "-", input=BRITISH).stdout


@pytest.mark.parametrize("title", ["Principal", "Professor", "Coach", "Chef", "Pastor", "Rabbi", "Father", "Sister",
                                   "Captain", "Judge", "Senator", "Officer", "Sheriff", "Dean"])
def test_a_title_is_not_part_of_the_name(title: str) -> None:
    untitled = replace(CONTEXT, recipient_title=None)
    assert rules(GOOD.replace("Dear Ms. Whitfield", f"Dear {title} Whitfield"), untitled) == []
    assert rules(GOOD.replace("Dear Ms. Whitfield", f"Dear {title} Whitfeld"), CONTEXT) == ["name-mismatch"]


def test_a_title_with_the_full_name_is_a_seam_of_a_template() -> None:
    text = GOOD.replace("Dear Ms. Whitfield", "Dear Ms. Dana Whitfield")
    (finding,) = check(text, CONTEXT)
    assert (finding.rule, finding.severity, finding.suggestion) == ("name-mismatch", "warning", "Ms. Whitfield")


def test_an_inquiry_needs_interest_but_no_thanks() -> None:
    inquiry = replace(CONTEXT, kind="status-inquiry")
    text = GOOD.replace("Thank you for meeting with me", "I met you")
    assert rules(text, inquiry) == []
    assert rules(text, CONTEXT) == ["missing-thanks"]
    uninterested = text.replace("even more interested in joining", "with a good view of")
    assert rules(uninterested, inquiry) == ["missing-interest"]


@pytest.mark.parametrize("said", ["If any similar positions open, I would be glad to be considered.",
                                  "I would love to be part of what you are building.",
                                  "Count me in for the next opening.", "I would still like very much to join."])
def test_interest_said_in_other_words(said: str) -> None:
    text = GOOD.replace("and I came away even more interested in joining Quixotiq.", said)
    assert rules(text.replace("Data Engineer role. I", "Data Engineer role.\nI")) == []
    assert rules(GOOD.replace("and I came away even more interested in joining Quixotiq.", "and it was good.")
                 ) == ["missing-interest"]


@pytest.mark.parametrize(("typo", "fix"), [("tiem", "time"), ("hering", "hearing"), ("thankyou", "thank you"),
                                           ("writting", "writing"), ("untill", "until"), ("recieve", "receive")])
def test_a_typo_is_spelling_with_the_fix_you_would_send(typo: str, fix: str, language: Language) -> None:
    text = GOOD.replace("Quixotiq.\n", f"Quixotiq. It was worth the {typo} today.\n")
    (finding,) = check(text, CONTEXT, language=language)
    assert (finding.rule, finding.severity, text[finding.start:finding.end], finding.suggestion) == (
        "spelling", "error", typo, fix)


def test_a_rare_term_is_not_taken_for_two_words(language: Language) -> None:
    text = GOOD.replace("Quixotiq.\n", "Quixotiq. The confocal images were sharp.\n")
    assert check(text, CONTEXT, language=language) == []


@pytest.mark.parametrize(("typed", "name"), [("tuesday", "Tuesday"), ("april", "April")])
def test_a_day_or_month_in_lower_case(typed: str, name: str, language: Language) -> None:
    text = GOOD.replace("on Thursday about", f"on {typed} about")
    (finding,) = check(text, CONTEXT, language=language)
    assert (finding.rule, text[finding.start:finding.end], finding.suggestion) == ("spelling", typed, name)


@pytest.mark.parametrize(("sentence", "flagged", "severity"), [
    ("I guess ten years of experience doesn't count for much these days.",
     "I guess ten years of experience doesn't count for much these days", "warning"),
    ("Frankly, I was disappointed by how disorganized the process was.",
     "Frankly, I was disappointed by how disorganized the process was", "warning"),
    ("I suppose silence is its own answer.", "I suppose silence is its own answer", "warning"),
    ("Thanks for finally getting back to me.", "Thanks for finally getting back to me", "warning"),
    ("Must be nice to take a month to reply.", "Must be nice to take a month to reply", "warning"),
    ("You made the wrong decision, but your loss.", "You made the wrong decision", "error"),
])
def test_bitterness_sarcasm_complaint_and_passive_aggression(sentence: str, flagged: str, severity: str) -> None:
    text = GOOD.replace("Quixotiq.\n", f"Quixotiq. {sentence}\n")
    found = check(text, CONTEXT)
    assert {f.rule for f in found} == {"tone"}
    assert (text[found[0].start:found[0].end], found[0].severity) == (flagged, severity)


@pytest.mark.parametrize(("change", "flagged", "suggestion", "context"), [
    (("the\nmove from Airflow", "the a/B tests and the\nmove from Airflow"), "a/B", "A/B", CONTEXT),
    (("about the Data Engineer role", "about the Data Engineer role at University of Leeds"),
     "at University", "at the University", CONTEXT),
    (("on Thursday about", "on 14 March, 2026 about"), "14 March,", "14 March 2026", CONTEXT),
    (("Thank you for meeting with me", "Thank you for my day at your office"), "my day at your office", None,
     replace(CONTEXT, interview_format="video")),
    (("I enjoyed our conversation", "I enjoyed her team's take and our conversation"), "her team's", "your team's",
     CONTEXT),
])
def test_the_seams_a_template_or_a_hurry_leaves(change: tuple[str, str], flagged: str, suggestion: str | None,
                                               context: CheckContext) -> None:
    text = GOOD.replace(*change)
    assert text != GOOD
    (finding,) = check(text, context)
    assert (finding.rule, text[finding.start:finding.end], finding.suggestion) == ("seam", flagged, suggestion)
    assert check(text, replace(context, interview_format="on-site")) == [] or "office" not in flagged


def test_a_line_break_in_the_subject() -> None:
    text = GOOD.replace("Subject: Thank you for Thursday's", "Subject: Thank you for\tThursday's")
    (finding,) = check(text, CONTEXT)
    assert (finding.rule, finding.suggestion) == ("subject", "Thank you for Thursday's interview")


# -- issue 12: the same sentence sent to two people on one panel -------------------------------------------------
COPIED = "Your story about replaying a whole day of orders before each release stayed with me."
PANEL = [{"name": "Dana Whitfield", "email": "dana@q.example", "topics": ["streaming"]},
         {"name": "Kim Min-jun", "email": "minjun@q.example", "topics": ["release testing"]}]


def _panel_drafts(service: Service) -> tuple[Service, int, dict[str, Draft]]:
    view = service.add({"company": "Quixotiq", "role": "Data Engineer", "when": "2026-11-19T14:00",
                        "interviewers": PANEL})
    ident = view.interview.id or 0
    later = replace(service, now=view.interview.ends + timedelta(hours=2))
    drafts = {d.to.key: d for d in later.draft(ident, "thank-you") if d.channel == "email"}
    return later, ident, drafts


def _note(name: str, line: str) -> str:
    """A note whose stock lines differ from person to person, as the project's own drafts do."""
    interest = {"Dana": "I would love to join the data team at Quixotiq.",
                "Min-jun": "I am still very keen on the Data Engineer role."}[name]
    return (f"Dear {name},\n\nThank you for meeting me on Thursday, {name}. {line}\n\n{interest}\n\n"
            "Best regards,\nAlex Rivera\n")


def _same(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.rule == "same-as-panel"]


def test_a_sentence_copied_into_another_panel_members_note_is_found(service: Service) -> None:
    later, ident, drafts = _panel_drafts(service)
    dana = later.save_draft_text(ident, drafts["dana@q.example"], _note("Dana", COPIED))
    kim = later.save_draft_text(ident, drafts["minjun@q.example"], _note("Min-jun", "Your point about streaming "
                                                                         "joins changed how I think about the role. "
                                                                         + COPIED.upper().replace(" ", "  ", 2)))
    draft, found = later.check_draft(kim.id or 0)
    (finding,) = _same(found)
    assert draft.text[finding.start:finding.end] == COPIED.upper().replace(" ", "  ", 2)
    assert finding.severity == "warning" and "your note to Dana Whitfield" in finding.message
    (back,) = _same(later.check_draft(dana.id or 0)[1])
    assert dana.text[back.start:back.end] == COPIED and "your note to Kim Min-jun" in back.message
    # a file checked against the interview, for one of the panel: compared with the others' drafts only
    text = _note("Min-jun", COPIED)
    (as_file,) = _same(later.check_text(text, ident, "thank-you", "minjun@q.example"))
    assert text[as_file.start:as_file.end] == COPIED and "your note to Dana Whitfield" in as_file.message
    mine = _same(later.check_text(_note("Dana", COPIED), ident, "thank-you", "dana@q.example"))
    assert [f.message for f in mine] == [back.message]


def test_distinct_panel_notes_and_a_draft_alone_are_not_findings(service: Service) -> None:
    later, ident, drafts = _panel_drafts(service)
    dana = later.save_draft_text(ident, drafts["dana@q.example"], _note("Dana", COPIED))
    kim = later.save_draft_text(ident, drafts["minjun@q.example"], _note("Min-jun", "Your point about release "
                                                                         "testing changed how I think about QA."))
    # the two notes share their greeting word, a short thanks and a sign-off: none of that counts
    assert _same(later.check_draft(kim.id or 0)[1]) == [] and _same(later.check_draft(dana.id or 0)[1]) == []
    # never compared with itself, nor with a note of another kind to someone else
    later.save_draft_text(ident, replace(drafts["minjun@q.example"], kind="late-thank-you", id=None),
                          _note("Min-jun", COPIED))
    assert _same(later.check_draft(dana.id or 0)[1]) == []
    assert _same(later.check_text(_note("Dana", COPIED), ident, "thank-you", "dana@q.example")) == []


def test_the_command_line_names_the_panel_member_whose_note_has_the_sentence(run: Runner, tmp_path: Path) -> None:
    run("add", "--file", "examples/interview.toml")
    editor = tmp_path / "editor.sh"
    editor.write_text(f"#!/bin/sh\nsed -i '/^Dear /a {COPIED}' \"$1\"\n")
    editor.chmod(0o755)
    first = run("draft", "1", "--to", "Dana Whitfield", "--edit", EDITOR=str(editor), VISUAL="")
    assert first.returncode == 0 and "same-as-panel" not in first.stdout + first.stderr
    second = run("draft", "1", "--to", "siobhan@quixotiq.example", "--edit", "--json", EDITOR=str(editor),
                 VISUAL="")
    (siobhan,) = json.loads(second.stdout)
    assert [f["rule"] for f in siobhan["findings"]] == ["same-as-panel"]
    result = run("check", "--draft", str(siobhan["id"]))
    assert result.returncode == 0
    assert " warning same-as-panel " in result.stdout and "your note to Dana Whitfield" in result.stdout
    dana = next(d for d in json.loads(run("draft", "1", "--json").stdout) if d["to"]["name"] == "Dana Whitfield")
    note = tmp_path / "dana.txt"
    note.write_text(f"To: {dana['to']['email']}\nSubject: {dana['subject']}\n\n{dana['body']}", encoding="utf-8")
    against = run("check", str(note), "--interview", "1", "--to", dana["to"]["email"])
    assert against.returncode == 0 and "your note to Siobhán Ní Bhriain" in against.stdout
    line = next(n for n, text in enumerate(note.read_text(encoding="utf-8").splitlines(), 1) if text == COPIED)
    assert f"{note}:{line}:1: warning same-as-panel " in against.stdout
