"""Panels: the key frames of one exercise laid out as a figure, fitted as curves, encoded.

Build time only (numpy). Every frame is drawn with the same camera and the
same framing, so what stays still stays put from panel to panel. The layout:

- `panels` (the default): each key frame in its own panel at full strength,
  side by side, or one above the other when the pose is wide (lying), so
  the whole picture is never a thin strip;
- `sequence`: each key frame in its own panel, in rows of three, read in
  order with no arrow (the hand shapes of a tendon glide);
- `overlay`: one panel, the start pose faded behind the end pose, for a small
  movement that two nearly identical panels would hide. The start is drawn
  with a dashed outline, so it still reads as "start" on a black-and-white
  photocopy (the tint alone would vanish).

The arrow goes on the last panel (where the part has moved to), placed clear
of the body and props that panel shows; with `arrows: each` every panel after the
first has its own, for the step from the panel before. Lines are fitted as cubic Beziers in the working
raster's pixels (so the tolerance is a fraction of a pixel), then moved into
figure units (`built.UNITS` on the figure's longer side) and rounded.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import built
from .arrows import ArrowSpec, Mark, arrow_marks
from .camera import Framing
from .curves import fit_curve
from .render import PoseLines

# The gap between panels, as a share of a panel's shorter side.
GAP_SHARE = 0.08
# Panels wider than this (width / height) are stacked one above the other.
STACK_ASPECT = 1.25
# A `sequence` (a row of hand shapes) goes in rows of at most this many panels.
SEQUENCE_COLUMNS = 3
FIT_TOLERANCE_PX = 0.55
# Fills sit under a stroke that covers their edge: a looser fit is invisible.
FILL_TOLERANCE_PX = 1.2
# The ground line reaches this far beyond the figure, as a share of its width.
FLOOR_OVERHANG = 0.04


@dataclass
class FigurePlan:
    """How to lay out one exercise."""

    layout: str                  # "panels" or "overlay"
    arrow: ArrowSpec | None
    floor: bool                  # draw a ground line (horizontal views)
    side: str                    # the patient's side the figure shows
    # An arrow on every panel after the first, for the step from the panel before
    # (a shoulder roll: up, then back and down); otherwise on the last panel only.
    each: bool = False


def compose(frames: list[PoseLines], plan: FigurePlan) -> dict:
    """The figure's JSON-ready data (without the source hash and exercise id)."""
    framing = frames[0].framing
    # The arrow keeps clear of what its panel shows: the last pose (and, in an
    # overlay, the faded start too). It may reach a little past the framing;
    # every panel then grows the same way, so the poses stay in register.
    occupied = frames[-1].body_mask.copy()
    if plan.layout == "overlay":
        occupied |= frames[0].body_mask
    # With a ground line (a level camera: image height = world height) nothing goes
    # below the floor.
    floor_y = 0.0 if plan.floor else None
    panel_marks: dict[int, list[Mark]] = {}
    if plan.arrow is not None and plan.each and plan.layout == "panels" and len(frames) > 2:
        a = plan.arrow
        for index in range(1, len(frames)):
            step = ArrowSpec(a.kind, a.path[index - 1:index + 1], a.pivot, a.push,
                             a.eyes if index == len(frames) - 1 else None)
            panel_marks[index] = arrow_marks(step, frames[index].body_mask, framing,
                                             frames[index].prop_mask, floor_y=floor_y)
    elif plan.arrow is not None:
        panel_marks[len(frames) - 1] = arrow_marks(plan.arrow, occupied, framing,
                                                   frames[-1].prop_mask, floor_y=floor_y)
    marks = [m for ms in panel_marks.values() for m in ms]
    x0, y0, x1, y1 = framing.x0, framing.y0, framing.x1, framing.y1
    if marks:
        points = np.vstack([m.points for m in marks])
        pad = 0.015 * max(x1 - x0, y1 - y0)
        x0, y0 = min(x0, float(points[:, 0].min()) - pad), min(y0, float(points[:, 1].min()) - pad)
        x1, y1 = max(x1, float(points[:, 0].max()) + pad), max(y1, float(points[:, 1].max()) + pad)
    pw, ph = x1 - x0, y1 - y0
    count = 1 if plan.layout == "overlay" else len(frames)
    stacked = count > 1 and pw / ph > STACK_ASPECT and plan.layout != "sequence"
    gap = GAP_SHARE * min(pw, ph)
    columns = min(count, SEQUENCE_COLUMNS) if plan.layout == "sequence" else count
    rows = -(-count // columns)
    if plan.layout == "sequence":
        total_w, total_h = columns * pw + (columns - 1) * gap, rows * ph + (rows - 1) * gap
    elif stacked:
        total_w, total_h = pw, count * ph + (count - 1) * gap
    else:
        total_w, total_h = count * pw + (count - 1) * gap, ph
    scale = built.UNITS / max(total_w, total_h)  # figure units per mm
    size = [int(round(total_w * scale)), int(round(total_h * scale))]
    panels = []
    for index in range(count):
        if plan.layout == "sequence":
            # Left to right, then the next row down; a short last row is centred.
            row, col = divmod(index, columns)
            in_row = min(columns, count - row * columns)
            ox = (col + (columns - in_row) / 2) * (pw + gap)
            oy = (rows - 1 - row) * (ph + gap)
        elif stacked:
            ox, oy = 0.0, (count - 1 - index) * (ph + gap)
        else:
            ox, oy = index * (pw + gap), 0.0
        box = [int(round(ox * scale)), int(round(oy * scale)), int(round(pw * scale)),
               int(round(ph * scale))]
        # Working-raster pixels (x right, y down) -> figure units (x right, y up).
        s = scale / framing.px_per_mm
        transform = (s, (ox + framing.x0 - x0) * scale, (oy + framing.y1 - y0) * scale)
        layers: list[list[str]] = []
        if plan.layout == "overlay":
            _pose_layers(layers, frames[0], framing, transform, ghost=True, props=False)
            _pose_layers(layers, frames[-1], framing, transform, ghost=False, props=True,
                         floor=plan.floor)
        else:
            _pose_layers(layers, frames[index], framing, transform, ghost=False, props=True,
                         floor=plan.floor)
        if plan.layout == "overlay":
            shown = marks
        else:
            shown = panel_marks.get(index, [])
        if shown and (plan.layout != "overlay" or index == count - 1):
            _mark_layers(layers, shown, framing, transform)
        panels.append({"box": box, "layers": layers})
    return {"size": size, "side": plan.side, "layout": plan.layout,
            "stacked": stacked, "panels": panels}


def _to_units(points_px: np.ndarray, transform) -> np.ndarray:
    s, ox, top = transform
    return np.stack([ox + points_px[:, 0] * s, top - points_px[:, 1] * s], 1)


def _mm_to_px(points_mm: np.ndarray, framing: Framing) -> np.ndarray:
    return framing.to_pixels(points_mm[:, 0], points_mm[:, 1])


def _fitted(points_px: np.ndarray, closed: bool, transform,
            tolerance: float = FIT_TOLERANCE_PX) -> tuple[list[tuple], bool]:
    """One line as absolute integer ops in figure units."""
    segments = fit_curve(points_px, closed, tolerance=tolerance,
                         step=2.5 if tolerance <= FIT_TOLERANCE_PX else 3.5)
    if not segments:
        return [], closed
    ops: list[tuple] = []
    start = _to_units(segments[0][0][None], transform)[0]
    ops.append(("M", *_round(start)))
    for p0, c1, c2, p3 in segments:
        q = _to_units(np.stack([c1, c2, p3]), transform)
        ops.append(("C", *_round(q[0]), *_round(q[1]), *_round(q[2])))
    return ops, closed


def _round(p) -> tuple[int, int]:
    return int(round(float(p[0]))), int(round(float(p[1])))


def _polygon(points_px: np.ndarray, transform) -> list[tuple]:
    q = _to_units(points_px, transform)
    ops = [("M", *_round(q[0]))] + [("L", *_round(p)) for p in q[1:]]
    return ops


def _add(layers: list[list[str]], role: str, subpaths: list[tuple[list[tuple], bool]]) -> None:
    subpaths = [(ops, closed) for ops, closed in subpaths if len(ops) > 1]
    if subpaths:
        layers.append([role, built.encode_path(subpaths)])


def _pose_layers(layers, lines: PoseLines, framing: Framing, transform, ghost: bool,
                 props: bool, floor: bool = False) -> None:
    if floor and not ghost:
        _add(layers, "floor", [_floor(lines, framing, transform)])
    if props:
        for _, loops in lines.prop_fills:
            _add(layers, "prop-fill", [_fitted(_mm_to_px(p, framing), True, transform,
                                               FILL_TOLERANCE_PX) for p in loops])
    fill = [_fitted(_mm_to_px(p, framing), True, transform, FILL_TOLERANCE_PX)
            for p in lines.body_fill]
    if ghost:
        _add(layers, "ghost-fill", fill)
        _add(layers, "ghost-line", [_fitted(_mm_to_px(p, framing), c, transform)
                                    for p, c in lines.outline])
        return
    _add(layers, "body-fill", fill)
    if props:
        _add(layers, "prop-line", [_fitted(_mm_to_px(p, framing), c, transform)
                                   for p, c in lines.prop_lines])
    _add(layers, "inner", [_fitted(_mm_to_px(p, framing), c, transform)
                           for p, c in lines.inner])
    _add(layers, "outline", [_fitted(_mm_to_px(p, framing), c, transform)
                             for p, c in lines.outline])


def _floor(lines: PoseLines, framing: Framing, transform) -> tuple[list[tuple], bool]:
    """A ground line at y = 0 under the figure (a little wider than it)."""
    xs = [p[:, 0] for p in lines.body_fill] + [p[:, 0] for _, loops in lines.prop_fills
                                               for p in loops]
    if not xs:
        return [], False
    x = np.concatenate(xs)
    width = framing.x1 - framing.x0
    x0 = max(framing.x0, float(x.min()) - FLOOR_OVERHANG * width)
    x1 = min(framing.x1, float(x.max()) + FLOOR_OVERHANG * width)
    px = _mm_to_px(np.array([[x0, 0.0], [x1, 0.0]]), framing)
    return _polygon(px, transform), False


def _mark_layers(layers, marks: list[Mark], framing: Framing, transform) -> None:
    by_role: dict[str, list] = {}
    for mark in marks:
        px = _mm_to_px(mark.points, framing)
        if mark.role in ("arrow-head", "symbol-fill"):
            by_role.setdefault(mark.role, []).append((_polygon(px, transform), True))
        else:
            by_role.setdefault(mark.role, []).append(_fitted(px, mark.closed, transform))
    for role in ("arrow", "arrow-head", "symbol", "symbol-fill"):
        if role in by_role:
            _add(layers, role, by_role[role])
