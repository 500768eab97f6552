"""The installed `followup` command, end to end in a process of its own; and the in-process runner the other
command-line tests use, held to it: the same output, exit status and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mailserver
from conftest import ROOT, InstalledRunner, Runner

EXAMPLE = str(ROOT / "examples" / "interview.toml")
DANA = "dana.whitfield@quixotiq.example"


def test_the_installed_command_adds_the_example_and_says_what_is_due(run_installed: Runner) -> None:
    added = run_installed("add", "--file", EXAMPLE)
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Added interview #1.\n") and added.stderr == ""
    today = run_installed("today", "--json")
    assert today.returncode == 0, today.stderr
    steps = json.loads(today.stdout)["steps"]
    assert [(s["interview"], s["kind"]) for s in steps] == [(1, "thank-you")] * 3


def test_the_installed_command_refuses_bad_input_in_one_line(run_installed: Runner) -> None:
    result = run_installed("add", "--company", "A", "--role", "B", "--when", "2027-02-30T10:00")
    assert (result.returncode, "Traceback" in result.stderr) == (2, False)
    assert result.stderr.startswith("error: when: expected an ISO 8601") and result.stderr.count("\n") == 1
    assert json.loads(run_installed("list", "--json").stdout) == []


def test_the_installed_command_sends_with_a_password_command(run_installed: Runner, smtp_server: mailserver.MailServer,
                                                             tmp_path: Path) -> None:
    smtp_server.handler.received.clear()
    smtp_server.handler.fault = None
    helper = tmp_path / "pw.sh"
    helper.write_text(f"#!/bin/sh\necho '{mailserver.PASSWORD}'\n")
    helper.chmod(0o755)
    (run_installed.home / "config.toml").write_text(
        '[profile]\nname = "Alex Rivera"\nemail = "alex@example.test"\ntimezone = "America/New_York"\n'
        + smtp_server.config().replace('password_env = "FOLLOWUP_TEST_PASSWORD"', f'password_command = "{helper}"'))
    assert run_installed("add", "--file", EXAMPLE).returncode == 0
    result = run_installed("send", "1", "--to", DANA)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("sent: thank-you to Dana Whitfield")
    assert [m["To"].addresses[0].addr_spec for m in smtp_server.handler.received] == [DANA]
    assert mailserver.PASSWORD not in result.stdout + result.stderr


SESSIONS: dict[str, list[tuple[list[str], str | None]]] = {
    "help": [(["--help"], None), (["add", "--help"], None)],
    "add, plan, today": [(["add", "--file", EXAMPLE], None), (["plan", "1"], None), (["today"], None),
                         (["show", "1", "--json"], None)],
    "prompts": [(["add", "--json"], "\n".join([
        "Acme", "Analyst", "2027-02-30T10:00", "", "", "video", "", "within two weeks", "", "", "", "SQL; dbt",
        "", "", "", "y", "Ann Lee", "Ms.", "ann@acme.example", "", "", "n", "2026-11-18T10:00"]) + "\n"),
                (["delete", "1"], "n\n"), (["delete", "1"], "")],
    "errors": [(["plan", "42"], None), (["plan", "one"], None), (["no-such-command"], None),
               (["--now", "yesterday", "list"], None)],
}


@pytest.mark.parametrize("session", SESSIONS)
def test_in_process_runs_are_the_installed_commands(run: Runner, tmp_path: Path, session: str) -> None:
    (tmp_path / "installed").mkdir()
    installed = InstalledRunner(tmp_path / "installed")
    for args, answers in SESSIONS[session]:
        here, there = run(*args, input=answers), installed(*args, input=answers)
        assert (here.returncode, here.stdout, here.stderr) == (there.returncode, there.stdout, there.stderr), args


def test_a_bug_in_process_is_a_traceback_as_in_the_installed_command(run: Runner,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from followup.usecases.service import Service

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(Service, "today", broken)
    result = run("today")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("Traceback (most recent call last):\n")
    assert result.stderr.endswith("RuntimeError: a bug\n") and "error:" not in result.stderr


def test_a_warning_in_process_shows_on_standard_error_as_in_the_installed_command(
        run: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    import warnings

    from followup.usecases.service import Agenda, Service

    today = Service.today

    def warning(self: Service) -> Agenda:
        warnings.warn("something odd", UserWarning, stacklevel=1)
        return today(self)

    monkeypatch.setattr(Service, "today", warning)
    for _ in range(2):  # every run shows it, as every process would
        result = run("today")
        assert result.returncode == 0 and ": UserWarning: something odd\n" in result.stderr
