"""Contacts, solved: the body is placed and its limbs moved until what should touch, touches.

Build time only (numpy). For one key frame, given the requested joint angles,
the posture's orientation and a list of contacts, `solve_frame`:

1. places the whole body (the root) by a small Gauss-Newton least-squares
   fit: its height, its position on the floor and - when the posture allows -
   its tilt, so that every *base* contact (a region of skin, such as the
   buttocks or the upper back) just touches its surface, *planted* parts stay
   where they were in the previous frame, nothing goes through the floor, and
   the limbs' ends come as near their targets as the root alone can bring them
   (that is how a bridge finds its tilt: shoulders down, feet where they were);
2. moves each limb with a *reach* or *hold* contact by analytic two-bone IK
   (hip-knee-ankle, shoulder-elbow-wrist), choosing among the limb positions
   that reach the target the one whose upper segment turns least from the
   requested one (so a clamshell's knee opens when the hip turns out with the
   feet held together), then sets the foot flat on its surface or the palm flat
   on the floor, the wall or the table;
3. brings the head to rest (neck flexion or side bend) and the top of a foot to
   the floor (ankle) by a few secant steps on one angle;
4. checks the result: every contact within `TOLERANCE` of its surface, joint
   angles within their limits, nothing through the floor. A definition that
   cannot be met raises `ContactError`, whose message names the exercise, the
   frame and the contact ("clamshell: frame 2 (end): the left foot cannot
   reach the floor with the knee bent 100 degrees").
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .. import vocabulary
from .anatomy import (Anatomy, PoseError, X, Y, Z, _twist_angle, ankle_angles, hinge_angle,
                      mirror, wrist_angles)
from .body import Body
from .points import BodyPoints
from .props import PropMesh, Rail, Surface
from .skinning import cross, forward_kinematics, rotation, rotation_between, skin

DEBUG = False
SOFT_MM = 4.0            # how near the nearest a vertex must be to steer a tilt
TOLERANCE = 3.0          # mm: a contact touches, a planted part stays, nothing sinks
_FLOOR = Surface("floor", np.zeros(3), np.array([0.0, 1.0, 0.0]), np.array([1.0, 0, 0]),
                 np.array([0, 0, 1.0]), 1e6, 1e6)
# Weights of the root fit's residuals (mm of residual per mm or per radian).
W_BASE, W_PLANT, W_REACH, W_FLOOR = 30.0, 30.0, 3.0, 60.0
# Tipping head-down or feet-down (about the side-to-side axis) comes easily (a bridge);
# rolling about the body's long axis is held much harder: a body on its back, front
# or side stays square to the floor unless its contacts roll it.
W_TILT, W_ROLL, W_ANCHOR = 15.0, 600.0, 0.01
# How far IK may turn a limb's upper segment from the requested direction.
MAX_LIMB_TURN = 35.0
# The most a standing body leans (degrees) to keep its weight over its feet.
MAX_BALANCE_LEAN = 40.0
# Joint-limit slack for angles the solver resolved (they come from geometry).
LIMIT_SLACK = 3.0


_SPARSE: dict[tuple[bytes, int], np.ndarray] = {}


class ContactError(ValueError):
    """A definition whose contacts cannot all be met; the message says which and why."""


@dataclass
class ContactSpec:
    """One thing that rests on or holds something in a frame."""

    words: str            # the definition's words, e.g. "treated foot"
    point: str            # canonical body point, e.g. "foot_right"
    surface: str          # "floor", or a prop name
    face: str             # which face of the prop ("seat", "top", "face", "rail"...)
    role: str             # "base", "reach" or "hold"
    slides: bool = False  # may move along the surface between frames


@dataclass
class FrameSpec:
    """What one key frame asks for."""

    label: str                            # "frame 2 (end)"
    joints: dict                          # canonical joint angles (posture defaults included)
    orientation: np.ndarray               # the posture's body-to-world rotation
    tilt: bool                            # may the base fit tip the body
    contacts: list[ContactSpec]
    still: tuple[str, ...] = ()           # canonical points that must not move ("pelvis")
    explicit: frozenset = frozenset()     # canonical joint names the definition itself set
    balance: bool = False                 # stands on its feet alone: lean to stay over them


@dataclass
class ContactResult:
    spec: ContactSpec
    position: np.ndarray     # world point of the skin touching (nearest the surface)
    distance: float          # signed gap to the surface, mm (negative: into it)
    planted: bool


@dataclass
class SolvedFrame:
    a: np.ndarray             # anatomical rotations (b, 3, 3)
    placement: np.ndarray     # root rotation
    offset: np.ndarray        # root translation
    rot: np.ndarray           # bone world rotations
    pos: np.ndarray           # bone world heads
    vertices: np.ndarray      # posed skin
    contacts: list[ContactResult] = field(default_factory=list)
    ends: dict = field(default_factory=dict)     # (limb, side) -> (end joint position, N)
    anchors: dict = field(default_factory=dict)  # region name -> centroid
    resolved: dict = field(default_factory=dict)  # resolved joint angles
    orientation: np.ndarray | None = None          # the posture's, before the fit
    requested: np.ndarray | None = None            # the angles asked for, as rotations


# Body points -> how they are met ---------------------------------------------------

# Canonical point stem -> (region stem, limb, end kind)
LIMB_ENDS = {
    "foot": ("sole", "leg", "flat"), "heel": ("heel", "leg", "point"),
    "toes": ("toes", "leg", "point"), "ankle": ("ankle", "leg", "point"),
    "instep": ("instep", "leg", "ankle"), "hand": ("hand", "arm", "flat"),
    "fingers": ("fingers", "arm", "point"), "wrist": ("wrist", "arm", "point"),
    "knee": ("knee", "leg", "hip"),
}
HEAD_POINTS = ("head", "forehead", "face", "chin")
# A "rest" contact is met by turning the joint above it (see _rest_by_angle).
REST_JOINT = {"head": "neck", "forehead": "neck", "face": "neck", "chin": "neck",
              "instep": "ankle", "heel": "ankle", "toes": "ankle",
              "knee": "hip", "shin": "hip", "thigh": "hip", "leg": "hip", "arm": "shoulder"}


# A part put on a small place (the back of a hand) may miss its middle by this (mm).
SPOT_MARGIN = 15.0


def _on_spot(points: np.ndarray, s: Surface) -> np.ndarray:
    """The points over a small place (the back of a hand), or all of them for a wide
    face: a palm rests on the back of the other hand, its thumb may hang beside it."""
    if not s.spot:
        return points
    rel = points - s.point
    over = (np.abs(rel @ s.u) <= s.half_u) & (np.abs(rel @ s.v) <= s.half_v)
    return points[over] if over.any() else points


def _split(point: str) -> tuple[str, str | None]:
    for side in ("left", "right"):
        if point.endswith("_" + side):
            return point[: -len(side) - 1], side
    return point, None


class Solver:
    """Poses frames of one exercise against its props."""

    def __init__(self, body: Body, anatomy: Anatomy, points: BodyPoints,
                 props: dict[str, PropMesh], exercise: str) -> None:
        self.body = body
        self.anatomy = anatomy
        self.points = points
        self.props = props
        self.exercise = exercise or "figure"
        self.trunk_moves = False
        # Each bone's share of the body's mass: its share of the skin's vertices.
        counts = np.bincount(body.dominant_bone, minlength=len(body.bone_names))
        self.mass = counts / counts.sum()
        b = body.bone
        # The trunk the fit keeps off the floor; the head and neck are left to the neck
        # (a head resting on the floor bends the neck, as in a bridge).
        trunk_bones = [i for i, n in enumerate(body.bone_names)
                       if n.startswith(("root", "spine", "pelvis", "clavicle", "shoulder01"))]
        self.trunk = np.nonzero(np.isin(body.dominant_bone, trunk_bones))[0]
        # Every third trunk vertex is enough to keep the trunk off the floor: the skin
        # is curved, so a neighbour of the lowest vertex sits well under a millimetre higher.
        self.trunk_sparse = self.sparse(self.trunk, 3)
        self.limb_vertices = {}
        for side, s in (("left", "L"), ("right", "R")):
            for limb, top in (("leg", "upperleg01"), ("arm", "upperarm01")):
                bones = body.descendants(f"{top}.{s}")
                self.limb_vertices[(limb, side)] = np.nonzero(
                    np.isin(body.dominant_bone, bones))[0]
        self.chain = {}
        for side, s in (("left", "L"), ("right", "R")):
            self.chain[("leg", side)] = dict(
                parent=b(f"pelvis.{s}"), upper=b(f"upperleg01.{s}"), twist=b(f"upperleg02.{s}"),
                lower=b(f"lowerleg01.{s}"), lower_twist=b(f"lowerleg02.{s}"),
                end=b(f"foot.{s}"), hinge=X, joint="knee_flexion")
            self.chain[("arm", side)] = dict(
                parent=b(f"shoulder01.{s}"), upper=b(f"upperarm01.{s}"),
                twist=b(f"upperarm02.{s}"), lower=b(f"lowerarm01.{s}"),
                lower_twist=b(f"lowerarm02.{s}"), end=b(f"wrist.{s}"), hinge=-X,
                joint="elbow_flexion")

    # Helpers ----------------------------------------------------------------------

    def fail(self, spec: FrameSpec, message: str) -> ContactError:
        return ContactError(f"{self.exercise}: {spec.label}: {message}")

    def surface(self, contact: ContactSpec) -> Surface:
        if contact.surface == "floor":
            return _FLOOR
        prop = self.props.get(contact.surface)
        if prop is None:
            raise ContactError(
                f"{self.exercise}: {self.describe(contact)} cannot rest on the "
                f"{contact.surface}: it is not in place while the body is posed (a mat is "
                "laid under the body afterwards: write \"floor\"); rest it on the floor or "
                "on a prop the body is placed on")
        if contact.face not in prop.surfaces:
            # One word for a face each side has (a bike's pedal): the part's own side.
            _, side = _split(contact.point)
            sided = f"{contact.face}_{side}"
            if sided in prop.surfaces:
                return prop.surfaces[sided]
        return prop.surfaces[contact.face]

    def fk(self, a: np.ndarray, placement: np.ndarray, offset: np.ndarray):
        local = self.anatomy.local_rotations(a)
        return forward_kinematics(self.body, local, placement, offset)

    def region(self, point: str) -> np.ndarray:
        stem, side = _split(point)
        if stem in LIMB_ENDS:
            stem = LIMB_ENDS[stem][0]
        name = f"{stem}_{side}" if side else stem
        return self.points.regions[name]

    @staticmethod
    def describe(contact: ContactSpec, surface_name: str | None = None) -> str:
        stem, side = _split(contact.point)
        part = stem.replace("_", " ")
        return f"the {side + ' ' if side else ''}{part}"

    # The frame ----------------------------------------------------------------------

    def sparse(self, idx: np.ndarray, step: int) -> np.ndarray:
        """Every `step`-th vertex of a set, chosen so a set and its mirror image agree.

        (Taken from the left half and mirrored: a left figure stays the exact
        reflection of a right one, whichever vertices stand in for the rest.)
        """
        key = (idx.tobytes(), step)
        cached = _SPARSE.get(key)
        if cached is None:
            mirror = self.body.mirror_vertex
            both = np.union1d(idx, mirror[idx])
            left = both[self.body.vertices[both, 0] >= 0][::step]
            cached = _SPARSE[key] = np.intersect1d(np.union1d(left, mirror[left]), idx)
        return cached

    def anchor(self, idx: np.ndarray, rot: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """Where a region is: the mean of its vertices, each carried rigidly by its bone.

        Unlike the skinned centroid, this does not shift when a neighbouring joint
        bends the skin nearby, so "the pelvis stays still" means the pelvis itself.
        """
        bones = self.body.dominant_bone[idx]
        rest = self.body.vertices[idx] - self.body.heads[bones]
        moved = (rot[bones] @ rest[:, :, None])[:, :, 0] + pos[bones]
        return moved.mean(0)

    def slid(self, c: ContactSpec, solved: SolvedFrame, prev: SolvedFrame) -> float:
        """How far a planted part moved since the last frame (mm).

        A base moves only along its surface (it may roll up or down on it: the upper
        back as the hips lift into a bridge); a limb's end is measured at its joint.
        """
        if self.is_end(c.point) and c.role in ("reach", "hold"):
            return float(np.linalg.norm(self.anchor_of(c.point, solved)
                                        - self.anchor_of(c.point, prev)))
        d = solved.anchors[c.point] - prev.anchors[c.point]
        if c.role == "base" and c.surface != "still":
            normal = self.surface(c).normal
            d = d - (d @ normal) * normal
        return float(np.linalg.norm(d))

    def _balanced(self, spec: FrameSpec, a: np.ndarray, placement: np.ndarray) -> np.ndarray:
        """Lean a body standing on its feet alone until its weight is over them.

        A squat with upright shins and trunk would fall backwards; people lean the
        trunk forward and bring the knees over the toes. The body turns about the
        side-to-side axis through the feet (the ankles then keep the soles flat)
        until the centre of mass is over the middle of the feet.
        """
        axis = placement @ X
        lean = 0.0
        for _ in range(3):
            turned = rotation(axis, lean) @ placement
            rot, pos = self.fk(a, turned, np.zeros(3))
            tails = pos + np.einsum("bij,bj->bi", rot, self.body.tails - self.body.heads)
            centre = (self.mass[:, None] * 0.5 * (pos + tails)).sum(0)
            feet = np.vstack([self.anchor(self.region(c.point), rot, pos)
                              for c in spec.contacts if c.role == "base"])
            support = feet.mean(0)
            forward = np.cross(axis, Y)
            forward /= np.linalg.norm(forward)
            ahead = float((support - centre) @ forward)
            height = float(centre[1] - feet[:, 1].min())
            if abs(ahead) < 2.0 or height < 100:
                break
            lean += math.degrees(math.atan2(ahead, height))
            lean = max(-MAX_BALANCE_LEAN, min(MAX_BALANCE_LEAN, lean))
        return rotation(axis, lean) @ placement

    def planted(self, c: ContactSpec, prev: SolvedFrame | None) -> bool:
        """Whether a contact keeps last frame's place: "still", or the same surface again.

        A part of the trunk the body lies on is not held in place when the frame
        bends the spine (the back rolls over a towel as it extends).
        """
        if prev is None or c.slides or c.role == "rest":
            return False
        if self.trunk_moves and c.role == "base" and _split(c.point)[1] is None:
            return False
        if c.surface == "still":
            return True
        for r in prev.contacts:
            if r.spec.point == c.point:
                return r.spec.surface == c.surface and r.spec.face == c.face
        return False

    def is_end(self, point: str) -> bool:
        """A foot, heel, toes, ankle, hand, fingers or wrist: the end of a limb."""
        stem, side = _split(point)
        return bool(side) and stem in LIMB_ENDS and LIMB_ENDS[stem][2] in ("flat", "point")

    def anchor_of(self, point: str, solved: SolvedFrame) -> np.ndarray:
        """Where a contact's part is: a limb's end at its joint, anything else its region."""
        if self.is_end(point):
            return solved.ends[self.end_key(point)][0]
        return solved.anchors[point]

    def end_key(self, point: str) -> tuple[str, str] | None:
        stem, side = _split(point)
        if side and stem in LIMB_ENDS:
            return (LIMB_ENDS[stem][1], side)
        return None

    def solve(self, spec: FrameSpec, prev: SolvedFrame | None, check: bool = True,
              rounds: int = 6) -> SolvedFrame:
        try:
            a = self.anatomy.rotations(spec.joints)
        except PoseError as error:
            raise self.fail(spec, str(error)) from None
        requested = a.copy()
        placement = spec.orientation.copy()
        offset = np.zeros(3)
        spine = [self.body.bone(n) for n in ("root", "spine05", "spine04", "spine03",
                                             "spine02", "spine01")]
        self.trunk_moves = prev is not None and prev.requested is not None and \
            np.abs(prev.requested[spine] - requested[spine]).max() > 1e-9
        if prev is not None and np.allclose(prev.orientation, spec.orientation):
            # A key frame is the last one changed where the definition changes it: a
            # joint the definition leaves alone keeps what the solver made of it last
            # time (the thigh stays on the seat while the knee straightens).
            same = np.abs(prev.requested - requested).max(axis=(1, 2)) < 1e-9
            a = np.where(same[:, None, None], prev.a, requested)
            placement, offset = prev.placement.copy(), prev.offset.copy()
        if spec.balance and prev is None or spec.balance and not np.allclose(
                prev.orientation, spec.orientation):
            placement = self._balanced(spec, a, placement)
        elif spec.balance:
            placement = self._balanced(spec, a, spec.orientation)
        # Flat feet first (a standing figure's base is its soles).
        rot, pos = self.fk(a, placement, offset)
        for c in spec.contacts:
            stem, side = _split(c.point)
            if c.role == "base" and stem == "foot":
                a = self._flat_end(a, rot, ("leg", side), self.surface(c).normal)
        # Place, reach, rest - and again, so that each step sees the others' result,
        # until nothing moves any more.
        for _ in range(rounds):
            before = (a.copy(), placement.copy(), offset.copy())
            placement, offset = self._fit_root(spec, prev, a, placement, offset)
            a = self._reach(spec, prev, a, requested, placement, offset)
            a = self._rest_heads_and_feet(spec, a, placement, offset)
            cleared = self._clear_floor(spec, a, placement, offset)
            if cleared is not a:
                a = self._rest_heads_and_feet(spec, cleared, placement, offset)
            # Settled: no joint turned more than about 0.05 degrees, nothing moved 0.3 mm.
            if (np.abs(a - before[0]).max() < 1e-3 and np.abs(placement - before[1]).max() < 1e-3
                    and np.abs(offset - before[2]).max() < 0.3):
                break
        rot, pos = self.fk(a, placement, offset)
        vertices = skin(self.body, rot, pos)
        solved = SolvedFrame(a, placement, offset, rot, pos, vertices,
                             orientation=spec.orientation, requested=requested)
        self._record(spec, prev, solved)
        solved.resolved = self.anatomy.resolved_angles(self.anatomy.neutral_world(rot),
                                                       placement)
        if check:
            self._check(spec, prev, solved, requested)
        return solved

    # Root fit ----------------------------------------------------------------------

    def _fit_root(self, spec: FrameSpec, prev: SolvedFrame | None, a: np.ndarray,
                  placement: np.ndarray, offset: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # The tilt is measured from the posture's own orientation (so the pull back to
        # it holds across calls): pose the body untilted, and start from the tilt the
        # placement already has.
        tip0 = _tip_of(placement @ spec.orientation.T) if spec.tilt else np.zeros(2)
        upright = spec.orientation if spec.tilt else placement
        rot, pos = self.fk(a, upright, offset)
        b = self.body.bone
        pelvis = 0.5 * (pos[b("upperleg01.L")] + pos[b("upperleg01.R")])
        placement = upright
        groups = []  # (kind, contact or name, region vertex indices)
        # Standing upright on two feet at different heights (a lunge), the lower one
        # carries the body and the other is then bent down onto the floor: the feet on
        # one surface touch as one region.
        feet: dict[tuple[str, str], list[ContactSpec]] = {}
        if not spec.tilt:
            for c in spec.contacts:
                if c.role == "base" and _split(c.point)[0] in ("foot", "toes", "heel"):
                    feet.setdefault((c.surface, c.face), []).append(c)
        for group in feet.values():
            if len(group) > 1:
                region = np.unique(np.concatenate([self.region(c.point) for c in group]))
                groups.append(("touch", group[0], region))
        merged = {id(c) for group in feet.values() if len(group) > 1 for c in group}
        for c in spec.contacts:
            planted = self.planted(c, prev)
            stem, side = _split(c.point)
            if c.role == "base":
                if id(c) not in merged:
                    groups.append(("touch", c, self.region(c.point)))
                if planted:
                    groups.append(("plant", c, self.region(c.point)))
            elif planted and c.role in ("reach", "hold") and self.end_key(c.point):
                groups.append(("reach-plant", c, None))
        for name in spec.still:
            if prev is not None and name in prev.anchors:
                groups.append(("still", name, self.region(name)))
        # Skin only what the fit looks at: the trunk (which must not go through the
        # floor; limbs are cleared later by moving them) and the contact regions.
        used = [self.trunk_sparse] + [g[2] for g in groups if g[2] is not None]
        subset = np.unique(np.concatenate(used))
        verts = skin(self.body, rot, pos, subset)
        local = {id(g): np.searchsorted(subset, g[2]) for g in groups if g[2] is not None}
        trunk_local = np.searchsorted(subset, self.trunk_sparse)
        anchor = prev.anchors.get("__pelvis__", np.zeros(3)) if prev is not None \
            else np.zeros(3)
        # The fit moves the body by t and tips it by (tx, tz) about the pelvis (never
        # turning it about the vertical: the heading is the posture's).
        tilt = spec.tilt
        n_par = 5 if tilt else 3
        has_vertical = any(g[0] in ("touch", "plant", "still", "reach-plant") for g in groups)
        anchors = {id(g): self.anchor(g[2], rot, pos) for g in groups
                   if g[0] in ("plant", "still")}
        ends = {id(g): pos[self._chain_for(g[1])["end"]] for g in groups
                if g[0] == "reach-plant"}

        turned = _turned

        def residuals(t_acc, tip):
            r_acc = turned(tip)
            rows, res = [], []
            pv = pelvis + t_acc

            def cur(v):
                return (v - pelvis) @ r_acc.T + pv

            def add(weight, value, grad_t, grad_w):
                row = np.zeros(n_par)
                row[:3] = grad_t
                if tilt:
                    row[3], row[4] = grad_w[0], grad_w[2]
                rows.append(weight * row)
                res.append(weight * value)
            for g in groups:
                kind, c, _ = g
                if kind == "touch":
                    s = self.surface(c)
                    w = cur(verts[local[id(g)]])
                    d = (w - s.point) @ s.normal
                    k = int(np.argmin(d))
                    near = d < d[k] + 6 * SOFT_MM
                    w, d = w[near], d[near]
                    k = int(np.argmin(d))
                    # The gap is the nearest vertex's; its change with a tilt is averaged
                    # over the vertices nearly as near, so the fit does not jump between
                    # them as the body tips (a smoothed Jacobian for a min).
                    soft = np.exp(-(d - d[k]) / SOFT_MM)
                    soft /= soft.sum()
                    lever = (soft[:, None] * (w - pv)).sum(0)
                    add(W_BASE, d[k], s.normal, cross(lever, s.normal))
                elif kind in ("plant", "still"):
                    name = c.point if kind == "plant" else c
                    centre = cur(anchors[id(g)])
                    target = prev.anchors[name]
                    # A planted base keeps its place along its surface (touching it is
                    # the touch residual's job); a part held still keeps all three.
                    axes = range(3) if kind == "still" else \
                        [i for i in range(3) if abs(self.surface(c).normal[i]) < 0.9]
                    for axis in axes:
                        e = np.eye(3)[axis]
                        add(W_PLANT, centre[axis] - target[axis], e, cross(centre - pv, e))
                else:  # reach-plant: the limb's end, as the angles place it, near last frame's
                    end_pos = cur(ends[id(g)])
                    target = prev.ends[self.end_key(c.point)][0]
                    for axis in range(3):
                        e = np.eye(3)[axis]
                        add(W_REACH, end_pos[axis] - target[axis], e, cross(end_pos - pv, e))
            # The trunk stays above the floor; with nothing else to stand on, it rests on it.
            w_all = cur(verts[trunk_local])
            low = float(w_all[:, 1].min())
            if not has_vertical or low < 2.0:
                w_all = w_all[w_all[:, 1] < low + 6 * SOFT_MM]
                # (Smoothed over the vertices nearly as low, like the touches: two
                # mirror-image vertices tie on a symmetric body, and either alone
                # would tip it to one side.)
                soft = np.exp(-(w_all[:, 1] - low) / SOFT_MM)
                lever = (soft[:, None] * (w_all - pv)).sum(0) / soft.sum()
                if not has_vertical:
                    add(W_BASE, low, Y, cross(lever, Y))
                else:
                    # One-sided: pushed up when below, held from going lower when near.
                    add(W_FLOOR, min(0.0, low), Y, cross(lever, Y))
            # Keep the place on the floor and the tilt unless the contacts say otherwise.
            for axis in (0, 2):
                add(W_ANCHOR, pv[axis] - anchor[axis], np.eye(3)[axis], np.zeros(3))
            if tilt:
                rows += [np.array([0, 0, 0, W_TILT, 0.0]), np.array([0, 0, 0, 0, W_ROLL])]
                res += [W_TILT * tip[0], W_ROLL * tip[1]]
            return np.array(rows), np.array(res)

        # Gauss-Newton with backtracking: a contact's touching vertex jumps as the
        # body tips, so a full step can overshoot; halve it until the fit improves.
        tip = tip0.copy()
        t_acc = np.zeros(3)
        if spec.tilt:
            # The same body as it came in: world = r (v - pelvis) + pelvis + t.
            start = _turned(tip)
            t_acc = offset - pelvis - start @ (offset - pelvis)
        jac, res = residuals(t_acc, tip)
        cost = float(res @ res)
        # First bring the body to its surfaces by moving it alone (from far off, a
        # linearised tilt is mostly wrong), then let it tip as well.
        phases = [False, True] if tilt else [False]
        phase = 0
        for _ in range(30):
            with_tilt = phases[phase]
            full, *_ = np.linalg.lstsq(jac if with_tilt else jac[:, :3], -res, rcond=None)
            if not with_tilt and tilt:
                full = np.concatenate([full, [0.0, 0.0]])
            # If the full step cannot be made to help, moving alone may (a vertex that
            # tipping would lift is not the one that touches a moment later).
            moves = [full]
            if with_tilt:
                only, *_ = np.linalg.lstsq(jac[:, :3], -res, rcond=None)
                moves.append(np.concatenate([only, [0.0, 0.0]]))
            if DEBUG:
                print("   res", np.round(res, 1).tolist(), "step", np.round(full, 3).tolist())
            accepted = False
            for step in moves:
                # Small turns per step (the linearisation holds for small angles): the
                # whole step is shortened, so its direction is kept.
                scale = min(1.0, 0.15 / max(1e-12, float(np.abs(step[3:]).max()))) \
                    if tilt else 1.0
                for _ in range(8):
                    t_new = t_acc + scale * step[:3]
                    tip_new = tip + scale * step[3:] if tilt else tip
                    jac_new, res_new = residuals(t_new, tip_new)
                    cost_new = float(res_new @ res_new)
                    if cost_new < cost:
                        accepted = True
                        break
                    scale *= 0.5
                if accepted:
                    break
            if accepted:
                # Settled when a step gains almost nothing or moves less than 0.05 mm
                # (0.0005 rad): the contacts are checked to 3 mm.
                moved = scale * max(float(np.abs(step[:3]).max()),
                                    1000.0 * float(np.abs(step[3:]).max(initial=0.0)))
                done = cost - cost_new < 1e-4 * max(cost, 1.0) or moved < 0.05
                t_acc, tip, jac, res, cost = t_new, tip_new, jac_new, res_new, cost_new
            if not accepted or done:
                if phase + 1 < len(phases):
                    phase += 1
                    continue
                break
        r_acc = turned(tip)
        # world = r (body - pelvis) + pelvis + t, as a placement and an offset.
        return r_acc @ placement, r_acc @ (offset - pelvis) + pelvis + t_acc

    def _chain_for(self, c: ContactSpec) -> dict:
        stem, side = _split(c.point)
        return self.chain[(LIMB_ENDS[stem][1], side)]

    # Limbs -------------------------------------------------------------------------

    def _flat_end(self, a: np.ndarray, rot: np.ndarray, chain_key, normal: np.ndarray
                  ) -> np.ndarray:
        """Turn the foot (or hand) the least so its sole (palm) faces the surface."""
        kind, side = chain_key
        ch = self.chain[chain_key]
        n = self.anatomy.neutral_world(rot)
        end = n[ch["end"]]
        face = -Y if kind == "leg" else (-X if side == "left" else X)
        turn = rotation_between(end @ face, -normal)
        return self._set_end(a, n, ch, kind, turn @ end)

    def _set_end(self, a: np.ndarray, n: np.ndarray, ch: dict, kind: str,
                 end_n: np.ndarray) -> np.ndarray:
        a = a.copy()
        if kind == "leg":
            a[ch["end"]] = n[ch["lower_twist"]].T @ end_n
        else:
            # The hand's turn on the forearm: split the twist between forearm and wrist.
            rel = n[ch["lower"]].T @ end_n
            side_left = ch["end"] == self.body.bone("wrist.L")
            rel_l = rel if side_left else mirror(rel)
            twist = _twist_angle(rel_l, Y)
            half = rotation(Y, twist / 2)
            wrist_l = half.T @ rel_l
            a[ch["lower_twist"]] = half if side_left else mirror(half)
            a[ch["end"]] = wrist_l if side_left else mirror(wrist_l)
        return a

    def _reach(self, spec: FrameSpec, prev: SolvedFrame | None, a: np.ndarray,
               requested: np.ndarray, placement: np.ndarray, offset: np.ndarray) -> np.ndarray:
        for c in spec.contacts:
            stem, side = _split(c.point)
            if c.role == "base" and not spec.tilt and stem in ("foot", "toes", "heel"):
                # A foot standing upright: one the body does not come down on (the back
                # foot of a lunge) is bent down onto its surface, and a planted one is
                # brought back to its place, like any reaching foot.
                if not self.planted(c, prev):
                    rot, pos = self.fk(a, placement, offset)
                    s = self.surface(c)
                    v = skin(self.body, rot, pos, self.region(c.point))
                    if float(((v - s.point) @ s.normal).min()) < 0.5:
                        continue
            elif c.role not in ("reach", "hold"):
                continue
            if stem not in LIMB_ENDS:
                continue
            region_stem, limb, end_kind = LIMB_ENDS[stem]
            ch = self.chain[(limb, side)]
            planted = self.planted(c, prev)
            if c.surface == "still" and not planted:
                continue
            rot, pos = self.fk(a, placement, offset)
            n = self.anatomy.neutral_world(rot)
            if planted:
                target, end_n = prev.ends[(limb, side)]
                # On a surface it keeps its place and its set (a foot flat on the floor);
                # "still" in the air it keeps its place and turns with the limb (the top
                # foot of a clamshell rolls on the other).
                end_n = None if c.surface == "still" else end_n.copy()
            elif c.role == "hold":
                target, end_n = self._hold_target(c, ch, rot, pos, n)
            else:
                target, end_n = self._rest_target(c, ch, limb, end_kind, a, rot, pos, n)
            # The IK's two-segment model is a little off the real skeleton (the thigh's
            # twist bone sits beside its axis), so aim past the miss and go again.
            aim = target.copy()
            for _ in range(4):
                if np.linalg.norm(target - pos[ch["end"]]) < 0.05:
                    break
                a = self._two_bone(spec, c, a, requested, ch, rot, pos, n, aim)
                rot, pos = self.fk(a, placement, offset)
                n = self.anatomy.neutral_world(rot)
                aim = aim + (target - pos[ch["end"]])
            if c.role == "hold" and c.surface in self.props:
                continue
            if end_n is not None:
                a = self._set_end(a, n, ch, limb, end_n)
        return a

    def _rest_target(self, c, ch, limb, end_kind, a, rot, pos, n):
        """Where the limb's end must go to rest on its surface (moving straight onto it)."""
        s = self.surface(c)
        end_n = None
        end_rot = rot[ch["end"]]
        if end_kind == "flat":
            face = -Y if limb == "leg" else (-X if ch["end"] == self.body.bone("wrist.L") else X)
            turn = rotation_between(n[ch["end"]] @ face, -s.normal)
            end_n = turn @ n[ch["end"]]
            end_rot = turn @ end_rot
        idx = self.region(c.point)
        # The end is near rigid on its bone: place its skin with the end bone's motion.
        rest = self.body.vertices[idx] - self.body.heads[ch["end"]]
        local = rest @ end_rot.T + pos[ch["end"]]
        if s.spot:
            # A small place (the back of a hand): measured on the skin as posed, turned
            # flat about the wrist (the rigid guess drifts along the face), the part's
            # middle goes onto the place's centre and the part over it onto the face.
            turn_only = end_rot @ rot[ch["end"]].T
            local = (skin(self.body, rot, pos, idx) - pos[ch["end"]]) @ turn_only.T \
                + pos[ch["end"]]
            shift = s.point - local.mean(0)
            local = local + shift - (shift @ s.normal) * s.normal
        d = float(((_on_spot(local, s) - s.point) @ s.normal).min())
        target = pos[ch["end"]] - d * s.normal
        if s.spot:
            target = target + shift - (shift @ s.normal) * s.normal
        # Straight onto the surface may be out of reach (a hand put down beside the hip):
        # then the nearest place on the surface the limb can reach, nearly straight.
        top = pos[ch["upper"]]
        reach = (np.linalg.norm(pos[ch["lower"]] - top)
                 + np.linalg.norm(pos[ch["end"]] - pos[ch["lower"]])) * 0.995
        if np.linalg.norm(target - top) > reach:
            foot = top - ((top - target) @ s.normal) * s.normal   # on the target's plane
            h = float(np.linalg.norm(top - foot))
            if h < reach:
                along = target - foot
                along /= np.linalg.norm(along)
                target = foot + along * math.sqrt(reach * reach - h * h)
        return target, end_n

    def _hold_target(self, c, ch, rot, pos, n):
        """The wrist position that puts the hand's grip on the rail."""
        prop = self.props[c.surface]
        rail: Rail = prop.rails.get(c.face) or next(iter(prop.rails.values()))
        side = "left" if ch["end"] == self.body.bone("wrist.L") else "right"
        grip = self.grip_point(rot, pos, side)
        goal = rail.nearest(grip)
        return pos[ch["end"]] + (goal - grip), None

    def grip_point(self, rot, pos, side: str) -> np.ndarray:
        """The centre of a closed hand's grip (between palm and fingers)."""
        s = "L" if side == "left" else "R"
        b = self.body.bone
        knuckles = pos[b(f"finger3-1.{s}")]
        palm_in = (-X if side == "left" else X)
        n = self.anatomy.neutral_world(rot)[b(f"wrist.{s}")]
        return knuckles + n @ palm_in * 28.0 + n @ -Y * 10.0

    def _two_bone(self, spec, c, a, requested, ch, rot, pos, n, target) -> np.ndarray:
        """Analytic IK: the end joint to `target`, the upper segment turning least."""
        hip = pos[ch["upper"]]
        knee = pos[ch["lower"]]
        ankle = pos[ch["end"]]
        l1 = float(np.linalg.norm(knee - hip))
        l2 = float(np.linalg.norm(ankle - knee))
        to = target - hip
        dist = float(np.linalg.norm(to))
        joint = ch["joint"]
        side = "left" if ch["end"] in (self.body.bone("foot.L"), self.body.bone("wrist.L")) \
            else "right"
        low, high = vocabulary.JOINT[joint].low, vocabulary.JOINT[joint].high
        bend_needed = _bend_for(l1, l2, dist)
        if bend_needed is None or bend_needed < low - LIMIT_SLACK or \
                bend_needed > high + LIMIT_SLACK:
            asked = spec.joints.get(f"{side}.{joint}", 0.0)
            words = "knee bent" if joint == "knee_flexion" else "elbow bent"
            where = "the floor" if c.surface == "floor" else f"the {c.surface}"
            if c.role == "hold":
                where = f"the {c.surface}"
            if c.surface.startswith("body:"):  # a hand holding a part of the body
                part, _, side = c.surface[len("body:"):].rpartition("_")
                where = f"the {side} {part.replace('_', ' ')}"
            raise self.fail(spec, f"{self.describe(c)} cannot reach {where} with the "
                            f"{words} {asked:g} degrees")
        bend = min(max(bend_needed, low), high)
        axis = to / dist
        # Requested frame of the upper segment: direction, hinge, third axis.
        upper_n = n[ch["twist"]]
        # Hinges turn about the lateral axis, which the mirror leaves as it is,
        # so the same axis serves both sides.
        d_r = upper_n @ -Y
        h_r = upper_n @ ch["hinge"]
        b_r = np.cross(d_r, h_r)
        cos_a = (l1 * l1 + dist * dist - l2 * l2) / (2 * l1 * dist)
        alpha = math.acos(max(-1.0, min(1.0, cos_a)))
        g = math.sin(alpha) * d_r + math.cos(alpha) * b_r + np.cross(axis, h_r)
        g = g - (g @ axis) * axis
        if np.linalg.norm(g) < 1e-9:
            g = d_r - (d_r @ axis) * axis
        e = g / np.linalg.norm(g)
        d_new = math.cos(alpha) * axis + math.sin(alpha) * e
        h_new = np.cross(e, axis)
        b_new = np.cross(d_new, h_new)
        correction = np.stack([d_new, h_new, b_new], 1) @ np.stack([d_r, h_r, b_r], 1).T
        turned = math.degrees(math.acos(max(-1.0, min(1.0, float(d_new @ d_r)))))
        # Only angles the definition itself gave bind the limb; a posture's default
        # arm or leg is a starting guess the limb may leave to reach its surface.
        top = "hip_" if ch["joint"] == "knee_flexion" else "shoulder_"
        given = any(k.startswith(f"{side}.{top}") for k in spec.explicit)
        if given and turned > MAX_LIMB_TURN:
            limb = "thigh" if ch["joint"] == "knee_flexion" else "arm"
            raise self.fail(spec, f"{self.describe(c)} cannot reach "
                            f"{'the floor' if c.surface == 'floor' else 'the ' + c.surface} "
                            f"without moving the {side} {limb} {turned:.0f} degrees from "
                            "the angles given; change the angles or the contact")
        a = a.copy()
        new_upper = correction @ upper_n
        # Keep the twist bone's share; the upper bone takes the rest.
        a[ch["upper"]] = n[ch["parent"]].T @ new_upper @ a[ch["twist"]].T
        a[ch["lower"]] = rotation(ch["hinge"], bend)
        return a

    def _clear_floor(self, spec, a, placement, offset) -> np.ndarray:
        """Lift a limb that the angles put through the floor until it rests on it.

        Limbs whose end is placed by IK are left alone (their end is on a surface).
        """
        placed = {self.end_key(c.point) for c in spec.contacts
                  if c.role in ("reach", "hold") and self.end_key(c.point)
                  and LIMB_ENDS[_split(c.point)[0]][2] in ("flat", "point")}
        # A limb resting on a base contact along it (a knee on the floor) stays too;
        # the side of the hip or shoulder is at the joint, so a limb can turn under it.
        for c in spec.contacts:
            stem, side = _split(c.point)
            if c.role == "base" and side and stem not in ("hip", "shoulder"):
                placed.add(("arm" if stem in ("elbow", "forearm", "upper_arm", "hand")
                            else "leg", side))
        out = a
        todo = [key for key in self.limb_vertices if key not in placed]
        if not todo:
            return out
        rot, pos = self.fk(a, placement, offset)
        every = np.concatenate([self.sparse(self.limb_vertices[k], 3) for k in todo])
        if float(skin(self.body, rot, pos, every)[:, 1].min()) > -0.5:
            return out
        for key in todo:
            idx = self.limb_vertices[key]
            ch = self.chain[key]
            rot, pos = self.fk(a, placement, offset)
            v = skin(self.body, rot, pos, idx)
            k = int(np.argmin(v[:, 1]))
            if v[k, 1] > -0.5:
                continue
            top = pos[ch["upper"]]
            arm = v[k] - top
            axis = np.cross(arm, Y)
            if np.linalg.norm(axis) < 1e-6:
                continue
            n = self.anatomy.neutral_world(rot)
            axis_local = n[ch["parent"]].T @ (axis / np.linalg.norm(axis))
            base = a[ch["upper"]].copy()

            def lifted(angle, base=base, axis_local=axis_local, ch=ch):
                out = a.copy()
                out[ch["upper"]] = rotation(axis_local, angle) @ base
                return out

            def low(angle, idx=idx):
                r, p = self.fk(lifted(angle), placement, offset)
                return float(skin(self.body, r, p, idx)[:, 1].min())
            angle = _secant(low, 0.0, 3.0, limit=35.0)
            if angle is not None and abs(low(angle)) < TOLERANCE:
                a = out = lifted(angle)
        return out

    # Heads and feet ------------------------------------------------------------------

    def _rest_heads_and_feet(self, spec, a, placement, offset) -> np.ndarray:
        """Contacts met by turning one joint: the head (neck), a foot (ankle), a leg (hip)."""
        for order in ("hip", "shoulder", "ankle", "neck"):
            for c in spec.contacts:
                if c.role != "rest" or REST_JOINT.get(_split(c.point)[0]) != order:
                    continue
                a = self._rest_by_angle(spec, c, a, placement, offset, order)
        return a

    def _rest_by_angle(self, spec, c, a, placement, offset, kind: str) -> np.ndarray:
        """Turn one joint until the region touches its surface (secant steps)."""
        s = self.surface(c)
        idx = self.region(c.point)
        stem, side = _split(c.point)
        b = self.body.bone
        if kind == "neck":
            bones = [b("neck01"), b("neck02"), b("neck03"), b("head")]
            rot, pos = self.fk(a, placement, offset)
            n = self.anatomy.neutral_world(rot)
            trunk = n[b("spine01")]
            # Bend the neck about the trunk axis that brings the head most directly down.
            head_dir = pos[b("head")] - pos[b("neck01")]
            toward = -s.normal
            axis_world = np.cross(head_dir, toward)
            axis_local = trunk.T @ axis_world
            axis_local[1] = 0.0  # flexion or side bend, no turning
            if np.linalg.norm(axis_local) < 1e-9:
                return a
            axis_local /= np.linalg.norm(axis_local)
            shares = (0.3, 0.3, 0.2, 0.2)

            def apply(angle):
                out = a.copy()
                for bone, share in zip(bones, shares):
                    out[bone] = rotation(axis_local, share * angle) @ a[bone]
                return out
            limit = 60.0
        elif kind == "ankle":
            ch = self.chain[("leg", side)]

            def apply(angle):
                out = a.copy()
                out[ch["end"]] = rotation(-X, angle) @ a[ch["end"]]  # dorsiflexion
                return out
            limit = 60.0
        else:  # a knee, leg or arm brought down onto the surface by turning the hip
            ch = self.chain[("arm" if kind == "shoulder" else "leg", side)]
            rot, pos = self.fk(a, placement, offset)
            v = skin(self.body, rot, pos, idx)
            lowest = v[int(np.argmin((v - s.point) @ s.normal))]
            # The turn about the hip that moves the region's nearest point straight
            # towards the surface (flexion when lying on the back, abduction on the side).
            axis_world = np.cross(lowest - pos[ch["upper"]], -s.normal)
            if np.linalg.norm(axis_world) < 1e-9:
                return a
            n = self.anatomy.neutral_world(rot)
            axis_local = n[ch["parent"]].T @ (axis_world / np.linalg.norm(axis_world))

            def apply(angle):
                out = a.copy()
                out[ch["upper"]] = rotation(axis_local, angle) @ a[ch["upper"]]
                return out
            limit = 40.0

        sparse = self.sparse(idx, 2) if len(idx) > 200 else idx

        def gap(angle, idx=sparse):
            rot, pos = self.fk(apply(angle), placement, offset)
            v = skin(self.body, rot, pos, idx)
            return float(((v - s.point) @ s.normal).min())
        x0, x1 = 0.0, 4.0
        f0, f1 = gap(x0), gap(x1)
        if abs(f0) < 0.2:
            return a
        for _ in range(12):
            if abs(f1 - f0) < 1e-9:
                break
            x2 = x1 - f1 * (x1 - x0) / (f1 - f0)
            x2 = max(-limit, min(limit, x2))
            x0, f0 = x1, f1
            x1, f1 = x2, gap(x2)
            if abs(f1) < 0.2:
                break
        if abs(f1) > TOLERANCE:
            raise self.fail(spec, f"{self.describe(c)} cannot rest on "
                            f"{'the floor' if c.surface == 'floor' else 'the ' + c.surface}"
                            f" (it stays {f1:.0f} mm away); change the angles or the contact")
        return apply(x1)

    # Results and checks -----------------------------------------------------------------

    def _record(self, spec: FrameSpec, prev: SolvedFrame | None, solved: SolvedFrame) -> None:
        v = solved.vertices
        n = self.anatomy.neutral_world(solved.rot)
        rot, pos = solved.rot, solved.pos
        for name in self.points.regions:
            # Keyed by body point, through the same lookup as contacts use ("foot_right"
            # means its sole), so a part compares with itself from frame to frame.
            solved.anchors[name] = self.anchor(self.region(name), rot, pos)
        for c in spec.contacts:
            solved.anchors[c.point] = self.anchor(self.region(c.point), rot, pos)
        for (limb, side), ch in self.chain.items():
            solved.ends[(limb, side)] = (solved.pos[ch["end"]].copy(), n[ch["end"]].copy())
        for c in spec.contacts:
            planted = self.planted(c, prev)
            idx = self.region(c.point)
            if c.surface == "still":
                key = self.end_key(c.point)
                if key:  # a limb's end: where its end joint is (the ankle, the wrist)
                    here, before = solved.ends[key][0], prev.ends[key][0] if planted else None
                else:
                    here, before = solved.anchors[c.point], \
                        prev.anchors[c.point] if planted else None
                moved = float(np.linalg.norm(here - before)) if planted else 0.0
                solved.contacts.append(ContactResult(c, here.copy(), moved, planted))
                continue
            if c.role == "hold" and c.surface in self.props:
                # A hand holds a rail: its grip is on the line (the fingers wrap round it).
                prop = self.props[c.surface]
                rail = prop.rails.get(c.face) or next(iter(prop.rails.values()))
                grip = self.grip_point(solved.rot, solved.pos, _split(c.point)[1])
                on = rail.nearest(grip)
                solved.contacts.append(ContactResult(c, on, float(np.linalg.norm(grip - on)),
                                                     planted))
                continue
            s = self.surface(c)
            part = _on_spot(v[idx], s)
            d = (part - s.point) @ s.normal
            k = int(np.argmin(d))
            solved.contacts.append(ContactResult(c, part[k].copy(), float(d[k]), planted))
        for name in spec.still:
            solved.anchors[name] = self.anchor(self.region(name), rot, pos)
        b = self.body.bone
        solved.anchors["__pelvis__"] = 0.5 * (solved.pos[b("upperleg01.L")]
                                              + solved.pos[b("upperleg01.R")])

    def _check(self, spec: FrameSpec, prev: SolvedFrame | None, solved: SolvedFrame,
               requested: np.ndarray) -> None:
        for r in solved.contacts:
            if r.spec.surface == "still":
                if r.distance > TOLERANCE:
                    raise self.fail(spec, f"{self.describe(r.spec)} should stay where it was "
                                    f"but moves {r.distance:.0f} mm; check the angles")
                continue
            if abs(r.distance) > TOLERANCE:
                where = "the floor" if r.spec.surface == "floor" else f"the {r.spec.surface}"
                verb = "sinks into" if r.distance < 0 else "does not touch"
                raise self.fail(spec, f"{self.describe(r.spec)} {verb} {where} "
                                f"({abs(r.distance):.0f} mm); check the angles and contacts")
            if r.spec.role != "hold" and r.spec.surface in self.props:
                face = self.surface(r.spec)
                if face.spot:
                    # A small place (the back of a hand): the part's middle must be on it.
                    middle = skin(self.body, solved.rot, solved.pos,
                                  self.region(r.spec.point)).mean(0)
                    if not face.contains(middle, SPOT_MARGIN):
                        raise self.fail(spec, f"{self.describe(r.spec)} cannot reach "
                                        f"the {r.spec.surface}; bring the parts nearer "
                                        f"together with the angles")
            if r.planted:
                moved = self.slid(r.spec, solved, prev)
                if moved > TOLERANCE:
                    raise self.fail(spec, f"{self.describe(r.spec)} should stay where it was "
                                    f"but moves {moved:.0f} mm; check the angles")
        lowest = float(solved.vertices[:, 1].min())
        if lowest < -TOLERANCE:
            k = int(np.argmin(solved.vertices[:, 1]))
            bone = self.body.bone_names[self.body.dominant_bone[k]]
            raise self.fail(spec, f"the body goes {-lowest:.0f} mm through the floor (near "
                            f"bone {bone}); add a contact there or change the angles")
        n = self.anatomy.neutral_world(solved.rot)
        resolved = self.anatomy.resolved_angles(n, solved.placement)
        for key in ("knee_flexion", "elbow_flexion", "ankle_dorsiflexion", "ankle_inversion",
                    "wrist_extension", "wrist_radial_deviation", "forearm_supination"):
            joint = vocabulary.JOINT[key]
            for side in ("left", "right"):
                value = resolved[f"{side}.{key}"]
                if not joint.low - LIMIT_SLACK <= value <= joint.high + LIMIT_SLACK:
                    raise self.fail(spec, f"to meet its contacts the {side} "
                                    f"{key.replace('_', ' ')} would be {value:.0f} degrees, "
                                    f"outside its {joint.low:g} to {joint.high:g}; "
                                    "change the angles or the contacts")
        solved.resolved = resolved


def _secant(f, x0: float, x1: float, limit: float, tol: float = 0.2,
            steps: int = 12) -> float | None:
    """A root of f near x0 by secant steps, kept within +-limit (None if none is found)."""
    f0, f1 = f(x0), f(x1)
    if abs(f0) < tol:
        return x0
    for _ in range(steps):
        if abs(f1 - f0) < 1e-12:
            return None
        x2 = max(-limit, min(limit, x1 - f1 * (x1 - x0) / (f1 - f0)))
        x0, f0, x1, f1 = x1, f1, x2, f(x2)
        if abs(f1) < tol:
            return x1
    return x1 if abs(f1) < TOLERANCE else None


def _bend_for(l1: float, l2: float, dist: float) -> float | None:
    """The hinge flexion (degrees) that puts the end `dist` from the upper joint."""
    # A straight limb has no slack: a target a hair beyond its reach (within the
    # contact tolerance) is met by the straight limb.
    if dist > l1 + l2 + TOLERANCE - 0.5 or dist < abs(l1 - l2) + 1.0:
        return None
    dist = min(dist, l1 + l2)
    cos_inner = (l1 * l1 + l2 * l2 - dist * dist) / (2 * l1 * l2)
    return 180.0 - math.degrees(math.acos(max(-1.0, min(1.0, cos_inner))))


def _turned(tip: np.ndarray) -> np.ndarray:
    """The tilt R(x, tip[0]) R(z, tip[1]) (radians)."""
    return rotation([1, 0, 0], math.degrees(tip[0])) @ rotation([0, 0, 1], math.degrees(tip[1]))


def _tip_of(r: np.ndarray) -> np.ndarray:
    """The (x, z) angles of a tilt made by `_turned` (its exact inverse)."""
    return np.array([math.atan2(-r[1, 2], r[2, 2]), math.atan2(-r[0, 1], r[0, 0])])


def _angle_x(r: np.ndarray) -> float:
    return math.atan2(r[2, 1], r[2, 2])


def _angle_z(r: np.ndarray) -> float:
    return math.atan2(r[1, 0], r[0, 0])
