"""Harper (harper-py), the offline spelling and grammar linter the check uses: an adapter, built once per
process (about half a second) and reused for every message.

That half second cannot be kept between runs: harper-py 0.2 has no way to save a built linter, and the time
goes into Harper's own one-time set-up inside the process (a second `Linter` in the same process takes under
0.1 s). It holds the GIL while it works, so building it on a thread beside the other imports gains nothing."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class Language:
    def __init__(self, dialect: str = "american") -> None:
        import harper

        self._harper = harper
        self._linter = harper.Linter(getattr(harper.Dialect, dialect.upper()))
        self._words: dict[str, bool] = {}
        self._lock = threading.Lock()  # Harper's linter is not thread-safe; the web app lints from several threads
        self.lints("Warm up.")  # the first lint is slow

    def lints(self, text: str) -> list[Any]:
        with self._lock, _quiet_stdout():
            return list(self._linter.lint(text, language=self._harper.Language.PLAINTEXT))

    def is_word(self, word: str) -> bool:
        if word not in self._words:
            self._words[word] = not any(lint.lint_kind == "Spelling" or "should probably be written as" in lint.message
                                        for lint in self.lints(word))
        return self._words[word]

    def frequency(self, word: str) -> float:
        """How common a word is in English (wordfreq's Zipf scale: 0 unknown, 3 once per million words, 7
        "the"): for telling the fix a writer meant from a rare word one letter away."""
        from .frequencies import zipf_frequency  # wordfreq's answers, kept between runs

        return zipf_frequency(word)


# The English each country spells, where it is not American; Harper knows these five.
_COUNTRY_DIALECTS = {"GB": "british", "UK": "british", "IE": "british", "NZ": "british", "ZA": "british",
                     "SG": "british", "HK": "british", "MT": "british", "KE": "british", "NG": "british",
                     "GH": "british", "AU": "australian", "CA": "canadian", "IN": "indian", "PK": "indian"}


def dialect_for(setting: str, country: str) -> str:
    """The English to spell-check against: the config's `dialect`, or with "auto" the one the profile's
    country writes (GB, IE, NZ, ZA: british; AU: australian; CA: canadian; IN: indian; else american)."""
    if setting != "auto":
        return setting
    return _COUNTRY_DIALECTS.get(country.strip().upper().split("-")[0], "american")


_SHARED: dict[str, Language] = {}
_SHARING = threading.Lock()


def shared_language(dialect: str = "american") -> Language:
    """The one Language of this process for `dialect`: built on first use, then reused by every service (a
    command run in-process, each web request, every test)."""
    with _SHARING:
        if dialect not in _SHARED:
            _SHARED[dialect] = Language(dialect)
        return _SHARED[dialect]


@contextmanager
def _quiet_stdout() -> Iterator[None]:
    """harper-py 0.2 prints debugging lines to standard output from Rust for some sentences ("forward to
    hear"); they would corrupt `followup check --format json`. Standard output's file descriptor points at
    /dev/null while Harper runs."""
    import sys

    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
