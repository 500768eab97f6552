"""The code stays easy to change: no function in src/ longer than 50 lines or with a cyclomatic complexity
(radon's count) over 15. `radon cc -s -n C src` lists the functions that come close."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from radon.complexity import cc_visit

SOURCE = Path(__file__).resolve().parent.parent / "src" / "followup"
MODULES = sorted(p for p in SOURCE.rglob("*.py") if "migrations" not in p.parts)
MAX_LINES, MAX_COMPLEXITY = 50, 15


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SOURCE)))
def test_no_long_function(path: Path) -> None:
    long = [f"{f.name} ({f.end_lineno - f.lineno + 1} lines)" for f in _functions(ast.parse(path.read_text()))
            if (f.end_lineno or f.lineno) - f.lineno + 1 > MAX_LINES]
    assert not long, f"{path.name}: {', '.join(long)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SOURCE)))
def test_no_complex_function(path: Path) -> None:
    blocks = cc_visit(path.read_text())
    found = [b for b in blocks for b in [b, *getattr(b, "methods", ())]]
    complex_ = sorted({f"{b.name} ({b.complexity})" for b in found
                       if b.complexity > MAX_COMPLEXITY and not hasattr(b, "methods")})
    assert not complex_, f"{path.name}: {', '.join(complex_)}"


def test_the_measure_can_fail() -> None:
    branches = "\n".join(f"    if x == {n}:\n        return {n}" for n in range(MAX_COMPLEXITY + 1))
    assert cc_visit(f"def f(x):\n{branches}\n    return -1\n")[0].complexity > MAX_COMPLEXITY
