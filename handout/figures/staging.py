"""Staging key frames: each pose set down on the floor or its props, lined up, props placed.

Each frame is lowered (or raised) until its lowest contact rests on its
surface, then tipped about its supports until every contact touches (unless
`level` is false); frames are lined up on the point that stays put, and
props sit under or beside the body points they belong to.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .definition import Frame, expand_frames
from .kinematics import _IDENTITY, Pose, _about, _mm, pose_body

TONES = {2: ("start", "end"), 3: ("start", "mid", "end")}
CONTACT_TOLERANCE = 0.03   # metres: a contact closer than this to its surface touches


# -------------------------------------------------------------- the frames

@dataclass
class PosedFrame:
    """A key frame placed in the world: its body, contacts and how well they touch."""

    tone: str
    pose: Pose
    contacts: dict[str, str]
    gaps: dict[str, float]  # contact -> distance above its surface (0 = touching)
    joints: dict[str, float]


@dataclass
class PropPlan:
    """Where a prop sits, resolved from the definition and the first frame."""

    spec: dict
    kind: str
    top: float = 0.0
    x: float = 0.0
    z: float = 0.0


_DEFAULT_HEIGHT = {"step": 0.2, "box": 0.3, "chair": 0.46, "bench": 0.45, "table": 0.75,
                   "pillow": 0.09, "towel": 0.012, "mat": 0.0}
_DEFAULT_SIZE = {"ball": 0.24, "rolled-towel": 0.11, "foam-roller": 0.15, "step": 0.38,
                 "box": 0.45, "chair": 0.44, "bench": 1.3, "table": 1.1, "pillow": 0.42,
                 "towel": 0.5, "weight": 0.1, "stick": 1.2}


def _ground(pose: Pose, contacts: dict[str, str], tops: dict[str, float]) -> float:
    """How far to raise the body so its lowest contact rests on its surface."""
    if not contacts:
        return -min(pose.bottom(p) for p in pose.points)
    return max(tops.get(surface, 0.0) - pose.bottom(point) for point, surface in contacts.items())


def _place_frame(frame: Frame, tops: dict[str, float], level: bool) -> tuple[Pose, dict]:
    joints = dict(frame.joints)
    contacts = dict(frame.contacts)
    flat = frozenset(side for side in ("near", "far")
                     if f"foot_{side}" in contacts and f"ankle_{side}" not in frame.explicit)
    tip = _IDENTITY
    pose = pose_body(joints, flat)
    for _ in range(12):
        pose = pose_body(joints, flat, tip)
        lift = _ground(pose, contacts, tops)
        gaps = {p: pose.bottom(p) + lift - tops.get(s, 0.0) for p, s in contacts.items()}
        if not level or len(gaps) < 2:
            break
        worst = max(gaps, key=gaps.get)
        if gaps[worst] < 0.004:
            break
        touching = [p for p, g in gaps.items() if g < 0.004]
        w = pose.points[worst]

        def flat_distance(p: str) -> float:
            q = pose.points[p]
            return math.hypot(q[0] - w[0], q[2] - w[2])
        pivot = max(touching, key=flat_distance)
        distance = flat_distance(pivot)
        if distance < 0.05:
            break
        q = pose.points[pivot]
        dx, dz = (w[0] - q[0]) / distance, (w[2] - q[2]) / distance
        # Tip the body about the level axis through the pivot, square to the
        # line to the worst contact, by the angle that brings that contact down.
        turn = math.degrees(math.asin(min(1.0, gaps[worst] / distance)))
        tip = _mm(_about((dz, 0.0, -dx), turn), tip)
    lift = _ground(pose, contacts, tops)
    return pose.moved((0.0, lift, 0.0)), joints


def place_frames(definition: dict) -> tuple[list[PosedFrame], dict[str, PropPlan]]:
    """Every key frame posed, grounded and lined up on its anchor; where the props sit."""
    frames = expand_frames(definition)
    level = definition.get("level", True)
    plans: dict[str, PropPlan] = {}
    for spec in definition.get("props", []):
        kind = spec["type"]
        plans[spec.get("id", kind)] = PropPlan(spec=spec, kind=kind)
    tops: dict[str, float] = {}
    for pid, plan in plans.items():
        if plan.kind in ("ball",):
            plan.top = plan.spec.get("size", _DEFAULT_SIZE["ball"])
        elif plan.kind in ("rolled-towel", "foam-roller"):
            plan.top = plan.spec.get("size", _DEFAULT_SIZE[plan.kind])
        else:
            plan.top = plan.spec.get("height", _DEFAULT_HEIGHT.get(plan.kind, 0.0))
        tops[pid] = plan.top
    # Props without a height of their own take it from the first frame that
    # stands on the floor and on them: the step is as high as the raised foot.
    for pid, plan in plans.items():
        if plan.kind not in ("step", "box", "chair", "bench", "table", "pillow") \
                or "height" in plan.spec:
            continue
        for frame in frames:
            contacts = dict(frame.contacts)
            on_prop = [p for p, s in contacts.items() if s == pid]
            on_floor = {p: s for p, s in contacts.items() if s == "floor"}
            if on_prop and on_floor:
                pose, _ = _place_frame(Frame(frame.joints, tuple(on_floor.items()),
                                             frame.explicit), tops, level)
                height = min(pose.bottom(p) for p in on_prop)
                if height > 0.02:
                    plan.top = tops[pid] = height
                break
    posed: list[PosedFrame] = []
    tones = TONES[len(frames)]
    for frame, tone in zip(frames, tones):
        pose, joints = _place_frame(frame, tops, frame.level if frame.level is not None
                                    else level)
        contacts = dict(frame.contacts)
        gaps = {p: pose.bottom(p) - tops.get(s, 0.0) for p, s in contacts.items()}
        posed.append(PosedFrame(tone=tone, pose=pose, contacts=contacts, gaps=gaps,
                                joints=joints))
    # Line the frames up on the point that stays put.
    anchor = definition.get("anchor")
    if anchor is None:
        common = [p for p in posed[0].contacts if all(p in f.contacts for f in posed)]
        anchor = common[0] if common else "pelvis"
    ax, _, az = posed[0].pose.points[anchor]
    for f in posed[1:]:
        bx, _, bz = f.pose.points[anchor]
        f.pose = f.pose.moved((ax - bx, 0.0, az - bz))
    # Props placed under or at a body point follow that point in the first
    # frame that rests on them (or the first frame).
    for pid, plan in plans.items():
        ref = plan.spec.get("under") or plan.spec.get("at")
        if ref is None:
            resting = [p for p, s in posed[0].contacts.items() if s == pid]
            ref = resting[0] if resting else None
        source = next((f for f in posed if f.contacts.get(ref) == pid), posed[0]) \
            if ref else posed[0]
        if ref:
            plan.x, _, plan.z = source.pose.points[ref]
        dx, _dy = plan.spec.get("offset", (0.0, 0.0))
        plan.x += dx
    return posed, plans
