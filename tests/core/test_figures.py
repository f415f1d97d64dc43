"""Exercise figures: definitions checked, geometry sound, every bundled exercise drawn as vectors."""

from __future__ import annotations

import copy
import io
import json
import math
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Path as RLPath
from reportlab.pdfgen import canvas

from handout.figures import (definition_problems, figure_drawing, figure_shapes,
                             needs_mirror)
from handout.figures import body as B
from handout.figures.contact_sheet import contact_sheet_pdf
from handout.figures.geometry import (CONTACT_TOLERANCE, definition_key, figure_for_key,
                                      placed_shapes)
from handout.model import Exercise

pytestmark = pytest.mark.core

EXERCISES = Path(__file__).resolve().parents[2] / "assets" / "exercises"


def _bundled() -> dict[str, dict]:
    out = {}
    for path in sorted(EXERCISES.glob("*.json")):
        exercise = json.loads(path.read_text(encoding="utf-8"))["exercise"]
        out[exercise["id"]] = exercise
    return out


BUNDLED = _bundled()
ILLUSTRATED = {k: e["illustration"] for k, e in BUNDLED.items()
               if isinstance(e.get("illustration"), dict)}

CLAMSHELL = {
    "pose": "side-lying", "camera": {"turn": 40, "tilt": 35}, "props": [{"type": "mat"}],
    "joints": {"hip_near": 50, "hip_far": 50, "knee_near": 100, "knee_far": 100},
    "frames": [{}, {"joints": {"hip_near_rot": 45, "hip_near_abd": 30}}], "moves": "knee_near",
}


# ------------------------------------------------------------- the library

def test_every_bundled_exercise_has_a_valid_illustration():
    problems = {}
    for exercise_id, exercise in BUNDLED.items():
        definition = exercise.get("illustration")
        if definition is None:
            continue  # a new exercise waiting for its figure: test_content checks its brief
        if not isinstance(definition, dict):
            problems[exercise_id] = ["no illustration"]
        elif definition_problems(definition):
            problems[exercise_id] = definition_problems(definition)
    assert problems == {}


def test_the_three_founding_exercises_show_what_makes_them_recognisable():
    clam = BUNDLED["clamshell"]["illustration"]
    assert clam["pose"] == "side-lying" and clam["moves"] == "knee_near"
    hydrant = BUNDLED["fire-hydrant"]["illustration"]
    assert hydrant["pose"] == "quadruped"
    assert any("hip_near_abd" in f.get("joints", {}) for f in hydrant["frames"])
    step = BUNDLED["step-up"]["illustration"]
    assert any(p["type"] == "step" for p in step["props"])


# ------------------------------------------------------- definition checks

@pytest.mark.parametrize("change, expected", [
    (lambda d: d["frames"][1]["joints"].update(knee_near=200),
     "frames[1].joints.knee_near: 200 is outside 0-160 degrees"),
    (lambda d: d["joints"].update(elbow_wobble=3), "joints.elbow_wobble: unknown joint"),
    (lambda d: d["props"].append({"type": "trampoline"}), "props[1].type: unknown prop"),
    (lambda d: d.update(pose="handstand"), "pose: unknown base pose"),
    (lambda d: d["frames"].pop(), "frames: expected 2 or 3 key frames"),
    (lambda d: d["frames"].extend([{}, {}]), "frames: expected 2 or 3 key frames"),
    (lambda d: d.update(view="diagonal"), "view: unknown view"),
    (lambda d: d.update(moves="tail"), "moves: unknown body point"),
    (lambda d: d["frames"][0].update(contacts={"knee_far": "sofa"}),
     "frames[0].contacts.knee_far: unknown surface"),
    (lambda d: d["joints"].update(hip_near="lots"), "joints.hip_near: expected an angle"),
    (lambda d: d.update(side="middle"), "side: expected"),
    (lambda d: d.update(colour="red"), "colour: unknown field"),
])
def test_definition_problems_name_the_field_and_the_fault(change, expected):
    definition = copy.deepcopy(CLAMSHELL)
    change(definition)
    problems = definition_problems(definition)
    assert any(p.startswith(expected) for p in problems), problems


def test_a_good_definition_has_no_problems_and_junk_is_refused():
    assert definition_problems(CLAMSHELL) == []
    assert definition_problems("clamshell") == ["expected a figure definition {...}"]
    assert definition_problems({"frames": None}) != []


def test_a_pose_resting_on_a_missing_prop_is_a_problem():
    problems = definition_problems({"pose": "sitting", "frames": [{}, {}]})
    assert any("add a prop with id 'chair'" in p for p in problems)


# ----------------------------------------------------------------- geometry

def _figure(definition):
    return figure_for_key(definition_key(definition))


def _length(a, b):
    return math.dist(a, b)


SEGMENTS = (("shoulder", "elbow", B.UPPER_ARM), ("elbow", "wrist", B.FOREARM),
            ("hip", "knee", B.THIGH), ("knee", "ankle", B.SHIN))


@pytest.mark.parametrize("exercise_id", sorted(ILLUSTRATED))
def test_limb_lengths_come_from_the_table_and_never_change(exercise_id):
    figure = _figure(ILLUSTRATED[exercise_id])
    for frame in figure.frames:
        points = frame.pose.points
        for side in ("near", "far"):
            for a, b, length in SEGMENTS:
                assert _length(points[f"{a}_{side}"], points[f"{b}_{side}"]) == \
                    pytest.approx(length, abs=1e-9)
        assert _length(points["pelvis"], points["neck"]) == pytest.approx(B.TRUNK, abs=1e-9)


@pytest.mark.parametrize("exercise_id", sorted(ILLUSTRATED))
def test_contacts_rest_on_their_surface(exercise_id):
    figure = _figure(ILLUSTRATED[exercise_id])
    for i, frame in enumerate(figure.frames):
        assert frame.contacts or frame.pose.points, exercise_id
        for point, gap in frame.gaps.items():
            assert abs(gap) <= CONTACT_TOLERANCE, (
                f"{exercise_id} frame {i}: {point} is {gap:+.3f} m from "
                f"{frame.contacts[point]}")
        # Nothing sinks into the floor: the lowest body point is at or above it.
        lowest = min(frame.pose.bottom(p) for p in frame.pose.points)
        assert lowest >= -CONTACT_TOLERANCE, exercise_id


def test_a_step_takes_its_height_from_the_raised_foot():
    step_up = _figure(BUNDLED["step-up"]["illustration"])
    start = step_up.frames[0]
    assert start.gaps["foot_near"] == pytest.approx(0, abs=0.005)
    assert start.gaps["foot_far"] == pytest.approx(0, abs=0.005)
    assert step_up.props["step"].top > 0.1


def _coords(shapes):
    for shape in shapes:
        for op in shape.ops:
            yield from zip(op[1::2], op[2::2])


@pytest.mark.parametrize("exercise_id", sorted(ILLUSTRATED))
def test_every_frame_lies_inside_its_drawing_box(exercise_id):
    key = definition_key(ILLUSTRATED[exercise_id])
    if figure_for_key(key).clipped:
        # A close-up shows part of the body on purpose; the backends clip it.
        assert ILLUSTRATED[exercise_id].get("focus")
        return
    for width, height in ((142, 113), (64, 48), (300, 120)):
        shapes, unit = placed_shapes(key, width, height, False)
        for x, y in _coords(shapes):
            assert -1e-6 <= x <= width + 1e-6 and -1e-6 <= y <= height + 1e-6
        assert unit > 0


@pytest.mark.parametrize("exercise_id", sorted(ILLUSTRATED))
def test_a_mirrored_figure_is_the_exact_reflection(exercise_id):
    key = definition_key(ILLUSTRATED[exercise_id])
    plain, _ = placed_shapes(key, 150, 110, False)
    mirrored, _ = placed_shapes(key, 150, 110, True)
    assert len(plain) == len(mirrored)
    for a, b in zip(plain, mirrored):
        assert (a.fill, a.line, a.width) == (b.fill, b.line, b.width)
        for (xa, ya), (xb, yb) in zip(_coords([a]), _coords([b])):
            assert xb == pytest.approx(150 - xa, abs=1e-9)
            assert yb == pytest.approx(ya, abs=1e-9)


def test_the_item_side_decides_the_mirror():
    definition = dict(CLAMSHELL, side="right")
    assert not needs_mirror(definition, "right")
    assert needs_mirror(definition, "left")
    assert not needs_mirror(definition, "both")
    assert not needs_mirror(definition, "alternate")
    assert needs_mirror(dict(CLAMSHELL, side="left"), "right")
    left = figure_shapes(definition, 100, 80, "left")[0]
    right = figure_shapes(definition, 100, 80, "right")[0]
    first_left = next(_coords(left))
    first_right = next(_coords(right))
    assert first_left[0] == pytest.approx(100 - first_right[0])


def test_geometry_is_computed_once_per_definition():
    a = _figure(CLAMSHELL)
    b = _figure(copy.deepcopy(CLAMSHELL))
    assert a is b


def test_the_moving_limb_gets_an_arrow_in_the_accent_colour():
    shapes, _ = figure_shapes(CLAMSHELL, 150, 110)
    assert any(s.line == "accent" for s in shapes)
    still = dict(CLAMSHELL, arrow="none")
    assert not any(s.line == "accent" for s in figure_shapes(still, 150, 110)[0])


# ----------------------------------------------------------------- the PDF

def _pdf_of_drawings(drawings) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    for i, drawing in enumerate(drawings):
        # drawOn, as a Platypus table cell draws it (the fast path).
        drawing.drawOn(pdf, 20 + (i % 4) * 140, 650 - (i // 4 % 6) * 110)
        if i % 24 == 23:
            pdf.showPage()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_every_exercise_draws_into_a_pdf_as_vector_paths_only():
    drawings = [figure_drawing(d, 135, 105, "left", "#aa3355") for d in ILLUSTRATED.values()]
    reader = PdfReader(io.BytesIO(_pdf_of_drawings(drawings)))
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        images = [name for name, ref in xobjects.items()
                  if ref.get_object().get("/Subtype") == "/Image"]
        assert images == []
        content = page.get_contents().get_data()
        assert b" c\n" in content or b" c " in content  # Bezier curves: the rounded limbs


def test_the_drawing_also_holds_ordinary_paths_for_other_renderers():
    drawing = figure_drawing(CLAMSHELL, 135, 105)
    assert isinstance(drawing, Drawing)
    assert len(drawing.contents) > 10
    assert all(isinstance(shape, RLPath) for shape in drawing.contents)
    generic = io.BytesIO()
    pdf = canvas.Canvas(generic, invariant=1)
    renderPDF.draw(drawing, pdf, 10, 10)  # the generic renderer draws the same figure
    pdf.save()
    assert b"%PDF" in generic.getvalue()[:10]


def test_no_or_broken_definition_draws_a_quiet_frame_instead_of_failing():
    for bad in (None, {}, {"frames": "x"}, {"pose": "standing", "frames": [{}, {}],
                                           "joints": {"knee_near": 999}}):
        drawing = figure_drawing(bad, 120, 90)
        assert isinstance(drawing, Drawing)
        assert figure_shapes(bad, 120, 90) is None


def test_the_contact_sheet_shows_every_exercise_with_its_name():
    exercises = [Exercise(id=k, name=e["name"], illustration=e.get("illustration"))
                 for k, e in BUNDLED.items()]
    data = contact_sheet_pdf(exercises, accent="#884422")
    assert data == contact_sheet_pdf(exercises, accent="#884422")  # reproducible
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == math.ceil(len(exercises) / 3)
    text = "".join(page.extract_text() for page in reader.pages)
    for exercise in exercises:
        assert exercise.name[:20] in text


def test_the_sheet_command_writes_the_contact_sheet(tmp_path, monkeypatch, capsys):
    from handout.cli import main

    monkeypatch.setenv("HANDOUT_HOME", str(tmp_path / "home"))
    out = tmp_path / "library.pdf"
    assert main(["sheet", "-o", str(out)]) == 0
    reader = PdfReader(str(out))
    assert len(reader.pages) == math.ceil(len(BUNDLED) / 3)
    assert "exercises drawn in" in capsys.readouterr().out
    one = tmp_path / "one.pdf"
    assert main(["sheet", "--exercise", "clamshell", "-o", str(one)]) == 0
    text = PdfReader(str(one)).pages[0].extract_text()
    assert len(PdfReader(str(one)).pages) == 1 and "Clamshell" in text
    assert "1 exercise drawn in" in capsys.readouterr().out


def test_a_hand_close_up_keeps_its_finger_lengths_and_meets_the_thumb():
    from handout.figures.hand import FINGER_BONES, FINGERS

    definition = {"subject": "hand", "view": "side", "frames": [
        {}, {"joints": {"fingers_mcp": 90, "fingers_pip": 100, "fingers_dip": 70}}]}
    assert definition_problems(definition) == []
    figure = _figure(definition)
    for frame in figure.hand:
        for finger in FINGERS:
            points = frame["fingers"][finger]
            for (a, b), bone in zip(zip(points, points[1:]), FINGER_BONES[finger]):
                assert _length(a, b) == pytest.approx(bone, abs=1e-9)
    opposed = {"subject": "hand", "view": "palm",
               "frames": [{}, {"joints": {"index_mcp": 45, "index_pip": 60},
                               "thumb_to": "index"}]}
    end = _figure(opposed).hand[1]
    assert math.dist(end["thumb"][-1], end["fingers"]["index"][-1]) < 1e-6
    assert any(p.startswith("frames[1].joints.index_pip: 200 is outside")
               for p in definition_problems({"subject": "hand", "frames": [
                   {}, {"joints": {"index_pip": 200}}]}))
    assert definition_problems({"subject": "hand", "props": [{"type": "chair"}],
                                "frames": [{}, {}]}) != []


def test_a_part_turning_on_the_spot_gets_a_turning_arrow_and_the_face_shows_it():
    still = {"pose": "sitting", "view": "front", "props": [{"type": "chair", "under": "pelvis"}],
             "frames": [{}, {"joints": {"head_turn": 60}}], "moves": "head"}
    turning = dict(still, arrow="turn")
    assert definition_problems(turning) == []
    plain, _ = figure_shapes(still, 120, 120)
    with_turn, _ = figure_shapes(turning, 120, 120)
    assert not any(s.line == "accent" for s in plain)  # the head barely moves: no path arrow
    assert sum(s.line == "accent" and s.fill is None for s in with_turn) == 1  # the arc
    assert sum(s.fill == "accent" for s in with_turn) == 2  # a head at each end
    # Eyes: two dots facing the viewer at the start; the turned head shows them shifted.
    start, end = _figure(still).frames
    assert math.dist(start.pose.head[0], end.pose.head[0]) < 0.03
    dots = [s for s in plain if s.line is None and s.fill and s.fill.endswith("-line")]
    assert len(dots) >= 3


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from handout.figures.poses import POSES  # noqa: E402

_JOINT_NAMES = sorted(n for n in B.JOINT_RANGES if not n.startswith("body_"))


@st.composite
def _random_definitions(draw):
    frames = []
    for _ in range(draw(st.integers(2, 3))):
        names = draw(st.lists(st.sampled_from(_JOINT_NAMES), max_size=6, unique=True))
        joints = {n: draw(st.integers(int(B.JOINT_RANGES[n][0]), int(B.JOINT_RANGES[n][1])))
                  for n in names}
        frames.append({"joints": joints})
    pose = draw(st.sampled_from([p for p in POSES if p != "sitting"]))
    return {"pose": pose, "view": draw(st.sampled_from(["side", "front", "back", "top"])),
            "camera": {"turn": draw(st.integers(-60, 60)), "tilt": draw(st.integers(0, 60))},
            "props": [{"type": "mat"}], "frames": frames, "moves": "hand_near"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_random_definitions())
def test_any_valid_definition_draws_inside_its_box_and_mirrors_exactly(definition):
    assert definition_problems(definition) == []
    plain = figure_shapes(definition, 120, 90, "both")
    mirrored = figure_shapes(definition, 120, 90, "left")
    assert plain is not None and mirrored is not None
    for (xa, ya), (xb, yb) in zip(_coords(plain[0]), _coords(mirrored[0])):
        assert -1e-6 <= xa <= 120 + 1e-6 and -1e-6 <= ya <= 90 + 1e-6
        assert xb == pytest.approx(120 - xa, abs=1e-9) and yb == pytest.approx(ya, abs=1e-9)
    figure = _figure(definition)
    for frame in figure.frames:
        for side in ("near", "far"):
            assert _length(frame.pose.points[f"hip_{side}"], frame.pose.points[f"knee_{side}"]) \
                == pytest.approx(B.THIGH, abs=1e-9)


def test_the_contact_sheet_prints_names_in_any_script():
    exercises = [Exercise(id="ubung", name="Übung für die Schulter – Ελληνικά",
                          illustration=CLAMSHELL),
                 Exercise(id="none", name="No picture yet", illustration=None)]
    text = PdfReader(io.BytesIO(contact_sheet_pdf(exercises))).pages[0].extract_text()
    assert "Übung für die Schulter" in text and "Ελληνικά" in text
    assert "no illustration" in text


def test_an_exported_handout_carries_its_figures_as_vector_paths():
    from handout.model import Dose, Handout, Item
    from handout.pdf import render

    items = []
    for exercise_id in ("clamshell", "fire-hydrant", "step-up", "tendon-glides"):
        data = BUNDLED[exercise_id]
        items.append(Item(exercise=Exercise(id=exercise_id, name=data["name"],
                                            steps=data["steps"],
                                            illustration=data["illustration"]),
                          dose=Dose(sets=3, reps=10, side="left")))
    reader = PdfReader(io.BytesIO(render(Handout(title="Figures", items=items))))
    curves = 0
    for page in reader.pages:
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        assert not [n for n, ref in xobjects.items()
                    if ref.get_object().get("/Subtype") == "/Image"]
        curves += page.get_contents().get_data().count(b" c\n") + \
            page.get_contents().get_data().count(b" c ")
    # Four figures of rounded limbs: hundreds of Bezier curves, no pictures.
    assert curves > 400
