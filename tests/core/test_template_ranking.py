"""Templates ranked by relevance: what is typed is found where it matters most."""

from __future__ import annotations

import pytest

from handout.library import ExerciseLibrary, TemplateLibrary
from handout.model import Handout, Template
from handout.template_ranking import rank
from handout.templates import exercise_ids, exercise_names

pytestmark = pytest.mark.core


@pytest.fixture(scope="module")
def bundled():
    exercises = ExerciseLibrary()
    templates = TemplateLibrary(exercises)
    found = [t for t in templates.all() if t.origin == "bundled"]

    def regions(template):
        return [exercises.get(i).region for i in exercise_ids(template) if i in exercises]
    return found, regions


@pytest.mark.parametrize("typed, first", [
    ("knee", "knee-osteoarthritis"), ("back", "low-back-pain"), ("hip", "hip-osteoarthritis"),
    ("elbow", "tennis-elbow"), ("heel", "plantar-heel-pain"),
    ("sprain", "ankle-sprain"), ("rotator", "rotator-cuff-shoulder-pain"),
    ("frozen", "frozen-shoulder"), ("oa knee", "knee-osteoarthritis"),
    ("tkr", "knee-replacement"),
    ("runner's knee", "patellofemoral-pain"), ("falls", "falls-prevention-balance"),
])
def test_the_most_relevant_template_comes_first(bundled, typed, first):
    templates, regions = bundled
    assert rank(templates, typed, regions, exercise_names)[0].id == first


def test_every_word_must_match_and_ties_keep_their_order(bundled):
    templates, regions = bundled
    assert rank(templates, "knee moon", regions, exercise_names) == []
    assert [t.id for t in rank(templates, "", regions)] == [t.id for t in templates]


def test_the_name_outranks_a_tag_and_a_region():
    named = Template(id="b", name="Knee rehab", handout=Handout())
    tagged = Template(id="a", name="After surgery", tags=["knee"], handout=Handout())
    assert [t.id for t in rank([tagged, named], "knee")] == ["b", "a"]
