"""The pose half's interface: a figure definition -> posed 3-D key frames.

Build time only (numpy). THE CONTRACT the renderer relies on (keep it stable):

    pose_exercise(definition: dict, *, exercise_id: str = "") -> list[FrameScene]

One `FrameScene` per key frame (start, [middle,] end), all in world
millimetres, y up, the floor at y = 0, the person heading along +z:

- `vertices` (N, 3) float: the posed skin. `triangles` (M, 3) int: the skin's
  triangles, outward winding, the same array object in every frame (and the
  same as `body.load_body().triangles`).
- `props`: list of `props.PropMesh` (`kind`, `name`, `vertices`, `triangles`,
  `smooth`, `surfaces`, `rails`, `held`): everything in the room but the floor,
  in the same world, to draw in the same depth buffer. Props stay put between
  frames except held ones (band, stick, weight, a ball in the hand).
- `landmarks`: name -> (3,) point: `head`, `head_top`, `chin`, `neck`,
  `chest`, `upper_back`, `pelvis`, `spine_lower`, `spine_mid`, `spine_upper`,
  and per side (`_left` / `_right`): `shoulder`, `clavicle`, `elbow`,
  `wrist`, `hand`, `fingertips`, `hip`, `knee`, `ankle`, `heel`, `toe`, `foot`.
- `contacts`: list of `Contact` (the body point in the definition's words and
  canonical, the surface, the touching world point, the gap in mm, planted).
- `joints`: the resolved anatomical angles (canonical names such as
  "right.knee_flexion"), read back from the final pose.
- `view`: `ViewRequest` (`name`: side/front/back/above, `elevation`, `turn`,
  `close_up`: hand/foot/neck/shoulder-blades or None, `target`: the landmark
  point a close-up centres on, `shown_side`: left/right), the same for every
  frame of an exercise.
- `axes`: `BodyAxes` of this frame's trunk (`right`, `forward`, `headward`,
  unit world vectors), for choosing the camera of a named view.
- `motion`: `Motion` (`moving`: the landmark the arrow follows, or None;
  `pivot`: a landmark it turns about, or None; `kind`: move/both-ways/hold/
  press/turn; `layout`: panels or faded-start).

Mirroring: a definition with `"side": "left"` gives exactly the reflection
(x -> -x) of the same definition with `"side": "right"`, vertex i of one
matching vertex `body.mirror_vertex[i]` of the other, landmarks swapping
`_left` and `_right`.

`POSE_VERSION` changes whenever the same definition poses differently (the
build should count figures built by another version as stale).

Errors: a definition with problems raises `FigureDefinitionError` (every
problem with its field path); one whose contacts cannot be met raises
`contacts.ContactError` naming the exercise, the frame and the contact.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .. import body_format, vocabulary
from . import props as P
from .anatomy import anatomy_for
from .body import load_body
from .contacts import (ContactError, ContactResult, ContactSpec, FrameSpec, Solver,
                       SolvedFrame)
from .points import point_name, points_for
from .postures import POSTURES, orientation
from .skinning import rotation

# Bump when the pose half's output changes for the same definition (a solver or
# posture change), so built figures drawn from the old poses count as stale.
POSE_VERSION = 1
# A belt round the thighs sits this share of the way from the knee to the hip.
BELT_ABOVE_KNEE = 0.16
# A band loop round both ankles sits this share of the way from the ankle to the
# knee; one round the feet this share of the way from the heel to the toes; a post a
# band is tied to stands this far (mm) from the part the band loops round.
BAND_ABOVE_ANKLE = 0.12
BAND_ON_FOOT = 0.62
BAND_POST_DISTANCE = 650.0
BAND_POST_DISTANCE_FOOT = 320.0
# Where a band loops round the body instead of ending in a hand or at a foot.
BAND_LOOPS = ("round thighs", "round ankles", "round feet", "behind treated knee",
              "behind both knees", "round treated foot")
# An exercise bike fitted to the rider (mm): the saddle's centre ahead of where the
# buttocks touch, the crank axle ahead of the hip, the ankle (above, behind) a
# pedal's centre, the leg's stretch at the bottom of a turn (a share of its
# length: a little bent), the bar below and ahead of the shoulder.
BIKE_SEAT_AHEAD = 20.0
# A towel laid flat under a foot starts this far behind the heel (mm).
TOWEL_BEHIND_HEEL = 40.0
# A roll under the toes lies this far ahead of their base joints (mm).
TOWEL_AHEAD_OF_TOE_JOINTS = 22.0
BIKE_AXLE_AHEAD_OF_HIP = 250.0
BIKE_ANKLE_ABOVE_PEDAL = (75.0, 40.0)
BIKE_LEG_STRETCH = 0.96
BIKE_BAR_BELOW_SHOULDER = 330.0
BIKE_BAR_AHEAD_OF_SHOULDER = 350.0
# The other hand laid on the back of a hand rests on it within this distance (mm)
# of the back's middle.
BACK_OF_HAND_RADIUS = 30.0
# A rubber band round the fingers sits this share along the end finger bones, round
# finger circles of this radius (mm: the finger's half-thickness and the band's).
FINGER_RING_AT = 0.35
FINGER_RING_RADIUS = 9.0
# A table fitted under a resting forearm (mm): its edge this far short of the wrist
# (the hand bends freely past it), its top reaching this far behind the elbow, this
# far inwards past the forearm's line, and this wide in all.
FOREARM_TABLE = {"edge_behind_wrist": 25.0, "behind_elbow": 160.0, "inside_forearm": 110.0,
                 "width": 560.0}
# A chair behind the person to sit down towards (a squat to a chair): where the
# buttocks come lowest, this far behind the seat's front edge, the seat's top
# this far below them (lightly touching), its height kept to a real chair's.
CHAIR_BEHIND_TOUCH_BACK = 110.0
CHAIR_BEHIND_GAP = 3.0
# A step stood on with one foot only: its inner edge this far inside that foot (mm).
STEP_EDGE_INSIDE = 15.0
CHAIR_BEHIND_CLEAR = 30.0  # between the seat's front edge and the legs standing
CHAIR_BEHIND_HEIGHTS = (380.0, 540.0)

__all__ = ["POSE_VERSION", "pose_exercise", "rest_scene", "FrameScene", "Contact", "ViewRequest", "Motion",
           "BodyAxes", "FigureDefinitionError", "ContactError"]


class FigureDefinitionError(ValueError):
    """A figure definition with problems (each with its field path)."""


@dataclass(frozen=True)
class BodyAxes:
    right: np.ndarray      # towards the patient's right side
    forward: np.ndarray    # the way the chest faces
    headward: np.ndarray   # from the pelvis towards the head


@dataclass(frozen=True)
class ViewRequest:
    name: str = "side"
    elevation: float = 0.0
    turn: float = 0.0
    close_up: str | None = None
    target: np.ndarray | None = None
    shown_side: str = "right"


@dataclass(frozen=True)
class Motion:
    moving: str | None = None
    pivot: str | None = None
    kind: str = "move"
    layout: str = "panels"


@dataclass
class Contact:
    words: str              # as the definition (or posture) says it: "treated foot"
    point: str              # canonical: "foot_right"
    surface: str            # "floor", a prop name, or "still"
    face: str | None        # the prop's face ("seat", "top", ...)
    position: np.ndarray    # world point of the skin touching it
    distance: float         # gap to the surface in mm (0 = touching; for "still": moved)
    planted: bool           # stayed put since the previous frame
    anchor: np.ndarray | None = None  # where the part is (its vertices carried by their
    #                                   bones; for a limb's end, its end joint): planted
    #                                   parts keep it from frame to frame


@dataclass
class FrameScene:
    name: str
    index: int
    vertices: np.ndarray
    triangles: np.ndarray
    props: list[P.PropMesh]
    landmarks: dict[str, np.ndarray]
    contacts: list[Contact]
    joints: dict[str, float]
    view: ViewRequest
    axes: BodyAxes
    motion: Motion = field(default_factory=Motion)


# Which body points rest (base) and which are moved onto their surface (reach).
_BASE_PARTS = {"pelvis", "buttocks", "back", "upper_back", "lower_back", "chest", "belly",
               "knee", "hip", "shoulder", "thigh", "shin", "elbow", "forearm", "upper_arm"}
# Body points that rest by turning the joint above them (never moved by IK).
_REST_PARTS = {"head", "forehead", "face", "chin", "instep", "leg", "arm"}
_CLOSE_UP_TARGET = {"hand": "hand", "forearm": "wrist", "foot": "ankle", "feet": "ankle",
                    "upper-body": "chest", "neck": "neck",
                    "shoulder-blades": "spine_upper"}
# A roll or pillow under a limb (its place -> the part it lies under, whose side) is
# fitted to that part after posing: on the floor, touching the part where the part is
# lowest, as high as the gap (within props.FITTED). A contact naming it is met by that
# fitting, so it may name only the part itself or the limb it belongs to.
_UNDER_LIMB = {"under treated knee": ("knee", "treated"), "under other knee": ("knee", "other"),
               "under knees": ("knee", "both"),
               "under treated heel": ("heel", "treated"), "under other heel": ("heel", "other"),
               "under treated calf": ("calf", "treated"), "under other calf": ("calf", "other"),
               "under treated toes": ("toes", "treated"), "under other toes": ("toes", "other")}
_FITTED_CONTACTS = {"knee": {"knee", "leg", "thigh", "shin"}, "heel": {"heel", "foot", "leg"},
                    "calf": {"shin", "leg"}, "toes": {"toes", "foot"}}
_FITTED_WORDS = {"towel": "rolled towel", "pillow": "pillow", "foam-roller": "foam roller"}
# A hand holding a part of the body holds an unseen rail with this id prefix.
_BODY_HOLD = "body:"
# The rail across a held part (mm long).
BODY_HOLD_RAIL = 50.0
# Default face of a prop for a body point resting on it.
_DEFAULT_FACE = {"chair": {"buttocks": "seat", "back": "back", "upper_back": "back",
                           "lower_back": "back", "hand": "rail", "fingers": "rail"},
                 "counter": {}, "table": {}, "wall": {}}


def pose_exercise(definition: dict, *, exercise_id: str = "") -> list[FrameScene]:
    """The posed key frames of a version-2 figure definition (see the module docstring)."""
    problems = body_format.figure_problems(definition)
    if problems:
        raise FigureDefinitionError(f"{exercise_id or 'figure'}: " + "; ".join(problems))
    return _Exercise(definition, exercise_id).pose()


def rest_scene() -> FrameScene:
    """The asset's own rest pose (the A-pose), standing on the floor, for checks."""
    body = load_body()
    v = body.vertices - [0.0, body.vertices[:, 1].min(), 0.0]
    pts = points_for(body)
    rot = np.tile(np.eye(3), (len(body.bone_names), 1, 1))
    pos = body.heads - [0.0, body.vertices[:, 1].min(), 0.0]
    axes = BodyAxes(np.array([-1.0, 0, 0]), np.array([0, 0, 1.0]), np.array([0, 1.0, 0]))
    return FrameScene("rest", 1, v, body.triangles, [], pts.landmarks(rot, pos, v), [], {},
                      ViewRequest(), axes)


class _Exercise:
    def __init__(self, definition: dict, exercise_id: str) -> None:
        self.definition = definition
        self.exercise = exercise_id or "figure"
        self.treated = definition.get("side", "right")
        self.body = load_body()
        self.anatomy = anatomy_for(self.body)
        self.points = points_for(self.body)
        self.frames = body_format.expand(definition)
        self.prop_defs = self._prop_definitions()
        self.props: dict[str, P.PropMesh] = {}
        # Props fitted under a limb after posing: id -> (part, side words).
        self.fitted = {p["id"]: _UNDER_LIMB[p["place"]] for p in self.prop_defs
                       if p["kind"] in P.FITTED and p["place"] in _UNDER_LIMB}

    # Props -----------------------------------------------------------------------

    def _prop_definitions(self) -> list[dict]:
        out = [dict(p) for p in self.definition.get("props", [])]
        kinds = {p["kind"] for p in out}
        for frame in self.frames:
            for kind, place in POSTURES[frame["posture"]].props:
                if kind == "chair" and "bike" in kinds:
                    continue  # sitting on the bike's seat
                if kind not in kinds:
                    out.append({"kind": kind, "place": place})
                    kinds.add(kind)
        for p in out:
            p.setdefault("id", p["kind"])
            p.setdefault("place", body_format.PROP_PLACES[p["kind"]][0])
        return out

    def _prop_id(self, kind: str) -> str | None:
        for p in self.prop_defs:
            if p["kind"] == kind:
                return p["id"]
        return None

    # Frames ----------------------------------------------------------------------

    def _frame_spec(self, frame: dict) -> FrameSpec:
        posture = POSTURES[frame["posture"]]
        own_joints, own_contacts = posture.joints, posture.contacts
        if posture.name == "side-lying" and frame["lying_on"] == "treated":
            # Lying on the treated side: the posture's lower and upper sides swap (the
            # treated shoulder and hip on the floor, the other hand in front of the chest).
            own_joints = {_swap_side(g): j for g, j in own_joints.items()}
            own_contacts = tuple((_swap_side(w), sfc, role) for w, sfc, role in own_contacts)
        layers = [own_joints] + frame["layers"]
        joints = body_format.canonical_joints(layers, self.treated)
        place = orientation(posture, self.treated, frame["lying_on"])
        lean = frame["lean"]
        if lean:
            place = place @ rotation([1.0, 0, 0], lean)
        if frame["roll"]:
            # Tipped sideways about the heading, the other side's hip going down (a
            # pelvic drop on one leg); the definition's angles keep the leg and trunk.
            sign = -1.0 if self.treated == "right" else 1.0
            place = rotation([0, 0, 1.0], sign * frame["roll"]) @ place
        if frame["turn"]:
            place = rotation([0, 1.0, 0], self._yaw(frame)) @ place
        contacts: dict[str, object] = {}
        for words, surface, role in own_contacts:
            contacts[words] = (surface, role)
        for words, value in frame["contacts"].items():
            contacts[words] = value
        specs = []
        kinds = {p["id"]: p["kind"] for p in self.prop_defs}
        for words, value in contacts.items():
            if value is None:
                continue
            role = None
            slides = False
            if isinstance(value, tuple):
                value, role = value
            if isinstance(value, dict):
                slides = bool(value.get("slides", False))
                value = value["on"]
            point = point_name(words, self.treated)
            stem = point.rsplit("_", 1)[0] if point.endswith(("_left", "_right")) else point
            if isinstance(value, str) and value in vocabulary.HELD_BODY_POINTS:
                # A hand holding a part of the body: a rail across that part, made
                # for each frame once the rest of the body is posed (see _hold_body).
                target = point_name(value, self.treated)
                specs.append(ContactSpec(words, point, _BODY_HOLD + target, "rail", "hold",
                                         slides=True))  # it goes where the part goes
                continue
            fitted = self.fitted.get(value.split(" ")[0] if isinstance(value, str) else "")
            if fitted:
                # A roll under a limb is fitted to it after posing: nothing to solve.
                if stem not in _FITTED_CONTACTS[fitted[0]]:
                    raise FigureDefinitionError(
                        f"{self.exercise}: contacts.{words}: the {value} lies under the "
                        f"{fitted[1]} {fitted[0]} (its place), so only that "
                        f"{fitted[0]} can rest on it")
                continue
            if value in body_format.BODY_SURFACES:
                surface, face = value, "back"
            elif ":" in value:  # a posture's "chair:seat": the definition's prop of that kind
                kind, face = value.split(":")
                surface = self._prop_id(kind)
                if surface is None and kind == "chair" and self._prop_id("bike"):
                    surface = self._prop_id("bike")
            else:
                parsed = body_format.parse_surface(value, kinds)
                surface, face = parsed if parsed else (value, None)
                if surface not in ("floor", "still") and face is None:
                    face = self._default_face(kinds.get(surface, surface), stem)
            if surface == "floor" and self._under_head() and stem in ("head",):
                surface, face = self._under_head(), "top"
            if role is None:
                if face in ("rail", "edge", "bar", "handle", "handlebar"):
                    role = "hold"
                elif stem in _BASE_PARTS:
                    role = "base"
                elif stem in _REST_PARTS:
                    role = "rest"
                else:
                    role = "reach"
            if surface == "still":
                role = "reach" if stem not in _BASE_PARTS else "still"
            if kinds.get(surface) == "bike" and face == "pedal":
                slides = True  # the pedal moves with the crank: the foot goes with it
            specs.append(ContactSpec(words, point, surface, face or "top", role, slides))
        if not any(c.role == "base" for c in specs):
            # Nothing to lie, sit or kneel on: the body stands on its feet (the end of a
            # step-up, a calf raise on the toes).
            for c in specs:
                stem = c.point.rsplit("_", 1)[0]
                if c.role == "reach" and stem in ("foot", "toes", "heel") \
                        and c.surface != "still":
                    c.role = "base"
        walls = {p["id"] for p in self.prop_defs if p["kind"] in ("wall", "doorway")}
        bases = [c for c in specs if c.role == "base"]
        if bases and not posture.tilt and all(c.surface in walls for c in bases):
            # Upright, leaning a forearm or an elbow on a wall or a door frame: that
            # holds the body only front to back; it still stands on its feet (a step
            # forward in a doorway stretch puts the foot on the floor, not in the air).
            for c in specs:
                if c.role == "reach" and c.point.rsplit("_", 1)[0] in ("foot", "toes", "heel") \
                        and c.surface == "floor":
                    c.role = "base"
        still = tuple(point_name(w, self.treated) for w in frame["still"])
        still += tuple(s.point for s in specs if s.role == "still")
        specs = [s for s in specs if s.role != "still"]
        label = f"frame {frame['index']} ({frame['name']})"
        explicit = frozenset(body_format.canonical_joints(frame["layers"], self.treated))
        # Standing on the feet alone (no hand on a wall, a chair or a counter, no lean
        # given): the body leans to keep its weight over its feet, as people do.
        feet_only = [c for c in specs if c.role == "base"]
        balance = (not posture.tilt and not lean and bool(feet_only)
                   and all(c.point.rsplit("_", 1)[0] in ("foot", "toes", "heel")
                           for c in feet_only)
                   and not any(c.role in ("reach", "hold") and
                               c.point.rsplit("_", 1)[0] in ("hand", "fingers", "wrist")
                               for c in specs))
        return FrameSpec(label, joints, place, posture.tilt, specs, still, explicit, balance)

    def _default_face(self, kind: str, stem: str) -> str:
        if kind == "chair":
            return _DEFAULT_FACE["chair"].get(stem, "seat")
        if kind in ("wall", "doorway"):
            return "face"
        if kind == "handrail":
            return "bar"
        if kind == "bike":
            return {"foot": "pedal", "toes": "pedal", "hand": "handlebar",
                    "fingers": "handlebar"}.get(stem, "seat")
        return "top"

    def _under_head(self) -> str | None:
        for p in self.prop_defs:
            if p["place"] == "under head":
                return p["id"]
        return None

    def pose(self) -> list[FrameScene]:
        specs = [self._frame_spec(f) for f in self.frames]
        for p in self.prop_defs:
            for spec in specs:
                for c in spec.contacts:
                    if _sat_towards(p) and c.surface == p["id"]:
                        raise ContactError(
                            f"{self.exercise}: {spec.label}: the chair behind is placed "
                            f"where the buttocks come lowest, so nothing can rest on it "
                            f"({c.words!r}); remove that contact")
        solved: list[SolvedFrame] = []
        self._frame_props: list[dict[str, P.PropMesh]] = []
        for i, spec in enumerate(specs):
            if i == 0:
                self._place_props_before(spec)
            if getattr(self, "_bike", None):
                # The cranks turn from frame to frame: the treated pedal at the top at
                # the start, at the bottom at the end (in front between).
                self.props[self._bike["id"]] = self._bike_mesh(i, len(specs))
            self._frame_props.append(dict(self.props))
            solver = Solver(self.body, self.anatomy, self.points, self.props, self.exercise)
            prev = solved[-1] if solved else None
            if i == 0:
                self._place_props_after(spec, solver)
                self._place_body_surfaces(spec, solver)
            self._hold_body(spec, solver, prev)
            frame = self.frames[i]
            for c in spec.contacts:
                if c.surface not in ("floor", "still") and c.surface not in self.props:
                    # Held props, the mat and belts are drawn from where the body is:
                    # nothing rests on them by name (a KeyError deep in the solver).
                    raise ContactError(
                        f"{self.exercise}: {spec.label}: the {c.words} cannot rest on the "
                        f"{c.surface}: it is held or drawn round the body (a mat is drawn "
                        f"under whatever lies on the floor: write \"floor\"); rest it on the "
                        f"floor or on a prop the body stands, sits, lies or leans on")
            if prev is None or not (frame["travel"] or frame["turn"]):
                now = solver.solve(_active(spec, prev), prev)
            else:
                # The whole body moves on: what was planted travels with it, and the
                # pelvis ends where the travel takes it from the last frame's.
                yaw = rotation([0, 1.0, 0], self._yaw(frame))
                step = yaw @ self._heading() * frame["travel"]
                now = solver.solve(spec, _shifted(prev, step))
                d = _pelvis(self.body, prev) + step - _pelvis(self.body, now)
                now = _shifted(now, np.array([d[0], 0.0, d[2]]))
            if frame["air"]:
                now = _shifted(now, np.array([0.0, frame["air"], 0.0]))
            solved.append(now)
        self._place_chairs_behind(specs, solved)
        self._place_fitted(solved)
        self._place_mat(solved)
        self._check_placed()
        return [self._scene(spec, frame, s, i) for i, (spec, frame, s)
                in enumerate(zip(specs, self.frames, solved))]

    def _heading(self) -> np.ndarray:
        return np.array([0.0, 0.0, 1.0])

    def _yaw(self, frame: dict) -> float:
        """A frame's turn about the vertical, in the world's right-hand sense: towards
        the treated side (the right side is -x), so a left figure is the mirror."""
        return -frame["turn"] if self.treated == "right" else frame["turn"]

    def _provisional(self, spec: FrameSpec) -> SolvedFrame:
        """Frame 0 with every prop contact moved to the floor: where the body would be."""
        contacts = [ContactSpec(c.words, c.point, "floor", "top", c.role, c.slides)
                    for c in spec.contacts if c.role == "base"]
        if not contacts:
            contacts = [ContactSpec("lowest point", "pelvis", "floor", "top", "base")][:0]
        provisional = FrameSpec(spec.label, spec.joints, spec.orientation, spec.tilt, contacts,
                                (), spec.explicit)
        solver = Solver(self.body, self.anatomy, self.points, {}, self.exercise)
        return solver.solve(provisional, None, check=False, rounds=1)

    def _place_props_before(self, spec: FrameSpec) -> None:
        """Props the body rests on (chair, bench, step under both feet), under it."""
        stood_on = {c.surface for c in spec.contacts if c.role == "base"}
        needs = [p for p in self.prop_defs
                 if (p["kind"] in ("chair", "bench") and p["place"] == "under")
                 or (p["kind"] in ("step", "cushion") and (p["place"] == "under both feet"
                                                           or p["id"] in stood_on))
                 or p["place"] in ("under upper back", "under head")
                 or p["kind"] == "bike"]
        if not needs:
            return
        first = self._provisional(spec)
        v = first.vertices
        heading = self._heading()
        turn = P.heading_rotation(heading)
        for p in needs:
            kind, pid = p["kind"], p["id"]
            if kind == "bike":
                self._fit_bike(p, first, heading)
            elif kind in ("chair", "bench"):
                seat = v[self.points.regions["buttocks"]]
                touch = seat[np.argmin(seat[:, 1])]
                mesh = P.chair(pid) if kind == "chair" else P.bench(pid)
                depth = P.CHAIR["seat_depth"] if kind == "chair" else P.BENCH["length"] * 0
                centre = touch + heading * (depth / 2 - 130.0)
                # On the body's midline: the lowest point is under one buttock.
                centre[0] = 0.5 * (float(seat[:, 0].min()) + float(seat[:, 0].max()))
                self.props[pid] = mesh.placed(turn, np.array([centre[0], 0.0, centre[2]]))
            elif kind in ("step", "cushion"):
                feet = {"under treated foot": [self.treated],
                        "under treated foot only": [self.treated],
                        "under other foot": [body_format.other_side(self.treated)]}.get(
                            p["place"], ["left", "right"])
                soles = np.vstack([v[self.points.regions[f"sole_{s}"]] for s in feet])
                centre = soles.mean(0)
                if p["place"] == "under treated foot only":
                    # Side-on on a stair: its inner edge just inside the treated foot,
                    # so the other foot hangs off the edge beside it.
                    out = np.array([-1.0, 0, 0]) if self.treated == "right" else \
                        np.array([1.0, 0, 0])
                    inner = float((soles @ out).min()) - STEP_EDGE_INSIDE
                    width = P.STEP["width"]
                    centre = centre + out * (inner + width / 2 - float(centre @ out))
                mesh = P.step(pid, p.get("height")) if kind == "step" else P.cushion(pid)
                self.props[pid] = mesh.placed(turn, np.array([centre[0], 0.0, centre[2]]))
            elif p["place"] == "under upper back":
                back = v[self.points.regions["upper_back"]]
                touch = back[np.argmin(back[:, 1])]
                across = _horizontal(first.rot[self.body.bone("spine02")] @ [1.0, 0, 0])
                if kind == "towel":
                    d, length = P.TOWEL["rolled"]
                else:
                    d, length = P.ROLLER["diameter"], P.ROLLER["length"]
                mesh = P.rolled(kind, pid, d, length, axis=across)
                self.props[pid] = mesh.placed(np.eye(3), np.array([touch[0], 0.0, touch[2]]))
            elif p["place"] == "under head":
                head = v[self.points.regions["head"]]
                touch = head[np.argmin(head[:, 1])]
                mesh = P.pillow(pid) if kind == "pillow" else P.flat_towel(pid)
                self.props[pid] = mesh.placed(turn, np.array([touch[0], 0.0, touch[2]]))

    def _fit_bike(self, p: dict, first: SolvedFrame, heading: np.ndarray) -> None:
        """Size the bike to the rider: the saddle under the buttocks at the height where
        the treated leg is a little bent with its pedal at the bottom, the bar where
        the hands reach it leaning a little forward."""
        v = first.vertices
        marks = self.points.landmarks(first.rot, first.pos, v)
        seat = v[self.points.regions["buttocks"]]
        touch = seat[np.argmin(seat[:, 1])]
        side = self.treated
        hip, knee, ankle = (marks[f"{j}_{side}"] for j in ("hip", "knee", "ankle"))
        leg = float(np.linalg.norm(knee - hip) + np.linalg.norm(ankle - knee))
        centre = touch + heading * BIKE_SEAT_AHEAD
        up = np.array([0.0, 1.0, 0.0])
        rel_up = float((hip - touch) @ up)
        rel_ahead = float((hip - centre) @ heading)
        b = P.BIKE
        axle_ahead = rel_ahead + BIKE_AXLE_AHEAD_OF_HIP
        # The ankle sits above and behind the pedal's centre.
        ankle_up, ankle_back = BIKE_ANKLE_ABOVE_PEDAL
        reach = BIKE_LEG_STRETCH * leg
        dz = BIKE_AXLE_AHEAD_OF_HIP - ankle_back
        low_ankle = b["axle_height"] - b["crank"] + ankle_up
        seat_h = low_ankle - rel_up + math.sqrt(max(reach ** 2 - dz ** 2, 1.0))
        shoulder = marks[f"shoulder_{side}"]
        sh_up = float((shoulder - touch) @ up)
        sh_ahead = float((shoulder - centre) @ heading)
        bar = (seat_h + sh_up - BIKE_BAR_BELOW_SHOULDER, sh_ahead + BIKE_BAR_AHEAD_OF_SHOULDER)
        self._bike = {"id": p["id"], "seat": seat_h, "axle_ahead": axle_ahead, "bar": bar,
                      "turn": P.heading_rotation(heading),
                      # On the body's midline (the touch is under one buttock).
                      "at": np.array([0.5 * (marks["hip_left"][0] + marks["hip_right"][0]),
                                      0.0, centre[2]])}
        self.props[p["id"]] = self._bike_mesh(0, 2)

    def _bike_mesh(self, index: int, count: int) -> P.PropMesh:
        b = self._bike
        treated_angle = 180.0 * index / max(count - 1, 1)
        right = treated_angle if self.treated == "right" else treated_angle + 180.0
        mesh = P.bike(b["id"], b["seat"], b["axle_ahead"], b["bar"], right)
        return mesh.placed(b["turn"], b["at"])

    def _place_props_after(self, spec: FrameSpec, solver: Solver) -> None:
        """Props the limbs reach for (wall, counter, step under one foot), where they reach."""
        todo = [p for p in self.prop_defs if p["id"] not in self.props
                and (p["kind"] in ("wall", "counter", "table", "step", "cushion", "chair",
                                   "bench", "doorway", "handrail")
                     or p["kind"] == "towel" and p["place"] in ("under treated foot",
                                                                "under other foot"))
                and not _sat_towards(p)]
        if not todo:
            return
        contacts = [c for c in spec.contacts if c.surface not in [p["id"] for p in todo]
                    and c.surface not in body_format.BODY_SURFACES]
        base = FrameSpec(spec.label, spec.joints, spec.orientation, spec.tilt, contacts,
                         (), spec.explicit)
        first = Solver(self.body, self.anatomy, self.points, self.props,
                       self.exercise).solve(base, None, check=False, rounds=1)
        v = first.vertices
        heading = self._heading()
        right = np.array([-1.0, 0, 0])
        lateral = right if self.treated == "right" else -right
        for p in todo:
            kind, pid, place = p["kind"], p["id"], p["place"]
            users = [c for c in spec.contacts if c.surface == pid]
            pts = np.vstack([v[self.points.regions[_region_of(c.point)]] for c in users]) \
                if users else v
            if place in ("under treated forearm", "under other forearm"):
                side = self.treated if place == "under treated forearm" else \
                    body_format.other_side(self.treated)
                self.props[pid] = self._forearm_table(pid, first, side)
            elif kind == "handrail":
                # Where the holding hand's grip is, running along the way the person
                # faces (beside them) or across in front of them.
                holder = next((c for c in users if c.point.startswith("hand_")), None)
                if holder is None:
                    raise ContactError(f"{self.exercise}: {spec.label}: a handrail needs a "
                                       f"hand to hold it (\"treated hand\": \"handrail\")")
                side = holder.point.rsplit("_", 1)[1]
                grip = solver.grip_point(first.rot, first.pos, side)
                along = heading if place != "in front" else lateral

                def ground(point):
                    # A post stands on a step it is over, not through it.
                    tops = [m.surfaces["top"] for m in self.props.values()
                            if m.kind == "step" and m.surfaces["top"].contains(point)]
                    return max([float(t.point[1]) for t in tops], default=0.0)
                self.props[pid] = P.handrail(pid, grip, along, ground)
            elif kind == "doorway":
                # Its near face where the forearm (or hand) touches it, the opening's
                # edge just inside that arm, so the arm rests on the frame and the
                # body stands in the opening.
                direction = heading
                reach = float((pts @ direction).max()) if users else \
                    float((v @ direction).max()) + 150.0
                inner = float((pts @ lateral).min()) if users else 250.0
                edge = inner - P.DOORWAY["lap"]
                centre = direction * reach + lateral * (edge - P.DOORWAY["opening"] / 2)
                self.props[pid] = P.doorway(pid).placed(
                    P.heading_rotation(-direction), np.array([centre[0], 0.0, centre[2]]))
            elif place in ("in front", "behind", "beside treated", "beside other"):
                direction = {"in front": heading, "behind": -heading,
                             "beside treated": lateral, "beside other": -lateral}[place]
                if kind == "wall":
                    # Hands on a wall press into it a little (the palm turns flat on it).
                    hands = any(_region_of(c.point).startswith(("hand", "fingers"))
                                for c in users)
                    reach = float((pts @ direction).max()) + (0.0 if users else 250.0) \
                        - (30.0 if hands else 0.0)
                    centre = direction * reach
                    along = np.cross([0, 1.0, 0], direction)
                    mid = pts.mean(0) @ along
                    self.props[pid] = P.wall(pid).placed(P.heading_rotation(-direction),
                                                         centre + along * mid)
                elif kind in ("counter", "table"):
                    reach = float((pts @ direction).min()) - 60.0 if users else \
                        float((v @ direction).max()) + 150.0
                    along = np.cross([0, 1.0, 0], direction)
                    mid = pts.mean(0) @ along
                    mesh = P.counter(pid, kind)
                    self.props[pid] = mesh.placed(P.heading_rotation(-direction),
                                                  direction * reach + along * mid)
                else:  # a chair or bench to hold: its back towards the person
                    reach = float((pts @ direction).max()) + 20.0 if users else \
                        float((v @ direction).max()) + 200.0
                    mesh = P.chair(pid) if kind == "chair" else P.bench(pid)
                    back_to_centre = P.CHAIR["seat_depth"] / 2
                    along = np.cross([0, 1.0, 0], direction)
                    mid = pts.mean(0) @ along
                    centre = direction * (reach + back_to_centre) + along * mid
                    # The seat opens away from the person, so its back is the near side.
                    self.props[pid] = mesh.placed(P.heading_rotation(direction),
                                                  np.array([centre[0], 0.0, centre[2]]))
            elif kind in ("step", "cushion", "towel"):
                side = "right" if place == "under treated foot" and self.treated == "right" \
                    or place == "under other foot" and self.treated == "left" else "left"
                sole = v[self.points.regions[f"sole_{side}"]]
                centre = sole.mean(0)
                if kind == "towel":
                    # A towel laid flat under the foot, lengthways from just behind the
                    # heel, most of it in front of the toes (toe curls gather it in).
                    back = float((sole @ heading).min()) - TOWEL_BEHIND_HEEL
                    ahead = back + P.TOWEL["flat"][0] / 2 - float(centre @ heading)
                    lengthways = P.heading_rotation(np.cross(heading, [0.0, 1.0, 0.0]))
                    self.props[pid] = P.flat_towel(pid).placed(
                        lengthways, np.array([centre[0], 0.0, centre[2]]) + heading * ahead)
                    continue
                mesh = P.step(pid, p.get("height")) if kind == "step" else P.cushion(pid)
                offset = heading * 40.0
                self.props[pid] = mesh.placed(P.heading_rotation(heading),
                                              np.array([centre[0], 0.0, centre[2]]) + offset)

    def _place_body_surfaces(self, spec: FrameSpec, solver: Solver) -> None:
        """The back of a hand another hand rests on, where the first frame holds it.

        Kept among the props for the solver only (it has no mesh: nothing draws it)."""
        wanted = {c.surface for c in spec.contacts if c.surface in body_format.BODY_SURFACES}
        if not wanted:
            return
        others = [c for c in spec.contacts if c.surface not in wanted]
        base = FrameSpec(spec.label, spec.joints, spec.orientation, spec.tilt, others,
                         (), spec.explicit)
        first = Solver(self.body, self.anatomy, self.points, self.props,
                       self.exercise).solve(base, None, check=False)
        for name in wanted:
            side = self.treated if body_format.BODY_SURFACES[name] == "treated" else \
                body_format.other_side(self.treated)
            bone = self.body.bone(f"wrist.{'L' if side == 'left' else 'R'}")
            n = self.anatomy.neutral_world(first.rot)[bone]
            # The palm faces -x in the left hand's neutral frame, +x in the right's.
            back = n @ np.array([1.0 if side == "left" else -1.0, 0.0, 0.0])
            along = n @ np.array([0.0, -1.0, 0.0])
            hand = first.vertices[self.points.regions[f"hand_{side}"]]
            marks = self.points.landmarks(first.rot, first.pos, first.vertices)
            centre = marks[f"hand_{side}"]
            # The back of the hand round its middle (the knuckles and the thumb aside).
            near = hand[np.linalg.norm(np.cross(hand - centre, back), axis=1)
                        < BACK_OF_HAND_RADIUS]
            near = near[(near - centre) @ back > 0] if len(near) else hand
            centre = near.mean(0)
            top = centre + back * float(((near - centre) @ back).max())
            face = P.Surface("back", top, back, along, np.cross(back, along), 40.0, 35.0,
                             spot=True)
            self.props[name] = P.PropMesh("body-surface", name, np.zeros((0, 3)),
                                          np.zeros((0, 3), dtype=np.int64),
                                          surfaces={"back": face})

    def _forearm_table(self, pid: str, first: SolvedFrame, side: str) -> P.PropMesh:
        """A small table fitted to the sitter: its top at the height of the forearm (as
        the angles hold it), under the forearm from behind the elbow to just short of
        the wrist, so the hand is free over its edge (a wrist curl)."""
        marks = self.points.landmarks(first.rot, first.pos, first.vertices)
        elbow, wrist = marks[f"elbow_{side}"], marks[f"wrist_{side}"]
        along = _horizontal(wrist - elbow)
        middle = 0.5 * (marks["hip_left"] + marks["hip_right"])
        outward = _horizontal(np.cross([0.0, 1.0, 0.0], along))
        if (elbow - middle) @ outward < 0:
            outward = -outward
        fore = first.vertices[self.points.regions[f"forearm_{side}"]]
        reach = (fore - elbow) @ along
        edge = float((wrist - elbow) @ along) - FOREARM_TABLE["edge_behind_wrist"]
        under = fore[(reach > 0.0) & (reach < edge)]
        height = float(under[:, 1].min()) if len(under) else float(fore[:, 1].min())
        chair = self.props.get(self._prop_id("chair") or "")
        if chair is not None and "seat" in chair.surfaces:
            # The first guess may sit a little off the seat; the body settles onto it.
            seat = first.vertices[self.points.regions["buttocks"]]
            height -= float(chair.surfaces["seat"].distance(seat).min())
        depth = edge + FOREARM_TABLE["behind_elbow"]
        width = FOREARM_TABLE["width"]
        front = elbow + along * edge
        centre = front + outward * (width / 2 - FOREARM_TABLE["inside_forearm"])
        mesh = P.counter(pid, "table", (height, width, depth))
        return mesh.placed(P.heading_rotation(along), np.array([centre[0], 0.0, centre[2]]))

    def _under_part(self, part: str, side: str, solved: SolvedFrame
                    ) -> tuple[np.ndarray, np.ndarray]:
        """Where a roll under `part` of one side goes (a world point) and the skin it
        may touch there (the vertices of that limb, world mm)."""
        v = solved.vertices
        marks = self.points.landmarks(solved.rot, solved.pos, v)
        tag = "L" if side == "left" else "R"
        if part == "toes":
            # Under the lifted toes, a little ahead of their base joints.
            heads = np.array([solved.pos[self.body.bone(f"toe{k}-1.{tag}")]
                              for k in (1, 2)]).mean(0)
            ahead = marks[f"toe_{side}"] - marks[f"heel_{side}"]
            ahead[1] = 0.0
            at = heads + ahead / max(float(np.linalg.norm(ahead)), 1e-6) \
                * TOWEL_AHEAD_OF_TOE_JOINTS
        elif part == "heel":
            at = marks[f"heel_{side}"]
        elif part == "calf":
            at = 0.55 * marks[f"knee_{side}"] + 0.45 * marks[f"ankle_{side}"]
        else:
            at = marks[f"knee_{side}"]
        limb = np.isin(self.body.dominant_bone, self.body.descendants(f"upperleg01.{tag}"))
        return at, v[limb]

    def _hold_body(self, spec: FrameSpec, solver: Solver, prev: SolvedFrame | None) -> None:
        """Rails for hands that hold a part of the body, where that part is in this frame
        (the body posed first without those hands: the held part does not follow them)."""
        holds = [c for c in spec.contacts if c.surface.startswith(_BODY_HOLD)]
        if not holds:
            return
        free = FrameSpec(spec.label, spec.joints, spec.orientation, spec.tilt,
                         [c for c in spec.contacts if c not in holds], spec.still,
                         spec.explicit, spec.balance)
        first = solver.solve(_active(free, prev), prev, check=False)
        marks = self.points.landmarks(first.rot, first.pos, first.vertices)
        for c in holds:
            target = c.surface[len(_BODY_HOLD):]
            part, _, side = target.rpartition("_")
            tag = "L" if side == "left" else "R"
            if part == "toes":
                toes = [i for i, n in enumerate(self.body.bone_names)
                        if n.startswith("toe") and n.endswith("." + tag)]
                centre = first.vertices[np.isin(self.body.dominant_bone, toes)].mean(0)
                a, b = marks[f"foot_{side}"], marks[f"toe_{side}"]
            elif part in ("knee", "ankle", "heel"):
                centre = marks[f"{part}_{side}"]
                a, b = marks[f"hip_{side}"], marks[f"ankle_{side}"]
            elif part == "foot":
                centre = 0.5 * (marks[f"ankle_{side}"] + marks[f"toe_{side}"])
                a, b = marks[f"ankle_{side}"], marks[f"toe_{side}"]
            else:  # shin, thigh: the middle of the segment
                a, b = (marks[f"knee_{side}"], marks[f"ankle_{side}"]) if part == "shin" \
                    else (marks[f"hip_{side}"], marks[f"knee_{side}"])
                centre = 0.5 * (a + b)
            # Across the part (a hand closes round it), level.
            along = b - a
            across = np.cross(along, [0.0, 1.0, 0.0])
            if np.linalg.norm(across) < 1e-6:
                across = np.array([1.0, 0.0, 0.0])
            across /= np.linalg.norm(across)
            half = across * BODY_HOLD_RAIL / 2
            self.props[c.surface] = P.PropMesh(
                "rail", c.surface, np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64),
                rails={"rail": P.Rail("rail", centre - half, centre + half)}, held=True)

    def _place_fitted(self, solved: list[SolvedFrame]) -> None:
        """Rolls and pillows under a limb, fitted to it: on the floor under the part (as
        placed in the first frame), as big as fits under the limb in every frame, so it
        touches the limb where the limb comes lowest and no frame puts it through."""
        other = body_format.other_side(self.treated)
        for p in self.prop_defs:
            if p["id"] not in self.fitted:
                continue
            part, who = self.fitted[p["id"]]
            sides = ["left", "right"] if who == "both" else \
                [self.treated if who == "treated" else other]
            kind = p["kind"]
            across = _horizontal(solved[0].rot[self.body.bone("spine02")] @ [1.0, 0, 0])
            along = np.cross(across, [0.0, 1.0, 0.0])
            length = P.FITTED_LENGTH.get(kind, 0.0) * (1.0 if len(sides) == 1 else 1.8)
            places = [self._under_part(part, side, solved[0])[0] for side in sides]
            at = np.mean(places, axis=0) * [1.0, 0.0, 1.0]
            skins = [np.vstack([self._under_part(part, side, s)[1] for side in sides])
                     for s in solved]

            def fit(at, skins=skins, kind=kind, length=length, across=across, along=along,
                    single=len(sides) == 1):
                """The biggest size that touches the limb at `at` and clears it in every
                frame, and the frame it touches in."""
                best = None
                for i, skin_pts in enumerate(skins):
                    rel = skin_pts - at
                    x, y, z = rel @ across, rel[:, 1], rel @ along
                    if kind == "pillow":
                        w, _, d = P.PILLOW["size"]
                        near = (np.abs(x) < w / 2) & (np.abs(z) < d / 4)
                        size = float(y[near].min()) if near.any() else float("inf")
                    else:
                        # A round roll of radius r on the floor at `at` clears a point
                        # (z, y) when z^2 + (y - r)^2 >= r^2, that is r <= (z^2 + y^2) / 2y.
                        near = (np.abs(x) < (length / 2 if single else length)) & (y > 0.5)
                        r = (z[near] ** 2 + y[near] ** 2) / (2.0 * y[near])
                        size = 2.0 * float(r.min()) if near.any() else float("inf")
                    if best is None or size < best[0]:
                        best = (size, i)
                return best
            if part == "toes":
                # Tucked in where it fits best, between the ball of the foot and the toes.
                # (Under the toes: its middle at least its radius behind their tips.)
                tips = np.mean([self.points.landmarks(solved[0].rot, solved[0].pos,
                                                      solved[0].vertices)[f"toe_{side}"]
                                for side in sides], axis=0)
                tries = [q for q in (at + along * step for step in np.arange(-20.0, 32.0, 2.0))
                         if float((tips - q) @ along) >= fit(q)[0] / 2]
                if tries:
                    at = max(tries, key=lambda q: fit(q)[0])
            best = fit(at)
            size, i = best
            low, high = P.FITTED[kind]
            if not low <= size <= high:
                frame = self.frames[i]
                where = " and ".join(sides) if len(sides) > 1 else sides[0]
                if part == "toes":
                    fix = "lift (extend) the toes more" if size < low else \
                        "lift (extend) the toes less"
                else:
                    fix = "bend the knee or raise the leg more" if size < low else \
                        "lower the leg or bend the knee less"
                raise ContactError(
                    f"{self.exercise}: frame {frame['index']} ({frame['name']}): a "
                    f"{_FITTED_WORDS[kind]} under the {where} {part} would be "
                    f"{size:.0f} mm high to touch it (it can be {low:g} to {high:g} mm); "
                    f"{fix}")
            if kind == "pillow":
                mesh = P.pillow(p["id"], size).placed(P.heading_rotation(self._heading()), at)
            else:
                mesh = P.rolled(kind, p["id"], size, length, axis=across).placed(np.eye(3), at)
            self.props[p["id"]] = mesh

    def _check_placed(self) -> None:
        """Every prop the definition asks for is drawn (or follows a hand); one the engine
        cannot place yet is refused by name, never silently left out."""
        for p in self.prop_defs:
            kind, place = p["kind"], p["place"]
            held = kind in ("stick", "weight", "band", "belt", "bag", "hammer") \
                or (kind == "towel" and place == "both hands") \
                or (kind == "ball" and place in ("treated hand", "other hand", "between knees"))
            if not held and p["id"] not in self.props:
                raise FigureDefinitionError(
                    f"{self.exercise}: props: the engine cannot draw a {kind} {place} yet; "
                    "leave it out or choose another place (docs/figures.md, Props)")

    def _place_chairs_behind(self, specs: list[FrameSpec], solved: list[SolvedFrame]) -> None:
        """A chair behind the person (sitting down towards it, a squat to a chair): placed
        once every frame is posed, its seat opening towards the person and fitted just
        under the buttocks where they come lowest, so they lightly touch it there."""
        for p in self.prop_defs:
            if not _sat_towards(p):
                continue
            lows = []
            for s in solved:
                seat = s.vertices[self.points.regions["buttocks"]]
                lows.append(seat[np.argmin(seat[:, 1])])
            touch = min(lows, key=lambda t: t[1])
            height = float(touch[1]) - CHAIR_BEHIND_GAP
            lo, hi = CHAIR_BEHIND_HEIGHTS
            if not lo <= height <= hi:
                what = "bend the hips and knees more" if height > hi else \
                    "bend the hips and knees less"
                raise ContactError(
                    f"{self.exercise}: the buttocks come down to {touch[1]:.0f} mm, and a "
                    f"chair behind is {lo:.0f}-{hi:.0f} mm high; {what}")
            heading = self._heading()
            # Its seat's front edge ahead of the touch, but behind the standing legs.
            first = solved[0].vertices
            level = first[np.abs(first[:, 1] - height + 10.0) < 50.0]
            front = float(touch @ heading) + CHAIR_BEHIND_TOUCH_BACK
            if len(level):
                front = min(front, float((level @ heading).min()) - CHAIR_BEHIND_CLEAR)
            centre = touch + heading * (front - float(touch @ heading)
                                        - P.CHAIR["seat_depth"] / 2)
            # On the body's midline (the touch is under one buttock).
            marks = self.points.landmarks(solved[0].rot, solved[0].pos, solved[0].vertices)
            mid = 0.5 * (marks["hip_left"][0] + marks["hip_right"][0])
            self.props[p["id"]] = P.chair(p["id"], height).placed(
                P.heading_rotation(heading), np.array([mid, 0.0, centre[2]]))

    def _place_mat(self, solved: list[SolvedFrame]) -> None:
        for p in self.prop_defs:
            if p["kind"] != "mat":
                continue
            low = np.vstack([s.vertices[s.vertices[:, 1] < 80.0] for s in solved])
            if len(low) == 0:
                low = np.vstack([s.vertices for s in solved])
            m = P.MAT["margin"]
            x0, x1 = low[:, 0].min() - m, low[:, 0].max() + m
            z0, z1 = low[:, 2].min() - m, low[:, 2].max() + m
            # At least a mat's width across the body.
            for lo, hi, setter in ((x0, x1, "x"), (z0, z1, "z")):
                if hi - lo < P.MAT["width"]:
                    mid = (lo + hi) / 2
                    lo, hi = mid - P.MAT["width"] / 2, mid + P.MAT["width"] / 2
                if setter == "x":
                    x0, x1 = lo, hi
                else:
                    z0, z1 = lo, hi
            self.props[p["id"]] = P.mat(p["id"], x0, x1, z0, z1)

    # Output ----------------------------------------------------------------------

    def _held_props(self, solved: SolvedFrame, solver: Solver) -> list[P.PropMesh]:
        out = []
        rot, pos = solved.rot, solved.pos
        marks = None
        for p in self.prop_defs:
            kind, pid, place = p["kind"], p["id"], p["place"]
            hand_side = {"treated hand": self.treated,
                         "other hand": body_format.other_side(self.treated)}.get(place)
            if kind == "stick" or (kind == "towel" and place == "both hands"):
                a = solver.grip_point(rot, pos, "left")
                b = solver.grip_point(rot, pos, "right")
                d = P.STICK["diameter"] if kind == "stick" else P.TOWEL["rolled"][0] * 0.6
                over = 250.0 if kind == "stick" else 60.0
                out.append(P.bar_between(kind, pid, a, b, d, over))
            elif kind == "bag":
                for side in ([hand_side] if hand_side else ["left", "right"]):
                    grip = solver.grip_point(rot, pos, side)
                    out.append(P.bag(pid if hand_side else f"{pid}-{side}", grip,
                                     self._heading()))
            elif kind == "weight":
                sides = [hand_side] if hand_side else ["left", "right"]
                for side in sides:
                    centre = solver.grip_point(rot, pos, side)
                    n = self.anatomy.neutral_world(rot)[self.body.bone(
                        f"wrist.{'L' if side == 'left' else 'R'}")]
                    out.append(P.weight(pid if len(sides) == 1 else f"{pid}-{side}", centre,
                                        n @ np.array([0, 0, 1.0]), p.get("size")))
            elif kind == "hammer":
                side = hand_side or self.treated
                n = self.anatomy.neutral_world(rot)[self.body.bone(
                    f"wrist.{'L' if side == 'left' else 'R'}")]
                out.append(P.hammer(pid, solver.grip_point(rot, pos, side),
                                    n @ np.array([0, 0, 1.0]), n @ np.array([0, -1.0, 0])))
            elif kind == "ball" and hand_side:
                centre = solver.grip_point(rot, pos, hand_side)
                mesh = P.ball(pid, p.get("size", P.BALL["small"]))
                out.append(mesh.placed(np.eye(3), centre - [0, p.get("size", 70.0) / 2, 0]))
            elif kind == "ball" and place == "between knees":
                if marks is None:
                    marks = self.points.landmarks(rot, pos, solved.vertices)
                centre = 0.5 * (marks["knee_left"] + marks["knee_right"])
                size = p.get("size", 150.0)
                out.append(P.ball(pid, size).placed(np.eye(3), centre - [0, size / 2, 0]))
            elif kind == "band":
                out.append(self._band(p, solved, solver))
            elif kind == "belt":
                out.append(self._belt(p, solved))
        return out

    def _belt(self, p: dict, solved: SolvedFrame) -> P.PropMesh:
        """A strap round both thighs a little above the knees, snug on the skin."""
        marks = self.points.landmarks(solved.rot, solved.pos, solved.vertices)
        v = solved.vertices
        centres, radii, axes = [], [], []
        for side, tag in (("left", "L"), ("right", "R")):
            knee, hip = marks[f"knee_{side}"], marks[f"hip_{side}"]
            axis = (hip - knee) / np.linalg.norm(hip - knee)
            centre = knee + (hip - knee) * BELT_ABOVE_KNEE
            bones = [self.body.bone(f"upperleg0{i}.{tag}") for i in (1, 2)]
            near = v[np.isin(self.body.dominant_bone, bones)]
            along = (near - centre) @ axis
            ring = near[np.abs(along) < 15.0]
            off = ring - centre - np.outer((ring - centre) @ axis, axis)
            centres.append(centre)
            axes.append(axis)
            radii.append(float(np.linalg.norm(off, axis=1).max()) if len(ring) else 65.0)
        axis = (axes[0] + axes[1]) / np.linalg.norm(axes[0] + axes[1])
        flat = [c - axis * float((c - centres[0]) @ axis) for c in centres]
        across = flat[1] - flat[0]
        span = float(np.linalg.norm(across))
        e = across / span if span > 1e-6 else np.cross(axis, [0, 1.0, 0])
        f = np.cross(axis, e)
        slack = P.BELT["slack"]
        loop = []
        # Round the right thigh on its outer side, across, round the left one, back.
        for centre, r, start in ((flat[1], radii[1] + slack, -0.5), (flat[0], radii[0] + slack, 0.5)):
            for a in np.linspace(start * math.pi, (start + 1.0) * math.pi, 24):
                loop.append(centre + r * (math.cos(a) * e + math.sin(a) * f))
        return P.belt(p["id"], np.array(loop), axis)

    def _finger_ring(self, p: dict, solved: SolvedFrame) -> P.PropMesh:
        """A rubber band round the fingers and thumb near their tips: the loop round
        the five fingers' outer joints, taut between them (a finger opening exercise)."""
        side = self.treated if p["place"] == "round treated fingers" else \
            body_format.other_side(self.treated)
        s = "L" if side == "left" else "R"
        body, rot, pos = self.body, solved.rot, solved.pos
        tails = pos + np.einsum("bij,bj->bi", rot, body.tails - body.heads)
        centres, axes = [], []
        for k in range(1, 6):
            bone = body.bone(f"finger{k}-3.{s}")
            centres.append(pos[bone] * (1 - FINGER_RING_AT) + tails[bone] * FINGER_RING_AT)
            axes.append(tails[bone] - pos[bone])
        centres = np.array(centres)
        axis = np.sum([a / np.linalg.norm(a) for a in axes], axis=0)
        axis /= np.linalg.norm(axis)
        middle = centres.mean(0)
        e1 = centres[1] - middle
        e1 -= (e1 @ axis) * axis
        e1 /= np.linalg.norm(e1)
        e2 = np.cross(axis, e1)
        # The taut loop round five finger circles: the convex hull of points on them.
        # Each point keeps the height of its finger along the hand (the thumb's tip is
        # lower than the fingers'), so the loop goes round every tip.
        a = np.linspace(0, 2 * math.pi, 24, endpoint=False)
        circle = FINGER_RING_RADIUS * np.stack([np.cos(a), np.sin(a)], 1)
        flat = np.vstack([np.column_stack([[(c - middle) @ e1, (c - middle) @ e2] + circle,
                                           np.full(len(a), (c - middle) @ axis)])
                          for c in centres])
        hull = _convex_hull(flat)
        loop = [middle + h * axis + x * e1 + y * e2 for x, y, h in _resampled(hull, 72)]
        return P.ring(p["id"], np.array(loop))

    def _band(self, p: dict, solved: SolvedFrame, solver: Solver) -> P.PropMesh:
        if p["place"] in ("round treated fingers", "round other fingers"):
            return self._finger_ring(p, solved)
        rot, pos = solved.rot, solved.pos
        if p["place"] in BAND_LOOPS:
            return self._band_loop(p, solved, solver)
        hand = p.get("hand", p["place"])
        side = self.treated if hand in ("treated hand", "treated", "treated foot") else \
            body_format.other_side(self.treated)
        if hand.endswith("foot"):
            end = self.points.landmarks(rot, pos, solved.vertices)[f"foot_{side}"]
        else:
            end = solver.grip_point(rot, pos, side)
        anchor = self._band_anchor(p, end, solved, solver, side)
        mid = 0.5 * (anchor + end)
        return P.band(p["id"], np.array([anchor, mid, end]))

    def _band_loop(self, p: dict, solved: SolvedFrame, solver: Solver) -> P.PropMesh:
        """A band looped round the body: round both thighs, ankles or feet (a flat loop,
        snug), or behind one knee, both knees or round one foot and tied to its anchor
        (a taut loop: both strands run to the anchor)."""
        place = p["place"]
        marks = self.points.landmarks(solved.rot, solved.pos, solved.vertices)
        v = solved.vertices
        treated, other = self.treated, body_format.other_side(self.treated)
        tag = {"left": "L", "right": "R"}
        if place in ("round thighs", "round ankles", "round feet"):
            cuts, axes = [], []
            for side in ("left", "right"):
                t = tag[side]
                if place == "round thighs":
                    knee, hip = marks[f"knee_{side}"], marks[f"hip_{side}"]
                    axis, centre = hip - knee, knee + (hip - knee) * BELT_ABOVE_KNEE
                    bones = [f"upperleg01.{t}", f"upperleg02.{t}"]
                elif place == "round ankles":
                    ankle, knee = marks[f"ankle_{side}"], marks[f"knee_{side}"]
                    axis, centre = knee - ankle, ankle + (knee - ankle) * BAND_ABOVE_ANKLE
                    bones = [f"lowerleg01.{t}", f"lowerleg02.{t}"]
                else:
                    heel, toe = marks[f"heel_{side}"], marks[f"toe_{side}"]
                    axis, centre = toe - heel, heel + (toe - heel) * BAND_ON_FOOT
                    bones = [f"foot.{t}"] + [f"toe{i}-1.{t}" for i in range(1, 6)]
                axis = axis / np.linalg.norm(axis)
                cuts.append(self._skin_cut(v, bones, centre, axis))
                axes.append(axis)
            axis = axes[0] + axes[1]
            axis /= np.linalg.norm(axis)
            centre = 0.5 * (cuts[0].mean(0) + cuts[1].mean(0))
            loop = _taut_loop(np.vstack(cuts), centre, axis, P.BELT["slack"])
            mesh = P.belt(p["id"], loop, axis)
            mesh.kind = "band"
            return mesh
        if place == "round treated foot":
            heel, toe = marks[f"heel_{treated}"], marks[f"toe_{treated}"]
            axis = (toe - heel) / np.linalg.norm(toe - heel)
            centre = heel + (toe - heel) * BAND_ON_FOOT
            t = tag[treated]
            cut = self._skin_cut(v, [f"foot.{t}"] + [f"toe{i}-1.{t}" for i in range(1, 6)],
                                 centre, axis)
            end = cut.mean(0)
        else:
            sides = [treated] if place == "behind treated knee" else [treated, other]
            cuts = []
            end = np.mean([marks[f"knee_{s}"] for s in sides], axis=0)
        anchor = self._band_anchor(p, end, solved, solver, treated)
        if place != "round treated foot":
            # The band runs from the anchor round the backs of the knees: cut the knees
            # in the plane through them and the anchor.
            across = marks[f"knee_{other}"] - marks[f"knee_{treated}"]
            across = across - (across @ [0, 1.0, 0]) * np.array([0, 1.0, 0])
            if np.linalg.norm(across) < 1e-6 or len(sides) == 1:
                across = marks[f"hip_{other}"] - marks[f"hip_{treated}"]
            axis = np.cross(across, anchor - end)
            if np.linalg.norm(axis) < 1e-6:
                axis = np.array([0.0, 1.0, 0.0])  # tied beside the knees: a level loop
            axis /= np.linalg.norm(axis)
            for s in sides:
                t = tag[s]
                cuts.append(self._skin_cut(v, [f"upperleg02.{t}", f"lowerleg01.{t}"],
                                           marks[f"knee_{s}"], axis))
            cut = np.vstack(cuts)
            centre = cut.mean(0)
        else:
            centre = end
        loop = _taut_loop(cut, centre, axis, P.BAND["radius"] + 2.0, anchor)
        return P.band(p["id"], np.vstack([loop, loop[:1]]))

    def _skin_cut(self, v: np.ndarray, bones: list[str], centre: np.ndarray,
                  axis: np.ndarray) -> np.ndarray:
        """Where the plane through `centre` normal to `axis` cuts the skin of these bones
        (points on the triangles' edges; near the centre only)."""
        ids = [self.body.bone(b) for b in bones]
        mine = np.isin(self.body.dominant_bone, ids)
        tris = self.body.triangles[mine[self.body.triangles].any(axis=1)]
        d = (v - centre) @ axis
        out = []
        for a, b in ((0, 1), (1, 2), (2, 0)):
            i, j = tris[:, a], tris[:, b]
            cross = (d[i] > 0) != (d[j] > 0)
            i, j = i[cross], j[cross]
            t = (d[i] / (d[i] - d[j]))[:, None]
            out.append(v[i] + t * (v[j] - v[i]))
        pts = np.vstack(out)
        if len(pts) == 0:
            raise ContactError(f"{self.exercise}: the band cannot find the leg to loop round")
        # Only the cut through this limb (not a far part of the same bones' skin).
        keep = np.linalg.norm(pts - centre, axis=1) < 160.0
        return pts[keep] if keep.sum() >= 3 else pts

    def _band_anchor(self, p: dict, end: np.ndarray, solved: SolvedFrame, solver: Solver,
                     side: str) -> np.ndarray:
        key = p["id"]
        if key in getattr(self, "_anchors", {}):
            return self._anchors[key]
        heading = self._heading()
        lateral = np.array([-1.0, 0, 0]) if self.treated == "right" else np.array([1.0, 0, 0])
        where = p.get("anchor", "in front")
        marks = self.points.landmarks(solved.rot, solved.pos, solved.vertices)
        other = body_format.other_side(side)
        table = {"in front": end + heading * 700.0, "behind": end - heading * 700.0,
                 "beside treated": end + lateral * 700.0,
                 "beside other": end - lateral * 900.0,
                 "high in front": end + heading * 600.0 + [0, 500.0, 0],
                 "low in front": np.array([end[0], 150.0, end[2]]) + heading * 600.0,
                 "door": end + heading * 700.0,
                 "under treated foot": marks[f"foot_{self.treated}"] * [1, 0, 1],
                 "under other foot": marks[f"foot_{body_format.other_side(self.treated)}"]
                 * [1, 0, 1],
                 "other hand": solver.grip_point(solved.rot, solved.pos, other),
                 "post in front": end + heading * BAND_POST_DISTANCE,
                 "post beside treated": end + lateral * BAND_POST_DISTANCE,
                 "post beside other": end - lateral * BAND_POST_DISTANCE}
        if where.startswith("post") and p["place"] == "round treated foot":
            # A table leg beside the foot: near it, so a close-up shows it.
            reach = BAND_POST_DISTANCE_FOOT / BAND_POST_DISTANCE
            table = {k: end + (v - end) * reach for k, v in table.items()
                     if k.startswith("post")}
        anchor = np.asarray(table[where], dtype=float)
        if where.startswith("post"):
            # A fixed post the band is tied to, standing where the band meets it.
            away = _horizontal(anchor - end)
            centre = anchor + away * P.POST["side"] / 2
            self.props[f"{key}-post"] = P.post(f"{key}-post").placed(
                P.heading_rotation(away), np.array([centre[0], 0.0, centre[2]]))
            anchor = anchor.copy()
        if where != "other hand":
            self._anchors = getattr(self, "_anchors", {})
            self._anchors[key] = anchor
        return anchor

    def _scene(self, spec: FrameSpec, frame: dict, solved: SolvedFrame, i: int) -> FrameScene:
        solver = Solver(self.body, self.anatomy, self.points, self.props, self.exercise)
        marks = self.points.landmarks(solved.rot, solved.pos, solved.vertices)
        contacts = []
        for r in solved.contacts:
            # A limb's end is measured at its end joint (the ankle, the wrist), whatever
            # role it has in this frame, so it compares with itself across frames.
            anchor = solver.anchor_of(r.spec.point, solved)
            contacts.append(Contact(r.spec.words, r.spec.point, r.spec.surface,
                                    None if r.spec.surface in ("floor", "still") else r.spec.face,
                                    r.position, r.distance, r.planted,
                                    None if anchor is None else np.array(anchor)))
        frame_props = self._frame_props[i] if i < len(self._frame_props) else self.props
        # Props placed after the first frame was set up (the mat) are in self.props.
        # Held props first: a band's anchor post joins the room when it is first tied.
        held = self._held_props(solved, solver)
        props = [frame_props.get(k, m) for k, m in self.props.items()
                 if m.kind != "body-surface" and not k.startswith(_BODY_HOLD)] + held
        view = body_format.view_of(self.definition)
        close = self.definition.get("close_up")
        target = None
        if close:
            name = _CLOSE_UP_TARGET[close]
            target = marks.get(f"{name}_{self.treated}", marks.get(name))
        d = self.definition
        moving = point_name(d["moving"], self.treated) if d.get("moving") else None
        pivot = point_name(d["pivot"], self.treated) if d.get("pivot") else None
        n = self.anatomy.neutral_world(solved.rot)[self.body.bone("spine02")]
        axes = BodyAxes(n @ np.array([-1.0, 0, 0]), n @ np.array([0, 0, 1.0]),
                        n @ np.array([0, 1.0, 0]))
        return FrameScene(
            name=frame["name"], index=i + 1, vertices=solved.vertices,
            triangles=self.body.triangles, props=props, landmarks=marks, contacts=contacts,
            joints=dict(solved.resolved),
            view=ViewRequest(view["from"], view["elevation"], view["turn"], close, target,
                             self.treated),
            axes=axes,
            motion=Motion(moving, pivot, d.get("motion", "move"), d.get("layout", "panels")))


def _active(spec: FrameSpec, prev: SolvedFrame | None) -> FrameSpec:
    """In the first frame a "still" part has nowhere to stay: it is free."""
    if prev is not None:
        return spec
    return FrameSpec(spec.label, spec.joints, spec.orientation, spec.tilt,
                     [c for c in spec.contacts if c.surface != "still"], (), spec.explicit)


def _shifted(s: SolvedFrame, d: np.ndarray) -> SolvedFrame:
    """A solved frame moved bodily by d (mm): a hop's flight, a walk's steps."""
    d = np.asarray(d, dtype=float)
    out = SolvedFrame(s.a, s.placement, s.offset + d, s.rot, s.pos + d, s.vertices + d,
                      orientation=s.orientation, requested=s.requested)
    out.contacts = [ContactResult(r.spec, r.position + d, r.distance, r.planted)
                    for r in s.contacts]
    out.ends = {k: (p + d, n) for k, (p, n) in s.ends.items()}
    out.anchors = {k: v + d for k, v in s.anchors.items()}
    out.resolved = s.resolved
    return out


def _pelvis(body, s: SolvedFrame) -> np.ndarray:
    return 0.5 * (s.pos[body.bone("upperleg01.L")] + s.pos[body.bone("upperleg01.R")])


def _sat_towards(p: dict) -> bool:
    """A chair behind the person: sat down towards, fitted once every frame is posed."""
    return p["kind"] == "chair" and p["place"] == "behind"


def _region_of(point: str) -> str:
    stem, _, side = point.rpartition("_")
    if side in ("left", "right"):
        from .contacts import LIMB_ENDS
        if stem in LIMB_ENDS:
            return f"{LIMB_ENDS[stem][0]}_{side}"
        return point
    return point


def _swap_side(words: str) -> str:
    """"treated hip" <-> "other hip" (and the groups "treated" <-> "other")."""
    head, _, rest = words.partition(" ")
    swapped = {"treated": "other", "other": "treated"}.get(head)
    if swapped is None:
        return words
    return f"{swapped} {rest}" if rest else swapped


def _taut_loop(points: np.ndarray, centre: np.ndarray, axis: np.ndarray, out: float,
               tied: np.ndarray | None = None) -> np.ndarray:
    """A band stretched round `points` (and a point it is `tied` to), in the plane through
    `centre` normal to `axis`: their convex hull, pushed `out` mm off the skin, the
    tied point kept where it is."""
    e = np.cross(axis, [0.0, 1.0, 0.0])
    if np.linalg.norm(e) < 1e-6:
        e = np.cross(axis, [1.0, 0.0, 0.0])
    e /= np.linalg.norm(e)
    f = np.cross(axis, e)
    flat = np.stack([(points - centre) @ e, (points - centre) @ f], 1)
    tip = None
    if tied is not None:
        tip = np.array([(tied - centre) @ e, (tied - centre) @ f])
        flat = np.vstack([flat, tip])
    hull = _convex_hull(flat)
    n = len(hull)
    loop = []
    for k in range(n):
        p = hull[k]
        if tip is not None and np.allclose(p, tip):
            loop.append(tied.copy())
            continue
        a, b = hull[k - 1], hull[(k + 1) % n]
        normals = []
        for q, r in ((a, p), (p, b)):
            d = r - q
            if np.linalg.norm(d) > 1e-9:
                normals.append(np.array([d[1], -d[0]]) / np.linalg.norm(d))
        m = np.sum(normals, axis=0) if normals else np.zeros(2)
        m = m / np.linalg.norm(m) if np.linalg.norm(m) > 1e-9 else m
        q = p + out * m
        loop.append(centre + q[0] * e + q[1] * f)
    return np.array(loop)


def _convex_hull(points: np.ndarray) -> np.ndarray:
    """The convex hull of points by their first two columns, anticlockwise (Andrew's
    monotone chain)."""
    pts = sorted(map(tuple, np.round(points, 6)))  # extra columns ride along

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
    lower: list = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return np.array(lower[:-1] + upper[:-1])


def _resampled(loop: np.ndarray, count: int) -> np.ndarray:
    """A closed polyline resampled to `count` points evenly along its length in its
    first two columns (further columns are interpolated along)."""
    closed = np.vstack([loop, loop[:1]])
    d = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(closed[:, :2], axis=0),
                                                        axis=1))])
    t = np.linspace(0.0, d[-1], count, endpoint=False)
    return np.stack([np.interp(t, d, closed[:, k]) for k in range(closed.shape[1])], 1)


def _horizontal(v) -> np.ndarray:
    v = np.array([v[0], 0.0, v[2]])
    n = float(np.linalg.norm(v))
    return v / n if n > 1e-9 else np.array([1.0, 0, 0])


# Silence "unused" for names kept for the contract's readers.
_ = (math, vocabulary)
