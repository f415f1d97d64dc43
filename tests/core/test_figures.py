"""Exercise figures at run time: every bundled exercise drawn from the body, as vectors.

The body-figure definitions and the built assets are checked in depth by
test_figure_engine.py and test_figure_render.py; this file checks what the app
and the PDF do with them: every exercise has one, the side mirrors it, a PDF
carries it as paths, a copy made from an older library (its old stick-figure
`illustration`) still draws, and nothing broken ever stops a handout printing.
"""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Path as RLPath
from reportlab.pdfgen import canvas

from handout.figures import (built, built_figure, definition_of, definition_problems,
                             figure_aspect, figure_drawing, needs_mirror)
from handout.figures.contact_sheet import contact_sheet_pdf
from handout.model import Dose, Exercise, Handout, Item

pytestmark = pytest.mark.core

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "assets" / "exercises"
FIGURES = ROOT / "assets" / "figures"
# The stick-figure code and its modules are gone for good.
OLD_MODULES = ("geometry", "kinematics", "poses", "staging", "hand", "paths", "body")


def _bundled() -> dict[str, dict]:
    out = {}
    for path in sorted(EXERCISES.glob("*.json")):
        exercise = json.loads(path.read_text(encoding="utf-8"))["exercise"]
        out[exercise["id"]] = exercise
    return out


BUNDLED = _bundled()


def _exercise(exercise_id: str, **changes) -> Exercise:
    data = BUNDLED[exercise_id]
    fields = dict(id=exercise_id, name=data["name"], steps=data["steps"],
                  figure=data.get("figure"))
    fields.update(changes)
    return Exercise(**fields)


# ------------------------------------------------------------- the library

def test_every_bundled_exercise_has_a_built_body_figure_and_no_old_drawing():
    missing = {i for i, e in BUNDLED.items() if built_figure(e.get("figure")) is None}
    old = {i for i, e in BUNDLED.items() if "illustration" in e}
    problems = {i: definition_problems(e["figure"]) for i, e in BUNDLED.items()
                if isinstance(e.get("figure"), dict) and definition_problems(e["figure"])}
    assert (missing, old, problems) == (set(), set(), {})


def test_the_stick_figure_code_is_gone():
    package = ROOT / "handout" / "figures"
    assert [m for m in OLD_MODULES if (package / f"{m}.py").exists()] == []
    uses = [p.relative_to(ROOT).as_posix() for p in (ROOT / "handout").rglob("*.py")
            if any(f"figures.{m} import" in p.read_text(encoding="utf-8")
                   or f"from .{m} import" in p.read_text(encoding="utf-8") and
                   p.parent == package for m in OLD_MODULES)]
    assert uses == []


def test_the_three_founding_exercises_show_what_makes_them_recognisable():
    clam = BUNDLED["clamshell"]["figure"]
    assert clam["posture"] == "side-lying" and clam["moving"] == "treated knee"
    hydrant = BUNDLED["fire-hydrant"]["figure"]
    assert hydrant["posture"] == "quadruped"
    assert any("hip_abduction" in f.get("treated", {}) for f in hydrant["frames"])
    step = BUNDLED["step-up"]["figure"]
    assert any(p["kind"] == "step" for p in step["props"])


def test_an_old_stick_figure_definition_is_refused_as_a_figure_with_a_clear_reason():
    problems = definition_problems({"pose": "standing", "frames": [{}, {}]})
    assert problems and "version" in problems[0] and "no longer drawn" in problems[0]
    assert definition_problems(None) == ["expected a figure definition {...}"]


# ------------------------------------------------------------ sides and copies

def test_the_item_side_decides_the_mirror_and_the_box_follows_the_pose():
    definition = BUNDLED["clamshell"]["figure"]
    drawn = built_figure(definition).side
    other = "left" if drawn == "right" else "right"
    assert not needs_mirror(definition, drawn)
    assert needs_mirror(definition, other)
    assert not needs_mirror(definition, "both") and not needs_mirror(definition, "alternate")
    # The box follows the pose: a lying figure's panel is wide, a standing one's tall.
    lying = built.panel_alone(built_figure(definition), 0)
    standing = built.panel_alone(built_figure(BUNDLED["calf-raise"]["figure"]), 0)
    assert lying.aspect > 1.2 > standing.aspect
    assert figure_aspect(definition) == built_figure(definition).aspect


# The clamshell's old stick-figure definition, as files saved before the body
# figures carry it (a clinic's copy of the exercise, a patient's saved handout).
OLD_CLAMSHELL = {"pose": "side-lying", "camera": {"turn": 55, "tilt": 30},
                 "joints": {"hip_near": 50, "hip_far": 50, "knee_near": 100, "knee_far": 100},
                 "props": [{"type": "mat"}],
                 "frames": [{}, {"joints": {"hip_near_rot": 50, "hip_near_abd": 35}}],
                 "moves": "knee_near"}


def test_a_copy_made_from_an_older_library_still_draws_that_exercises_figure():
    copy = Exercise(id="my-clamshell", name="My clamshell", illustration=OLD_CLAMSHELL)
    figure = built_figure(definition_of(copy))
    assert figure is not None and figure.exercise == "clamshell"
    assert figure is built_figure(BUNDLED["clamshell"]["figure"])  # the current picture
    assert not needs_mirror(definition_of(copy), figure.side)
    unknown = Exercise(id="mine", name="Mine", illustration=dict(OLD_CLAMSHELL, moves="x"))
    assert built_figure(definition_of(unknown)) is None  # nobody's: a quiet empty frame


def test_a_handout_saved_before_the_body_figures_prints_them(tmp_path):
    from handout import storage
    from handout.pdf import render

    old = Exercise(id="clamshell", name="Clamshell", steps=["Lie on your side."],
                   illustration=OLD_CLAMSHELL)
    path = tmp_path / "old.handout"
    path.write_bytes(storage.handout_bytes(Handout(title="Old", items=[Item(exercise=old)])))
    again = storage.load_handout(path)
    assert again.items[0].exercise.illustration == OLD_CLAMSHELL  # kept, never lost
    content = b"".join(p.get_contents().get_data()
                       for p in PdfReader(io.BytesIO(render(again))).pages)
    assert content.count(b" c\n") + content.count(b" c ") > 100


def test_an_earlier_definition_draws_the_current_figure_and_a_stale_file_draws_none(tmp_path):
    from handout.figures.engine.build import write_index

    definition = BUNDLED["clamshell"]["figure"]
    (tmp_path / "clamshell.json").write_bytes((FIGURES / "clamshell.json").read_bytes())
    old = {"pose": "side-lying", "moves": "knee_near", "frames": [{}, {}]}
    (tmp_path / "index.json").write_text(json.dumps(
        {"format": built.INDEX_FORMAT, "version": 1,
         "figures": {built.definition_hash(old): "clamshell.json"}}), encoding="utf-8")
    # Rebuilding the index moves the hash it listed before into "earlier".
    write_index([("clamshell", definition)], tmp_path)
    built.clear_cache()
    try:
        current, earlier = built.read_index(tmp_path)
        assert earlier == {built.definition_hash(old): "clamshell.json"}
        assert list(current.values()) == ["clamshell.json"]
        via_old = built.lookup(old, tmp_path)
        assert via_old is not None and via_old.source == built.definition_hash(definition)
        # Once the file is not current any more, the earlier hash finds nothing.
        write_index([("clamshell", dict(definition, note="changed, not rebuilt"))], tmp_path)
        built.clear_cache()
        assert built.lookup(old, tmp_path) is None
    finally:
        built.clear_cache()


def test_an_old_illustration_round_trips_through_a_saved_exercise_untouched():
    from handout import storage

    exercise = Exercise(id="my-clam", name="My clam", steps=["Lie on your side."],
                        illustration=OLD_CLAMSHELL)
    again = storage.exercise_from_bytes(storage.exercise_bytes(exercise), "my-clam.json")
    assert again.illustration == OLD_CLAMSHELL and again.figure is None
    # A new exercise written today carries no "illustration" key at all.
    assert "illustration" not in storage.exercise_to_dict(Exercise(id="new", name="New"))


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
    drawings = [figure_drawing(e["figure"], 135, 105, "left", "#aa3355")
                for e in BUNDLED.values() if e.get("figure")]
    reader = PdfReader(io.BytesIO(_pdf_of_drawings(drawings)))
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        images = [name for name, ref in xobjects.items()
                  if ref.get_object().get("/Subtype") == "/Image"]
        assert images == []
        content = page.get_contents().get_data()
        assert b" c\n" in content or b" c " in content  # Bezier curves: the body's outline


def test_the_drawing_also_holds_ordinary_paths_for_other_renderers():
    drawing = figure_drawing(BUNDLED["clamshell"]["figure"], 135, 105)
    assert isinstance(drawing, Drawing)
    assert len(drawing.contents) > 10
    assert all(isinstance(shape, RLPath) for shape in drawing.contents)
    generic = io.BytesIO()
    pdf = canvas.Canvas(generic, invariant=1)
    renderPDF.draw(drawing, pdf, 10, 10)  # the generic renderer draws the same figure
    pdf.save()
    assert b"%PDF" in generic.getvalue()[:10]


def test_no_or_broken_definition_draws_a_quiet_frame_instead_of_failing():
    for bad in (None, {}, {"frames": "x"}, {"version": 2, "posture": "standing"},
                {"pose": "standing", "frames": [{}, {}], "joints": {"knee_near": 999}}):
        drawing = figure_drawing(bad, 120, 90)
        assert isinstance(drawing, Drawing) and built_figure(bad) is None
        assert len(drawing.contents) == 1  # the soft empty frame, nothing else


def test_the_contact_sheet_shows_every_exercise_with_its_name():
    exercises = [_exercise(k) for k in BUNDLED]
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


def test_the_contact_sheet_prints_names_in_any_script():
    exercises = [_exercise("clamshell", id="ubung", name="Übung für die Schulter – Ελληνικά"),
                 Exercise(id="none", name="No picture yet")]
    text = PdfReader(io.BytesIO(contact_sheet_pdf(exercises))).pages[0].extract_text()
    assert "Übung für die Schulter" in text and "Ελληνικά" in text
    assert "no illustration" in text


def test_an_exported_handout_carries_its_figures_as_vector_paths():
    from handout.pdf import render

    items = [Item(exercise=_exercise(i), dose=Dose(sets=3, reps=10, side="left"))
             for i in ("clamshell", "fire-hydrant", "step-up", "tendon-glides")]
    reader = PdfReader(io.BytesIO(render(Handout(title="Figures", items=items))))
    curves = 0
    for page in reader.pages:
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        assert not [n for n, ref in xobjects.items()
                    if ref.get_object().get("/Subtype") == "/Image"]
        curves += page.get_contents().get_data().count(b" c\n") + \
            page.get_contents().get_data().count(b" c ")
    # Four line-art figures of two panels: hundreds of Bezier curves, no pictures.
    assert curves > 400
