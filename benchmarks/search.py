"""Library search: one keystroke's query over 5,000 exercises.

A synthetic library of 5,000 exercises is written as JSON files into a scratch
user folder and loaded with `ExerciseLibrary`, as the app loads it. Then the
therapist "types" a few queries a letter at a time (including a typo), and
every prefix is one timed search. The figure is the median keystroke; the
worst keystroke, the load and the index build are in the details.
"""

from __future__ import annotations

import time

from . import data
from .common import Context, Figure, median

QUERIES = ["clamshell", "glute med", "hamstirng", "knee band", "shoulder ext", "calf raise"]


def keystrokes(queries: list[str]) -> list[str]:
    """Every prefix of every query, as typed: "c", "cl", "cla"..."""
    return [query[:n] for query in queries for n in range(1, len(query) + 1)
            if query[:n].strip()]


def run(ctx: Context, figures: dict[str, Figure]) -> None:
    from handout.library import ExerciseLibrary

    count = ctx.size(5000, 5000, 200)
    folder = ctx.work / "search-library"
    data.write_exercises(data.synthetic_exercises(count), folder)

    started = time.perf_counter()
    library = ExerciseLibrary(user_dir=folder)
    load = time.perf_counter() - started
    started = time.perf_counter()
    library.search_index()
    build = time.perf_counter() - started

    typed = keystrokes(QUERIES)
    per_key: dict[str, list[float]] = {key: [] for key in typed}
    cpu_per_key: dict[str, list[float]] = {key: [] for key in typed}
    hits: dict[str, int] = {}
    for _ in range(ctx.repeats):
        for key in typed:
            started, cpu_started = time.perf_counter(), time.process_time()
            found = library.search(key)
            per_key[key].append(time.perf_counter() - started)
            cpu_per_key[key].append(time.process_time() - cpu_started)
            hits[key] = len(found)
    medians = {key: median(times) * 1000 for key, times in per_key.items()}
    cpu_medians = {key: median(times) * 1000 for key, times in cpu_per_key.items()}
    worst_key = max(medians, key=medians.get)
    fig = figures["search"]
    fig.value = median(list(medians.values()))
    fig.aside = f"worst {medians[worst_key]:.1f} ms"
    fig.extra_ok = medians[worst_key] < fig.limit
    fig.detail = (f"{len(library)} exercises; median over {len(typed)} keystrokes of "
                  f"{len(QUERIES)} queries, {ctx.repeats} runs each; worst keystroke "
                  f"\"{worst_key}\" {medians[worst_key]:.2f} ms ({hits[worst_key]} hits; CPU time "
                  f"{cpu_medians[worst_key]:.2f} ms); "
                  f"loading the library {load:.2f} s, building the index {build:.2f} s "
                  "(once per load)")
    ctx.log(f"search: {fig.value:.2f} ms median, worst {medians[worst_key]:.2f} ms")
    if not ctx.skip_gui:
        try:
            fig.detail += "; " + _in_the_window(ctx, folder, typed)
        except Exception as error:  # the core figure stands without the window's
            fig.detail += f"; in the window: n/a ({type(error).__name__}: {error})"


def _in_the_window(ctx: Context, folder, typed: list[str]) -> str:
    """The same keystrokes typed into the real library pane, until its list is painted."""
    import json

    from . import gui

    _, payload = gui.probe(ctx, "search", "-", json.dumps(typed), str(ctx.size(3, 2, 1)),
                           exercises=folder, timeout=60)
    times = {key: value * 1000 for key, value in payload["times"].items()}
    worst = max(times, key=times.get)
    return (f"in the window (search box to list repainted, thumbnails included): median "
            f"{median(list(times.values())):.1f} ms, worst \"{worst}\" {times[worst]:.1f} ms")
