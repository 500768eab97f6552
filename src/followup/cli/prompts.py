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

from ..core.errors import InputError
from ..core.model import Draft
from ..usecases.service import InterviewView, Service

# (field, question, default); a list field is typed as items separated by ";".
_QUESTIONS: list[tuple[str, str, str | None]] = [
    ("company", "Company", None),
    ("role", "Role", None),
    ("when", "When did it start (e.g. 2026-11-19T14:30)", None),
    ("duration_minutes", "Length in minutes", "60"),
    ("timezone", "Time zone", None),
    ("format", "Format (in-person, video, phone)", ""),
    ("department", "Department or team", ""),
    ("decision_timeline", "What did they say about their timeline (e.g. 'within two weeks')", ""),
    ("culture", "Culture (formal, casual)", "formal"),
    ("phone_encouraged", "Did they encourage you to call (yes/no)", "no"),
    ("mailing_address", "Mailing address for a handwritten note", ""),
    ("topics", "Topics discussed (separate with ;)", ""),
    ("goals", "Goals or initiatives discussed (separate with ;)", ""),
    ("concerns", "Doubts they raised about you (separate with ;)", ""),
    ("notes", "Notes", ""),
]
_PERSON: list[tuple[str, str]] = [
    ("name", "  Name (leave empty if you do not know it)"),
    ("title", "  Title (Ms., Dr., ...)"),
    ("email", "  Email"),
    ("department", "  Department"),
    ("topics", "  Topics you discussed with them (separate with ;)"),
]
_LISTS = {"topics", "goals", "concerns"}
_PATH = re.compile(r"^interviewers\[(\d+)\]\.(\w+)$")


def _answer(field: str, text: str) -> Any:
    if field in _LISTS:
        return [item.strip() for item in text.split(";") if item.strip()]
    return text.strip() or None


def ask_interview(service: Service) -> InterviewView:
    """Ask for each field; a rejected answer is asked again, the others are kept."""
    data: dict[str, Any] = {}
    for field, question, default in _QUESTIONS:
        answer_default = service.settings.profile.timezone if field == "timezone" else default
        data[field] = _answer(field, typer.prompt(question, default=answer_default,
                                                  show_default=bool(answer_default)))
    data["interviewers"] = []
    while typer.confirm("Add an interviewer?", default=not data["interviewers"]):
        data["interviewers"].append({key: _answer(key, typer.prompt(question, default="", show_default=False))
                                     for key, question in _PERSON})
    while True:
        try:
            return service.add(data)
        except InputError as error:
            typer.echo(f"error: {error.message}", err=True)
            _ask_again(data, error.field)


def _ask_again(data: dict[str, Any], field: str) -> None:
    nested = _PATH.match(field)
    if nested:
        person, key = data["interviewers"][int(nested.group(1))], nested.group(2)
        question = dict(_PERSON).get(key, key).strip()
        person[key] = _answer(key, typer.prompt(question, default="", show_default=False))
        return
    base = field.split("[", 1)[0]
    asked = next((q for f, q, _ in _QUESTIONS if f == base), None)
    if asked is None:
        raise InputError(field, "a value this tool can ask for")
    data[base] = _answer(base, typer.prompt(asked, default="", show_default=False))


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
