"""The interview form: its fields to the service's input and back, one way each."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

MAX_INTERVIEWERS = 5
TEXT_FIELDS = ("company", "role", "when", "duration_minutes", "timezone", "format", "department",
               "decision_timeline", "culture", "mailing_address", "notes")
PERSON_FIELDS = ("name", "title", "email", "department", "topics")
LIST_FIELDS = ("topics", "goals", "concerns")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def interview_data(form: Mapping[str, Any], editing: bool = False) -> dict[str, Any]:
    """The form's fields as the service's input: lists one item a line, a concern as "doubt | your answer",
    an interviewer per numbered group of fields."""
    data: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        value = str(form.get(name, "")).strip()
        if value or editing:
            data[name] = value or None
    data["phone_encouraged"] = form.get("phone_encouraged") == "on"
    data["topics"] = _lines(str(form.get("topics", "")))
    data["goals"] = _lines(str(form.get("goals", "")))
    data["concerns"] = [_concern(line) for line in _lines(str(form.get("concerns", "")))]
    people = []
    for n in range(MAX_INTERVIEWERS):
        person = {key: str(form.get(f"interviewers-{n}-{key}", "")).strip() for key in PERSON_FIELDS}
        if any(person.values()):
            person_data: dict[str, Any] = {k: v for k, v in person.items() if v and k != "topics"}
            person_data["topics"] = [t.strip() for t in person["topics"].split(";") if t.strip()]
            people.append(person_data)
    data["interviewers"] = people
    if not editing:
        data = {k: v for k, v in data.items() if v not in (None, [], False)}
    return data


def _concern(line: str) -> dict[str, str]:
    concern, _, answer = line.partition("|")
    return {"concern": concern.strip(), "answer": answer.strip()} if answer.strip() else {"concern": concern.strip()}


def form_values(data: Mapping[str, Any]) -> dict[str, str]:
    """A stored interview (its editable fields) as the form shows them."""
    values = {name: "" if data.get(name) is None else str(data[name]) for name in TEXT_FIELDS}
    values["phone_encouraged"] = "on" if data.get("phone_encouraged") else ""
    values["topics"] = "\n".join(data.get("topics", []))
    values["goals"] = "\n".join(data.get("goals", []))
    values["concerns"] = "\n".join(c["concern"] + (f" | {c['answer']}" if c.get("answer") else "")
                                   for c in data.get("concerns", []))
    for n, person in enumerate(data.get("interviewers", [])):
        for key in PERSON_FIELDS:
            value = person.get(key)
            values[f"interviewers-{n}-{key}"] = "; ".join(value) if key == "topics" else (value or "")
    return values


def problem_field(field: str) -> str:
    """The form field an error is about: "interviewers[1].email" -> "interviewers-1-email",
    "topics[2]" -> "topics"."""
    nested = re.match(r"^interviewers\[(\d+)\]\.(\w+)", field)
    if nested:
        return f"interviewers-{nested.group(1)}-{nested.group(2)}"
    return field.split("[", 1)[0].split(".", 1)[0]


def settings_values(settings: Any) -> dict[str, str]:
    """The settings as the settings form shows them, keyed by "profile.name", "policy.max_inquiries", ..."""
    from ..adapters.config import PROFILE
    from ..core.policy import POLICY
    from ..core.settings import show

    values = {f"profile.{s.name}": str(getattr(settings.profile, s.name) or "") for s in PROFILE.settings}
    values.update({f"policy.{s.name}": show(getattr(settings.policy, s.name)) for s in POLICY.settings})
    values.update({f"checks.severity.{rule}": level for rule, level in settings.checks.severity.items()})
    return values


def settings_changes(form: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The settings form as changes to the config's tables. A policy number the same as the default is left
    out of the file, so that a later release's better default applies."""
    from ..adapters.config import PROFILE
    from ..core.policy import POLICY
    from ..core.settings import show

    profile = {s.name: str(form.get(f"profile.{s.name}", "")).strip() for s in PROFILE.settings}
    policy: dict[str, Any] = {}
    for setting in POLICY.settings:
        text = str(form.get(f"policy.{setting.name}", "")).strip()
        number = setting.kind == "count" and text.isdigit()
        policy[setting.name] = None if text in ("", show(setting.default)) else (int(text) if number else text)
    severity = {key.removeprefix("checks.severity."): str(value) for key, value in form.items()
                if key.startswith("checks.severity.") and value}
    return {"profile": profile, "policy": policy, "checks": {"severity": severity}}
