"""Named base poses that figure definitions start from.

A definition names one base pose ("standing", "supine", ...) and overrides a
few joints per frame, so eighty exercises share a dozen well-drawn bodies.
Each pose gives joint angles (unset joints are 0, the standing position) and
the body points that rest on the floor.
"""

from __future__ import annotations

_ARMS_DOWN = {"shoulder_near": 5, "shoulder_far": -5, "elbow_near": 10, "elbow_far": 10}
_FEET = {"foot_near": "floor", "foot_far": "floor"}

POSES: dict[str, dict] = {
    "standing": {"joints": dict(_ARMS_DOWN), "contacts": dict(_FEET)},
    "supine": {
        "joints": {"body_pitch": -90, "shoulder_near": 8, "shoulder_far": 8, "ankle_near": 15,
                   "ankle_far": 15},
        "contacts": {"back": "floor", "heel_near": "floor", "heel_far": "floor"},
    },
    "crook-lying": {
        "joints": {"body_pitch": -90, "hip_near": 50, "hip_far": 50, "knee_near": 100,
                   "knee_far": 100, "shoulder_near": 8, "shoulder_far": 8},
        "contacts": {"back": "floor", **_FEET},
    },
    "prone": {
        "joints": {"body_pitch": 90, "ankle_near": 80, "ankle_far": 80, "head": -10,
                   "shoulder_near": 165, "shoulder_far": 165, "elbow_near": 110,
                   "elbow_far": 110},
        "contacts": {"back": "floor", "toe_near": "floor", "toe_far": "floor"},
    },
    "side-lying": {
        # Lying on the far side, facing the viewer, knees slightly bent; the
        # lower arm is under the head and the upper hand rests on the hip.
        "joints": {"body_pitch": 90, "body_spin": -90, "hip_near": 25, "hip_far": 25,
                   "knee_near": 30, "knee_far": 30, "shoulder_far": 170, "elbow_far": 120,
                   "shoulder_near": 10, "elbow_near": 10, "head_side": -15},
        "contacts": {"shoulder_far": "floor", "hip_far": "floor", "knee_far": "floor"},
    },
    "quadruped": {
        # Arms are longer than thighs: hips a little behind the knees and the
        # shins down flat keep the back level and the feet on the floor.
        "joints": {"body_pitch": 90, "hip_near": 78, "hip_far": 78, "knee_near": 98,
                   "knee_far": 98, "ankle_near": 75, "ankle_far": 75, "shoulder_near": 90,
                   "shoulder_far": 90, "head": -20},
        "contacts": {"knee_near": "floor", "knee_far": "floor", "hand_near": "floor",
                     "hand_far": "floor"},
    },
    "sitting": {
        # On a chair or bench: the definition adds the prop the pelvis rests on.
        "joints": {"hip_near": 90, "hip_far": 90, "knee_near": 90, "knee_far": 90,
                   "shoulder_near": 25, "shoulder_far": 20, "elbow_near": 65, "elbow_far": 65},
        "contacts": {"pelvis": "chair", **_FEET},
    },
    "long-sitting": {
        "joints": {"hip_near": 85, "hip_far": 85, "trunk": 5, "shoulder_near": 30,
                   "shoulder_far": 30, "elbow_near": 15, "elbow_far": 15, "ankle_near": 10,
                   "ankle_far": 10},
        "contacts": {"pelvis": "floor", "heel_near": "floor", "heel_far": "floor"},
    },
    "kneeling": {
        "joints": {"knee_near": 90, "knee_far": 90, "ankle_near": 75, "ankle_far": 75,
                   **_ARMS_DOWN},
        "contacts": {"knee_near": "floor", "knee_far": "floor"},
    },
    "half-kneeling": {
        # Near foot forward and flat, far knee down.
        "joints": {"hip_near": 90, "knee_near": 90, "hip_far": -5, "knee_far": 95,
                   "ankle_far": 75, **_ARMS_DOWN},
        "contacts": {"foot_near": "floor", "knee_far": "floor"},
    },
    "forearm-plank": {
        "joints": {"body_pitch": 90, "shoulder_near": 90, "shoulder_far": 90,
                   "elbow_near": 90, "elbow_far": 90, "head": -15},
        "contacts": {"elbow_near": "floor", "elbow_far": "floor", "toe_near": "floor",
                     "toe_far": "floor"},
    },
    "high-plank": {
        "joints": {"body_pitch": 90, "shoulder_near": 90, "shoulder_far": 90, "head": -15},
        "contacts": {"hand_near": "floor", "hand_far": "floor", "toe_near": "floor",
                     "toe_far": "floor"},
    },
}
