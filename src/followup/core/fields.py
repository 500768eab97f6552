"""The interview's fields, declared once. The table drives reading an interview (core.schema), its JSON, the
command line's flags and questions, the web form (reading and filling) and `followup show`.

A field has a public name (the key in files, JSON and the form), a type, the words each shell shows for it,
and, for a list, the name of one item (the repeated flag: --topic). The store keeps its own columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .model import CULTURES, FORMATS

Kind = Literal["text", "email", "int", "bool", "choice", "list", "zone", "time", "day", "phone"]
Item = Literal["text", "concern", "interviewer"]
Shown = Literal["heading", "line", "each", "people"]


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # the form's label
    help: str  # the flag's help ("" for a choice: its choices are the help)
    question: str  # the prompt, before what its type adds: "(yes/no)", "(separate with ;)"
    type: Kind = "text"
    choices: tuple[str, ...] = ()
    one: str | None = None  # a list's name for one item: its repeated flag (--topic)
    flag: str | None = None  # the flag, when it is not the name (--duration)
    required: bool = False
    default: str | int | bool | None = None  # what an absent (or empty) value means
    hint: str = ""  # the form's hint ("" for a choice or a number: worked out from the choices or the default)
    item: Item = "text"  # what a list holds
    lines: bool = False  # a text typed in a box of several lines
    shown: Shown = "line"  # how `show` prints it: in the heading, on a line of its own, a line each, or as people
    derived: bool = False  # worked out by the program: written in JSON, ignored on input
    bounds: tuple[int, int] = (0, 0)  # a number's lowest and highest value
    unit: str = ""  # a number's unit, in words

    @property
    def option(self) -> str:
        """The command-line flag: --company, --duration, --topic (repeated), --phone-encouraged."""
        return "--" + (self.flag or self.one or self.name).replace("_", "-")

    @property
    def parameter(self) -> str:
        """The name the command receives the flag's value under."""
        return self.one or self.name

    @property
    def widget(self) -> Literal["input", "area", "checkbox", "people"]:
        """How the web form asks for it: a list is typed one item a line; interviewers in a group each."""
        if self.type == "bool":
            return "checkbox"
        if self.item == "interviewer":
            return "people"
        return "area" if self.type == "list" or self.lines else "input"

    @property
    def input_type(self) -> str:
        """The HTML input's type."""
        return {"time": "datetime-local", "email": "email", "phone": "tel"}.get(self.type, "text")

    @property
    def form_hint(self) -> str:
        if self.type == "choice":
            marked = [c + (" (default)" if c == self.default else "") for c in self.choices]
            return either(marked)
        if self.type == "int" and self.default is not None:
            return f"{self.default} if empty"
        return self.hint

    @property
    def flag_help(self) -> str:
        return either(self.choices) + "." if self.type == "choice" else self.help

    @property
    def prompt(self) -> str:
        suffix = {"bool": " (yes/no)", "list": " (separate with ;)"}.get(self.type, "")
        if self.type == "choice":
            suffix = f" ({', '.join(self.choices)})"
        return self.question + suffix

    @property
    def prompt_default(self) -> str | None:
        """The answer an empty line gives; None: a value is required."""
        if self.required:
            return None
        if self.type == "bool":
            return "yes" if self.default else "no"
        return "" if self.default is None else str(self.default)

    @property
    def show_label(self) -> str:
        return self.name.replace("_", " ")


def either(choices: tuple[str, ...] | list[str]) -> str:
    """"a, b or c"."""
    return choices[0] if len(choices) == 1 else ", ".join(choices[:-1]) + " or " + choices[-1]


INTERVIEW_FIELDS: tuple[Field, ...] = (
    Field("company", "Company", "Company name.", "Company", required=True, shown="heading"),
    Field("role", "Role", "The role you interviewed for.", "Role", required=True, shown="heading"),
    Field("when", "Started at", "Start, ISO 8601 local to --timezone, e.g. 2026-11-19T14:30.",
          "When did it start (e.g. 2026-11-19T14:30)", "time", required=True, shown="heading"),
    Field("duration_minutes", "Length in minutes", "Length in minutes [default: 60].", "Length in minutes", "int",
          flag="duration", default=60, shown="heading", bounds=(1, 24 * 60), unit="minutes"),
    Field("timezone", "Time zone", "IANA time zone [default: your profile's].", "Time zone", "zone",
          hint="An IANA name, such as America/New_York", shown="heading"),
    Field("format", "Format", "", "Format", "choice", FORMATS),
    Field("department", "Department or team", "Team or department.", "Department or team"),
    Field("decision_timeline", "What they said about their timeline",
          "What they said about deciding, e.g. 'within two weeks'.",
          "What did they say about their timeline (e.g. 'within two weeks')", hint="For example: within two weeks",
          shown="heading"),
    Field("decision_by", "", "", "", "day", shown="heading", derived=True),
    Field("culture", "Culture", "", "Culture", "choice", CULTURES, default="formal"),
    Field("phone_encouraged", "They encouraged me to call", "They encouraged you to call.",
          "Did they encourage you to call", "bool", default=False),
    Field("mailing_address", "Mailing address for a handwritten card", "Where a handwritten note could go.",
          "Mailing address for a handwritten note"),
    Field("topics", "Topics you discussed", "A topic discussed (repeat for more).", "Topics discussed", "list",
          one="topic", hint="One a line, as they read after “our conversation about …”"),
    Field("goals", "Goals or initiatives discussed", "A goal or initiative discussed (repeat for more).",
          "Goals or initiatives discussed", "list", one="goal",
          hint="One a line, as they read after “help the team …”"),
    Field("concerns", "Doubts they raised about you",
          "A doubt they raised about you: 'doubt | your answer | who raised it' (the answer and who are "
          "optional; repeat for more).",
          "Doubts they raised about you", "list", one="concern", item="concern", shown="each",
          hint="One a line; your answer after a bar, who raised it after a second: my limited Kafka experience | "
               "I ran a Kafka proof of concept | dana@quixotiq.example"),
    Field("notes", "Notes", "Anything else.", "Notes", lines=True),
    Field("interviewers", "Interviewer",
          "'Name <email>' (repeat for each; '<email>' if the name is unknown); ' as Mr. Zhang' after the '>' "
          "says how the greeting names them.",
          "Add an interviewer?", "list", one="interviewer", item="interviewer", shown="people"),
)

INTERVIEWER: tuple[Field, ...] = (
    Field("name", "Name", "", "Name (leave empty if you do not know it)", hint="Leave empty if you do not know it"),
    Field("title", "Title", "", "Title (Ms., Dr., ...)", hint="Ms., Dr., … (never guessed)"),
    Field("email", "Email", "", "Email", "email"),
    Field("department", "Department", "", "Department"),
    Field("topics", "Topics with them", "", "Topics you discussed with them", "list", one="topic",
          hint="One a line"),
    Field("contact", "Main contact", "", "Is this the person to send inquiries to", "bool", default=False,
          hint="At most one: inquiries, reconnect notes and calls go to them"),
    Field("phone", "Phone", "", "Phone number (for a call)", "phone", hint="With the country code: +1 617 555 0100"),
    Field("address_as", "Address them as", "", "Address them as (e.g. Mr. Zhang; empty: from the name)",
          hint="Only if the name does not say it: Mr. Zhang, Professor Brandt, Kenji"),
)

INPUT_FIELDS = tuple(f for f in INTERVIEW_FIELDS if not f.derived)
