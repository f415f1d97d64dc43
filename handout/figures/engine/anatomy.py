"""Joint angles in a physiotherapist's words -> bone rotations, and back.

Build time only (numpy). The body asset's rest pose is an A-pose; this module
first finds each bone's *neutral* orientation (anatomical position: arms
hanging by the sides with the palms facing the thighs, elbows and knees
straight, hands in line with the forearms), so that every joint angle of 0
means anatomical neutral. A joint rotation is then given in the parent's
neutral axes - the body's own axes x = left, y = up, z = forward, as if the
parent stood in anatomical position - which is how a physio describes it.

In formulas: N[b] is a bone's rotation away from its neutral orientation, in
the world. N[b] = N[parent] @ A[b], where A[b] is the joint's anatomical
rotation. The skeleton's local rotation is then G0[p].T @ A[b] @ G0[b], with
G0 the rotation from rest to neutral.

Joint angles arrive in *canonical* form (see `handout.figures.definition`):
limb joints as "left.hip_flexion" / "right.knee_flexion", trunk joints by
name, and trunk motions towards a side ("spine_side_bend", "spine_rotation",
"neck_side_bend", "neck_rotation") signed, positive towards the body's left.
Formulas are written once for the left side; the right side is their mirror
image (conjugation by the reflection x -> -x), so left and right agree exactly.

How each motion is built (left side; R(axis, degrees), right-hand rule):

- hip and shoulder: R(y, horizontal abduction) R(-x, flexion) R(z, abduction)
  R(y, rotation): the limb is abducted in the frontal plane, then flexed about
  the lateral axis, then turned about the body's long axis, and spun about its
  own axis first. So a fire hydrant is flexion 90 + abduction 45 (the thigh
  forward and out, the shin still pointing back), the clamshell is abduction
  with external rotation, and a cross-body stretch is flexion 90 + horizontal
  adduction. The spin is shared between the two thigh (or upper-arm) bones so
  the skin twists evenly.
- knee R(x, flexion); elbow R(-x, flexion); ankle R(-x, dorsiflexion)
  R(-z, inversion); toes R(-x, extension).
- forearm rotation R(y, supination), half in the forearm's twist bone, half at
  the wrist; wrist R(z, extension) R(-x, radial deviation) in the hand's axes.
- shoulder blade: the collarbone turns back (retraction) and up (elevation);
  raising the arm above 30 degrees also turns the shoulder girdle up by a
  third of the extra (the scapulohumeral rhythm), so a raised arm keeps its
  shoulder shape. The arm's angle on the trunk is what the definition says.
- spine: flexion, side bend and rotation spread over the five spine bones
  (flexion mostly low, rotation mostly thoracic); neck motions over the three
  neck bones, the head nod at the head alone; pelvic tilt turns the pelvis
  while the trunk and thighs keep their direction (the lumbar spine and the
  hips take up the difference).
"""

from __future__ import annotations

import functools
import math

import numpy as np

from .. import vocabulary
from .body import MIRROR, Body
from .skinning import frame_rotation, matrix_to_quaternion, rotation

X = np.array([1.0, 0.0, 0.0])
Y = np.array([0.0, 1.0, 0.0])
Z = np.array([0.0, 0.0, 1.0])

SPINE = ("spine05", "spine04", "spine03", "spine02", "spine01")  # pelvis upwards
# Share of each trunk motion per spine bone, low (lumbar) to high (upper thoracic).
SHARE = {
    "flexion": (0.22, 0.24, 0.20, 0.18, 0.16),
    "extension": (0.30, 0.30, 0.20, 0.12, 0.08),
    "lumbar": (0.40, 0.40, 0.20, 0.0, 0.0),
    "thoracic": (0.0, 0.0, 0.20, 0.45, 0.35),
    "side_bend": (0.18, 0.22, 0.22, 0.20, 0.18),
    "rotation": (0.04, 0.08, 0.18, 0.36, 0.34),
}
NECK = ("neck01", "neck02", "neck03", "head")
NECK_SHARE = {
    "flexion": (0.40, 0.35, 0.25, 0.0),
    "side_bend": (0.35, 0.35, 0.30, 0.0),
    "rotation": (0.20, 0.30, 0.30, 0.20),
}
# The upper bone of a limb takes this share of the limb's spin; its twin the rest.
SPIN_SHARE = 0.6
# Scapulohumeral rhythm: above this elevation a third of the extra is the girdle's.
RHYTHM_START = 30.0
RHYTHM_SHARE = 1.0 / 3.0
RHYTHM_CLAVICLE = 0.35  # ... of which the collarbone lifts this much, the scapula the rest

# Degrees the collarbone and the shoulder blade come down from the A-pose in neutral.
CLAVICLE_SETTLE = 12.0
SCAPULA_SETTLE = 18.0

FINGERS = ("finger2", "finger3", "finger4", "finger5")
TOES = ("toe1", "toe2", "toe3", "toe4", "toe5")

# Hand shapes: flexion of (knuckle, middle, end) joints of the four fingers in
# degrees from straight, the thumb's (opposition, flexion), and optionally how far
# the fingers fan apart at the knuckles (degrees for the index finger; the others
# in step, see FINGER_FAN).
HAND_SHAPES = {
    "relaxed": None,                       # the rest hand, softly curled
    "open": ((0, 0, 0), (5, 0)),
    "spread": ((-5, 0, 0), (-25, -10), 16),
    # Tendon glides: the hook (knuckles straight, the two outer joints bent), the
    # table top (knuckles bent, fingers straight), the straight fist (knuckles and
    # middle joints bent, fingertips on the base of the palm).
    "hook": ((0, 95, 75), (5, 0)),
    # Fingertips and thumb tip gathered together, as a band round them holds them.
    "gathered": ((45, 30, 10), (75, 15), -10),
    "tabletop": ((90, 0, 0), (5, 0)),
    "straight-fist": ((90, 100, 10), (20, 15)),
    "fist": ((85, 100, 65), (45, 40)),
    "grip": ((55, 65, 35), (40, 25)),
    "ball": ((35, 40, 25), (45, 15)),
    "pinch": ((30, 35, 20), (55, 25)),
}


# How far each finger (index, middle, ring, little) fans out in a spread hand, as a
# share of the index finger's angle (+ towards the thumb).
FINGER_FAN = (1.0, 0.25, -0.45, -1.0)


class PoseError(ValueError):
    """A pose the body cannot take (an angle past its limit, an unknown joint)."""


def mirror(r: np.ndarray) -> np.ndarray:
    """The same rotation seen in the mirror (left <-> right)."""
    return MIRROR @ r @ MIRROR


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


def _perp(v: np.ndarray, to: np.ndarray) -> np.ndarray:
    """v with its component along `to` removed, normalised."""
    to = _unit(to)
    return _unit(v - (v @ to) * to)


class Anatomy:
    """Neutral frames of one body and the joint-angle formulas on top of them."""

    def __init__(self, body: Body) -> None:
        self.body = body
        self.neutral = self._neutral_frames()
        b = body.bone
        self.limb_bones = {
            side: {name: b(f"{name}.{s}") for name in (
                "pelvis", "upperleg01", "upperleg02", "lowerleg01", "lowerleg02", "foot",
                "clavicle", "shoulder01", "upperarm01", "upperarm02", "lowerarm01",
                "lowerarm02", "wrist")}
            for side, s in (("left", "L"), ("right", "R"))}
        self.finger_bones = {
            side: [[b(f"{f}-{k}.{s}") for k in (1, 2, 3)] for f in FINGERS]
            for side, s in (("left", "L"), ("right", "R"))}
        self.thumb_bones = {side: [b(f"finger1-{k}.{s}") for k in (1, 2, 3)]
                            for side, s in (("left", "L"), ("right", "R"))}
        self.toe_bones = {side: [b(f"{t}-1.{s}") for t in TOES]
                          for side, s in (("left", "L"), ("right", "R"))}
        self._rest_curl = self._finger_rest_curl()

    # Neutral pose ---------------------------------------------------------------

    def _neutral_frames(self) -> np.ndarray:
        body = self.body
        head = lambda name: body.heads[body.bone(name)]  # noqa: E731
        g = np.tile(np.eye(3), (len(body.bone_names), 1, 1))

        def put(names, r):
            for name in names:
                g[body.bone(name)] = r
        # Legs: thigh and shin straight down, the knee's hinge along the lateral axis.
        thigh = head("lowerleg01.L") - head("upperleg01.L")
        shin = head("foot.L") - head("lowerleg01.L")
        put(("upperleg01.L", "upperleg02.L"), frame_rotation(thigh, _perp(X, thigh), -Y, X))
        put(("lowerleg01.L", "lowerleg02.L"), frame_rotation(shin, _perp(X, shin), -Y, X))
        # Feet and toes are flat and point forward in the rest pose already.
        # Arms: upper arm and forearm straight down, the elbow's hinge lateral.
        upper = head("lowerarm01.L") - head("upperarm01.L")
        fore = head("wrist.L") - head("lowerarm01.L")
        hinge = _unit(np.cross(upper, fore))       # the rest elbow bends about this
        g_upper = frame_rotation(upper, hinge, -Y, -X)
        g_fore = frame_rotation(fore, hinge, -Y, -X)
        # Hand in line with the forearm, palm facing the thigh, thumb side forward.
        hand = head("finger3-1.L") - head("wrist.L")
        radial = head("finger2-1.L") - head("finger5-1.L")
        g_hand = frame_rotation(hand, radial, -Y, Z)
        # The forearm's twist bone turns half-way, so the skin twists evenly.
        twist = _twist_angle(g_hand @ g_fore.T, Y)
        # The A-pose holds the shoulders up; with the arms down they settle
        # (collarbone and shoulder blade dropped), or the shoulders look square.
        put(("clavicle.L",), rotation(Z, -CLAVICLE_SETTLE))
        put(("shoulder01.L",), rotation(Z, -CLAVICLE_SETTLE - SCAPULA_SETTLE))
        put(("upperarm01.L", "upperarm02.L"), g_upper)
        put(("lowerarm01.L",), g_fore)
        put(("lowerarm02.L",), rotation(Y, twist / 2) @ g_fore)
        for i in body.descendants("wrist.L"):
            g[i] = g_hand
        for i, name in enumerate(body.bone_names):
            if name.endswith(".L"):
                g[body.mirror_bone[i]] = mirror(g[i])
        g.setflags(write=False)
        return g

    def _finger_rest_curl(self) -> dict[int, float]:
        """Each finger joint's flexion in the rest hand (degrees, towards the palm)."""
        body = self.body
        curl = {}
        for fingers in self.finger_bones["left"]:
            base = -Y                                   # the neutral hand points down
            for bone in fingers:
                d = _unit(self.neutral[bone] @ (body.tails[bone] - body.heads[bone]))
                # Flexion turns about -z (the palm faces -x in the neutral left hand).
                curl[bone] = math.degrees(math.atan2(-float(np.cross(base, d) @ Z),
                                                     float(base @ d)))
                curl[int(body.mirror_bone[bone])] = curl[bone]
                base = d
        return curl

    # Joint angles -> anatomical rotations -------------------------------------

    def rotations(self, joints: dict[str, float | str]) -> np.ndarray:
        """The anatomical rotation A of every bone (b, 3, 3) for canonical joint angles."""
        check_canonical(joints)
        a = np.tile(np.eye(3), (len(self.body.bone_names), 1, 1))
        get = lambda key: float(joints.get(key, 0.0))  # noqa: E731
        tilt = get("anterior_pelvic_tilt")
        for side in ("left", "right"):
            s = lambda name: get(f"{side}.{name}")  # noqa: E731
            put = self._putter(a, side)
            bones = self.limb_bones[side]
            hip = (rotation(Y, s("hip_horizontal_abduction")) @ rotation(-X, s("hip_flexion"))
                   @ rotation(Z, s("hip_abduction")))
            spin = s("hip_external_rotation")
            # The pelvis tilts under the thigh; the hip takes up the difference.
            put(bones["upperleg01"], rotation(X, -tilt) @ hip
                @ rotation(Y, SPIN_SHARE * spin))
            put(bones["upperleg02"], rotation(Y, (1 - SPIN_SHARE) * spin))
            put(bones["lowerleg01"], rotation(X, s("knee_flexion")))
            put(bones["foot"], rotation(-X, s("ankle_dorsiflexion"))
                @ rotation(-Z, s("ankle_inversion")))
            for toe in self.toe_bones[side]:
                put(toe, rotation(-X, s("toe_extension")))
            self._arm(a, side, s)
            self._hand(a, side, joints.get(f"{side}.hand", "relaxed"), s("finger_flexion"))
        a[self.body.bone("root")] = rotation(X, tilt)
        self._spine(a, get, tilt)
        return a

    def _putter(self, a: np.ndarray, side: str):
        def put(bone: int, r: np.ndarray) -> None:
            a[bone] = r if side == "left" else mirror(r)
        return put

    def _arm(self, a: np.ndarray, side: str, s) -> None:
        put = self._putter(a, side)
        bones = self.limb_bones[side]
        spin = s("shoulder_external_rotation")
        arm = (rotation(Y, s("shoulder_horizontal_abduction"))
               @ rotation(-X, s("shoulder_flexion")) @ rotation(Z, s("shoulder_abduction")))
        girdle_up = RHYTHM_SHARE * max(0.0, _elevation(arm) - RHYTHM_START)
        clavicle = (rotation(Y, s("scapula_retraction"))
                    @ rotation(Z, s("scapula_elevation") + RHYTHM_CLAVICLE * girdle_up))
        scapula = rotation(Z, (1 - RHYTHM_CLAVICLE) * girdle_up)
        put(bones["clavicle"], clavicle)
        put(bones["shoulder01"], scapula)
        # The arm's angle on the trunk is the definition's; the girdle's share comes off.
        put(bones["upperarm01"], (clavicle @ scapula).T @ arm @ rotation(Y, SPIN_SHARE * spin))
        put(bones["upperarm02"], rotation(Y, (1 - SPIN_SHARE) * spin))
        put(bones["lowerarm01"], rotation(-X, s("elbow_flexion")))
        sup = s("forearm_supination")
        put(bones["lowerarm02"], rotation(Y, sup / 2))
        put(bones["wrist"], rotation(Y, sup / 2) @ rotation(Z, s("wrist_extension"))
            @ rotation(-X, s("wrist_radial_deviation")))

    def _hand(self, a: np.ndarray, side: str, shape: str, extra: float) -> None:
        put = self._putter(a, side)
        target = HAND_SHAPES[shape]
        fan = target[2] if target is not None and len(target) > 2 else 0.0
        for f, fingers in enumerate(self.finger_bones[side]):
            for k, bone in enumerate(fingers):
                rest = self._rest_curl[bone]
                goal = rest if target is None else target[0][k]
                r = rotation(-Z, goal - rest + (extra if k == 0 else 0.6 * extra))
                if k == 0 and fan:
                    # Fanned about the palm's normal (the left palm faces -x).
                    r = rotation(X, -fan * FINGER_FAN[f]) @ r
                put(bone, r)
        if target is not None:
            opposition, flexion = target[1]
            t1, t2, t3 = self.thumb_bones[side]
            # The thumb swings across the palm (about the hand's long axis, then
            # towards the palm) and bends at its two outer joints.
            put(t1, rotation(Y, -0.5 * opposition) @ rotation(X, -0.4 * opposition))
            put(t2, rotation(-Z, 0.5 * flexion) @ rotation(X, -0.3 * flexion))
            put(t3, rotation(-Z, 0.5 * flexion) @ rotation(X, -0.3 * flexion))

    def _spine(self, a: np.ndarray, get, tilt: float) -> None:
        flex = get("spine_flexion")
        share = SHARE["flexion"] if flex >= 0 else SHARE["extension"]
        for i, name in enumerate(SPINE):
            bend = (share[i] * flex + SHARE["lumbar"][i] * get("lumbar_flexion")
                    + SHARE["thoracic"][i] * get("thoracic_flexion"))
            r = (rotation(Y, SHARE["rotation"][i] * get("spine_rotation"))
                 @ rotation(-Z, SHARE["side_bend"][i] * get("spine_side_bend"))
                 @ rotation(X, bend))
            if i == 0:
                r = rotation(X, -tilt) @ r  # the trunk keeps its direction over a tilted pelvis
            a[self.body.bone(name)] = r
        for i, name in enumerate(NECK):
            bend = NECK_SHARE["flexion"][i] * get("neck_flexion")
            if name == "head":
                bend += get("head_nod")
            a[self.body.bone(name)] = (
                rotation(Y, NECK_SHARE["rotation"][i] * get("neck_rotation"))
                @ rotation(-Z, NECK_SHARE["side_bend"][i] * get("neck_side_bend"))
                @ rotation(X, bend))

    # Anatomical rotations -> skeleton --------------------------------------------

    def local_rotations(self, a: np.ndarray) -> np.ndarray:
        """Skeleton local rotations (b, 3, 3) from anatomical rotations."""
        g = self.neutral
        parents = self.body.parents
        gp = np.where((parents >= 0)[:, None, None], g[np.maximum(parents, 0)], np.eye(3))
        return np.einsum("bji,bjk,bkl->bil", gp, a, g)

    def neutral_world(self, rot: np.ndarray) -> np.ndarray:
        """N (b, 3, 3): each bone's posed world rotation relative to its neutral one."""
        return np.einsum("bij,bkj->bik", rot, self.neutral)

    # Resolved angles (for checking and reporting) ------------------------------------

    def resolved_angles(self, n: np.ndarray, placement: np.ndarray) -> dict[str, float]:
        """Anatomical angles (canonical names) read back from posed neutral-frame rotations.

        `n` from `neutral_world`; what IK changed shows up here.
        """
        out: dict[str, float] = {}
        bone = self.body.bone
        for side in ("left", "right"):
            flip = (lambda r: r) if side == "left" else mirror
            bones = self.limb_bones[side]

            def rel(child: int, parent: int) -> np.ndarray:
                return flip(n[parent].T @ n[child])
            hip = rel(bones["upperleg02"], bones["pelvis"])
            f, ab, spin = ball_angles(hip)
            out[f"{side}.hip_flexion"], out[f"{side}.hip_abduction"] = f, ab
            out[f"{side}.hip_external_rotation"] = spin
            out[f"{side}.knee_flexion"] = hinge_angle(rel(bones["lowerleg01"],
                                                          bones["upperleg02"]), X)
            d, inv = ankle_angles(rel(bones["foot"], bones["lowerleg02"]))
            out[f"{side}.ankle_dorsiflexion"], out[f"{side}.ankle_inversion"] = d, inv
            arm = rel(bones["upperarm02"], bone("spine01"))
            f, ab, spin = ball_angles(arm)
            out[f"{side}.shoulder_flexion"], out[f"{side}.shoulder_abduction"] = f, ab
            out[f"{side}.shoulder_external_rotation"] = spin
            out[f"{side}.elbow_flexion"] = hinge_angle(rel(bones["lowerarm01"],
                                                           bones["upperarm02"]), -X)
            wrist = rel(bones["wrist"], bones["lowerarm01"])
            sup, ext, dev = wrist_angles(wrist)
            out[f"{side}.forearm_supination"] = sup
            out[f"{side}.wrist_extension"], out[f"{side}.wrist_radial_deviation"] = ext, dev
        trunk = n[bone("root")].T @ n[bone("spine01")]
        out["spine_flexion"] = hinge_angle(trunk, X)
        neck = n[bone("spine01")].T @ n[bone("head")]
        out["neck_flexion"] = hinge_angle(neck, X)
        return {k: round(v, 2) for k, v in out.items()}


def _twist_angle(r: np.ndarray, axis: np.ndarray) -> float:
    """The twist (degrees) of rotation r about `axis` (swing-twist decomposition)."""
    q = matrix_to_quaternion(r)
    return math.degrees(2 * math.atan2(float(q[1:] @ axis), float(q[0])))


def _elevation(r: np.ndarray) -> float:
    """How far a limb hanging straight down is raised by r (degrees)."""
    d = r @ -Y
    return math.degrees(math.acos(max(-1.0, min(1.0, float(d @ -Y)))))


def ball_angles(r: np.ndarray) -> tuple[float, float, float]:
    """(flexion, abduction, external rotation) of R(-x, f) R(z, a) R(y, r) = r (left side)."""
    d = r @ -Y
    ab = math.degrees(math.asin(max(-1.0, min(1.0, float(d[0])))))
    f = math.degrees(math.atan2(float(d[2]), float(-d[1])))
    rest = (rotation(-X, f) @ rotation(Z, ab)).T @ r
    return f, ab, math.degrees(math.atan2(rest[0, 2], rest[0, 0]))


def hinge_angle(r: np.ndarray, axis: np.ndarray) -> float:
    """The angle (degrees) of r about `axis` (its twist about that axis)."""
    return _twist_angle(r, _unit(axis))


def ankle_angles(r: np.ndarray) -> tuple[float, float]:
    """(dorsiflexion, inversion) of R(-x, d) R(-z, i) = r (left side)."""
    fwd = r @ Z
    d = math.degrees(math.atan2(float(fwd[1]), float(fwd[2])))
    rest = rotation(-X, d).T @ r
    return d, -math.degrees(math.atan2(rest[1, 0], rest[0, 0]))


def wrist_angles(r: np.ndarray) -> tuple[float, float, float]:
    """(supination, extension, radial deviation) of the hand on the forearm (left side)."""
    sup = _twist_angle(r, Y)
    rest = rotation(Y, sup).T @ r
    d = rest @ -Y
    ext = math.degrees(math.atan2(float(d[0]), float(-d[1])))
    dev = math.degrees(math.atan2(float(d[2]), math.hypot(float(d[0]), float(d[1]))))
    return sup, ext, dev


# Canonical joint names ----------------------------------------------------------

SIDED_TRUNK = {j.name for j in vocabulary.JOINTS if j.kind == "sided trunk"}
TRUNK = {j.name for j in vocabulary.JOINTS if j.kind == "trunk"}
LIMB = {j.name for j in vocabulary.JOINTS if j.kind == "limb"}


def check_canonical(joints: dict[str, float | str]) -> None:
    """Raise PoseError for an unknown name or an angle past its limit."""
    for key, value in joints.items():
        side, _, name = key.rpartition(".")
        if name == "hand" and side in ("left", "right"):
            if value not in HAND_SHAPES:
                raise PoseError(f"{key}: unknown hand shape {value!r}")
            continue
        if side and side not in ("left", "right") or (side and name not in LIMB) or \
                (not side and name not in TRUNK | SIDED_TRUNK):
            raise PoseError(f"{key}: unknown joint")
        joint = vocabulary.JOINT[name]
        low, high = joint.low, joint.high
        if joint.kind == "sided trunk":
            low = -high
        if name == "shoulder_horizontal_abduction":
            # Horizontal adduction counts from where the abduction put the arm.
            abduction = joints.get(f"{side}.shoulder_abduction", 0.0)
            if isinstance(abduction, (int, float)):
                low -= max(0.0, min(90.0, float(abduction)))
        if not isinstance(value, (int, float)) or not low - 1e-6 <= value <= high + 1e-6:
            raise PoseError(f"{key}: {value!r} is outside {low:g} to {high:g} degrees")


@functools.lru_cache(maxsize=2)
def anatomy_for(body: Body) -> Anatomy:
    """The (cached) anatomy of a body."""
    return Anatomy(body)
