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
from .skinning import forward_kinematics, rotation, rotation_between, skin

TOLERANCE = 3.0          # mm: a contact touches, a planted part stays, nothing sinks
_FLOOR = Surface("floor", np.zeros(3), np.array([0.0, 1.0, 0.0]), np.array([1.0, 0, 0]),
                 np.array([0, 0, 1.0]), 1e6, 1e6)
# Weights of the root fit's residuals (mm of residual per mm or per radian).
W_BASE, W_PLANT, W_REACH, W_FLOOR = 1.0, 1.0, 0.15, 3.0
W_TILT, W_ANCHOR = 60.0, 0.01
# How far IK may turn a limb's upper segment from the requested direction.
MAX_LIMB_TURN = 35.0
# Joint-limit slack for angles the solver resolved (they come from geometry).
LIMIT_SLACK = 3.0


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
        b = body.bone
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
        prop = self.props[contact.surface]
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

    def planted(self, c: ContactSpec, prev: SolvedFrame | None) -> bool:
        """Whether a contact keeps last frame's place: "still", or the same surface again."""
        if prev is None or c.slides:
            return False
        if c.surface == "still":
            return True
        for r in prev.contacts:
            if r.spec.point == c.point:
                return r.spec.surface == c.surface and r.spec.face == c.face
        return False

    def end_key(self, point: str) -> tuple[str, str] | None:
        stem, side = _split(point)
        if side and stem in LIMB_ENDS:
            return (LIMB_ENDS[stem][1], side)
        return None

    def solve(self, spec: FrameSpec, prev: SolvedFrame | None, check: bool = True
              ) -> SolvedFrame:
        try:
            a = self.anatomy.rotations(spec.joints)
        except PoseError as error:
            raise self.fail(spec, str(error)) from None
        requested = a.copy()
        placement = spec.orientation.copy()
        offset = np.zeros(3)
        # Flat feet first (a standing figure's base is its soles).
        rot, pos = self.fk(a, placement, offset)
        for c in spec.contacts:
            stem, side = _split(c.point)
            if c.role == "base" and stem == "foot":
                a = self._flat_end(a, rot, ("leg", side), self.surface(c).normal)
        for _ in range(2):
            placement, offset = self._fit_root(spec, prev, a, placement, offset)
            rot, pos = self.fk(a, placement, offset)
            a = self._reach(spec, prev, a, requested, placement, offset)
        rot, pos = self.fk(a, placement, offset)
        a = self._rest_heads_and_feet(spec, a, placement, offset)
        rot, pos = self.fk(a, placement, offset)
        vertices = skin(self.body, rot, pos)
        solved = SolvedFrame(a, placement, offset, rot, pos, vertices)
        self._record(spec, prev, solved)
        solved.resolved = self.anatomy.resolved_angles(self.anatomy.neutral_world(rot),
                                                       placement)
        if check:
            self._check(spec, prev, solved, requested)
        return solved

    # Root fit ----------------------------------------------------------------------

    def _fit_root(self, spec: FrameSpec, prev: SolvedFrame | None, a: np.ndarray,
                  placement: np.ndarray, offset: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        rot, pos = self.fk(a, placement, offset)
        verts = skin(self.body, rot, pos)
        pelvis = 0.5 * (pos[self.body.bone("upperleg01.L")] + pos[self.body.bone("upperleg01.R")])
        groups = []  # (kind, contact, region vertex indices)
        for c in spec.contacts:
            planted = self.planted(c, prev)
            if c.role == "base":
                groups.append(("touch", c, self.region(c.point)))
                if planted:
                    groups.append(("plant", c, self.region(c.point)))
            elif c.role in ("reach", "hold"):
                stem, side = _split(c.point)
                if planted and stem in LIMB_ENDS and LIMB_ENDS[stem][1] in ("leg", "arm"):
                    groups.append(("reach-plant", c, None))
                elif c.role == "reach" and stem not in HEAD_POINTS:
                    groups.append(("reach", c, self.region(c.point)))
        for name in spec.still:
            if prev is not None and name in prev.anchors:
                groups.append(("still", name, self.region(name)))
        if prev is not None:
            anchor = prev.anchors.get("__pelvis__", np.zeros(3))
        else:
            anchor = np.zeros(3)
        r_acc = np.eye(3)
        t_acc = np.zeros(3)
        tilt = spec.tilt
        n_par = 5 if tilt else 3
        has_vertical = any(g[0] in ("touch", "plant", "still", "reach-plant") for g in groups)
        for _ in range(12):
            rows, res = [], []
            cur = lambda v: v @ r_acc.T + t_acc  # noqa: E731
            pv = cur(pelvis[None])[0]

            def add(weight, value, grad_t, grad_w):
                row = np.zeros(n_par)
                row[:3] = grad_t
                if tilt:
                    row[3] = grad_w[0]
                    row[4] = grad_w[2]
                rows.append(weight * row)
                res.append(weight * value)
            for kind, c, idx in groups:
                if kind in ("touch", "reach"):
                    s = self.surface(c)
                    w = cur(verts[idx])
                    d = (w - s.point) @ s.normal
                    k = int(np.argmin(d))
                    arm = w[k] - pv
                    add(W_BASE if kind == "touch" else W_REACH, d[k], s.normal,
                        np.cross(arm, s.normal))
                elif kind in ("plant", "still"):
                    name = c.point if kind == "plant" else c
                    centre = cur(verts[idx]).mean(0)
                    target = prev.anchors[name]
                    arm = centre - pv
                    for axis in range(3):
                        e = np.zeros(3)
                        e[axis] = 1
                        add(W_PLANT, centre[axis] - target[axis], e, np.cross(arm, e))
                elif kind == "reach-plant":
                    # The limb's end, as the requested angles place it, near last frame's.
                    end_pos = cur(pos[self._chain_for(c)["end"]][None])[0]
                    target = prev.ends[self.end_key(c.point)][0]
                    arm = end_pos - pv
                    for axis in range(3):
                        e = np.zeros(3)
                        e[axis] = 1
                        add(W_REACH, end_pos[axis] - target[axis], e, np.cross(arm, e))
            # Nothing below the floor.
            w_all = cur(verts)
            k = int(np.argmin(w_all[:, 1]))
            if w_all[k, 1] < -0.5 or not has_vertical:
                add(W_FLOOR if has_vertical else W_BASE, w_all[k, 1], Y,
                    np.cross(w_all[k] - pv, Y))
            # Keep the place on the floor and the tilt unless the contacts say otherwise.
            for axis in (0, 2):
                e = np.zeros(3)
                e[axis] = 1
                add(W_ANCHOR, pv[axis] - anchor[axis], e, np.zeros(3))
            if tilt:
                rows.append(np.array([0, 0, 0, W_TILT, 0.0]))
                rows.append(np.array([0, 0, 0, 0, W_TILT]))
                res += [W_TILT * _angle_x(r_acc), W_TILT * _angle_z(r_acc)]
            jac = np.array(rows)
            step, *_ = np.linalg.lstsq(jac, -np.array(res), rcond=None)
            dt = step[:3]
            if tilt:
                dr = rotation([1, 0, 0], math.degrees(step[3])) @ \
                    rotation([0, 0, 1], math.degrees(step[4])) if (step[3] or step[4]) \
                    else np.eye(3)
            else:
                dr = np.eye(3)
            # Rotate about the pelvis, then move.
            t_acc = dr @ (t_acc - pv) + pv + dt
            r_acc = dr @ r_acc
            if np.abs(step).max() < 1e-3:
                break
        return r_acc @ placement, r_acc @ offset + t_acc

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
            if c.role not in ("reach", "hold"):
                continue
            stem, side = _split(c.point)
            if stem not in LIMB_ENDS or LIMB_ENDS[stem][2] in ("ankle", "hip"):
                continue
            region_stem, limb, end_kind = LIMB_ENDS[stem]
            ch = self.chain[(limb, side)]
            planted = self.planted(c, prev)
            if c.surface == "still" and not planted:
                continue
            for _ in range(3):
                rot, pos = self.fk(a, placement, offset)
                n = self.anatomy.neutral_world(rot)
                if planted:
                    target, end_n = prev.ends[(limb, side)]
                    end_n = end_n.copy()
                elif c.role == "hold":
                    target, end_n = self._hold_target(c, ch, rot, pos, n)
                else:
                    target, end_n = self._rest_target(c, ch, limb, end_kind, a, rot, pos, n)
                if np.linalg.norm(target - pos[ch["end"]]) < 0.05 and end_n is None:
                    break
                a = self._two_bone(spec, c, a, requested, ch, rot, pos, n, target)
                if end_n is not None:
                    rot, pos = self.fk(a, placement, offset)
                    n = self.anatomy.neutral_world(rot)
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
        d = float(((local - s.point) @ s.normal).min())
        return pos[ch["end"]] - d * s.normal, end_n

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
        if turned > MAX_LIMB_TURN:
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

    # Heads and feet ------------------------------------------------------------------

    def _rest_heads_and_feet(self, spec, a, placement, offset) -> np.ndarray:
        for c in spec.contacts:
            if c.role != "reach":
                continue
            stem, side = _split(c.point)
            if stem in HEAD_POINTS:
                a = self._rest_by_angle(spec, c, a, placement, offset, "neck")
            elif stem in LIMB_ENDS and LIMB_ENDS[stem][2] == "ankle":
                a = self._rest_by_angle(spec, c, a, placement, offset, "ankle")
            elif stem in LIMB_ENDS and LIMB_ENDS[stem][2] == "hip":
                a = self._rest_by_angle(spec, c, a, placement, offset, "hip")
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
            limit = 50.0
        elif kind == "ankle":
            ch = self.chain[("leg", side)]

            def apply(angle):
                out = a.copy()
                out[ch["end"]] = rotation(-X, angle) @ a[ch["end"]]  # dorsiflexion
                return out
            limit = 60.0
        else:  # a knee brought down to the floor by the hip
            ch = self.chain[("leg", side)]

            def apply(angle):
                out = a.copy()
                out[ch["upper"]] = rotation(-X, angle) @ a[ch["upper"]]  # hip flexion
                return out
            limit = 40.0

        def gap(angle):
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
        for name, idx in self.points.regions.items():
            solved.anchors[name] = v[idx].mean(0)
        for c in spec.contacts:
            idx = self.region(c.point)
            solved.anchors[c.point] = v[idx].mean(0)
        for (limb, side), ch in self.chain.items():
            solved.ends[(limb, side)] = (solved.pos[ch["end"]].copy(), n[ch["end"]].copy())
        for c in spec.contacts:
            planted = self.planted(c, prev)
            idx = self.region(c.point)
            if c.surface == "still":
                moved = float(np.linalg.norm(solved.anchors[c.point] - prev.anchors[c.point])) \
                    if planted else 0.0
                solved.contacts.append(ContactResult(c, solved.anchors[c.point].copy(), moved,
                                                     planted))
                continue
            s = self.surface(c)
            d = (v[idx] - s.point) @ s.normal
            k = int(np.argmin(d))
            solved.contacts.append(ContactResult(c, v[idx][k].copy(), float(d[k]), planted))
        for name in spec.still:
            solved.anchors[name] = v[self.region(name)].mean(0)
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
            if r.planted:
                moved = float(np.linalg.norm(solved.anchors[r.spec.point]
                                             - prev.anchors[r.spec.point]))
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


def _bend_for(l1: float, l2: float, dist: float) -> float | None:
    """The hinge flexion (degrees) that puts the end `dist` from the upper joint."""
    if dist > l1 + l2 + 0.5 or dist < abs(l1 - l2) + 1.0:
        return None
    dist = min(dist, l1 + l2)
    cos_inner = (l1 * l1 + l2 * l2 - dist * dist) / (2 * l1 * l2)
    return 180.0 - math.degrees(math.acos(max(-1.0, min(1.0, cos_inner))))


def _angle_x(r: np.ndarray) -> float:
    return math.atan2(r[2, 1], r[2, 2])


def _angle_z(r: np.ndarray) -> float:
    return math.atan2(r[1, 0], r[0, 0])
