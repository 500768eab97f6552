"""The config file, read through its sections: every kind of value, its default, and each problem in the words
the user sees (the same words before and after the sections were declared once)."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from followup.adapters.config import SECTIONS, Settings, load_settings, write_settings
from followup.core.check.settings import CheckSettings
from followup.core.errors import ConfigError
from followup.core.policy import Policy
from followup.core.settings import Section


def load(tmp_path: Path, text: str) -> Settings:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return load_settings(path, "America/New_York")


def problems(tmp_path: Path, text: str) -> tuple[str, ...]:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text)
    assert caught.value.message == f"config: {tmp_path / 'config.toml'}: " + "; ".join(caught.value.problems)
    return caught.value.problems


def test_an_empty_file_is_every_default(tmp_path: Path) -> None:
    settings = load(tmp_path, "")
    assert settings.profile.timezone == "America/New_York" and settings.profile.country == "US"
    assert settings.policy == Policy() and settings.checks == CheckSettings()
    assert (settings.smtp, settings.imap) == (None, None)


def test_values_are_read_as_followup_uses_them(tmp_path: Path) -> None:
    settings = load(tmp_path, "[profile]\nname = ' Alex '\nregion = ''\ncountry = 'GB'\n"
                              "[policy]\nsend_time = ' 09:30 '\nworkday_start = 08:00:00\nmax_inquiries = 3\n"
                              "[checks]\nwords = [' Grafana ', '', 'k8s']\ndialect = 'british'\n"
                              "[smtp]\nhost = ' smtp.x '\nsecurity = ' starttls '\nfrom = 'a@b.c'\ntimeout = 2.5\n"
                              "[imap]\nhost = 'imap.x'\ninbox = 'In'\ncopy_to_sent = true\n")
    assert (settings.profile.name, settings.profile.region, settings.profile.country) == ("Alex", None, "GB")
    assert (settings.policy.send_time, settings.policy.workday_start) == (time(9, 30), time(8, 0))
    assert settings.policy.max_inquiries == 3
    assert (settings.checks.words, settings.checks.dialect) == (("Grafana", "k8s"), "british")
    assert settings.smtp is not None and settings.imap is not None
    assert (settings.smtp.host, settings.smtp.security, settings.smtp.port) == ("smtp.x", "starttls", 587)
    assert (settings.smtp.sender, settings.smtp.timeout) == ("a@b.c", 2.5)
    assert (settings.imap.port, settings.imap.inbox, settings.imap.sent, settings.imap.copy_to_sent) == (
        993, "In", "Sent", True)


@pytest.mark.parametrize(("text", "expected"), [
    ("[profile]\nname = 3\n", "profile.name: expected text, got 3"),
    ("[profile]\nnmae = 'x'\n",
     "profile.nmae: unknown setting (expected one of name, email, phone, timezone, country, region)"),
    ("[policy]\nmax_inquiries = 'two'\n", "policy.max_inquiries: expected a whole number, got 'two'"),
    ("[policy]\nmax_inquiries = true\n", "policy.max_inquiries: expected a whole number, got True"),
    ("[policy]\nsend_time = '25:00'\n", "policy.send_time: expected a time of day as \"HH:MM\", got '25:00'"),
    ("[policy]\nfoo = 1\n", "policy.foo: unknown setting (see docs/config.md)"),
    ("[policy]\nmax_inquiries = 0\n", "policy.max_inquiries: expected 1 or more, got 0"),
    ("[policy]\nthank_you_due_hours = -1\n", "policy.thank_you_due_hours: expected a number of 0 or more, got -1"),
    ("[policy]\nlong_silence_days = 99999999999\n",
     "policy.long_silence_days: expected at most 36,500, got 99999999999"),
    ("[checks]\nfoo = 1\n", "checks.foo: unknown setting (expected severity, words or dialect; see docs/checks.md)"),
    ("[checks]\nseverity = 3\n", 'checks.severity: expected a table of rule ids, such as { informal = "error" }'),
    ("[checks]\nwords = ['a', 3]\n", "checks.words: expected a list of words, got ['a', 3]"),
    ("[checks]\ndialect = 5\n", "checks.dialect: expected one of auto, american, british, canadian, australian, "
                                "indian, got 5"),
    ("[smtp]\nhost = 'h'\nfrom = 'a@b'\nsecurity = ' tls '\n",
     "smtp.security: expected one of ssl, starttls, none, got 'tls'"),
    ("[smtp]\nhost = 'h'\nfrom = 'a@b'\nsecurity = ''\n", "smtp.security: expected text, got ''"),
    ("[smtp]\nhost = 'h'\nfrom = 'a@b'\nport = 0\n", "smtp.port: expected a port from 1 to 65535, got 0"),
    ("[smtp]\nhost = 'h'\nfrom = 'a@b'\ntimeout = 0\n", "smtp.timeout: expected a number of seconds, got 0"),
    ("[smtp]\nhost = 'h'\nfrom = 'a@b'\ninsecure = 'yes'\n", "smtp.insecure: expected true or false, got 'yes'"),
    ("[smtp]\nhost = 'h'\nfrom = 'a@b'\ninbox = 'x'\n",
     "smtp.inbox: unknown setting (expected one of host, port, security, username, password_command, "
     "password_env, oauth2_token_command, from, ca_file, insecure, timeout)"),
    ("[imap]\nhost = 'h'\nfrom = 'a@b'\n",
     "imap.from: unknown setting (expected one of host, port, security, username, password_command, "
     "password_env, oauth2_token_command, ca_file, insecure, timeout, inbox, sent, copy_to_sent, server_keeps_sent)"),
    ("[smtp]\nhost = 'h'\n", "smtp.from: expected the address to send from (or an email in [profile])"),
    ("[imap]\nport = 143\n", "imap.host: expected the IMAP server's name, such as imap.gmail.com"),
    ("[smtp]\nhost = 'h'\nfrom = 'a@b'\npassword_command = 'c'\npassword_env = 'E'\n",
     "smtp.password_env: expected either password_command or password_env, not both"),
    ("polcy = 1\n", "polcy: unknown section (expected [profile], [policy], [checks], [smtp] or [imap])"),
])
def test_each_problem_is_named_in_the_users_words(tmp_path: Path, text: str, expected: str) -> None:
    assert problems(tmp_path, text) == (expected,)


def test_every_problem_is_reported_in_the_order_of_the_file_then_what_is_missing(tmp_path: Path) -> None:
    found = problems(tmp_path, "[smtp]\nport = true\nsecurity = 5\nfrom = ''\nhost = 7\n")
    assert found == ("smtp.port: expected a port from 1 to 65535, got True", "smtp.security: expected text, got 5",
                     "smtp.from: expected text, got ''", "smtp.host: expected text, got 7",
                     "smtp.host: expected the SMTP server's name, such as smtp.gmail.com",
                     "smtp.from: expected the address to send from (or an email in [profile])")


def test_a_refused_change_from_the_form_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[policy]\nmax_inquiries = 3\n")
    with pytest.raises(ConfigError, match="policy.send_time: expected a time of day"):
        write_settings(path, {"policy": {"send_time": "noon"}}, "UTC")
    assert path.read_text() == "[policy]\nmax_inquiries = 3\n"


@pytest.mark.parametrize("section", SECTIONS, ids=lambda section: section.name)
def test_every_setting_of_a_section_has_a_meaning_and_a_distinct_name(section: Section) -> None:
    assert len(set(section.names)) == len(section.names) and all(s.meaning.strip() for s in section.settings)
