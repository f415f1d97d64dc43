"""Smooth cubic Bezier curves fitted to traced lines, so no pixel wobble shows in print.

Build time only (numpy). A traced line (pixel positions from the depth buffer)
is first evened out (resampled at a fixed step and lightly smoothed), split at
real corners (a prop's box corner, the tip of a heel), then fitted piece by
piece with Philip Schneider's least-squares method ("An Algorithm for
Automatically Fitting Digitized Curves", Graphics Gems, 1990): chord-length
parameters, Newton reparameterisation, and a split at the worst point while
the error stays above `tolerance`. Tangents are shared where pieces meet, so
the curve stays smooth (G1) everywhere except at the corners found.
"""

from __future__ import annotations

import numpy as np

from .contours import resample, smooth

Segment = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # p0, c1, c2, p3

CORNER_DEGREES = 55.0


def fit_curve(points: np.ndarray, closed: bool, tolerance: float = 0.5,
              step: float = 2.0, smoothing: int = 2,
              corner_degrees: float = CORNER_DEGREES) -> list[Segment]:
    """Cubic segments approximating `points` within `tolerance` (same units)."""
    p = resample(points, closed, step)
    if len(p) < 2:
        return []
    if len(p) == 2 or (not closed and len(p) < 4):
        a, b = p[0], p[-1]
        return [(a, a + (b - a) / 3, a + 2 * (b - a) / 3, b)]
    corners = _corners(p, closed, corner_degrees)
    if closed:
        if corners:
            p = np.roll(p, -corners[0], axis=0)
            corners = sorted((c - corners[0]) % len(p) for c in corners)
            p = np.vstack([p, p[:1]])
            pieces = _split(p, corners[1:] + [len(p) - 1])
        else:
            p = np.vstack([p, p[:1]])
            pieces = None
    else:
        pieces = _split(p, corners + [len(p) - 1])
    if pieces is None:
        q = smooth(p[:-1], True, smoothing)
        q = np.vstack([q, q[:1]])
        t = _unit(q[1] - q[-2])
        return _fit_chunks(q, t, -t, tolerance)
    out: list[Segment] = []
    for piece in pieces:
        piece = smooth(piece, False, smoothing)
        if len(piece) < 2:
            continue
        if len(piece) == 2:
            a, b = piece
            out.append((a, a + (b - a) / 3, a + 2 * (b - a) / 3, b))
            continue
        out += _fit_chunks(piece, _unit(piece[1] - piece[0]), _unit(piece[-2] - piece[-1]),
                           tolerance)
    return out


# A smooth stretch is first cut into chunks of this many samples, each fitted on
# its own with shared tangents where they meet: most chunks fit at the first try,
# which is far cheaper than splitting a long line again and again.
CHUNK = 28


def _fit_chunks(p: np.ndarray, t1: np.ndarray, t2: np.ndarray,
                tolerance: float) -> list[Segment]:
    n = len(p)
    if n <= CHUNK * 1.5:
        return _fit(p, t1, t2, tolerance)
    count = int(round((n - 1) / CHUNK))
    cuts = [round(i * (n - 1) / count) for i in range(count + 1)]
    out: list[Segment] = []
    start_tangent = t1
    for a, b in zip(cuts, cuts[1:]):
        if b == n - 1:
            end_tangent = t2
        else:
            end_tangent = _unit(p[b - 1] - p[b + 1])
        out += _fit(p[a:b + 1], start_tangent, end_tangent, tolerance)
        start_tangent = -end_tangent
    return out


def _corners(p: np.ndarray, closed: bool, degrees: float, window: int = 3) -> list[int]:
    """Indices where the line turns by more than `degrees` within a few samples."""
    n = len(p)
    if n < 2 * window + 1:
        return []
    if closed:
        ahead = np.roll(p, -window, 0) - p
        behind = p - np.roll(p, window, 0)
        idx = np.arange(n)
    else:
        idx = np.arange(window, n - window)
        ahead = p[idx + window] - p[idx]
        behind = p[idx] - p[idx - window]
    cos = np.einsum("ij,ij->i", _unit(ahead), _unit(behind))
    sharp = cos < np.cos(np.radians(degrees))
    found = []
    i = 0
    while i < len(idx):
        if sharp[i]:
            j = i
            while j + 1 < len(idx) and sharp[j + 1]:
                j += 1
            best = i + int(np.argmin(cos[i:j + 1]))
            found.append(int(idx[best]))
            i = j + 1
        else:
            i += 1
    return found


def _split(p: np.ndarray, ends: list[int]) -> list[np.ndarray]:
    pieces, start = [], 0
    for end in ends:
        if end > start:
            pieces.append(p[start:end + 1])
        start = end
    return pieces


def _unit(v: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(n > 1e-12, n, 1.0)


def _basis(t: np.ndarray) -> np.ndarray:
    """(n, 4) Bernstein weights of a cubic at parameters t."""
    s = 1 - t
    return np.stack([s * s * s, 3 * s * s * t, 3 * s * t * t, t * t * t], 1)


def _bezier(seg: Segment, t: np.ndarray) -> np.ndarray:
    return _basis(t) @ np.stack(seg)


def _fit(p: np.ndarray, t1: np.ndarray, t2: np.ndarray, tolerance: float,
         depth: int = 0) -> list[Segment]:
    if len(p) == 2:
        d = np.linalg.norm(p[1] - p[0]) / 3
        return [(p[0], p[0] + t1 * d, p[1] + t2 * d, p[1])]
    u = _chord_params(p)
    seg = _generate(p, u, t1, t2)
    err, worst = _max_error(p, seg, u)
    if err < tolerance:
        return [seg]
    if err < tolerance * 4:
        for _ in range(3):
            u = _reparameterise(p, seg, u)
            seg = _generate(p, u, t1, t2)
            err, worst = _max_error(p, seg, u)
            if err < tolerance:
                return [seg]
    if depth > 40 or len(p) < 4:
        return [seg]
    worst = min(max(worst, 1), len(p) - 2)
    centre = _unit(p[worst - 1] - p[worst + 1])
    return (_fit(p[:worst + 1], t1, centre, tolerance, depth + 1)
            + _fit(p[worst:], -centre, t2, tolerance, depth + 1))


def _chord_params(p: np.ndarray) -> np.ndarray:
    step = np.diff(p, axis=0)
    d = np.r_[0.0, np.cumsum(np.hypot(step[:, 0], step[:, 1]))]
    return d / d[-1] if d[-1] > 0 else np.linspace(0, 1, len(p))


def _generate(p: np.ndarray, u: np.ndarray, t1: np.ndarray, t2: np.ndarray) -> Segment:
    """The least-squares cubic through p's ends with end tangents t1, t2 (Schneider)."""
    p0, p3 = p[0], p[-1]
    basis = _basis(u)
    b1, b2 = basis[:, 1], basis[:, 2]
    ends = np.stack([basis[:, 0] + b1, b2 + basis[:, 3]], 1)
    tmp = p - ends @ np.stack([p0, p3])
    c00 = float(b1 @ b1) * float(t1 @ t1)
    c01 = float(b1 @ b2) * float(t1 @ t2)
    c11 = float(b2 @ b2) * float(t2 @ t2)
    x0 = float(t1 @ (b1 @ tmp))
    x1 = float(t2 @ (b2 @ tmp))
    det = c00 * c11 - c01 * c01
    chord = float(np.hypot(*(p3 - p0)))
    alpha1 = alpha2 = 0.0
    if abs(det) > 1e-12:
        alpha1 = (x0 * c11 - x1 * c01) / det
        alpha2 = (c00 * x1 - c01 * x0) / det
    eps = 1e-6 * chord
    if alpha1 < eps or alpha2 < eps or alpha1 > 3 * chord or alpha2 > 3 * chord:
        alpha1 = alpha2 = chord / 3
    return (p0, p0 + t1 * alpha1, p3 + t2 * alpha2, p3)


def _max_error(p: np.ndarray, seg: Segment, u: np.ndarray) -> tuple[float, int]:
    d = _bezier(seg, u) - p
    d2 = d[:, 0] * d[:, 0] + d[:, 1] * d[:, 1]
    i = int(np.argmax(d2))
    return float(np.sqrt(d2[i])), i


def _reparameterise(p: np.ndarray, seg: Segment, u: np.ndarray) -> np.ndarray:
    p0, c1, c2, p3 = seg
    s = 1 - u
    q = _bezier(seg, u)
    q1 = (3 * s * s)[:, None] * (c1 - p0) + (6 * s * u)[:, None] * (c2 - c1) \
        + (3 * u * u)[:, None] * (p3 - c2)
    q2 = (6 * s)[:, None] * (c2 - 2 * c1 + p0) + (6 * u)[:, None] * (p3 - 2 * c2 + c1)
    num = np.sum((q - p) * q1, axis=1)
    den = np.sum(q1 * q1, axis=1) + np.sum((q - p) * q2, axis=1)
    step = np.where(np.abs(den) > 1e-12, num / np.where(np.abs(den) > 1e-12, den, 1), 0)
    out = np.clip(u - step, 0, 1)
    out[0], out[-1] = 0.0, 1.0
    return np.maximum.accumulate(out)


def max_deviation(points: np.ndarray, segments: list[Segment], samples: int = 16) -> float:
    """The largest distance from a fitted curve's samples to the traced points (for tests)."""
    t = np.linspace(0, 1, samples)
    curve = np.vstack([_bezier(s, t) for s in segments])
    d = np.linalg.norm(curve[:, None, :] - points[None, :, :], axis=2).min(axis=1)
    return float(d.max())
