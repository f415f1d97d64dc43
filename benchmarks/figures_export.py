"""What the pictures cost in an export: ten built figures drawn onto a PDF page.

Cold (the figure files read and their path text formatted, as in the first export of a
session) and warm (cached, as in every export after it), CPU time, with the page
compressed as the handout's pages are. The stick figures this replaced were measured
the same way on this machine just before they were removed (commit 51bb073, the
machine busy): cold 63-78 ms, warm 11-13 ms for ten figures, 27 KB; the body figures
then: cold 61-66 ms, warm 21-22 ms, 57 KB (twice the path data, so twice the zlib
time). A whole 10-exercise export is `export_10`.
"""

from __future__ import annotations

import functools
import gc
import io
import time

from .common import Context, Figure, median

COUNT = 10


def _clear_caches() -> None:
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and \
                getattr(obj, "__module__", "").startswith("handout.figures"):
            obj.cache_clear()


def run(ctx: Context, figures: dict[str, Figure]) -> None:
    from reportlab import rl_config
    from reportlab.pdfgen import canvas

    from handout import figures as F
    from handout.library import ExerciseLibrary

    rl_config.useA85 = 0  # as handout.pdf.render sets it
    definitions = [F.definition_of(e) for e in ExerciseLibrary().all()]
    definitions = [d for d in definitions if F.built_figure(d) is not None][:COUNT]

    def draw() -> int:
        buffer = io.BytesIO()
        page = canvas.Canvas(buffer, invariant=1)
        for i, definition in enumerate(definitions):
            F.figure_drawing(definition, 170, 110, "left" if i % 2 else "right").drawOn(
                page, 20, 20)
        page.showPage()
        page.save()
        return len(buffer.getvalue())

    cold, warm = [], []
    size = 0
    for _ in range(ctx.size(9, 5, 2)):
        _clear_caches()
        started = time.process_time()
        draw()
        cold.append(time.process_time() - started)
        started = time.process_time()
        size = draw()
        warm.append(time.process_time() - started)
    figure = figures["export_figures"]
    figure.value = median(cold) * 1000
    figure.aside = f"warm {median(warm) * 1000:.1f} ms"
    figure.detail = (f"{len(definitions)} figures, CPU time, median of {len(cold)}: cold "
                     f"{median(cold) * 1000:.1f} ms, warm {median(warm) * 1000:.1f} ms, "
                     f"{size / 1024:.1f} KB compressed; the stick figures before them: "
                     "cold 63-78 ms, warm 11-13 ms (see benchmarks/figures_export.py)")
    ctx.log(f"figures in an export: cold {median(cold) * 1000:.1f} ms, "
            f"warm {median(warm) * 1000:.1f} ms")
