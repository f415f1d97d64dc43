"""Figure definitions: the compact JSON an exercise file carries, checked and expanded.

Two formats: a body figure (`"version": 2`, an exercise's `"figure"`; see
`handout.figures.body_format` and docs/figures.md) and the old stick figure
(no version, an exercise's `"illustration"`, described below), which stays
until every exercise is converted. `definition_problems` checks either.

An old-format definition looks like:

    {"pose": "side-lying", "view": "side", "camera": {"tilt": 45}, "side": "right",
     "joints": {"hip_near": 45, "hip_far": 45, "knee_near": 90, "knee_far": 90},
     "props": [{"type": "mat"}],
     "frames": [{}, {"joints": {"hip_near_rot": 40, "hip_near_abd": 20}}],
     "moves": "knee_near"}

- `pose`: a base pose from `poses.POSES`; `joints`: overrides for every frame.
- `frames`: 2 or 3 key frames (start, [middle,] end); each may name its own
  `pose`, `joints` and `contacts` on top of the shared ones.
- `contacts`: body point -> "floor" or a prop id; the lowest contact rests on
  its surface, `foot_*` contacts stand flat. A null removes a pose's contact.
- `props`: `{"type": ..., "id"?, "under"|"at"|"from"?: point, "to"?: point or
  [dx, dy], "height"?, "size"?, "offset"?: [dx, dy], "side"?: "front"|"back"
  (a wall or chair ahead of or behind the point) or "near"|"far" (a wall
  beside the body)}`.
- `view`: side, front, back or top; `camera`: extra `turn` and `tilt` degrees.
- `side`: the patient's side the near limbs are ("right" unless said); the
  figure is mirrored when a handout item is dosed for the other side.
- `moves` (a body point): the arrow follows it; `pivot` its centre of turn;
  `arrow`: "one-way", "both", "turn" (an arc over a part turning on the
  spot, like the head), "press" (pushing down without moving) or "none";
  `anchor`: the point that stays put.
- `subject`: "body" (the default) or "hand" for a close-up of one hand (see
  `handout.figures.hand`).
- `focus` (a body point): show only the part of the picture around it, for
  hands and wrists.
- `level`: false stops the body being tipped until all its contacts touch
  (for the whole figure, or in one frame).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .body import JOINT_RANGES, POINTS
from .body_format import figure_problems
from .poses import POSES

VIEWS = ("side", "front", "back", "top")
ARROWS = ("one-way", "both", "turn", "press", "none")
PROP_TYPES = ("mat", "step", "box", "chair", "bench", "wall", "table", "band", "ball",
              "towel", "rolled-towel", "foam-roller", "weight", "stick", "pillow")
# Props whose top can carry the body (a contact may name them).
SURFACE_PROPS = ("step", "box", "chair", "bench", "table", "ball", "rolled-towel",
                 "foam-roller", "pillow", "towel", "mat")
DEFINITION_KEYS = ("subject", "pose", "view", "camera", "side", "joints", "contacts", "props", "frames",
                   "moves", "pivot", "arrow", "anchor", "level", "focus", "note")
FRAME_KEYS = ("pose", "joints", "contacts", "level")
PROP_KEYS = ("type", "id", "under", "at", "from", "to", "height", "size", "offset", "side")


@dataclass(frozen=True)
class Frame:
    """One key frame, fully expanded: every joint angle and every contact."""

    joints: tuple[tuple[str, float], ...]
    contacts: tuple[tuple[str, str], ...]
    explicit: frozenset[str]  # joints the definition set itself (not from the pose)
    level: bool | None = None  # this frame's own "level", if it has one


def is_stick_figure(definition: object) -> bool:
    """True for a definition in the old stick-figure format (no `"version"`)."""
    return isinstance(definition, dict) and "version" not in definition \
        and "posture" not in definition


def definition_problems(definition: object) -> list[str]:
    """Every problem in a figure definition, each with its field path ([] when fine).

    A definition with `"version": 2` is a body figure (`body_format`); one
    without a version is the old stick-figure format, checked below.
    """
    if not isinstance(definition, dict):
        return ["expected a figure definition {...}"]
    if "version" in definition:
        return figure_problems(definition)
    if "posture" in definition:
        return ["version: a body figure (it has a \"posture\") needs \"version\": 2"] + \
            [p for p in figure_problems(dict(definition, version=2))]
    try:
        return _stick_figure_problems(definition)
    except TypeError:
        # The old checker looks names up in tables; a list or object where a name
        # belongs makes that fail. Say so rather than raise (never on any JSON value).
        return ["a field holds a list or object where a name or number is expected"]


def _stick_figure_problems(definition: dict) -> list[str]:
    """The old stick-figure format's checks (see the module docstring)."""
    if definition.get("subject") == "hand":
        from .hand import hand_problems
        return hand_problems(definition)
    problems: list[str] = []
    add = problems.append
    for key in definition:
        if key not in DEFINITION_KEYS:
            add(f"{key}: unknown field (expected one of {', '.join(DEFINITION_KEYS)})")
    if definition.get("subject", "body") != "body":
        add(f"subject: expected \"body\" or \"hand\", got {definition.get('subject')!r}")
    pose = definition.get("pose", "standing")
    if pose not in POSES:
        add(f"pose: unknown base pose {pose!r} (expected one of {', '.join(POSES)})")
    view = definition.get("view", "side")
    if view not in VIEWS:
        add(f"view: unknown view {view!r} (expected one of {', '.join(VIEWS)})")
    camera = definition.get("camera", {})
    if not isinstance(camera, dict):
        add("camera: expected {\"turn\": degrees, \"tilt\": degrees}")
    else:
        for key, value in camera.items():
            if key not in ("turn", "tilt"):
                add(f"camera.{key}: unknown field (expected turn or tilt)")
            elif not _is_number(value) or not -90 <= value <= 90:
                add(f"camera.{key}: expected degrees from -90 to 90, got {value!r}")
    if definition.get("side", "right") not in ("left", "right"):
        add(f"side: expected \"left\" or \"right\", got {definition.get('side')!r}")
    if definition.get("arrow", "one-way") not in ARROWS:
        add(f"arrow: expected one of {', '.join(ARROWS)}, got {definition['arrow']!r}")
    if not isinstance(definition.get("level", True), bool):
        add("level: expected true or false")

    prop_ids = _check_props(definition.get("props", []), add)
    surfaces = {"floor"} | {pid for pid, ptype in prop_ids.items() if ptype in SURFACE_PROPS}
    check_joints(definition.get("joints", {}), "joints", add)
    _check_contacts(definition.get("contacts", {}), "contacts", surfaces, add)
    for key in ("moves", "pivot", "anchor", "focus"):
        value = definition.get(key)
        if value is not None and value not in POINTS:
            add(f"{key}: unknown body point {value!r}")

    for where, frame in key_frames(definition, add, FRAME_KEYS,
                                   " (expected pose, joints, contacts or level)"):
        if not isinstance(frame.get("level", True), bool):
            add(f"{where}.level: expected true or false")
        if "pose" in frame and frame["pose"] not in POSES:
            add(f"{where}.pose: unknown base pose {frame['pose']!r}")
        check_joints(frame.get("joints", {}), f"{where}.joints", add)
        _check_contacts(frame.get("contacts", {}), f"{where}.contacts", surfaces, add)
        pose_name = frame.get("pose", pose)
        if pose_name in POSES and isinstance(frame.get("contacts", {}), dict) \
                and isinstance(definition.get("contacts", {}), dict):
            for point, surface in POSES[pose_name]["contacts"].items():
                overridden = point in frame.get("contacts", {}) or \
                    point in definition.get("contacts", {})
                if not overridden and surface not in surfaces:
                    add(f"{where}: pose {pose_name!r} rests the {point} on a {surface}; add a "
                        f"prop with id {surface!r} or give {point} another contact")
    return problems


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def check_joints(joints: object, where: str, add,
                 ranges: dict[str, tuple[float, float]] = JOINT_RANGES,
                 example: str = "knee_near", unknown: str = "unknown joint") -> None:
    """Joint angles: known names, numbers, inside each joint's range (body or hand)."""
    if not isinstance(joints, dict):
        add(f"{where}: expected joint angles {{\"{example}\": 90, ...}}")
        return
    for name, value in joints.items():
        if name not in ranges:
            add(f"{where}.{name}: {unknown}")
        elif not _is_number(value):
            add(f"{where}.{name}: expected an angle in degrees, got {value!r}")
        else:
            low, high = ranges[name]
            if not low <= value <= high:
                add(f"{where}.{name}: {value:g} is outside {low:g}-{high:g} degrees")


def _check_contacts(contacts: object, where: str, surfaces: set[str], add) -> None:
    if not isinstance(contacts, dict):
        add(f"{where}: expected {{\"body point\": \"floor\" or a prop id}}")
        return
    for point, surface in contacts.items():
        if point not in POINTS:
            add(f"{where}.{point}: unknown body point")
        elif surface is not None and surface not in surfaces:
            add(f"{where}.{point}: unknown surface {surface!r} (expected floor or the id "
                "of a step, chair, bench, table, ball or other prop)")


def key_frames(definition: dict, add, allowed: tuple[str, ...] | frozenset[str],
               unknown_hint: str) -> list[tuple[str, dict]]:
    """The definition's key frames as (field path, frame), after checking count, type and keys.

    Shared by body and hand definitions, which differ only in the keys a frame may have.
    """
    frames = definition.get("frames")
    if not isinstance(frames, list) or not 2 <= len(frames) <= 3:
        add("frames: expected 2 or 3 key frames (start and end, or start, middle and end), "
            f"got {len(frames) if isinstance(frames, list) else repr(frames)}")
        frames = frames if isinstance(frames, list) else []
    checked = []
    for i, frame in enumerate(frames):
        where = f"frames[{i}]"
        if not isinstance(frame, dict):
            add(f"{where}: expected a frame {{...}}")
            continue
        for key in frame:
            if key not in allowed:
                add(f"{where}.{key}: unknown field{unknown_hint}")
        checked.append((where, frame))
    return checked


def _check_props(props: object, add) -> dict[str, str]:
    ids: dict[str, str] = {}
    if not isinstance(props, list):
        add("props: expected a list of props")
        return ids
    for i, prop in enumerate(props):
        where = f"props[{i}]"
        if not isinstance(prop, dict):
            add(f"{where}: expected a prop {{\"type\": ...}}")
            continue
        for key in prop:
            if key not in PROP_KEYS:
                add(f"{where}.{key}: unknown field")
        ptype = prop.get("type")
        if ptype not in PROP_TYPES:
            add(f"{where}.type: unknown prop {ptype!r} (expected one of {', '.join(PROP_TYPES)})")
            continue
        pid = prop.get("id", ptype)
        if not isinstance(pid, str) or not pid:
            add(f"{where}.id: expected a name")
            continue
        if pid in ids or pid == "floor":
            add(f"{where}.id: {pid!r} is used twice; give each prop its own id")
        ids[pid] = ptype
        for key in ("under", "at", "from"):
            if key in prop and prop[key] not in POINTS:
                add(f"{where}.{key}: unknown body point {prop[key]!r}")
        to = prop.get("to")
        if to is not None and to not in POINTS and not _is_pair(to):
            add(f"{where}.to: expected a body point or an offset [dx, dy] in metres")
        if "offset" in prop and not _is_pair(prop["offset"]):
            add(f"{where}.offset: expected [dx, dy] in metres")
        for key, high in (("height", 2.5), ("size", 2.5)):
            if key in prop and (not _is_number(prop[key]) or not 0 < prop[key] <= high):
                add(f"{where}.{key}: expected metres above 0 and at most {high}, "
                    f"got {prop[key]!r}")
        if prop.get("side", "front") not in ("front", "back", "near", "far"):
            add(f"{where}.side: expected \"front\", \"back\", \"near\" or \"far\"")
        if ptype == "band" and ("from" not in prop or "to" not in prop):
            add(f"{where}: a band needs \"from\" (a body point) and \"to\"")
    return ids


def _is_pair(value: object) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(_is_number(v) for v in value)


def expand_frames(definition: dict) -> list[Frame]:
    """The key frames of a valid definition with every joint and contact filled in."""
    shared_joints = definition.get("joints", {})
    shared_contacts = definition.get("contacts", {})
    frames = []
    for frame in definition["frames"]:
        pose = POSES[frame.get("pose", definition.get("pose", "standing"))]
        joints = {name: 0.0 for name in JOINT_RANGES}
        joints.update(pose["joints"])
        joints.update(shared_joints)
        joints.update(frame.get("joints", {}))
        contacts = dict(pose["contacts"])
        contacts.update(shared_contacts)
        contacts.update(frame.get("contacts", {}))
        frames.append(Frame(
            joints=tuple((k, float(v)) for k, v in joints.items()),
            contacts=tuple((k, v) for k, v in contacts.items() if v is not None),
            explicit=frozenset(shared_joints) | frozenset(frame.get("joints", {})),
            level=frame.get("level")))
    return frames
