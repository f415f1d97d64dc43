"""The human body the figures are made of: proportions, joints and their ranges.

One table of limb lengths and thicknesses (metres, for an adult of 1.75 m) so
every figure has the same build; one table of joints with the anatomical range
each may take, which `definition_problems` enforces. Pure data, no drawing.

Joint angles are in degrees. Limbs come in a near-side and a far-side copy
(`knee_near`, `knee_far`): near is the side turned towards the viewer in the
side view. Conventions, all measured from the standing position:

- `body_pitch` tips the whole body forward in the picture plane (90 = face
  down, -90 = on the back); `body_spin` turns it about its long axis;
  `body_roll` leans it towards the near side; `body_turn` turns it about the
  vertical (90 = facing the viewer of the side view).
- `neck` tips the neck forward (a poking chin) or back (a chin tuck); `head`
  is then measured from the neck.
- `trunk`, `head`: forward bend (+) or backward (-); `*_side` bends towards
  the near side; `*_turn` turns the chest / face towards the near side.
- `shoulder_*`, `hip_*`: flexion (+, limb forward) and extension (-);
  `*_abd` abduction (out to the side); `*_rot` external rotation.
- `elbow_*`, `knee_*`: flexion, 0 = straight. `ankle_*`: plantar flexion (+,
  toes down) or dorsiflexion (-). `wrist_*`: flexion (+) or extension (-); `forearm_*`: turns the
  hand palm down (+, pronation) or palm up (-) from thumb-up.
"""

from __future__ import annotations

# Lengths (metres).
TRUNK = 0.50          # hip line to the base of the neck
NECK = 0.07
HEAD_RADIUS = 0.105
SHOULDER_DROP = 0.045  # shoulder joints sit a little below the top of the trunk
SHOULDER_HALF = 0.18   # half the distance between the shoulder joints
HIP_HALF = 0.09        # half the distance between the hip joints
UPPER_ARM = 0.30
FOREARM = 0.26
HAND = 0.09
THIGH = 0.44
SHIN = 0.43
ANKLE_HEIGHT = 0.07
FOOT_FORWARD = 0.17    # ankle to toe tip, along the foot
FOOT_BACK = 0.045      # ankle to heel

# Segment lengths, used by tests: these must not change between frames.
SEGMENT_LENGTHS = {
    "upper_arm": UPPER_ARM,
    "forearm": FOREARM,
    "hand": HAND,
    "thigh": THIGH,
    "shin": SHIN,
    "trunk": TRUNK,
}

# Half thicknesses (radii) of the rounded limbs, proximal end then distal end.
RADII = {
    "upper_arm": (0.048, 0.038),
    "forearm": (0.038, 0.029),
    "hand": (0.030, 0.026),
    "thigh": (0.078, 0.054),
    "shin": (0.054, 0.036),
    "foot": (0.036, 0.022),
    "neck": (0.048, 0.048),
}
# The trunk is an elliptical column: half depth (front-back) and half breadth
# (side to side), at the pelvis and at the chest.
PELVIS_DEPTH, PELVIS_BREADTH = 0.105, 0.165
CHEST_DEPTH, CHEST_BREADTH = 0.115, 0.19
CHEST_AT = 0.40       # centre of the chest end, along the trunk from the hip line

# Every joint a definition may set, with its allowed range (degrees).
JOINT_RANGES: dict[str, tuple[float, float]] = {
    "body_pitch": (-180, 180),
    "body_spin": (-180, 180),
    "body_roll": (-45, 45),
    "body_turn": (-180, 180),
    "neck": (-30, 45),
    "trunk": (-45, 120),
    "trunk_side": (-50, 50),
    "trunk_turn": (-70, 70),
    "head": (-60, 70),
    "head_side": (-50, 50),
    "head_turn": (-80, 80),
}
for _side in ("near", "far"):
    JOINT_RANGES.update({
        f"shoulder_{_side}": (-70, 180),
        f"shoulder_{_side}_abd": (-40, 180),
        f"shoulder_{_side}_rot": (-90, 100),
        f"elbow_{_side}": (0, 150),
        f"wrist_{_side}": (-80, 80),
        f"forearm_{_side}": (-90, 90),
        f"hip_{_side}": (-35, 145),
        f"hip_{_side}_abd": (-35, 70),
        f"hip_{_side}_rot": (-60, 70),
        f"knee_{_side}": (0, 160),
        f"ankle_{_side}": (-35, 80),
    })

JOINTS = tuple(JOINT_RANGES)

# Named points on the body: contacts, anchors, arrows and bands refer to them.
POINTS = ("pelvis", "back", "upper_back", "chest", "neck", "head") + tuple(
    f"{part}_{side}" for side in ("near", "far")
    for part in ("shoulder", "elbow", "wrist", "hand", "hip", "knee", "ankle", "heel",
                 "toe", "foot"))

# Where an arrow turns about when only its point is named: the joint above it.
PARENT = {"head": "neck", "neck": "pelvis", "chest": "pelvis", "upper_back": "pelvis",
          "back": "pelvis"}
for _side in ("near", "far"):
    PARENT.update({
        f"elbow_{_side}": f"shoulder_{_side}", f"wrist_{_side}": f"elbow_{_side}",
        f"hand_{_side}": f"elbow_{_side}", f"knee_{_side}": f"hip_{_side}",
        f"ankle_{_side}": f"knee_{_side}", f"heel_{_side}": f"knee_{_side}",
        f"toe_{_side}": f"ankle_{_side}", f"foot_{_side}": f"knee_{_side}",
        f"shoulder_{_side}": "pelvis", f"hip_{_side}": "pelvis",
    })
