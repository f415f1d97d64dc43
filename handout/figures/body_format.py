"""The body-figure definition (format version 2): checked and expanded, in pure Python.

An exercise file carries it as `"figure": {...}` next to the old
`"illustration"`. It is data a physiotherapist can read and write; the full
description, with examples, is docs/figures.md. In short:

    {"version": 2,
     "posture": "side-lying",              # a base posture (vocabulary.POSTURES)
     "side": "right",                      # the side treated, which the figure shows
     "pose": {"both": {"hip_flexion": 45, "knee_flexion": 90}},  # every frame
     "frames": [{"name": "start"},
                {"name": "end",
                 "treated": {"hip_abduction": 30, "hip_external_rotation": 20}}],
     "contacts": {"treated foot": "still"},  # on top of the posture's own
     "still": ["pelvis"],
     "props": [{"kind": "mat"}],
     "view": {"from": "front", "elevation": 35},
     "moving": "treated knee", "motion": "move"}

Joint angles are grouped: "both" (each side), "treated" and "other" (one
side), "trunk" (spine, pelvis, neck). A trunk motion towards a side (side
bend, rotation) is written under the side it goes towards. The opposite word
of a joint is the joint negated ("hip_extension": 10 is "hip_flexion": -10).

Nothing here imports numpy: storage checks exercise files with
`definition_problems` when it reads them, and the app never poses a body.
`expand` turns a valid definition into per-frame canonical data for the
build-time engine (`handout.figures.engine.scene`).
"""

from __future__ import annotations

import math

from . import vocabulary as V

VERSION = 2
TOP_KEYS = ("version", "posture", "side", "lying_on", "pose", "frames", "contacts", "still",
            "props", "view", "close_up", "moving", "pivot", "motion", "layout", "lean", "eyes",
            "arrows", "note")
FRAME_KEYS = ("name", "posture", "both", "treated", "other", "trunk", "contacts", "still",
              "lean", "air", "travel", "turn", "roll")
# Whole-body moves between key frames (a hop, walking, turning round): mm and degrees.
FRAME_MOVES = {"air": (0.0, 400.0, "mm off the floor"),
               "travel": (-2000.0, 2000.0, "mm forward from the previous frame"),
               "turn": (-180.0, 180.0, "degrees turned towards the treated side"),
               "roll": (-30.0, 30.0, "degrees the body tips sideways, the other side down")}
GROUPS = ("both", "treated", "other", "trunk")
FRAME_NAMES = ("start", "middle", "end")
# A `sequence` layout (hand shapes in order) may have this many key frames.
SEQUENCE_MOST = 6
PROP_KEYS = ("kind", "id", "place", "height", "size", "hand", "anchor", "note")
VIEW_KEYS = ("from", "elevation", "turn")
CONTACT_KEYS = ("on", "slides")

# Where each kind of prop can go ("place"); the first is the default.
PROP_PLACES = {
    "mat": ("under",),
    "chair": ("under", "in front", "beside treated", "beside other", "behind"),
    "step": ("under treated foot", "under other foot", "under both feet", "in front",
             "under treated foot only"),
    "wall": ("in front", "behind", "beside treated", "beside other"),
    "counter": ("in front", "beside treated", "beside other"),
    "table": ("in front", "beside treated", "beside other", "under treated forearm",
              "under other forearm"),
    "bench": ("under", "in front", "beside treated", "beside other"),
    "band": ("treated hand", "other hand", "both hands", "treated foot", "other foot",
             "round treated fingers", "round other fingers",
             "round thighs", "round ankles", "round feet", "behind treated knee",
             "behind both knees", "round treated foot"),
    "ball": ("treated hand", "other hand", "between knees", "behind back",
             "under treated foot", "under other foot"),
    "towel": ("under treated foot", "under other foot", "under upper back",
              "under treated knee", "under other knee", "both hands", "under head",
              "under treated heel", "under other heel", "under treated toes",
              "under other toes"),
    "stick": ("both hands",),
    "weight": ("treated hand", "other hand", "both hands"),
    "hammer": ("treated hand", "other hand"),
    "bag": ("treated hand", "other hand", "both hands"),
    "pillow": ("under head", "between knees", "under knees"),
    "foam-roller": ("under upper back", "under treated calf", "under other calf"),
    "cushion": ("under both feet", "under treated foot", "under other foot"),
    "belt": ("round thighs",),
    "bike": ("under",),
    "doorway": ("in front",),
    "handrail": ("beside treated", "beside other", "in front"),
}
# Where a band is tied (its "anchor").
BAND_ANCHORS = ("in front", "behind", "beside treated", "beside other", "high in front",
                "low in front", "under treated foot", "under other foot", "other hand",
                "door", "post in front", "post beside treated", "post beside other")
# The faces of props a contact may name ("chair seat", "counter top").
PROP_FACES = {
    "chair": ("seat", "back", "rail"), "step": ("top",), "wall": ("face",),
    "counter": ("top", "front", "edge"), "table": ("top", "front", "edge"), "bench": ("top",),
    "mat": ("top",), "ball": ("top",), "towel": ("top",), "pillow": ("top",),
    "foam-roller": ("top",), "stick": ("bar",), "band": ("handle",), "weight": ("handle",),
    "hammer": ("handle",),
    "bag": (),
    "cushion": ("top",), "bike": ("seat", "pedal", "handlebar"), "doorway": ("face",),
    "handrail": ("bar",),
}


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) \
        and math.isfinite(value)


def _one_of(value: object, options) -> bool:
    """`value in options` for any JSON value (a list or dict is never a name)."""
    return isinstance(value, str) and value in options


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def is_body_figure(definition: object) -> bool:
    """True for a definition in this format (it says `"version": 2`)."""
    return isinstance(definition, dict) and definition.get("version") == VERSION


# Checking ----------------------------------------------------------------------------

def figure_problems(definition: object) -> list[str]:
    """Every problem in a version-2 figure definition, each with its field path."""
    if not isinstance(definition, dict):
        return [f"expected a figure definition {{...}}, got {_show(definition)}"]
    problems: list[str] = []
    add = problems.append
    for key in definition:
        if key not in TOP_KEYS:
            add(f"{_key(key)}: unknown field (expected one of {', '.join(TOP_KEYS)})")
    if definition.get("version") != VERSION:
        add(f"version: expected {VERSION}, got {_show(definition.get('version'))}")
    posture = definition.get("posture")
    if not _one_of(posture, V.POSTURES):
        add(f"posture: expected one of {', '.join(V.POSTURES)}, got {_show(posture)}")
    if definition.get("side", "right") not in ("left", "right"):
        add(f"side: expected \"left\" or \"right\", got {_show(definition.get('side'))}")
    if "lying_on" in definition:
        if definition["lying_on"] not in ("treated", "other"):
            add(f"lying_on: expected \"treated\" or \"other\", got "
                f"{_show(definition['lying_on'])}")
        elif posture in V.POSTURES and posture != "side-lying":
            add("lying_on: only for the side-lying posture")
    _check_lean(definition, "lean", add)
    prop_kinds = _check_props(definition.get("props", []), add)
    # A posture's own prop (the chair to sit on) may be named without listing it.
    postures = [posture] + [f.get("posture") for f in definition.get("frames", [])
                            if isinstance(f, dict)] \
        if isinstance(definition.get("frames"), list) else [posture]
    for name in postures:
        kind = V.POSTURE_PROPS.get(name) if isinstance(name, str) else None
        if kind and kind not in prop_kinds.values():
            prop_kinds.setdefault(kind, kind)
    _check_pose(definition.get("pose", {}), "pose", add)
    _check_contacts(definition.get("contacts", {}), "contacts", prop_kinds, add)
    _check_still(definition.get("still", []), "still", add)
    frames = definition.get("frames")
    most = SEQUENCE_MOST if definition.get("layout") == "sequence" else 3
    if not isinstance(frames, list) or not 2 <= len(frames) <= most:
        count = len(frames) if isinstance(frames, list) else _show(frames)
        if most > 3:
            add(f"frames: a sequence has 2 to {most} key frames, got {count}")
        else:
            add(f"frames: expected 2 or 3 key frames (start and end, or start, middle and "
                f"end; up to {SEQUENCE_MOST} with \"layout\": \"sequence\"), got {count}")
        frames = frames if isinstance(frames, list) else []
    for i, frame in enumerate(frames):
        where = f"frames[{i}]"
        if not isinstance(frame, dict):
            add(f"{where}: expected a key frame {{...}}, got {_show(frame)}")
            continue
        for key in frame:
            if key not in FRAME_KEYS:
                add(f"{where}.{_key(key)}: unknown field (expected one of "
                    f"{', '.join(FRAME_KEYS)})")
        if "name" in frame and frame["name"] not in FRAME_NAMES:
            add(f"{where}.name: expected one of {', '.join(FRAME_NAMES)}, "
                f"got {_show(frame['name'])}")
        if "posture" in frame and not _one_of(frame["posture"], V.POSTURES):
            add(f"{where}.posture: expected one of {', '.join(V.POSTURES)}, "
                f"got {_show(frame['posture'])}")
        _check_pose({g: frame[g] for g in GROUPS if g in frame}, where, add)
        _check_contacts(frame.get("contacts", {}), f"{where}.contacts", prop_kinds, add)
        _check_still(frame.get("still", []), f"{where}.still", add)
        _check_lean(frame, f"{where}.lean", add, key="lean")
        for key, (lo, hi, what) in FRAME_MOVES.items():
            if key in frame and (not _is_number(frame[key]) or not lo <= frame[key] <= hi):
                add(f"{where}.{key}: expected {what}, {lo:g} to {hi:g}, "
                    f"got {_show(frame[key])}")
    _check_view(definition.get("view", "side"), add)
    if definition.get("close_up") is not None and definition["close_up"] not in V.CLOSE_UPS:
        add(f"close_up: expected one of {', '.join(V.CLOSE_UPS)} or null, "
            f"got {_show(definition['close_up'])}")
    for key in ("moving", "pivot"):
        if key == "pivot" and definition.get(key) == "none":
            continue  # a straight arrow: no pivot, none inferred
        if key in definition and definition[key] not in V.BODY_POINTS:
            add(f"{key}: expected a body point such as \"treated knee\" or \"head\"" +
                (" (or \"none\")" if key == "pivot" else "") +
                f", got {_show(definition[key])}")
    if definition.get("motion", "move") not in V.MOTIONS:
        add(f"motion: expected one of {', '.join(V.MOTIONS)}, "
            f"got {_show(definition.get('motion'))}")
    if definition.get("layout", "panels") not in V.LAYOUTS:
        add(f"layout: expected one of {', '.join(V.LAYOUTS)}, "
            f"got {_show(definition.get('layout'))}")
    if definition.get("arrows", "last") not in ("last", "each"):
        add(f"arrows: expected last or each, got {_show(definition.get('arrows'))}")
    elif definition.get("arrows") == "each" and (
            definition.get("layout", "panels") != "panels"
            or definition.get("motion", "move") not in ("move", "both-ways")):
        add("arrows: each needs layout panels and motion move or both-ways "
            "(an arrow on every panel shows the step from the panel before)")
    if definition.get("eyes", "open") not in ("open", "closed"):
        add(f"eyes: expected open or closed, got {_show(definition.get('eyes'))}")
    if "note" in definition and not isinstance(definition["note"], str):
        add("note: expected text")
    return problems


def _key(key: object) -> str:
    return key if isinstance(key, str) else _show(key)


def _check_lean(obj: dict, where: str, add, key: str = "lean") -> None:
    if key in obj and (not _is_number(obj[key]) or not -60 <= obj[key] <= 90):
        add(f"{where}: expected degrees of forward lean from -60 to 90, got {_show(obj[key])}")


def _check_pose(pose: object, where: str, add) -> None:
    if not isinstance(pose, dict):
        add(f"{where}: expected joint groups {{\"both\": {{...}}, \"treated\": {{...}}, "
            f"\"other\": {{...}}, \"trunk\": {{...}}}}, got {_show(pose)}")
        return
    for group, joints in pose.items():
        path = f"{where}.{_key(group)}"
        if group not in GROUPS:
            add(f"{path}: unknown joint group (expected one of {', '.join(GROUPS)})")
            continue
        if not isinstance(joints, dict):
            add(f"{path}: expected joint angles {{\"hip_flexion\": 45, ...}}, "
                f"got {_show(joints)}")
            continue
        seen: dict[str, str] = {}
        for word, value in joints.items():
            jp = f"{path}.{_key(word)}"
            if word == "hand":
                if group in ("trunk",):
                    add(f"{jp}: a hand shape goes under \"both\", \"treated\" or \"other\"")
                elif not _one_of(value, V.HANDS):
                    add(f"{jp}: expected a hand shape ({', '.join(V.HANDS)}), "
                        f"got {_show(value)}")
                continue
            if word not in V.JOINT_WORDS:
                add(f"{jp}: unknown joint (see docs/figures.md for the names)")
                continue
            joint, sign = V.JOINT_WORDS[word]
            if joint.kind == "limb" and group == "trunk":
                add(f"{jp}: a limb joint goes under \"both\", \"treated\" or \"other\"")
            elif joint.kind == "trunk" and group != "trunk":
                add(f"{jp}: a spine, pelvis or neck joint goes under \"trunk\"")
            elif joint.kind == "sided trunk" and group not in ("treated", "other"):
                add(f"{jp}: a side bend or turn goes under the side it goes towards "
                    "(\"treated\" or \"other\")")
            if joint.name in seen:
                add(f"{jp}: the same joint as {seen[joint.name]!r}; give it once")
                continue
            seen[joint.name] = word
            if not _is_number(value):
                add(f"{jp}: expected an angle in degrees, got {_show(value)}")
                continue
            angle = sign * value
            low = joint.low
            if joint.name == "shoulder_horizontal_abduction":
                # With the arm abducted, horizontal adduction counts from where the
                # abduction put it: abduction 90 with horizontal adduction 90 is the
                # arm straight ahead (the start of a sleeper stretch).
                low -= _abduction_in(joints)
            if not low <= angle <= joint.high:
                if low != joint.low:
                    add(f"{jp}: {value:g} is outside {-joint.high:g} to {-low:g} degrees "
                        "with this abduction" if sign < 0 else
                        f"{jp}: {value:g} is outside {low:g} to {joint.high:g} degrees "
                        "with this abduction")
                    continue
                if sign > 0:
                    add(f"{jp}: {value:g} is outside {joint.low:g} to {joint.high:g} degrees")
                else:
                    add(f"{jp}: {value:g} is outside {-joint.high:g} to {-joint.low:g} degrees")


def _abduction_in(joints: dict) -> float:
    """Degrees of shoulder abduction a joint group gives (0 for none or adduction)."""
    for word, sign in (("shoulder_abduction", 1.0), ("shoulder_adduction", -1.0)):
        value = joints.get(word)
        if _is_number(value):
            return max(0.0, min(90.0, sign * value))
    return 0.0


def _check_point(point: object, where: str, add) -> bool:
    if point not in V.BODY_POINTS:
        add(f"{where}: unknown body point (expected e.g. \"treated foot\", \"other hand\", "
            "\"buttocks\", \"back\", \"head\")")
        return False
    return True


# Parts of the body another part can rest on: the other hand laid on the back of the
# treated hand (an isometric wrist press). Surface id -> the hand whose back it is.
BODY_SURFACES = {"treated hand back": "treated", "other hand back": "other"}


def parse_surface(value: str, prop_kinds: dict[str, str]) -> tuple[str, str | None] | None:
    """"floor" / "still" / "<prop id>" / "<prop id> <face>" / a body surface
    ("treated hand back") -> (surface, face), or None."""
    if value in ("floor", "still"):
        return value, None
    if value in BODY_SURFACES:
        return value, "back"
    if value in prop_kinds:
        return value, None
    head, _, face = value.rpartition(" ")
    if head in prop_kinds and face in PROP_FACES.get(prop_kinds[head], ()):
        return head, face
    return None


def _check_contacts(contacts: object, where: str, prop_kinds: dict[str, str], add) -> None:
    if not isinstance(contacts, dict):
        add(f"{where}: expected {{\"body point\": \"floor\", a prop id or \"still\"}}, "
            f"got {_show(contacts)}")
        return
    for point, value in contacts.items():
        path = f"{where}.{_key(point)}"
        if not _check_point(point, path, add):
            continue
        if value is None:
            continue
        if isinstance(value, dict):
            for key in value:
                if key not in CONTACT_KEYS:
                    add(f"{path}.{_key(key)}: unknown field (expected on or slides)")
            if "slides" in value and not isinstance(value["slides"], bool):
                add(f"{path}.slides: expected true or false")
            value = value.get("on")
        if isinstance(value, str) and value in BODY_SURFACES:
            stem = point.split(" ", 1)[-1] if isinstance(point, str) else ""
            if stem != "hand" or point.split(" ", 1)[0] == BODY_SURFACES[value]:
                add(f"{path}: only the other hand can rest on {value!r}")
            continue
        if isinstance(value, str) and value in V.HELD_BODY_POINTS \
                and point.endswith((" hand", " fingers")):
            continue  # a hand holding a part of the body (the toes)
        if not isinstance(value, str) or parse_surface(value, prop_kinds) is None:
            names = ", ".join(["floor", "still"] + sorted(prop_kinds) + list(BODY_SURFACES))
            add(f"{path}: expected a surface ({names}, or a prop and its face such as "
                f"\"chair seat\"), got {_show(value)}")


def _check_still(still: object, where: str, add) -> None:
    if not isinstance(still, list):
        add(f"{where}: expected a list of body points, got {_show(still)}")
        return
    for i, point in enumerate(still):
        _check_point(point, f"{where}[{i}]", add)


def _check_props(props: object, add) -> dict[str, str]:
    ids: dict[str, str] = {}
    if not isinstance(props, list):
        add(f"props: expected a list of props, got {_show(props)}")
        return ids
    for i, prop in enumerate(props):
        where = f"props[{i}]"
        if not isinstance(prop, dict):
            add(f"{where}: expected a prop {{\"kind\": ...}}, got {_show(prop)}")
            continue
        for key in prop:
            if key not in PROP_KEYS:
                add(f"{where}.{_key(key)}: unknown field (expected one of "
                    f"{', '.join(PROP_KEYS)})")
        kind = prop.get("kind")
        if not _one_of(kind, V.PROPS):
            add(f"{where}.kind: expected one of {', '.join(V.PROPS)}, got {_show(kind)}")
            continue
        pid = prop.get("id", kind)
        if not isinstance(pid, str) or not pid or " " in pid:
            add(f"{where}.id: expected a one-word name, got {_show(pid)}")
            continue
        if pid in ids or pid in ("floor", "still"):
            add(f"{where}.id: {pid!r} is used twice; give each prop its own id")
            continue
        ids[pid] = kind
        if "place" in prop and prop["place"] not in PROP_PLACES[kind]:
            add(f"{where}.place: a {kind} goes {', '.join(PROP_PLACES[kind])}; "
                f"got {_show(prop['place'])}")
        if kind == "band" and "anchor" in prop and prop["anchor"] not in BAND_ANCHORS:
            add(f"{where}.anchor: expected one of {', '.join(BAND_ANCHORS)}, "
                f"got {_show(prop['anchor'])}")
        if kind != "band" and "anchor" in prop:
            add(f"{where}.anchor: only a band has an anchor")
        for key, low, high in (("height", 20.0, 1200.0), ("size", 20.0, 1000.0)):
            if key in prop and (not _is_number(prop[key]) or not low <= prop[key] <= high):
                add(f"{where}.{key}: expected millimetres from {low:g} to {high:g}, "
                    f"got {_show(prop[key])}")
    return ids


def _check_view(view: object, add) -> None:
    if isinstance(view, str):
        if view not in V.VIEWS:
            add(f"view: expected one of {', '.join(V.VIEWS)}, got {_show(view)}")
        return
    if not isinstance(view, dict):
        add(f"view: expected a view name or {{\"from\": ..., \"elevation\": ..., "
            f"\"turn\": ...}}, got {_show(view)}")
        return
    for key in view:
        if key not in VIEW_KEYS:
            add(f"view.{_key(key)}: unknown field (expected from, elevation or turn)")
    if view.get("from", "side") not in V.VIEWS:
        add(f"view.from: expected one of {', '.join(V.VIEWS)}, got {_show(view.get('from'))}")
    for key, low, high in (("elevation", -30, 90), ("turn", -90, 90)):
        if key in view and (not _is_number(view[key]) or not low <= view[key] <= high):
            add(f"view.{key}: expected degrees from {low} to {high}, got {_show(view[key])}")


# Expanding ----------------------------------------------------------------------------

def other_side(side: str) -> str:
    return "left" if side == "right" else "right"


def canonical_joints(layers: list[dict], treated: str) -> dict[str, float | str]:
    """Joint groups (later layers win) -> canonical angles ("left.hip_flexion": 45, ...).

    Within one layer a side's own group wins over "both". Trunk motions towards
    a side become signed angles, positive towards the body's left.
    """
    out: dict[str, float | str] = {}
    sides = {"treated": treated, "other": other_side(treated)}
    for layer in layers:
        for group in ("both", "treated", "other", "trunk"):
            for word, value in (layer.get(group) or {}).items():
                if word == "hand":
                    for side in (sides.values() if group == "both" else [sides[group]]):
                        out[f"{side}.hand"] = value
                    continue
                joint, sign = V.JOINT_WORDS[word]
                angle = float(sign * value)
                if joint.kind == "trunk":
                    out[joint.name] = angle
                elif joint.kind == "sided trunk":
                    out[joint.name] = angle if sides[group] == "left" else -angle
                else:
                    targets = sides.values() if group == "both" else [sides[group]]
                    for side in targets:
                        out[f"{side}.{joint.name}"] = angle
    return out


def expand(definition: dict) -> list[dict]:
    """Per-frame data of a valid definition (no posture defaults; the engine adds them).

    Each frame: name, posture, lying_on, joints (layers: [pose, frame]),
    contacts (word -> value, shared then the frame's), still, lean, and the whole
    body's moves: air (mm), travel (mm), turn and roll (degrees).
    """
    frames = definition["frames"]
    names = ("start", "end") if len(frames) == 2 else FRAME_NAMES if len(frames) == 3 \
        else ("start",) + ("middle",) * (len(frames) - 2) + ("end",)
    out = []
    for i, frame in enumerate(frames):
        contacts = dict(definition.get("contacts", {}))
        contacts.update(frame.get("contacts", {}))
        out.append({
            "index": i + 1,
            "name": frame.get("name", names[i]),
            "posture": frame.get("posture", definition["posture"]),
            "lying_on": definition.get("lying_on", "other"),
            "layers": [definition.get("pose", {}), {g: frame[g] for g in GROUPS if g in frame}],
            "contacts": contacts,
            "still": tuple(definition.get("still", [])) + tuple(frame.get("still", [])),
            "lean": float(frame.get("lean", definition.get("lean", 0.0))),
            "air": float(frame.get("air", 0.0)),
            "travel": float(frame.get("travel", 0.0)),
            "turn": float(frame.get("turn", 0.0)),
            "roll": float(frame.get("roll", 0.0)),
        })
    return out


def view_of(definition: dict) -> dict:
    """The view as {"from", "elevation", "turn"} whichever way it was written."""
    view = definition.get("view", "side")
    if isinstance(view, str):
        return {"from": view, "elevation": 0.0, "turn": 0.0}
    return {"from": view.get("from", "side"), "elevation": float(view.get("elevation", 0.0)),
            "turn": float(view.get("turn", 0.0))}
