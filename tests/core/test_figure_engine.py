"""The pose half of the figure engine: skinning, anatomy, contacts, definitions, mirroring.

Posing needs numpy (the `test` and `figures` extras); the definition checks
do not. Subjects: the three seed exercises and one small movement in each
base posture (tests/core/data/figure_postures.json).
"""

from __future__ import annotations

import ast
import copy
import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handout.figures import definition_problems, vocabulary
from handout.figures.body_format import canonical_joints, figure_problems

np = pytest.importorskip("numpy")

from handout.figures.engine import anatomy as AN  # noqa: E402
from handout.figures.engine import skinning as S  # noqa: E402
from handout.figures.engine.body import MIRROR, load_body, signed_volume  # noqa: E402
from handout.figures.engine.contacts import TOLERANCE, ContactError  # noqa: E402
from handout.figures.engine.points import points_for  # noqa: E402
from handout.figures.engine.scene import (FigureDefinitionError, pose_exercise,  # noqa: E402
                                          rest_scene)

pytestmark = pytest.mark.core

ROOT = Path(__file__).resolve().parents[2]
SUBJECTS = json.loads((Path(__file__).parent / "data" / "figure_postures.json")
                      .read_text(encoding="utf-8"))["figures"]
SEEDS = {name: json.loads((ROOT / "assets" / "exercises" / f"{name}.json")
                          .read_text(encoding="utf-8"))["exercise"]["figure"]
         for name in ("clamshell", "fire-hydrant", "step-up")}
ALL = {**{f"posture {k}": v for k, v in SUBJECTS.items()}, **SEEDS}


@pytest.fixture(scope="module")
def body():
    return load_body()


@pytest.fixture(scope="module")
def anatomy(body):
    return AN.anatomy_for(body)


@pytest.fixture(scope="module")
def posed():
    return {name: pose_exercise(d, exercise_id=name) for name, d in ALL.items()}


def _skin(anatomy, body, joints: dict) -> tuple[np.ndarray, dict]:
    a = anatomy.rotations(joints)
    rot, pos = S.forward_kinematics(body, anatomy.local_rotations(a))
    v = S.skin(body, rot, pos)
    return v, points_for(body).landmarks(rot, pos, v)


# ------------------------------------------------------------ body and skinning

def test_the_asset_is_the_skin_group_with_symmetric_skeleton_and_weights(body):
    assert body.vertices.shape == (13380, 3) and body.quads.shape == (13378, 4)
    assert len(body.triangles) == 2 * len(body.quads)
    assert signed_volume(body.vertices, body.triangles) > 4e7  # outward, about 55 litres
    assert np.allclose(body.weight_values.sum(1), 1.0)
    mirror = body.mirror_vertex
    assert (mirror[mirror] == np.arange(len(mirror))).all()
    assert np.allclose(body.vertices[mirror], body.vertices * [-1, 1, 1])
    assert np.allclose(body.heads[body.mirror_bone], body.heads * [-1, 1, 1])
    dense = np.zeros((len(mirror), len(body.bone_names)))
    np.add.at(dense, (np.arange(len(mirror))[:, None].repeat(6, 1), body.weight_bones),
              body.weight_values)
    assert np.abs(dense - dense[mirror][:, body.mirror_bone]).max() < 1e-6
    # Only the kept bones, parents first; no face bones.
    assert all(p < i for i, p in enumerate(body.parents))
    assert not any(n.startswith(("jaw", "eye", "tongue", "oris")) for n in body.bone_names)


def test_identity_rotations_give_the_rest_pose_exactly(body):
    local = np.tile(np.eye(3), (len(body.bone_names), 1, 1))
    rot, pos = S.forward_kinematics(body, local)
    assert np.abs(S.skin(body, rot, pos) - body.vertices).max() < 1e-9
    assert np.abs(S.linear_blend_skin(body, rot, pos) - body.vertices).max() < 1e-9


def test_zero_angles_give_anatomical_neutral(anatomy, body):
    v, marks = _skin(anatomy, body, {})
    for side, sign in (("left", 1), ("right", -1)):
        # Arms hang straight down: shoulder, elbow and wrist in one vertical line.
        shoulder, elbow, wrist = (marks[f"{j}_{side}"] for j in ("shoulder", "elbow", "wrist"))
        for upper, lower in ((shoulder, elbow), (elbow, wrist)):
            d = (lower - upper) / np.linalg.norm(lower - upper)
            assert d[1] < -0.99
        # Legs straight down, knee straight.
        hip, knee, ankle = (marks[f"{j}_{side}"] for j in ("hip", "knee", "ankle"))
        assert ((knee - hip) / np.linalg.norm(knee - hip))[1] < -0.999
        assert ((ankle - knee) / np.linalg.norm(ankle - knee))[1] < -0.999
        # The hand hangs in line with the forearm; the thumb side is forward.
        assert (marks[f"fingertips_{side}"] - wrist)[1] < -150
        thumb = body.tails[body.bone(f"finger1-3.{'L' if side == 'left' else 'R'}")]
        del thumb, sign


def test_dual_quaternions_keep_the_hip_far_better_than_linear_blend(anatomy, body):
    def volume(joints, skinner):
        a = anatomy.rotations(joints)
        rot, pos = S.forward_kinematics(body, anatomy.local_rotations(a))
        return signed_volume(skinner(body, rot, pos), body.triangles)
    # Volume lost bending one joint from neutral (measured: hip 90, DQS about 0.13
    # litres, linear blend 1.25; knee 120, 0.2 against 0.33).
    for joints, share in (({"left.hip_flexion": 90}, 0.25), ({"left.knee_flexion": 120}, 0.8)):
        dqs = volume({}, S.skin) - volume(joints, S.skin)
        lbs = volume({}, S.linear_blend_skin) - volume(joints, S.linear_blend_skin)
        assert lbs > 0 and abs(dqs) < share * lbs, (joints, dqs, lbs)
    # The cross-section at the crease of a hip bent 90 degrees: linear blend
    # collapses it (front and back of the groin pulled together), DQS does not.
    a = anatomy.rotations({"left.hip_flexion": 90})
    rot, pos = S.forward_kinematics(body, anatomy.local_rotations(a))
    hip = pos[body.bone("upperleg01.L")]

    def thickness(v):
        near = np.abs(v[:, 0] - hip[0]) < 30
        near &= np.linalg.norm(v[:, [1, 2]] - hip[[1, 2]], axis=1) < 160
        return np.linalg.norm(v[near][:, [1, 2]] - hip[[1, 2]], axis=1).mean()
    assert thickness(S.skin(body, rot, pos)) > thickness(S.linear_blend_skin(body, rot, pos))


def test_quaternions_round_trip_and_hemispheres_do_not_matter(body):
    rng = np.random.default_rng(7)
    r = np.stack([S.rotation(rng.normal(size=3), rng.uniform(-179, 179)) for _ in range(200)])
    q = S.matrix_to_quaternion(r)
    assert np.abs(S.quaternion_to_matrix(q) - r).max() < 1e-12
    assert (q[:, 0] >= 0).all()


# ------------------------------------------------------------ joint words

# (joint, degrees, landmark, world direction it must move, at least mm)
MOVES = [
    ("left.hip_flexion", 60, "knee_left", (0, 0, 1), 150),
    ("left.hip_flexion", 60, "knee_left", (0, 1, 0), 40),
    ("left.hip_extension", 20, "knee_left", (0, 0, -1), 60),
    ("left.hip_abduction", 30, "ankle_left", (1, 0, 0), 200),
    ("right.hip_abduction", 30, "ankle_right", (-1, 0, 0), 200),
    ("left.knee_flexion", 90, "ankle_left", (0, 0, -1), 300),
    ("left.ankle_dorsiflexion", 20, "toe_left", (0, 1, 0), 30),
    ("left.ankle_plantarflexion", 30, "toe_left", (0, -1, 0), 30),
    ("left.shoulder_flexion", 90, "wrist_left", (0, 0, 1), 300),
    ("left.shoulder_flexion", 90, "wrist_left", (0, 1, 0), 300),
    ("left.shoulder_abduction", 90, "wrist_left", (1, 0, 0), 300),
    ("right.shoulder_abduction", 90, "wrist_right", (-1, 0, 0), 300),
    ("left.shoulder_extension", 40, "wrist_left", (0, 0, -1), 150),
    ("left.elbow_flexion", 90, "wrist_left", (0, 0, 1), 150),
    ("left.wrist_extension", 45, "fingertips_left", (1, 0, 0), 50),
    ("left.wrist_flexion", 45, "fingertips_left", (-1, 0, 0), 50),
    ("left.wrist_radial_deviation", 20, "fingertips_left", (0, 0, 1), 20),
    ("spine_flexion", 40, "head", (0, 0, 1), 200),
    ("spine_extension", 20, "head", (0, 0, -1), 80),
    ("spine_side_bend", 20, "head", (1, 0, 0), 100),      # towards the left
    ("spine_rotation", 30, "shoulder_right", (0, 0, 1), 60),  # chest turns left
    ("neck_flexion", 30, "chin", (0, -1, 0), 20),
    ("neck_rotation", 40, "chin", (1, 0, 0), 40),
    ("neck_side_bend", 30, "head_top", (1, 0, 0), 60),
    ("head_nod", 20, "chin", (0, 0, -1), 5),
    ("left.scapula_elevation", 20, "shoulder_left", (0, 1, 0), 15),
    ("left.scapula_retraction", 20, "shoulder_left", (0, 0, -1), 15),
]


@pytest.mark.parametrize("joint, degrees, mark, direction, least", MOVES,
                         ids=[f"{m[0]}-{m[2]}-{m[3]}" for m in MOVES])
def test_each_joint_word_moves_the_right_part_the_right_way(anatomy, body, joint, degrees,
                                                            mark, direction, least):
    side, _, word = joint.rpartition(".")
    j, sign = vocabulary.JOINT_WORDS[word]
    key = f"{side}.{j.name}" if side else j.name
    _, before = _skin(anatomy, body, {})
    _, after = _skin(anatomy, body, {key: sign * degrees})
    moved = (after[mark] - before[mark]) @ np.array(direction, float)
    assert moved > least, f"{joint} {degrees}: {mark} moved {moved:.0f} mm that way"


def test_forearm_rotation_turns_the_palm_and_the_fist_closes(anatomy, body):
    def palm_normal(joints):
        a = anatomy.rotations(joints)
        rot, _ = S.forward_kinematics(body, anatomy.local_rotations(a))
        return anatomy.neutral_world(rot)[body.bone("wrist.L")] @ np.array([-1.0, 0, 0])
    assert palm_normal({})[0] < -0.9                               # facing the thigh
    assert palm_normal({"left.forearm_supination": 85})[2] > 0.9   # palm forward
    assert palm_normal({"left.forearm_supination": -85})[2] < -0.9  # palm back
    _, open_hand = _skin(anatomy, body, {"left.hand": "open"})
    _, fist = _skin(anatomy, body, {"left.hand": "fist"})
    reach = lambda m: np.linalg.norm(m["fingertips_left"] - m["wrist_left"])  # noqa: E731
    assert reach(fist) < reach(open_hand) - 60


def test_the_right_side_is_the_mirror_of_the_left(anatomy, body):
    left = anatomy.rotations({"left.hip_flexion": 50, "left.hip_external_rotation": 20,
                              "left.shoulder_abduction": 70, "left.elbow_flexion": 40,
                              "spine_side_bend": 15, "neck_rotation": 30})
    right = anatomy.rotations({"right.hip_flexion": 50, "right.hip_external_rotation": 20,
                               "right.shoulder_abduction": 70, "right.elbow_flexion": 40,
                               "spine_side_bend": -15, "neck_rotation": -30})
    assert np.abs(right[body.mirror_bone] - MIRROR @ left @ MIRROR).max() < 1e-12


def test_resolved_angles_read_back_the_requested_ones(anatomy, body):
    joints = {"right.hip_flexion": 45, "right.hip_abduction": 20, "right.knee_flexion": 70,
              "right.ankle_dorsiflexion": 10, "left.shoulder_flexion": 60,
              "left.elbow_flexion": 80, "left.forearm_supination": 30,
              "left.wrist_extension": 25}
    a = anatomy.rotations(joints)
    rot, _ = S.forward_kinematics(body, anatomy.local_rotations(a))
    got = anatomy.resolved_angles(anatomy.neutral_world(rot), np.eye(3))
    for key, value in joints.items():
        assert got[key] == pytest.approx(value, abs=1.0), key


# ------------------------------------------------------------ limits

def test_limits_are_enforced_by_the_checker_and_by_the_engine(anatomy):
    d = copy.deepcopy(SEEDS["clamshell"])
    d["frames"][1]["treated"]["hip_external_rotation"] = 75
    problems = definition_problems(d)
    assert problems == ["frames[1].treated.hip_external_rotation: 75 is outside -45 to 60 "
                        "degrees"]
    with pytest.raises(FigureDefinitionError, match="hip_external_rotation"):
        pose_exercise(d, exercise_id="clamshell")
    with pytest.raises(AN.PoseError, match="knee_flexion"):
        anatomy.rotations({"left.knee_flexion": 170})
    # The opposite word is checked against the mirrored range.
    assert definition_problems(dict(d, frames=[{}, {"treated": {"knee_flexion": -10}}])) != []
    ok = copy.deepcopy(SEEDS["clamshell"])
    ok["frames"][1]["treated"] = {"hip_internal_rotation": 45}
    assert definition_problems(ok) == []
    ok["frames"][1]["treated"] = {"hip_internal_rotation": 46}
    assert definition_problems(ok) == ["frames[1].treated.hip_internal_rotation: 46 is "
                                       "outside -60 to 45 degrees"]


def test_every_joint_has_a_limit_table_entry_and_is_documented():
    doc = (ROOT / "docs" / "figures.md").read_text(encoding="utf-8")
    for joint in vocabulary.JOINTS:
        assert joint.low < joint.high
        assert f"`{joint.name}`" in doc, joint.name
        if joint.opposite:
            assert f"`{joint.opposite}`" in doc, joint.opposite
    for posture in vocabulary.POSTURES:
        assert f"`{posture}`" in doc, posture


def test_contacts_that_would_force_a_joint_past_its_limit_are_refused():
    d = {"version": 2, "posture": "kneeling", "side": "right",
         "frames": [{}, {"contacts": {"treated hand": "floor"}}]}
    with pytest.raises(ContactError) as caught:
        pose_exercise(d, exercise_id="kneeling-reach")
    message = str(caught.value)
    assert message.startswith("kneeling-reach: frame 2 (end): the right hand cannot reach "
                              "the floor"), message


# ------------------------------------------------------------ contacts

@pytest.mark.parametrize("name", sorted(ALL))
def test_contacts_touch_planted_parts_stay_and_nothing_sinks(posed, name):
    frames = posed[name]
    assert 2 <= len(frames) <= 3
    for k, frame in enumerate(frames):
        assert frame.vertices[:, 1].min() > -TOLERANCE, (name, frame.name)
        for c in frame.contacts:
            if c.surface == "still":
                assert c.distance <= TOLERANCE, (name, frame.name, c.words)
            else:
                assert abs(c.distance) <= TOLERANCE, (name, frame.name, c.words, c.distance)
            if c.planted and c.surface != "still":  # ("still" is measured in distance)
                before = next(p for p in frames[k - 1].contacts if p.point == c.point)
                moved = c.anchor - before.anchor
                if c.point.split("_")[0] not in ("foot", "hand", "heel", "toes", "fingers",
                                                 "wrist", "ankle"):
                    moved[1] = 0.0  # a base may roll up or down on its surface
                assert np.linalg.norm(moved) <= TOLERANCE, (name, frame.name, c.words)
    triangles = {id(f.triangles) for f in frames}
    assert len(triangles) == 1


def test_the_seed_exercises_read_as_intended(posed):
    clam = posed["clamshell"]
    start, end = clam[0].landmarks, clam[1].landmarks
    # The top (treated, right) knee opens upwards; the feet stay together; pelvis still.
    assert end["knee_right"][1] - start["knee_right"][1] > 80
    assert np.linalg.norm(end["ankle_right"] - start["ankle_right"]) < TOLERANCE
    assert np.linalg.norm(end["ankle_right"] - end["ankle_left"]) < 160
    assert np.linalg.norm(end["pelvis"] - start["pelvis"]) < TOLERANCE
    hydrant = posed["fire-hydrant"]
    start, end = hydrant[0].landmarks, hydrant[1].landmarks
    assert end["knee_right"][1] - start["knee_right"][1] > 150       # lifted
    assert start["knee_right"][0] - end["knee_right"][0] > 150       # out to the right side
    assert abs(end["knee_right"][2] - start["knee_right"][2]) < 120   # not forward or back
    assert np.linalg.norm(end["knee_left"] - start["knee_left"]) < TOLERANCE
    step = posed["step-up"]
    start, end = step[0].landmarks, step[1].landmarks
    assert end["pelvis"][1] - start["pelvis"][1] > 100              # rising onto the step
    step_top = next(p for p in step[0].props if p.kind == "step").surfaces["top"]
    for frame in step:
        foot = next(c for c in frame.contacts if c.point == "foot_right")
        assert abs(step_top.distance(foot.position)) < TOLERANCE
        assert step_top.contains(foot.position)


def test_hip_external_rotation_opens_the_top_knee_when_the_feet_stay_together():
    d = {"version": 2, "posture": "side-lying", "side": "right",
         "pose": {"both": {"hip_flexion": 45, "knee_flexion": 90},
                  "treated": {"hip_adduction": 14}},
         "contacts": {"treated foot": "still"}, "still": ["pelvis"],
         "frames": [{}, {"treated": {"hip_external_rotation": 35}}]}
    start, end = (f.landmarks for f in pose_exercise(d, exercise_id="clam-rotation"))
    assert end["knee_right"][1] - start["knee_right"][1] > 40
    assert np.linalg.norm(end["ankle_right"] - start["ankle_right"]) < TOLERANCE


def test_an_unsatisfiable_definition_names_the_exercise_the_frame_and_the_contact():
    d = copy.deepcopy(SEEDS["clamshell"])
    d["frames"][1]["contacts"] = {"treated foot": "floor"}
    d["frames"][1]["treated"] = {"hip_flexion": 0, "knee_flexion": 0, "hip_abduction": 45}
    with pytest.raises(ContactError) as caught:
        pose_exercise(d, exercise_id="clamshell")
    message = str(caught.value)
    assert message.startswith("clamshell: frame 2 (end): the right foot"), message
    assert "floor" in message


def test_mirroring_the_side_gives_the_exact_reflection(posed, body):
    for name in ("clamshell", "fire-hydrant", "step-up", "posture crook-lying",
                 "posture quadruped"):
        left = copy.deepcopy(ALL[name])
        left["side"] = "left"
        for r, l in zip(posed[name], pose_exercise(left, exercise_id=name)):
            assert np.abs(l.vertices[body.mirror_vertex] - r.vertices * [-1, 1, 1]).max() < 1e-4
            for key, point in r.landmarks.items():
                twin = key.replace("_left", "_@").replace("_right", "_left").replace("_@", "_right")
                assert np.abs(l.landmarks[twin] - point * [-1, 1, 1]).max() < 1e-4, key
            assert l.view.shown_side == "left" and r.view.shown_side == "right"


def test_the_scene_carries_what_the_renderer_reads(posed):
    frame = posed["clamshell"][1]
    names = {"head", "head_top", "chin", "neck", "chest", "upper_back", "pelvis", "spine_lower",
             "spine_mid", "spine_upper"}
    for side in ("left", "right"):
        names |= {f"{p}_{side}" for p in ("shoulder", "clavicle", "elbow", "wrist", "hand",
                                          "fingertips", "hip", "knee", "ankle", "heel", "toe",
                                          "foot")}
    assert names <= set(frame.landmarks)
    assert frame.view.name == "side" and frame.view.elevation == 35
    assert frame.motion.moving == "knee_right" and frame.motion.kind == "move"
    assert abs(float(frame.axes.right @ frame.axes.headward)) < 1e-9
    assert {p.kind for p in frame.props} == {"mat"}
    mat = frame.props[0]
    assert mat.triangles.max() < len(mat.vertices)
    assert frame.joints["right.knee_flexion"] == pytest.approx(90, abs=3)
    rest = rest_scene()
    assert rest.vertices[:, 1].min() == 0.0


# ------------------------------------------------------------ the definition format

def test_problems_name_their_field_paths():
    d = {"version": 2, "posture": "sofa", "side": "middle", "frames": [{"treated": {
        "knee_flexion": "bent", "elbow": 3}, "contacts": {"treated nose": "floor",
                                                         "treated foot": "trampoline"}}],
         "props": [{"kind": "chair", "place": "on the roof"}], "view": {"from": "top"},
         "motion": "wiggle"}
    problems = definition_problems(d)
    for expected in ("posture:", "side:", "frames: expected 2 or 3",
                     "frames[0].treated.knee_flexion: expected an angle",
                     "frames[0].treated.elbow: unknown joint",
                     "frames[0].contacts.treated nose: unknown body point",
                     "frames[0].contacts.treated foot: expected a surface",
                     "props[0].place:", "view.from:", "motion:"):
        assert any(p.startswith(expected) for p in problems), (expected, problems)


def test_old_and_new_formats_are_told_apart():
    old = {"pose": "side-lying", "moves": "knee_near", "frames": [{}, {}]}  # a stick figure
    assert "no longer drawn" in definition_problems(old)[0]
    assert definition_problems(SEEDS["clamshell"]) == []
    missing = {k: v for k, v in SEEDS["clamshell"].items() if k != "version"}
    assert definition_problems(missing)[0].startswith("version: a body figure")
    assert definition_problems(dict(SEEDS["clamshell"], version=3))[0].startswith("version:")


def test_joint_groups_become_canonical_angles_with_sides():
    layers = [{"both": {"knee_flexion": 90}, "treated": {"knee_flexion": 30, "hand": "fist"},
               "other": {"neck_rotation": 40}, "trunk": {"spine_extension": 10}}]
    right = canonical_joints(layers, "right")
    assert right == {"left.knee_flexion": 90.0, "right.knee_flexion": 30.0,
                     "right.hand": "fist", "neck_rotation": 40.0, "spine_flexion": -10.0}
    left = canonical_joints(layers, "left")
    assert left["left.knee_flexion"] == 30.0 and left["neck_rotation"] == -40.0


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
                    | st.text(max_size=12),
                    lambda kids: st.lists(kids, max_size=4)
                    | st.dictionaries(st.text(max_size=12), kids, max_size=4), max_leaves=30)
KEYS = st.sampled_from(["version", "posture", "side", "frames", "pose", "contacts", "props",
                        "view", "still", "moving", "motion", "lean", "treated", "both",
                        "trunk", "kind", "place", "hip_flexion", "treated foot", "from"])
NEAR = st.recursive(JSON, lambda kids: st.dictionaries(KEYS, kids, max_size=5)
                    | st.lists(kids, max_size=3), max_leaves=40)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.one_of(JSON, NEAR, NEAR.map(lambda d: dict(d, version=2)
                                      if isinstance(d, dict) else d)))
def test_the_checker_never_raises_on_any_json_value(value):
    problems = definition_problems(value)
    assert isinstance(problems, list) and all(isinstance(p, str) for p in problems)
    if isinstance(value, dict) and value.get("version") == 2:
        assert problems == figure_problems(value)


# ------------------------------------------------------------ house rules

def test_nothing_outside_the_engine_imports_numpy():
    package = ROOT / "handout"
    offenders = []
    for path in package.rglob("*.py"):
        if "engine" in path.relative_to(package).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 \
                else []
            if any(n.split(".")[0] == "numpy" for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_body_asset_has_its_licence_and_provenance():
    folder = ROOT / "assets" / "body"
    assert "CC0 1.0 Universal" in (folder / "LICENSE-CC0.md").read_text(encoding="utf-8")
    provenance = (folder / "PROVENANCE.md").read_text(encoding="utf-8")
    assert "a8bc2d54ff0ac92e78ff71431b1023eda42bf482" in provenance
    assert "tools/build_body_asset.py" in provenance
    assert math.isclose((folder / "body.npz").stat().st_size / 1024, 309, rel_tol=0.2)


# ------------------------------------------------------------ props

def test_held_props_follow_the_hands_and_fixed_ones_stay():
    band = {"version": 2, "posture": "standing", "side": "right",
            "props": [{"kind": "band", "place": "treated hand", "anchor": "beside other"}],
            "pose": {"treated": {"elbow_flexion": 90, "hand": "grip"}},
            "frames": [{}, {"treated": {"shoulder_external_rotation": 40}}]}
    start, end = pose_exercise(band, exercise_id="band")
    b0, b1 = (next(p for p in f.props if p.kind == "band") for f in (start, end))
    # (A band's last two vertices are the centres of its ends: anchor, then hand.)
    assert np.allclose(b0.vertices[-2], b1.vertices[-2])          # the anchor stays
    assert np.linalg.norm(b0.vertices[-1] - b1.vertices[-1]) > 100  # the hand end moves
    assert np.linalg.norm(b1.vertices[-1] - end.landmarks["hand_right"]) < 80
    # Outward rotation with the elbow bent carries the hand out to the right side.
    assert start.landmarks["hand_right"][0] - end.landmarks["hand_right"][0] > 100

    hold = {"version": 2, "posture": "standing", "side": "right",
            "props": [{"kind": "chair", "place": "beside other"}],
            "contacts": {"other hand": "chair rail"},
            "frames": [{}, {"treated": {"hip_abduction": 30}, "contacts": {"treated foot": None}}]}
    frames = pose_exercise(hold, exercise_id="hold")
    chair = next(p for p in frames[0].props if p.kind == "chair")
    assert chair.surfaces["seat"].point[0] > frames[0].landmarks["hip_left"][0]  # on the left
    for f in frames:
        grip = next(c for c in f.contacts if c.point == "hand_left")
        assert grip.distance < TOLERANCE and grip.face == "rail"
    assert next(c for c in frames[1].contacts if c.point == "hand_left").planted

    curl = {"version": 2, "posture": "sitting", "side": "right",
            "props": [{"kind": "weight", "place": "treated hand"}],
            "pose": {"treated": {"hand": "grip", "forearm_supination": 80}},
            "frames": [{"treated": {"elbow_flexion": 10}}, {"treated": {"elbow_flexion": 120}}]}
    for f in pose_exercise(curl, exercise_id="curl"):
        weight = next(p for p in f.props if p.kind == "weight")
        assert weight.held
        assert np.linalg.norm(weight.vertices.mean(0) - f.landmarks["hand_right"]) < 90


def _library_figure(exercise_id):
    path = Path(__file__).resolve().parents[2] / "assets" / "exercises" / f"{exercise_id}.json"
    return json.loads(path.read_text(encoding="utf-8"))["exercise"]["figure"]


def test_a_cushion_is_stood_on_and_a_belt_goes_round_both_thighs_above_the_knees():
    from handout.figures.engine import props as P

    start, end = pose_exercise(_library_figure("cushion-balance"), exercise_id="cushion")
    cushion = next(p for p in start.props if p.kind == "cushion")
    assert np.isclose(cushion.vertices[:, 1].max(), P.CUSHION["height"])
    for f in (start, end):
        on = next(c for c in f.contacts if c.point == "foot_right")
        assert on.surface == "cushion" and on.distance < TOLERANCE
    assert not any(c.point == "foot_left" for c in end.contacts)  # one leg at the end

    for f in pose_exercise(_library_figure("isometric-hip-abduction-belt"), exercise_id="belt"):
        belt = next(p for p in f.props if p.kind == "belt")
        m = f.landmarks
        centre = belt.vertices.mean(0)
        knees = 0.5 * (m["knee_left"] + m["knee_right"])
        hips = 0.5 * (m["hip_left"] + m["hip_right"])
        # Just above the knees, between the legs, and round both thighs: wider than
        # the knees are apart, and no thigh skin outside it.
        t = float((centre - knees) @ (hips - knees) / np.linalg.norm(hips - knees) ** 2)
        assert 0.05 < t < 0.3
        across = m["knee_right"] - m["knee_left"]
        u = across / np.linalg.norm(across)
        spread = (belt.vertices - centre) @ u
        knee_gap = float(np.linalg.norm(across))
        assert spread.max() - spread.min() > knee_gap
        assert belt.held


def test_a_bike_is_sat_on_with_the_feet_on_pedals_that_turn_and_hands_on_the_bar():
    start, end = pose_exercise(_library_figure("exercise-bike"), exercise_id="bike")
    assert not any(p.kind == "chair" for p in start.props)  # the bike is the seat
    for f in (start, end):
        by_point = {c.point: c for c in f.contacts}
        assert by_point["buttocks"].surface == "bike" and by_point["buttocks"].face == "seat"
        for point in ("foot_right", "foot_left", "hand_right", "hand_left"):
            assert by_point[point].surface == "bike", point
            assert by_point[point].distance < TOLERANCE, point
    p0, p1 = (next(p for p in f.props if p.kind == "bike").surfaces["pedal_right"].point
              for f in (start, end))
    assert p0[1] - p1[1] > 300  # the treated pedal from the top to the bottom
    # The treated leg is nearly straight at the bottom, well bent at the top.
    assert start.joints["right.knee_flexion"] > 70 > 30 > end.joints["right.knee_flexion"]


def test_a_squat_leans_to_keep_its_weight_over_its_feet():
    squat = {"version": 2, "posture": "standing", "side": "right",
             "frames": [{}, {"both": {"hip_flexion": 80, "knee_flexion": 90}}]}
    start, end = pose_exercise(squat, exercise_id="squat")
    mark = end.landmarks
    # Knees come forward over the toes, the hips go back behind the heels; nobody
    # wrote a lean, and the feet stay where they were.
    assert mark["knee_right"][2] > mark["ankle_right"][2] + 80
    assert mark["pelvis"][2] < mark["ankle_right"][2] - 50
    centre = end.vertices.mean(0)
    heel, toe = mark["heel_right"][2], mark["toe_right"][2]
    assert heel - 30 < centre[2] < toe + 30
    for c in end.contacts:
        assert c.planted and abs(c.distance) <= TOLERANCE
    assert end.joints["right.ankle_dorsiflexion"] > 15
