"""What an attacker tried against the parts that store, send or serve, and broke once: each test is one break,
found by attacking the real server and the real command, kept so that it stays fixed."""

from __future__ import annotations

import csv
from pathlib import Path

from conftest import Runner

FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0"]


def test_a_company_or_name_that_looks_like_a_formula_is_text_in_the_csv(run: Runner, tmp_path: Path) -> None:
    for n, formula in enumerate(FORMULAS):
        added = run("add", "--company", formula, "--role", formula, "--when", f"2026-11-1{n}T14:00",
                    "--interviewer", f"{formula} <dana{n}@q.example>")
        assert added.returncode == 0, added.stderr
    target = tmp_path / "all.csv"
    assert run("export", "--csv", str(target)).returncode == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    cells = [row[column] for row in rows for column in ("company", "role", "interviewers")]
    assert len(cells) == 12
    assert [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")] == []
    assert sorted(row["company"] for row in rows) == sorted("'" + formula for formula in FORMULAS)  # the text kept
