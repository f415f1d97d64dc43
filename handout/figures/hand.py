"""Hand close-ups: fingers and thumb for grip, glide and opposition exercises.

A whole-body figure cannot show a tendon glide, so a definition with
`"subject": "hand"` draws one hand instead, its key frames side by side with
an arrow between them:

    {"subject": "hand", "view": "side", "side": "right",
     "frames": [{}, {"joints": {"fingers_pip": 90, "fingers_dip": 70}}]}

Joints (degrees, 0 = the flat open hand): `<finger>_mcp`, `<finger>_pip`,
`<finger>_dip` for index, middle, ring and little (or `fingers_*` for all
four), `fingers_spread`, `thumb_across` (opposition, towards the little
finger), `thumb_mcp`, `thumb_ip`, and `wrist`, which turns the whole hand
in the picture (side to side in the palm view, up and down in the side view). A frame may say `"thumb_to": "index"` to
bring the thumb tip onto that fingertip. Views: "palm" (palm towards you,
fingers up) and "side" (thumb side, palm to the right). Props: a "ball" held
in the palm, a "band" round the fingertips.
"""

from __future__ import annotations

import math

from . import style
from .definition import check_joints, key_frames

FINGERS = ("index", "middle", "ring", "little")
HAND_KEYS = ("subject", "view", "side", "frames", "props", "arrow", "note")
HAND_VIEWS = ("palm", "side")
HAND_PROPS = ("ball", "band")
HAND_RANGES: dict[str, tuple[float, float]] = {"fingers_spread": (0, 30), "wrist": (-45, 45),
                                               "thumb_across": (0, 70),
                                               "thumb_mcp": (0, 70), "thumb_ip": (-10, 80)}
for _f in FINGERS + ("fingers",):
    HAND_RANGES.update({f"{_f}_mcp": (-20, 95), f"{_f}_pip": (0, 110), f"{_f}_dip": (0, 85)})

# Bone lengths (metres): proximal, middle, distal; and where each finger starts (palm view x).
FINGER_BONES = {"index": (0.040, 0.025, 0.020), "middle": (0.045, 0.028, 0.021),
                "ring": (0.042, 0.027, 0.020), "little": (0.032, 0.020, 0.018)}
FINGER_BASE_X = {"index": 0.031, "middle": 0.0105, "ring": -0.0095, "little": -0.029}
FINGER_SPREAD = {"index": 1.0, "middle": 0.25, "ring": -0.45, "little": -1.1}
FINGER_RADII = (0.0098, 0.0088, 0.0078)
THUMB_BONES = (0.05, 0.042)
PALM_TOP = 0.092
GAP = 0.05  # between frames shown side by side


def hand_problems(definition: dict) -> list[str]:
    problems: list[str] = []
    add = problems.append
    for key in definition:
        if key not in HAND_KEYS:
            add(f"{key}: unknown field for a hand (expected one of {', '.join(HAND_KEYS)})")
    if definition.get("view", "palm") not in HAND_VIEWS:
        add(f"view: a hand is drawn in the palm or side view, got {definition.get('view')!r}")
    if definition.get("side", "right") not in ("left", "right"):
        add(f"side: expected \"left\" or \"right\", got {definition.get('side')!r}")
    if definition.get("arrow", "one-way") not in ("one-way", "both", "none"):
        add(f"arrow: expected \"one-way\", \"both\" or \"none\"")
    props = definition.get("props", [])
    if not isinstance(props, list):
        add("props: expected a list of props")
        props = []
    for i, prop in enumerate(props):
        if not isinstance(prop, dict) or prop.get("type") not in HAND_PROPS:
            add(f"props[{i}].type: unknown prop for a hand (expected ball or band)")
        elif "size" in prop and not (isinstance(prop["size"], (int, float))
                                     and 0 < prop["size"] <= 0.2):
            add(f"props[{i}].size: expected metres above 0 and at most 0.2")
    for where, frame in key_frames(definition, add, ("joints", "thumb_to"),
                                   " for a hand (expected joints or thumb_to)"):
        if "thumb_to" in frame and frame["thumb_to"] not in FINGERS:
            add(f"{where}.thumb_to: expected one of {', '.join(FINGERS)}")
        check_joints(frame.get("joints", {}), f"{where}.joints", add, HAND_RANGES,
                     "index_pip", "unknown joint of the hand")
    return problems


def _angles(joints: dict) -> dict[str, float]:
    full = {name: 0.0 for name in HAND_RANGES}
    for name, value in joints.items():
        if name.startswith("fingers_") and name != "fingers_spread":
            for finger in FINGERS:
                full[f"{finger}_{name[8:]}"] = float(value)
    full.update({k: float(v) for k, v in joints.items() if not k.startswith("fingers_")
                 or k == "fingers_spread"})
    return full


def _finger_points(view: str, finger: str, a: dict[str, float]) -> list[tuple[float, float]]:
    """The joints of one finger, base to tip, as seen in the view."""
    bones = FINGER_BONES[finger]
    flex = (a[f"{finger}_mcp"], a[f"{finger}_pip"], a[f"{finger}_dip"])
    if view == "side":
        # Seen from the thumb side the curl is in the picture plane.
        x, y = 0.004, PALM_TOP
        points = [(x, y)]
        phi = 0.0
        for bone, bend in zip(bones, flex):
            phi += math.radians(bend)
            x, y = x + bone * math.sin(phi), y + bone * math.cos(phi)
            points.append((x, y))
        return points
    # Palm view: the fingers curl towards the viewer, so each bone is foreshortened.
    spread = math.radians(a["fingers_spread"] * FINGER_SPREAD[finger])
    x, y = FINGER_BASE_X[finger], PALM_TOP - (0.004 if finger in ("index", "little") else 0)
    points = [(x, y)]
    phi = 0.0
    for bone, bend in zip(bones, flex):
        phi += math.radians(bend)
        reach = bone * math.cos(phi)
        x, y = x + reach * math.sin(spread), y + reach * math.cos(spread)
        points.append((x, y))
    return points


def _thumb_points(view: str, a: dict[str, float], target: tuple[float, float] | None
                  ) -> list[tuple[float, float]]:
    if view == "side":
        base = (0.016, 0.03)
        direction = math.radians(28 + a["thumb_across"] * 0.5)
    else:
        base = (0.040, 0.028)
        direction = math.radians(42 - a["thumb_across"] * 1.4)
    l1, l2 = THUMB_BONES
    if target is not None:
        # Two-bone reach: the thumb tip on the target, the knuckle bowed outwards.
        dx, dy = target[0] - base[0], target[1] - base[1]
        d = max(1e-6, min(math.hypot(dx, dy), l1 + l2 - 1e-6))
        angle = math.atan2(dx, dy)
        bend = math.acos(max(-1.0, min(1.0, (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d))))
        first = angle + bend
        knuckle = (base[0] + l1 * math.sin(first), base[1] + l1 * math.cos(first))
        return [base, knuckle, (base[0] + dx * d / math.hypot(dx, dy),
                                base[1] + dy * d / math.hypot(dx, dy)) if math.hypot(dx, dy)
                else target]
    turn = -1.0 if view == "palm" else 1.0
    phi = direction
    points = [base]
    x, y = base
    for bone, bend in zip(THUMB_BONES, (a["thumb_mcp"], a["thumb_ip"])):
        phi += turn * math.radians(bend) * 0.8
        x, y = x + bone * math.sin(phi), y + bone * math.cos(phi)
        points.append((x, y))
    return points


def hand_shapes(definition: dict):
    """Shapes of every frame side by side (model units), and the finger bone ends for tests."""
    from .paths import Shape, capsule_ops, circle_ops, rounded_polygon_ops

    view = definition.get("view", "palm")
    props = definition.get("props", [])
    frames = definition["frames"]
    width = 0.13 if view == "palm" else 0.12
    shapes: list = []
    skeletons = []
    for i, frame in enumerate(frames):
        ox = i * (width + GAP)
        a = _angles(frame.get("joints", {}))
        fingers = {f: _finger_points(view, f, a) for f in FINGERS}
        target = fingers[frame["thumb_to"]][-1] if frame.get("thumb_to") else None
        thumb = _thumb_points(view, a, target)
        skeletons.append({"fingers": fingers, "thumb": thumb, "offset": ox})
        fill, line = style.body_roles("end", "near")
        far_fill, far_line = style.body_roles("end", "far")

        turn = math.radians(a["wrist"])
        cos_t, sin_t = math.cos(turn), math.sin(turn)

        def move(p):
            # The wrist turns everything above it about the wrist joint (0, 0).
            x, y = (p[0] * cos_t + p[1] * sin_t, -p[0] * sin_t + p[1] * cos_t) \
                if p[1] > -0.001 else p
            return (x + ox, y)

        def chain(points, radii):
            ops = []
            for (p, q), (ra, rb) in zip(zip(points, points[1:]), zip(radii, radii[1:] + (radii[-1],))):
                ops += capsule_ops(move(p), ra, move(q), rb)
            return ops

        def group(ops, f=fill, ln=line):
            t = tuple(ops)
            shapes.append(Shape(t, f, ln, style.OUTLINE * 2))
            shapes.append(Shape(t, f, None, 0.0))
        # The forearm and palm.
        if view == "side":
            palm = [(-0.016, 0.0), (0.016, 0.0), (0.014, PALM_TOP), (-0.012, PALM_TOP)]
            forearm = capsule_ops(move((-0.002, -0.06)), 0.026, move((0.0, 0.0)), 0.018)
        else:
            palm = [(-0.043, 0.0), (0.043, 0.0), (0.045, PALM_TOP), (-0.043, PALM_TOP)]
            forearm = capsule_ops(move((0.0, -0.06)), 0.025, move((0.0, 0.0)), 0.023)
        k = 0.012
        inset = [(x + (k if x < 0 else -k), y + (k if y < 0.05 else -k)) for x, y in palm]
        body = forearm + rounded_polygon_ops([move(p) for p in inset], k)
        if view == "palm":
            body += capsule_ops(move((0.030, 0.018)), 0.018, move((0.028, 0.055)), 0.014)
        # Side view: the other fingers lie behind the index finger, drawn lighter.
        order = ("little", "ring", "middle") if view == "side" else ()
        for finger in order:
            group(chain(fingers[finger], FINGER_RADII), far_fill, far_line)
        ball = next((p for p in props if p.get("type") == "ball"), None)
        if ball is not None and view == "side":
            r = ball.get("size", 0.07) / 2
            shapes.append(Shape(tuple(circle_ops(*move((0.016 + r, 0.058)), r)), "prop-fill",
                                "prop-line", style.PROP))
        group(body)
        if ball is not None and view == "palm":
            r = ball.get("size", 0.07) / 2
            shapes.append(Shape(tuple(circle_ops(*move((0.0, 0.058)), r)), "prop-fill",
                                "prop-line", style.PROP))
        front = ("index",) if view == "side" else FINGERS
        for finger in front:
            group(chain(fingers[finger], FINGER_RADII))
        group(chain(thumb, (0.0125, 0.011, 0.0095)))
        if any(p.get("type") == "band" for p in props):
            # The band loops round the fingers near their tips (and the thumb's).
            ring = [fingers[f][2] for f in FINGERS] + [thumb[-1]]
            cx = sum(p[0] for p in ring) / len(ring)
            cy = sum(p[1] for p in ring) / len(ring)
            rx = max(abs(p[0] - cx) for p in ring) + 0.01
            ry = 0.007
            ops = []
            for j in range(25):
                t = 2 * math.pi * j / 24
                ops.append(("M" if j == 0 else "L",
                            *move((cx + rx * math.cos(t), cy + ry * math.sin(t)))))
            shapes.append(Shape(tuple(ops), None, "band-line", style.BAND))
        if i > 0 and definition.get("arrow", "one-way") != "none":
            # A short arrow between the wrists of two frames: read left to right.
            half = 0.035 if view == "palm" else 0.03
            x0, x1 = ox - (width + GAP) + half + 0.012, ox - half - 0.004
            y = -0.035
            shapes.append(Shape((("M", x0, y), ("L", x1 - 0.008, y)), None, "accent",
                                style.ARROW))
            shapes.append(Shape((("M", x1 + 0.004, y), ("L", x1 - 0.012, y + 0.009),
                                 ("L", x1 - 0.012, y - 0.009), ("Z",)), "accent", "accent",
                                style.OUTLINE))
    return shapes, skeletons
