"""The editing rules without Qt: every operation changes the handout and undoes exactly."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from handout import editing, programme
from handout.dose import Amount, DoseError
from handout.errors import LibraryError
from handout.library import ExerciseLibrary
from handout.model import Dose, Handout

pytestmark = pytest.mark.core


@pytest.fixture(scope="module")
def library():
    return ExerciseLibrary()


@pytest.fixture
def handout(library):
    handout = Handout(patient_name="Ann", date=dt.date(2026, 3, 2))
    for exercise_id in ("bridge", "clamshell", "tandem-stance"):
        editing.add_exercise(handout, library.get(exercise_id))
    return handout


def undo_redo(handout, change):
    """Undo `change`, then redo it; return the state after the undo."""
    after = copy.deepcopy(handout)
    back = change.undo(handout)
    undone = copy.deepcopy(handout)
    back.undo(handout)
    assert handout == after, "redo puts back exactly what the change made"
    return undone


def test_add_remove_move_and_their_undo(handout, library):
    before = copy.deepcopy(handout)
    change = editing.add_exercise(handout, library.get("step-up"), row=1)
    assert [i.exercise.id for i in handout.items] == ["bridge", "step-up", "clamshell",
                                                      "tandem-stance"]
    assert change.structure and change.select == 1 and change.label == "Add Step-up"
    assert undo_redo(handout, change) == before
    change = editing.move_item(handout, 0, 3)
    assert handout.items[3].exercise.id == "bridge"
    change.undo(handout)
    assert handout.items[0].exercise.id == "bridge"
    change = editing.remove_item(handout, 2)
    assert [i.exercise.id for i in handout.items] == ["bridge", "step-up", "tandem-stance"]
    change.undo(handout)
    assert handout.items[2].exercise.id == "clamshell"


def test_set_dose_fields_from_typed_text_and_undo_to_the_library_default(handout):
    assert handout.items[0].dose is None
    before = copy.deepcopy(handout)
    change = editing.set_dose_field(handout, 0, "work", "8-12")
    dose = handout.items[0].dose
    assert dose.reps == Amount.between(8, 12) and dose.sets == Amount.exact(3)
    assert change.merge_key == ("dose", 0, "work") and change.item == 0
    assert undo_redo(handout, change) == before
    assert before.items[0].dose is None
    editing.set_dose_field(handout, 0, "hold", "1 min")
    assert handout.items[0].effective_dose.hold == Amount.exact(1, "min")
    editing.set_dose_field(handout, 0, "work", "30 s")
    assert handout.items[0].dose.reps is None
    assert handout.items[0].dose.duration == Amount.exact(30, "s")
    editing.set_dose_field(handout, 0, "frequency", "2x a day")
    assert handout.items[0].dose.frequency.per_day == 2


def test_a_refused_value_changes_nothing(handout):
    before = copy.deepcopy(handout)
    with pytest.raises(DoseError, match="1000 reps at most"):
        editing.set_dose_field(handout, 0, "work", "10000")
    with pytest.raises(DoseError, match="distance"):
        editing.set_dose_field(handout, 0, "hold", "1 m")
    with pytest.raises(editing.EditError, match="no exercise number 9"):
        editing.set_dose_field(handout, 8, "reps", "10")
    assert handout == before


def test_an_edit_to_the_same_value_is_no_change(handout):
    change = editing.set_dose_field(handout, 0, "reps", "10")
    assert not change.changed
    assert handout.items[0].dose is None  # still the library default


def test_harder_keeps_the_dose_and_notes_and_undo_restores_the_item(handout, library):
    editing.set_dose_field(handout, 0, "work", "8-12")
    editing.set_item_field(handout, 0, "notes", "Stop if pain goes above 4/10")
    editing.set_item_field(handout, 0, "steps", ["My own step."])
    before = copy.deepcopy(handout.items[0])
    change = editing.progress(handout, 0, "harder", library)
    item = handout.items[0]
    assert item.exercise.id == "single-leg-bridge"
    assert item.effective_dose == before.effective_dose
    assert item.notes == "Stop if pain goes above 4/10"
    assert item.steps is None  # the old exercise's steps would be wrong for the new one
    assert change.label == "Make Bridge harder: Single-leg bridge"
    change.undo(handout)
    assert handout.items[0] == before


def test_a_default_dose_is_kept_too_when_progressing(handout, library):
    default = copy.deepcopy(handout.items[2].exercise.dose)
    editing.progress(handout, 2, "harder", library)
    assert handout.items[2].exercise.id == "single-leg-stand"
    assert handout.items[2].effective_dose == default


def test_no_variant_is_a_clear_error(handout, library):
    with pytest.raises(LibraryError, match="Bridge has no easier version"):
        editing.progress(handout, 0, "easier", library)
    editing.progress(handout, 2, "harder", library, exercise_id="heel-toe-walking")
    assert handout.items[2].exercise.id == "heel-toe-walking"


def test_handout_fields_are_checked(handout):
    change = editing.set_handout_field(handout, "options.layout", "large-print")
    assert handout.options.layout == "large-print"
    change.undo(handout)
    assert handout.options.layout == "standard"
    with pytest.raises(editing.EditError, match="expected one of"):
        editing.set_handout_field(handout, "options.layout", "poster")
    with pytest.raises(editing.EditError, match="not a field"):
        editing.set_handout_field(handout, "colour", "red")


def test_apply_template_keeps_the_patient_and_undoes(handout):
    from handout.library import TemplateLibrary
    templates = TemplateLibrary(ExerciseLibrary())
    before = copy.deepcopy(handout)
    change = editing.apply_template(handout, templates.get("low-back-pain"))
    assert handout.patient_name == "Ann" and handout.date == dt.date(2026, 3, 2)
    assert handout.items[0].exercise.id == "knee-rolls"
    assert change.label == 'Apply the template "Low back pain"'
    change.undo(handout)
    assert handout == before


def test_estimated_minutes_add_sets_reps_holds_rests_and_sides():
    # 3 sets of 10 reps at 3 s and 2 rests of 30 s: 150 s (setting up is counted per item).
    assert programme.dose_seconds(Dose(sets=3, reps=10)) == 150
    # Each side doubles it; a hold of 5 s makes each rep 7 s.
    assert programme.dose_seconds(Dose(sets=2, reps=10, hold=5, rest=60, side="each")) == \
        2 * (2 * 70 + 60)
    assert programme.dose_seconds(Dose(duration="10 min")) == 600
    assert programme.dose_seconds(Dose(duration="700 m")) == 600  # an easy walk
    assert programme.dose_seconds(Dose(reps="8-12")) == 30  # the middle of the range
    assert programme.dose_seconds(Dose(duration="as long as comfortable")) is None


def test_estimate_and_gentle_notices(handout, library):
    estimate = programme.estimate(handout)
    assert estimate.minutes >= 1 and estimate.describe().startswith("About ")
    assert programme.notices(handout) == []
    for exercise_id in ("step-up", "squat", "walking"):
        editing.add_exercise(handout, library.get(exercise_id))
    notices = programme.notices(handout)
    assert notices and "6 exercises" in notices[0] and "two to four" in notices[0]
    editing.set_dose_field(handout, 5, "work", "as long as comfortable")
    assert programme.estimate(handout).uncounted == ["Walking programme"]
    assert "plus Walking programme" in programme.estimate(handout).describe()
