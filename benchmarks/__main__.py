"""`python -m benchmarks [--quick]`: run every benchmark, print the table, write BENCHMARKS.md."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Callable

from . import report
from .common import REPO, Context, Figure, new_figures

# Group name -> (module function, the figures it fills). Run in this order: the
# in-process ones first, the GUI subprocesses last.
GroupRun = Callable[[Context, dict[str, Figure]], None]


def _groups() -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        ("export", "benchmarks.export:run", ("export_10", "export_100")),
        ("figures-export", "benchmarks.figures_export:run", ("export_figures",)),
        ("languages", "benchmarks.languages:run",
         ("export_scripts", "size_page_zh", "size_page_en", "fonts_installed")),
        ("search", "benchmarks.search:run", ("search",)),
        ("templates", "benchmarks.templates:run", ("templates",)),
        ("size-figures", "benchmarks.sizes:run_figures", ("size_figures",)),
        ("size-photos", "benchmarks.sizes:run_photos", ("size_photos",)),
        ("figures-build", "benchmarks.figures_build:run", ("figures_build", "figures_memory")),
        ("figures-pose", "benchmarks.figures_pose:run", ("figures_pose",)),
        ("edit-preview", "benchmarks.preview:run",
         ("edit_preview", "edit_painted", "first_page")),
        ("startup", "benchmarks.startup:run", ("launch", "launch_open")),
        ("memory", "benchmarks.memory:run", ("memory",)),
    ]


GUI_GROUPS = ("edit-preview", "startup", "memory")
# The whole run ends within five minutes even if the app hangs: subprocesses
# are stopped when this runs out, and their figures reported as n/a.
BUDGET_SECONDS = 280.0


def _load(target: str) -> GroupRun:
    module_name, function = target.split(":")
    module = __import__(module_name, fromlist=[function])
    return getattr(module, function)


def run_all(quick: bool = False, out: Path | None = None, skip_gui: bool = False,
            tiny: bool = False, only: list[str] | None = None,
            echo: Callable[[str], None] = print) -> list[Figure]:
    """Run the groups, print the table, write the report to `out`; the figures."""
    started = time.perf_counter()
    machine_info = report.machine()  # the load average before the benchmarks add their own
    figures = new_figures()
    previous_home = os.environ.get("HANDOUT_HOME")
    with tempfile.TemporaryDirectory(prefix="handout-bench-") as scratch:
        work = Path(scratch)
        home = work / "home"
        home.mkdir()
        # In-process code reads the user folder from here too: never the real one.
        os.environ["HANDOUT_HOME"] = str(home)
        ctx = Context(quick=quick or tiny, work=work, home=home, skip_gui=skip_gui,
                      tiny=tiny, log=lambda message: echo(f"  {message}"),
                      deadline=started + BUDGET_SECONDS)
        try:
            for name, target, keys in _groups():
                if only and name not in only:
                    for key in keys:
                        figures[key].na = "not run (--only)"
                    continue
                if skip_gui and name in GUI_GROUPS:
                    for key in keys:
                        figures[key].na = "skipped (--skip-gui)"
                    continue
                echo(f"[{time.perf_counter() - started:5.1f} s] {name}")
                group_started = time.perf_counter()
                try:
                    _load(target)(ctx, figures)
                except Exception as error:  # one broken group must not stop the others
                    reason = f"{type(error).__name__}: {error}".strip()
                    echo(f"  {name} failed: {reason}")
                    if os.environ.get("HANDOUT_BENCH_TRACE"):
                        traceback.print_exc()
                    for key in keys:
                        if figures[key].value is None and not figures[key].na:
                            figures[key].na = reason[:300]
                echo(f"  ({time.perf_counter() - group_started:.1f} s)")
        finally:
            if previous_home is None:
                os.environ.pop("HANDOUT_HOME", None)
            else:
                os.environ["HANDOUT_HOME"] = previous_home
    elapsed = time.perf_counter() - started
    rows = list(figures.values())
    echo("")
    echo(report.text_table(rows))
    if out is not None:
        command = "python -m benchmarks" + (" --quick" if quick and not tiny else "") + \
            (" --tiny" if tiny else "") + (" --skip-gui" if skip_gui else "")
        report.write(out, report.markdown(rows, command, elapsed, quick or tiny,
                                          machine_info=machine_info, tiny=tiny))
        echo(f"\nwritten {out} ({elapsed:.0f} s)")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="fewer repeats (sizes stay as the targets say)")
    parser.add_argument("--tiny", action="store_true",
                        help="tiny sizes, for the smoke test: proves it runs, measures nothing")
    parser.add_argument("--skip-gui", action="store_true",
                        help="leave out the figures that start the GUI")
    parser.add_argument("--only", action="append", metavar="GROUP",
                        choices=[name for name, _, _ in _groups()],
                        help="run only this group (repeatable)")
    parser.add_argument("--out", type=Path, default=REPO / "BENCHMARKS.md",
                        help="where to write the report (default: BENCHMARKS.md)")
    args = parser.parse_args(argv)
    run_all(quick=args.quick, out=args.out, skip_gui=args.skip_gui, tiny=args.tiny,
            only=args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
