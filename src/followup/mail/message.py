"""The message that goes out: MIME with a Message-ID and a Date, threaded to the earlier message to the same
person (In-Reply-To, References). A name or subject with a line break is refused (header injection)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from ..core.errors import InputError
from ..core.model import Outgoing


def new_message_id(sender: str) -> str:
    return make_msgid(domain=sender.rpartition("@")[2] or "followup.invalid")


def valid_address(address: str, field: str) -> str:
    """An email address as email-validator normalises it (syntax only: no DNS lookups)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        # syntax only: no DNS lookups, and the reserved example and test domains are allowed
        return str(validate_email(address, check_deliverability=False, test_environment=True,
                                  allow_smtputf8=False).normalized)
    except EmailNotValidError as error:
        raise InputError(field, f"a valid email address ({error})", address) from None


def _no_line_breaks(value: str, field: str) -> str:
    if "\r" in value or "\n" in value:
        raise InputError(field, "text on one line (a line break here could add headers to the message)", value)
    return value


def mime_message(item: Outgoing, sender_name: str | None, sender: str, at: datetime) -> EmailMessage:
    message = EmailMessage()
    message["From"] = formataddr((_no_line_breaks(sender_name or "", "profile.name"), valid_address(sender, "from")))
    recipient = item.to.name or item.to.addressee
    message["To"] = formataddr((_no_line_breaks(recipient, "to"), valid_address(item.to.email or "", "to")))
    message["Subject"] = _no_line_breaks(item.subject, "subject")
    message["Date"] = format_datetime(at)
    message["Message-ID"] = item.message_id
    if item.in_reply_to:
        message["In-Reply-To"] = item.in_reply_to
        message["References"] = " ".join(item.references or (item.in_reply_to,))
    message.set_content(item.body)
    return message
