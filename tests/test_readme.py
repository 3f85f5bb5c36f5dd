"""The README is a user's manual: its Python examples must run as written."""

import re

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


def test_readme_opens_with_the_two_commands():
    first_block = re.search(r"```sh\n(.*?)```", README, re.DOTALL).group(1).strip().splitlines()
    assert first_block[0].endswith("chrono extract seeds/000_cb6d49b35ae820af.txt -o out/")
    assert first_block[1] == "python -m pytest"


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_python_examples_run(block, capsys):
    exec(compile(block, "README.md", "exec"), {})


def test_the_seed_table_matches_what_the_pipeline_prints(seed_timeline):
    table = re.search(r"\| date \| type / subtype .*?\n\|[-|:]+\|\n(.*?)\n\n", README, re.DOTALL).group(1)
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines()]
    printed = [
        [
            e.date.value if e.date else "undated",
            f"{e.type} / {e.subtype}",
            e.title,
            str(e.date.certainty) if e.date else "–",
            str(len(e.sources)),
        ]
        for e in seed_timeline.events
    ]
    assert rows == printed
