"""Movement arrows and symbols: beside the moving part, never on top of the body.

Build time only (numpy). All geometry is in image-plane millimetres (x right,
y up) of one panel; `clear` masks (pixels of the panel's framing) say where
the body and props are.

- A movement arrow follows the path of the moving point from start to end:
  an arc about the pivot when there is one (a knee opening about the hip),
  else the straight path. It is moved sideways (a bigger or smaller arc, or
  a parallel line) until it keeps a clear gap from the body and props in
  every frame, made at least `MIN_LENGTH_SHARE` of the panel long, and gets
  one head ("one-way") or two ("both", "turn"). A part turning on the spot
  with no pivot (the head) gets a flat curved arrow over or beside it.
- Holding still: a pause sign (two bars in a ring) beside the part.
- Pressing without moving: two short arrows pointing at the part, joined by a
  bar across their tails (a push, not a movement).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .camera import Framing
from .contours import dilate, sample_at

# Shares of the panel's size (`panel_size`).
MIN_LENGTH_SHARE = 0.17
MAX_LENGTH_SHARE = 0.45
CLEARANCE_SHARE = 0.025
STEP_SHARE = 0.02
HEAD_SHARE = 0.06
SYMBOL_SHARE = 0.045
EYES_SHARE = 0.065  # half the width of the closed-eye sign
# How far past the framing an arrow may reach (the panel grows to hold it).
ROOM_SHARE = 0.12
# What an arrow placed other than along the whole movement costs (shares of the
# panel; moving any arrow sideways costs its distance): beside the end of the
# movement, past the part, beside the start, before it, and per share slid further.
END_COST = 0.05
PAST_COST = 0.13
START_COST = 0.15
BEFORE_COST = 0.17
ARC_PAST_COST = 0.22
SLIDE_COST = 0.5


@dataclass(frozen=True)
class ArrowSpec:
    """What to show about the movement, in the panel's image-plane mm."""

    kind: str                        # one-way, both, turn, press, hold, pulse, none
    path: np.ndarray                 # (k, 2) the moving point in each frame, start first
    pivot: np.ndarray | None = None  # (2,) the centre it turns about, if any
    push: np.ndarray | None = None   # (2,) unit direction of a press (default: down)
    eyes: np.ndarray | None = None   # (2,) the head, when the eyes are closed: a sign by it


@dataclass
class Mark:
    """One drawn piece: a polyline (stroked) or a closed polygon (filled)."""

    role: str          # arrow, arrow-head, symbol, symbol-fill
    points: np.ndarray
    closed: bool


def arrow_marks(spec: ArrowSpec, occupied: np.ndarray, framing: Framing,
                props: np.ndarray | None = None, floor_y: float | None = None) -> list[Mark]:
    """The marks for a movement, placed clear of `occupied` (bool pixels of the panel).

    `props`: pixels of solid props; an arrow is never put on the far side of one
    from the part it belongs to (beyond the wall a hand pushes against).
    `floor_y`: the image height (mm) of the floor line when one is drawn; nothing
    goes below it (an arrow under the floor reads as a movement into the ground).
    """
    size = panel_size(framing)
    clearance_px = max(2, int(round(CLEARANCE_SHARE * size * framing.px_per_mm)))
    blocked = dilate(occupied, clearance_px)
    if floor_y is not None:
        row = int(math.floor((framing.y1 - floor_y) * framing.px_per_mm)) - clearance_px
        blocked = blocked.copy()
        blocked[max(0, row):, :] = True
    if spec.eyes is None:
        return _movement_marks(spec, blocked, framing, size, props, floor_y)
    # Eyes closed: the sign goes beside the head first; the movement's marks keep clear.
    eyes, centre, radius = _closed_eyes(spec.eyes, blocked, framing, size)
    rows, cols = np.indices(blocked.shape)
    at = framing.to_pixels(np.array([centre[0]]), np.array([centre[1]]))[0]
    reach = (radius * 1.4 + CLEARANCE_SHARE * size) * framing.px_per_mm
    blocked = blocked | ((cols - at[0]) ** 2 + (rows - at[1]) ** 2 < reach ** 2)
    return eyes + _movement_marks(spec, blocked, framing, size, props, floor_y)


def _movement_marks(spec: ArrowSpec, blocked: np.ndarray, framing: Framing, size: float,
                    props: np.ndarray | None, floor_y: float | None) -> list[Mark]:
    if spec.kind == "none":
        return []
    if spec.kind == "hold":
        return _hold_symbol(spec.path[-1], blocked, framing, size)
    if spec.kind == "press":
        return _press_symbol(spec, blocked, framing, size)
    if spec.kind == "pulse":
        return _pulse_symbol(spec.path[-1], blocked, framing, size)
    if spec.kind == "turn" and spec.pivot is None:
        return _turn_arc(spec, blocked, framing, size)
    bases = _centre_lines(spec, size)
    if not bases:
        return []  # the point does not move: no arrow rather than a wrong one
    best = _place(bases, spec, blocked, framing, size, props, floor_y)
    heads = 2 if spec.kind in ("both", "turn") else 1
    if _length(best) < (heads + 0.6) * HEAD_SHARE * size:
        # Only a scrap of any path is clear: a head with no shaft reads as nothing.
        # Take the whole path that crosses the body least (never across a prop).
        def badness(line: np.ndarray) -> tuple[bool, int]:
            across = props is not None and _across(spec.path[-1], line, props, framing)
            hits = int(sample_at(blocked, framing.to_pixels(line[:, 0], line[:, 1]),
                                 fill=False).sum())
            below = floor_y is not None and bool((line[:, 1] < floor_y).any())
            return below, across, hits
        best = min((line for line, _ in bases), key=badness)
    return _arrow(best, heads, size)


def _length(line: np.ndarray) -> float:
    return float(np.linalg.norm(np.diff(line, axis=0), axis=1).sum()) if len(line) > 1 else 0.0


def _turn_arc(spec: ArrowSpec, blocked: np.ndarray, framing: Framing,
              size: float) -> list[Mark]:
    """A part turning on the spot (the head): a flat curved two-headed arrow over it,
    like a ring round the part seen from a little above."""
    start = spec.path[-1]
    step = 0.01 * size
    top = start.copy()
    # Up from the part until clear of the body: the arrow sits just above it.
    for _ in range(200):
        px = framing.to_pixels(np.array([top[0]]), np.array([top[1]]))
        if not sample_at(blocked, px, fill=False)[0]:
            break
        top = top + np.array([0.0, step])
    half_width = MIN_LENGTH_SHARE * size * 0.75
    best, best_hits = None, None
    for lift in np.linspace(0.0, 0.12, 7) * size:
        centre = top + np.array([0.0, lift + 0.3 * half_width])
        angles = np.radians(np.linspace(200, 340, 40))
        arc = np.stack([centre[0] + half_width * np.cos(angles),
                        centre[1] + 0.3 * half_width * np.sin(angles)], 1)
        reach = ROOM_SHARE * size
        inside = ((arc[:, 1] < framing.y1 + reach) & (arc[:, 0] > framing.x0 - reach)
                  & (arc[:, 0] < framing.x1 + reach)).all()
        hits = int(sample_at(blocked, framing.to_pixels(arc[:, 0], arc[:, 1]),
                             fill=False).sum()) + (0 if inside else 1000)
        if best_hits is None or hits < best_hits:
            best, best_hits = arc, hits
        if hits == 0:
            break
    return _arrow(best, 2, size)


def panel_size(framing: Framing) -> float:
    """The panel's size for arrow lengths: the mean of its sides (geometric), so a
    wide lying figure does not get arrows longer than its height allows."""
    return math.sqrt((framing.x1 - framing.x0) * (framing.y1 - framing.y0))


def _centre_lines(spec: ArrowSpec, size: float) -> list[tuple[np.ndarray, float]]:
    """Paths the arrow may take before it is moved clear, best first, each with its
    cost (a share of the panel: how much worse than the whole movement it is).

    The whole movement (kept between the minimum and maximum length), then
    just its end, then just its start: when the limb's own end position
    leaves no room along the whole path, the arrow still shows the direction
    right beside the part. A straight movement may also be shown just past
    the part, or pointing at it from just before where it starts (a shoulder
    blade drawn in towards the spine: the arrow outside the shoulder).
    """
    start, end = spec.path[0], spec.path[-1]
    min_len, max_len = MIN_LENGTH_SHARE * size, MAX_LENGTH_SHARE * size
    if spec.pivot is not None:
        r0 = float(np.linalg.norm(start - spec.pivot))
        r1 = float(np.linalg.norm(end - spec.pivot))
        radius = max(0.5 * (r0 + r1), 1e-6)
        a0 = math.atan2(*(start - spec.pivot)[::-1])
        a1 = math.atan2(*(end - spec.pivot)[::-1])
        sweep = (a1 - a0 + math.pi) % (2 * math.pi) - math.pi
        if radius * abs(sweep) < 1e-3 * size:
            return []
        full = min(max(radius * abs(sweep), min_len), max_len) / radius
        part = min_len / radius
        middle = a0 + sweep / 2
        gap = 2.5 * CLEARANCE_SHARE * size / radius
        arcs = [(middle - math.copysign(full / 2, sweep), math.copysign(full, sweep), 0.0),
                (a1 - math.copysign(part, sweep), math.copysign(part, sweep), END_COST)]
        # On round past the part, slid further until clear (an arc going on past
        # where the limb stops overstates the range: the last resort before the
        # start); then just its start.
        for slide in np.linspace(0.0, 0.35 * size / radius, 6):
            arcs.append((a1 + math.copysign(gap + slide, sweep), math.copysign(part, sweep),
                         ARC_PAST_COST + SLIDE_COST * slide * radius / size))
        arcs.append((a0 - math.copysign(part * 0.15, sweep), math.copysign(part, sweep),
                     START_COST))
        t = np.linspace(0, 1, 48)
        return [(np.stack([spec.pivot[0] + radius * np.cos(b + w * t),
                           spec.pivot[1] + radius * np.sin(b + w * t)], 1), cost)
                for b, w, cost in arcs]
    d = end - start
    length = float(np.linalg.norm(d))
    if length < 1e-3 * size:
        return []
    u = d / length
    half = 0.5 * min(max(length, min_len), max_len)
    t = np.linspace(-1, 1, 24)[:, None]
    short = 0.5 * min_len
    gap = 2.5 * CLEARANCE_SHARE * size
    # Along the path; then beside its end; then just past the part, pointing on
    # the way it goes (a pelvis rising in a bridge: the arrow above the hips).
    bases = [(0.5 * (start + end) + u * half * t, 0.0),
             (end - u * short * 0.7 + u * short * t, END_COST)]
    # Past the part, and before it (behind a back moving towards a wall), slid
    # further out until clear of the body.
    for slide in np.linspace(0.0, 0.35 * size, 6):
        bases.append((end + u * (gap + short + slide) + u * short * t,
                      PAST_COST + SLIDE_COST * slide / size))
    bases.append((start + u * short * 0.7 + u * short * t, START_COST))
    for slide in np.linspace(0.0, 0.35 * size, 6):
        bases.append((start - u * (gap + short + slide) + u * short * t,
                      BEFORE_COST + SLIDE_COST * slide / size))
    return bases


def _place(bases: list[np.ndarray], spec: ArrowSpec, blocked: np.ndarray, framing: Framing,
           size: float, props: np.ndarray | None = None,
           floor_y: float | None = None) -> np.ndarray:
    """Move a path sideways (an arc outwards or inwards) until it is clear of everything."""
    step = STEP_SHARE * size
    candidates = []
    for centre, cost in bases:
        for k in [0, 1, -1, 2, -2, 3, -3, 4, 5, -4, 6, 7, 8, -5, 9, 10, 12]:
            if spec.pivot is not None:
                offset = centre - spec.pivot
                r = np.linalg.norm(offset, axis=1, keepdims=True)
                if (r + k * step).min() < 0.3 * r.max():
                    continue
                moved = spec.pivot + offset * (r + k * step) / r
            else:
                d = centre[-1] - centre[0]
                normal = np.array([-d[1], d[0]]) / (np.linalg.norm(d) + 1e-12)
                moved = centre + normal * k * step
            candidates.append((cost * size + abs(k) * step, moved))
    # The arrow may reach a little past the framing (the panel grows to hold it).
    reach = ROOM_SHARE * size
    min_len = MIN_LENGTH_SHARE * size
    # Past the framing the mask says nothing: the floor still holds there.
    lowest = framing.y0 - reach if floor_y is None else floor_y + CLEARANCE_SHARE * size
    best, best_score = bases[0][0], None
    for order, (cost, moved) in enumerate(candidates):
        px = framing.to_pixels(moved[:, 0], moved[:, 1])
        inside = ((moved[:, 0] > framing.x0 - reach) & (moved[:, 0] < framing.x1 + reach)
                  & (moved[:, 1] > lowest) & (moved[:, 1] < framing.y1 + reach))
        clear = ~sample_at(blocked, px, fill=False) & inside
        # The longest clear stretch: an arrow may start where the path leaves the body.
        run = _longest_run(clear)
        piece = moved[run[0]:run[1]]
        length = float(np.linalg.norm(np.diff(piece, axis=0), axis=1).sum()) if len(piece) > 1 \
            else 0.0
        share = len(piece) / len(moved)
        # Whole and clear first; then long enough and mostly clear; then the least bad.
        # Behind a prop from its part (across a wall) is as bad as not clear.
        behind = props is not None and _across(spec.path[-1], piece if len(piece) > 1
                                               else moved, props, framing)
        # Among the clear ones the cheapest: the whole movement, moved as little as
        # can be, beats a short arrow beside the part, which beats a parallel line
        # far off (the arrow stays beside the moving limb).
        score = (0 if share == 1.0 and not behind else
                 1 if (length >= min_len and share >= 0.6 and not behind) else 2,
                 -round(share, 1) if share < 1.0 else 0.0, round(cost, 6), order)
        if best_score is None or score < best_score:
            best, best_score = piece if len(piece) > 1 else moved, score
    return best


def _across(part: np.ndarray, line: np.ndarray, props: np.ndarray, framing: Framing) -> bool:
    """True when a solid prop lies between the part and the middle of the arrow."""
    middle = line[len(line) // 2]
    between = np.linspace(part, middle, 40)
    return bool(sample_at(props, framing.to_pixels(between[:, 0], between[:, 1]),
                          fill=False).any())


def _longest_run(flags: np.ndarray) -> tuple[int, int]:
    best = (0, 0)
    start = None
    for i, f in enumerate(list(flags) + [False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            if i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    return best


def _arrow(line: np.ndarray, heads: int, size: float) -> list[Mark]:
    head = HEAD_SHARE * size
    marks = []
    shaft = _trim(line, head * 0.8, heads == 2)
    marks.append(Mark("arrow", shaft, False))
    marks.append(Mark("arrow-head", _head(line, head), True))
    if heads == 2:
        marks.append(Mark("arrow-head", _head(line[::-1], head), True))
    return marks


def _trim(line: np.ndarray, amount: float, both: bool) -> np.ndarray:
    """The line shortened by `amount` at its end (and start), so heads sit on it."""
    d = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(line, axis=0), axis=1))]
    lo = amount if both else 0.0
    hi = d[-1] - amount
    keep = (d > lo) & (d < hi)
    start = _at(line, d, lo)
    end = _at(line, d, hi)
    return np.vstack([start, line[keep], end])


def _at(line: np.ndarray, d: np.ndarray, s: float) -> np.ndarray:
    return np.array([np.interp(s, d, line[:, 0]), np.interp(s, d, line[:, 1])])


def _head(line: np.ndarray, length: float) -> np.ndarray:
    """A filled arrow head at the end of `line`, pointing along its last stretch."""
    tip = line[-1]
    d = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(line, axis=0), axis=1))]
    back = _at(line, d, max(0.0, d[-1] - length))
    u = tip - back
    u = u / (np.linalg.norm(u) + 1e-12)
    n = np.array([-u[1], u[0]])
    base = tip - u * length
    return np.array([tip, base + n * length * 0.5, base + u * length * 0.18,
                     base - n * length * 0.5])


def _clear_spot(near: np.ndarray, radius: float, blocked: np.ndarray, framing: Framing,
                size: float) -> np.ndarray:
    """The point closest to `near` where a circle of `radius` touches nothing."""
    ring = np.linspace(0, 2 * math.pi, 24, endpoint=False)
    circle = np.stack([np.cos(ring), np.sin(ring)], 1)
    best, best_hits = near, None
    for distance in np.linspace(radius * 1.5, 0.4 * size, 14):
        for a in np.linspace(0, 2 * math.pi, 16, endpoint=False):
            c = near + distance * np.array([math.cos(a + 0.8), math.sin(a + 0.8)])
            pts = np.vstack([c, c + circle * radius, c + circle * radius * 0.5])
            reach = ROOM_SHARE * size * 0.5
            inside = ((pts[:, 0] > framing.x0 - reach) & (pts[:, 0] < framing.x1 + reach)
                      & (pts[:, 1] > framing.y0 - reach) & (pts[:, 1] < framing.y1 + reach)).all()
            if not inside:
                continue
            hits = int(sample_at(blocked, framing.to_pixels(pts[:, 0], pts[:, 1]),
                                 fill=False).sum())
            if best_hits is None or hits < best_hits:
                best, best_hits = c, hits
            if hits == 0:
                return c
    return best


def _closed_eyes(head: np.ndarray, blocked: np.ndarray, framing: Framing,
                 size: float) -> tuple[list[Mark], np.ndarray, float]:
    """A closed eye beside the head (the mannequin's calm face has no eyes to shut):
    the lid's curve, lowest in the middle, with four lashes fanning down from it.
    Returns the marks, the sign's centre and its half-width."""
    r = EYES_SHARE * size
    c = _clear_spot(head, r, blocked, framing, size)
    depth = 0.35 * r

    def lid(u):
        return c[1] + r * 0.3 - depth * (1.0 - u ** 2)

    t = np.linspace(-1.0, 1.0, 25)
    marks = [Mark("symbol", np.stack([c[0] + r * t, lid(t)], 1), False)]
    for s in (-0.7, -0.24, 0.24, 0.7):
        x, y = c[0] + r * s, lid(s)
        # Down and a little outwards, splayed like lashes, half the sign's width long.
        n = np.array([0.55 * s, -1.0]) / math.hypot(0.55 * s, 1.0)
        marks.append(Mark("symbol", np.array([[x, y], [x + n[0] * r * 0.5,
                                                       y + n[1] * r * 0.5]]), False))
    return marks, c, r


def _hold_symbol(near: np.ndarray, blocked: np.ndarray, framing: Framing,
                 size: float) -> list[Mark]:
    """A pause sign: a ring with two upright bars, beside the held part."""
    r = SYMBOL_SHARE * size
    c = _clear_spot(near, r, blocked, framing, size)
    ring = np.linspace(0, 2 * math.pi, 40, endpoint=False)
    marks = [Mark("symbol", np.stack([c[0] + r * np.cos(ring), c[1] + r * np.sin(ring)], 1),
                  True)]
    bar_w, bar_h = r * 0.22, r * 0.95
    for dx in (-r * 0.3, r * 0.3):
        x0, x1 = c[0] + dx - bar_w / 2, c[0] + dx + bar_w / 2
        y0, y1 = c[1] - bar_h / 2, c[1] + bar_h / 2
        marks.append(Mark("symbol-fill", np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]]),
                          True))
    return marks


def _pulse_symbol(near: np.ndarray, blocked: np.ndarray, framing: Framing,
                  size: float) -> list[Mark]:
    """A short upright double arrow beside the part: squeeze up, let go (quick pelvic
    floor squeezes, where nothing visible moves)."""
    # Long enough that the shaft between its two heads still reads as a line.
    half = MIN_LENGTH_SHARE * size * 0.7
    c = _clear_spot(near, half, blocked, framing, size)
    line = np.linspace(c - [0.0, half], c + [0.0, half], 12)
    return _arrow(line, 2, size)


def _press_symbol(spec: ArrowSpec, blocked: np.ndarray, framing: Framing,
                  size: float) -> list[Mark]:
    """Two short arrows pushing towards the part, a bar across their tails."""
    push = spec.push if spec.push is not None else np.array([0.0, -1.0])
    push = push / (np.linalg.norm(push) + 1e-12)
    side = np.array([-push[1], push[0]])
    length = MIN_LENGTH_SHARE * size * 0.6
    gap = SYMBOL_SHARE * size * 0.7
    target = spec.path[-1]
    # Start from the far side of the part, and back off until clear.
    best = None
    for back in np.linspace(0.03 * size, 0.3 * size, 12):
        tip = target - push * back
        lines = [np.array([tip - push * length + side * s, tip + side * s])
                 for s in (-gap, gap)]
        pts = np.vstack([np.linspace(a, b, 10) for a, b in lines])
        hits = int(sample_at(blocked, framing.to_pixels(pts[:, 0], pts[:, 1]),
                             fill=False).sum())
        if best is None or hits < best[0]:
            best = (hits, tip, lines)
        if hits == 0:
            break
    _, tip, lines = best
    marks = []
    for line in lines:
        dense = np.linspace(line[0], line[1], 8)
        marks += _arrow(dense, 1, size * 0.7)
    tail = tip - push * length
    bar = np.array([tail + side * gap * 1.7, tail - side * gap * 1.7])
    marks.append(Mark("symbol", bar, False))
    return marks
