"""How to address someone: titles and surnames with a real name parser, never a guessed gender.

Names come out exactly as given (accents, particles, non-Latin scripts); the parser only says which part is
the surname and which the given name.
"""

from __future__ import annotations

from functools import lru_cache

from .model import Recipient

ABBREVIATED_TITLES = {"mr", "ms", "mrs", "mx", "dr", "prof", "sr", "sra"}  # written with a full stop
TITLES = ABBREVIATED_TITLES | {"miss", "professor", "herr", "frau", "sir", "dame"}


def greeting(recipient: Recipient, title: str | None, culture: str, *, british: bool = False,
             address_as: str | None = None, titled_panel: bool = False) -> str:
    """How a note opens, by the first rule that fits:

    - "Dear Mr. Zhang," / "Hi Kenji,": the interviewer's own `address_as`, as given (formal or casual);
    - "Dear Hiring Manager," or "Dear Data Platform Team,": no name known;
    - "Hi Dana,": a casual culture, by given name;
    - "Dear Ms. Whitfield," ("Dear Ms Whitfield," in British style): a title, typed in its field or at the
      start of the name ("Dr. Hannah Oyelaran"); "Prof" becomes "Professor"; "Sir Ian", never "Sir McKellen";
    - "Dear Dana,": formal, no title: the given name of someone you have met, never a guessed gender;
    - "Dear Dana Whitfield,": the same, when someone else of the interview is greeted by title
      (`titled_panel`): one register for the whole panel, and still no guessed gender;
    - "Dear 李娜,": a name that has no separate given name, whole.
    """
    if address_as and address_as.strip():
        return f"{'Hi' if culture == 'casual' else 'Dear'} {address_as.strip()},"
    typed, name = split_title((recipient.name or "").strip())
    if not name:  # a mailbox: "Dear Talent Acquisition Team," (its label says "team" mid-sentence)
        addressee = recipient.addressee
        return f"Dear {addressee[:-4] + 'Team' if addressee.endswith(' team') else addressee},"
    if culture == "casual":
        return f"Hi {given_name(name)},"
    title = title if title and title.strip() else typed
    if title and title.strip().rstrip(".").casefold() in ("sir", "dame"):
        return f"Dear {title.strip().rstrip('.')} {given_name(name)},"  # "Sir Ian", never "Sir McKellen"
    if title and (surname := family_name(name)):
        return f"Dear {title_text(title, british)} {surname},"
    return f"Dear {name}," if titled_panel else f"Dear {given_name(name)},"


def greeted_by_title(name: str | None, title: str | None, address_as: str | None = None) -> bool:
    """Whether a formal note greets this person with a title ("Dear Dr. Stone,", or an `address_as` such as
    "Professor Brandt"), rather than by name."""
    if address_as and address_as.strip():
        return split_title(address_as.strip() + " x")[0] is not None
    return bool((title and title.strip()) or split_title((name or "").strip())[0])


def split_title(name: str) -> tuple[str | None, str]:
    """A title typed at the start of a name, and the name without it: "Dr. Hannah Oyelaran" -> ("Dr.",
    "Hannah Oyelaran"). A one-word name is never taken for a title."""
    words = name.split()
    if len(words) > 1 and words[0].rstrip(".").casefold() in TITLES:
        return words[0], " ".join(words[1:])
    return None, name


def title_text(title: str, british: bool = False) -> str:
    """"Ms" -> "Ms.", "dr" -> "Dr." ("Ms", "Dr" in British style, which writes no full stop after a
    contraction); "Prof" -> "Professor"; anything else exactly as given."""
    bare = title.strip().rstrip(".")
    if bare.casefold() == "prof":
        return "Professor"
    if bare.casefold() in ABBREVIATED_TITLES:
        return bare[0].upper() + bare[1:] + ("" if british else ".")
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
    from nameparser import HumanName  # here: loading it takes about 40 ms, and a check with no names skips it

    parsed = HumanName(name)
    return parsed.first, parsed.last


def address_examples(name: str) -> str:
    """Ways to address them, for the candidate to choose from (never one chosen for them): "\"Ms. Brooks\",
    \"Mr. Brooks\" or \"Angela\""."""
    family = family_name(name)
    return f'"Ms. {family}", "Mr. {family}" or "{given_name(name)}"'


