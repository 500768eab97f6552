"""The repository's scripts (docs/config.py, docs/examples.py, tests/data/replies/train.py) loaded as modules,
for the tests that check what they make."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load(path: Path) -> ModuleType:
    """The script at `path`, run as a module of its own name (registered while it runs: a dataclass looks its
    module up by name)."""
    spec = importlib.util.spec_from_file_location(f"script_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module
