"""Export speed: `pdf.render` in process for a 10- and a 100-exercise handout.

The handouts use the bundled exercises (with their built body figures), real doses, notes, education and advice,
and a clinic profile with a footer. Each export is timed warm (the first one
in a process also loads fonts and is reported separately).
"""

from __future__ import annotations

import time

from . import data
from .common import Context, Figure, median, runs_detail, time_runs_cpu


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

    small_times, small_cpu = time_runs_cpu(lambda: pdf.render(small, clinic), ctx.repeats,
                                           warmup=0)
    large_times, large_cpu = time_runs_cpu(lambda: pdf.render(large, clinic),
                                           max(3, ctx.repeats - 2))
    t_small, t_large = median(small_times), median(large_times)
    from handout.figures import built_figure, definition_of
    illustrated = sum(1 for e in exercises if built_figure(definition_of(e)) is not None)

    fig = figures["export_10"]
    fig.value = t_small
    fig.detail = (f"{small_n} exercises; {runs_detail(small_times)}; CPU time "
                  f"{median(small_cpu):.3f} s; the first export in the process (fonts, "
                  f"figure files) {cold:.3f} s; {illustrated} of the {len(exercises)} "
                  "bundled exercises have a built figure")

    ratio = t_large / t_small
    cpu_ratio = median(large_cpu) / median(small_cpu)
    size_ratio = large_n / small_n
    # Linear or better: 10x the exercises may cost at most ~10x the time (plus noise).
    linear = min(ratio, cpu_ratio) <= size_ratio * 1.15
    fig = figures["export_100"]
    fig.value = t_large
    fig.extra_ok = linear
    fig.aside = f"{ratio:.1f}x the 10's time"
    fig.detail = (f"{large_n} exercises; {runs_detail(large_times)}; CPU time "
                  f"{median(large_cpu):.3f} s; {ratio:.1f}x the time of {small_n} for "
                  f"{size_ratio:.0f}x the exercises ({cpu_ratio:.1f}x in CPU time; "
                  f"{t_small / small_n * 1000:.1f} vs {t_large / large_n * 1000:.1f} ms per "
                  f"exercise): {'linear' if linear else 'NOT linear'}")
    ctx.log(f"export: {t_small:.3f} s / {t_large:.3f} s")
