"""The body: the skin, skeleton and weights of `assets/body/body.npz`, loaded once.

Build time only (numpy). Coordinates are the body's own rest frame in
millimetres: x towards the figure's left, y up, z forward (the way the chest
faces); the rest pose is MakeHuman's A-pose (arms out about 40 degrees,
elbows bent about 47 degrees, legs out about 6.5 degrees). `anatomy` turns
that into anatomical neutral; `postures` places the body in the world.

Bone names are the default skeleton's (`upperleg01.L`, `spine03`, ...); the
left and right bones of a pair end in `.L` and `.R`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ... import paths

ASSET = Path(paths.ASSETS) / "body" / "body.npz"

# The reflection across the body's midline (x -> -x).
MIRROR = np.diag([-1.0, 1.0, 1.0])


@dataclass(frozen=True, eq=False)
class Body:
    """The rest-pose body. Arrays are read-only; bone arrays are indexed parents first."""

    vertices: np.ndarray        # (n, 3) float64, rest pose, mm
    quads: np.ndarray           # (q, 4) int64
    triangles: np.ndarray       # (2q, 3) int64, outward winding
    bone_names: tuple[str, ...]
    parents: np.ndarray         # (b,) int64, -1 for the root
    heads: np.ndarray           # (b, 3) rest head (joint) positions, mm
    tails: np.ndarray           # (b, 3) rest tail positions, mm
    weight_bones: np.ndarray    # (n, 6) int64, strongest first
    weight_values: np.ndarray   # (n, 6) float64, rows sum to 1
    mirror_vertex: np.ndarray   # (n,) index of each vertex's mirror image
    mirror_bone: np.ndarray     # (b,) index of each bone's mirror twin (itself on the midline)
    index: dict[str, int] = field(repr=False)

    def bone(self, name: str) -> int:
        """The index of a bone by name (KeyError naming it when there is none)."""
        try:
            return self.index[name]
        except KeyError:
            raise KeyError(f"no bone {name!r} in the body asset") from None

    @functools.cached_property
    def dominant_bone(self) -> np.ndarray:
        """(n,) the strongest bone of each vertex."""
        return self.weight_bones[:, 0]

    @functools.cached_property
    def children(self) -> tuple[tuple[int, ...], ...]:
        kids: list[list[int]] = [[] for _ in self.bone_names]
        for i, p in enumerate(self.parents):
            if p >= 0:
                kids[p].append(i)
        return tuple(tuple(k) for k in kids)

    def descendants(self, name: str, include_self: bool = True) -> list[int]:
        """The bone and every bone below it (parents first)."""
        start = self.bone(name)
        out, stack = [], [start]
        while stack:
            b = stack.pop()
            out.append(b)
            stack.extend(reversed(self.children[b]))
        return out if include_self else out[1:]

    def vertices_of(self, bones: list[int] | np.ndarray, min_weight: float = 0.5) -> np.ndarray:
        """Vertices whose weight on these bones together is at least `min_weight`."""
        chosen = np.zeros(len(self.bone_names), dtype=bool)
        chosen[np.asarray(bones, dtype=np.int64)] = True
        share = (self.weight_values * chosen[self.weight_bones]).sum(axis=1)
        return np.nonzero(share >= min_weight)[0]

    def bone_length(self, name: str) -> float:
        i = self.bone(name)
        return float(np.linalg.norm(self.tails[i] - self.heads[i]))


def _readonly(a: np.ndarray) -> np.ndarray:
    a.setflags(write=False)
    return a


def _triangulate(vertices: np.ndarray, quads: np.ndarray) -> np.ndarray:
    """Split each quad along its shorter diagonal (fewer sliver triangles in bends)."""
    a, b, c, d = (quads[:, k] for k in range(4))
    ac = np.linalg.norm(vertices[a] - vertices[c], axis=1)
    bd = np.linalg.norm(vertices[b] - vertices[d], axis=1)
    use_ac = (ac <= bd)[:, None]
    first = np.where(use_ac, np.stack([a, b, c], 1), np.stack([a, b, d], 1))
    second = np.where(use_ac, np.stack([a, c, d], 1), np.stack([b, c, d], 1))
    tris = np.concatenate([first, second])
    if signed_volume(vertices, tris) < 0:  # make the normals point out of the body
        tris = tris[:, ::-1].copy()
    return tris


def signed_volume(vertices: np.ndarray, triangles: np.ndarray) -> float:
    """Volume enclosed by a closed triangle mesh (positive for outward winding), mm^3."""
    p = vertices[triangles]
    return float(np.einsum("ij,ij->i", p[:, 0], np.cross(p[:, 1], p[:, 2])).sum() / 6.0)


def _mirror_bones(names: tuple[str, ...]) -> np.ndarray:
    index = {n: i for i, n in enumerate(names)}

    def twin(n: str) -> str:
        if n.endswith(".L"):
            return n[:-2] + ".R"
        if n.endswith(".R"):
            return n[:-2] + ".L"
        return n
    return np.array([index[twin(n)] for n in names], dtype=np.int64)


@functools.lru_cache(maxsize=1)
def load_body(path: str | None = None) -> Body:
    """The body from the asset (cached: loaded once per process)."""
    with np.load(Path(path) if path else ASSET, allow_pickle=False) as data:
        vertices = data["vertices"].astype(np.float64)
        quads = data["quads"].astype(np.int64)
        names = tuple(str(n) for n in data["bone_names"])
        parents = data["bone_parents"].astype(np.int64)
        heads = data["bone_heads"].astype(np.float64)
        tails = data["bone_tails"].astype(np.float64)
        wb = data["weight_bones"].astype(np.int64)
        wv = data["weight_values"].astype(np.float64)
        mirror = data["mirror"].astype(np.int64)
    wv /= wv.sum(axis=1, keepdims=True)
    if any(p >= i for i, p in enumerate(parents)):
        raise ValueError(f"{path or ASSET}: bones are not stored parents first")
    return Body(
        vertices=_readonly(vertices), quads=_readonly(quads),
        triangles=_readonly(_triangulate(vertices, quads)), bone_names=names,
        parents=_readonly(parents), heads=_readonly(heads), tails=_readonly(tails),
        weight_bones=_readonly(wb), weight_values=_readonly(wv),
        mirror_vertex=_readonly(mirror), mirror_bone=_readonly(_mirror_bones(names)),
        index={n: i for i, n in enumerate(names)})
