"""The interview form: its fields to the service's input and back, one way each, as the table of interview
fields (core.fields) says. A list is typed one item a line; a concern as "doubt | your answer"; each
interviewer is a numbered group of fields ("interviewers-0-name"), as many groups as the form sends."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..core.fields import INPUT_FIELDS, INTERVIEWER, Field
from ..core.schema import concern_from_line, concern_line

MAX_INTERVIEWERS = 5  # the groups a new form offers; an interview with more shows one more than it has
# A group's number comes from the client: two digits at most, so a forged "interviewers-999999999-name" is an
# unknown field (ignored like any other), not a form of a billion rows.
_GROUP = re.compile(r"^interviewers-(\d{1,2})-(\w+)$")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def interview_data(form: Mapping[str, Any], editing: bool = False) -> dict[str, Any]:
    """The form's fields as the service's input. When editing, an empty field clears the stored value;
    otherwise it is left out."""
    data = {f.name: _read(f, form) for f in INPUT_FIELDS}
    if not editing:
        data = {k: v for k, v in data.items() if v not in (None, [], False)}
    return data


def _read(field: Field, form: Mapping[str, Any]) -> Any:
    text = str(form.get(field.name, ""))
    if field.widget == "checkbox":
        return form.get(field.name) == "on"
    if field.widget == "people":
        return _people(form)
    if field.item == "concern":
        return [concern_from_line(line) for line in _lines(text)]
    if field.type == "list":
        return _lines(text)
    return text.strip() or None


def _people(form: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Each numbered group of interviewer fields with something in it, in order."""
    return [person for _, person in _filled_groups(form)]


def _filled_groups(form: Mapping[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """(the group's number in the form, the interviewer) for each group with something in it."""
    groups = sorted({int(found.group(1)) for found in map(_GROUP.match, form.keys()) if found})
    filled = []
    for n in groups:
        person = {f.name: _read(f, {f.name: form.get(f"interviewers-{n}-{f.name}", "")}) for f in INTERVIEWER}
        if any(person.values()):
            filled.append((n, {k: v for k, v in person.items() if v not in (None, [])}))
    return filled


def form_values(data: Mapping[str, Any]) -> dict[str, str]:
    """A stored interview (its editable fields, as Service.editable gives them) as the form shows them."""
    values: dict[str, str] = {}
    for field in INPUT_FIELDS:
        if field.widget == "people":
            for n, person in enumerate(data.get(field.name) or []):
                values.update({f"interviewers-{n}-{f.name}": _shown(f, person.get(f.name)) for f in INTERVIEWER})
        else:
            values[field.name] = _shown(field, data.get(field.name))
    return values


def _shown(field: Field, value: Any) -> str:
    if value is None:
        return ""
    if field.type == "bool":
        return "on" if value else ""
    if field.item == "concern":
        return "\n".join(concern_line(c) for c in value)
    if field.type == "list":
        return "\n".join(value)
    return str(value)


def interviewer_rows(values: Mapping[str, str]) -> int:
    """How many groups of interviewer fields the form shows: at least MAX_INTERVIEWERS, and always one empty
    group after the last one filled in."""
    used = [int(found.group(1)) + 1 for found in map(_GROUP.match, values) if found and values[found.group(0)]]
    return max([MAX_INTERVIEWERS, *(n + 1 for n in used)])


def problem_field(field: str, form: Mapping[str, Any] | None = None) -> str:
    """The form field an error is about: "interviewers[1].email" -> "interviewers-1-email" (with the form: the
    group of the second interviewer filled in, past any empty group), "topics[2]" -> "topics"."""
    nested = re.match(r"^interviewers\[(\d+)\]\.(\w+)", field)
    if nested:
        n, groups = int(nested.group(1)), [g for g, _ in _filled_groups(form or {})]
        return f"interviewers-{groups[n] if n < len(groups) else n}-{nested.group(2)}"
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
