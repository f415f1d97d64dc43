"""Engine additions for the band exercises: band loops round the legs and feet, a post a
band is tied to, lying on the treated side, the arm straight ahead, the feet and
upper-body close-ups.

Each test poses a small definition and checks the geometry the picture depends on.
"""

from __future__ import annotations

import pytest

from handout.figures import definition_problems

np = pytest.importorskip("numpy")

from handout.figures.engine import build  # noqa: E402
from handout.figures.engine.body import load_body  # noqa: E402
from handout.figures.engine.scene import pose_exercise  # noqa: E402

pytestmark = pytest.mark.core


def _prop(scene, kind):
    found = [p for p in scene.props if p.kind == kind]
    assert found, f"no {kind} in frame {scene.name}"
    return found[0]


def _standing_band(place: str, anchor: str = "post in front") -> dict:
    return {"version": 2, "posture": "standing", "side": "right",
            "props": [{"kind": "band", "place": place, "anchor": anchor}],
            "frames": [{"name": "start", "both": {"hip_flexion": 20, "knee_flexion": 20},
                        "lean": 5},
                       {"name": "end", "both": {"hip_flexion": 60, "knee_flexion": 50},
                        "lean": 25}]}


@pytest.mark.parametrize("place, sides", [("behind treated knee", ["right"]),
                                          ("behind both knees", ["right", "left"])])
def test_a_band_behind_the_knees_wraps_them_and_runs_to_a_fixed_post(place, sides):
    frames = pose_exercise(_standing_band(place), exercise_id="t")
    posts = [_prop(f, "post").vertices for f in frames]
    # The post is fixed: the same place in every frame, in front of the body.
    assert np.allclose(posts[0], posts[1])
    for f in frames:
        band = _prop(f, "band").vertices
        forward = f.axes.forward
        post = _prop(f, "post").vertices
        assert post.mean(0) @ forward > f.landmarks["knee_right"] @ forward + 400
        # The band reaches the post ...
        near_post = np.linalg.norm(band[:, None, ::2] - post[None, :, ::2], axis=2).min()
        assert near_post < 60
        for side in sides:
            knee = f.landmarks[f"knee_{side}"]
            close = band[np.linalg.norm(band - knee, axis=1) < 120]
            # ... and goes round the back of each knee it loops.
            assert len(close) and ((close - knee) @ forward).min() < -30, side
        if sides == ["right"]:
            other = f.landmarks["knee_left"]
            assert np.linalg.norm(band - other, axis=1).min() > 40


@pytest.mark.parametrize("place, stem", [("round feet", "foot"), ("round ankles", "ankle"),
                                         ("round thighs", "knee")])
def test_a_band_loop_round_both_legs_encloses_both(place, stem):
    d = {"version": 2, "posture": "sitting", "side": "right",
         "props": [{"kind": "band", "place": place}],
         "frames": [{"name": "start"}, {"name": "end", "both": {"hip_abduction": 12}}]}
    for f in pose_exercise(d, exercise_id="t"):
        band = _prop(f, "band").vertices
        right, left = f.landmarks[f"{stem}_right"], f.landmarks[f"{stem}_left"]
        across = (left - right) / np.linalg.norm(left - right)
        span = band @ across
        # Outside both legs, and snug: not more than a hand's width past either.
        assert span.min() < right @ across - 25 and span.max() > left @ across + 25
        assert span.min() > right @ across - 140 and span.max() < left @ across + 140


def test_a_band_round_one_foot_tied_beside_it():
    d = {"version": 2, "posture": "sitting", "side": "right",
         "props": [{"kind": "band", "place": "round treated foot",
                    "anchor": "post beside treated"}],
         "frames": [{"name": "start"}, {"name": "end", "treated": {"ankle_inversion": 20}}]}
    f = pose_exercise(d, exercise_id="t")[0]
    post = _prop(f, "post").vertices.mean(0)
    foot = f.landmarks["foot_right"]
    # Beside the treated (right) foot, on its outer side (the body's right is -x).
    assert post[0] < foot[0] - 200 and abs(post[2] - foot[2]) < 120


def test_lying_on_the_treated_side_puts_that_side_on_the_floor():
    d = {"version": 2, "posture": "side-lying", "side": "right", "lying_on": "treated",
         "props": [{"kind": "mat"}],
         "frames": [{"name": "start"}, {"name": "end", "treated": {"knee_flexion": 80}}]}
    frames = pose_exercise(d, exercise_id="t")
    for f in frames:
        on_floor = {c.words for c in f.contacts if c.surface == "floor"}
        assert {"treated hip", "treated shoulder", "treated leg"} <= on_floor
        assert not {"other hip", "other shoulder"} & on_floor
        assert f.landmarks["shoulder_right"][1] < f.landmarks["shoulder_left"][1] - 200
    # The mirror of "lying on the other side": the same shape, turned over.
    plain = pose_exercise({**d, "lying_on": "other"}, exercise_id="t")[0]
    assert plain.landmarks["shoulder_left"][1] < plain.landmarks["shoulder_right"][1] - 200


def test_horizontal_adduction_counts_from_the_abducted_arm():
    arm_ahead = {"version": 2, "posture": "standing",
                 "pose": {"treated": {"shoulder_abduction": 90,
                                      "shoulder_horizontal_adduction": 90}},
                 "frames": [{"name": "start"}, {"name": "end"}]}
    assert definition_problems(arm_ahead) == []
    across = {**arm_ahead, "pose": {"treated": {"shoulder_horizontal_adduction": 90}}}
    assert any("shoulder_horizontal_adduction" in p for p in definition_problems(across))
    f = pose_exercise(arm_ahead, exercise_id="t")[0]
    shoulder, elbow = f.landmarks["shoulder_right"], f.landmarks["elbow_right"]
    arm = (elbow - shoulder) / np.linalg.norm(elbow - shoulder)
    assert arm @ f.axes.forward > 0.9


def test_the_feet_close_up_frames_both_feet():
    body = load_body()
    chosen = build.close_up_vertices("feet", "right")
    bones = {body.bone_names[b] for b in body.dominant_bone[chosen]}
    assert {"foot.L", "foot.R"} <= bones
    assert "foot.L" not in {body.bone_names[b]
                            for b in body.dominant_bone[build.close_up_vertices("foot", "right")]}
    assert definition_problems({"version": 2, "posture": "long-sitting", "close_up": "feet",
                                "frames": [{"name": "start"}, {"name": "end"}]}) == []


def test_the_upper_body_close_up_frames_the_head_and_both_arms_only():
    body = load_body()
    bones = {body.bone_names[b]
             for b in body.dominant_bone[build.close_up_vertices("upper-body", "right")]}
    assert {"head", "lowerarm01.L", "lowerarm01.R", "wrist.R"} <= bones
    assert not {"upperleg01.L", "foot.R", "pelvis.L"} & bones


def test_a_chair_stands_on_the_body_midline():
    d = {"version": 2, "posture": "sitting", "frames": [{"name": "start"}, {"name": "end"}]}
    f = pose_exercise(d, exercise_id="t")[0]
    chair = _prop(f, "chair").vertices
    mid = 0.5 * (f.landmarks["hip_left"][0] + f.landmarks["hip_right"][0])
    assert abs(0.5 * (chair[:, 0].min() + chair[:, 0].max()) - mid) < 10
