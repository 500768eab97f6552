"""What an incoming message is: an automatic reply (out of office), a likely rejection, a likely offer, or
a reply. A small phrase classifier: pure, tested on labelled examples, and only ever a proposal for the
candidate to confirm when it says rejection or offer."""

from __future__ import annotations

import re
from collections.abc import Mapping

KINDS = ("auto-reply", "rejection", "offer", "reply")

_AUTO_SUBJECT = re.compile(r"^\s*(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|out of (?:the )?office|"
                           r"away from (?:the )?office|on (?:annual )?leave|abwesenheit|absence)\b", re.IGNORECASE)
_AUTO_BODY = re.compile(r"\b(?:I am|I'm|I will be) (?:currently )?(?:out of (?:the )?office|away|on (?:annual |"
                        r"parental |sick )?leave|travell?ing|on vacation|on holiday)\b|\bwith limited access to "
                        r"(?:my )?e-?mail\b|\bthis is an automatic(?:ally generated)? (?:reply|response|message)\b",
                        re.IGNORECASE)
_REJECTION = re.compile(
    r"\b(?:decided (?:not )?to (?:move|go) forward with (?:other|another|a different) candidates?|"
    r"(?:will|have decided to|decided to) not (?:be )?(?:moving|move) forward|not (?:be )?moving forward with your|"
    r"(?:have )?decided to (?:pursue|proceed with) (?:other|another) (?:candidates?|applicants?)|"
    r"unfortunately,? (?:we|you) (?:have |were |are )?(?:not been |not )?(?:selected|successful)|"
    r"(?:position|role) has (?:now )?been filled|we regret to (?:inform|let you know)|"
    r"(?:will|are) not (?:be )?(?:offering|extending) (?:you )?(?:an|the) (?:offer|position)|"
    r"not (?:to )?(?:progress|proceed) (?:with )?your (?:application|candidacy))", re.IGNORECASE)
_OFFER = re.compile(
    r"\b(?:(?:pleased|delighted|happy|excited|thrilled) to (?:offer you|extend (?:you )?an? offer)|"
    r"(?:attached|enclosed) (?:is|please find) (?:your|the) (?:offer|offer letter)|"
    r"we(?:'d| would) like to offer you|offer of employment|offer letter)\b", re.IGNORECASE)
_RETURN = re.compile(r"\b(?:back|return(?:ing)?|returning to the office|in the office again|until)\s+"
                     r"(?:on|from)?\s*"
                     r"(?P<when>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+"
                     r"[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?)", re.IGNORECASE)


def classify(subject: str, body: str, headers: Mapping[str, str]) -> str:
    """One of KINDS. An automatic reply by its headers (RFC 3834 Auto-Submitted, X-Autoreply, X-Autorespond,
    Precedence: auto_reply) or its words; then an offer or a rejection by their phrases; otherwise a reply."""
    lowered = {key.lower(): value.lower().strip() for key, value in headers.items()}
    body = own_words(body)
    if _OFFER.search(body) or _OFFER.search(subject):
        return "offer"
    if _REJECTION.search(body) or _REJECTION.search(subject):
        return "rejection"  # an applicant-tracking system's rejection is automatic, and still a rejection
    if lowered.get("auto-submitted", "no") not in ("", "no") or "x-autoreply" in lowered \
            or "x-autorespond" in lowered or lowered.get("precedence", "") == "auto_reply":
        return "auto-reply"
    if _AUTO_SUBJECT.search(subject) or _AUTO_BODY.search(body[:2000]):
        return "auto-reply"
    return "reply"


_QUOTE_HEADER = re.compile(r"^\s*(?:On .{0,200}wrote:|-{2,} ?Original Message ?-{2,}|From: .+)\s*$",
                           re.IGNORECASE | re.MULTILINE)


def own_words(body: str) -> str:
    """The message without what it quotes: lines starting with ">", and everything after "On ... wrote:"."""
    found = _QUOTE_HEADER.search(body)
    head = body[:found.start()] if found else body
    return "\n".join(line for line in head.splitlines() if not line.lstrip().startswith(">"))


def is_bulk(headers: Mapping[str, str]) -> bool:
    """A mailing list or a newsletter: not an answer from a person."""
    lowered = {key.lower(): value.lower().strip() for key, value in headers.items()}
    return "list-id" in lowered or "list-unsubscribe" in lowered or lowered.get("precedence") in (
        "bulk", "list", "junk")


def return_date_text(body: str) -> str | None:
    """Where an out-of-office message says when they are back: "Monday, December 7" (as written)."""
    found = _RETURN.search(body[:2000])
    return found.group("when") if found else None
