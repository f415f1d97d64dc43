"""One posed body (and its props) seen by one camera -> the lines a patient sees.

Build time only (numpy). Puts `raster` and `contours` together: a depth
buffer over body and props, then fills, silhouettes, inner contours, touch
lines and prop edges, each as polylines in image-plane millimetres (x right,
y up). Curve fitting and styling happen later (`curves`, `panels`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import contours as C
from . import parts
from .camera import Camera, Framing
from .raster import BODY, EMPTY, rasterize

# Lines shorter than this (in pixels of the working raster) are stray strokes.
MIN_INNER_PX = 14.0
MIN_OUTLINE_PX = 6.0
# An inner contour is drawn only where the surface behind it is this much farther (mm).
DEPTH_STEP_MM = 22.0
# Holes smaller than this share of the picture are slits, filled in (see render_pose).
SLIT_SHARE = 0.0012
# Two touching surfaces are one piece of skin when they lie closer than this at rest.
TOUCH_APART_MM = 45.0
# Props an arrow may lie on (they fill the background, not the scene).
BACKDROPS = ("mat", "floor")
# A face line: an inner line mostly on the head (never drawn).
FACE_SHARE = 0.5


@dataclass
class PropMesh:
    """A prop's triangles in the world (mm), and what it is."""

    kind: str
    vertices: np.ndarray
    triangles: np.ndarray
    smooth: bool = False  # a round prop (ball, roller): no crease lines


@dataclass
class Pose:
    """What the renderer needs of one key frame."""

    vertices: np.ndarray            # (n, 3) body, world mm
    triangles: np.ndarray           # (m, 3)
    triangle_part: np.ndarray       # (m,) part id of each triangle (see `parts`)
    topology: C.MeshTopology
    rest_centroids: np.ndarray      # (m, 3) each triangle's centre on the body at rest
    props: list[PropMesh] = field(default_factory=list)


@dataclass
class PoseLines:
    """Polylines in image-plane mm (x right, y up), by role."""

    body_fill: list[np.ndarray]
    prop_fills: list[tuple[str, list[np.ndarray]]]
    outline: list[tuple[np.ndarray, bool]]
    inner: list[tuple[np.ndarray, bool]]
    prop_lines: list[tuple[np.ndarray, bool]]
    body_mask: np.ndarray       # (H, W) bool: body and solid props, for arrow placement
    prop_mask: np.ndarray       # (H, W) bool: solid props alone (an arrow never points across one)
    framing: Framing


def render_pose(pose: Pose, camera: Camera, framing: Framing) -> PoseLines:
    w, h = framing.width_px, framing.height_px
    xs, ys, zs = [], [], []
    tris, labels, sources = [], [], []
    offset = 0
    meshes = [(pose.vertices, pose.triangles, BODY)] + [
        (p.vertices, p.triangles, 2 + i) for i, p in enumerate(pose.props)]
    for vertices, triangles, label in meshes:
        x, y, z = camera.project(vertices)
        xs.append(x), ys.append(y), zs.append(z)
        if label == BODY:
            # The skin is closed and wound outwards: faces turned away are always
            # behind a face turned towards the viewer, so they need no testing.
            kept = np.nonzero(_facing(vertices, triangles, camera.forward))[0]
        else:
            kept = np.arange(len(triangles))
        tris.append(triangles[kept] + offset)
        sources.append(kept)
        labels.append(np.full(len(tris[-1]), label, dtype=np.int64))
        offset += len(vertices)
    x, y, z = np.concatenate(xs), np.concatenate(ys), np.concatenate(zs)
    xy = framing.to_pixels(x, y)
    buffer = rasterize(xy, z, np.concatenate(tris), np.concatenate(labels), w, h)
    # Each pixel's triangle as an index into its own mesh's triangles.
    source = np.concatenate(sources)
    buffer.triangle = np.where(buffer.triangle >= 0, source[np.maximum(buffer.triangle, 0)], -1)
    to_mm = framing.to_mm

    def mm(lines):
        return [(to_mm(p), closed) for p, closed in lines]

    body_mask = buffer.label == BODY
    solid = np.zeros_like(body_mask)
    for i, prop in enumerate(pose.props):
        if prop.kind not in BACKDROPS:
            solid |= buffer.label == 2 + i
    occupied = body_mask | solid
    min_area = 30.0
    body_loops = C.region_loops(body_mask, min_area, hole_area=12.0)
    prop_fills = []
    prop_lines: list[tuple[np.ndarray, bool]] = []
    for i, prop in enumerate(pose.props):
        loops = C.region_loops(buffer.label == 2 + i, min_area, hole_area=12.0)
        prop_fills.append((prop.kind, [to_mm(p) for p in loops]))
        prop_lines += C.silhouette_lines(buffer, 2 + i, loops, MIN_OUTLINE_PX)
    # A small hole (a slit of floor seen between an arm and the ribs) is filled in
    # and its edge drawn as a light inner line: a heavy outline round it reads as
    # a black blob at print size.
    slit_area = SLIT_SHARE * w * h
    areas = [C.loop_area(p) for p in body_loops]
    outer_sign = np.sign(areas[int(np.argmax(np.abs(areas)))]) if areas else 1.0
    slits = [p for p, a in zip(body_loops, areas) if np.sign(a) != outer_sign
             and abs(a) < slit_area]
    body_loops = [p for p, a in zip(body_loops, areas) if not (np.sign(a) != outer_sign
                                                               and abs(a) < slit_area)]
    outline = C.silhouette_lines(buffer, BODY, body_loops, MIN_OUTLINE_PX)
    slit_lines = C.silhouette_lines(buffer, BODY, slits, MIN_OUTLINE_PX) if slits else []

    taken = C.Occupancy((h, w), radius=3)
    for p, closed in outline + prop_lines:
        taken.add(p, closed)
    for p, closed in slit_lines:
        taken.add(p, closed)
    inner = slit_lines + _inner_contours(pose, camera, framing, buffer, taken)
    for p, closed in inner:
        taken.add(p, closed)
    inner += _touch_lines(pose, buffer, taken)
    creases = _prop_creases(pose, camera, framing, buffer, taken)
    return PoseLines(
        body_fill=[to_mm(p) for p in body_loops], prop_fills=prop_fills,
        outline=mm(outline), inner=mm(inner), prop_lines=mm(prop_lines + creases),
        body_mask=occupied, prop_mask=solid, framing=framing)


def _facing(vertices: np.ndarray, triangles: np.ndarray, forward: np.ndarray) -> np.ndarray:
    """Triangles turned towards the viewer (or edge on), by their outward normals."""
    return C.face_normals(vertices, triangles) @ forward <= 1e-9


def _visible(buffer, p_px: np.ndarray, depth: np.ndarray, slack_mm: float) -> np.ndarray:
    """Points not hidden: no surface in front of them (with a little slack)."""
    far = getattr(buffer, "_far", None)
    if far is None:
        # The farthest depth around each pixel: a line exactly on an edge is not hidden
        # by the surface it bounds.
        far = buffer._far = C.max_filter(
            np.where(np.isfinite(buffer.depth), buffer.depth, 1e12), 1)
    return depth <= C.sample_at(far, p_px, fill=1e12) + slack_mm


def _inner_contours(pose: Pose, camera: Camera, framing: Framing, buffer,
                    taken: C.Occupancy) -> list[tuple[np.ndarray, bool]]:
    points, curves = C.turning_curves(pose.vertices, pose.triangles, pose.topology,
                                      camera.forward)
    if not curves:
        return []
    x, y, z = camera.project(points)
    pxy = framing.to_pixels(x, y)
    seen = _visible(buffer, pxy, z, slack_mm=6.0)
    on_body = C.sample_at(buffer.label, pxy, fill=EMPTY) == BODY
    # Something clearly farther just beside the line: a real occluding contour.
    depth = np.where(np.isfinite(buffer.depth), buffer.depth, 1e12)
    farthest = C.max_filter(depth, 3)
    steps = C.sample_at(farthest, pxy, fill=0.0) - z > DEPTH_STEP_MM
    edge_tri = pose.topology.edge_tris[:, 0]
    on_head = pose.triangle_part[edge_tri] == parts.HEAD
    ok = seen & on_body & steps & ~taken.taken(pxy)
    out = []
    for chain, closed in curves:
        flags = C.close_small_gaps(ok[chain], 3, closed)
        for idx, run_closed in C.runs(flags, closed):
            run = chain[idx]
            if on_head[run].mean() > FACE_SHARE:
                continue  # eyes, ears, mouth: a calm mannequin face
            p = pxy[run]
            if C.polyline_length(p, run_closed) >= MIN_INNER_PX:
                out.append((C.smooth(p, run_closed, 2), run_closed))
    return out


def _touch_lines(pose: Pose, buffer, taken: C.Occupancy) -> list[tuple[np.ndarray, bool]]:
    """Where two parts of the body meet in the picture without being one piece of skin.

    Two neighbouring pixels show "one piece of skin" when their triangles lie
    close together on the body at rest; when they lie far apart (the two knees,
    an arm resting against the ribs, a hand on a thigh) a line separates them,
    even with no depth gap. Traced along the boundaries between parts.
    """
    body = buffer.label == BODY
    tri = np.where(body, buffer.triangle, -1)
    part = np.full(buffer.shape, -1, dtype=np.int64)
    part[body] = pose.triangle_part[tri[body]]
    depth = np.where(body, buffer.depth, np.inf)
    out = []
    present = np.unique(part[body])
    for a in present:
        if a == parts.HEAD or len(present) < 2:
            continue  # the head keeps its outline only: a calm face
        mask = part == a
        if mask.sum() < 20:
            continue
        loops = C.region_loops(mask, 20.0, hole_area=1e9)
        for loop in loops:
            n = C.outward(loop, mask)
            outside = loop + n * 1.5
            inside = loop - n * 1.5
            b = C.sample_at(part, outside, fill=-1)
            ta = C.sample_at(tri, inside, fill=-1)
            tb = C.sample_at(tri, outside, fill=-1)
            both = (ta >= 0) & (tb >= 0) & (b >= 0) & (b != a) & (b != parts.HEAD)
            apart = np.zeros(len(loop), dtype=bool)
            gap = pose.rest_centroids[ta[both]] - pose.rest_centroids[tb[both]]
            apart[both] = np.einsum("ij,ij->i", gap, gap) > TOUCH_APART_MM ** 2
            da = C.sample_at(depth, inside, fill=np.inf)
            db = C.sample_at(depth, outside, fill=np.inf)
            # The nearer part owns the line; a tie goes to the lower part id.
            with np.errstate(invalid="ignore"):  # inf - inf off the body: not an owner
                owner = (da < db - 2.0) | ((np.abs(da - db) <= 2.0) & (a < b))
            flags = apart & owner & ~taken.taken(loop)
            flags = C.close_small_gaps(flags, 3, True)
            for idx, closed in C.runs(flags, True):
                p = loop[idx]
                if C.polyline_length(p, closed) >= MIN_INNER_PX:
                    out.append((C.smooth(p, closed, 2), closed))
    return out


def _prop_creases(pose: Pose, camera: Camera, framing: Framing, buffer,
                  taken: C.Occupancy) -> list[tuple[np.ndarray, bool]]:
    out = []
    for i, prop in enumerate(pose.props):
        if prop.smooth or len(prop.triangles) == 0:
            continue
        topo = C.topology(prop.triangles)
        edges = topo.edges[C.crease_edges(prop.vertices, prop.triangles, topo)]
        for a, b in edges:
            ends = prop.vertices[[a, b]]
            length = np.linalg.norm(np.diff(framing.to_pixels(*camera.project(ends)[:2]),
                                            axis=0))
            n = max(2, int(np.ceil(length / 1.0)))
            t = np.linspace(0, 1, n)[:, None]
            pts = ends[0] * (1 - t) + ends[1] * t
            x, y, z = camera.project(pts)
            pxy = framing.to_pixels(x, y)
            ok = _visible(buffer, pxy, z, slack_mm=3.0) & ~taken.taken(pxy)
            for idx, _ in C.runs(ok, False):
                p = pxy[idx]
                if C.polyline_length(p) >= MIN_OUTLINE_PX:
                    out.append((p, False))
    return out
