"""Flat path shapes: arcs as Bezier curves, rounded limbs, rounded polygons, hulls.

A `Shape` is one path in model units (y up) with colour roles; both backends
draw exactly these.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


# ------------------------------------------------------------- flat shapes

Op = tuple  # ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",)


@dataclass(frozen=True)
class Shape:
    """One path to draw: ops in model units (y up), colour roles, width in outline units."""

    ops: tuple[Op, ...]
    fill: str | None
    line: str | None
    width: float = 0.0


def _arc(cx: float, cy: float, r: float, a0: float, a1: float, first: str) -> list[Op]:
    """Bezier ops for a circular arc from angle a0 to a1 (radians, either direction)."""
    n = max(1, math.ceil(abs(a1 - a0) / (math.pi / 2) - 1e-9))
    step = (a1 - a0) / n
    k = 4 / 3 * math.tan(step / 4)
    ops: list[Op] = [(first, cx + r * math.cos(a0), cy + r * math.sin(a0))]
    a = a0
    for _ in range(n):
        b = a + step
        ca, sa, cb, sb = math.cos(a), math.sin(a), math.cos(b), math.sin(b)
        ops.append(("C", cx + r * (ca - k * sa), cy + r * (sa + k * ca),
                    cx + r * (cb + k * sb), cy + r * (sb - k * cb), cx + r * cb, cy + r * sb))
        a = b
    return ops


def circle_ops(cx: float, cy: float, r: float) -> list[Op]:
    return _arc(cx, cy, r, 0.0, 2 * math.pi, "M") + [("Z",)]


def capsule_ops(a: tuple[float, float], ra: float, b: tuple[float, float], rb: float) -> list[Op]:
    """A rounded limb: the outline around two circles (a tapered capsule), anticlockwise."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    d = math.hypot(dx, dy)
    if d <= abs(ra - rb) + 1e-6:
        return circle_ops(*(a if ra >= rb else b), max(ra, rb))
    phi = math.atan2(dy, dx)
    alpha = math.acos(max(-1.0, min(1.0, (ra - rb) / d)))
    ops = _arc(a[0], a[1], ra, phi + alpha, phi + 2 * math.pi - alpha, "M")
    ops += _arc(b[0], b[1], rb, phi - alpha, phi + alpha, "L")
    ops.append(("Z",))
    return ops


def rounded_polygon_ops(corners: list[tuple[float, float]], k: float) -> list[Op]:
    """A convex polygon (corners anticlockwise) grown by radius k: rounded corners."""
    n = len(corners)
    ops: list[Op] = []
    for i in range(n):
        prev, cur, nxt = corners[i - 1], corners[i], corners[(i + 1) % n]
        a_in = math.atan2(cur[1] - prev[1], cur[0] - prev[0]) - math.pi / 2
        a_out = math.atan2(nxt[1] - cur[1], nxt[0] - cur[0]) - math.pi / 2
        while a_out < a_in:
            a_out += 2 * math.pi
        if a_out - a_in > math.pi:
            a_out -= 2 * math.pi
        ops += _arc(cur[0], cur[1], k, a_in, a_out, "M" if i == 0 else "L")
    ops.append(("Z",))
    return ops


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    pts = sorted(set((round(x, 6), round(y, 6)) for x, y in points))
    if len(pts) <= 2:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
    lower: list = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _poly_ops(points: list[tuple[float, float]]) -> list[Op]:
    ops: list[Op] = [("M", *points[0])] + [("L", *p) for p in points[1:]]
    ops.append(("Z",))
    return ops


def _signed_area(pts: list[tuple[float, float]]) -> float:
    return sum(pts[i - 1][0] * pts[i][1] - pts[i][0] * pts[i - 1][1] for i in range(len(pts))) / 2


def _inset(poly: list[tuple[float, float]], k: float) -> list[tuple[float, float]]:
    cx = sum(p[0] for p in poly) / len(poly)
    cy = sum(p[1] for p in poly) / len(poly)
    out = []
    for x, y in poly:
        dx, dy = x - cx, y - cy
        d = math.hypot(dx, dy) or 1.0
        out.append((x - dx / d * k, y - dy / d * k))
    return out
