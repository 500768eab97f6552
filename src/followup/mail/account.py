"""A mail account from the config's [smtp] or [imap] table (SMTP and IMAP declare their keys), and its password,
which followup never stores or writes: it comes from a command (as aerc and himalaya do) or an environment
variable, each time it is needed."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from typing import Any

from ..core.errors import ConfigError, FollowupError
from ..core.settings import Section, Setting, one_of

SECURITIES = ("ssl", "starttls", "none")
DEFAULT_PORTS = {"smtp": {"ssl": 465, "starttls": 587, "none": 25}, "imap": {"ssl": 993, "starttls": 143, "none": 143}}


def _account_settings(section: str) -> tuple[Setting, ...]:
    """The keys of [smtp] or [imap]: the same server and login settings, [smtp] the sender, [imap] its folders."""
    ports = DEFAULT_PORTS[section]
    server = [
        Setting("host", "line", None, f"The {section.upper()} server, such as {section}.gmail.com.",
                default_text="none: required"),
        Setting("port", "port", None, "Its port.",
                default_text=f"`{ports['ssl']}` with `ssl`, `{ports['starttls']}` with `starttls`, "
                             f"`{ports['none']}` with `none`"),
        Setting("security", "line", "ssl", "`ssl` (TLS from the start), `starttls`, or `none`, which sends your "
                                           "password unencrypted and is refused unless `insecure = true`.",
                choices=SECURITIES),
        Setting("username", "line", None, "The login name, usually your email address."),
        Setting("password_command", "line", None, "A command that prints the password (its first "
                                                  "line is used), such as `pass show mail/gmail`."),
        Setting("password_env", "line", None, "Or: the environment variable that holds the password."),
        Setting("oauth2_token_command", "line", None, "Or, to log in with OAuth 2 (XOAUTH2) as Gmail and "
                                                      "Microsoft 365 want: a command that prints a fresh access "
                                                      "token, such as `oama access you@gmail.com`."),
    ]
    sender = [Setting("from", "line", None, "The address to send from.",
                      default_text="the profile's `email`")]
    rest = [
        Setting("ca_file", "line", None, "A certificate file to trust, for a server with its own certificate "
                                         "authority."),
        Setting("insecure", "flag", False, "`true` to allow logging in without encryption "
                                           "(never needed with a real provider)."),
        Setting("timeout", "seconds", 30, "Seconds to wait for the server."),
    ]
    folders = [
        Setting("inbox", "line", "INBOX", "The folder replies arrive in."),
        Setting("sent", "line", "Sent", "The folder your sent mail is kept in."),
        Setting("copy_to_sent", "flag", False, "`true` to put a copy of each message followup "
                                               "sends in that folder (Gmail does it itself)."),
        Setting("server_keeps_sent", "flag", False, "`true` when the server files what you send over SMTP in the "
                                                    "Sent folder by itself (Gmail does): then a message not found "
                                                    "there after a broken connection is sent again."),
    ]
    return tuple(server + sender + rest if section == "smtp" else server + rest + folders)


def _account_section(section: str) -> Section:
    settings = _account_settings(section)
    return Section(section, settings, one_of(settings))


# The [smtp] and [imap] tables.
SMTP = _account_section("smtp")
IMAP = _account_section("imap")
ACCOUNTS = {"smtp": SMTP, "imap": IMAP}


class MailError(FollowupError):
    """A mail server could not be used: loud (exit 1), and not a typing error of the user's."""

    exit_code = 1


@dataclass(frozen=True)
class Account:
    section: str  # "smtp" or "imap"
    host: str
    port: int
    security: str
    username: str | None
    password_command: str | None
    password_env: str | None
    sender: str | None
    ca_file: str | None
    insecure: bool
    timeout: float
    inbox: str = "INBOX"
    sent: str = "Sent"
    copy_to_sent: bool = False
    server_keeps_sent: bool = False
    oauth2_token_command: str | None = None  # set: log in with XOAUTH2, the token from this command

    def password(self) -> str | None:
        """What to log in with, fetched now: the password, or (with oauth2_token_command) an OAuth 2 access
        token; None when the account logs in without one."""
        if self.oauth2_token_command:
            return _first_line(self.oauth2_token_command, f"{self.section}.oauth2_token_command", "an access token")
        if self.password_command:
            return _first_line(self.password_command, f"{self.section}.password_command", "the password")
        if self.password_env:
            value = os.environ.get(self.password_env)
            if not value:
                raise FollowupError(f"{self.section}.password_env: expected the environment variable "
                                    f"{self.password_env} to hold the password (it is not set)")
            return value
        return None


def _first_line(command: str, key: str, what: str) -> str:
    """The first non-blank line `command` prints, or a one-line error naming `key`."""
    import shlex  # here: only a password_command needs it

    try:
        done = subprocess.run(shlex.split(command), capture_output=True, text=True, timeout=60, check=False)
    except ValueError as error:
        raise FollowupError(f"{key}: expected a command line ({error})") from None
    except (OSError, subprocess.TimeoutExpired) as error:
        raise FollowupError(f"{key}: expected a command that prints {what} ({type(error).__name__})") from None
    if done.returncode != 0 or not done.stdout.strip():
        raise FollowupError(f"{key}: expected a command that prints {what} (it exited with {done.returncode} and "
                            "printed nothing usable)")
    return next(line for line in done.stdout.splitlines() if line.strip()).strip()


def parse_account(table: dict[str, Any], section: str, profile_email: str | None,
                  problems: list[str]) -> Account | None:
    """The [smtp] or [imap] table, every problem collected; None when there is no table."""
    if not table:
        return None
    values = ACCOUNTS[section].defaults() | ACCOUNTS[section].read(table, problems)
    values["port"] = values["port"] or DEFAULT_PORTS[section][values["security"]]
    values["from"] = values.get("from") or profile_email
    problems += _account_problems(section, table, values)
    return Account(section, values["host"] or "", values["port"], values["security"], values["username"],
                   values["password_command"], values["password_env"], values["from"], values["ca_file"],
                   values["insecure"], float(values["timeout"]), values.get("inbox", "INBOX"),
                   values.get("sent", "Sent"), values.get("copy_to_sent", False),
                   values.get("server_keeps_sent", False), values["oauth2_token_command"])


def _account_problems(section: str, table: dict[str, Any], values: dict[str, Any]) -> list[str]:
    """What is missing or unsafe in an account whose every value has the right type."""
    problems = []
    if values["host"] is None:
        problems.append(f"{section}.host: expected the {section.upper()} server's name, such as "
                        f"{section}.gmail.com")
    if values["security"] == "none" and not values["insecure"]:
        problems.append(f"{section}.security: none sends your password unencrypted; set insecure = true to allow it")
    if values["password_command"] and values["password_env"]:
        problems.append(f"{section}.password_env: expected either password_command or password_env, not both")
    if values["oauth2_token_command"] and (values["password_command"] or values["password_env"]):
        problems.append(f"{section}.oauth2_token_command: expected either a password (password_command, "
                        "password_env) or oauth2_token_command, not both")
    if values["oauth2_token_command"] and not values["username"]:
        problems.append(f"{section}.username: expected the login name that goes with oauth2_token_command, "
                        "usually your email address")
    if values["from"] is None and section == "smtp":
        problems.append("smtp.from: expected the address to send from (or an email in [profile])")
    if "password" in table:
        problems.append(f"{section}.password: followup never keeps a password in its files; use "
                        "password_command or password_env")
    return problems


def require(account: Account | None, section: str = "smtp") -> Account:
    if account is None:
        what = "to send mail" if section == "smtp" else "to read your inbox"
        raise ConfigError(f"{section}: expected an [{section}] table in the config {what} (see docs/mail.md)")
    return account
