"""Figure engine additions for the wrist and hand exercises (branch fig-wrist).

A table fitted under a resting forearm with the hand free over its edge, a light
weight and a hammer in the hand, the forearm close-up, the tendon-glide and
spread hand shapes, a rubber band round the fingertips, the `sequence` layout,
the other hand resting on the back of the treated hand and a press that pushes
into it.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from handout.figures.body_format import figure_problems

np = pytest.importorskip("numpy")

from handout.figures.engine import build as B  # noqa: E402
from handout.figures.engine.contacts import ContactError, TOLERANCE  # noqa: E402
from handout.figures.engine.points import points_for  # noqa: E402
from handout.figures.engine.body import load_body  # noqa: E402
from handout.figures.engine.scene import pose_exercise  # noqa: E402

pytestmark = pytest.mark.core

ROOT = Path(__file__).resolve().parents[2]


def figure(exercise_id: str) -> dict:
    path = ROOT / "assets" / "exercises" / f"{exercise_id}.json"
    return json.loads(path.read_text(encoding="utf-8"))["exercise"]["figure"]


@pytest.fixture(scope="module")
def body():
    return load_body()


@pytest.fixture(scope="module")
def points(body):
    return points_for(body)


def _tails(body, scene_rot, scene_pos):
    return scene_pos + np.einsum("bij,bj->bi", scene_rot, body.tails - body.heads)


# The table under the forearm ------------------------------------------------------

@pytest.fixture(scope="module")
def wrist_curl():
    return pose_exercise(figure("wrist-curl-weight"), exercise_id="wrist-curl-weight")


def test_the_forearm_rests_on_a_fitted_table_and_the_hand_is_free_past_its_edge(wrist_curl):
    for scene in wrist_curl:
        table = next(p for p in scene.props if p.kind == "table")
        top = table.surfaces["top"]
        contact = next(c for c in scene.contacts if c.words == "treated forearm")
        assert abs(contact.distance) <= TOLERANCE
        elbow, wrist = scene.landmarks["elbow_right"], scene.landmarks["wrist_right"]
        along = (wrist - elbow) * [1, 0, 1]
        along /= np.linalg.norm(along)
        edge = table.rails["edge"]
        edge_at = float(0.5 * (edge.start + edge.end) @ along)
        # The wrist is past the edge (the hand bends freely), the elbow over the top.
        assert float(wrist @ along) > edge_at + 10.0
        assert float(elbow @ along) < edge_at - 150.0
        assert top.contains(elbow)
    # Palm up, wrist bent back, the hand hangs down past the edge; curled, it comes up.
    start, end = wrist_curl[0].landmarks, wrist_curl[-1].landmarks
    assert start["hand_right"][1] < start["wrist_right"][1] - 25.0
    assert end["hand_right"][1] > end["wrist_right"][1] + 25.0


def test_a_light_weight_is_smaller_and_stays_in_the_close_up(wrist_curl):
    weight = next(p for p in wrist_curl[-1].props if p.kind == "weight")
    d = figure("wrist-curl-weight")
    size = next(p["size"] for p in d["props"] if p["kind"] == "weight")
    # The bells' diameter is the size given: twice the farthest reach from the handle.
    v = weight.vertices - weight.vertices.mean(0)
    axis = np.linalg.svd(v, full_matrices=False)[2][0]
    across = np.linalg.norm(v - np.outer(v @ axis, axis), axis=1)
    assert 2 * across.max() == pytest.approx(size, abs=2.0)
    # A big weight is kept whole in the close-up's frame (not cut off at the hand).
    bigger = copy.deepcopy(d)
    next(p for p in bigger["props"] if p["kind"] == "weight")["size"] = 110
    scenes = list(B._scenes(bigger, "wrist-curl-weight"))
    poses = [B.pose_of(s) for s in scenes]
    request = B.view_request(scenes[0], bigger)
    assert request.close_up == "forearm"
    camera = _camera(scenes[0], request)
    framing = B._framing(poses, camera, request, "right")
    for pose in poses:
        held = next(q for q in pose.props if q.kind == "weight")
        x, y, _ = camera.project(held.vertices)
        assert x.min() >= framing.x0 and x.max() <= framing.x1
        assert y.min() >= framing.y0 and y.max() <= framing.y1


def _camera(scene, request):
    axes = scene.axes
    return B.cam.camera_for(request.name, B.cam.BodyAxes(axes.right, axes.forward,
                                                         axes.headward),
                            "right", request.elevation, request.turn)


def test_the_hammer_leaves_the_fist_on_the_thumb_side(body):
    d = figure("forearm-rotation")
    scenes = pose_exercise(d, exercise_id="forearm-rotation")
    heads = []
    for scene in scenes:
        hammer = next(p for p in scene.props if p.kind == "hammer")
        hand = scene.landmarks["hand_right"]
        far = hammer.vertices[np.argmax(np.linalg.norm(hammer.vertices - hand, axis=1))]
        heads.append(far - hand)
    # Thumb up: the head is above the hand; palm up: out to the right side (the
    # thumb turns outwards); palm down: in towards the body's middle.
    assert heads[0][1] > 150.0
    assert heads[1][0] < -150.0
    assert heads[2][0] > 150.0


# Hand shapes and the band round the fingers -------------------------------------

def test_the_tendon_glide_shapes_bend_the_right_joints(anatomy_rotations):
    bend = anatomy_rotations
    # (knuckle, middle, end joint) bends in degrees, as the shapes promise.
    knuckle, middle, end = bend("hook")
    assert knuckle < 15 and middle > 70 and end > 50
    knuckle, middle, end = bend("tabletop")
    assert knuckle > 70 and middle < 15 and end < 15
    knuckle, middle, end = bend("straight-fist")
    assert knuckle > 70 and middle > 70 and end < 25
    knuckle, middle, end = bend("open")
    assert max(knuckle, middle, end) < 15


@pytest.fixture(scope="module")
def anatomy_rotations(body):
    """A hand shape -> the middle finger's (knuckle, middle, end) bends when posed."""
    from handout.figures.engine.anatomy import anatomy_for
    anatomy = anatomy_for(body)

    def bend(shape: str):
        rot, pos = _posed(anatomy, body, anatomy.rotations({"right.hand": shape}))
        tails = _tails(body, rot, pos)
        b = body.bone
        chain = [b("metacarpal2.R")] + [b(f"finger3-{k}.R") for k in (1, 2, 3)]
        dirs = [tails[i] - pos[i] for i in chain]
        out = []
        for u, v in zip(dirs, dirs[1:]):
            c = u @ v / np.linalg.norm(u) / np.linalg.norm(v)
            out.append(float(np.degrees(np.arccos(np.clip(c, -1, 1)))))
        return tuple(out)
    return bend


def _posed(anatomy, body, a):
    """Bone world rotations and heads for anatomical rotations `a` (standing, at rest)."""
    from handout.figures.engine.contacts import Solver
    solver = Solver(body, anatomy, points_for(body), {}, "test")
    return solver.fk(a, np.eye(3), np.zeros(3))


def test_a_spread_hand_fans_the_fingers_apart(body):
    from handout.figures.engine.anatomy import anatomy_for
    anatomy = anatomy_for(body)

    def tip_span(shape):
        rot, pos = _posed(anatomy, body, anatomy.rotations({"right.hand": shape}))
        tails = _tails(body, rot, pos)
        return float(np.linalg.norm(tails[body.bone("finger2-3.R")]
                                    - tails[body.bone("finger5-3.R")]))
    assert tip_span("spread") > tip_span("open") + 30.0
    assert tip_span("gathered") < tip_span("open") - 10.0


def test_the_rubber_band_goes_round_every_fingertip_and_stretches_when_they_spread(body):
    d = figure("finger-extension-band")
    scenes = pose_exercise(d, exercise_id="finger-extension-band")
    lengths = []
    for scene in scenes:
        ring = next(p for p in scene.props if p.kind == "band")
        middle = ring.vertices.mean(0)
        # Every fingertip (thumb included) lies inside the loop, seen along the fingers.
        axis = scene.landmarks["fingertips_right"] - scene.landmarks["wrist_right"]
        axis /= np.linalg.norm(axis)
        e1 = np.cross(axis, [0, 0, 1.0])
        e1 /= np.linalg.norm(e1)
        e2 = np.cross(axis, e1)
        # The band is a tube: its centre line is the middle of each ring of 8 vertices.
        line = ring.vertices.reshape(-1, 8, 3).mean(1)
        flat = np.stack([(line - middle) @ e1, (line - middle) @ e2], 1)
        angles = np.arctan2(flat[:, 1], flat[:, 0])
        radii = np.linalg.norm(flat, axis=1)
        for tip in _tips(body, scene):
            q = np.array([(tip - middle) @ e1, (tip - middle) @ e2])
            a = np.arctan2(q[1], q[0])
            near = np.abs((angles - a + np.pi) % (2 * np.pi) - np.pi) < 0.35
            assert np.linalg.norm(q) < radii[near].max()
        loop = np.vstack([flat, flat[:1]])
        lengths.append(float(np.linalg.norm(np.diff(loop, axis=0), axis=1).sum()))
    assert lengths[-1] > lengths[0] + 10.0


def _tips(body, scene):
    """The five fingertips of the right hand, from the posed skin."""
    out = []
    for k in range(1, 6):
        bones = [body.bone(f"finger{k}-3.R")]
        idx = np.nonzero(np.isin(body.dominant_bone, bones))[0]
        v = scene.vertices[idx]
        out.append(v.mean(0))
    return out


# The sequence layout ----------------------------------------------------------------

def test_a_sequence_takes_up_to_six_frames_and_only_as_a_sequence():
    d = figure("tendon-glides")
    assert figure_problems(d) == []
    plain = dict(d)
    plain.pop("layout")
    assert any("frames:" in p for p in figure_problems(plain))
    too_many = copy.deepcopy(d)
    too_many["frames"] = too_many["frames"] + [{"treated": {"hand": "open"}}] * 2
    assert any("a sequence has 2 to 6" in p for p in figure_problems(too_many))


def test_a_sequence_is_drawn_in_rows_of_three_without_an_arrow():
    data = B.draw_exercise(figure("tendon-glides"), "tendon-glides")
    boxes = [p["box"] for p in data["panels"]]
    assert len(boxes) == 5
    rows = sorted({b[1] for b in boxes}, reverse=True)
    assert len(rows) == 2
    assert [sum(1 for b in boxes if b[1] == y) for y in rows] == [3, 2]
    # Read left to right, top row first; the short row is centred.
    assert boxes[0][0] < boxes[1][0] < boxes[2][0] and boxes[3][0] > boxes[0][0]
    roles = {layer[0] for p in data["panels"] for layer in p["layers"]}
    assert not roles & {"arrow", "arrow-head", "symbol"}


def test_two_panels_still_sit_side_by_side():
    data = B.draw_exercise(figure("wrist-flexion-extension"), "wrist-flexion-extension")
    boxes = [p["box"] for p in data["panels"]]
    assert len(boxes) == 2 and boxes[0][1] == boxes[1][1] and boxes[1][0] > boxes[0][2]


# The other hand on the back of the treated hand ------------------------------------

def test_the_other_hand_lies_on_the_back_of_the_treated_hand(body, points):
    d = figure("isometric-wrist-extension")
    for scene in pose_exercise(d, exercise_id="isometric-wrist-extension"):
        right = scene.vertices[points.regions["hand_right"]]
        left = scene.vertices[points.regions["hand_left"]]
        gap = np.sqrt(((right[::3, None, :] - left[None, ::3, :]) ** 2).sum(-1)).min()
        assert gap < 8.0
        # On top of it (the back of a palm-down hand faces up), not beside it.
        assert left.mean(0)[1] > right.mean(0)[1] + 15.0
        assert not any(p.kind == "body-surface" for p in scene.props)


def test_the_press_pushes_up_into_the_other_hand_and_down_without_it():
    d = figure("isometric-wrist-extension")
    scenes = list(B._scenes(d, "isometric-wrist-extension"))
    poses = [B.pose_of(s) for s in scenes]
    camera = _camera(scenes[0], B.view_request(scenes[0], d))
    spec = B._arrow_spec(scenes, poses, B._motion(scenes[0], d), camera)
    assert spec.kind == "press" and spec.push is not None and spec.push[1] > 0.9
    alone = copy.deepcopy(d)
    alone["contacts"].pop("other hand")
    alone["pose"].pop("other")
    scenes = list(B._scenes(alone, "isometric-wrist-extension"))
    spec = B._arrow_spec(scenes, [B.pose_of(s) for s in scenes],
                         B._motion(scenes[0], alone), camera)
    assert spec.push is None  # the default: down


def test_a_hand_that_cannot_reach_the_other_hand_is_refused_in_one_line():
    d = copy.deepcopy(figure("isometric-wrist-extension"))
    d["pose"]["other"] = {"shoulder_flexion": 0, "elbow_flexion": 0, "hand": "open"}
    with pytest.raises(ContactError) as error:
        pose_exercise(d, exercise_id="isometric-wrist-extension")
    message = str(error.value)
    assert message.startswith("isometric-wrist-extension: frame 1 (start): the left hand")
    assert "\n" not in message


def test_only_the_other_hand_may_rest_on_the_back_of_a_hand():
    d = copy.deepcopy(figure("isometric-wrist-extension"))
    d["contacts"]["treated hand"] = "treated hand back"
    assert any("only the other hand" in p for p in figure_problems(d))
    d["contacts"] = {"treated forearm": "table top", "other foot": "treated hand back"}
    assert any("only the other hand" in p for p in figure_problems(d))
