"""A mail account from the config's [smtp] table, and its password, which followup never stores or writes:
it comes from a command (as aerc and himalaya do) or an environment variable, each time it is needed."""

from __future__ import annotations

import os
import shlex
import subprocess
from dataclasses import dataclass
from typing import Any

from ..core.errors import ConfigError, FollowupError

SECURITIES = ("ssl", "starttls", "none")
DEFAULT_PORTS = {"smtp": {"ssl": 465, "starttls": 587, "none": 25}, "imap": {"ssl": 993, "starttls": 143, "none": 143}}
IMAP_FIELDS = {
    "inbox": "The folder replies arrive in [default: INBOX].",
    "sent": "The folder your sent mail is kept in [default: Sent].",
    "copy_to_sent": "true to put a copy of each message followup sends in that folder (Gmail does it itself).",
    "server_keeps_sent": "true when the server files what you send over SMTP in the Sent folder by itself "
                         "(Gmail does): then a message not found there after a broken connection is sent again.",
}
FIELDS = {
    "host": "The SMTP server, such as smtp.gmail.com.",
    "port": "Its port [default: 465 with ssl, 587 with starttls].",
    "security": "ssl (TLS from the start), starttls, or none (only with insecure = true).",
    "username": "The login name, usually your email address.",
    "password_command": "A command that prints the password, such as \"pass show mail/gmail\".",
    "password_env": "Or: the environment variable that holds the password.",
    "from": "The address to send from [default: the profile's email].",
    "ca_file": "A certificate file to trust, for a server with its own certificate authority.",
    "insecure": "true to allow logging in without encryption (never needed with a real provider).",
    "timeout": "Seconds to wait for the server [default: 30].",
}


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

    def password(self) -> str | None:
        """The password, fetched now; None when the account logs in without one."""
        if self.password_command:
            try:
                done = subprocess.run(shlex.split(self.password_command), capture_output=True, text=True,
                                      timeout=60, check=False)
            except ValueError as error:
                raise FollowupError(f"{self.section}.password_command: expected a command line ({error})") from None
            except (OSError, subprocess.TimeoutExpired) as error:
                raise FollowupError(f"{self.section}.password_command: expected a command that prints the password "
                                    f"({type(error).__name__})") from None
            if done.returncode != 0 or not done.stdout.strip():
                raise FollowupError(f"{self.section}.password_command: expected a command that prints the password "
                                    f"(it exited with {done.returncode} and printed nothing usable)")
            return next(line for line in done.stdout.splitlines() if line.strip())
        if self.password_env:
            value = os.environ.get(self.password_env)
            if not value:
                raise FollowupError(f"{self.section}.password_env: expected the environment variable "
                                    f"{self.password_env} to hold the password (it is not set)")
            return value
        return None


def parse_account(table: dict[str, Any], section: str, profile_email: str | None,
                  problems: list[str]) -> Account | None:
    """The [smtp] or [imap] table, every problem collected; None when there is no table."""
    if not table:
        return None
    known = {**FIELDS, **(IMAP_FIELDS if section == "imap" else {})}
    if section == "imap":
        known.pop("from")
    for key in sorted(set(table) - set(known)):
        problems.append(f"{section}.{key}: unknown setting (expected one of {', '.join(known)})")

    def text(key: str) -> str | None:
        value = table.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            problems.append(f"{section}.{key}: expected text, got {value!r}")
            return None
        return value.strip() if isinstance(value, str) else None

    def flag(key: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            problems.append(f"{section}.{key}: expected true or false, got {value!r}")
            return False
        return value

    host, security = text("host"), text("security") or "ssl"
    if host is None:
        problems.append(f"{section}.host: expected the {section.upper()} server's name, such as "
                        f"{section}.gmail.com")
    if security not in SECURITIES:
        problems.append(f"{section}.security: expected one of {', '.join(SECURITIES)}, got {security!r}")
        security = "ssl"
    port = table.get("port", DEFAULT_PORTS[section][security])
    if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
        problems.append(f"{section}.port: expected a port from 1 to 65535, got {port!r}")
        port = DEFAULT_PORTS[section][security]
    insecure = flag("insecure")
    if security == "none" and not insecure:
        problems.append(f"{section}.security: none sends your password unencrypted; set insecure = true to allow it")
    timeout = table.get("timeout", 30)
    if not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or timeout <= 0:
        problems.append(f"{section}.timeout: expected a number of seconds, got {timeout!r}")
        timeout = 30
    command, env = text("password_command"), text("password_env")
    if command and env:
        problems.append(f"{section}.password_env: expected either password_command or password_env, not both")
    sender = text("from") or profile_email
    if sender is None and section == "smtp":
        problems.append("smtp.from: expected the address to send from (or an email in [profile])")
    if "password" in table:
        problems.append(f"{section}.password: followup never keeps a password in its files; use "
                        "password_command or password_env")
    return Account(section, host or "", port, security, text("username"), command, env, sender, text("ca_file"),
                   insecure, float(timeout), text("inbox") or "INBOX", text("sent") or "Sent", flag("copy_to_sent"),
                   flag("server_keeps_sent"))


def require(account: Account | None, section: str = "smtp") -> Account:
    if account is None:
        what = "to send mail" if section == "smtp" else "to read your inbox"
        raise ConfigError(f"{section}: expected an [{section}] table in the config {what} (see docs/mail.md)")
    return account
