"""Hidden-line drawing: which lines of the posed body and its props a patient sees.

Build time only (numpy). From a `raster.DepthBuffer` and the projected meshes
this finds, in pixel coordinates:

- the fill region of every object (the body, each prop), traced at sub-pixel
  precision from its visible pixels, for flat fills that never overlap;
- silhouette lines: where an object's visible region borders the background
  or something farther away (the nearer object owns the line, so every edge
  is drawn once, in its owner's weight);
- inner occluding contours of the body: the smooth curve where the surface
  turns away from the viewer (n . v = 0, interpolated over the triangles),
  kept only where visible and where the surface behind it is clearly farther,
  so shallow folds (navel, armpit, ribs) leave no stray strokes;
- touch lines: where two parts of the body that are not joined to each other
  (the two knees, a hand on a thigh) meet in the picture, even with no depth
  gap between them (the prototype drew no line between knees held together);
- sharp prop edges: mesh edges with a fold above `CREASE_DEGREES`, where visible.

Face detail is never drawn: the head keeps only its outline (a calm mannequin).
Strokes shorter than `min_length_px` are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .raster import BODY, EMPTY, DepthBuffer

CREASE_DEGREES = 35.0
BLUR_SIGMA = 0.8


@dataclass
class Lines:
    """Everything to draw for one pose, in pixels (x right, y down)."""

    fills: dict[int, list[np.ndarray]] = field(default_factory=dict)  # label -> closed loops
    outline: list[tuple[np.ndarray, bool]] = field(default_factory=list)  # body: (points, closed)
    inner: list[tuple[np.ndarray, bool]] = field(default_factory=list)
    prop_lines: list[tuple[np.ndarray, bool]] = field(default_factory=list)


# ------------------------------------------------------------------ fields

def blur(image: np.ndarray, sigma: float = BLUR_SIGMA) -> np.ndarray:
    """A small separable Gaussian blur (edges padded with zeros)."""
    radius = max(1, int(np.ceil(sigma * 2.5)))
    k = np.exp(-0.5 * (np.arange(-radius, radius + 1) / sigma) ** 2)
    k /= k.sum()
    out = image.astype(np.float64)
    for axis in (0, 1):
        padded = np.pad(out, [(radius, radius) if a == axis else (0, 0) for a in (0, 1)])
        n = out.shape[axis]
        acc = np.zeros_like(out)
        for i, w in enumerate(k):
            acc += w * (padded[i:i + n] if axis == 0 else padded[:, i:i + n])
        out = acc
    return out


def _square_max(values: np.ndarray, radius: int, fill) -> np.ndarray:
    """The maximum over a (2r+1) x (2r+1) square around each pixel (separable)."""
    out = values
    for axis in (0, 1):
        n = out.shape[axis]
        pad = [(radius, radius) if a == axis else (0, 0) for a in (0, 1)]
        padded = np.pad(out, pad, constant_values=fill)
        acc = padded[:n] if axis == 0 else padded[:, :n]
        acc = acc.copy()
        for k in range(1, 2 * radius + 1):
            np.maximum(acc, padded[k:k + n] if axis == 0 else padded[:, k:k + n], out=acc)
        out = acc
    return out


def dilate(mask: np.ndarray, radius: int) -> np.ndarray:
    """A square dilation by `radius` pixels."""
    if radius <= 0:
        return mask.copy()
    return _square_max(mask, radius, False)


def max_filter(values: np.ndarray, radius: int) -> np.ndarray:
    """The largest value within `radius` pixels (a square) of each pixel."""
    if radius <= 0:
        return values.copy()
    return _square_max(values, radius, -np.inf)


def min_filter(values: np.ndarray, radius: int) -> np.ndarray:
    return -max_filter(-values, radius)


# ------------------------------------------------------------ marching squares

# Cell corners (x, y; y down) and edge midpoints, for building the segment table.
_CORNERS = {"tl": (0, 0), "tr": (1, 0), "br": (1, 1), "bl": (0, 1)}
_EDGES = {0: ((0.5, 0), ("tl", "tr")), 1: ((1, 0.5), ("tr", "br")),
          2: ((0.5, 1), ("bl", "br")), 3: ((0, 0.5), ("tl", "bl"))}
_BITS = {"tl": 8, "tr": 4, "br": 2, "bl": 1}


def _oriented(a: int, b: int, corner: str, corner_above: bool) -> tuple[int, int]:
    """Order edges (a, b) so the region above the level is always on the same side."""
    (px, py), (qx, qy) = _EDGES[a][0], _EDGES[b][0]
    cx, cy = _CORNERS[corner]
    cross = (qx - px) * (cy - py) - (qy - py) * (cx - px)
    return (a, b) if (cross > 0) == corner_above else (b, a)


def _segment_table() -> dict[tuple[int, bool], list[tuple[int, int]]]:
    """(case, centre above) -> oriented segments as pairs of edge slots."""
    table: dict[tuple[int, bool], list[tuple[int, int]]] = {}
    for case in range(1, 15):
        state = {c: bool(case & bit) for c, bit in _BITS.items()}
        crossing = [e for e, (_, (c1, c2)) in _EDGES.items() if state[c1] != state[c2]]
        for centre in (False, True):
            if len(crossing) == 2:
                a, b = crossing
                corner = max(_CORNERS, key=lambda c: abs(
                    (_EDGES[b][0][0] - _EDGES[a][0][0]) * (_CORNERS[c][1] - _EDGES[a][0][1])
                    - (_EDGES[b][0][1] - _EDGES[a][0][1]) * (_CORNERS[c][0] - _EDGES[a][0][0])))
                table[(case, centre)] = [_oriented(a, b, corner, state[corner])]
            else:
                # A saddle: cut off the two corners that differ from the centre.
                segs = []
                for corner, (x, y) in _CORNERS.items():
                    if state[corner] == centre:
                        continue
                    near = [e for e, (_, cs) in _EDGES.items() if corner in cs]
                    segs.append(_oriented(near[0], near[1], corner, state[corner]))
                table[(case, centre)] = segs
    return table


_TABLE = _segment_table()


def iso_loops(field_: np.ndarray, level: float = 0.5) -> list[np.ndarray]:
    """Closed iso-lines of `field_` at `level` (pixel-centre coordinates, x right, y down).

    The field is padded with zeros first, so every line closes. Saddles are
    split by the cell's mean value, so lines never cross. Loops are oriented
    consistently: outer boundaries one way, holes the other.
    """
    f = np.pad(field_.astype(np.float64), 1) - level
    f[f == 0] = 1e-9
    h, w = f.shape
    above = f > 0
    case = (above[:-1, :-1] * 8 + above[:-1, 1:] * 4 + above[1:, 1:] * 2
            + above[1:, :-1] * 1)
    ys, xs = np.nonzero((case != 0) & (case != 15))
    if len(ys) == 0:
        return []
    cases = case[ys, xs]
    centre = (f[ys, xs] + f[ys, xs + 1] + f[ys + 1, xs] + f[ys + 1, xs + 1]) > 0
    n_h = h * w
    # Edge slots of a cell: top, right, bottom, left, as global edge ids
    # (horizontal edge (y, x) joins pixels (y, x)-(y, x+1); vertical edge (y, x)
    # joins (y, x)-(y+1, x)).
    slots = np.stack([ys * w + xs, n_h + ys * w + xs + 1, (ys + 1) * w + xs,
                      n_h + ys * w + xs], 1)
    seg_a, seg_b = [], []
    for (c, centre_above), pairs in _TABLE.items():
        sel = (cases == c) & (centre == centre_above)
        if not sel.any():
            continue
        for ea, eb in pairs:
            seg_a.append(slots[sel, ea])
            seg_b.append(slots[sel, eb])
    seg_a = np.concatenate(seg_a)
    seg_b = np.concatenate(seg_b)
    points = _edge_points(np.unique(np.concatenate([seg_a, seg_b])), f, w, n_h)
    out = []
    for loop in _link_closed(seg_a, seg_b):
        # Undo the padding; grid points are pixel centres (x + 0.5, as in the raster).
        out.append(np.array([points[e] for e in loop]) - 0.5)
    return out


def _edge_points(edge_ids: np.ndarray, f: np.ndarray, w: int, n_h: int) -> dict[int, tuple]:
    horizontal = edge_ids < n_h
    out: dict[int, tuple] = {}
    hy, hx = np.divmod(edge_ids[horizontal], w)
    fa, fb = f[hy, hx], f[hy, hx + 1]
    t = fa / (fa - fb)
    for e, x, y in zip(edge_ids[horizontal].tolist(), (hx + t).tolist(), hy.tolist()):
        out[e] = (x, float(y))
    vy, vx = np.divmod(edge_ids[~horizontal] - n_h, w)
    fa, fb = f[vy, vx], f[vy + 1, vx]
    t = fa / (fa - fb)
    for e, x, y in zip(edge_ids[~horizontal].tolist(), vx.tolist(), (vy + t).tolist()):
        out[e] = (float(x), y)
    return out


def _link_closed(seg_a: np.ndarray, seg_b: np.ndarray) -> list[list[int]]:
    """Chain segments (a -> b, consistently oriented) into closed loops of edge ids."""
    nxt = dict(zip(seg_a.tolist(), seg_b.tolist()))
    loops = []
    seen: set[int] = set()
    for start in seg_a.tolist():
        if start in seen:
            continue
        loop = [start]
        seen.add(start)
        cur = nxt.get(start)
        while cur is not None and cur != start and cur not in seen:
            loop.append(cur)
            seen.add(cur)
            cur = nxt.get(cur)
        if len(loop) >= 3:
            loops.append(loop)
    return loops


def loop_area(p: np.ndarray) -> float:
    x, y = p[:, 0], p[:, 1]
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


def runs(flags: np.ndarray, closed: bool) -> list[tuple[np.ndarray, bool]]:
    """Index runs where `flags` is true; a fully true closed loop is one closed run."""
    n = len(flags)
    if n == 0 or not flags.any():
        return []
    if closed and flags.all():
        return [(np.arange(n), True)]
    idx = np.arange(n)
    if closed:
        k = int(np.argmin(flags))  # start at a false entry so no run wraps
        idx = np.roll(idx, -k)
        flags = np.roll(flags, -k)
    out = []
    edges = np.diff(np.r_[0, flags.astype(np.int8), 0])
    starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
    for s, e in zip(starts, ends):
        out.append((idx[s:e], False))
    return out


def close_small_gaps(flags: np.ndarray, gap: int, closed: bool) -> np.ndarray:
    """Hidden runs of at most `gap` samples between shown ones become shown."""
    if gap <= 0 or flags.all() or not flags.any():
        return flags
    out = flags.copy()
    n = len(flags)
    for idx, _ in runs(~flags, closed):
        if len(idx) > gap:
            continue
        first, last = idx[0], idx[-1]
        touches_end = not closed and (first == 0 or last == n - 1)
        if not touches_end:
            out[idx] = True
    return out


def polyline_length(p: np.ndarray, closed: bool = False) -> float:
    if len(p) < 2:
        return 0.0
    d = np.diff(np.vstack([p, p[:1]]) if closed else p, axis=0)
    return float(np.hypot(d[:, 0], d[:, 1]).sum())


def sample_at(image: np.ndarray, p: np.ndarray, fill=0):
    """Values of `image` at pixel positions `p` (nearest pixel; `fill` outside)."""
    h, w = image.shape
    ix = np.floor(p[:, 0]).astype(np.int64)
    iy = np.floor(p[:, 1]).astype(np.int64)
    ok = (ix >= 0) & (iy >= 0) & (ix < w) & (iy < h)
    out = np.full(len(p), fill, dtype=image.dtype)
    out[ok] = image[iy[ok], ix[ok]]
    return out


def loop_normals(p: np.ndarray) -> np.ndarray:
    """Unit normals of a closed loop, pointing to its right (outward for clockwise-on-screen)."""
    t = np.roll(p, -1, 0) - np.roll(p, 1, 0)
    n = np.stack([-t[:, 1], t[:, 0]], 1)
    return n / (np.linalg.norm(n, axis=1, keepdims=True) + 1e-12)


# ------------------------------------------------------------------ regions

def region_loops(mask: np.ndarray, min_area: float, hole_area: float) -> list[np.ndarray]:
    """Sub-pixel loops around a boolean mask: outer loops and holes, tiny ones dropped.

    Outer loops and holes wind opposite ways; fill them with the even-odd rule.
    """
    ys, xs = np.nonzero(mask)
    if len(ys) == 0:
        return []
    # Work on the mask's own box (plus room for the blur): parts are small.
    pad = 4
    y0, x0 = max(0, ys.min() - pad), max(0, xs.min() - pad)
    y1, x1 = min(mask.shape[0], ys.max() + pad + 1), min(mask.shape[1], xs.max() + pad + 1)
    loops = iso_loops(blur(mask[y0:y1, x0:x1].astype(np.float64)), 0.5)
    if not loops:
        return []
    loops = [p + np.array([x0, y0], dtype=np.float64) for p in loops]
    areas = [loop_area(p) for p in loops]
    outer_sign = np.sign(areas[int(np.argmax(np.abs(areas)))])
    kept = []
    for p, a in zip(loops, areas):
        hole = np.sign(a) != outer_sign
        if abs(a) < (hole_area if hole else min_area):
            continue
        kept.append(p)
    return kept


def outward(loop: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Normals of a region loop turned to point out of the region."""
    n = loop_normals(loop)
    probe = sample_at(mask, loop + n * 1.2, fill=False)
    if probe.mean() > 0.5:  # most "outward" probes landed inside: flip
        n = -n
    return n


def silhouette_lines(buffer: DepthBuffer, label: int, loops: list[np.ndarray],
                     min_length: float) -> list[tuple[np.ndarray, bool]]:
    """The parts of an object's region loops that it owns: where the neighbour is
    empty or farther away (a nearer neighbour draws that edge itself)."""
    mask = buffer.label == label
    near_depth = np.where(mask, buffer.depth, np.inf)
    # The nearest own depth around each pixel, to compare with the neighbour's.
    own = -max_filter(np.where(np.isfinite(near_depth), -near_depth, -1e12), 2)
    out = []
    for loop in loops:
        n = outward(loop, mask)
        outside = loop + n * 1.3
        other = sample_at(buffer.label, outside, fill=EMPTY)
        other_depth = sample_at(buffer.depth, outside, fill=np.inf)
        own_depth = sample_at(own, loop - n * 1.3, fill=np.inf)
        owns = (other == EMPTY) | (other == label) | (other_depth > own_depth)
        owns = close_small_gaps(owns, 3, True)
        # Where the region is cut by the edge of the picture (a close-up), no line.
        h, w = mask.shape
        owns &= (loop[:, 0] > 1.0) & (loop[:, 1] > 1.0) & (loop[:, 0] < w - 2.0) & \
            (loop[:, 1] < h - 2.0)
        for idx, closed in runs(owns, True):
            p = loop[idx]
            if polyline_length(p, closed) >= min_length:
                out.append((p, closed))
    return out


# ----------------------------------------------------------- mesh contours

@dataclass(frozen=True)
class MeshTopology:
    """Edges of a triangle mesh, computed once per set of triangles."""

    edges: np.ndarray       # (e, 2) vertex indices, unique undirected edges
    tri_edges: np.ndarray   # (m, 3) edge index of (v0v1, v1v2, v2v0)
    edge_tris: np.ndarray   # (e, 2) the one or two triangles of each edge (-1 if none)


def topology(triangles: np.ndarray) -> MeshTopology:
    m = len(triangles)
    all_edges = np.concatenate([triangles[:, [0, 1]], triangles[:, [1, 2]], triangles[:, [2, 0]]])
    ordered = np.sort(all_edges, 1)
    n = int(triangles.max()) + 1
    key = ordered[:, 0].astype(np.int64) * n + ordered[:, 1]
    unique, inverse = np.unique(key, return_inverse=True)
    edges = np.stack([unique // n, unique % n], 1)
    tri_edges = inverse.reshape(3, m).T
    edge_tris = np.full((len(edges), 2), -1, dtype=np.int64)
    tri_ids = np.tile(np.arange(m), 3)
    order = np.argsort(inverse, kind="stable")
    sorted_edges = inverse[order]
    first = np.r_[True, sorted_edges[1:] != sorted_edges[:-1]]
    edge_tris[sorted_edges[first], 0] = tri_ids[order][first]
    second = ~first
    edge_tris[sorted_edges[second], 1] = tri_ids[order][second]
    return MeshTopology(edges, tri_edges, edge_tris)


def face_normals(vertices: np.ndarray, triangles: np.ndarray) -> np.ndarray:
    v = vertices[triangles]
    n = np.cross(v[:, 1] - v[:, 0], v[:, 2] - v[:, 0])
    return n


def vertex_normals(vertices: np.ndarray, triangles: np.ndarray) -> np.ndarray:
    fn = face_normals(vertices, triangles)
    count = len(vertices)
    n = np.zeros_like(vertices)
    for corner in range(3):
        for axis in range(3):
            n[:, axis] += np.bincount(triangles[:, corner], weights=fn[:, axis], minlength=count)
    return n / (np.linalg.norm(n, axis=1, keepdims=True) + 1e-12)


def turning_curves(vertices: np.ndarray, triangles: np.ndarray, topo: MeshTopology,
                   view: np.ndarray) -> tuple[np.ndarray, list[tuple[np.ndarray, bool]]]:
    """Where the smooth surface turns away from the viewer (n . v = 0).

    Returns the crossing points (one per crossed edge, world coordinates)
    and the curves as lists of crossing indices with a closed flag.
    """
    g = vertex_normals(vertices, triangles) @ view
    g[np.abs(g) < 1e-9] = 1e-9
    e = topo.edges
    ga, gb = g[e[:, 0]], g[e[:, 1]]
    crossed = ga * gb < 0
    t = np.where(crossed, ga / np.where(crossed, ga - gb, 1.0), 0.0)
    points = vertices[e[:, 0]] + t[:, None] * (vertices[e[:, 1]] - vertices[e[:, 0]])
    c = crossed[topo.tri_edges]
    with_line = np.nonzero(c.sum(1) == 2)[0]
    cc = c[with_line]
    te = topo.tri_edges[with_line]
    a = np.where(cc[:, 0], te[:, 0], te[:, 1])
    b = np.where(cc[:, 2], te[:, 2], te[:, 1])
    return points, _link_open(a, b)


def _link_open(a: np.ndarray, b: np.ndarray) -> list[tuple[np.ndarray, bool]]:
    """Chain unoriented segments into polylines (closed where they meet themselves)."""
    neighbours: dict[int, list[int]] = {}
    for x, y in zip(a.tolist(), b.tolist()):
        neighbours.setdefault(x, []).append(y)
        neighbours.setdefault(y, []).append(x)
    seen: set[int] = set()
    out = []
    # Start at the ends of open chains first, then the loops that remain.
    starts = [n for n, nb in neighbours.items() if len(nb) == 1] + list(neighbours)
    for start in starts:
        if start in seen:
            continue
        chain = [start]
        seen.add(start)
        prev, cur = None, start
        closed = False
        while True:
            options = [n for n in neighbours[cur] if n != prev]
            if not options:
                break
            nxt = options[0]
            if nxt == start:
                closed = True
                break
            if nxt in seen:
                break
            chain.append(nxt)
            seen.add(nxt)
            prev, cur = cur, nxt
        if len(chain) >= 2:
            out.append((np.array(chain), closed and len(chain) > 2))
    return out


def crease_edges(vertices: np.ndarray, triangles: np.ndarray, topo: MeshTopology,
                 degrees: float = CREASE_DEGREES) -> np.ndarray:
    """Indices of edges where the surface folds by more than `degrees`, and open borders."""
    fn = face_normals(vertices, triangles)
    fn = fn / (np.linalg.norm(fn, axis=1, keepdims=True) + 1e-12)
    t0, t1 = topo.edge_tris[:, 0], topo.edge_tris[:, 1]
    border = t1 < 0
    cos = np.einsum("ij,ij->i", fn[t0], fn[np.maximum(t1, 0)])
    return np.nonzero(border | (cos < np.cos(np.radians(degrees))))[0]


# ------------------------------------------------------------------ helpers

class Occupancy:
    """Pixels already carrying a line, so a second line is never drawn on top."""

    def __init__(self, shape: tuple[int, int], radius: int) -> None:
        self.mask = np.zeros(shape, dtype=bool)
        self.radius = radius
        self._grown: np.ndarray | None = None

    def add(self, p: np.ndarray, closed: bool) -> None:
        dense = densify(p, closed, 0.5)
        h, w = self.mask.shape
        ix = np.clip(np.floor(dense[:, 0]).astype(np.int64), 0, w - 1)
        iy = np.clip(np.floor(dense[:, 1]).astype(np.int64), 0, h - 1)
        self.mask[iy, ix] = True
        self._grown = None

    def taken(self, p: np.ndarray) -> np.ndarray:
        if self._grown is None:
            self._grown = dilate(self.mask, self.radius)
        return sample_at(self._grown, p, fill=False)


def densify(p: np.ndarray, closed: bool, step: float) -> np.ndarray:
    """Points along a polyline no more than `step` pixels apart."""
    q = np.vstack([p, p[:1]]) if closed else p
    if len(q) < 2:
        return q
    seg = np.diff(q, axis=0)
    n = np.maximum(1, np.ceil(np.hypot(seg[:, 0], seg[:, 1]) / step).astype(int))
    t = np.concatenate([np.arange(k) / k for k in n])
    base = np.repeat(q[:-1], n, axis=0)
    out = base + np.repeat(seg, n, axis=0) * t[:, None]
    return np.vstack([out, q[-1:]])


def resample(p: np.ndarray, closed: bool, step: float) -> np.ndarray:
    """Points evenly spaced along a polyline, `step` pixels apart."""
    q = np.vstack([p, p[:1]]) if closed else p
    d = np.r_[0.0, np.cumsum(np.hypot(*np.diff(q, axis=0).T))]
    total = d[-1]
    if total < step:
        return q if not closed else q[:-1]
    n = max(2, int(round(total / step)))
    s = np.linspace(0.0, total, n + 1) if not closed else np.linspace(0.0, total, n, endpoint=False)
    out = np.stack([np.interp(s, d, q[:, 0]), np.interp(s, d, q[:, 1])], 1)
    return out


def smooth(p: np.ndarray, closed: bool, passes: int = 2) -> np.ndarray:
    """Light Laplacian smoothing (ends of open lines stay put)."""
    p = p.copy()
    if len(p) < 3:
        return p
    for _ in range(passes):
        if closed:
            p = 0.25 * np.roll(p, 1, 0) + 0.5 * p + 0.25 * np.roll(p, -1, 0)
        else:
            q = p.copy()
            q[1:-1] = 0.25 * p[:-2] + 0.5 * p[1:-1] + 0.25 * p[2:]
            p = q
    return p
