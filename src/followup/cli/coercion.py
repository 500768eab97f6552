"""Typer's value checks without pydantic for the values that need none.

Typer 0.29 checks every option's and argument's value with a pydantic `TypeAdapter`, which it builds the first
time a parameter is processed, whether a value was given or not: importing pydantic and building those adapters
costs about 90 ms of CPU on every command (`today` included, through the global `--db`, `--config` and `--now`).
Most values need no checking: a string option's value is already a string, a flag's already a bool. `plain`
gives each parameter of a command a coercion that returns those values as Typer's adapter would (the path options
through Typer's own path check) and hands anything else to the adapter Typer would have built, so an odd value is
refused with Typer's own message. It uses Typer internals (`_runtime_param`, `RuntimeParam`): when they change,
`plain` does nothing and the commands behave as before, only slower (tests/test_startup.py notices).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

try:
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_path
except ImportError:  # another Typer: keep its own checks
    RuntimeParam = None  # type: ignore[assignment,misc]

_DIGITS = re.compile(r"[1-9][0-9]{0,17}|0")  # an int written plainly, well inside 64 bits


def plain(command: Any) -> None:
    """Give every parameter of `command` (and of its subcommands) the plain coercion, where Typer allows it."""
    if RuntimeParam is None:
        return
    shown = command.get_help_option(command.context_class(command))  # made once per command, as Typer would
    for param in [*command.params, *([shown] if shown is not None else [])]:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is not None and getattr(param, "_runtime_param", False) is None and _simple(descriptor):
            param._runtime_param = _Plain(descriptor.parameter_info, descriptor.annotation)
    for sub in getattr(command, "commands", {}).values():
        plain(sub)


def _simple(descriptor: Any) -> bool:
    """A parameter with no parser, file, range or choice: its value's type is all Typer checks."""
    info = descriptor.parameter_info
    return (descriptor.file_annotation is None and info.parser is None and info.min is None and info.max is None
            and not info.clamp and descriptor.annotation in (str, bool, int, Path, list[str]))


if RuntimeParam is not None:
    @dataclass(frozen=True)
    class _Plain(RuntimeParam):
        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            kind = self.annotation
            if kind is str and isinstance(value, str) or kind is bool and isinstance(value, bool):
                return value
            if kind is int and isinstance(value, str) and _DIGITS.fullmatch(value):
                return int(value)
            if kind == list[str] and isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
                return list(value)
            if kind is Path and self.parameter_info.path_type is None and isinstance(value, (str, Path)):
                return coerce_cli_path(Path(value), self.parameter_info, path_type=Path, param=param, ctx=ctx)
            return build_runtime_param(param.type_descriptor).coerce(value, param=param, ctx=ctx)
