"""Progressions: easier and harder versions named by the library, checked when it loads."""

from __future__ import annotations

import json

import pytest

from handout import progressions
from handout.library import ExerciseLibrary

pytestmark = pytest.mark.core


@pytest.fixture(scope="module")
def library():
    return ExerciseLibrary()


def test_bundled_progressions_name_real_exercises_both_ways(library):
    assert library.missing_variants == []
    pairs = 0
    for exercise in library.all():
        for harder in exercise.harder:
            assert exercise.id in library.get(harder).easier, (exercise.id, harder)
            pairs += 1
        for easier in exercise.easier:
            assert exercise.id in library.get(easier).harder, (exercise.id, easier)
    assert pairs >= 20


@pytest.mark.parametrize("easy, hard", [
    ("bridge", "single-leg-bridge"), ("calf-raise", "single-leg-calf-raise"),
    ("step-up", "step-down"), ("sit-to-stand", "squat"), ("squat", "split-squat"),
    ("tandem-stance", "single-leg-stand"), ("clamshell", "side-lying-hip-abduction"),
])
def test_the_usual_progressions_are_there(library, easy, hard):
    assert [e.id for e in progressions.variants(library, library.get(easy), "harder")][0] == hard
    assert easy in [e.id for e in progressions.variants(library, library.get(hard), "easier")]


def test_a_missing_variant_is_listed_not_fatal(tmp_path, user_home):
    folder = user_home / "exercises"
    folder.mkdir()
    exercise = json.loads((ExerciseLibrary().bundled_dir / "bridge.json").read_text("utf-8"))
    exercise["exercise"].update(id="my-bridge", name="My bridge",
                                harder=["single-leg-bridge", "bridge-on-a-ball"])
    (folder / "my-bridge.json").write_text(json.dumps(exercise), encoding="utf-8")
    library = ExerciseLibrary(user_dir=folder)
    assert "my-bridge" in library and library.problems == []
    assert library.missing_variants == [
        'My bridge (my-bridge): the harder version "bridge-on-a-ball" is not in the library, '
        "so it is not offered"]
    assert [e.id for e in progressions.variants(library, library.get("my-bridge"), "harder")] \
        == ["single-leg-bridge"]
