"""The same sentence sent to two people on one panel: each interviewer may read the others' notes, so a
sentence copied from one note into another shows (the drafts of the same kind to the panel's other people are
in the context)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..message import read_message
from .document import GREETING, SIGN_OFF, Document
from .hits import Hit

MIN_WORDS = 6  # shorter sentences ("It was great to meet you.") are said to everyone, and rightly
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _key(sentence: str) -> str:
    """A sentence as compared: its words, case and spacing ignored."""
    return " ".join(re.findall(r"[\w'’-]+", sentence.casefold().replace("’", "'")))


def _sentences(line: str) -> Iterator[tuple[int, str]]:
    """(offset in the line, sentence) for each sentence of at least MIN_WORDS words."""
    for match in _SENTENCE.finditer(line):
        sentence = match.group().strip()
        if len(_key(sentence).split()) >= MIN_WORDS:
            yield match.start() + match.group().index(sentence), sentence


def _note_keys(body: str) -> set[str]:
    """The sentences of another note's body that count: not its greeting or sign-off lines."""
    lines = [line.strip() for line in read_message(body).body.splitlines() if line.strip()]
    lines = [line for line in lines if not GREETING.match(line) and not (SIGN_OFF.match(line) and len(line) < 40)]
    return {_key(sentence) for line in lines for _, sentence in _sentences(line)}


def same_as_panel(doc: Document) -> Iterator[Hit]:
    """Each sentence of the message that another panel member's note also has, word for word."""
    notes = [(who, _note_keys(body)) for who, body in doc.context.panel_notes]
    if not notes:
        return
    for offset, line in doc.prose_lines:
        for at, sentence in _sentences(line):
            who = next((name for name, keys in notes if _key(sentence) in keys), None)
            if who is not None:
                start = offset + at
                yield Hit("same-as-panel", start, start + len(sentence), f"'{_short(sentence)}' is also in your "
                          f"note to {who}: the panel may compare notes; say it in other words or say something "
                          "of this conversation")


def _short(sentence: str) -> str:
    return sentence if len(sentence) <= 60 else sentence[:57].rstrip() + "..."
