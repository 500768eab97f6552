"""The core stays pure: it imports no shell, adapter or I/O library, and never reads the clock."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "followup"
CORE = ["model", "errors", "policy", "workdays", "timeline", "planner", "schema", "message", "names",
        "compose/__init__", *(f"check/{name}" for name in ("__init__", "document", "phrases", "people", "content",
                                                          "language", "settings", "hits"))]
FORBIDDEN = {"sqlalchemy", "alembic", "typer", "click", "platformdirs", "fastapi", "starlette", "smtplib",
             "imaplib", "os", "subprocess", "socket", "tomllib", "pathlib", "time"}
OUR_SHELLS = {"cli", "render", "prompts", "service", "store", "config", "templates", "grammar", "web"}


@pytest.mark.parametrize("module", CORE)
def test_core_imports_nothing_from_the_shells(module: str) -> None:
    tree = ast.parse((SOURCE / f"{module}.py").read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [(node.module or "").split(".")[0]]
            if node.level and names[0] in OUR_SHELLS:
                pytest.fail(f"{module}.py imports .{node.module}, a shell")
            if node.level:
                continue
        else:
            continue
        assert not set(names) & FORBIDDEN, f"{module}.py imports {names}"


@pytest.mark.parametrize("module", CORE)
def test_core_reads_no_files_through_a_library(module: str) -> None:
    text = (SOURCE / f"{module}.py").read_text()
    for call in (r"Loader\(", r"(?<![\w.])open\(", r"\.read_text\(", r"harper\.Linter\("):
        assert not re.search(call, text), f"{module}.py calls {call}: that belongs in an adapter"


@pytest.mark.parametrize("module", CORE)
def test_core_never_reads_the_clock(module: str) -> None:
    text = (SOURCE / f"{module}.py").read_text()
    for call in ("datetime.now(", "date.today(", "datetime.utcnow(", "time.time("):
        assert call not in text, f"{module}.py calls {call}"
