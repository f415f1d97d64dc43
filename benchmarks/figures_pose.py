"""Posing the library: every converted exercise's key frames solved on the body, one core.

The pose half of the figure build (`handout.figures.engine.scene.pose_exercise`:
skinning, root fit, IK, contact checks) without drawing. While only part of the
library is converted, the converted definitions and the posture test subjects
(tests/core/data/figure_postures.json) are posed over and over up to the
library's eventual size (150 exercises), so the figure is the whole library's.
Reports CPU time (what the build costs on a busy machine) and the slowest one.
"""

from __future__ import annotations

import json
import time

from .common import REPO, Context, Figure

LIBRARY = 150


def definitions() -> list[tuple[str, dict]]:
    """(name, definition) of every converted bundled exercise and every posture subject."""
    from handout.figures.engine.build import bundled_definitions, is_body_definition

    out = [(i, d) for i, d in bundled_definitions() if is_body_definition(d)]
    subjects = REPO / "tests" / "core" / "data" / "figure_postures.json"
    if subjects.exists():
        data = json.loads(subjects.read_text(encoding="utf-8"))["figures"]
        out += [(f"posture {k}", v) for k, v in sorted(data.items())]
    return out


def measure(count: int) -> tuple[float, float, int, str, float]:
    """(CPU seconds, wall seconds, frames, slowest name, its CPU seconds) for `count` poses."""
    from handout.figures.engine.scene import pose_exercise

    pool = definitions()
    pose_exercise(pool[0][1], exercise_id=pool[0][0])  # load the body once, as a build does
    cpu0, wall0 = time.process_time(), time.perf_counter()
    frames, slowest, worst = 0, "", 0.0
    for k in range(count):
        name, definition = pool[k % len(pool)]
        started = time.process_time()
        frames += len(pose_exercise(definition, exercise_id=name))
        spent = time.process_time() - started
        if spent > worst:
            slowest, worst = name, spent
    return (time.process_time() - cpu0, time.perf_counter() - wall0, frames, slowest, worst)


def run(ctx: Context, figures: dict[str, Figure]) -> None:
    figure = figures["figures_pose"]
    try:
        import numpy  # noqa: F401
    except ImportError:
        figure.na = "numpy not installed (pip install -e \".[figures]\")"
        return
    count = 2 if ctx.tiny else LIBRARY
    cpu, wall, frames, slowest, worst = measure(count)
    figure.value = cpu
    figure.detail = (f"{count} exercises ({len(definitions())} definitions cycled), "
                     f"{frames} key frames: {cpu:.1f} s CPU, {wall:.1f} s wall, "
                     f"{cpu / count:.2f} s CPU per exercise; slowest {slowest} "
                     f"{worst:.2f} s")
    ctx.log(f"figures pose: {cpu:.1f} s CPU for {count} exercises")


if __name__ == "__main__":  # python -m benchmarks.figures_pose: a quick look
    cpu, wall, frames, slowest, worst = measure(LIBRARY)
    print(f"{LIBRARY} exercises, {frames} frames: {cpu:.1f} s CPU, {wall:.1f} s wall; "
          f"slowest {slowest} {worst:.2f} s")
