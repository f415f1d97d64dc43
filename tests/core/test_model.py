"""The model: dose wording, overrides, templates without patient details."""

import datetime as dt

from handout.dose import Amount
from handout.model import Dose, Exercise, Handout, Item, Template, strip_patient_details


def test_dose_line_reads_like_a_clinician_wrote_it():
    dose = Dose(sets=3, reps=10, hold=5, frequency="twice a day", side="left")
    assert dose.describe() == "3 sets × 10 reps · hold 5 seconds · twice a day · left side"
    dose = Dose(sets=3, reps="8-12", hold="1 min", rest="90 s", frequency="twice daily",
                side="each", load="red band")
    assert dose.describe() == ("3 sets × 8–12 reps each side · hold 1 minute · rest 90 seconds"
                               " · red band · twice a day")
    assert Dose(duration="10 min", frequency="every day").describe() == "10 minutes · every day"
    assert Dose(sets=2, duration="30 s", side="each").describe() == \
        "2 sets × 30 seconds each side"


def test_dose_line_leaves_out_what_is_not_set():
    assert Dose(reps=1).describe() == "1 rep"
    assert Dose(sets=1, load="red band", side="both").describe() == "1 set · red band"
    assert Dose().describe() == ""


def test_item_overrides_fall_back_to_the_library():
    exercise = Exercise(id="bridge", name="Bridge", steps=["Lie down."], dose=Dose(reps=8))
    item = Item(exercise=exercise)
    assert item.effective_dose.reps == Amount.exact(8)
    assert item.effective_steps == ["Lie down."]
    item.dose = Dose(reps=15)
    item.steps = ["Lie on your back."]
    assert item.effective_dose.reps == Amount.exact(15)
    assert item.effective_steps == ["Lie on your back."]
    assert exercise.dose.reps == Amount.exact(8)


def test_template_never_keeps_patient_details():
    handout = Handout(patient_name="Ann", date=dt.date(2026, 1, 2), therapist="Bo",
                      review_date=dt.date(2026, 2, 2), education="Hi")
    template = Template(id="t", name="T", handout=handout)
    assert template.handout.patient_name == ""
    assert template.handout.date is None and template.handout.review_date is None
    assert template.handout.therapist == ""
    assert template.handout.education == "Hi"
    assert handout.patient_name == "Ann"  # the original is untouched


def test_new_handout_from_template_is_independent():
    template = Template(id="t", name="T", handout=Handout(items=[
        Item(exercise=Exercise(id="a", name="A"))]))
    first = template.new_handout("Ann", dt.date(2026, 1, 1))
    first.items[0].notes = "changed"
    second = template.new_handout("Bo")
    assert second.items[0].notes == ""
    assert first.patient_name == "Ann" and second.patient_name == "Bo"


def test_strip_patient_details_returns_a_copy():
    handout = Handout(patient_name="Ann")
    assert strip_patient_details(handout).patient_name == ""
    assert handout.patient_name == "Ann"
