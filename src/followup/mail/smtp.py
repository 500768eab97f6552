"""Sending over SMTP, one step at a time so that a failure says which step failed (name lookup, connect,
TLS, login, sending) and whether the message may have gone out."""

from __future__ import annotations

import smtplib
import socket
import ssl
from email.message import EmailMessage

from .account import Account


class SendError(Exception):
    """Sending failed. `maybe_sent`: the connection broke while the server was taking the message, so it may
    have gone out; `permanent`: the server refused it for good (a 5xx answer)."""

    def __init__(self, step: str, detail: str, maybe_sent: bool = False, permanent: bool = False) -> None:
        super().__init__(f"{step}: {detail}")
        self.step, self.maybe_sent, self.permanent = step, maybe_sent, permanent


def _context(account: Account) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=account.ca_file)
    except OSError as error:
        raise SendError("TLS", f"smtp.ca_file: cannot read {account.ca_file} ({error.strerror})") from None


def connect(account: Account, password: str | None) -> smtplib.SMTP:
    """A logged-in connection, or SendError naming the step that failed."""
    try:
        socket.getaddrinfo(account.host, account.port)
    except socket.gaierror as error:
        raise SendError("name lookup", f"{account.host}: {error.strerror}") from None
    try:
        if account.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(account.host, account.port, timeout=account.timeout,
                                                    context=_context(account))
        else:
            client = smtplib.SMTP(account.host, account.port, timeout=account.timeout)
    except ssl.SSLError as error:
        raise SendError("TLS", f"{account.host}:{account.port}: {error.reason or error}") from None
    except (OSError, smtplib.SMTPException) as error:
        raise SendError("connect", f"{account.host}:{account.port}: {error}") from None
    try:
        client.ehlo()
        if account.security == "starttls":
            client.starttls(context=_context(account))
            client.ehlo()
    except ssl.SSLError as error:
        client.close()
        raise SendError("TLS", f"{account.host}:{account.port}: {error.reason or error}") from None
    except (OSError, smtplib.SMTPException) as error:
        client.close()
        raise SendError("TLS", f"{account.host}:{account.port}: {error}") from None
    if account.username:
        _login(client, account.username, password or "", account.oauth2_token_command is not None)
    return client


def _login(client: smtplib.SMTP, username: str, secret: str, oauth2: bool) -> None:
    """Log in with the password, or with XOAUTH2 and the access token; SendError("login") if refused."""
    try:
        if oauth2:
            _xoauth2(client, username, secret)
        else:
            client.login(username, secret)
    except smtplib.SMTPAuthenticationError as error:
        client.close()
        raise SendError("login", f"{username} was refused ({error.smtp_code})") from None
    except (OSError, smtplib.SMTPException) as error:
        client.close()
        raise SendError("login", str(error)) from None


def xoauth2_string(username: str, token: str) -> str:
    """The XOAUTH2 initial response (before base64), the same for SMTP and IMAP."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01"


def _xoauth2(client: smtplib.SMTP, username: str, token: str) -> None:
    """AUTH XOAUTH2 with the token as the initial response. A refused token gets a 334 with the server's
    reasons; the empty answer to it ends the exchange, and the server then says 535."""
    offered = client.esmtp_features.get("auth", "").upper().split()
    if "XOAUTH2" not in offered:
        raise smtplib.SMTPException(f"the server does not offer XOAUTH2 (it offers {' '.join(offered) or 'no AUTH'})")

    def answer(challenge: bytes | None = None) -> str:
        return xoauth2_string(username, token) if challenge is None else ""

    client.auth("XOAUTH2", answer, initial_response_ok=True)


def deliver(client: smtplib.SMTP, message: EmailMessage) -> None:
    """Hand one message over. After this returns, the server has accepted it."""
    try:
        refused = client.send_message(message)
    except smtplib.SMTPRecipientsRefused as error:
        codes = [code for code, _ in error.recipients.values()]
        raise SendError("sending", f"the server refused the recipient ({codes[0]})",
                        permanent=all(c >= 500 for c in codes)) from None
    except smtplib.SMTPResponseException as error:
        said = error.smtp_error if isinstance(error.smtp_error, str) else error.smtp_error.decode(errors="replace")
        raise SendError("sending", f"the server answered {error.smtp_code} {said[:200]}",
                        permanent=error.smtp_code >= 500) from None
    except (smtplib.SMTPServerDisconnected, OSError) as error:
        raise SendError("sending", f"the connection broke ({error or type(error).__name__})",
                        maybe_sent=True) from None
    except (smtplib.SMTPException, ValueError, UnicodeError) as error:  # refused before the message went
        raise SendError("sending", f"the server cannot take it ({type(error).__name__}: {error})",
                        permanent=True) from None
    if refused:
        raise SendError("sending", f"the server refused {', '.join(refused)}", permanent=True)
