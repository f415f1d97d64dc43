"""The figure build: every bundled exercise drawn from the body, on both cores.

Runs `python -m handout figures build --force --out <scratch>` in a
subprocess (as a developer would) and samples the resident memory of the
whole process tree (the command and its worker processes, added up) every
50 ms from /proc, so the peak is what the machine really had to hold.
Reports the wall time, the CPU time, the peak, and the built files' size per
panel. While only part of the library is converted, it also builds the
converted definitions cycled up to 150 figures (`--cycle-to`, a benchmark-only
option), the library's eventual size, and reports that as the figure.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from .common import REPO, Context, Figure

LIBRARY = 150  # the library's eventual size (issue 14)


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc), 0 if gone."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            for line in status.splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
            for task in Path(f"/proc/{p}/task").iterdir():
                children = (task / "children").read_text().split()
                stack.extend(int(c) for c in children)
        except (OSError, ValueError):
            continue
    return total


def measure(out: Path, python: str = sys.executable,
            extra: tuple[str, ...] = ()) -> tuple[float, int, str, float]:
    """(seconds, peak bytes, last output line, CPU seconds) of one full build into `out`.

    The CPU time (the command and its workers) tells what the build costs on a
    busy machine, where the wall time also counts other people's work.
    """
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen([python, "-m", "handout", "figures", "build", "--force",
                                "--out", str(out), *extra], cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    output = (process.stdout.read() if process.stdout else "").strip().splitlines()
    return seconds, peak, output[-1] if output else "", cpu


def panel_sizes(folder: Path) -> list[float]:
    """Bytes per panel of every built figure in `folder`."""
    sizes = []
    for path in sorted(folder.glob("*.json")):
        if path.name == "index.json":
            continue
        panels = len(json.loads(path.read_text(encoding="utf-8"))["panels"])
        sizes.append(path.stat().st_size / max(1, panels))
    return sizes


def run(ctx: Context, figures: dict[str, Figure]) -> None:
    try:
        import numpy  # noqa: F401
    except ImportError:
        for key in ("figures_build", "figures_memory"):
            figures[key].na = "numpy not installed (pip install -e \".[figures]\")"
        return
    out = ctx.work / "built-figures"
    extra: tuple[str, ...] = ()
    if ctx.tiny:  # the smoke run: prove the path works on one exercise
        from handout.figures.engine.build import bundled_definitions, is_body_definition
        converted = [i for i, d in bundled_definitions() if is_body_definition(d)]
        if not converted:
            for key in ("figures_build", "figures_memory"):
                figures[key].na = "no exercise is in the body format yet"
            return
        extra = ("--exercise", converted[0], "--jobs", "1")
    seconds, peak, last, cpu = measure(out, ctx.python, extra)
    sizes = panel_sizes(out)
    build = figures["figures_build"]
    build.value = seconds
    per_panel = (f"; {sum(sizes) / len(sizes) / 1024:.1f} KB per panel on average, "
                 f"largest {max(sizes) / 1024:.1f} KB") if sizes else ""
    per_figure = f", {cpu / len(sizes):.2f} s CPU per figure" if sizes else ""
    build.detail = (f"{len(sizes)} figures; {last}; CPU time {cpu:.1f} s{per_figure} "
                    f"(wall time on two idle cores is about CPU / 2){per_panel}")
    memory = figures["figures_memory"]
    memory.value = peak / 2**20
    memory.detail = "resident memory of the command and its workers together, sampled"
    ctx.log(f"figures build: {seconds:.1f} s, peak {peak / 2**20:.0f} MB")
    if not ctx.tiny and 0 < len(sizes) < LIBRARY:
        # Not every exercise is converted yet: also build the converted ones over
        # and over up to the library's eventual size, to see the target coming.
        s150, p150, _, cpu150 = measure(ctx.work / "built-150", ctx.python,
                                        ("--cycle-to", str(LIBRARY)))
        build.detail += (f". Projection: the {len(sizes)} converted definitions cycled to "
                         f"{LIBRARY} figures took {s150:.1f} s ({cpu150:.0f} s CPU, peak "
                         f"{p150 / 2**20:.0f} MB)")
        build.value = s150
        memory.value = max(memory.value, p150 / 2**20)


if __name__ == "__main__":  # python -m benchmarks.figures_build: a quick look
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        s, p, line, cpu = measure(Path(folder))
        sizes = panel_sizes(Path(folder))
        print(f"{s:.1f} s wall, {cpu:.1f} s CPU, peak {p / 2**20:.0f} MB, {len(sizes)} "
              f"figures, {(sum(sizes) / len(sizes) / 1024) if sizes else 0:.1f} KB per panel; "
              f"{line}")
