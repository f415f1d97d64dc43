"""A depth buffer over the body and the props: which surface is nearest at every pixel.

Build time only (numpy). Triangles arrive already projected: x and y in pixels
(y down), z the depth along the view (bigger is farther). The result holds,
per pixel, the nearest depth, the triangle there and the object it belongs to
(0 is empty, 1 the body, 2 and up the props in scene order).

Triangles are grouped by the size of their bounding box (1, 2, 3, ... 48 pixels)
and each group is tested against its candidate pixels in chunks of a bounded
number of candidates, so memory stays flat whatever the resolution: the
throwaway prototype built every candidate of every triangle at once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

EMPTY = 0
BODY = 1

# At most this many candidate pixels are tested at once (about 100 MB of temporaries).
CHUNK_CANDIDATES = 1_500_000
# Triangles wider than this many pixels are drawn one by one.
BIG = 48
# Candidate windows are side x side pixels; close steps waste few candidates.
EPS = 1e-7
SIDES = (1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48)


@dataclass
class DepthBuffer:
    """Nearest depth, triangle index and object label per pixel (row 0 at the top)."""

    depth: np.ndarray      # (H, W) float, +inf where empty
    triangle: np.ndarray   # (H, W) int, -1 where empty; indexes the stacked triangles
    label: np.ndarray      # (H, W) int, EMPTY, BODY or 2 + prop index

    @property
    def shape(self) -> tuple[int, int]:
        return self.depth.shape

    def covered(self) -> np.ndarray:
        return self.label != EMPTY


def rasterize(xy: np.ndarray, z: np.ndarray, triangles: np.ndarray, labels: np.ndarray,
              width: int, height: int) -> DepthBuffer:
    """Depth-test every triangle into a width x height buffer.

    xy: (n, 2) pixel coordinates of the vertices; z: (n,) depths;
    triangles: (m, 3) vertex indices; labels: (m,) object label per triangle.
    """
    # A margin as wide as the biggest candidate window: candidates never need
    # a bounds check, they land in the margin and are cut off at the end.
    pad = BIG + 2
    pw, ph = width + 2 * pad, height + 2 * pad
    depth = np.full(ph * pw, np.inf)
    tri_buf = np.full(ph * pw, -1, dtype=np.int64)
    corners = xy[triangles] + pad                # (m, 3, 2)
    zs = z[triangles]                            # (m, 3)
    x0 = np.floor(corners[:, :, 0].min(1) - 0.5).astype(np.int64)
    y0 = np.floor(corners[:, :, 1].min(1) - 0.5).astype(np.int64)
    x1 = np.ceil(corners[:, :, 0].max(1) - 0.5).astype(np.int64)
    y1 = np.ceil(corners[:, :, 1].max(1) - 0.5).astype(np.int64)
    a, b, c = corners[:, 0], corners[:, 1], corners[:, 2]
    area = (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0])
    onscreen = (x1 >= pad) & (y1 >= pad) & (x0 < width + pad) & (y0 < height + pad)
    usable = onscreen & (np.abs(area) > 1e-9)
    # Barycentric weights and depth are affine in the pixel position:
    # value = k0 + kx * x + ky * y, with coefficients per triangle.
    inv = np.where(usable, 1.0 / np.where(usable, area, 1.0), 0.0)
    w0 = _affine(b, c, inv)
    w1 = _affine(c, a, inv)
    dz0, dz1, z2 = zs[:, 0] - zs[:, 2], zs[:, 1] - zs[:, 2], zs[:, 2]
    dep = (w0[0] * dz0 + w1[0] * dz1 + z2, w0[1] * dz0 + w1[1] * dz1,
           w0[2] * dz0 + w1[2] * dz1)
    coef = np.stack([*w0, *w1, *dep], 1)         # (m, 9)
    size = np.maximum(x1 - x0, y1 - y0) + 1
    # Big triangles (a prop's faces) are few: test each over its own clipped box.
    for t in np.nonzero(usable & (size > BIG))[0]:
        _draw_big(int(t), x0, y0, x1, y1, coef, pad, width, height, pw, depth, tri_buf)
    usable &= size <= BIG
    smaller = 0
    for side in SIDES:
        group = np.nonzero(usable & (size <= side) & (size > smaller))[0]
        smaller = side
        if not len(group):
            continue
        oy, ox = np.divmod(np.arange(side * side), side)
        per_chunk = max(1, CHUNK_CANDIDATES // (side * side))
        for start in range(0, len(group), per_chunk):
            chunk = group[start:start + per_chunk]
            _draw_chunk(chunk, ox, oy, x0, y0, coef, pw, depth, tri_buf)
    depth = depth.reshape(ph, pw)[pad:pad + height, pad:pad + width].copy()
    tri_buf = tri_buf.reshape(ph, pw)[pad:pad + height, pad:pad + width].copy()
    label = np.where(tri_buf >= 0, labels[np.maximum(tri_buf, 0)], EMPTY)
    return DepthBuffer(depth, tri_buf, label)


def _affine(p: np.ndarray, q: np.ndarray, inv: np.ndarray):
    """Coefficients (k0, kx, ky) of the edge function of edge p -> q, over the area."""
    kx = -(q[:, 1] - p[:, 1]) * inv
    ky = (q[:, 0] - p[:, 0]) * inv
    k0 = ((q[:, 1] - p[:, 1]) * p[:, 0] - (q[:, 0] - p[:, 0]) * p[:, 1]) * inv
    return k0, kx, ky


def _draw_big(t, x0, y0, x1, y1, coef, pad, width, height, pw, depth, tri_buf):
    gx0, gy0 = max(pad, int(x0[t])), max(pad, int(y0[t]))
    gx1, gy1 = min(width + pad - 1, int(x1[t])), min(height + pad - 1, int(y1[t]))
    if gx1 < gx0 or gy1 < gy0:
        return
    py, px = np.mgrid[gy0:gy1 + 1, gx0:gx1 + 1]
    cx, cy = px + 0.5, py + 0.5
    k = coef[t]
    w0 = k[0] + k[1] * cx + k[2] * cy
    w1 = k[3] + k[4] * cx + k[5] * cy
    inside = (w0 >= -EPS) & (w1 >= -EPS) & (w0 + w1 <= 1 + EPS)
    d = (k[6] + k[7] * cx + k[8] * cy)[inside]
    pix = (py * pw + px)[inside]
    nearer = d < depth[pix]
    depth[pix[nearer]] = d[nearer]
    tri_buf[pix[nearer]] = t


def _draw_chunk(chunk, ox, oy, x0, y0, coef, pw, depth, tri_buf):
    k = coef[chunk]
    # Each value at the window's first pixel centre, then stepped across the window.
    cx = x0[chunk] + 0.5
    cy = y0[chunk] + 0.5
    oxf, oyf = ox.astype(np.float64), oy.astype(np.float64)
    w0 = (k[:, 0] + k[:, 1] * cx + k[:, 2] * cy)[:, None] + k[:, 1, None] * oxf + k[:, 2, None] * oyf
    w1 = (k[:, 3] + k[:, 4] * cx + k[:, 5] * cy)[:, None] + k[:, 4, None] * oxf + k[:, 5, None] * oyf
    inside = (w0 >= -EPS) & (w1 >= -EPS) & (w0 + w1 <= 1 + EPS)
    rows, cols = np.nonzero(inside)
    if not len(rows):
        return
    c = chunk[rows]
    d = (k[rows, 6] + k[rows, 7] * (cx[rows] + oxf[cols]) + k[rows, 8] * (cy[rows] + oyf[cols]))
    pix = (y0[c] + oy[cols]) * pw + x0[c] + ox[cols]
    # The nearest depth per pixel first, then the triangle that gave it.
    before = depth[pix]
    np.minimum.at(depth, pix, d)
    won = (d == depth[pix]) & (d < before)
    tri_buf[pix[won]] = c[won]
