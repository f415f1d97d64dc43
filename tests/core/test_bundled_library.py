"""The bundled library itself: every exercise and template is valid, complete and findable."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from handout import model, paths, storage
from handout.library import ExerciseLibrary, TemplateLibrary

pytestmark = pytest.mark.core

EXERCISE_FILES = sorted(paths.BUNDLED_EXERCISES.glob("*.json"))
TEMPLATE_FILES = sorted(paths.BUNDLED_TEMPLATES.glob("*.json"))


@pytest.fixture
def exercises(user_home) -> ExerciseLibrary:
    return ExerciseLibrary()


@pytest.fixture
def templates(exercises) -> TemplateLibrary:
    return TemplateLibrary(exercises)


def raw(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_there_are_enough_exercises_and_templates():
    assert len(EXERCISE_FILES) >= 80
    assert len(TEMPLATE_FILES) >= 10


def test_every_file_loads_without_problems(exercises, templates):
    assert [str(p) for p in exercises.problems] == []
    assert [str(p) for p in templates.problems] == []
    assert len(exercises) == len(EXERCISE_FILES)
    assert len(templates.all()) == len(TEMPLATE_FILES)


@pytest.mark.parametrize("path", EXERCISE_FILES, ids=lambda p: p.stem)
def test_exercise_file_follows_the_schema(path):
    document = raw(path)
    assert document["format"] == "handout-exercise"
    assert document["version"] == storage.CURRENT_VERSION
    assert storage.validate_file(path) == []
    exercise = storage.load_exercise(path)
    assert exercise.id == path.stem, "file name must be the exercise id"
    assert storage.is_valid_id(exercise.id)
    assert exercise.region in model.REGIONS
    assert exercise.equipment and all(q in model.EQUIPMENT for q in exercise.equipment)
    assert exercise.equipment == ["none"] or "none" not in exercise.equipment
    assert exercise.level in model.LEVELS
    assert exercise.aliases, "therapists and patients need other names to search by"
    assert exercise.tags
    assert 3 <= len(exercise.steps) <= 6
    assert exercise.dose.describe(), "every exercise needs a default dose"
    assert exercise.dose.side in model.SIDES


@pytest.mark.parametrize("path", EXERCISE_FILES, ids=lambda p: p.stem)
def test_exercise_text_is_plain_and_short(path):
    exercise = storage.load_exercise(path)
    for text in exercise.steps + exercise.precautions:
        assert text.strip() == text and text[0].isupper() and text[-1] in ".!?", text
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            assert len(sentence.split()) <= 25, f"sentence too long for a patient: {sentence}"


FIGURE_BRIEFS = Path(__file__).parents[2] / "docs" / "figure-briefs.md"


@pytest.mark.parametrize("path", EXERCISE_FILES, ids=lambda p: p.stem)
def test_every_exercise_has_a_figure(path):
    # A new exercise may wait for its figure only with a figure brief in
    # docs/figure-briefs.md saying exactly how to pose it.
    if raw(path)["exercise"].get("figure") is None:
        briefs = FIGURE_BRIEFS.read_text(encoding="utf-8") if FIGURE_BRIEFS.exists() else ""
        assert f"### `{path.stem}`" in briefs, f"{path.name} has no figure and no brief"


def test_no_duplicate_ids_or_names(exercises):
    documents = [raw(p)["exercise"] for p in EXERCISE_FILES]
    ids = [d["id"] for d in documents]
    names = [d["name"].casefold() for d in documents]
    assert len(ids) == len(set(ids))
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    template_ids = [raw(p)["template"]["id"] for p in TEMPLATE_FILES]
    template_names = [raw(p)["template"]["name"].casefold() for p in TEMPLATE_FILES]
    assert len(template_ids) == len(set(template_ids))
    assert len(template_names) == len(set(template_names))


def test_every_region_has_exercises(exercises):
    for region in model.REGIONS:
        assert len(exercises.search(region=region)) >= 5, region


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_template_follows_the_schema_and_names_real_exercises(path, exercises):
    document = raw(path)
    assert document["format"] == "handout-template"
    assert document["version"] == storage.CURRENT_VERSION
    body = document["template"]
    assert body["id"] == path.stem
    assert not set(body) & set(model.PATIENT_FIELDS), "templates never carry patient details"
    assert storage.validate_file(path, exercises.get) == []
    # 2-5 exercises: what a patient keeps up at home (docs/content-style.md).
    assert 2 <= len(body["items"]) <= 5
    for item in body["items"]:
        assert item["exercise_id"] in exercises, item["exercise_id"]
        assert "exercise" not in item, "bundled templates refer to the library, no copies"
    item_ids = [item["exercise_id"] for item in body["items"]]
    assert len(item_ids) == len(set(item_ids))
    template = storage.load_template(path, exercises.get)
    assert template.description.strip() and template.tags
    assert template.handout.education.strip() and template.handout.advice.strip()
    for item in template.handout.items:
        assert item.effective_dose.describe()


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_template_text_uses_only_the_markup_the_pdf_supports(path):
    body = raw(path)["template"]
    for text in (body["education"], body["advice"]):
        for line in text.split("\n"):
            if line.startswith("#"):
                assert line.startswith("## ") and not line.startswith("###"), line
            assert line.count("**") % 2 == 0, line
            assert "<" not in line and "](" not in line, line
