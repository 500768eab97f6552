"""Asking for an interview field by field, and editing one in $EDITOR, without losing what was typed."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import typer

from ..core.errors import DuplicateError, InputError
from ..core.fields import INPUT_FIELDS, INTERVIEWER, Field
from ..core.model import Draft
from ..core.names import address_examples, greeted_by_title, split_title
from ..core.schema import concern_from_line
from ..usecases.service import InterviewView, Service

_PATH = re.compile(r"^interviewers\[(\d+)\]\.(\w+)$")
# the questions, in the order of the table of fields; interviewers are asked for one by one, after the rest
_QUESTIONS = [field for field in INPUT_FIELDS if field.item != "interviewer"]
_PEOPLE = next(field for field in INPUT_FIELDS if field.item == "interviewer")
_TOPICS = next(field for field in INTERVIEWER if field.name == "topics")


def _answer(field: Field, text: str) -> Any:
    """A list is typed as items separated by ";"."""
    if field.type == "list":
        return [item.strip() for item in text.split(";") if item.strip()]
    return text.strip() or None


def _ask(field: Field, default: str | None = "", indent: str = "") -> Any:
    return _answer(field, typer.prompt(indent + field.prompt, default=default, show_default=bool(default)))


def ask_interview(service: Service, force: bool = False) -> InterviewView:
    """Ask for each field; a rejected answer is asked again, the others are kept. A likely duplicate is added
    only if the user says so."""
    data: dict[str, Any] = {}
    for field in _QUESTIONS:
        default = service.settings.profile.timezone if field.type == "zone" else field.prompt_default
        data[field.name] = _ask(field, default)
        if field.item == "concern":
            data[field.name] = [_with_answer(concern) for concern in data[field.name]]
    people: list[dict[str, Any]] = []
    while typer.confirm(_PEOPLE.question, default=not people):
        people.append({f.name: _ask(f, indent="  ") for f in INTERVIEWER})
    data[_PEOPLE.name] = people
    zone = service.settings.profile.timezone
    topics_asked = _ask_topics(data, zone)
    _ask_titles(people, data.get("culture"))
    while True:
        topics_asked = topics_asked or _ask_topics(data, zone)  # once a rejected answer has been asked again
        try:
            return service.add(data, force=force)
        except DuplicateError as error:
            typer.echo(f"warning: #{error.existing} ({error.what}) has the same company, role and time", err=True)
            if not typer.confirm("Add it anyway?", default=False):
                raise
            force = True
        except InputError as error:
            typer.echo(f"error: {error.message}", err=True)
            _ask_again(data, error.field)


def _with_answer(text: str) -> dict[str, str]:
    """A concern typed as "doubt | answer | who raised it"; one without an answer asks for it, since the notes
    leave out a doubt they cannot answer."""
    concern = concern_from_line(text)
    if "answer" not in concern:
        answer = typer.prompt(f"  How would you answer \"{concern['concern']}\"? "
                              "(Enter to skip: the notes leave it out)", default="", show_default=False).strip()
        concern.update({"answer": answer} if answer else {})
    return concern


def _ask_topics(data: dict[str, Any], timezone: str) -> bool:
    """Each interviewer whose thank-you would have no topic of its own (by the rule the drafts use: their own
    topics first, then the interview's handed out in turn, `allotment`) is asked what you talked about; the
    note to them says less without one. False, asking nothing, while the answers do not make an interview yet
    (a rejected one is asked again first)."""
    from ..core.compose import allotment
    from ..core.schema import parse_interview

    try:
        interview = parse_interview(data, timezone)
    except InputError:
        return False
    people = data[_PEOPLE.name]
    for person, (topic, _) in zip(people, allotment(interview) if people else [], strict=True):
        if topic is None:
            who = person.get("name") or person.get("email") or "them"
            person["topics"] = _answer(_TOPICS, typer.prompt(
                f"  What did you talk about with {who}? (one thing they said is enough; Enter to skip: the note "
                "to them then thanks them without a detail of their own)", default="", show_default=False))
    return True


def _ask_titles(people: list[dict[str, Any]], culture: str | None) -> None:
    """A panel that mixes people with a title and people without one: a formal note would greet the latter by
    full name ("Dear Angela Brooks,"), so each is asked for a title or how to address them (Enter to skip).
    A bare title ("Ms.", "Dr") is kept as the title, anything else ("Ms. Brooks", "Angela") as address_as."""
    titled = [greeted_by_title(p.get("name"), p.get("title"), p.get("address_as")) for p in people]
    if culture == "casual" or not any(titled):
        return
    for person, has in zip(people, titled, strict=True):
        name = person.get("name") or ""
        if has or len(split_title(name)[1].split()) < 2:
            continue
        answer = typer.prompt(f"  {name} has no title, and others on the panel do: a title or how to address "
                              f"them ({address_examples(name)}; Enter to skip)", default="",
                              show_default=False).strip()
        if answer:
            bare = len(answer.split()) == 1 and greeted_by_title(None, None, answer)
            person["title" if bare else "address_as"] = answer


def _ask_again(data: dict[str, Any], field: str) -> None:
    nested = _PATH.match(field)
    if nested:
        person, key = data[_PEOPLE.name][int(nested.group(1))], nested.group(2)
        asked = next((f for f in INTERVIEWER if f.name == key), None)
    else:
        person, key = data, field.split("[", 1)[0]
        asked = next((f for f in _QUESTIONS if f.name == key), None)
    if asked is None:
        raise InputError(field, "a value this tool can ask for")
    person[key] = _ask(asked)
    if asked.item == "concern":  # typed again as "doubt | answer | who": read, and asked for a missing answer
        person[key] = [_with_answer(concern) for concern in person[key]]


def edit_in_editor(service: Service, interview_id: int) -> InterviewView | None:
    """Open the interview as TOML in the user's editor; None when nothing was changed. Text that is refused
    stays in its file, and the error says where, so nothing typed is lost."""
    import tomllib

    import tomli_w

    original = tomli_w.dumps(service.editable(interview_id))
    with tempfile.NamedTemporaryFile("w", suffix=".toml", prefix=f"followup-{interview_id}-", delete=False,
                                     encoding="utf-8") as draft:
        draft.write(original)
    path = Path(draft.name)
    _run_editor(path)
    edited = path.read_text(encoding="utf-8")
    if edited == original:
        path.unlink()
        return None
    try:
        view = service.edit(interview_id, tomllib.loads(edited))
    except (InputError, tomllib.TOMLDecodeError) as error:
        message = error.message if isinstance(error, InputError) else f"file: expected valid TOML ({error})"
        raise InputError("edit", f"a valid interview; {message}. Your text is kept in {path}: "
                         f"fix it and run 'followup edit {interview_id} --file {path}'") from None
    path.unlink()
    return view


def edit_draft_in_editor(service: Service, interview_id: int, draft: Draft) -> Draft:
    """Open a draft in the user's editor and keep what they wrote; an unchanged draft stays as it was. Text
    that is refused stays in its file, and the error says where."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", prefix=f"followup-draft-{draft.id}-", delete=False,
                                     encoding="utf-8") as file:
        file.write(draft.text)
    path = Path(file.name)
    try:
        _run_editor(path)
    except InputError:
        path.unlink()  # the draft is stored: nothing of the user's is lost
        raise
    edited = path.read_text(encoding="utf-8")
    if edited == draft.text:
        path.unlink()
        return draft
    try:
        kept = service.save_draft_text(interview_id, draft, edited)
    except InputError as error:
        raise InputError("edit", f"a draft with a body; {error.message}. Your text is kept in {path}") from None
    path.unlink()
    return kept


def _run_editor(path: Path) -> None:
    command = os.environ.get("VISUAL") or os.environ.get("EDITOR") or shutil.which("editor") or "vi"
    try:
        finished = subprocess.run([*shlex.split(command), str(path)], check=False)
    except OSError as error:
        raise InputError("EDITOR", "an editor program that can be started", f"{command}: {error.strerror}") from None
    if finished.returncode != 0:
        raise InputError("EDITOR", "an editor that exits with status 0 (nothing was changed)",
                         f"{command} exited with {finished.returncode}")
