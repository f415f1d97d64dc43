"""Engine additions for the standing exercises (branch fig-stand): a chair behind to
sit down towards, and what else the squat, hip hitch, hop, walking turn, eyes-closed
balance and doorway stretch need. Each test poses a small definition and checks the
geometry, so it fails if the addition is lost or drawn wrong."""

from __future__ import annotations

import pytest

np = pytest.importorskip("numpy")

from handout.figures.engine.contacts import ContactError  # noqa: E402
from handout.figures.engine.points import points_for  # noqa: E402
from handout.figures.engine.body import load_body  # noqa: E402
from handout.figures.engine.scene import pose_exercise  # noqa: E402

pytestmark = pytest.mark.core

SQUAT = {"version": 2, "posture": "standing", "side": "right",
         "props": [{"kind": "chair", "place": "behind"}],
         "frames": [{"name": "start"},
                    {"name": "end", "both": {"hip_flexion": 85, "knee_flexion": 85,
                                             "shoulder_flexion": 80}}],
         "view": "side", "moving": "pelvis"}


def _prop(scene, kind):
    return next(p for p in scene.props if p.kind == kind)


def _buttocks_low(scene):
    seat = scene.vertices[points_for(load_body()).regions["buttocks"]]
    return seat[np.argmin(seat[:, 1])]


def test_a_chair_behind_opens_towards_the_person_and_meets_the_lowest_buttocks():
    start, end = pose_exercise(SQUAT, exercise_id="squat")
    chair = _prop(end, "chair")
    assert _prop(start, "chair").vertices.tolist() == chair.vertices.tolist()
    seat = chair.surfaces["seat"]
    low = _buttocks_low(end)
    # Lightly touching at the bottom of the squat, well clear at the start.
    assert 0.0 <= seat.distance(low) <= 6.0
    assert seat.contains(low)
    assert _buttocks_low(start)[1] > seat.point[1] + 200.0
    # Behind the person, its seat's front edge towards them (the back is the far side).
    heels = start.landmarks["heel_right"][2]
    assert seat.point[2] < heels
    back = chair.surfaces["back"]
    assert back.point[2] < seat.point[2] and back.normal[2] > 0.9
    # Nothing of the standing body is inside the seat's box.
    v = start.vertices
    inside = (np.abs((v - seat.point) @ seat.u) < seat.half_u) & \
        (np.abs((v - seat.point) @ seat.v) < seat.half_v) & \
        (v[:, 1] < seat.point[1]) & (v[:, 1] > seat.point[1] - 40.0)
    assert not inside.any()


def test_a_chair_behind_too_low_or_leant_on_is_refused_clearly():
    shallow = {**SQUAT, "frames": [{"name": "start"},
                                   {"name": "end", "both": {"hip_flexion": 20,
                                                            "knee_flexion": 20}}]}
    with pytest.raises(ContactError, match=r"squat: the buttocks come down to .* bend the "
                                           r"hips and knees more"):
        pose_exercise(shallow, exercise_id="squat")
    leant = {**SQUAT, "contacts": {"buttocks": "chair seat"}}
    with pytest.raises(ContactError, match=r"squat: frame 1 \(start\): the chair behind"):
        pose_exercise(leant, exercise_id="squat")


BALANCE = {"version": 2, "posture": "standing", "side": "right",
           "frames": [{"name": "start"}, {"name": "end"}],
           "view": "front", "moving": "head", "motion": "hold", "layout": "faded-start"}


def _symbol_strokes(data) -> int:
    layers = [layer for panel in data["panels"] for layer in panel["layers"]]
    return sum(path.count("M") + path.count("m") for role, path in layers if role == "symbol")


def test_closed_eyes_put_a_sign_beside_the_head_and_are_checked():
    from handout.figures.body_format import figure_problems
    from handout.figures.engine.build import draw_exercise
    open_eyes = draw_exercise(BALANCE, "balance")
    closed = draw_exercise({**BALANCE, "eyes": "closed"}, "balance")
    # The pause sign's ring, plus the lid and its four lashes.
    assert _symbol_strokes(closed) == _symbol_strokes(open_eyes) + 5
    assert figure_problems({**BALANCE, "eyes": "closed"}) == []
    assert any(p.startswith("eyes: expected open or closed")
               for p in figure_problems({**BALANCE, "eyes": "shut"}))


HOP = {"version": 2, "posture": "standing", "side": "right",
       "contacts": {"other foot": None},
       "pose": {"other": {"hip_flexion": 50, "knee_flexion": 115}},
       "frames": [{"name": "start", "treated": {"hip_flexion": 25, "knee_flexion": 30}},
                  {"name": "middle", "air": 120, "travel": 150,
                   "treated": {"ankle_plantarflexion": 35},
                   "contacts": {"treated foot": None, "treated toes": "floor"}},
                  {"name": "end", "travel": 150,
                   "treated": {"hip_flexion": 45, "knee_flexion": 45}}],
       "view": "side", "moving": "pelvis"}


def test_a_hop_leaves_the_floor_and_lands_further_on():
    start, middle, end = pose_exercise(HOP, exercise_id="hop")
    assert start.vertices[:, 1].min() == pytest.approx(0.0, abs=3.0)
    assert middle.vertices[:, 1].min() == pytest.approx(120.0, abs=4.0)
    assert end.vertices[:, 1].min() == pytest.approx(0.0, abs=3.0)
    forward = [s.landmarks["pelvis"][2] for s in (start, middle, end)]
    assert forward[1] - forward[0] == pytest.approx(150.0, abs=5.0)
    assert forward[2] - forward[1] == pytest.approx(150.0, abs=5.0)
    # The landing foot is where the body came down, not back where it took off.
    assert end.landmarks["heel_right"][2] - start.landmarks["heel_right"][2] > 120.0


def test_whole_body_moves_are_checked():
    from handout.figures.body_format import figure_problems
    bad = {**HOP, "frames": [{"name": "start", "air": -5},
                             {"name": "end", "travel": "far", "turn": 400}]}
    problems = figure_problems(bad)
    assert any(p.startswith("frames[0].air: expected mm off the floor") for p in problems)
    assert any(p.startswith("frames[1].travel: expected mm forward") for p in problems)
    assert any(p.startswith("frames[1].turn: expected degrees turned") for p in problems)


WALK = {"version": 2, "posture": "standing", "side": "right",
        "contacts": {"treated foot": {"on": "floor", "slides": True},
                     "other foot": {"on": "floor", "slides": True}},
        "frames": [{"name": "start"},
                   {"name": "middle", "turn": 90, "travel": 300},
                   {"name": "end", "turn": 180, "travel": 300}],
        "view": "side", "moving": "pelvis"}


@pytest.mark.parametrize("side", ["right", "left"])
def test_turning_round_faces_the_treated_side_then_back_and_walks_on(side):
    start, middle, end = pose_exercise({**WALK, "side": side}, exercise_id="walk")
    assert start.axes.forward @ np.array([0, 0, 1.0]) > 0.99
    # A quarter turn towards the treated side: the chest faces where its right was.
    assert middle.axes.forward @ start.axes.right == pytest.approx(
        1.0 if side == "right" else -1.0, abs=0.02)
    assert end.axes.forward @ np.array([0, 0, -1.0]) > 0.99
    p0, p1, p2 = (s.landmarks["pelvis"] for s in (start, middle, end))
    assert np.linalg.norm((p1 - p0)[[0, 2]]) == pytest.approx(300.0, abs=5.0)
    assert (p2 - p1)[2] == pytest.approx(-300.0, abs=5.0)
    for s in (start, middle, end):
        assert s.vertices[:, 1].min() == pytest.approx(0.0, abs=3.0)


DOORWAY = {"version": 2, "posture": "standing", "side": "right",
           "props": [{"kind": "doorway"}],
           "pose": {"treated": {"shoulder_abduction": 90, "shoulder_external_rotation": 90,
                                "elbow_flexion": 90, "forearm_supination": 0}},
           "contacts": {"treated forearm": "doorway"},
           "frames": [{"name": "start", "treated": {"shoulder_horizontal_abduction": 5}},
                      {"name": "end", "treated": {"shoulder_horizontal_abduction": 45,
                                                  "hip_flexion": 15, "knee_flexion": 5},
                       "other": {"hip_extension": 10},
                       "contacts": {"treated forearm": {"on": "doorway", "slides": True},
                                    "treated foot": {"on": "floor", "slides": True},
                                    "other foot": {"on": "floor", "slides": True}}}],
           "view": "back", "moving": "chest"}


def test_a_doorway_frames_the_body_with_the_forearm_on_it_and_the_chest_goes_through():
    start, end = pose_exercise(DOORWAY, exercise_id="doorway")
    door = _prop(start, "doorway")
    face = door.surfaces["face"]
    assert face.normal @ np.array([0, 0, -1.0]) > 0.99  # facing the person
    for s in (start, end):
        forearm = next(c for c in s.contacts if c.words == "treated forearm")
        assert abs(forearm.distance) <= 3.0
        # The forearm is on the wall beside the opening, not in the opening.
        x = forearm.position[0]
        assert door.vertices[:, 0].min() < x < -DOOR_OPENING_HALF_MIN
        # Both feet on the floor (the stepping foot too).
        assert s.vertices[:, 1].min() == pytest.approx(0.0, abs=3.0)
    # The opening's edge is just inside the treated forearm: the body fits through it.
    wall_x = door.vertices[:, 0]
    inner_edge = wall_x[(wall_x < -100)].max()
    assert inner_edge - forearm.position[0] > 10.0
    gap = end.vertices[:, 0][(end.vertices[:, 1] > 900) & (end.vertices[:, 1] < 1400)]
    assert gap.max() < inner_edge + 820.0 and gap.min() > inner_edge - 400.0
    # The chest comes forward through the frame.
    assert end.landmarks["chest"][2] - start.landmarks["chest"][2] > 40.0
    assert end.landmarks["foot_right"][2] > end.landmarks["foot_left"][2] + 100.0


DOOR_OPENING_HALF_MIN = 250.0


HITCH = {"version": 2, "posture": "standing", "side": "right",
         "props": [{"kind": "step", "place": "under treated foot only", "height": 170},
                   {"kind": "handrail", "place": "beside treated"}],
         "pose": {"treated": {"shoulder_abduction": 20, "elbow_flexion": 35,
                              "forearm_supination": 0, "hand": "grip", "knee_flexion": 0},
                  "other": {"knee_flexion": 5}},
         "contacts": {"treated foot": "step", "other foot": None,
                      "treated hand": {"on": "handrail", "slides": True}},
         "frames": [{"name": "start", "roll": 10,
                     "treated": {"hip_adduction": 10, "spine_side_bend": 10},
                     "other": {"hip_abduction": 10}},
                    {"name": "end", "roll": -9, "treated": {"hip_abduction": 9},
                     "other": {"spine_side_bend": 9, "hip_adduction": 9}}],
         "view": "back", "moving": "other hip"}


@pytest.mark.parametrize("side", ["right", "left"])
def test_a_hip_hitch_drops_then_lifts_the_free_side_off_the_step_edge(side):
    start, end = pose_exercise({**HITCH, "side": side}, exercise_id="hitch")
    other = "left" if side == "right" else "right"
    step = _prop(start, "step")
    top = step.surfaces["top"]
    for s in (start, end):
        # The free foot hangs off the step's edge, beside it, in the air.
        foot = s.landmarks[f"foot_{other}"]
        assert not top.contains(foot)
        assert top.contains(s.landmarks[f"foot_{side}"])
        assert s.joints[f"{side}.knee_flexion"] < 5.0
        # The trunk stays upright while the pelvis tips.
        assert s.axes.headward[1] > 0.99
    drop = start.landmarks[f"hip_{other}"][1] - start.landmarks[f"hip_{side}"][1]
    lift = end.landmarks[f"hip_{other}"][1] - end.landmarks[f"hip_{side}"][1]
    assert drop < -25.0 and lift > 25.0
    low = start.landmarks[f"heel_{other}"][1]
    assert 0.0 < low < top.point[1]
    assert end.landmarks[f"heel_{other}"][1] - low > 40.0


def test_a_handrail_is_where_the_hand_grips_it_and_stands_on_what_is_under_it():
    start, end = pose_exercise(HITCH, exercise_id="hitch")
    rail = _prop(start, "handrail")
    step = _prop(start, "step")
    top = step.surfaces["top"]
    for s in (start, end):
        held = next(c for c in s.contacts if c.words == "treated hand")
        assert abs(held.distance) <= 3.0
    # Running along the way the person faces, beside the treated side.
    bar = rail.rails["bar"]
    assert abs((bar.end - bar.start)[0]) < 1.0 and abs((bar.end - bar.start)[2]) > 800.0
    # No part of it inside the step.
    v = rail.vertices
    inside = (np.abs((v - top.point) @ top.u) < top.half_u - 1) & \
        (np.abs((v - top.point) @ top.v) < top.half_v - 1) & (v[:, 1] < top.point[1] - 1)
    assert not inside.any() and v[:, 1].min() >= -0.5
    with pytest.raises(ContactError, match="a handrail needs a hand to hold it"):
        pose_exercise({**HITCH, "contacts": {"treated foot": "step", "other foot": None}},
                      exercise_id="hitch")


@pytest.mark.parametrize("prop, words", [
    ({"kind": "ball", "place": "treated hand"}, "treated foot"),
    ({"kind": "towel", "place": "both hands"}, "treated foot"),
    ({"kind": "mat"}, "treated hand"),
])
def test_resting_on_a_prop_nothing_can_rest_on_is_told_not_a_key_error(prop, words):
    d = {"version": 2, "posture": "standing", "side": "right", "props": [prop],
         "contacts": {words: prop["kind"]},
         "frames": [{"name": "start"}, {"name": "end"}], "view": "side"}
    with pytest.raises(ContactError, match=rf"^rest: frame 1 \(start\): the {words} cannot "
                                           rf"rest on the {prop['kind']}"):
        pose_exercise(d, exercise_id="rest")
