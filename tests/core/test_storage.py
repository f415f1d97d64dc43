"""Storage: JSON round-trips, precise validation messages, migration, atomic saves."""

import datetime as dt
import json

import pytest

from handout import storage
from handout.errors import StorageError, ValidationError
from handout.dose import Amount
from handout.model import Clinic, Dose, Exercise, Handout, Item, LayoutOptions, Template
from tests.helpers import failing_replace


def sample_exercise(**changes) -> Exercise:
    fields = dict(id="bridge", name="Bridge", region="hip", aliases=["glute bridge"],
                  tags=["strength"], equipment=["mat"], level="beginner",
                  steps=["Lie on your back.", "Lift your hips."],
                  dose=Dose(sets=3, reps=10, hold="3 s", frequency="daily"),
                  precautions=["Keep your ribs down."], video_url="https://example.org/v")
    fields.update(changes)
    return Exercise(**fields)


def sample_handout() -> Handout:
    return Handout(
        title="Knee programme", patient_name="Zoë Łukasiewicz-Ørsted",
        date=dt.date(2026, 11, 23), therapist="Sam", review_date=dt.date(2026, 12, 7),
        education="## Why\nBecause.", advice="Keep going.",
        items=[Item(exercise=sample_exercise(), dose=Dose(sets=2, reps=15, side="left"),
                    notes="Stop if pain > 5/10", steps=["Custom step."]),
               Item(exercise=sample_exercise(id="squat", name="Squat"))],
        options=LayoutOptions(layout="compact", page_size="Letter", diary_weeks=2))


def write(path, document):
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def handout_doc(handout_body, version=3):
    return {"format": "handout", "version": version, "handout": handout_body}


def test_handout_round_trip(tmp_path):
    handout = sample_handout()
    path = tmp_path / "h.json"
    storage.save_handout(handout, path)
    assert storage.load_handout(path) == handout


def test_saved_file_is_readable_json_with_format_and_version(tmp_path):
    path = tmp_path / "h.json"
    storage.save_handout(sample_handout(), path)
    text = path.read_text(encoding="utf-8")
    assert "Zoë" in text  # UTF-8, not \u escapes
    assert text.startswith('{\n  "format": "handout",\n  "version": 3')
    storage.save_handout(sample_handout(), tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()  # stable order


def test_exercise_template_and_clinic_round_trip(tmp_path):
    exercise = sample_exercise()
    storage.save_exercise(exercise, tmp_path / "e.json")
    assert storage.load_exercise(tmp_path / "e.json") == exercise

    template = Template(id="knee", name="Knee", description="d", tags=["knee"],
                        handout=sample_handout())
    storage.save_template(template, tmp_path / "t.json")
    assert storage.load_template(tmp_path / "t.json") == template

    clinic = Clinic(name="Riverside", phone="0117", accent_color="#aa3300", page_size="Letter")
    storage.save_clinic(clinic, tmp_path / "c.json")
    assert storage.load_clinic(tmp_path / "c.json") == clinic


def test_template_file_carries_no_patient_details(tmp_path):
    template = Template(id="knee", name="Knee", handout=sample_handout())
    storage.save_template(template, tmp_path / "t.json")
    text = (tmp_path / "t.json").read_text(encoding="utf-8")
    body = json.loads(text)["template"]
    assert "Zoë" not in text and "2026-11-23" not in text
    assert not {"patient_name", "date", "therapist", "review_date"} & set(body)


def test_items_without_a_copy_are_resolved_through_the_library(tmp_path):
    path = write(tmp_path / "h.json", handout_doc({"items": [{"exercise_id": "bridge"}]}))
    handout = storage.load_handout(path, resolve=lambda _id: sample_exercise())
    assert handout.items[0].exercise.name == "Bridge"
    assert handout.items[0].dose is None


@pytest.mark.parametrize("item, message", [
    ({"exercise_id": "bridge", "dose": {"reps": "lots"}},
     'items[0].dose.reps: “lots” is not understood: type 10, a range like 8-12'),
    ({"exercise_id": "bridge", "dose": {"sets": 0}},
     "items[0].dose.sets: “0”: sets must be more than 0"),
    ({"exercise_id": "bridge", "dose": {"reps": 2.5}},
     "items[0].dose.reps: “2.5”: reps are whole numbers"),
    ({"exercise_id": "bridge", "dose": {"reps": True}},
     'items[0].dose.reps: expected a number or text like "8-12" or "30 s", got true'),
    ({"exercise_id": "bridge", "dose": {"reps": 10000}},
     "items[0].dose.reps: “10000” is more than a dose can say (1000 reps at most)"),
    ({"exercise_id": "bridge", "dose": {"hold": "1 m"}},
     "items[0].dose.hold: “1 m” is a distance"),
    ({"exercise_id": "bridge", "dose": {"reps": 10, "duration": "30 s"}},
     "items[0].dose.duration: a dose has reps or a time (or distance), not both"),
    ({"exercise_id": "bridge", "dose": {"side": "up"}},
     'items[0].dose.side: expected one of both, each, left, right, alternate, got "up"'),
    ({"exercise_id": "bridge", "dose": {"repz": 3}},
     "items[0].dose.repz: unknown field (is it misspelt?)"),
    ({"exercise_id": "bridge", "notes": 5}, "items[0].notes: expected text, got 5"),
    ({"exercise_id": "bridge", "steps": "one"},
     'items[0].steps: expected a list of texts, got "one"'),
    ({"exercise_id": "Not An Id"}, "items[0].exercise_id: expected lower-case letters"),
    ({"exercise_id": "missing"}, 'items[0].exercise_id: no exercise "missing" in the library'),
    ({"exercise_id": "bridge", "video_url": "javascript:alert(1)"},
     "items[0].video_url: expected a web link starting with https://"),
    ("bridge", 'items[0]: expected an object {...}, got "bridge"'),
])
def test_each_kind_of_validation_error_names_file_field_and_problem(tmp_path, item, message):
    def resolve(exercise_id):
        if exercise_id == "bridge":
            return sample_exercise()
        raise storage.HandoutError("unknown")

    path = write(tmp_path / "bad.json", handout_doc({"items": [item]}))
    with pytest.raises(ValidationError) as caught:
        storage.load_handout(path, resolve)
    text = str(caught.value)
    assert text.startswith(f"{path}: ")
    assert message in text


def test_every_problem_is_collected(tmp_path):
    path = write(tmp_path / "bad.json", handout_doc({
        "date": "31/12/2026", "items": [{"exercise_id": "bridge", "dose": {"reps": "x"}}],
        "options": {"layout": "Poster size!"}}))
    problems = storage.validate_file(path, lambda _id: sample_exercise())
    assert len(problems) == 3
    assert any('date: expected a date like 2026-03-31, got "31/12/2026"' in p for p in problems)
    assert any("options.layout: expected one of standard, compact, large-print" in p
               for p in problems)
    with pytest.raises(ValidationError, match=r"\(and 2 more problems\)"):
        storage.load_handout(path, lambda _id: sample_exercise())


@pytest.mark.parametrize("content, message", [
    (b'{"format": "handout", "version": 2, "handout": {"title": "cut', "cut short"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[1, 2]", 'no "format" field'),
    (b'{"format": "handout-clinic", "version": 2, "clinic": {}}',
     "is a clinic profile file, expected a handout file"),
    (b'{"format": "handout", "version": "2", "handout": {}}', "version: expected a whole number"),
    (b'{"format": "handout", "version": 4, "handout": {}}', "made by a newer Handout Builder"),
    (b"", "not valid JSON"),
])
def test_files_that_are_not_handouts_are_refused_clearly(tmp_path, content, message):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        storage.load_handout(path)


def test_missing_file_and_folder_are_storage_errors(tmp_path):
    with pytest.raises(StorageError, match="no such file"):
        storage.load_handout(tmp_path / "nope.json")
    with pytest.raises(StorageError, match="is a folder"):
        storage.load_handout(tmp_path)


def test_version_1_files_are_migrated(tmp_path):
    path = write(tmp_path / "old.json", handout_doc({
        "patient": "Ann", "items": [{"exercise_id": "bridge", "dose": {"hold": 5, "rest": 30},
                                     "exercise": {"id": "bridge", "name": "Bridge",
                                                  "dose": {"hold": 2}}}]}, version=1))
    handout = storage.load_handout(path)
    assert handout.patient_name == "Ann"
    assert handout.items[0].dose.hold == Amount.exact(5, "s")
    assert handout.items[0].dose.rest == Amount.exact(30, "s")
    assert handout.items[0].exercise.dose.hold == Amount.exact(2, "s")


def test_version_2_doses_are_migrated_with_their_units(tmp_path):
    path = write(tmp_path / "v2.json", handout_doc({"items": [
        {"exercise_id": "bridge",
         "dose": {"sets": 3, "reps": 12, "hold_seconds": 5, "rest_seconds": 60,
                  "frequency": "twice a day", "side": "left"},
         "exercise": {"id": "bridge", "name": "Bridge",
                      "dose": {"hold_seconds": 3, "frequency": "every hour while resting"}}},
        {"exercise_id": "bridge", "dose": {"hold_seconds": "long"}}]}, version=2))
    problems = storage.validate_file(path, lambda _id: sample_exercise())
    # A bad value is reported under its new name, never dropped or changed.
    assert len(problems) == 1 and "items[1].dose.hold: “long”" in problems[0]
    good = json.loads(path.read_text(encoding="utf-8"))
    good["handout"]["items"].pop()
    write(path, good)
    dose = storage.load_handout(path).items[0].dose
    assert dose == Dose(sets=3, reps=12, hold="5 s", rest="60 s", frequency="twice a day",
                        side="left")
    assert dose.frequency.per_day == 2
    exercise = storage.load_handout(path).items[0].exercise
    assert exercise.dose.hold == Amount.exact(3, "s")
    assert exercise.dose.frequency.text == "every hour while resting"


def test_version_3_doses_say_what_was_typed(tmp_path):
    handout = sample_handout()
    handout.items[0].dose = Dose(sets="2-3", reps="8-12", hold="1 min", rest="90 s",
                                 frequency="2x a day, 5 days a week", side="each",
                                 load="red band")
    handout.items[1].dose = Dose(duration="10-15 min", frequency="every other day")
    path = tmp_path / "h.json"
    storage.save_handout(handout, path)
    items = json.loads(path.read_text(encoding="utf-8"))["handout"]["items"]
    assert items[0]["dose"] == {"sets": "2-3", "reps": "8-12", "hold": "1 min",
                                "rest": "90 s", "frequency": "twice a day, 5 days a week",
                                "load": "red band", "side": "each"}
    assert items[1]["dose"] == {"duration": "10-15 min", "frequency": "every other day",
                                "side": "both"}
    assert storage.load_handout(path) == handout


def test_a_frequency_in_a_file_is_never_refused(tmp_path):
    path = write(tmp_path / "h.json", handout_doc({"items": [
        {"exercise_id": "bridge", "dose": {"frequency": "3 times"}}]}))
    dose = storage.load_handout(path, lambda _id: sample_exercise()).items[0].dose
    assert dose.frequency.text == "3 times"


def test_failed_save_keeps_the_old_file_and_leaves_no_temp_file(tmp_path):
    folder = tmp_path / "docs"
    path = folder / "h.json"
    storage.save_handout(sample_handout(), path)
    before = path.read_bytes()
    changed = sample_handout()
    changed.patient_name = "Someone else"
    with failing_replace(), pytest.raises(StorageError, match="previous version is unchanged"):
        storage.save_handout(changed, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["h.json"]


def test_failed_first_save_leaves_nothing(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    with failing_replace(), pytest.raises(StorageError):
        storage.atomic_write(folder / "new.pdf", b"%PDF")
    assert list(folder.iterdir()) == []


def test_save_into_unwritable_place_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot create the folder"):
        storage.atomic_write(blocker / "sub" / "h.json", b"{}")


def test_clinic_accent_colour_is_checked(tmp_path):
    path = write(tmp_path / "c.json", {"format": "handout-clinic", "version": 2,
                                       "clinic": {"accent_color": "teal"}})
    with pytest.raises(ValidationError, match='accent_color: expected a colour like #2a7f8e'):
        storage.load_clinic(path)
