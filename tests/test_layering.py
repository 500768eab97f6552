"""The layers are folders, and dependencies point inward only.

    core/            pure: no clock, no I/O, no library that does I/O; imports nothing outside core/
    store/ mail/ adapters/   adapters: import the core and their own folder, never a use case or a shell
    usecases/        imports the core and the adapters, never a shell
    cli/ web/        the shells: import anything below them, never each other

No two modules import each other (directly or around a longer loop)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "followup"
MODULES = sorted(p for p in SOURCE.rglob("*.py") if "migrations" not in p.parts)
CORE = [p for p in MODULES if p.relative_to(SOURCE).parts[0] == "core"]
FORBIDDEN = {"sqlalchemy", "alembic", "typer", "click", "platformdirs", "fastapi", "starlette", "smtplib",
             "imaplib", "os", "subprocess", "socket", "tomllib", "pathlib", "time"}
# what each layer may import of ours (a layer always may import its own folder)
ALLOWED = {
    "core": {"core"},
    "store": {"core"},
    "mail": {"core"},
    "adapters": {"core", "mail"},
    "usecases": {"core", "store", "mail", "adapters"},
    "cli": {"core", "store", "mail", "adapters", "usecases", "web"},
    "web": {"core", "store", "mail", "adapters", "usecases"},
}


def _name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[str]:
    """Every module of ours that `path` imports (at the top, inside a function, or for type checking only)."""
    package = _name(path).split(".") if path.name == "__init__.py" else _name(path).split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            if not module.startswith("followup"):
                continue
            names = [f"{module}.{alias.name}" for alias in node.names]
            found += [n for n in names if n in _KNOWN] or [module]
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.startswith("followup")]
    return found


_KNOWN = {_name(p) for p in MODULES}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SOURCE)))
def test_dependencies_point_inward(path: Path) -> None:
    layer = _layer(_name(path))
    for module in _imports(path):
        other = _layer(module)
        assert other == layer or other in ALLOWED[layer], f"{_name(path)} ({layer}) imports {module} ({other})"


def test_no_import_cycle() -> None:
    graph = {_name(p): {m for m in _imports(p) if m in _KNOWN and m != _name(p)} for p in MODULES}
    # a package's __init__ importing its own modules is how a package exposes them, not a cycle of meaning
    for name in graph:
        graph[name] = {m for m in graph[name] if not name.startswith(m + ".")}
    seen: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(name: str, path: list[str]) -> None:
        seen[name] = 1
        for other in sorted(graph.get(name, ())):
            if seen.get(other) == 1:
                pytest.fail("import cycle: " + " -> ".join(path[path.index(other):] + [other]))
            if other not in seen:
                visit(other, [*path, other])
        seen[name] = 2

    for name in sorted(graph):
        if name not in seen:
            visit(name, [name])


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(SOURCE)))
def test_core_imports_no_io_library(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names = {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level:
            names = {(node.module or "").split(".")[0]}
        else:
            continue
        assert not names & FORBIDDEN, f"{path.name} imports {names & FORBIDDEN}"


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(SOURCE)))
def test_core_reads_no_files_through_a_library(path: Path) -> None:
    text = path.read_text()
    for call in (r"Loader\(", r"(?<![\w.])open\(", r"\.read_text\(", r"harper\.Linter\("):
        assert not re.search(call, text), f"{path.name} calls {call}: that belongs in an adapter"


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(SOURCE)))
def test_core_never_reads_the_clock(path: Path) -> None:
    text = path.read_text()
    for call in ("datetime.now(", "date.today(", "datetime.utcnow(", "time.time("):
        assert call not in text, f"{path.name} calls {call}"


def test_the_layering_test_sees_every_layer() -> None:
    assert {_layer(_name(p)) for p in MODULES} - {""} == set(ALLOWED)
    assert len(CORE) >= 20
