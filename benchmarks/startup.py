"""Launch times: the app started as a therapist starts it, in a subprocess, offscreen.

- Launch to main window shown: `python main.py` with `HANDOUT_MEASURE_STARTUP=1`
  (the app prints when its window is first shown, then quits).
- Launch with the last handout open and its preview shown: the real app is
  started with a saved 10-exercise handout as its argument (as "open recent"
  or a double-clicked file does) by `benchmarks.probe`, which reports when the
  preview shows that handout.

Both are wall time measured here, from spawning the process to its report
arriving (interpreter start and imports included), median of several launches
after one unmeasured launch that warms the disk cache. Each launch gets a
fresh, empty user folder.
"""

from __future__ import annotations

from . import gui
from .common import Context, Figure, median, runs_detail


def run(ctx: Context, figures: dict[str, Figure]) -> None:
    try:
        _launch_shown(ctx, figures["launch"])
    finally:
        _launch_open(ctx, figures["launch_open"])


def _launch_shown(ctx: Context, figure: Figure) -> None:
    times, reported = [], []
    for number in range(ctx.launch_repeats + (0 if ctx.tiny else 1)):
        env = gui.fresh_home(ctx, "launch")
        env["HANDOUT_MEASURE_STARTUP"] = "1"
        result = gui.launch(ctx, ["main.py"], "startup_seconds=", env=env)
        if number == 0 and not ctx.tiny:
            continue  # warm-up
        times.append(result.seconds)
        reported.append(float(result.line))
    figure.value = median(times)
    figure.detail = (f"`python main.py`, {runs_detail(times)}; the app's own figure "
                     f"(HANDOUT_MEASURE_STARTUP, from process start) {median(reported):.3f} s")
    ctx.log(f"launch: {figure.value:.3f} s")


def _launch_open(ctx: Context, figure: Figure) -> None:
    count = ctx.size(10, 10, 3)
    path = gui.handout_file(ctx, count)
    times, ages, shown, renders, cpu, shown_cpu = [], [], [], [], [], []
    pages = 0
    for number in range(ctx.launch_repeats + (0 if ctx.tiny else 1)):
        result, payload = gui.probe(ctx, "open", path)
        if number == 0 and not ctx.tiny:
            continue
        times.append(result.seconds)
        ages.append(payload["process_age"])
        if payload.get("shown_at") is not None:
            shown.append(payload["shown_at"])
        renders.append(payload.get("renders") or [])
        if payload.get("cpu") is not None and payload.get("shown_cpu") is not None:
            cpu.append(payload["cpu"])
            shown_cpu.append(payload["shown_cpu"])
        pages = payload.get("pages", 0)
    figure.value = median(times)
    figure.detail = (f"`main.py FILE` with a {count}-exercise handout ({pages} pages), "
                     f"until its preview is shown; {runs_detail(times)}; from process start, "
                     f"as the app counts it: {median(ages):.3f} s"
                     + (f" (window shown at {median(shown):.3f} s, then "
                        f"{median([len(r) for r in renders]):.0f} renders of "
                        f"{', '.join(f'{x:.3f}' for x in renders[len(renders) // 2])} s)"
                        if shown else "")
                     + (f"; CPU time used by then {median(cpu):.3f} s ({median(shown_cpu):.3f} s "
                        "when the window was shown): about the wall time on an idle machine"
                        if cpu else ""))
    ctx.log(f"launch with a handout: {figure.value:.3f} s")
