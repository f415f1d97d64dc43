"""The preview: edit to preview refreshed, edit to pixels on screen, first page painted.

- Edit to preview refreshed: `benchmarks.probe edit` starts the app with a
  10-exercise handout open, waits for its preview, then changes an exercise's
  reps a number of times, each as the item editor does (a `SetItemField`
  command pushed on the document's undo stack), and times each edit until
  `PreviewPane.refreshed` says the new PDF is in the preview. That includes
  the preview's debounce (`preview.DEBOUNCE_MS`), the copy, the render on the
  worker thread and loading the PDF into the view.
- Edit to the new text painted: `benchmarks.probe typing` retypes the
  patient's name (shown at the top of page 1) and times each edit until a
  grab of the preview's viewport shows different, fully drawn pixels: what
  the therapist sees, whichever widget draws the pages and however it
  renders them (in the background or not).
- First page painted: `benchmarks.probe visible` launches the app with the
  handout open and reports, from process start, when the viewport first holds
  a drawn page (text pixels, not a blank sheet).

Each for a 10- and (outside --quick) a 50-exercise handout, in a 1400 x 900
window.
"""

from __future__ import annotations

from . import gui
from .common import Context, Figure, median


def run(ctx: Context, figures: dict[str, Figure]) -> None:
    try:
        _edit_refreshed(ctx, figures["edit_preview"])
    finally:
        try:
            _edit_painted(ctx, figures["edit_painted"])
        finally:
            _first_page(ctx, figures["first_page"])


def _edit_refreshed(ctx: Context, figure: Figure) -> None:
    count = ctx.size(10, 10, 3)
    edits = ctx.size(15, 6, 2)
    path = gui.handout_file(ctx, count)
    _, payload = gui.probe(ctx, "edit", path, str(edits))
    latencies = payload["latencies"]
    renders = payload.get("render_seconds") or []
    debounce = payload.get("debounce_ms")
    debounce = f"{debounce} ms debounce" if debounce is not None else "the debounce"
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


def _typing(ctx: Context, count: int, edits: int) -> dict:
    _, payload = gui.probe(ctx, "typing", gui.handout_file(ctx, count), str(edits))
    painted = [edit["painted"] for edit in payload["edits"]]
    refreshed = [edit["refreshed"] for edit in payload["edits"]]
    cpu = [edit.get("cpu", float("nan")) for edit in payload["edits"]]
    return {"painted": painted, "refreshed": refreshed, "cpu": cpu, "pages": payload.get("pages")}


def _edit_painted(ctx: Context, figure: Figure) -> None:
    count = ctx.size(10, 10, 3)
    small = _typing(ctx, count, ctx.size(12, 6, 2))
    figure.value = median(small["painted"])
    figure.detail = (f"{len(small['painted'])} edits of the patient's name on a {count}-exercise "
                     f"handout ({small['pages']} pages); worst {max(small['painted']):.3f} s; "
                     f"`refreshed` came after {median(small['refreshed']):.3f} s (median); "
                     f"CPU time of the app per edit {median(small['cpu']):.3f} s")
    ctx.log(f"edit to preview painted: {figure.value:.3f} s")
    if not ctx.quick:
        try:
            big = _typing(ctx, 50, 5)
            figure.detail += (f"; on a 50-exercise handout ({big['pages']} pages): median "
                              f"{median(big['painted']):.3f} s, worst {max(big['painted']):.3f} s, "
                              f"CPU {median(big['cpu']):.3f} s")
        except Exception as error:
            figure.detail += f"; on a 50-exercise handout: n/a ({type(error).__name__})"


def _visible(ctx: Context, count: int, launches: int) -> dict:
    ages, refreshed, shown, cpu = [], [], [], []
    for number in range(launches + (0 if ctx.tiny else 1)):
        _, payload = gui.probe(ctx, "visible", gui.handout_file(ctx, count))
        if number == 0 and not ctx.tiny:
            continue  # warm-up: the disk cache
        ages.append(payload["first_page_visible"])
        refreshed.append(payload["refreshed_at"])
        cpu.append(payload.get("cpu", float("nan")))
        if payload.get("shown_at") is not None:
            shown.append(payload["shown_at"])
    return {"ages": ages, "refreshed": refreshed, "shown": shown, "cpu": cpu}


def _first_page(ctx: Context, figure: Figure) -> None:
    count = ctx.size(10, 10, 3)
    small = _visible(ctx, count, ctx.size(5, 3, 1))
    figure.value = median(small["ages"])
    figure.detail = (f"`main.py FILE` with a {count}-exercise handout, from process start "
                     f"(clock ticks of 10 ms) to the first page drawn in the preview; median "
                     f"of {len(small['ages'])}, worst {max(small['ages']):.3f} s; window shown "
                     f"at {median(small['shown']) if small['shown'] else float('nan'):.3f} s, "
                     f"`refreshed` at {median(small['refreshed']):.3f} s; CPU time used by "
                     f"then {median(small['cpu']):.3f} s")
    ctx.log(f"first page painted: {figure.value:.3f} s")
    if not ctx.quick:
        try:
            big = _visible(ctx, 50, 3)
            figure.detail += (f"; with a 50-exercise handout: median {median(big['ages']):.3f} s, "
                              f"worst {max(big['ages']):.3f} s, CPU {median(big['cpu']):.3f} s")
        except Exception as error:
            figure.detail += f"; with a 50-exercise handout: n/a ({type(error).__name__})"
