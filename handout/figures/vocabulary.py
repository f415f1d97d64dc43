"""The words of a body-figure definition: joints and their limits, postures, props, views.

Pure Python (no numpy): `handout.figures.definition` checks definitions with
these tables when an exercise file is read, and the build-time engine
(`handout.figures.engine`) poses the body with the same tables, so a name or a
limit means the same thing in both places. docs/figures.md explains them for
the people who write definitions.

Angles are degrees from anatomical neutral: standing upright, arms hanging by
the sides with the palms facing the thighs (thumbs forward), elbows and knees
straight, feet flat and pointing forward, head level. A joint's positive
direction is the one in its name (`hip_flexion: 30` bends the hip 30 degrees);
the opposite word is the same joint negated (`hip_extension: 10` is
`hip_flexion: -10`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Joint:
    """One joint motion: its limits (degrees), its opposite word, and where it lives."""

    name: str
    low: float
    high: float
    opposite: str | None = None
    # "limb": per side (written under "treated"/"other"/"both");
    # "trunk": one for the body (written under "trunk");
    # "sided trunk": a trunk motion towards one side (under "treated" or "other").
    kind: str = "limb"


# Limits are the usual adult active ranges from general clinical knowledge
# (goniometry norms as taught and tabulated in clinical texts; rounded, and a
# little generous where a stretch or a weight-bearing position goes further
# than the active range). A definition outside a limit is refused: a figure
# must never show a joint bent further than a person's can.
JOINTS: tuple[Joint, ...] = (
    # Hip: flexion 120-130 with the knee bent (knee to chest); extension 20-30;
    # abduction 40-50; adduction 20-30; rotation about 45 each way.
    Joint("hip_flexion", -30, 130, "hip_extension"),
    Joint("hip_abduction", -30, 50, "hip_adduction"),
    Joint("hip_external_rotation", -45, 60, "hip_internal_rotation"),
    # Turning the bent hip out to the side about the body's long axis (fire
    # hydrant, knee rolls); measured from the position flexion and abduction give.
    Joint("hip_horizontal_abduction", -40, 60, "hip_horizontal_adduction"),
    # Knee: 135-150 actively, a little more when kneeling back on the heels;
    # a few degrees of hyperextension are normal.
    Joint("knee_flexion", -5, 155),
    # Ankle: dorsiflexion 20 actively, 35-45 in a weight-bearing lunge;
    # plantarflexion 50 at the ankle, 70-75 with the midfoot when the top of the
    # foot rests on the floor (kneeling, lying face down); inversion 30-35;
    # eversion 15-20.
    Joint("ankle_dorsiflexion", -75, 40, "ankle_plantarflexion"),
    Joint("ankle_inversion", -25, 35, "ankle_eversion"),
    # Toes at the ball of the foot: extension 70-80 (up on tiptoe), flexion 30-40.
    Joint("toe_extension", -40, 80, "toe_flexion"),
    # Shoulder (arm on trunk, shoulder blade included): flexion 180, extension
    # 50-60, abduction 180, adduction across the front 30-40, rotation 90 each
    # way (internal 70-90). Horizontal abduction turns the raised arm about the
    # body's long axis: outwards to the side and a little behind (120 from
    # straight ahead) or across the chest (about 50).
    Joint("shoulder_flexion", -60, 180, "shoulder_extension"),
    Joint("shoulder_abduction", -40, 180, "shoulder_adduction"),
    Joint("shoulder_external_rotation", -90, 90, "shoulder_internal_rotation"),
    Joint("shoulder_horizontal_abduction", -50, 120, "shoulder_horizontal_adduction"),
    # Shoulder blade, as the collarbone turns: retraction 15-25, protraction
    # 20-30, elevation 30-40, depression 5-10.
    Joint("scapula_retraction", -30, 25, "scapula_protraction"),
    Joint("scapula_elevation", -10, 40, "scapula_depression"),
    # Elbow: flexion 145-150, a few degrees of hyperextension.
    Joint("elbow_flexion", -5, 150),
    # Forearm from mid-position (thumb up): supination and pronation 80-90.
    Joint("forearm_supination", -90, 90, "forearm_pronation"),
    # Wrist: extension 70 actively and up to 90 bearing weight on the hand (hands
    # and knees, a wall push-up), flexion 80, radial deviation 20, ulnar 30-35.
    Joint("wrist_extension", -80, 90, "wrist_flexion"),
    Joint("wrist_radial_deviation", -35, 25, "wrist_ulnar_deviation"),
    # Fingers on top of the hand shape (below): a general curl of all fingers.
    Joint("finger_flexion", -20, 90, "finger_extension"),
    # Trunk: thoracolumbar flexion 80-90, extension 25-35 (more in a prone
    # press-up), side bend 30-35 each way, rotation 30-45 each way.
    Joint("spine_flexion", -40, 90, "spine_extension", "trunk"),
    Joint("lumbar_flexion", -35, 60, "lumbar_extension", "trunk"),
    Joint("thoracic_flexion", -25, 45, "thoracic_extension", "trunk"),
    Joint("spine_side_bend", 0, 40, None, "sided trunk"),
    Joint("spine_rotation", 0, 50, None, "sided trunk"),
    # Pelvis: about 15-20 degrees of tilt either way from neutral.
    Joint("anterior_pelvic_tilt", -20, 20, "posterior_pelvic_tilt", "trunk"),
    # Neck: flexion 45-50, extension 60-70, side bend 40-45, rotation 70-80;
    # the head nod (upper neck) adds about 15-20 either way.
    Joint("neck_flexion", -65, 50, "neck_extension", "trunk"),
    Joint("head_nod", -20, 25, "head_tilt_back", "trunk"),
    Joint("neck_side_bend", 0, 45, None, "sided trunk"),
    Joint("neck_rotation", 0, 80, None, "sided trunk"),
)
JOINT = {j.name: j for j in JOINTS}
# Every word a definition may use for a joint -> (joint, sign).
JOINT_WORDS: dict[str, tuple[Joint, int]] = {}
for _j in JOINTS:
    JOINT_WORDS[_j.name] = (_j, 1)
    if _j.opposite:
        JOINT_WORDS[_j.opposite] = (_j, -1)

# Hand shapes (the value of "hand" under a side).
HANDS = {
    "relaxed": "fingers softly curled, as the hand hangs",
    "open": "fingers straight and together, palm flat (on the floor, a wall, a table)",
    "spread": "fingers straight and spread apart, the thumb out",
    "gathered": "fingertips and thumb tip gathered together (a band round them)",
    "hook": "a hook: knuckles straight, the two outer finger joints bent",
    "tabletop": "a table top: knuckles bent, fingers straight",
    "straight-fist": "a straight fist: knuckles and middle joints bent, fingertips on the palm",
    "fist": "a closed fist, thumb across the fingers",
    "grip": "holding a handle, band, stick, towel or weight",
    "ball": "squeezing a small ball",
    "pinch": "thumb tip against the index fingertip",
}

# Postures: the body's base position in the room, with what it rests on.
POSTURES = {
    "standing": "standing on the floor, feet flat",
    "sitting": "sitting on a chair, feet flat on the floor",
    "long-sitting": "sitting on the floor with the legs out straight",
    "supine": "lying on the back, legs straight",
    "crook-lying": "lying on the back, knees bent, feet flat",
    "side-lying": "lying on one side, hips and knees a little bent",
    "prone": "lying face down",
    "quadruped": "on hands and knees",
    "kneeling": "kneeling upright on both knees",
    "half-kneeling": "kneeling on one knee, the other foot flat in front",
    "standing-at-wall": "standing facing a wall, an arm's length away",
    "standing-at-counter": "standing facing a counter, hands resting on it",
    "standing-on-step": "standing on a step",
}

# The prop a posture cannot do without (added when the definition has none of that
# kind; its id is the kind, so contacts may name it).
POSTURE_PROPS = {"sitting": "chair", "standing-at-wall": "wall",
                 "standing-at-counter": "counter", "standing-on-step": "step"}

# Body points: where contacts rest and what arrows and close-ups follow.
# Limb points are written with their side: "treated knee", "other hand".
LIMB_POINTS = ("foot", "heel", "toes", "instep", "ankle", "knee", "shin", "thigh", "leg", "hip",
               "hand",
               "fingers", "wrist", "forearm", "elbow", "upper arm", "arm", "shoulder")
TRUNK_POINTS = ("pelvis", "buttocks", "back", "upper back", "lower back", "chest", "belly", "head",
                "forehead", "face", "chin", "neck")
SIDES = ("treated", "other")
BODY_POINTS = tuple(f"{s} {p}" for s in SIDES for p in LIMB_POINTS) + TRUNK_POINTS
# Parts of the body a hand may hold (a hand round the toes in a plantar fascia
# stretch, a hand on the knee): `{"treated hand": "treated toes"}`.
HELD_BODY_POINTS = tuple(f"{s} {p}" for s in SIDES
                         for p in ("toes", "foot", "heel", "ankle", "shin", "knee", "thigh"))

# Props: simple shapes in the room. `surface` props can carry the body.
PROPS = {
    "mat": "an exercise mat on the floor",
    "chair": "a dining chair (seat, back, legs)",
    "step": "a step or low box",
    "wall": "a wall",
    "counter": "a kitchen counter or table top at hip height",
    "table": "a table",
    "bench": "a low bench",
    "band": "an elastic band from an anchor to the hand",
    "ball": "a ball (small in the hand, or a larger soft ball)",
    "towel": "a towel, flat or rolled",
    "stick": "a stick held in both hands",
    "weight": "a hand weight",
    "hammer": "a hammer held by the end of its handle (forearm turning)",
    "bag": "a shopping bag carried by its handles",
    "pillow": "a pillow",
    "foam-roller": "a foam roller",
    "cushion": "a firm balance cushion on the floor, stood on",
    "belt": "a belt round both thighs just above the knees",
    "bike": "an upright exercise bike (seat, pedals, handlebars)",
    "doorway": "a door frame in a wall, stood in",
    "handrail": "a stair handrail held in the hand",
}
SURFACE_PROPS = ("mat", "chair", "step", "wall", "counter", "table", "bench", "ball",
                 "towel", "pillow", "foam-roller", "cushion", "bike", "doorway")

VIEWS = ("side", "front", "back", "above")
CLOSE_UPS = ("hand", "forearm", "foot", "feet", "neck", "shoulder-blades", "upper-body")
MOTIONS = ("move", "both-ways", "hold", "press", "turn", "pulse")
LAYOUTS = ("panels", "faded-start", "sequence")
