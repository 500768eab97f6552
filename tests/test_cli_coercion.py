"""The command line's plain value checks (cli.coercion) give what Typer's own pydantic checks give, for every
parameter of every command, and hand what they do not know to Typer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer._coercion import build_runtime_param
from typer._click.exceptions import BadParameter

from followup.cli.app import _command
from followup.cli.coercion import _Plain

SAMPLES: dict[Any, list[Any]] = {
    str: ["", "dana@q.example", "2026-11-26T12:00", "é 李", "-"],
    bool: [True, False],
    int: ["0", "7", "42", "123456789012345678", "007", "-3", "+4", " 5", "1_000", "x", "1.5", "99999999999999999999"],
    Path: ["", "notes.txt", "-", "~/a b/c.toml", "/tmp", Path("x.toml")],
    list[str]: [("a",), ["a", "b"], ()],
}


def _params() -> list[tuple[str, Any]]:
    group = _command()
    commands = [("", group), *getattr(group, "commands", {}).items()]
    found = []
    for name, command in commands:
        shown = command.get_help_option(command.context_class(command))
        found += [(f"{name} {p.name}", p) for p in [*command.params, shown] if hasattr(p, "type_descriptor")]
    return found


def _outcome(runtime: Any, value: Any, param: Any) -> tuple[str, Any]:
    try:
        return "ok", runtime.coerce(value, param=param, ctx=None)
    except BadParameter as error:
        return "refused", error.message


def test_every_plain_parameter_is_coerced_as_typer_does() -> None:
    plain = [(name, p) for name, p in _params() if isinstance(p._runtime_param, _Plain)]
    assert len(plain) > 50  # nearly every parameter takes the plain path
    for name, param in plain:
        typer_own = build_runtime_param(param.type_descriptor)
        for value in [None, *SAMPLES[param.type_descriptor.annotation]]:
            assert _outcome(param._runtime_param, value, param) == _outcome(typer_own, value, param), (name, value)


def test_today_s_options_take_the_plain_path() -> None:
    group = _command()
    assert all(isinstance(p._runtime_param, _Plain) for p in group.params)
    assert all(isinstance(p._runtime_param, _Plain) for p in group.commands["today"].params)


@pytest.mark.parametrize("args, said", [(["show", "12x"], "Invalid value for 'ID'"),
                                         (["show", "-"], "Invalid value for 'ID'"),
                                         (["read", "--interview", "abc", "-"], "Invalid value for '--interview'"),
                                         (["read", "--interview"], "Option '--interview' requires an argument"),
                                         (["show", "--bogus", "1"], "No such option: --bogus"),
                                         (["show"], "Missing argument 'ID'"),
                                         (["nosuch"], "No such command 'nosuch'")])
def test_an_odd_value_is_refused_in_one_line_with_typer_s_message(run, args: list[str], said: str) -> None:
    """One line on standard error, naming the option (not Typer's usage, hint and error on three), status 2."""
    result = run(*args)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("error: ") and said in result.stderr and result.stderr.count("\n") == 1


def test_the_command_alone_still_shows_its_help(run) -> None:
    result = run()
    assert "Usage: followup [OPTIONS] COMMAND" in result.stderr and "Commands:" in result.stderr


def test_a_run_builds_only_the_command_it_runs(tmp_path) -> None:
    """Typer would build all ~30 commands on every run; the group builds the one looked up."""
    group = _command.__wrapped__()  # a group of its own, not the one other tests have used
    (tmp_path / "config.toml").write_text('[profile]\ntimezone = "UTC"\ncountry = "US"\n')
    (tmp_path / "followup.db").touch()  # a typed --db is one that is there (an empty file: a new database)
    group(["--db", str(tmp_path / "followup.db"), "--config", str(tmp_path / "config.toml"), "--now",
           "2026-11-26T12:00", "today"], prog_name="followup", standalone_mode=False)
    assert group.commands.built() == ["today"]


def test_the_commands_built_on_demand_are_typer_s() -> None:
    """Same names, order, help and parameters as the group Typer builds in one go."""
    import typer

    from followup.cli.app import app

    eager, lazy = typer.main.get_command(app), _command.__wrapped__()
    assert list(lazy.commands) == list(eager.commands)
    for name, command in eager.commands.items():
        mine = lazy.commands.get(name)
        assert (type(mine), mine.help, mine.hidden) == (type(command), command.help, command.hidden), name
        assert [(p.name, p.opts, p.secondary_opts, p.required, p.default, getattr(p, "help", None))
                for p in mine.params] == [(p.name, p.opts, p.secondary_opts, p.required, p.default,
                                           getattr(p, "help", None)) for p in command.params], name
        assert sorted(getattr(mine, "commands", {})) == sorted(getattr(command, "commands", {})), name
    assert lazy.commands.get("no-such-command") is None
