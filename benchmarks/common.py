"""What every benchmark group shares: the figures and their targets, the run context, timing.

A figure is one row of the table: a measured value (a median of several runs)
against a target. A group that cannot measure a figure (a piece of the app
that is missing, a subprocess that failed) leaves it "n/a" with the reason
instead of stopping the run.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Figure:
    """One measured figure: value (in `unit`) against `limit` (value must stay below it)."""

    key: str
    label: str
    target: str
    limit: float
    unit: str
    value: float | None = None
    detail: str = ""  # runs, worst case, baseline, ratio...
    na: str = ""  # why it could not be measured
    extra_ok: bool = True  # a second condition (e.g. linear growth) also holds
    aside: str = ""  # shown next to the value in the table, e.g. "worst 4.2 ms"

    @property
    def status(self) -> str:
        if self.value is None:
            return "n/a"
        return "ok" if self.value < self.limit and self.extra_ok else "MISSED"

    def shown_value(self) -> str:
        if self.value is None:
            return f"n/a: {self.na or 'not measured'}"
        shown = format_value(self.value, self.unit)
        return f"{shown} ({self.aside})" if self.aside else shown


def format_value(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "ms":
        return f"{value:.2f} ms"
    if unit == "KB":
        return f"{value:.1f} KB"
    if unit == "MB":
        return f"{value:.2f} MB"
    return f"{value:g} {unit}"


# The table, in the order of the issue: key, label, target text, limit, unit.
FIGURES: list[tuple[str, str, str, float, str]] = [
    ("launch", "launch to main window shown (subprocess, offscreen)", "< 1.0 s", 1.0, "s"),
    ("launch_open", "launch to window with the last handout open and preview shown",
     "< 1.5 s", 1.5, "s"),
    ("export_10", "export 10-exercise handout (in process)", "< 0.15 s", 0.15, "s"),
    ("export_100", "export 100-exercise handout", "< 1.5 s, growing linearly", 1.5, "s"),
    ("export_figures", "draw 10 figures onto a page (cold: first export)",
     "< 80 ms, as the stick figures", 80.0, "ms"),
    ("export_scripts", "export 10 exercises in Arabic, Bengali, Chinese and Latin",
     "< 0.3 s", 0.3, "s"),
    ("size_page_zh", "PDF size, one-page Chinese handout", "< 1 MB", 1024.0, "KB"),
    ("size_page_en", "PDF size, one-page English handout", "< 150 KB", 150.0, "KB"),
    ("fonts_installed", "bundled fonts, installed size", "< 15 MB, each file < 3 MB", 15.0,
     "MB"),
    ("edit_preview", "edit to preview refreshed", "< 0.3 s", 0.3, "s"),
    ("edit_painted", "edit to the new text painted in the preview", "< 0.3 s", 0.3, "s"),
    ("first_page", "launch with a handout to its first page painted", "< 1.5 s", 1.5, "s"),
    ("search", "library search, 5,000 exercises, one keystroke", "< 10 ms", 10.0, "ms"),
    ("templates", "list 500 templates in a clinic folder", "< 0.2 s", 0.2, "s"),
    ("size_figures", "PDF size, 10 figure-illustrated exercises", "< 150 KB", 150.0, "KB"),
    ("size_photos", "PDF size, 10 exercises with 12-MP phone photos", "< 2.5 MB", 2.5, "MB"),
    ("memory", "peak memory, GUI with a 50-exercise handout", "< 300 MB", 300.0, "MB"),
    ("figures_build", "build every bundled figure from the body (2 cores)", "< 2 min",
     120.0, "s"),
    ("figures_memory", "peak memory of the figure build", "< 1 GB", 1024.0, "MB"),
    ("figures_pose", "pose every figure's key frames (150 exercises, one core, CPU)",
     "< 60 s", 60.0, "s"),
]


def new_figures() -> dict[str, Figure]:
    return {key: Figure(key, label, target, limit, unit)
            for key, label, target, limit, unit in FIGURES}


@dataclass
class Context:
    """Settings for one run: sizes, repeats, the scratch folder, what to skip."""

    quick: bool
    work: Path  # scratch folder; HANDOUT_HOME points inside it
    home: Path
    skip_gui: bool = False
    tiny: bool = False  # smoke-test sizes: proves the code runs, measures nothing useful
    python: str = sys.executable
    log: Callable[[str], None] = field(default=lambda message: None)
    # perf_counter() time by which everything must be done (the 5-minute budget).
    deadline: float = float("inf")

    def time_left(self) -> float:
        return self.deadline - time.perf_counter()

    @property
    def repeats(self) -> int:
        return 3 if self.quick else 7

    @property
    def launch_repeats(self) -> int:
        if self.tiny:
            return 1
        return 3 if self.quick else 7

    def size(self, full: int, quick: int, tiny: int | None = None) -> int:
        if self.tiny and tiny is not None:
            return tiny
        return quick if self.quick else full

    def child_env(self, **extra: str) -> dict[str, str]:
        """Environment for a subprocess of the app: offscreen, scratch user folder."""
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["HANDOUT_HOME"] = str(self.home)
        env.pop("HANDOUT_CLINIC_DIR", None)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(REPO)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
        env.update(extra)
        return env


def median(values: list[float]) -> float:
    return statistics.median(values)


def time_runs(action: Callable[[], object], repeats: int, warmup: int = 1) -> list[float]:
    """Seconds taken by `action`, once per repeat, after `warmup` unmeasured runs."""
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def time_runs_cpu(action: Callable[[], object], repeats: int,
                  warmup: int = 1) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of `action`, once per repeat, after `warmup` unmeasured runs.

    On a busy machine the wall time grows with the other work; the CPU time
    (this process, all threads) is close to what an idle machine would show.
    """
    for _ in range(warmup):
        action()
    wall, cpu = [], []
    for _ in range(repeats):
        started, cpu_started = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    return wall, cpu


def runs_detail(times: list[float], unit: str = "s") -> str:
    scale = 1000.0 if unit == "ms" else 1.0
    return (f"median of {len(times)}, min {format_value(min(times) * scale, unit)}, "
            f"max {format_value(max(times) * scale, unit)}")
