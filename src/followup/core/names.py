"""How to address someone: titles and surnames with a real name parser, never a guessed gender.

Names come out exactly as given (accents, particles, non-Latin scripts); the parser only says which part is
the surname and which the given name.
"""

from __future__ import annotations

from functools import lru_cache

from nameparser import HumanName

from .model import Recipient

ABBREVIATED_TITLES = {"mr", "ms", "mrs", "mx", "dr", "prof", "sr", "sra"}  # written with a full stop
TITLES = ABBREVIATED_TITLES | {"miss", "professor", "herr", "frau", "sir", "dame"}


def greeting(recipient: Recipient, title: str | None, culture: str) -> str:
    """"Dear Ms. Whitfield," (formal, title known), "Dear Dana Whitfield," (formal, no title),
    "Hi Dana," (casual); "Dear Hiring Manager," or "Dear Data Platform team," when no name is known."""
    name = (recipient.name or "").strip()
    if not name:
        return f"Dear {recipient.addressee},"
    if culture == "casual":
        return f"Hi {given_name(name)},"
    if title and title.strip().rstrip(".").casefold() in ("sir", "dame"):
        return f"Dear {title.strip()} {given_name(name)},"  # "Sir Ian", never "Sir McKellen"
    if title and (surname := family_name(name)):
        return f"Dear {title_text(title)} {surname},"
    return f"Dear {name},"


def title_text(title: str) -> str:
    """"Ms" -> "Ms.", "dr" -> "Dr."; anything else exactly as given."""
    bare = title.strip().rstrip(".")
    if bare.casefold() in ABBREVIATED_TITLES:
        return bare[0].upper() + bare[1:] + "."
    return title.strip()


def given_name(name: str) -> str:
    """The name to use in "Hi ...": the given name where the parser finds one, otherwise the whole name."""
    first, last = _parts(name)
    return first if first and last else name


def family_name(name: str) -> str:
    """The surname with its particles ("Ní Bhriain", "de la Fuente"); a one-part name is its own surname."""
    return _parts(name)[1] or name


@lru_cache(maxsize=4096)
def _parts(name: str) -> tuple[str, str]:
    """(given name, surname): parsing a name takes about 90 µs, and a panel's names come up again and again."""
    parsed = HumanName(name)
    return parsed.first, parsed.last
