"""Generate the tables of docs/config.md from the config's sections (followup.adapters.config.SECTIONS): a table
of keys, defaults and meanings for each of [profile], [policy], [checks], [smtp] and [imap], and the complete
example, every key of [profile], [policy] and [checks] at its default. Only the text between each pair of
markers (<!-- policy-table:start --> ... <!-- policy-table:end -->, <!-- example:start --> ...) is rewritten.

Run it from the project root:

    .venv/bin/python docs/config.py           # rewrites the tables in docs/config.md
    .venv/bin/python docs/config.py --check   # exits 1 if docs/config.md is stale
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from followup.adapters.config import SECTIONS
from followup.core.settings import Section, Setting, show

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "config.md"

# The example's [profile]: the profile's defaults are no use for a name and an email.
EXAMPLE_PROFILE = {"name": "Alex Morgan", "email": "alex.morgan@example.com", "phone": "+1 555 010 0199",
                   "timezone": "America/New_York", "country": "US", "region": "NY"}
# The tables of the complete example (the mail accounts have no defaults worth writing out).
EXAMPLE_SECTIONS = ("profile", "policy", "checks")


def default(setting: Setting) -> str:
    """A setting's default as the docs' tables show it."""
    if setting.default_text is not None:
        return setting.default_text
    if setting.default is None:
        return "none"
    return f"`{toml(setting.default)}`" if isinstance(setting.default, (tuple, dict)) else f"`{show(setting.default)}`"


def toml(value: object) -> str:
    """A value as the config file writes it."""
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(toml(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{key} = {toml(item)}" for key, item in value.items()) + " }" if value else "{}"
    if isinstance(value, (bool, int, float)):
        return show(value)
    return json.dumps(show(value))


def table(section: Section) -> str:
    rows = [f"| `{s.name}` | {default(s)} | {s.meaning} |" for s in section.settings]
    return "\n".join(["| setting | default | meaning |", "| --- | --- | --- |", *rows])


def example() -> str:
    lines = ["```toml"]
    for section in SECTIONS:
        if section.name not in EXAMPLE_SECTIONS:
            continue
        values = EXAMPLE_PROFILE if section.name == "profile" else section.defaults()
        lines += [f"[{section.name}]", *(f"{name} = {toml(value)}" for name, value in values.items()), ""]
    return "\n".join(lines[:-1] + ["```"])


def blocks() -> dict[str, str]:
    """Each marker's name and the text between its start and end."""
    return {"example": example(), **{f"{section.name}-table": table(section) for section in SECTIONS}}


def generate(text: str) -> str:
    """`text` with every generated block rewritten; an error when a marker is missing."""
    for name, block in blocks().items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"{OUTPUT.relative_to(ROOT)}: no <!-- {name}:start --> ... <!-- {name}:end -->")
        text = pattern.sub(lambda found, block=block: found.group(1) + block + "\n" + found.group(2), text)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rewrite the settings tables in docs/config.md.")
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/config.md is stale; write nothing")
    args = parser.parse_args(argv)
    current = OUTPUT.read_text(encoding="utf-8")
    text = generate(current)
    if args.check:
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is stale: run .venv/bin/python docs/config.py", file=sys.stderr)
            return 1
        return 0
    if current != text:
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
