"""The fix to offer for a misspelt word: the candidates near it (Harper's, and every known word one edit away),
ranked by a typist's edit distance (a doubled or dropped letter, two letters swapped, a neighbouring key are
cheap slips) and by how common the word is; none when the best is a word you would not send."""

from __future__ import annotations

import string
from typing import Protocol

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYS = {c: (row, col) for row, keys in enumerate(_ROWS) for col, c in enumerate(keys)}
_COMMON = 3.0  # wordfreq's Zipf scale: once per million words; the words one edit away worth looking at
_OFFER = 2.5  # a fix rarer than this (a word met a few times in ten million) is not one a writer means
_EVERYDAY = 4.5  # a word run together with another is a typo when both are everyday words ("thank you")
_FREQUENCY_WEIGHT = 0.5  # one edit is worth two steps of commonness: "hering" is "hearing", not "herring"


class Words(Protocol):
    def is_word(self, word: str) -> bool: ...

    def frequency(self, word: str) -> float: ...


def _neighbours(a: str, b: str) -> bool:
    if a not in _KEYS or b not in _KEYS:
        return False
    (r1, c1), (r2, c2) = _KEYS[a], _KEYS[b]
    return abs(r1 - r2) <= 1 and abs(c1 - c2) <= 1


def _step(word: str, i: int) -> float:
    """The cost of a letter added or dropped at i: less when it doubles its neighbour ("writting")."""
    doubled = (i > 0 and word[i - 1] == word[i]) or (i + 1 < len(word) and word[i + 1] == word[i])
    return 0.5 if doubled else 1.0


def distance(typed: str, word: str) -> float:
    """A weighted Damerau-Levenshtein distance between what was typed and a candidate (case aside)."""
    a, b = typed.casefold(), word.casefold()
    d = [[0.0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        d[i][0] = d[i - 1][0] + _step(a, i - 1)
    for j in range(1, len(b) + 1):
        d[0][j] = d[0][j - 1] + _step(b, j - 1)
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            swap = 0.0 if a[i - 1] == b[j - 1] else 0.6 if _neighbours(a[i - 1], b[j - 1]) else 1.0
            d[i][j] = min(d[i - 1][j] + _step(a, i - 1), d[i][j - 1] + _step(b, j - 1), d[i - 1][j - 1] + swap)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 0.6)
    return d[len(a)][len(b)] + (0.1 if typed != word and a == b else 0.0)


def _edits(word: str) -> set[str]:
    """Every string one edit away (a letter dropped, swapped with the next, changed or added)."""
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    dropped = {a + b[1:] for a, b in splits if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changed = {a + c + b[1:] for a, b in splits if b for c in letters}
    return dropped | swapped | changed | {a + c + b for a, b in splits for c in letters}


def _commonness(candidate: str, words: Words) -> float:
    return min(words.frequency(part) for part in candidate.split())


def best_fix(typed: str, offered: list[str], words: Words) -> str | None:
    """The fix to offer for `typed`, from Harper's `offered` ones and the known words one edit away."""
    lower = typed.lower()
    near = {w for w in _edits(lower) if words.frequency(w) >= _COMMON and words.is_word(w)}
    candidates = {c for c in [*offered, *near] if c and c != typed}
    scored = []
    for candidate in candidates:
        split = " " in candidate and candidate.replace(" ", "") == lower
        cost = 1.0 if split else distance(typed, candidate)
        if cost > 2.0:
            continue
        common = _commonness(candidate, words)
        if split and common < _EVERYDAY:
            continue  # "con focal" for "confocal": a rare term, not two words run together
        scored.append((cost - _FREQUENCY_WEIGHT * common, common, candidate))
    if not scored:
        return None
    _, common, best = min(scored)
    return _cased(typed, best) if common >= _OFFER else None


def _cased(typed: str, fix: str) -> str:
    """The fix with the capital the typed word had ("Recieve" -> "Receive")."""
    return fix[:1].upper() + fix[1:] if typed[:1].isupper() else fix
