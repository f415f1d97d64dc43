"""Engine additions for the knee, foot and pelvic floor exercises (branch fig-knee).

A roll or pillow under a limb is fitted to it (it touches the limb and no frame
goes through it; a limb too low for one is a clear message, never a KeyError);
a flat towel lies under the foot that stands on it; a hand can hold a part of
the body; a bag hangs from the hand; the `pulse` motion draws a two-headed
upright arrow; a prop the engine cannot place is refused by name.
"""

from __future__ import annotations

import copy

import pytest

from handout.figures.body_format import figure_problems

np = pytest.importorskip("numpy")

from handout.figures.engine import arrows as A  # noqa: E402
from handout.figures.engine.body import load_body  # noqa: E402
from handout.figures.engine.camera import Framing  # noqa: E402
from handout.figures.engine.contacts import ContactError  # noqa: E402
from handout.figures.engine.scene import FigureDefinitionError, pose_exercise  # noqa: E402

pytestmark = pytest.mark.core

QUADS = {"version": 2, "posture": "long-sitting", "side": "right",
         "props": [{"kind": "mat"}, {"kind": "towel", "place": "under treated knee"}],
         "frames": [{"name": "start", "treated": {"knee_flexion": 20},
                     "contacts": {"treated knee": "towel"}},
                    {"name": "end", "treated": {"knee_flexion": 6},
                     "contacts": {"treated knee": "towel", "treated leg": None}}],
         "view": "side", "moving": "treated knee", "motion": "press"}


def _prop(frame, kind):
    return next(p for p in frame.props if p.kind == kind)


def _leg(frame, side="R"):
    body = load_body()
    bones = body.descendants(f"upperleg01.{side}")
    return frame.vertices[np.isin(body.dominant_bone, bones)]


def _gap_to_roll(frame, roll):
    """Smallest distance (mm) from the leg's skin to the roll's surface (+ outside)."""
    v = roll.vertices
    centre = v.mean(0)
    radius = (v[:, 1].max() - v[:, 1].min()) / 2
    axis = np.array([1.0, 0.0, 0.0])
    half = (v @ axis).max() - centre @ axis
    leg = _leg(frame)
    rel = leg - centre
    along = rel @ axis
    near = np.abs(along) < half
    radial = np.linalg.norm(rel[near] - np.outer(along[near], axis), axis=1)
    return float((radial - radius).min())


def test_a_rolled_towel_under_the_knee_touches_it_and_no_frame_goes_through():
    frames = pose_exercise(QUADS, exercise_id="quads")
    gaps = [_gap_to_roll(f, _prop(f, "towel")) for f in frames]
    assert min(gaps) == pytest.approx(0.0, abs=2.0)      # touches where lowest
    assert all(g > -2.0 for g in gaps)                  # never through it
    roll = _prop(frames[0], "towel").vertices
    knee = frames[0].landmarks["knee_right"]
    assert abs(roll[:, 2].mean() - knee[2]) < 10.0      # under the knee, not the thigh
    assert 20.0 <= roll[:, 1].max() <= 180.0


def test_a_limb_too_low_for_its_roll_is_a_clear_message_not_a_key_error():
    flat = {"version": 2, "posture": "supine", "side": "right",
            "props": [{"kind": "mat"}, {"kind": "foam-roller", "place": "under treated calf"}],
            "frames": [{"name": "start"}, {"name": "end", "treated": {"ankle_dorsiflexion": 10}}]}
    with pytest.raises(ContactError, match=r"^flat: frame \d \((start|end)\): a foam roller "
                                           r"under the right calf would be \d+ mm high to touch "
                                           r"it \(it can be 130 to 170 mm\)"):
        pose_exercise(flat, exercise_id="flat")


def test_a_contact_on_a_fitted_roll_may_name_only_its_own_part():
    wrong = copy.deepcopy(QUADS)
    wrong["frames"][0]["contacts"] = {"treated hand": "towel"}
    with pytest.raises(FigureDefinitionError, match="only that knee can rest on it"):
        pose_exercise(wrong, exercise_id="wrong")


def test_a_contact_on_a_prop_that_is_not_there_is_a_contact_error():
    on_mat = {"version": 2, "posture": "supine", "props": [{"kind": "mat"}],
              "frames": [{"name": "start", "contacts": {"treated heel": "mat"}},
                         {"name": "end"}]}
    with pytest.raises(ContactError, match="cannot rest on the mat"):
        pose_exercise(on_mat, exercise_id="on-mat")


def test_a_prop_the_engine_cannot_place_is_refused_by_name():
    behind = {"version": 2, "posture": "standing",
              "props": [{"kind": "ball", "place": "behind back"}],
              "frames": [{"name": "start"}, {"name": "end"}]}
    with pytest.raises(FigureDefinitionError, match="cannot draw a ball behind back"):
        pose_exercise(behind, exercise_id="behind")


def test_a_flat_towel_lies_under_the_foot_that_stands_on_it():
    d = {"version": 2, "posture": "sitting", "side": "right",
         "props": [{"kind": "towel", "place": "under treated foot"}],
         "contacts": {"treated foot": "towel"},
         "frames": [{"name": "start"}, {"name": "end", "treated": {"toe_extension": 20}}]}
    frame = pose_exercise(d, exercise_id="towel")[0]
    towel = _prop(frame, "towel").vertices
    heel, toe = frame.landmarks["heel_right"], frame.landmarks["toe_right"]
    assert towel[:, 2].min() < heel[2] < toe[2] < towel[:, 2].max() - 100.0  # room ahead
    assert towel[:, 0].min() < heel[0] < towel[:, 0].max()
    sole = next(c for c in frame.contacts if c.point == "foot_right")
    assert sole.surface == "towel" and abs(sole.distance) < 3.0


def test_a_hand_holds_the_toes_of_the_crossed_leg_in_every_frame():
    d = {"version": 2, "posture": "sitting", "side": "right",
         "pose": {"treated": {"hip_flexion": 115, "hip_abduction": 10,
                              "hip_external_rotation": 52, "knee_flexion": 110},
                  "other": {"hand": "grip"}, "trunk": {"spine_flexion": 50}},
         "contacts": {"treated foot": None, "other hand": "treated toes"},
         "frames": [{"name": "start"},
                    {"name": "end", "treated": {"toe_extension": 55}}]}
    frames = pose_exercise(d, exercise_id="hold")
    body = load_body()
    toes = [i for i, n in enumerate(body.bone_names) if n.startswith("toe") and n.endswith(".R")]
    for f in frames:
        grip = next(c for c in f.contacts if c.point == "hand_left")
        assert grip.distance < 3.0
        centre = f.vertices[np.isin(body.dominant_bone, toes)].mean(0)
        assert np.linalg.norm(grip.position - centre) < 30.0
        assert not any(p.name.startswith("body:") for p in f.props)  # the rail is unseen
    # The toes bend back between the frames, and the hand goes with them.
    moved = np.linalg.norm(frames[1].landmarks["hand_left"] - frames[0].landmarks["hand_left"])
    assert moved > 5.0


def test_only_a_hand_may_hold_a_part_of_the_body():
    d = {"version": 2, "posture": "sitting",
         "contacts": {"treated foot": "other knee"}, "frames": [{"name": "start"}, {"name": "end"}]}
    assert any("contacts.treated foot" in p for p in figure_problems(d))
    d["contacts"] = {"other hand": "treated toes"}
    assert not figure_problems(d)


def test_a_bag_hangs_from_the_hand_that_carries_it():
    d = {"version": 2, "posture": "standing", "side": "right",
         "props": [{"kind": "bag", "place": "treated hand"}],
         "pose": {"treated": {"hand": "grip"}},
         "frames": [{"name": "start", "both": {"hip_flexion": 40, "knee_flexion": 50}},
                    {"name": "end"}]}
    for f in pose_exercise(d, exercise_id="bag"):
        bag = _prop(f, "bag").vertices
        hand = f.landmarks["hand_right"]
        assert bag[:, 1].max() <= hand[1] + 30.0          # below the hand
        assert bag[:, 1].min() < hand[1] - 300.0          # hanging, a bag's height
        assert bag[:, 1].min() > 0.0                      # not through the floor
        assert abs(bag[:, 0].mean() - hand[0]) < 40.0


def test_pulse_draws_one_upright_two_headed_arrow_clear_of_the_body():
    framing = Framing(0.0, 0.0, 100.0, 100.0, 4.0)
    occupied = np.zeros((400, 400), dtype=bool)
    occupied[150:250, 150:250] = True  # the body in the middle
    spec = A.ArrowSpec(kind="pulse", path=np.array([[50.0, 50.0], [50.0, 50.0]]))
    marks = A.arrow_marks(spec, occupied, framing)
    heads = [m for m in marks if m.role == "arrow-head"]
    shaft = next(m for m in marks if m.role == "arrow")
    assert len(heads) == 2
    assert np.ptp(shaft.points[:, 0]) < 1e-6 < np.ptp(shaft.points[:, 1])  # upright
    assert "pulse" in __import__("handout.figures.vocabulary", fromlist=["MOTIONS"]).MOTIONS
