"""Figure geometry: a staged, posed body -> flat shapes to draw, fitted to a box.

Computed once per definition (cached) and shared by both backends, which only
turn the resulting `Shape`s into ReportLab or Qt paths. The camera of the
named view projects the 3-D scene orthographically; bodies, props, the floor
and the motion arrow become `Shape`s in depth order.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field

from . import body as B
from . import style
from .kinematics import Mat, Pose, Vec, _add, _axis, _mm, _mv, _rx, _ry
from .paths import (Op, Shape, _arc, _hull, _inset, _poly_ops, capsule_ops, circle_ops,
                    rounded_polygon_ops)
# CONTACT_TOLERANCE is re-exported: tests and callers know it from here.
from .staging import CONTACT_TOLERANCE, PosedFrame, PropPlan, _DEFAULT_SIZE, place_frames  # noqa: F401


class Camera:
    """Orthographic projection for a named view, with optional turn and tilt."""

    VIEWS = {"side": 0.0, "front": -90.0, "back": 90.0}

    def __init__(self, view: str, turn: float = 0.0, tilt: float = 0.0) -> None:
        base = _rx(90) if view == "top" else _ry(self.VIEWS.get(view, 0.0))
        self.m = _mm(_mm(_rx(tilt), base), _ry(turn))

    def __call__(self, p: Vec) -> tuple[float, float]:
        x, y, _ = _mv(self.m, p)
        return (x, y)

    def depth(self, p: Vec) -> float:
        return _mv(self.m, p)[2]

    def direction(self, v: Vec) -> Vec:
        return _mv(self.m, v)

    def unproject(self, v: tuple[float, float]) -> Vec:
        """A screen-plane direction as a world direction (the transpose undoes a rotation)."""
        m = self.m
        return (m[0][0] * v[0] + m[1][0] * v[1], m[0][1] * v[0] + m[1][1] * v[1],
                m[0][2] * v[0] + m[1][2] * v[1])


def _torso_ops(cam: Camera, pose: Pose) -> list[Op]:
    """The trunk seen from the camera: the outline around four elliptical slices.

    Slices at the buttocks, the hip line, the chest and the shoulders, each
    projected, then wrapped in one rounded outline: right from every side,
    from the end and from above.
    """
    pelvis, root, _chest, trunk = pose.trunk
    points: list[tuple[float, float]] = []
    for frame_m, along, depth, breadth in (
            (root, -0.07, B.PELVIS_DEPTH * 0.72, B.PELVIS_BREADTH * 0.8),
            (root, 0.0, B.PELVIS_DEPTH, B.PELVIS_BREADTH),
            (trunk, B.CHEST_AT, B.CHEST_DEPTH, B.CHEST_BREADTH),
            (trunk, B.TRUNK - B.SHOULDER_DROP + 0.045, B.CHEST_DEPTH * 0.7,
             B.CHEST_BREADTH * 0.85)):
        f, u, n = _axis(frame_m, 0), _axis(frame_m, 1), _axis(frame_m, 2)
        centre = _add(pelvis, tuple(along * c for c in (u if frame_m is root else _axis(trunk, 1))))
        for i in range(16):
            t = i * math.pi / 8
            ca, sa = math.cos(t) * depth, math.sin(t) * breadth
            points.append(cam((centre[0] + ca * f[0] + sa * n[0], centre[1] + ca * f[1] + sa * n[1],
                               centre[2] + ca * f[2] + sa * n[2])))
    hull = _hull(points)
    k = 0.03
    return rounded_polygon_ops(_inset(hull, k), k)


def _group_shapes(ops: list[Op], fill: str, line: str) -> list[Shape]:
    """Outline underneath, fill on top: parts of one group read as one silhouette."""
    ops_t = tuple(ops)
    return [Shape(ops_t, fill, line, style.OUTLINE * 2), Shape(ops_t, fill, None, 0.0)]


def _figure_shapes(cam: Camera, frame: PosedFrame, sideways: bool,
                   highlight: str | None = None) -> list[Shape]:
    pose = frame.pose
    body_ops = _torso_ops(cam, pose)
    head_c, _head_m = pose.head
    neck_r = B.RADII["neck"][0]
    body_ops += capsule_ops(cam(pose.neck_base), neck_r, cam(head_c), neck_r * 0.9)
    hc = cam(head_c)
    body_ops += circle_ops(hc[0], hc[1], B.HEAD_RADIUS)
    # A small nose shows which way the face points, even from the front.
    face = _axis(_head_m, 0)
    nose = cam(_add(head_c, tuple(0.1 * a - 0.012 * b for a, b in zip(face, _axis(_head_m, 1)))))
    body_ops += circle_ops(nose[0], nose[1], 0.027)
    pelvis_depth = cam.depth(pose.points["pelvis"])
    groups = [(cam.depth(pose.points["chest"]), 0, "body", "near", body_ops)]
    for name, side, segments in pose.limbs:
        ops: list[Op] = []
        depth = 0.0
        for a, ra, b, rb in segments:
            ops += capsule_ops(cam(a), ra, cam(b), rb)
            depth += cam.depth(a) + cam.depth(b)
        depth /= 2 * len(segments)
        # Limbs level with the trunk go in front of it (a small bias).
        tone_side = "far" if (side == "far" and sideways) else "near"
        groups.append((depth + 0.01, 1, name, tone_side, ops))
    del pelvis_depth
    groups.sort(key=lambda g: (g[0], g[1]))
    shapes: list[Shape] = []
    for _depth, _order, name, side, ops in groups:
        fill, line = style.body_roles(frame.tone, side)
        if name == highlight and frame.tone == "end":
            # The limb that does the exercise carries a tint of the accent colour.
            fill = "accent-tint"
        shapes += _group_shapes(ops, fill, line)
        if name == "body":
            shapes += _eyes(cam, head_c, _head_m, line)
    return shapes


def _eyes(cam: Camera, centre: Vec, head: Mat, line: str) -> list[Shape]:
    """Two dots for eyes on the side of the head facing the camera: a turned or
    tilted head reads even from the front, where the nose is hidden."""
    face, up, side = _axis(head, 0), _axis(head, 1), _axis(head, 2)
    out = []
    for sign in (1.0, -1.0):
        normal = tuple(0.85 * f + sign * 0.45 * n + 0.15 * u for f, n, u in zip(face, side, up))
        if cam.direction(normal)[2] < 0.35:
            continue  # this eye is round the back of the head
        at = cam(_add(centre, tuple(B.HEAD_RADIUS * 0.92 * c for c in normal)))
        out.append(Shape(tuple(circle_ops(at[0], at[1], 0.011)), line, None, 0.0))
    return out


def _moving_group(point: str | None) -> str | None:
    if not point or "_" not in point:
        return None
    part, side = point.rsplit("_", 1)
    if part in ("shoulder", "elbow", "wrist", "hand"):
        return f"arm_{side}"
    if part in ("hip", "knee", "ankle", "heel", "toe", "foot"):
        return f"leg_{side}"
    return None


def _box_corners(x0, x1, y0, y1, z0, z1) -> list[Vec]:
    return [(x, y, z) for x in (x0, x1) for y in (y0, y1) for z in (z0, z1)]


def _box_shape(cam: Camera, corners: list[Vec], fill: str = "prop-fill",
               line: str = "prop-line") -> Shape:
    hull = _hull([cam(c) for c in corners])
    return Shape(tuple(_poly_ops(hull)), fill, line, style.PROP)


def _cylinder_shape(cam: Camera, a: Vec, b: Vec, r: float) -> Shape:
    return Shape(tuple(capsule_ops(cam(a), r, cam(b), r)), "prop-fill", "prop-line", style.PROP)


def _prop_shapes(cam: Camera, plan: PropPlan, frames: list[PosedFrame],
                 span: tuple[float, float, float, float]) -> tuple[list[Shape], list[Shape]]:
    """Shapes of one prop: (behind the figure, in front of it)."""
    spec, kind = plan.spec, plan.kind
    x, z, top = plan.x, plan.z, plan.top
    size = spec.get("size", _DEFAULT_SIZE.get(kind, 0.3))
    behind: list[Shape] = []
    front: list[Shape] = []
    if kind in ("step", "box"):
        behind.append(_box_shape(cam, _box_corners(x - size * 0.55, x + size * 0.45, 0, top,
                                                   -0.3, 0.3)))
    elif kind == "chair":
        facing = -1.0 if spec.get("side", "front") == "front" else 1.0
        back_x = x + facing * size * 0.55
        front_x = x - facing * size * 0.45
        lo, hi = min(back_x, front_x), max(back_x, front_x)
        for lx in (lo + 0.02, hi - 0.02):
            behind.append(_box_shape(cam, _box_corners(lx - 0.018, lx + 0.018, 0, top - 0.04,
                                                       -0.2, 0.2)))
        # The backrest stands on the back edge of the seat.
        rest = sorted((back_x, back_x - facing * 0.04))
        behind.append(_box_shape(cam, _box_corners(rest[0], rest[1], top - 0.04, top + 0.46,
                                                   -0.21, 0.21)))
        behind.append(_box_shape(cam, _box_corners(lo, hi, top - 0.045, top, -0.22, 0.22)))
    elif kind in ("bench", "table"):
        thick = 0.06 if kind == "bench" else 0.045
        x0, x1 = x - size / 2, x + size / 2
        for lx in (x0 + 0.08, x1 - 0.08):
            behind.append(_box_shape(cam, _box_corners(lx - 0.025, lx + 0.025, 0, top - thick,
                                                       -0.25, 0.25)))
        behind.append(_box_shape(cam, _box_corners(x0, x1, top - thick, top, -0.3, 0.3)))
    elif kind == "wall" and spec.get("side") in ("near", "far"):
        # A wall beside the body: its face touches the point on that side.
        ref = spec.get("at") or spec.get("under") or "pelvis"
        sign = 1.0 if spec["side"] == "near" else -1.0
        reach = max(f.pose.reach.get(ref, 0.05) for f in frames)
        face = max(sign * f.pose.points[ref][2] for f in frames) * sign + sign * reach
        height = min(2.1, max(max(p[1] for p in f.pose.points.values()) for f in frames) + 0.25)
        px = frames[0].pose.points[ref][0]
        behind.append(_box_shape(cam, _box_corners(px - 0.45, px + 0.45, 0, height,
                                                   min(face, face + sign * 0.08),
                                                   max(face, face + sign * 0.08))))
    elif kind == "wall":
        ref = spec.get("at") or spec.get("under") or "pelvis"
        sign = 1.0 if spec.get("side", "front") == "front" else -1.0
        reach = max(f.pose.reach.get(ref, 0.05) for f in frames)
        extreme = max(sign * f.pose.points[ref][0] for f in frames) * sign
        face = extreme + sign * reach
        height = min(2.1, max(max(p[1] for p in f.pose.points.values()) for f in frames) + 0.25)
        behind.append(_box_shape(cam, _box_corners(min(face, face + sign * 0.08),
                                                   max(face, face + sign * 0.08), 0, height,
                                                   -0.6, 0.6)))
    elif kind == "mat":
        x0, x1, z0, z1 = span
        behind.append(_box_shape(cam, _box_corners(x0 - 0.08, x1 + 0.08, -0.028, 0,
                                                   min(z0 - 0.08, -0.3), max(z1 + 0.08, 0.3)),
                                 "mat-fill", "mat-line"))
    elif kind == "pillow":
        length = size
        corners = _box_corners(x - length / 2, x + length / 2, 0, top, -0.2, 0.2)
        hull = _hull([cam(c) for c in corners])
        behind.append(Shape(tuple(rounded_polygon_ops(_inset(hull, 0.025), 0.025)),
                            "prop-fill", "prop-line", style.PROP))
    elif kind == "towel" and "from" not in spec:
        behind.append(_box_shape(cam, _box_corners(x - size / 2, x + size / 2, 0, top,
                                                   -0.2, 0.2)))
    elif kind in ("rolled-towel", "foam-roller"):
        r = size / 2
        length = 0.22 if kind == "rolled-towel" else 0.45
        front.append(_cylinder_shape(cam, (x, r, z - length), (x, r, z + length), r))
    elif kind == "ball":
        r = size / 2
        ref = spec.get("at")
        if ref:
            # Held or squeezed: the ball sits at the point itself (first frame).
            cx, cy, cz = frames[0].pose.points[ref]
            dx, dy = spec.get("offset", (0.0, 0.0))
            cx, cy = cx + dx, cy + dy
        else:
            cx, cy, cz = x, r, z
        c = cam((cx, cy, cz))
        front.append(Shape(tuple(circle_ops(c[0], c[1], r)), "prop-fill", "prop-line",
                           style.PROP))
    return behind, front


def _frame_props(cam: Camera, plans: dict[str, PropPlan], frame: PosedFrame,
                 first: PosedFrame) -> list[Shape]:
    """Props that move with the body (bands, straps, sticks, weights), for one frame."""
    shapes: list[Shape] = []
    pts = frame.pose.points
    line = "band-line" if frame.tone == "end" else "prop-line"
    for plan in plans.values():
        spec, kind = plan.spec, plan.kind
        if kind in ("band", "towel", "stick") and "from" in spec:
            a = pts[spec["from"]]
            to = spec.get("to")
            if isinstance(to, str):
                b = pts[to]
            elif to is not None:
                # A fixed anchor: offset (across and up the picture) from where
                # the band starts in the first frame.
                f0 = first.pose.points[spec["from"]]
                b = _add(f0, cam.unproject((to[0], to[1])))
            else:
                continue
            pa, pb = cam(a), cam(b)
            width = {"band": style.BAND, "towel": style.BAND * 1.8, "stick": style.BAND * 1.5}
            shapes.append(Shape((("M", *pa), ("L", *pb)), None, line, width[kind]))
            if not isinstance(to, str) and to is not None:
                shapes.append(Shape(tuple(circle_ops(pb[0], pb[1], 0.025)), "prop-fill",
                                    "prop-line", style.PROP))
        elif kind == "weight" and "at" in spec:
            c = pts[spec["at"]]
            # The bar lies across the palm, so it turns with the forearm.
            hand_m = frame.pose.hands.get(spec["at"])
            across = _axis(hand_m, 2) if hand_m else (0.0, 0.0, 1.0)
            ends = [_add(c, tuple(k * a for a in across)) for k in (-0.08, 0.08)]
            shapes.append(Shape(tuple(capsule_ops(cam(ends[0]), 0.02, cam(ends[1]), 0.02)),
                                "prop-fill", "prop-line", style.PROP))
            for end in ends:
                e = cam(end)
                shapes.append(Shape(tuple(circle_ops(e[0], e[1], 0.045)), "prop-fill",
                                    "prop-line", style.PROP))
    return shapes


def _arrow_shapes(cam: Camera, definition: dict, frames: list[PosedFrame]) -> list[Shape]:
    point = definition.get("moves")
    if point is None or definition.get("arrow") == "none":
        return []
    if definition.get("arrow") == "turn":
        return _turn_arrow(cam(frames[-1].pose.points[point]),
                           frames[-1].pose.reach.get(point, 0.05))
    if definition.get("arrow") == "press":
        # Pushing without moving (quads setting, a pelvic tilt): straight down onto the part.
        x, y = cam(frames[-1].pose.points[point])
        top = y + frames[-1].pose.reach.get(point, 0.05) + 0.05
        return [Shape((("M", x, top + 0.2), ("L", x, top + 0.04)), None, "accent", style.ARROW),
                _arrow_head((x, top), (0.0, -1.0))]
    path = [cam(f.pose.points[point]) for f in frames]
    if math.dist(path[0], path[-1]) < 0.03:
        return []
    pivot_name = definition.get("pivot") or B.PARENT.get(point, "pelvis")
    pivots = [cam(f.pose.points[pivot_name]) for f in frames]
    centre_body = cam(frames[-1].pose.points["pelvis"])
    ops: list[Op]
    if max(math.dist(pivots[0], p) for p in pivots) < 0.04:
        cx = sum(p[0] for p in pivots) / len(pivots)
        cy = sum(p[1] for p in pivots) / len(pivots)
        radius = sum(math.dist((cx, cy), p) for p in path) / len(path) + 0.1
        angles = [math.atan2(p[1] - cy, p[0] - cx) for p in path]
        sweep = _wrap(angles[-1] - angles[0])
        if len(angles) == 3:
            mid = _wrap(angles[1] - angles[0])
            if not (min(0, sweep) <= mid <= max(0, sweep)):
                sweep -= math.copysign(2 * math.pi, sweep)
        trim = min(abs(sweep) * 0.15, 0.12)
        a0 = angles[0] + math.copysign(trim, sweep)
        a1 = angles[0] + sweep - math.copysign(trim, sweep)
        ops = _arc(cx, cy, radius, a0, a1, "M")
        end = (cx + radius * math.cos(a1), cy + radius * math.sin(a1))
        tangent = (-math.sin(a1) * math.copysign(1, sweep), math.cos(a1) * math.copysign(1, sweep))
        start = (cx + radius * math.cos(a0), cy + radius * math.sin(a0))
        tangent0 = (math.sin(a0) * math.copysign(1, sweep), -math.cos(a0) * math.copysign(1, sweep))
    else:
        p0, p1 = path[0], path[-1]
        dx, dy = p1[0] - p0[0], p1[1] - p0[1]
        d = math.hypot(dx, dy)
        nx, ny = -dy / d, dx / d
        mid = ((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2)
        # Offset to the side away from the body centre so the arrow is not on a limb.
        if (mid[0] - centre_body[0]) * nx + (mid[1] - centre_body[1]) * ny < 0:
            nx, ny = -nx, -ny
        off = 0.12
        trim = min(0.05, d * 0.15)
        start = (p0[0] + nx * off + dx / d * trim, p0[1] + ny * off + dy / d * trim)
        end = (p1[0] + nx * off - dx / d * trim, p1[1] + ny * off - dy / d * trim)
        bulge = 0.25 * d * 0.3
        c1 = (start[0] + (end[0] - start[0]) / 3 + nx * bulge,
              start[1] + (end[1] - start[1]) / 3 + ny * bulge)
        c2 = (start[0] + 2 * (end[0] - start[0]) / 3 + nx * bulge,
              start[1] + 2 * (end[1] - start[1]) / 3 + ny * bulge)
        ops = [("M", *start), ("C", *c1, *c2, *end)]
        tx, ty = end[0] - c2[0], end[1] - c2[1]
        tl = math.hypot(tx, ty) or 1.0
        tangent = (tx / tl, ty / tl)
        sx, sy = start[0] - c1[0], start[1] - c1[1]
        sl = math.hypot(sx, sy) or 1.0
        tangent0 = (sx / sl, sy / sl)
    shapes = [Shape(tuple(ops), None, "accent", style.ARROW)]
    shapes.append(_arrow_head(end, tangent))
    if definition.get("arrow") == "both":
        shapes.append(_arrow_head(start, tangent0))
    return shapes


def _turn_arrow(centre: tuple[float, float], reach: float) -> list[Shape]:
    """A flat arc over a part that turns on the spot (a head, a trunk): round it goes."""
    cx, cy = centre[0], centre[1] + reach + 0.07
    rx, ry = 0.17, 0.055
    ops: list[Op] = []
    steps = 16
    for i in range(steps + 1):
        t = math.radians(200 + 140 * i / steps)
        ops.append(("M" if i == 0 else "L", cx + rx * math.cos(t), cy - ry * math.sin(t)))
    end = ops[-1][1:]
    before = ops[-2][1:]
    start, after = ops[0][1:], ops[1][1:]
    return [Shape(tuple(ops), None, "accent", style.ARROW),
            _arrow_head(end, (end[0] - before[0], end[1] - before[1])),
            _arrow_head(start, (start[0] - after[0], start[1] - after[1]))]


def _wrap(angle: float) -> float:
    while angle > math.pi:
        angle -= 2 * math.pi
    while angle <= -math.pi:
        angle += 2 * math.pi
    return angle


def _arrow_head(tip: tuple[float, float], direction: tuple[float, float]) -> Shape:
    size = 0.085
    dx, dy = direction
    d = math.hypot(dx, dy) or 1.0
    dx, dy = dx / d, dy / d
    base = (tip[0] - dx * size * 0.6, tip[1] - dy * size * 0.6)
    tip2 = (tip[0] + dx * size * 0.4, tip[1] + dy * size * 0.4)
    left = (base[0] - dy * size * 0.5, base[1] + dx * size * 0.5)
    right = (base[0] + dy * size * 0.5, base[1] - dx * size * 0.5)
    return Shape((("M", *tip2), ("L", *left), ("L", *right), ("Z",)), "accent", "accent",
                 style.OUTLINE)


@dataclass
class Figure:
    """The computed geometry of one definition: shapes to draw and the frames behind them."""

    shapes: tuple[Shape, ...]
    bounds: tuple[float, float, float, float]
    frames: list[PosedFrame] = field(default_factory=list)
    props: dict[str, PropPlan] = field(default_factory=dict)
    camera: Camera | None = None
    clipped: bool = False  # a close-up: shapes reach beyond the bounds and must be clipped
    hand: list = field(default_factory=list)  # a hand close-up: finger joints per frame


def build_figure(definition: dict) -> Figure:
    """Pose every frame, place the props and turn it all into shapes (model units)."""
    if definition.get("subject") == "hand":
        from .hand import hand_shapes
        hand, skeletons = hand_shapes(definition)
        return Figure(shapes=tuple(hand), bounds=_bounds(hand), hand=skeletons)
    frames, plans = place_frames(definition)
    view = definition.get("view", "side")
    camera_spec = definition.get("camera", {})
    cam = Camera(view, camera_spec.get("turn", 0.0), camera_spec.get("tilt", 0.0))
    # Far limbs are drawn lighter only when the body is seen from the side.
    lateral = cam.direction(_axis(frames[0].pose.trunk[1], 2))
    sideways = abs(lateral[2]) > 0.5
    world = [p for f in frames for p in f.pose.points.values()]
    # The floor (and a mat) spreads under the body in the world, whatever the view.
    span = (min(p[0] for p in world), max(p[0] for p in world),
            min(p[2] for p in world), max(p[2] for p in world))
    behind: list[Shape] = []
    front: list[Shape] = []
    for plan in plans.values():
        b, f = _prop_shapes(cam, plan, frames, span)
        behind += b
        front += f
    shapes: list[Shape] = []
    if view != "top":
        has_mat = any(p.kind == "mat" for p in plans.values())
        y0 = -0.028 if has_mat else 0.0
        fl = [cam((x, y0, z)) for x in (span[0] - 0.25, span[1] + 0.25)
              for z in (span[2] - 0.15, span[3] + 0.15)]
        ys = [p[1] for p in fl]
        tall = max(p[1] for p in world) > 1.2
        if tall and max(ys) - min(ys) > 0.02:
            # A standing body seen from a little above: a line under the feet
            # reads better than a large patch of floor behind the legs.
            feet = [cam(p) for f in frames for n, p in f.pose.points.items()
                    if n.startswith(("foot", "toe", "heel"))]
            y_line = min(p[1] for p in feet) - 0.03
            xs_line = [p[0] for p in feet]
            ys = [y_line]
            fl = [(min(xs_line) - 0.3, y_line), (max(xs_line) + 0.3, y_line)]
        if max(ys) - min(ys) > 0.02:
            # Seen from above the floor is a plane: a soft patch, not a line.
            shapes.append(Shape(tuple(_poly_ops(_hull(fl))), "floor-fill", None, 0.0))
        else:
            left, right = min(p[0] for p in fl), max(p[0] for p in fl)
            shapes.append(Shape((("M", left, ys[0]), ("L", right, ys[0])),
                                None, "floor-line", style.FLOOR))
    shapes += behind
    for f in frames:
        shapes += _figure_shapes(cam, f, sideways, _moving_group(definition.get("moves")))
        shapes += _frame_props(cam, plans, f, frames[0])
    shapes += front
    shapes += _arrow_shapes(cam, definition, frames)
    bounds = _bounds(shapes)
    focus = definition.get("focus")
    if focus:
        # A close-up: the box around the focus point in every frame, with room
        # for the hand, its prop and the arrow; the backends clip the rest.
        seen = [cam(f.pose.points[focus]) for f in frames]
        margin = 0.28
        bounds = (min(p[0] for p in seen) - margin, min(p[1] for p in seen) - margin,
                  max(p[0] for p in seen) + margin, max(p[1] for p in seen) + margin)
    return Figure(shapes=tuple(shapes), bounds=bounds, frames=frames, props=plans,
                  camera=cam, clipped=bool(focus))


def _bounds(shapes) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for shape in shapes:
        for op in shape.ops:
            xs.extend(op[1::2])
            ys.extend(op[2::2])
    return (min(xs), min(ys), max(xs), max(ys))


def definition_key(definition: dict) -> str:
    """A stable text for a definition: the cache key."""
    return json.dumps(definition, sort_keys=True, separators=(",", ":"))


@functools.lru_cache(maxsize=512)
def figure_for_key(key: str) -> Figure:
    return build_figure(json.loads(key))


def fit(bounds: tuple[float, float, float, float], width: float, height: float
        ) -> tuple[float, float, float]:
    """Scale and offsets that centre model-unit bounds in a width x height box, with a margin."""
    x0, y0, x1, y1 = bounds
    pad = 0.05 * min(width, height)
    scale = min((width - 2 * pad) / max(x1 - x0, 1e-6), (height - 2 * pad) / max(y1 - y0, 1e-6))
    ox = (width - (x1 - x0) * scale) / 2 - x0 * scale
    oy = (height - (y1 - y0) * scale) / 2 - y0 * scale
    return scale, ox, oy


@functools.lru_cache(maxsize=2048)
def placed_shapes(key: str, width: float, height: float, mirror: bool
                  ) -> tuple[tuple[Shape, ...], float]:
    """The shapes fitted into a width x height box (y up), mirrored if asked; outline unit."""
    figure = figure_for_key(key)
    scale, ox, oy = fit(figure.bounds, width, height)

    def tx(x: float) -> float:
        v = x * scale + ox
        return width - v if mirror else v

    def ty(y: float) -> float:
        return y * scale + oy
    out = []
    for shape in figure.shapes:
        ops = []
        for op in shape.ops:
            if op[0] == "Z":
                ops.append(op)
            elif op[0] == "C":
                ops.append(("C", tx(op[1]), ty(op[2]), tx(op[3]), ty(op[4]), tx(op[5]),
                            ty(op[6])))
            else:
                ops.append((op[0], tx(op[1]), ty(op[2])))
        out.append(Shape(tuple(ops), shape.fill, shape.line, shape.width))
    return tuple(out), style.outline_width(width, height)
