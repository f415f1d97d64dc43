"""Body parts for drawing: which limb segment each vertex and triangle belongs to.

Build time only (numpy). The skeleton's bones are grouped into a few parts
(trunk, head, and upper, lower and end segment of each limb). The renderer
traces the boundaries between parts in the picture to find touch lines (the
two knees, an arm against the ribs), and keeps the head free of face lines.
"""

from __future__ import annotations

import numpy as np

TRUNK, HEAD = 0, 1
# Limb chains: (first part id, side, kind); each chain has three segments.
_CHAINS = {("arm", "L"): 2, ("arm", "R"): 5, ("leg", "L"): 8, ("leg", "R"): 11}
COUNT = 14
NAMES = ["trunk", "head"] + [f"{kind}-{seg}.{side}" for (kind, side) in _CHAINS
                             for seg in (("upper", "fore", "hand") if kind == "arm"
                                         else ("thigh", "shank", "foot"))]

_ARM = {"clavicle": None, "shoulder01": None, "upperarm01": 0, "upperarm02": 0,
        "lowerarm01": 1, "lowerarm02": 1, "wrist": 2, "metacarpal": 2, "finger": 2}
_LEG = {"upperleg01": 0, "upperleg02": 0, "lowerleg01": 1, "lowerleg02": 1,
        "foot": 2, "toe": 2}
_HEAD = ("head", "jaw", "eye", "neck02", "neck03", "tongue", "oculi", "orbicularis",
         "oris", "risorius", "temporalis", "levator", "special")


def part_of_bone(bone: str) -> int:
    """The part id of one skeleton bone (by its name in the default skeleton)."""
    base, _, side = bone.partition(".")
    stem = base.split("-")[0].rstrip("0123456789") if base.startswith(("finger", "toe")) \
        else base
    for prefix in ("metacarpal", "finger", "toe"):
        if base.startswith(prefix):
            stem = prefix
    if stem in _ARM and side in ("L", "R"):
        seg = _ARM[stem]
        return TRUNK if seg is None else _CHAINS[("arm", side)] + seg
    if stem in _LEG and side in ("L", "R"):
        return _CHAINS[("leg", side)] + _LEG[stem]
    if base.startswith(_HEAD):
        return HEAD
    return TRUNK


def vertex_parts(bone_names: list[str], vertex_bone: np.ndarray) -> np.ndarray:
    """Part id per vertex, from the index of its strongest bone."""
    table = np.array([part_of_bone(b) for b in bone_names], dtype=np.int64)
    return table[vertex_bone]


def triangle_parts(vertex_part: np.ndarray, triangles: np.ndarray) -> np.ndarray:
    """Part id per triangle: the part most of its corners belong to."""
    p = vertex_part[triangles]
    return np.where(p[:, 1] == p[:, 2], p[:, 1], p[:, 0])
