"""How common English words are (wordfreq's Zipf scale), remembered between runs.

The check asks wordfreq how common a word is when it weighs a spelling fix (every string one edit away from a
misspelling, often hundreds of them). The first question costs a process about 0.3 s: importing wordfreq (ftfy,
langcodes, regex) and unpacking its English list. So its answers for the plain words of that list (lower-case
a to z: about 290,000 of them) are kept in a small SQLite file in the user's cache folder, named after wordfreq's
version, and looked up there (an indexed read). wordfreq stays the only source: every value in the file is one
wordfreq gave (one `zipf_frequency` call per frequency band of its list, which all the band's words share), a
plain word missing from the file is one wordfreq does not know, and any other word (capitals, accents, digits,
apostrophes) is asked of wordfreq itself. The file is made once, on the first check that asks (about 1 s)."""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
import threading
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

_PLAIN = re.compile(r"[a-z]+")  # words wordfreq's English tokenizer keeps whole and unchanged
_LOCK = threading.Lock()  # one connection, shared by the web app's threads


def zipf_frequency(word: str) -> float:
    """wordfreq's `zipf_frequency(word, "en")`, from the kept copy when the word is plain."""
    if _PLAIN.fullmatch(word):
        kept = _kept()
        if kept is not None:
            try:
                with _LOCK:
                    row = kept.execute("SELECT zipf FROM words WHERE word = ?", (word,)).fetchone()
            except sqlite3.Error:  # a damaged copy: wordfreq answers, and a new copy is made
                _discard()
            else:
                return float(row[0]) if row else 0.0
    return _from_package(word)


def _from_package(word: str) -> float:
    from wordfreq import zipf_frequency as ask

    return float(ask(word, "en"))


def package_version() -> str:
    """Which wordfreq is installed, found without importing it (or importlib.metadata, about 15 ms)."""
    spec = find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return "missing"
    found = sorted(p.name for p in Path(spec.origin).parent.parent.glob("wordfreq-*.dist-info"))
    if found:
        return found[-1].removeprefix("wordfreq-").removesuffix(".dist-info")
    stat = Path(spec.origin).stat()
    return f"{stat.st_mtime_ns}-{stat.st_size}"


@lru_cache(maxsize=1)
def _kept() -> sqlite3.Connection | None:
    """The kept copy for the installed wordfreq, made if missing; None when it can be neither read nor made."""
    path = _path()
    if not path.exists():
        _write(path)
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None


def _path() -> Path:
    from .holidays import cache_folder

    return cache_folder() / f"wordfreq-en-{package_version()}.sqlite"


def _discard() -> None:
    with _LOCK:
        _kept.cache_clear()
        try:
            _path().unlink(missing_ok=True)
        except OSError:
            pass  # a read-only cache folder: nothing to repair there


def plain_words() -> dict[str, float]:
    """Every plain word of wordfreq's English list with its Zipf value, as wordfreq gives it."""
    from wordfreq import get_frequency_dict

    bands: dict[float, list[str]] = {}
    for word, frequency in get_frequency_dict("en").items():
        if _PLAIN.fullmatch(word):
            bands.setdefault(frequency, []).append(word)
    kept = {}
    for words in bands.values():
        zipf = _from_package(words[0])  # the band's words share their frequency, so their Zipf value
        kept.update(dict.fromkeys(words, zipf))
    return kept


def _write(path: Path) -> None:
    """Write the file whole or not at all (two first runs at once each write a complete copy)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        os.close(handle)
        made = sqlite3.connect(temporary)
        try:
            with made:
                made.execute("CREATE TABLE words (word TEXT PRIMARY KEY, zipf REAL NOT NULL) WITHOUT ROWID")
                made.executemany("INSERT INTO words VALUES (?, ?)", sorted(plain_words().items()))
        finally:
            made.close()
        os.replace(temporary, path)
    except (OSError, sqlite3.Error):
        pass  # a read-only cache folder: every run asks wordfreq, as before
