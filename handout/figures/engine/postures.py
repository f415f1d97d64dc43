"""Base postures: where the body is in the room, how it is shaped, what it rests on.

Build time only (numpy). World units are millimetres, the floor is y = 0, y
is up. Every posture puts the person with their *heading* along world +z:
the chest faces +z when upright; the head points to +z when lying or on
hands and knees. When the treated side is the right one (the default),
lying on the side means lying on the left side with the right side up; a
figure for the left side is the exact mirror image (x -> -x) of this.

A posture gives:

- `orientation`: the body-to-world rotation of the pelvis (before any tilt);
- `joints`: default angles in the definition's words, by group ("both",
  "treated", "other", "trunk") - a definition's own angles go on top;
- `contacts`: what rests where, as (body point words, surface, role). A
  `base` contact places the body (its height, and its tilt when the posture
  allows one); a `reach` contact is met by moving the limb (two-bone IK) or,
  for the head and feet, by the neck or ankle; `hold` keeps a hand on a prop.
- `props`: props the posture cannot do without (a chair to sit on), added
  when the definition has none of that kind;
- `tilt`: whether the base fit may tip the body (lying: yes; upright: no,
  the trunk stays as the angles say).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .. import vocabulary


@dataclass(frozen=True)
class Posture:
    name: str
    orientation: np.ndarray
    joints: dict = field(default_factory=dict)
    contacts: tuple[tuple[str, str | dict, str], ...] = ()
    props: tuple[tuple[str, str], ...] = ()   # (kind, placement)
    tilt: bool = False
    description: str = ""


def _columns(x, y, z) -> np.ndarray:
    """The rotation taking the body's x (left), y (up), z (front) to these world vectors."""
    m = np.array([x, y, z], dtype=np.float64).T
    assert abs(np.linalg.det(m) - 1) < 1e-9
    return m


UPRIGHT = np.eye(3)
ON_BACK = _columns((-1, 0, 0), (0, 0, 1), (0, 1, 0))
FACE_DOWN = _columns((1, 0, 0), (0, 0, 1), (0, -1, 0))
# Lying on the left side (the treated right side up): the left side faces the floor.
ON_LEFT_SIDE = _columns((0, -1, 0), (0, 0, 1), (-1, 0, 0))

_ARMS_HANG = {"shoulder_abduction": 6, "elbow_flexion": 8}
_ARMS_BESIDE_LYING = {"shoulder_abduction": 12, "elbow_flexion": 5, "forearm_supination": -60}
_HANDS_FLAT_DOWN = {"shoulder_flexion": 90, "elbow_flexion": 2, "forearm_supination": -85,
                    "wrist_extension": 85, "hand": "open"}

POSTURES: dict[str, Posture] = {}


def _add(p: Posture) -> None:
    POSTURES[p.name] = p


_add(Posture(
    "standing", UPRIGHT,
    joints={"both": dict(_ARMS_HANG)},
    contacts=(("treated foot", "floor", "base"), ("other foot", "floor", "base"))))
_add(Posture(
    "sitting", UPRIGHT,
    joints={"both": {"hip_flexion": 90, "knee_flexion": 85, "hip_abduction": 4,
                     "shoulder_flexion": 12, "shoulder_abduction": 8, "elbow_flexion": 50,
                     "forearm_supination": -70}},
    contacts=(("buttocks", "chair:seat", "base"), ("treated foot", "floor", "reach"),
              ("other foot", "floor", "reach")),
    props=(("chair", "under"),)))
_add(Posture(
    "long-sitting", UPRIGHT,
    # The hands rest on the thighs (this figure's arms are too short to reach the
    # floor beside the hips while sitting up).
    joints={"both": {"hip_flexion": 85, "ankle_plantarflexion": 10, "shoulder_flexion": 25,
                     "shoulder_abduction": 12, "elbow_flexion": 30, "forearm_supination": -70},
            "trunk": {"spine_flexion": 8}},
    contacts=(("buttocks", "floor", "base"), ("treated leg", "floor", "rest"),
              ("other leg", "floor", "rest")),
    tilt=True))
_add(Posture(
    "supine", ON_BACK,
    joints={"both": dict(_ARMS_BESIDE_LYING, ankle_plantarflexion=20)},
    contacts=(("upper back", "floor", "base"), ("buttocks", "floor", "base"),
              ("treated leg", "floor", "rest"), ("other leg", "floor", "rest"),
              ("head", "floor", "rest"), ("treated arm", "floor", "rest"),
              ("other arm", "floor", "rest")),
    tilt=True))
_add(Posture(
    "crook-lying", ON_BACK,
    joints={"both": dict(_ARMS_BESIDE_LYING, hip_flexion=50, knee_flexion=95, hip_abduction=3)},
    contacts=(("upper back", "floor", "base"), ("buttocks", "floor", "base"),
              ("head", "floor", "rest"), ("treated foot", "floor", "reach"),
              ("other foot", "floor", "reach"), ("treated arm", "floor", "rest"),
              ("other arm", "floor", "rest")),
    tilt=True))
_add(Posture(
    "side-lying", ON_LEFT_SIDE,
    joints={"both": {"hip_flexion": 40, "knee_flexion": 60},
            "other": {"shoulder_flexion": 160, "elbow_flexion": 45},
            # The top hand rests on the floor in front of the chest.
            "treated": {"shoulder_flexion": 75, "shoulder_horizontal_adduction": 35,
                        "elbow_flexion": 70, "hand": "open", "forearm_supination": -70},
            "trunk": {}},
    contacts=(("other hip", "floor", "base"), ("other shoulder", "floor", "base"),
              ("other leg", "floor", "rest"), ("treated hand", "floor", "reach")),
    tilt=True))
_add(Posture(
    "prone", FACE_DOWN,
    joints={"both": {"shoulder_abduction": 12, "elbow_flexion": 4, "forearm_supination": 70,
                     "ankle_plantarflexion": 60}},
    contacts=(("chest", "floor", "base"), ("belly", "floor", "base"),
              ("treated leg", "floor", "rest"), ("other leg", "floor", "rest"),
              ("treated instep", "floor", "rest"), ("other instep", "floor", "rest"),
              ("forehead", "floor", "rest")),
    tilt=True))
_add(Posture(
    "quadruped", FACE_DOWN,
    joints={"both": dict(_HANDS_FLAT_DOWN, hip_flexion=90, knee_flexion=90,
                         ankle_plantarflexion=40)},
    contacts=(("treated knee", "floor", "base"), ("other knee", "floor", "base"),
              ("treated hand", "floor", "reach"), ("other hand", "floor", "reach"),
              ("treated instep", "floor", "rest"), ("other instep", "floor", "rest"))))
_add(Posture(
    "kneeling", UPRIGHT,
    joints={"both": dict(_ARMS_HANG, knee_flexion=90, ankle_plantarflexion=40)},
    contacts=(("treated knee", "floor", "base"), ("other knee", "floor", "base"),
              ("treated instep", "floor", "rest"), ("other instep", "floor", "rest"))))
_add(Posture(
    "half-kneeling", UPRIGHT,
    joints={"both": dict(_ARMS_HANG),
            "treated": {"hip_flexion": 0, "knee_flexion": 90, "ankle_plantarflexion": 40},
            "other": {"hip_flexion": 85, "knee_flexion": 85}},
    contacts=(("treated knee", "floor", "base"), ("treated instep", "floor", "rest"),
              ("other foot", "floor", "reach"))))
_add(Posture(
    "standing-at-wall", UPRIGHT,
    joints={"both": {"shoulder_flexion": 85, "shoulder_abduction": 8, "elbow_flexion": 15,
                     "forearm_supination": -80, "wrist_extension": 75, "hand": "open"}},
    contacts=(("treated foot", "floor", "base"), ("other foot", "floor", "base"),
              ("treated hand", "wall", "reach"), ("other hand", "wall", "reach")),
    props=(("wall", "in front"),)))
_add(Posture(
    "standing-at-counter", UPRIGHT,
    joints={"both": {"shoulder_flexion": 30, "shoulder_abduction": 8, "elbow_flexion": 35,
                     "forearm_supination": -80, "wrist_extension": 60, "hand": "open"}},
    contacts=(("treated foot", "floor", "base"), ("other foot", "floor", "base"),
              ("treated hand", "counter", "reach"), ("other hand", "counter", "reach")),
    props=(("counter", "in front"),)))
_add(Posture(
    "standing-on-step", UPRIGHT,
    joints={"both": dict(_ARMS_HANG)},
    contacts=(("treated foot", "step", "base"), ("other foot", "step", "base")),
    props=(("step", "under both feet"),)))

assert set(POSTURES) == set(vocabulary.POSTURES), "postures and vocabulary disagree"
assert {n: p.props[0][0] for n, p in POSTURES.items() if p.props} == vocabulary.POSTURE_PROPS


def orientation(posture: Posture, treated: str, down: str = "other") -> np.ndarray:
    """The posture's pelvis orientation for this treated side (and side lying on)."""
    m = posture.orientation
    if posture.name == "side-lying" and down == "treated":
        # Lying on the treated side: turn over onto it (180 degrees about the long axis).
        m = np.diag([-1.0, -1.0, 1.0]) @ m
    if treated == "left":
        mirror = np.diag([-1.0, 1.0, 1.0])
        m = mirror @ m @ mirror
    return m
