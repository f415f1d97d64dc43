"""Peak memory: the app with a 50-exercise handout open, its preview rendered and painted.

`benchmarks.probe memory` starts the real app with the handout, waits for the
preview, scrolls through every page painting the window each time (as a
therapist reading the preview would), and ends. Peak resident memory is the
app process's own high-water mark (VmHWM in /proc/self/status), median of a
few launches.
"""

from __future__ import annotations

from . import gui
from .common import Context, Figure, median


def run(ctx: Context, figures: dict[str, Figure]) -> None:
    count = ctx.size(50, 50, 5)
    path = gui.handout_file(ctx, count)
    peaks, pages = [], 0
    for _ in range(ctx.size(3, 2, 1)):
        _, payload = gui.probe(ctx, "memory", path)
        # The child's own VmHWM: the kernel's wait4 figure would also count the
        # benchmark process it was forked from, before it became the app.
        if payload.get("peak_rss_mb") is None:
            raise RuntimeError("the app did not report its peak memory (no /proc?)")
        peaks.append(payload["peak_rss_mb"])
        pages = payload.get("pages", 0)
    figure = figures["memory"]
    figure.value = median(peaks)
    figure.detail = (f"{count} exercises, {pages} preview pages; peak RSS of the app process, "
                     f"median of {len(peaks)} launches (min {min(peaks):.0f}, "
                     f"max {max(peaks):.0f} MB)")
    ctx.log(f"memory: {figure.value:.0f} MB")
