"""The benchmarks still run: `python -m benchmarks --tiny` end to end, no timing asserted.

Tiny sizes prove every group's code path works (so the benchmark cannot rot
unnoticed); the figures themselves are only meaningful from a full run.
"""

from __future__ import annotations

import os

import pytest

from benchmarks.__main__ import run_all
from benchmarks.common import FIGURES

pytestmark = pytest.mark.core


def test_tiny_run_fills_every_row_and_writes_the_report(tmp_path):
    out = tmp_path / "BENCHMARKS.md"
    lines: list[str] = []
    home_before = os.environ["HANDOUT_HOME"]

    figures = run_all(tiny=True, out=out, echo=lines.append)

    assert [f.key for f in figures] == [key for key, *_ in FIGURES]
    printed = "\n".join(lines)
    text = out.read_text(encoding="utf-8")
    for figure in figures:
        assert figure.label[:40] in printed
        assert f"| {figure.label} | {figure.target} |" in text
        # Measured, or "n/a" only because a piece of the app is missing, never a crash.
        assert figure.value is not None or "Error" not in figure.na, (figure.key, figure.na)
    assert "## Machine" in text and "CPU" in text and "ReportLab" in text
    assert os.environ["HANDOUT_HOME"] == home_before  # the run put it back
