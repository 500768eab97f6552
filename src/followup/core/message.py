"""A message as a file: optional `To:` and `Subject:` header lines, a blank line, then the body.

A text that does not start with a header line is a body alone. `body_start` is where the body begins in the
text, so that positions found in the body can be given in the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError

_HEADER = re.compile(r"(To|Subject):[ \t]*(.*)", re.IGNORECASE)


@dataclass(frozen=True)
class Message:
    to: str | None
    subject: str | None  # None: no header lines at all; "": a header block without a subject
    body: str
    body_start: int

    @property
    def has_headers(self) -> bool:
        return self.subject is not None or self.to is not None


def read_message(text: str) -> Message:
    lines = text.splitlines(keepends=True)
    if not lines or not _HEADER.fullmatch(lines[0].rstrip("\r\n")):
        return Message(None, None, text, 0)
    headers: dict[str, str] = {}
    offset = 0
    for line in lines:
        bare = line.rstrip("\r\n")
        offset += len(line)
        if not bare.strip():
            break
        match = _HEADER.fullmatch(bare)
        if match is None:
            raise InputError("message", "header lines 'To:' or 'Subject:', then a blank line, then the body",
                             bare[:60])
        headers[match.group(1).lower()] = match.group(2).strip()
    return Message(headers.get("to"), headers.get("subject", ""), text[offset:], offset)
