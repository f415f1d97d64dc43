"""Regenerate the compact body asset (assets/body/body.npz) from the CC0 MakeHuman data.

    python tools/build_body_asset.py --source /path/to/shared/body

The source folder holds three CC0 data files from the MakeHuman project
(base.obj, default.mhskel, default_weights.mhw; see assets/body/PROVENANCE.md).
This script is the only thing that ever reads them: the product loads the
asset it writes. Only MakeHuman's *data* is used; none of its (AGPL) code.

What is kept, and why:

- the `body` skin group of the base mesh (13,380 vertices, 13,378 quads),
  scaled from decimetres to millimetres; the helper groups (joint markers,
  clothes helpers, eyes, teeth, tongue) are dropped;
- the default skeleton without its face, eye, tongue and breast bones: the
  figure is a calm mannequin whose face never moves, so those bones are folded
  into their nearest kept ancestor (their weights go with them) and the head
  moves as one piece. Each bone keeps its name, parent and head/tail position
  (the mean of the joint's reference vertices, which include helper vertices);
- the skinning weights, limited to the six strongest bones per vertex and
  renormalised (see `INFLUENCES`), and made exactly left/right symmetric;
- the vertex mirror map (vertex i <-> its reflection across x = 0), which the
  engine uses to check and keep left/right exactly symmetric.

The output is deterministic: the same source gives the same bytes (fixed
member order and zip timestamps), so a rebuilt asset shows no spurious diff.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import zipfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "body"
DEFAULT_OUTPUT = REPO / "assets" / "body" / "body.npz"

SKIN_GROUP = "body"
DECIMETRES_TO_MM = 100.0

# Six influences per vertex, not the usual real-time four, because we measured
# both against the full weights (up to 8 bones per vertex, once the face bones
# are folded into the head). 87% of skin vertices have at most four bones and
# the mean weight a top-4 cut leaves out is 0.5%, but where the neck,
# collarbones and upper spine meet, and around the lumbar spine, it leaves out
# up to 22%: with the trunk bent 40 degrees and an arm raised to 150 degrees,
# about 130 vertices then land 3-20 mm away from where the full weights put
# them (a dent in the outline at the base of the neck). With six, no vertex is
# more than 3.5 mm off and 99.9% are within 1.6 mm, for 50% more skinning
# arithmetic (a few milliseconds a frame). Fixed-size (N, 6) arrays keep
# skinning a handful of vectorised numpy operations.
INFLUENCES = 6

# Bones kept by name prefix; every other bone folds into its nearest kept ancestor.
KEPT_PREFIXES = ("root", "spine", "neck", "head", "pelvis.", "upperleg", "lowerleg", "foot.",
                 "toe", "clavicle.", "shoulder01.", "upperarm", "lowerarm", "wrist.",
                 "metacarpal", "finger")


def read_obj(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """All vertex positions of the file, and the quads of the skin group."""
    vertices: list[list[float]] = []
    quads: list[list[int]] = []
    group = None
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("v "):
                vertices.append([float(x) for x in line.split()[1:4]])
            elif line.startswith("g "):
                group = line.split()[1]
            elif line.startswith("f ") and group == SKIN_GROUP:
                face = [int(token.split("/")[0]) - 1 for token in line.split()[1:]]
                if len(face) != 4:
                    raise SystemExit(f"{path}: the skin has a face with {len(face)} corners; "
                                     "expected quads only")
                quads.append(face)
    return np.array(vertices, dtype=np.float64), np.array(quads, dtype=np.int64)


def kept(name: str) -> bool:
    return name == "root" or (name.startswith(KEPT_PREFIXES) and not name.startswith("breast"))


def bone_order(bones: dict) -> list[str]:
    """Kept bones, parents first: depth-first from the root, children by name."""
    children: dict[str | None, list[str]] = {}
    for name, bone in bones.items():
        children.setdefault(bone["parent"], []).append(name)
    order: list[str] = []
    stack = sorted(children.get(None, []), reverse=True)
    while stack:
        name = stack.pop()
        if kept(name):
            order.append(name)
        stack.extend(sorted(children.get(name, []), reverse=True))
    return order


def kept_ancestor(name: str, bones: dict) -> str:
    while not kept(name):
        name = bones[name]["parent"]
    return name


def _twin(name: str) -> str:
    """The bone's mirror twin (itself on the midline)."""
    if name.endswith(".L"):
        return name[:-2] + ".R"
    if name.endswith(".R"):
        return name[:-2] + ".L"
    return name


def mirror_map(vertices: np.ndarray) -> np.ndarray:
    """For each vertex, the index of its mirror image across x = 0 (the mesh is symmetric)."""
    key = np.round(vertices * 1000).astype(np.int64)  # 1 micrometre grid, in mm
    lookup = {tuple(k): i for i, k in enumerate(key)}
    mirrored = key * np.array([-1, 1, 1])
    out = np.array([lookup.get(tuple(k), -1) for k in mirrored], dtype=np.int64)
    if (out < 0).any() or not (out[out] == np.arange(len(out))).all():
        raise SystemExit("the skin is not exactly left/right symmetric; "
                         "the engine relies on that for mirrored figures")
    return out


def build(source: Path) -> tuple[dict[str, np.ndarray], dict]:
    all_vertices, quads = read_obj(source / "base.obj")
    skeleton = json.loads((source / "default.mhskel").read_text(encoding="utf-8"))
    weights_file = json.loads((source / "default_weights.mhw").read_text(encoding="utf-8"))

    count = int(quads.max()) + 1
    if quads.min() != 0 or len(np.unique(quads)) != count:
        raise SystemExit("the skin group does not use one contiguous block of vertices")
    vertices = all_vertices[:count] * DECIMETRES_TO_MM

    bones = skeleton["bones"]
    order = bone_order(bones)
    index = {name: i for i, name in enumerate(order)}
    joints = {name: all_vertices[refs].mean(axis=0) * DECIMETRES_TO_MM
              for name, refs in skeleton["joints"].items()}
    heads = np.array([joints[bones[b]["head"]] for b in order])
    tails = np.array([joints[bones[b]["tail"]] for b in order])
    parents = np.array([index[kept_ancestor(bones[b]["parent"], bones)] if bones[b]["parent"]
                        else -1 for b in order])

    dense = np.zeros((count, len(order)))
    for bone, pairs in weights_file["weights"].items():
        target = index[kept_ancestor(bone, bones)]
        pairs = np.array(pairs, dtype=np.float64).reshape(-1, 2)
        vi = pairs[:, 0].astype(np.int64)
        inside = vi < count
        np.add.at(dense, (vi[inside], target), pairs[inside, 1])
    totals = dense.sum(axis=1)
    if (totals <= 0).any():
        raise SystemExit("some skin vertices have no weight")
    dense /= totals[:, None]

    # Keep left and right exactly alike (the engine mirrors figures by reflection):
    # average each vertex's weights with its mirror twin's, and on the midline keep
    # or drop a left/right pair of bones together.
    mirror = mirror_map(vertices)
    twin = np.array([index[_twin(b)] for b in order])
    dense = 0.5 * (dense + dense[mirror][:, twin])
    midline = mirror == np.arange(count)
    # Strongest bones first; ties broken by bone index so the result is stable.
    ranked = np.lexsort((np.broadcast_to(np.arange(len(order)), dense.shape), -dense), axis=1)
    top = ranked[:, :INFLUENCES].copy()
    top_weights = np.take_along_axis(dense, top, axis=1)
    for v in np.nonzero(midline)[0]:
        kept = set(top[v][top_weights[v] > 0].tolist())
        lone = [k for k, b in enumerate(top[v]) if top_weights[v, k] > 0
                and twin[b] != b and twin[b] not in kept]
        top_weights[v, lone] = 0.0
    dropped = 1.0 - top_weights.sum(axis=1)
    top_weights /= top_weights.sum(axis=1, keepdims=True)
    # Mirror the right half's choice from the left's, so ties fall the same way.
    right = vertices[:, 0] < 0
    top[right] = twin[top[mirror[right]]]
    top_weights[right] = top_weights[mirror[right]]
    unused = top_weights <= 0
    top[unused] = top[:, :1].repeat(INFLUENCES, axis=1)[unused]

    arrays = {
        "vertices": vertices.astype(np.float32),
        "quads": quads.astype(np.uint16),
        "bone_names": np.array(order, dtype="U16"),
        "bone_parents": parents.astype(np.int16),
        "bone_heads": heads.astype(np.float32),
        "bone_tails": tails.astype(np.float32),
        "weight_bones": top.astype(np.uint8),
        "weight_values": top_weights.astype(np.float32),
        "mirror": mirror.astype(np.uint16),
    }
    influences = (dense > 0).sum(axis=1)
    stats = {
        "vertices": count, "quads": len(quads), "bones": len(order),
        "influences (max, mean)": (int(influences.max()), round(float(influences.mean()), 2)),
        f"vertices with <= {INFLUENCES} influences": f"{(influences <= INFLUENCES).mean():.1%}",
        "largest weight dropped": round(float(dropped.max()), 4),
        "mean weight dropped": round(float(dropped.mean()), 5),
    }
    return arrays, stats


def write_npz(arrays: dict[str, np.ndarray], path: Path) -> int:
    """A standard .npz (np.load reads it) with fixed timestamps, so bytes are reproducible."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(arrays):
            member = io.BytesIO()
            np.lib.format.write_array(member, np.ascontiguousarray(arrays[name]),
                                      allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, member.getvalue(), compresslevel=9)
    data = buffer.getvalue()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)
    return len(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                        help="folder with base.obj, default.mhskel, default_weights.mhw "
                             f"(default: {DEFAULT_SOURCE})")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help=f"where to write the asset (default: {DEFAULT_OUTPUT})")
    args = parser.parse_args(argv)
    missing = [name for name in ("base.obj", "default.mhskel", "default_weights.mhw")
               if not (args.source / name).is_file()]
    if missing:
        print(f"{args.source}: missing {', '.join(missing)}", file=sys.stderr)
        return 2
    arrays, stats = build(args.source)
    size = write_npz(arrays, args.output)
    for key, value in stats.items():
        print(f"{key}: {value}")
    print(f"wrote {args.output} ({size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
