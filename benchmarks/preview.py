"""Edit to preview refreshed: the real main window, an edit through the undo stack.

`benchmarks.probe edit` starts the app with a 10-exercise handout open, waits
for its preview, then changes an exercise's reps a number of times, each as the
item editor does (a `SetItemField` command pushed on the document's undo
stack), and times each edit until `PreviewPane.refreshed` brings the new PDF on
screen. That includes the preview's debounce (`preview.DEBOUNCE_MS`), the copy,
the render on the worker thread and loading the PDF into the view.
"""

from __future__ import annotations

from . import gui
from .common import Context, Figure, median


def run(ctx: Context, figures: dict[str, Figure]) -> None:
    count = ctx.size(10, 10, 3)
    edits = ctx.size(15, 6, 2)
    path = gui.handout_file(ctx, count)
    _, payload = gui.probe(ctx, "edit", path, str(edits))
    latencies = payload["latencies"]
    renders = payload.get("render_seconds") or []
    debounce = payload.get("debounce_ms")
    debounce = f"{debounce} ms debounce" if debounce is not None else "the debounce"
    figure = figures["edit_preview"]
    figure.value = median(latencies)
    figure.detail = (f"{len(latencies)} edits (reps) on a {payload.get('items', count)}-exercise "
                     f"handout; worst {max(latencies):.3f} s; includes {debounce}; "
                     f"the render itself {median(renders):.3f} s (median, worker thread)"
                     if renders else f"{len(latencies)} edits; worst {max(latencies):.3f} s")
    ctx.log(f"edit to preview: {figure.value:.3f} s")
    if not ctx.quick:
        # The whole handout is rendered again on each edit: how does it scale?
        try:
            _, big = gui.probe(ctx, "edit", gui.handout_file(ctx, 50), "5")
            figure.detail += (f"; on a 50-exercise handout: median "
                              f"{median(big['latencies']):.3f} s, worst "
                              f"{max(big['latencies']):.3f} s")
        except Exception as error:  # the 10-exercise figure stands without it
            figure.detail += f"; on a 50-exercise handout: n/a ({type(error).__name__})"
