"""Build every converted exercise's figure into `assets/figures/` (`python -m handout figures build`).

Build time only (numpy). For each exercise whose figure definition is in the
body format: pose it (`scene.pose_exercise`, the pose half of the engine),
draw each key frame with one camera and framing (`render`), lay the frames
out as panels with the arrow (`panels`), and write one small JSON file plus
`index.json` (definition hash -> file). Output is deterministic: the same
definitions and engine give the same bytes. Exercises still in the old
stick-figure format are skipped (the old code draws them).

Both cores are used for a full build (one process per core); a figure whose
file already records the current definition hash and engine version is not
drawn again unless `force` is given.
"""

from __future__ import annotations

import json
import math
import os
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .. import built
from . import camera as cam
from . import contours as C
from . import parts
from .arrows import ArrowSpec
from .panels import FigurePlan, compose
from .render import Pose, PoseLines, PropMesh, render_pose

LONG_SIDE_PX = 780
CLOSE_UP_MARGIN = 0.12
# A movement smaller than this share of the panel is shown as one panel, start faded.
SMALL_MOTION_SHARE = 0.07
PANEL_ARROWS = ("one-way", "both", "turn", "press", "hold", "pulse", "none")


@dataclass
class BuildResult:
    exercise: str
    path: Path | None
    written: bool
    seconds: float
    problem: str = ""


# ------------------------------------------------------------ the scene side

def is_body_definition(definition: object) -> bool:
    """True for a definition in the body format (drawn from built figures)."""
    from ..body_format import is_body_figure
    return is_body_figure(definition)


def _scenes(definition: dict, exercise_id: str):
    from .scene import pose_exercise
    return pose_exercise(definition, exercise_id=exercise_id)


def _get(obj, name: str, default=None):
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


_TOPOLOGY: dict[int, C.MeshTopology] = {}
_PARTS: dict[int, np.ndarray] = {}


def _body():
    from .body import load_body
    return load_body()


def _triangle_parts(triangles: np.ndarray) -> np.ndarray:
    key = id(triangles)
    if key not in _PARTS:
        body = _body()
        vertex_part = parts.vertex_parts(list(body.bone_names), body.dominant_bone)
        _PARTS[key] = parts.triangle_parts(vertex_part, triangles)
    return _PARTS[key]


_CENTROIDS: dict[int, np.ndarray] = {}


def _rest_centroids(triangles: np.ndarray) -> np.ndarray:
    key = id(triangles)
    if key not in _CENTROIDS:
        _CENTROIDS[key] = _body().vertices[triangles].mean(axis=1)
    return _CENTROIDS[key]


def _topology(triangles: np.ndarray) -> C.MeshTopology:
    key = id(triangles)
    if key not in _TOPOLOGY:
        _TOPOLOGY[key] = C.topology(triangles)
    return _TOPOLOGY[key]


def pose_of(scene) -> Pose:
    """The renderer's view of one posed frame."""
    triangles = np.asarray(_get(scene, "triangles"))
    props = []
    for prop in _get(scene, "props", []) or []:
        kind = _get(prop, "kind") or _get(prop, "type") or "prop"
        props.append(PropMesh(str(kind), np.asarray(_get(prop, "vertices"), dtype=float),
                              np.asarray(_get(prop, "triangles"), dtype=np.int64),
                              bool(_get(prop, "smooth", False))))
    return Pose(np.asarray(_get(scene, "vertices"), dtype=float), triangles,
                _triangle_parts(triangles), _topology(triangles), _rest_centroids(triangles),
                props)


def body_axes(vertices: np.ndarray) -> cam.BodyAxes:
    """The posed body's right, forward and headward directions, from its trunk."""
    body = _body()
    rest = body.vertices
    vertex_part = parts.vertex_parts(list(body.bone_names), body.dominant_bone)
    trunk = vertex_part == parts.TRUNK
    # Rest frame: x towards the body's left, y up, z forward.
    mid_y = np.median(rest[trunk, 1])
    left = trunk & (rest[:, 0] > 30)
    right = trunk & (rest[:, 0] < -30)
    upper = trunk & (rest[:, 1] > mid_y)
    lower = trunk & (rest[:, 1] <= mid_y)
    r = vertices[right].mean(0) - vertices[left].mean(0)
    h = vertices[upper].mean(0) - vertices[lower].mean(0)
    r = r / np.linalg.norm(r)
    h = h - r * float(h @ r)
    h = h / np.linalg.norm(h)
    f = np.cross(h, r)
    return cam.BodyAxes(right=r, forward=f / np.linalg.norm(f), headward=h)


@dataclass(frozen=True)
class ViewRequest:
    name: str = "side"
    elevation: float = 0.0
    turn: float = 0.0
    close_up: str | None = None


def view_request(scene, definition: dict) -> ViewRequest:
    """The view a frame asks for: the scene's, else the definition's.

    Accepts a name ("side"), or a dict or object with `from` (or `name`),
    `elevation`, `turn` and `close_up`; the definition's top-level
    `close_up` applies too.
    """
    view = _get(scene, "view", None)
    if view is None:
        view = definition.get("view", "side")
    if isinstance(view, str):
        name, extra = view, {}
    else:
        name = (_get(view, "from", None) or _get(view, "name", None)
                or _get(view, "direction", None) or "side")
        extra = view
    camera = definition.get("camera", {}) if isinstance(definition.get("camera"), dict) else {}
    close_up = (_get(extra, "close_up", None) or _get(scene, "close_up", None)
                or definition.get("close_up"))
    if name in cam.CLOSE_UPS:
        close_up, name = name, ("back" if name == "shoulder-blades" else "side")
    if name == "top":
        name = "above"
    return ViewRequest(name if name in cam.VIEWS else "side",
                       float(_get(extra, "elevation", camera.get("tilt", 0.0)) or 0.0),
                       float(_get(extra, "turn", camera.get("turn", 0.0)) or 0.0),
                       close_up if close_up in cam.CLOSE_UPS else None)


# ------------------------------------------------------------------ drawing

def draw_exercise(definition: dict, exercise_id: str) -> dict:
    """The built figure's data for one definition (JSON-ready)."""
    scenes = list(_scenes(definition, exercise_id))
    if not scenes:
        raise ValueError(f"{exercise_id}: the definition has no key frames")
    poses = [pose_of(s) for s in scenes]
    request = view_request(scenes[0], definition)
    view = _get(scenes[0], "view", None)
    shown = str(_get(view, "shown_side", None) if not isinstance(view, (str, type(None)))
                else definition.get("side", "right")) or "right"
    axes = _get(scenes[0], "axes", None)
    axes = cam.BodyAxes(np.asarray(axes.right, float), np.asarray(axes.forward, float),
                        np.asarray(axes.headward, float)) if axes is not None \
        else body_axes(poses[0].vertices)
    camera = cam.camera_for(request.name, axes, shown, request.elevation, request.turn)
    framing = _framing(poses, camera, request, shown)
    if request.close_up is not None:
        poses = _close_up_props(poses, request.close_up, shown)
    frames = [render_pose(p, camera, framing) for p in poses]
    motion = _motion(scenes[0], definition)
    # A sequence of shapes (tendon glides) is read panel by panel: no arrow.
    arrow = None if motion.layout == "sequence" else _arrow_spec(scenes, poses, motion, camera)
    if definition.get("eyes") == "closed":
        # The sign by the head goes with the movement's marks, on the last panel.
        head = _landmark(scenes[-1], "head")
        at = np.array(camera.project(head[None])[:2])[:, 0] if head is not None else None
        arrow = (ArrowSpec(kind="none", path=np.zeros((1, 2))) if arrow is None
                 else arrow)
        arrow = ArrowSpec(arrow.kind, arrow.path, arrow.pivot, arrow.push, eyes=at)
    layout = _layout(motion, arrow, framing)
    plan = FigurePlan(layout=layout, arrow=arrow,
                      # A ground line only for a level camera: from above, the
                      # floor is an area (the mat shows it), not a line.
                      floor=request.close_up is None and abs(camera.forward[1]) < 0.05,
                      side=shown, each=definition.get("arrows") == "each")
    data = compose(frames, plan)
    data["view"] = request.name if request.close_up is None else request.close_up
    return data


@dataclass(frozen=True)
class MotionRequest:
    kind: str = "move"
    moving: str | None = None
    pivot: str | None = None
    layout: str | None = None


def _motion(scene, definition: dict) -> MotionRequest:
    """What moves and how: the scene's `motion`, else the definition's own words."""
    motion = _get(scene, "motion", None)
    if motion is not None:
        return MotionRequest(_get(motion, "kind", "move") or "move", _get(motion, "moving"),
                             _get(motion, "pivot"), _get(motion, "layout"))
    return MotionRequest(definition.get("motion", definition.get("arrow", "move")),
                         definition.get("moving", definition.get("moves")),
                         definition.get("pivot"), definition.get("layout"))


# Bones (by name prefix) that a close-up frames; limbs on the shown side only.
CLOSE_UP_BONES = {
    "hand": ("wrist", "metacarpal", "finger", "lowerarm02"),
    "forearm": ("wrist", "metacarpal", "finger", "lowerarm01", "lowerarm02"),
    "foot": ("foot", "toe", "lowerleg02"),
    "feet": ("foot", "toe", "lowerleg02"),   # both of them (a band round both feet)
    "neck": ("head", "neck", "clavicle", "spine01", "jaw"),
    "shoulder-blades": ("spine01", "spine02", "clavicle", "shoulder01", "neck01"),
    # The head, the shoulders and both arms (a lying shoulder stretch).
    "upper-body": ("spine01", "spine02", "clavicle", "shoulder01", "upperarm", "lowerarm",
                   "wrist", "metacarpal", "finger", "neck", "head"),
}


# A close-up of the foot keeps the props the foot itself touches (the towel, the mat),
# not the chair leg the calf passes near.
CLOSE_UP_PROP_BONES = {"foot": ("foot", "toe")}


def close_up_vertices(close_up: str, side: str, bones: dict | None = None) -> np.ndarray:
    """Indices of the vertices a close-up frames (or of `bones`' entry for it)."""
    body = _body()
    suffix = ".R" if side == "right" else ".L"
    limbs = close_up in ("hand", "forearm", "foot")
    prefixes = (bones or CLOSE_UP_BONES).get(close_up, CLOSE_UP_BONES[close_up])
    chosen = [i for i, name in enumerate(body.bone_names)
              if name.startswith(prefixes)
              and (not limbs or name.endswith(suffix))]
    return np.nonzero(np.isin(body.dominant_bone, chosen))[0]


# A close-up keeps a prop only where the part it frames comes this near it (mm).
CLOSE_UP_PROP_REACH = 40.0


def _close_up_props(poses: list[Pose], close_up: str, side: str) -> list[Pose]:
    """The poses with only the props the framed part touches or holds: a close-up of
    a foot shows the mat or step under it, not the chair the person sits on (cut by
    the picture's edge, it reads as a big unexplained shape)."""
    sel = close_up_vertices(close_up, side, CLOSE_UP_PROP_BONES)
    keep: set[int] = set()
    for pose in poses:
        part = pose.vertices[sel]
        for i, prop in enumerate(pose.props):
            if len(prop.vertices) == 0:
                continue
            lo = prop.vertices.min(axis=0) - CLOSE_UP_PROP_REACH
            hi = prop.vertices.max(axis=0) + CLOSE_UP_PROP_REACH
            if np.any(np.all((part >= lo) & (part <= hi), axis=1)):
                keep.add(i)
        for i, prop in enumerate(pose.props):
            if prop.kind == "post" and _tied_band(pose, prop, keep):
                keep.add(i)
    return [Pose(p.vertices, p.triangles, p.triangle_part, p.topology, p.rest_centroids,
                 [q for i, q in enumerate(p.props) if i in keep]) for p in poses]


def _touches(points: np.ndarray, others: np.ndarray, reach: float) -> bool:
    """Whether any of `points` lies within `others`' bounding box grown by `reach`."""
    if len(points) == 0 or len(others) == 0:
        return False
    lo, hi = others.min(axis=0) - reach, others.max(axis=0) + reach
    return bool(np.any(np.all((points >= lo) & (points <= hi), axis=1)))


def _tied_band(pose: Pose, post: PropMesh, keep: set[int]) -> bool:
    """Whether a kept band is tied to this post."""
    return any(i in keep and q.kind == "band"
               and _touches(q.vertices, post.vertices, CLOSE_UP_PROP_REACH)
               for i, q in enumerate(pose.props))


def _framing(poses: list[Pose], camera: cam.Camera, request: ViewRequest,
             side: str) -> cam.Framing:
    xs, ys = [], []
    if request.close_up is not None:
        sel = close_up_vertices(request.close_up, side)
        for p in poses:
            x, y, _ = camera.project(p.vertices[sel])
            xs.append(x), ys.append(y)
            # A band from the framed part to the post it is tied to shows whole (the
            # post, cut by the picture's edge, says what holds it).
            for post in (q for q in p.props if q.kind == "post"):
                for band in (q for q in p.props if q.kind == "band"
                             and _touches(q.vertices, post.vertices, CLOSE_UP_PROP_REACH)
                             and _touches(p.vertices[sel], q.vertices,
                                          CLOSE_UP_PROP_REACH)):
                    x, y, _ = camera.project(band.vertices)
                    xs.append(x), ys.append(y)
            # A weight or hammer in the framed hand is part of the picture: never cut it off.
            for q in p.props:
                if q.kind in ("weight", "hammer"):
                    x, y, _ = camera.project(q.vertices)
                    xs.append(x), ys.append(y)
        return cam.framing_around(np.concatenate(xs), np.concatenate(ys), LONG_SIDE_PX,
                                  margin=CLOSE_UP_MARGIN)
    for p in poses:
        for v in [p.vertices] + [q.vertices for q in p.props if q.kind not in ("wall", "doorway")]:
            x, y, _ = camera.project(v)
            xs.append(x), ys.append(y)
    return cam.framing_around(np.concatenate(xs), np.concatenate(ys), LONG_SIDE_PX)


def _landmark(scene, name: str | None):
    if not name:
        return None
    marks = _get(scene, "landmarks", {}) or {}
    value = marks.get(name) if isinstance(marks, dict) else None
    return None if value is None else np.asarray(value, dtype=float)


# The definition's words for a movement -> the arrow drawn.
MOTION_ARROWS = {"move": "one-way", "both-ways": "both", "hold": "hold", "press": "press",
                 "turn": "turn", "pulse": "pulse", "none": "none"}


def _arrow_spec(scenes, poses: list[Pose], motion: MotionRequest,
                camera: cam.Camera) -> ArrowSpec | None:
    kind = MOTION_ARROWS.get(motion.kind, motion.kind)
    kind = kind if kind in PANEL_ARROWS else "one-way"
    if kind == "none":
        return None
    points = [_landmark(s, motion.moving) for s in scenes]
    if any(p is None for p in points):
        # No named point: follow the vertex that moves the most in the picture.
        first, last = poses[0].vertices, poses[-1].vertices
        x0, y0, _ = camera.project(first)
        x1, y1, _ = camera.project(last)
        i = int(np.argmax(np.hypot(x1 - x0, y1 - y0)))
        points = [p.vertices[i] for p in poses]
    path = np.array([camera.project(p[None])[:2] for p in points])[:, :, 0]
    # "none": the definition wants a straight arrow; no pivot given: one is inferred.
    pivot_name = (None if motion.pivot == "none" else
                  motion.pivot or inferred_pivot(scenes, motion.moving, path, camera))
    pivot_world = [_landmark(s, pivot_name) for s in scenes]
    pivot = None
    if all(p is not None for p in pivot_world):
        pivot = np.array(camera.project(pivot_world[-1][None])[:2])[:, 0]
    return ArrowSpec(kind=kind, path=path, pivot=pivot,
                     push=_press_push(scenes[-1], motion, camera) if kind == "press" else None)


# A press is towards the other hand when it rests this near the pressing part (mm).
PRESS_HAND_REACH = 150.0


def _press_push(scene, motion: MotionRequest, camera: cam.Camera) -> np.ndarray | None:
    """The direction a part presses in the picture: into the other hand that holds it
    (the back of the hand lifting into the other palm), else none (the default, down)."""
    name = motion.moving or ""
    side = "left" if name.endswith("_left") else "right" if name.endswith("_right") else None
    if side is None:
        return None
    def middle(hand: str):
        # The middle of a hand (between its knuckles and its fingertips), where a hand
        # laid on it is centred.
        a, b = _landmark(scene, f"hand_{hand}"), _landmark(scene, f"fingertips_{hand}")
        return None if a is None or b is None else 0.5 * (a + b)
    other = middle("right" if side == "left" else "left")
    part = middle(side) if name == f"hand_{side}" else _landmark(scene, name)
    if other is None or part is None or np.linalg.norm(other - part) > PRESS_HAND_REACH:
        return None
    a = np.array(camera.project(part[None])[:2])[:, 0]
    b = np.array(camera.project(other[None])[:2])[:, 0]
    d = b - a
    wrist, tips = _landmark(scene, f"wrist_{side}"), _landmark(scene, f"fingertips_{side}")
    if name == f"hand_{side}" and wrist is not None and tips is not None:
        # A hand presses square to itself (its back or palm), not along its length.
        w = np.array(camera.project(np.stack([wrist, tips]))[:2]).T
        axis = w[1] - w[0]
        if np.linalg.norm(axis) > 1e-6:
            axis /= np.linalg.norm(axis)
            d = d - (d @ axis) * axis
    return d / np.linalg.norm(d) if np.linalg.norm(d) > 1e-6 else None


# A limb's joints from its end inwards: the joints a moving limb point may turn about.
LIMB_CHAINS = {
    "fingertips": ("wrist", "elbow", "shoulder"), "hand": ("wrist", "elbow", "shoulder"),
    "wrist": ("elbow", "shoulder"), "elbow": ("shoulder",),
    "toe": ("ankle", "knee", "hip"), "toes": ("ankle", "knee", "hip"),
    "foot": ("ankle", "knee", "hip"), "heel": ("ankle", "knee", "hip"),
    "ankle": ("knee", "hip"), "knee": ("hip",),
}
# A joint is a pivot when it moves less than this share of the moving point's travel,
# the point keeps its distance from it within this share, and it sweeps this far.
PIVOT_STILL_SHARE = 0.15
PIVOT_RADIUS_SHARE = 0.25
PIVOT_MIN_SWEEP_DEG = 20.0


def inferred_pivot(scenes, moving: str | None, path: np.ndarray,
                   camera: cam.Camera) -> str | None:
    """The joint a moving limb point turns about in the picture, when no `pivot` is given.

    A hand raised forward (bird dog) swings about the shoulder, a foot lifted
    (straight leg raise) about the hip, the toes of an ankle pump about the
    ankle: the nearest joint up the limb that stays put in the picture while
    the point keeps its distance from it and sweeps a real angle. The arrow is
    then an arc beside the limb instead of a chord across it. None when the
    point does not swing about a still joint (a pelvis rising, a heel lifting).
    `path`: the moving point in the picture, one row per frame.
    """
    if not moving or "_" not in moving or len(scenes) < 2:
        return None
    part, _, side = moving.rpartition("_")

    def flat(name):
        points = [_landmark(s, name) for s in scenes]
        if any(p is None for p in points):
            return None
        return np.array([camera.project(p[None])[:2] for p in points])[:, :, 0]
    travel = float(np.linalg.norm(path[-1] - path[0]))
    if travel < 1e-6:
        return None
    for joint in LIMB_CHAINS.get(part, ()):
        name = f"{joint}_{side}"
        centre = flat(name)
        if centre is None:
            continue
        if float(np.linalg.norm(centre[-1] - centre[0])) > PIVOT_STILL_SHARE * travel:
            continue
        r = np.linalg.norm(path - centre[-1], axis=1)
        if r.max() < 1e-6 or (r.max() - r.min()) > PIVOT_RADIUS_SHARE * r.max():
            continue
        a = [math.atan2(*(p - centre[-1])[::-1]) for p in (path[0], path[-1])]
        sweep = abs((a[1] - a[0] + math.pi) % (2 * math.pi) - math.pi)
        if math.degrees(sweep) >= PIVOT_MIN_SWEEP_DEG:
            return name
    return None


def _layout(motion: MotionRequest, arrow: ArrowSpec | None, framing: cam.Framing) -> str:
    """Two panels unless the definition asks for a faded start; with no word at all,
    a movement too small to tell apart in two panels gets the faded start."""
    if motion.layout in ("faded-start", "overlay"):
        return "overlay"
    if motion.layout == "sequence":
        return "sequence"
    if motion.layout == "panels" or arrow is None or arrow.kind in ("hold", "press", "pulse"):
        return "panels"
    size = max(framing.x1 - framing.x0, framing.y1 - framing.y0)
    moved = float(np.linalg.norm(arrow.path[-1] - arrow.path[0]))
    return "overlay" if moved < SMALL_MOTION_SHARE * size else "panels"


# ------------------------------------------------------------------ writing

def bundled_definitions(folder: Path | None = None) -> list[tuple[str, dict]]:
    """(exercise id, figure definition) of every bundled exercise that has one.

    Read straight from the files: the figure is built from the data as shipped,
    whatever a user's or clinic's library shadows.
    """
    from ... import paths
    folder = folder or paths.BUNDLED_EXERCISES
    out = []
    for path in sorted(folder.glob("*.json")):
        try:
            exercise = json.loads(path.read_text(encoding="utf-8"))["exercise"]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # the library reports unreadable files; nothing to draw here
        if not isinstance(exercise, dict):
            continue
        definition = figure_definition(exercise)
        if definition is not None:
            out.append((str(exercise.get("id", path.stem)), definition))
    return out


def figure_definition(exercise: dict) -> dict | None:
    """An exercise's figure definition: its body `figure` if it has one, else the old
    `illustration`."""
    for key in ("figure", "illustration"):
        if isinstance(exercise.get(key), dict):
            return exercise[key]
    return None


def figure_bytes(exercise_id: str, definition: dict, data: dict) -> bytes:
    """The asset file's bytes: fixed key order, one layer per line (readable diffs)."""
    head = {"format": built.FORMAT, "version": built.VERSION, "engine": built.engine_stamp(),
            "source": built.definition_hash(definition), "exercise": exercise_id,
            "side": data["side"], "view": data.get("view", "side"), "layout": data["layout"],
            "size": data["size"]}
    lines = ["{" + json.dumps(head, ensure_ascii=False)[1:-1] + ',\n "panels": [']
    for i, panel in enumerate(data["panels"]):
        lines.append('  {"box": ' + json.dumps(panel["box"]) + ', "layers": [')
        for j, layer in enumerate(panel["layers"]):
            comma = "," if j < len(panel["layers"]) - 1 else ""
            lines.append("   " + json.dumps(layer, ensure_ascii=False) + comma)
        lines.append("  ]}" + ("," if i < len(data["panels"]) - 1 else ""))
    lines.append("]}\n")
    return "\n".join(lines).encode("utf-8")


def _atomic_write(path: Path, data: bytes) -> None:
    from ...storage import atomic_write
    atomic_write(path, data)


def up_to_date(path: Path, definition: dict) -> bool:
    """True when the file at `path` is the current build of `definition`."""
    try:
        head = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (isinstance(head, dict) and head.get("source") == built.definition_hash(definition)
            and head.get("engine") == built.engine_stamp()
            and head.get("version") == built.VERSION)


def _build_one(job: tuple[str, dict, str, bool]) -> BuildResult:
    exercise_id, definition, folder, force = job
    path = Path(folder) / f"{exercise_id}.json"
    started = time.perf_counter()
    if not force and up_to_date(path, definition):
        return BuildResult(exercise_id, path, False, 0.0)
    try:
        data = draw_exercise(definition, exercise_id)
    except Exception as error:  # noqa: BLE001 - reported per exercise, the build goes on
        return BuildResult(exercise_id, None, False, time.perf_counter() - started,
                           f"{type(error).__name__}: {error}")
    _atomic_write(path, figure_bytes(exercise_id, definition, data))
    return BuildResult(exercise_id, path, True, time.perf_counter() - started)


def build_figures(exercises: list[tuple[str, dict]], folder: Path, jobs: int | None = None,
                  force: bool = False, only: str | None = None,
                  report=None) -> list[BuildResult]:
    """Build the figures of (exercise id, definition) pairs into `folder`, then the index.

    `only`: build just this exercise (the index still covers every exercise).
    """
    folder.mkdir(parents=True, exist_ok=True)
    body_format = [(i, d) for i, d in sorted(exercises) if is_body_definition(d)]
    todo = [(i, d, str(folder), force) for i, d in body_format if only in (None, i)]
    jobs = jobs or min(2, os.cpu_count() or 1)
    results: list[BuildResult] = []
    if todo:
        _body()  # loaded once here, shared by the forked workers
    if jobs > 1 and len(todo) > 1:
        import multiprocessing
        context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
        with context.Pool(jobs) as pool:
            for result in pool.imap(_build_one, todo, chunksize=1):
                results.append(result)
                if report:
                    report(result)
    else:
        for job in todo:
            result = _build_one(job)
            results.append(result)
            if report:
                report(result)
    write_index(body_format, folder)
    built.clear_cache()
    return results


def write_index(exercises: list[tuple[str, dict]], folder: Path) -> None:
    """`index.json`: definition hash -> file, for every figure that exists; stale files go.

    Hashes a file was listed under before (an exercise's earlier definitions) move to
    "earlier", so copies made from them keep drawing that exercise's current figure.
    """
    wanted = {f"{i}.json" for i, _ in exercises}
    for path in folder.glob("*.json"):
        if path.name != "index.json" and path.name not in wanted:
            path.unlink()
    figures = {}
    for exercise_id, definition in exercises:
        path = folder / f"{exercise_id}.json"
        # Only a current figure is listed: a failed rebuild never serves an old picture.
        if up_to_date(path, definition):
            figures.setdefault(built.definition_hash(definition), path.name)
    before, earlier = built.read_index(folder)
    earlier.update(before)
    earlier = {k: v for k, v in earlier.items() if v in wanted and k not in figures}
    data = {"format": built.INDEX_FORMAT, "version": 1, "engine": built.engine_stamp(),
            "figures": dict(sorted(figures.items())), "earlier": dict(sorted(earlier.items()))}
    _atomic_write(folder / "index.json",
                  (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
