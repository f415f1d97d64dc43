"""Export speed: `pdf.render` in process for a 10- and a 100-exercise handout.

The handouts use the bundled exercises (with their illustrations, whatever
the figure renderer draws today), real doses, notes, education and advice,
and a clinic profile with a footer. Each export is timed warm (the first one
in a process also loads fonts and is reported separately).
"""

from __future__ import annotations

import time

from . import data
from .common import Context, Figure, median, runs_detail, time_runs


def run(ctx: Context, figures: dict[str, Figure]) -> None:
    from handout import pdf
    from handout.library import ExerciseLibrary

    library = ExerciseLibrary()
    exercises = library.all()
    clinic = data.clinic()
    small_n = ctx.size(10, 10, 3)
    large_n = ctx.size(100, 100, 10)
    small = data.handout_from(exercises, small_n)
    large = data.handout_from(exercises, large_n)

    started = time.perf_counter()
    pdf.render(small, clinic)
    cold = time.perf_counter() - started

    cpu_started = time.process_time()
    small_times = time_runs(lambda: pdf.render(small, clinic), ctx.repeats, warmup=0)
    small_cpu = (time.process_time() - cpu_started) / len(small_times)
    cpu_started = time.process_time()
    large_times = time_runs(lambda: pdf.render(large, clinic), max(3, ctx.repeats - 2))
    large_cpu = (time.process_time() - cpu_started) / (len(large_times) + 1)
    t_small, t_large = median(small_times), median(large_times)
    illustrated = sum(1 for e in exercises if e.illustration)

    fig = figures["export_10"]
    fig.value = t_small
    fig.detail = (f"{small_n} exercises; {runs_detail(small_times)}; first export in a fresh "
                  f"process {cold:.3f} s; CPU time {small_cpu:.3f} s per export; {illustrated}/{len(exercises)} bundled exercises "
                  "have an illustration")

    ratio = t_large / t_small
    size_ratio = large_n / small_n
    # Linear or better: 10x the exercises may cost at most ~10x the time (plus noise).
    linear = ratio <= size_ratio * 1.15
    fig = figures["export_100"]
    fig.value = t_large
    fig.extra_ok = linear
    fig.aside = f"{ratio:.1f}x the 10's time"
    fig.detail = (f"{large_n} exercises; {runs_detail(large_times)}; {ratio:.1f}x the time "
                  f"of {small_n} for {size_ratio:.0f}x the exercises "
                  f"({t_small / small_n * 1000:.1f} vs {t_large / large_n * 1000:.1f} ms per "
                  f"exercise): {'linear' if linear else 'NOT linear'}; CPU time "
                  f"{large_cpu:.3f} s per export")
    ctx.log(f"export: {t_small:.3f} s / {t_large:.3f} s")
