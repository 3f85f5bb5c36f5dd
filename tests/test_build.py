"""Which build runs is found from where each module loads, without importing any."""

import importlib
import sys
from importlib.machinery import EXTENSION_SUFFIXES

from chrono.build import compiled_modules, description


def test_a_package_whose_module_is_an_extension_file_reports_that_module_only(tmp_path, monkeypatch):
    package = tmp_path / "builtdemo"
    (package / "inner").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "plain.py").write_text("raise AssertionError('imported')\n")
    (package / "inner" / "__init__.py").write_text("")
    # Never loaded: an extension that is only found, as compiled_modules finds it, need not be valid.
    (package / "inner" / f"fast{EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    monkeypatch.syspath_prepend(str(tmp_path))
    demo = importlib.import_module("builtdemo")
    try:
        assert compiled_modules(demo) == ["builtdemo.inner.fast"]
    finally:
        for name in [n for n in sys.modules if n.startswith("builtdemo")]:
            del sys.modules[name]


def test_the_description_names_the_build_that_runs():
    compiled = compiled_modules()
    assert description() == (f"compiled by mypyc: {len(compiled)} modules" if compiled else "pure Python")
    assert all(name.startswith("chrono.") for name in compiled)
