"""setuptools' build backend, asking for mypy as well when CHRONO_COMPILE=1 (see setup.py).

pyproject.toml's build requirements are static; this is the standard hook for
ones that depend on how the package is built, so a pure-Python install never
downloads mypy. setuptools runs setup.py to learn its own requirements, before
mypy is installed, and again for the package's metadata: those runs are told not to compile.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403 - the rest of the backend, unchanged

# mypy, and pydantic so that it sees the models' fields as pydantic declares them (with the
# package missing, mypy reads every model as Any and reports errors that are not there).
COMPILING = ["mypy>=1.11", "pydantic>=2.5"]
_SWITCH = "CHRONO_COMPILE"


@contextmanager
def _not_compiling() -> Iterator[None]:
    saved = os.environ.pop(_SWITCH, None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ[_SWITCH] = saved


def _requires(ask: Callable[[dict | None], list[str]], config_settings: dict | None) -> list[str]:
    compiling = os.environ.get(_SWITCH, "") == "1"
    with _not_compiling():
        requires = ask(config_settings)
    return [*requires, *COMPILING] if compiling else requires


def get_requires_for_build_wheel(config_settings: dict | None = None) -> list[str]:
    return _requires(build_meta.get_requires_for_build_wheel, config_settings)


def get_requires_for_build_editable(config_settings: dict | None = None) -> list[str]:
    return _requires(build_meta.get_requires_for_build_editable, config_settings)


# Metadata needs no compiling either: mypyc would type-check and translate everything twice.
def prepare_metadata_for_build_wheel(metadata_directory: str, config_settings: dict | None = None) -> str:
    with _not_compiling():
        return build_meta.prepare_metadata_for_build_wheel(metadata_directory, config_settings)


def prepare_metadata_for_build_editable(metadata_directory: str, config_settings: dict | None = None) -> str:
    with _not_compiling():
        return build_meta.prepare_metadata_for_build_editable(metadata_directory, config_settings)
