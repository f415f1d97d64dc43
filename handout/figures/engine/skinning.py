"""Forward kinematics and dual-quaternion skinning of the body (vectorised numpy).

Build time only. A pose is one local rotation per bone (a 3x3 matrix in the
parent's rest axes, about the bone's head) plus a rigid placement of the whole
body in the world. `forward_kinematics` gives every bone's world rotation and
head position; `skin` moves the skin with dual-quaternion skinning (DQS).

Why DQS: linear blend skinning averages rotation matrices, and the average of
two rotations 90 degrees apart is a shrunken matrix, so a hip bent to 90
degrees or an elbow bent tight loses volume and folds ("candy-wrapper" and
collapsing joints). DQS blends rigid motions as unit dual quaternions, which
stays a rigid motion at every vertex. `linear_blend_skin` is kept only so the
tests can measure the difference.

Quaternions are (w, x, y, z). Blending needs all of a vertex's bone
quaternions in one hemisphere (q and -q are the same rotation, but their
weighted sum is not): each is flipped to agree with the vertex's strongest bone.
"""

from __future__ import annotations

import functools

import numpy as np

from .body import Body


@functools.lru_cache(maxsize=4)
def _levels(parents_key: bytes) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """Bones grouped by depth (root first) so FK is one batched product per level."""
    parents = np.frombuffer(parents_key, dtype=np.int64)
    depth = np.zeros(len(parents), dtype=np.int64)
    for i, p in enumerate(parents):
        depth[i] = 0 if p < 0 else depth[p] + 1
    out = []
    for d in range(int(depth.max()) + 1):
        idx = np.nonzero(depth == d)[0]
        out.append((idx, parents[idx]))
    return tuple(out)


def forward_kinematics(body: Body, local: np.ndarray, placement: np.ndarray | None = None,
                       offset: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """World rotations (b, 3, 3) and world head positions (b, 3) of every bone.

    `local[b]` rotates bone b about its head, in its parent's rest axes (the
    identity everywhere is the rest pose). The whole body is then placed in the
    world by `placement` (a rotation) and `offset` (a translation, mm):
    world = placement @ body + offset.
    """
    placement = np.eye(3) if placement is None else placement
    offset = np.zeros(3) if offset is None else offset
    rot = np.empty_like(local)
    pos = np.empty((len(local), 3))
    heads = body.heads
    for level, (idx, par) in enumerate(_levels(body.parents.tobytes())):
        if level == 0:
            rot[idx] = placement @ local[idx]
            pos[idx] = heads[idx] @ placement.T + offset
        else:
            parent_rot = rot[par]
            rot[idx] = parent_rot @ local[idx]
            pos[idx] = (parent_rot @ (heads[idx] - heads[par])[:, :, None])[:, :, 0] + pos[par]
    return rot, pos


def bone_tails(body: Body, rot: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """World tail positions of every bone."""
    return pos + np.einsum("bij,bj->bi", rot, body.tails - body.heads)


# Quaternions ------------------------------------------------------------------

def matrix_to_quaternion(m: np.ndarray) -> np.ndarray:
    """(..., 3, 3) rotation matrices to unit quaternions (..., 4), w >= 0."""
    m = np.asarray(m, dtype=np.float64)
    trace = m[..., 0, 0] + m[..., 1, 1] + m[..., 2, 2]
    # Each candidate is exact where its divisor is largest (Shepperd's method).
    cands = np.stack([
        np.stack([1 + trace, m[..., 2, 1] - m[..., 1, 2], m[..., 0, 2] - m[..., 2, 0],
                  m[..., 1, 0] - m[..., 0, 1]], -1),
        np.stack([m[..., 2, 1] - m[..., 1, 2], 1 + m[..., 0, 0] - m[..., 1, 1] - m[..., 2, 2],
                  m[..., 0, 1] + m[..., 1, 0], m[..., 0, 2] + m[..., 2, 0]], -1),
        np.stack([m[..., 0, 2] - m[..., 2, 0], m[..., 0, 1] + m[..., 1, 0],
                  1 - m[..., 0, 0] + m[..., 1, 1] - m[..., 2, 2], m[..., 1, 2] + m[..., 2, 1]], -1),
        np.stack([m[..., 1, 0] - m[..., 0, 1], m[..., 0, 2] + m[..., 2, 0],
                  m[..., 1, 2] + m[..., 2, 1], 1 - m[..., 0, 0] - m[..., 1, 1] + m[..., 2, 2]], -1),
    ], -2)
    diag = np.stack([trace, m[..., 0, 0], m[..., 1, 1], m[..., 2, 2]], -1)
    best = np.argmax(diag, axis=-1)
    q = np.take_along_axis(cands, best[..., None, None], axis=-2)[..., 0, :]
    q = q / np.linalg.norm(q, axis=-1, keepdims=True)
    return np.where(q[..., :1] < 0, -q, q)


def quaternion_to_matrix(q: np.ndarray) -> np.ndarray:
    """(..., 4) unit quaternions to (..., 3, 3) rotation matrices."""
    w, x, y, z = np.moveaxis(np.asarray(q, dtype=np.float64), -1, 0)
    return np.stack([
        np.stack([1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)], -1),
        np.stack([2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)], -1),
        np.stack([2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)], -1),
    ], -2)


def quaternion_multiply(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Hamilton product a * b of (..., 4) quaternions."""
    aw, ax, ay, az = np.moveaxis(a, -1, 0)
    bw, bx, by, bz = np.moveaxis(b, -1, 0)
    return np.stack([aw * bw - ax * bx - ay * by - az * bz,
                     aw * bx + ax * bw + ay * bz - az * by,
                     aw * by - ax * bz + ay * bw + az * bx,
                     aw * bz + ax * by - ay * bx + az * bw], -1)


# Skinning ---------------------------------------------------------------------

def _bone_motions(body: Body, rot: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """Translation of each bone's rigid motion x -> rot (x - head) + pos."""
    return pos - np.einsum("bij,bj->bi", rot, body.heads)


def cross(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cross product of (..., 3) arrays (np.cross is slow on small arrays)."""
    ax, ay, az = a[..., 0], a[..., 1], a[..., 2]
    bx, by, bz = b[..., 0], b[..., 1], b[..., 2]
    return np.stack([ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx], -1)


def skin(body: Body, rot: np.ndarray, pos: np.ndarray,
         vertices: np.ndarray | None = None) -> np.ndarray:
    """Posed skin positions (n, 3) by dual-quaternion skinning.

    `vertices` (indices) skins only those vertices, for the contact solver.
    """
    idx = slice(None) if vertices is None else vertices
    rest = body.vertices[idx]
    wb = body.weight_bones[idx]
    wv = body.weight_values[idx]
    real = matrix_to_quaternion(rot)                                  # (b, 4)
    trans = _bone_motions(body, rot, pos)
    dual = 0.5 * quaternion_multiply(
        np.concatenate([np.zeros((len(trans), 1)), trans], 1), real)  # (b, 4)
    # Blend the vertex's bones, each flipped into its strongest bone's hemisphere.
    pivot = real[wb[:, 0]]
    br = np.zeros((len(wb), 4))
    bd = np.zeros((len(wb), 4))
    for k in range(wb.shape[1]):
        qr = real[wb[:, k]]
        w = wv[:, k] * np.where((qr * pivot).sum(1) < 0, -1.0, 1.0)
        br += w[:, None] * qr
        bd += w[:, None] * dual[wb[:, k]]
    norm = np.sqrt((br * br).sum(1))[:, None]
    br /= norm
    bd /= norm
    w, q = br[:, :1], br[:, 1:]
    # Rotate: v + 2w (q x v) + 2 q x (q x v); translate: 2 (w_d q - w q_d + q_d x q).
    qv = cross(q, rest)
    moved = rest + 2.0 * (w * qv + cross(q, qv))
    wd, qd = bd[:, :1], bd[:, 1:]
    translation = 2.0 * (w * qd - wd * q + cross(q, qd))
    return moved + translation


def linear_blend_skin(body: Body, rot: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """Posed skin by linear blend skinning (for comparison in tests only)."""
    trans = _bone_motions(body, rot, pos)
    m = rot[body.weight_bones]                                        # (n, 4, 3, 3)
    t = trans[body.weight_bones]
    blend_m = np.einsum("nk,nkij->nij", body.weight_values, m)
    blend_t = np.einsum("nk,nki->ni", body.weight_values, t)
    return np.einsum("nij,nj->ni", blend_m, body.vertices) + blend_t


def rotation(axis, degrees: float) -> np.ndarray:
    """The rotation matrix about `axis` by `degrees` (right-hand rule)."""
    a = np.asarray(axis, dtype=np.float64)
    a = a / np.linalg.norm(a)
    t = np.radians(degrees)
    k = np.array([[0, -a[2], a[1]], [a[2], 0, -a[0]], [-a[1], a[0], 0]])
    return np.eye(3) + np.sin(t) * k + (1 - np.cos(t)) * (k @ k)


def rotation_between(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The shortest rotation taking direction a to direction b."""
    a = a / np.linalg.norm(a)
    b = b / np.linalg.norm(b)
    v = np.cross(a, b)
    c = float(a @ b)
    s = float(np.linalg.norm(v))
    if s < 1e-12:
        if c > 0:
            return np.eye(3)
        perp = np.cross(a, [1.0, 0, 0] if abs(a[0]) < 0.9 else [0, 1.0, 0])
        return rotation(perp, 180.0)
    return rotation(v, float(np.degrees(np.arctan2(s, c))))


def frame_rotation(a_from: np.ndarray, b_from: np.ndarray, a_to: np.ndarray,
                   b_to: np.ndarray) -> np.ndarray:
    """The rotation taking direction a_from to a_to whose b_from goes nearest b_to."""
    def basis(a, b):
        e1 = a / np.linalg.norm(a)
        e2 = b - (b @ e1) * e1
        e2 /= np.linalg.norm(e2)
        return np.stack([e1, e2, np.cross(e1, e2)], 1)
    return basis(a_to, b_to) @ basis(a_from, b_from).T
