"""Posing the body: joint angles -> 3-D points and limb segments (forward kinematics).

World axes: x to the right, y up, z towards the viewer of the side view. The
pelvis is the root; every limb hangs from it through rotations about the
joint axes described in `body`. Pure maths, no drawing.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

from . import body as B

Vec = tuple[float, float, float]
Mat = tuple[tuple[float, float, float], tuple[float, float, float], tuple[float, float, float]]


# ----------------------------------------------------------------- vector maths

@functools.lru_cache(maxsize=4096)
def _rx(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((1, 0, 0), (0, c, -s), (0, s, c))


@functools.lru_cache(maxsize=4096)
def _ry(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, 0, s), (0, 1, 0), (-s, 0, c))


@functools.lru_cache(maxsize=4096)
def _rz(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, -s, 0), (s, c, 0), (0, 0, 1))


def _mm(a: Mat, b: Mat) -> Mat:
    # Written out: this is the innermost loop of posing a figure.
    (a0, a1, a2), (a3, a4, a5), (a6, a7, a8) = a
    (b0, b1, b2), (b3, b4, b5), (b6, b7, b8) = b
    return ((a0 * b0 + a1 * b3 + a2 * b6, a0 * b1 + a1 * b4 + a2 * b7, a0 * b2 + a1 * b5 + a2 * b8),
            (a3 * b0 + a4 * b3 + a5 * b6, a3 * b1 + a4 * b4 + a5 * b7, a3 * b2 + a4 * b5 + a5 * b8),
            (a6 * b0 + a7 * b3 + a8 * b6, a6 * b1 + a7 * b4 + a8 * b7, a6 * b2 + a7 * b5 + a8 * b8))


def _mv(m: Mat, v: Vec) -> Vec:
    return (m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
            m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
            m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2])


def _add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def _axis(m: Mat, i: int) -> Vec:
    return (m[0][i], m[1][i], m[2][i])


def _at(origin: Vec, m: Mat, local: Vec) -> Vec:
    return _add(origin, _mv(m, local))


# ------------------------------------------------------------------ the body

@dataclass
class Pose:
    """One posed body: named points (world), their radii downwards, and its parts."""

    points: dict[str, Vec]
    # How far below each point the body surface reaches (for contacts).
    reach: dict[str, float]
    limbs: list[tuple[str, str, list[tuple[Vec, float, Vec, float]]]]  # group, side, segments
    trunk: tuple[Vec, Mat, Vec, Mat]   # pelvis point and frame, chest point and trunk frame
    head: tuple[Vec, Mat]
    neck_base: Vec
    hands: dict[str, Mat] = field(default_factory=dict)

    def moved(self, d: Vec) -> "Pose":
        shift = lambda p: _add(p, d)  # noqa: E731
        return Pose(
            points={k: shift(p) for k, p in self.points.items()},
            reach=self.reach,
            limbs=[(g, s, [(shift(a), ra, shift(b), rb) for a, ra, b, rb in segs])
                   for g, s, segs in self.limbs],
            trunk=(shift(self.trunk[0]), self.trunk[1], shift(self.trunk[2]), self.trunk[3]),
            head=(shift(self.head[0]), self.head[1]),
            neck_base=shift(self.neck_base), hands=self.hands)

    def bottom(self, point: str) -> float:
        return self.points[point][1] - self.reach[point]


def _ellipse_reach(m: Mat, depth: float, breadth: float) -> float:
    """Vertical half-extent of an elliptical cross-section with axes F (depth), N (breadth)."""
    return math.hypot(depth * m[1][0], breadth * m[1][2])


_IDENTITY: Mat = ((1, 0, 0), (0, 1, 0), (0, 0, 1))


def _about(axis: Vec, deg: float) -> Mat:
    """Rotation by `deg` about a unit axis (Rodrigues)."""
    x, y, z = axis
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    t = 1 - c
    return ((t * x * x + c, t * x * y - s * z, t * x * z + s * y),
            (t * x * y + s * z, t * y * y + c, t * y * z - s * x),
            (t * x * z - s * y, t * y * z + s * x, t * z * z + c))


def pose_body(j: dict[str, float], flat_feet: frozenset[str] = frozenset(),
              tip: Mat = _IDENTITY) -> Pose:
    """Forward kinematics: the body for one set of joint angles, pelvis at the origin."""
    root = _mm(_mm(_mm(_mm(tip, _ry(j["body_turn"])), _rz(-j["body_pitch"])),
                   _rx(j["body_roll"])), _ry(j["body_spin"]))
    trunk = _mm(_mm(_mm(root, _rz(-j["trunk"])), _rx(j["trunk_side"])), _ry(-j["trunk_turn"]))
    neck_m = _mm(trunk, _rz(-j["neck"]))
    head_m = _mm(_mm(_mm(neck_m, _rz(-j["head"])), _rx(j["head_side"])), _ry(-j["head_turn"]))
    origin: Vec = (0.0, 0.0, 0.0)
    neck_base = _at(origin, trunk, (0, B.TRUNK, 0))
    head_centre = _at(_at(neck_base, neck_m, (0, B.NECK, 0)), head_m,
                      (0.015, B.HEAD_RADIUS * 0.9, 0))
    chest = _at(origin, trunk, (0, B.CHEST_AT, 0))
    points: dict[str, Vec] = {
        "pelvis": origin, "back": _at(origin, trunk, (0, 0.22, 0)), "upper_back": chest,
        "chest": chest, "neck": neck_base, "head": head_centre,
    }
    reach = {
        "pelvis": min(_ellipse_reach(root, B.PELVIS_DEPTH, B.PELVIS_BREADTH),
                      0.07 * root[1][1] + 0.7 * _ellipse_reach(root, B.PELVIS_DEPTH,
                                                                 B.PELVIS_BREADTH)),
        "back": _ellipse_reach(trunk, (B.PELVIS_DEPTH + B.CHEST_DEPTH) / 2,
                               (B.PELVIS_BREADTH + B.CHEST_BREADTH) / 2),
        "upper_back": _ellipse_reach(trunk, B.CHEST_DEPTH, B.CHEST_BREADTH),
        "chest": _ellipse_reach(trunk, B.CHEST_DEPTH, B.CHEST_BREADTH),
        "neck": B.RADII["neck"][0], "head": B.HEAD_RADIUS,
    }
    limbs = []
    hands: dict[str, Mat] = {}
    for side, sign in (("near", 1.0), ("far", -1.0)):
        # Arm.
        shoulder = _at(origin, trunk, (0, B.TRUNK - B.SHOULDER_DROP, sign * B.SHOULDER_HALF))
        upper = _mm(_mm(_mm(trunk, _rz(j[f"shoulder_{side}"])),
                        _rx(-sign * j[f"shoulder_{side}_abd"])),
                    _ry(-sign * j[f"shoulder_{side}_rot"]))
        elbow = _at(shoulder, upper, (0, -B.UPPER_ARM, 0))
        fore = _mm(upper, _rz(j[f"elbow_{side}"]))
        wrist = _at(elbow, fore, (0, -B.FOREARM, 0))
        hand_m = _mm(_mm(fore, _ry(sign * j[f"forearm_{side}"])), _rz(-j[f"wrist_{side}"]))
        hand_tip = _at(wrist, hand_m, (0, -B.HAND, 0))
        hand = _at(wrist, hand_m, (0, -B.HAND * 0.55, 0))
        hands[f"hand_{side}"] = hand_m
        # Leg.
        hip = _at(origin, root, (0, 0, sign * B.HIP_HALF))
        thigh = _mm(_mm(_mm(root, _rz(j[f"hip_{side}"])), _rx(-sign * j[f"hip_{side}_abd"])),
                    _ry(-sign * j[f"hip_{side}_rot"]))
        knee = _at(hip, thigh, (0, -B.THIGH, 0))
        shin = _mm(thigh, _rz(-j[f"knee_{side}"]))
        ankle = _at(knee, shin, (0, -B.SHIN, 0))
        ankle_angle = j[f"ankle_{side}"]
        if side in flat_feet:
            # The sole is level when the foot's forward axis has no height:
            # solve the ankle angle for that, within its range.
            f_y, u_y = shin[1][0], shin[1][1]
            if abs(f_y) + abs(u_y) > 1e-9:
                low, high = B.JOINT_RANGES[f"ankle_{side}"]
                ankle_angle = min(high, max(low, math.degrees(math.atan2(f_y, u_y))))
        foot = _mm(shin, _rz(-ankle_angle))
        heel = _at(ankle, foot, (-B.FOOT_BACK, -B.ANKLE_HEIGHT + B.RADII["foot"][0], 0))
        toe = _at(ankle, foot, (B.FOOT_FORWARD, -B.ANKLE_HEIGHT + B.RADII["foot"][1], 0))
        r = B.RADII
        points.update({
            f"shoulder_{side}": shoulder, f"elbow_{side}": elbow, f"wrist_{side}": wrist,
            f"hand_{side}": hand, f"hip_{side}": hip, f"knee_{side}": knee,
            f"ankle_{side}": ankle, f"heel_{side}": heel, f"toe_{side}": toe,
            f"foot_{side}": ((heel[0] + toe[0]) / 2, min(heel[1], toe[1]), (heel[2] + toe[2]) / 2),
        })
        heel_reach, toe_reach = r["foot"][0], r["foot"][1]
        points[f"foot_{side}"] = (points[f"foot_{side}"][0],
                                  min(heel[1] - heel_reach, toe[1] - toe_reach) + 0.02,
                                  points[f"foot_{side}"][2])
        reach.update({
            f"shoulder_{side}": r["upper_arm"][0], f"elbow_{side}": r["upper_arm"][1],
            f"wrist_{side}": r["forearm"][1], f"hand_{side}": r["hand"][1],
            f"hip_{side}": r["thigh"][0], f"knee_{side}": r["thigh"][1],
            f"ankle_{side}": r["shin"][1], f"heel_{side}": heel_reach,
            f"toe_{side}": toe_reach, f"foot_{side}": 0.02,
        })
        limbs.append((f"arm_{side}", side, [
            (shoulder, r["upper_arm"][0], elbow, r["upper_arm"][1]),
            (elbow, r["forearm"][0], wrist, r["forearm"][1]),
            (wrist, r["hand"][0], hand_tip, r["hand"][1]),
        ]))
        limbs.append((f"leg_{side}", side, [
            (hip, r["thigh"][0], knee, r["thigh"][1]),
            (knee, r["shin"][0], ankle, r["shin"][1]),
            (heel, r["foot"][0], toe, r["foot"][1]),
        ]))
    # Sitting, the body rests on the buttocks and the backs of the thighs,
    # whichever is lowest.
    seat = min(points[p][1] - reach[p] for p in ("pelvis", "hip_near", "hip_far"))
    reach["pelvis"] = points["pelvis"][1] - seat
    return Pose(points=points, reach=reach, limbs=limbs,
                trunk=(origin, root, chest, trunk), head=(head_centre, head_m),
                neck_base=neck_base, hands=hands)
