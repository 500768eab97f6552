"""The code passes its own linters: ruff on everything, mypy in strict mode on src/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff() -> None:
    result = run(str(BIN / "ruff"), "check", "src", "tests", "bench", "--output-format", "concise")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    from conftest import mypy_result

    result = mypy_result()  # started when the tests were collected (see conftest)
    assert result.returncode == 0, result.stdout + result.stderr
