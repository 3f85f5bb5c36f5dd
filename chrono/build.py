"""Which build is running: pure Python, or the pipeline compiled by mypyc.

The two give the same results and differ only in speed (setup.py explains the
compiled build), so benchmark figures mean little without it: ``chrono
--version`` and the benchmarks say which one they ran.
"""

from __future__ import annotations

import importlib.util
import pkgutil
from importlib.machinery import EXTENSION_SUFFIXES
from types import ModuleType

import chrono


def compiled_modules(package: ModuleType = chrono) -> list[str]:
    """The modules of ``package`` that load from a compiled extension, found without importing them."""
    compiled = []
    for module in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
        spec = importlib.util.find_spec(module.name)
        origin = spec.origin if spec is not None else None
        if origin is not None and origin.endswith(tuple(EXTENSION_SUFFIXES)):
            compiled.append(module.name)
    return sorted(compiled)


def description() -> str:
    compiled = compiled_modules()
    return f"compiled by mypyc: {len(compiled)} modules" if compiled else "pure Python"
