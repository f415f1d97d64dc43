"""Templates: save from a handout, find, rename, duplicate, trash, favourites, share, clinic."""

from __future__ import annotations

import datetime as _dt
import json
import time

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from handout import paths, storage
from handout.errors import ConflictError, LibraryError, StorageError, ValidationError
from handout.library import ExerciseLibrary, TemplateLibrary, Unreadable
from handout.model import Dose, Handout
from handout.templates import TemplateExistsError, slug

pytestmark = pytest.mark.core


@pytest.fixture(scope="module")
def bundled_exercises():
    return ExerciseLibrary(clinic_folder=None)


@pytest.fixture
def clinic(tmp_path):
    folder = tmp_path / "clinic"
    (folder / "templates").mkdir(parents=True)
    (folder / "exercises").mkdir()
    return folder


@pytest.fixture
def templates(bundled_exercises, clinic):
    return TemplateLibrary(bundled_exercises, clinic_folder=clinic)


def a_handout(exercises) -> Handout:
    handout = Handout(title="Knee week 2", patient_name="Zoë Smith",
                      date=_dt.date(2026, 11, 23), therapist="Sam Patel",
                      review_date=_dt.date(2026, 12, 7), education="Keep moving.",
                      advice="Ice if sore.")
    item = exercises.new_item("clamshell")
    item.dose = Dose(sets=3, reps=12, side="left")
    item.notes = "Slowly"
    handout.items.append(item)
    handout.items.append(exercises.new_item("step-up"))
    return handout


# ------------------------------------------------------------- save as template

def test_save_as_template_drops_patient_details(templates, bundled_exercises):
    template = templates.save_as_template(a_handout(bundled_exercises), "ACL week 2",
                                          "After reconstruction", ["knee", "ACL"])
    path = paths.user_templates() / "acl-week-2.json"
    raw = path.read_text(encoding="utf-8")
    for detail in ("Zoë Smith", "Sam Patel", "2026-11-23", "2026-12-07", "patient_name",
                   "therapist", "review_date"):
        assert detail not in raw
    again = storage.load_template(path, bundled_exercises.get)
    assert (again.name, again.description, again.tags) == \
        ("ACL week 2", "After reconstruction", ["knee", "ACL"])
    assert [i.exercise.id for i in again.handout.items] == ["clamshell", "step-up"]
    assert again.handout.items[0].dose == Dose(sets=3, reps=12, side="left")
    assert template.origin == "user" and templates.get("acl-week-2") is template


def test_saving_over_an_existing_template_asks_first(templates, bundled_exercises):
    handout = a_handout(bundled_exercises)
    templates.save_as_template(handout, "ACL week 2")
    handout.items.pop()
    with pytest.raises(TemplateExistsError, match="already exists in My templates") as caught:
        templates.save_as_template(handout, "ACL week 2")
    assert caught.value.existing.name == "ACL week 2"
    assert len(templates.get("acl-week-2").handout.items) == 2  # nothing replaced
    templates.save_as_template(handout, "ACL week 2", replace=True)
    assert len(TemplateLibrary(bundled_exercises).get("user:acl-week-2").handout.items) == 1


def test_same_name_asks_but_a_different_name_never_does(templates, bundled_exercises):
    handout = a_handout(bundled_exercises)
    renamed = templates.save_as_template(handout, "ACL week 2")
    templates.rename(renamed, "ACL early phase")
    with pytest.raises(TemplateExistsError):
        templates.save_as_template(handout, "acl EARLY phase")
    other = templates.save_as_template(handout, "ACL week 2")  # the old name is free again
    assert other.id == "acl-week-2-2"
    assert templates.get("acl-week-2").name == "ACL early phase"


def test_a_name_taken_by_a_bundled_template_keeps_both(templates, bundled_exercises):
    saved = templates.save_as_template(a_handout(bundled_exercises), "Gluteus medius pain")
    assert saved.id == "gluteus-medius-pain-2"
    assert templates.get("bundled:gluteus-medius-pain").origin == "bundled"


def test_a_template_needs_a_name(templates, bundled_exercises):
    with pytest.raises(ValidationError, match="needs a name"):
        templates.save_as_template(a_handout(bundled_exercises), "   ")


@given(st.text(max_size=300))
@hypothesis_settings(max_examples=200, deadline=None)
def test_any_name_gives_a_valid_id(name):
    assert storage.is_valid_id(slug(name)) and len(slug(name)) <= 80


def test_names_in_any_script_save_side_by_side(templates, bundled_exercises):
    first = templates.save_as_template(a_handout(bundled_exercises), "膝のリハビリ")
    second = templates.save_as_template(a_handout(bundled_exercises), "Реабилитация")
    assert (first.id, second.id) == ("my-template", "my-template-2")
    assert {t.name for t in TemplateLibrary(bundled_exercises).all()} >= \
        {"膝のリハビリ", "Реабилитация"}


# ------------------------------------------------------------- find

def test_search_by_name_tag_and_exercise(templates, bundled_exercises):
    templates.save_as_template(a_handout(bundled_exercises), "ACL week 2", tags=["graft-rehab"])
    ids = lambda text: [t.id for t in templates.search(text)]  # noqa: E731
    assert "acl-week-2" in ids("acl")
    assert ids("graft-rehab") == ["acl-week-2"]
    assert "acl-week-2" in ids("clamshell") and "gluteus-medius-pain" in ids("clamshell")
    assert ids("acl clamshell") == ["acl-week-2"]
    assert ids("no such thing") == []
    assert len(ids("")) == len(templates)


def test_favourites_come_first_and_are_remembered(templates, bundled_exercises):
    names = [t.name for t in templates.search("")]
    last = templates.search("")[-1]
    templates.set_favourite(last)
    assert templates.search("")[0] is last
    assert [t.name for t in templates.search("")[1:]] == names[:-1]
    again = TemplateLibrary(bundled_exercises, clinic_folder=None)
    assert again.is_favourite(again.get(f"{last.origin}:{last.id}"))
    saved = json.loads(paths.user_home().joinpath("template-favourites.json").read_text())
    assert saved["format"] == "handout-favourites"
    templates.set_favourite(last, False)
    assert not templates.is_favourite(last)


# ------------------------------------------------------------- rename, duplicate, trash

def test_rename_keeps_the_id_and_file(templates, bundled_exercises):
    template = templates.save_as_template(a_handout(bundled_exercises), "ACL week 2")
    templates.rename(template, "ACL week two")
    again = TemplateLibrary(bundled_exercises).get("acl-week-2")
    assert again.name == "ACL week two" and template.name == "ACL week two"
    with pytest.raises(ValidationError):
        templates.rename(template, "  ")


def test_bundled_templates_are_read_only_but_can_be_duplicated(templates, bundled_exercises):
    bundled = templates.get("gluteus-medius-pain")
    assert templates.is_read_only(bundled)
    with pytest.raises(LibraryError, match="read-only"):
        templates.rename(bundled, "Mine now")
    with pytest.raises(LibraryError, match="read-only"):
        templates.delete(bundled)
    copy_ = templates.duplicate(bundled)
    assert copy_.origin == "user" and copy_.name == "Gluteus medius pain (copy)"
    assert copy_.id != bundled.id and (paths.user_templates() / f"{copy_.id}.json").is_file()
    templates.rename(copy_, "My glute programme")
    assert templates.get(copy_.id).name == "My glute programme"
    assert bundled.name == "Gluteus medius pain"
    twice = templates.duplicate(bundled)
    assert twice.id not in (copy_.id, bundled.id)


def test_delete_goes_to_the_trash_and_can_be_restored(templates, bundled_exercises):
    template = templates.save_as_template(a_handout(bundled_exercises), "ACL week 2")
    path = templates.path_of(template)
    before = path.read_bytes()
    entry = templates.delete(template)
    assert not path.exists() and "acl-week-2" not in templates
    assert entry.path.is_relative_to(paths.user_home())
    trash = templates.list_trash()
    assert [(e.template_id, e.name, e.origin) for e in trash] == \
        [("acl-week-2", "ACL week 2", "user")]
    restored = templates.restore(trash[0])
    assert restored.id == "acl-week-2" and path.read_bytes() == before
    assert templates.list_trash() == []
    assert TemplateLibrary(bundled_exercises).get("acl-week-2").name == "ACL week 2"


def test_restore_when_the_id_was_taken_again_makes_a_new_one(templates, bundled_exercises):
    handout = a_handout(bundled_exercises)
    entry = templates.delete(templates.save_as_template(handout, "ACL week 2"))
    templates.save_as_template(handout, "ACL week 2")
    restored = templates.restore(entry)
    assert restored.id == "acl-week-2-2"
    assert {t.id for t in templates.all() if t.origin == "user"} == \
        {"acl-week-2", "acl-week-2-2"}


def test_deleting_a_clinic_template_can_be_restored_to_the_clinic(templates,
                                                                   bundled_exercises, clinic):
    shared = templates.save_as_template(a_handout(bundled_exercises), "Shared", origin="clinic")
    assert (clinic / "templates" / "shared.json").is_file()
    entry = templates.delete(shared)
    assert not (clinic / "templates" / "shared.json").exists()
    templates.restore(entry)
    assert (clinic / "templates" / "shared.json").is_file()
    assert templates.get("shared").origin == "clinic"


# ------------------------------------------------------------- export and import

def test_export_and_import_round_trip_byte_for_byte(templates, bundled_exercises, tmp_path):
    original = templates.save_as_template(a_handout(bundled_exercises), "ACL week 2",
                                          "Six weeks after surgery", ["knee"])
    exported = templates.export(original, tmp_path / "share" / "acl.json")
    first = exported.read_bytes()
    # A colleague imports it.
    colleague_home = tmp_path / "colleague"
    colleague = TemplateLibrary(bundled_exercises, user_dir=colleague_home / "templates",
                                trash_dir=colleague_home / "trash",
                                favourites_file=colleague_home / "fav.json", clinic_folder=None)
    imported = colleague.import_file(exported)
    assert (colleague_home / "templates" / "acl-week-2.json").read_bytes() == first
    assert (imported.name, imported.description, imported.tags) == \
        ("ACL week 2", "Six weeks after surgery", ["knee"])
    assert colleague.export(imported, tmp_path / "back.json").read_bytes() == first


def test_export_embeds_exercises_so_the_file_stands_alone(templates, tmp_path):
    exported = templates.export(templates.get("gluteus-medius-pain"), tmp_path / "g.json")
    items = json.loads(exported.read_text())["template"]["items"]
    assert all("exercise" in item for item in items)
    assert storage.load_template(exported).name == "Gluteus medius pain"  # no library needed


def test_import_never_overwrites_silently(templates, bundled_exercises, tmp_path):
    template = templates.save_as_template(a_handout(bundled_exercises), "ACL week 2")
    exported = templates.export(template, tmp_path / "acl.json")
    templates.rename(template, "Changed since")
    with pytest.raises(TemplateExistsError, match="already exists"):
        templates.import_file(exported)
    assert templates.get("acl-week-2").name == "Changed since"
    copy_ = templates.import_file(exported, as_copy=True)
    assert copy_.id == "acl-week-2-2" and copy_.name == "ACL week 2"
    templates.import_file(exported, replace=True)
    assert templates.get("acl-week-2").name == "ACL week 2"


def test_import_a_bad_file_is_a_clear_error(templates, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "handout-exercise", "version": 2, "exercise": {}}')
    with pytest.raises(ValidationError, match="is an exercise file, expected a template"):
        templates.import_file(bad)


# ------------------------------------------------------------- the clinic library

def test_two_instances_editing_one_clinic_template_never_lose_work(bundled_exercises, clinic):
    alice = TemplateLibrary(bundled_exercises, clinic_folder=clinic)
    alice.save_as_template(a_handout(bundled_exercises), "ACL week 2", origin="clinic")
    bob = TemplateLibrary(bundled_exercises, clinic_folder=clinic)
    mine, theirs = alice.get("clinic:acl-week-2"), bob.get("clinic:acl-week-2")
    mine.description = "Alice's version"
    theirs.description = "Bob's version"
    alice.save(mine)
    with pytest.raises(ConflictError) as caught:
        bob.save(theirs)
    assert str(caught.value) == ("\"ACL week 2\" was changed by someone else since you "
                                 "opened it: keep yours as a copy, or reload it")
    path = clinic / "templates" / "acl-week-2.json"
    assert storage.load_template(path).description == "Alice's version"  # first save kept
    assert theirs.description == "Bob's version"  # second still in memory...
    copy_ = bob.save_copy(theirs)  # ...and can be saved as a copy
    assert copy_.origin == "clinic" and copy_.name == "ACL week 2 (copy)"
    assert storage.load_template(clinic / "templates" / f"{copy_.id}.json").description == \
        "Bob's version"
    # Or Bob reloads and then his next change saves cleanly.
    fresh = bob.reload_template(theirs)
    assert fresh.description == "Alice's version"
    bob.rename(fresh, "ACL week 2 (clinic)")
    assert storage.load_template(path).name == "ACL week 2 (clinic)"
    with pytest.raises(ConflictError):
        alice.rename(mine, "Alice again")  # and now Alice is the one out of date


def test_a_renamed_clinic_template_refuses_a_stale_rename(bundled_exercises, clinic):
    alice = TemplateLibrary(bundled_exercises, clinic_folder=clinic)
    alice.save_as_template(a_handout(bundled_exercises), "Shared", origin="clinic")
    bob = TemplateLibrary(bundled_exercises, clinic_folder=clinic)
    alice.rename(alice.get("shared"), "Shared by Alice")
    with pytest.raises(ConflictError, match="changed by someone else"):
        bob.rename(bob.get("shared"), "Shared by Bob")
    assert bob.get("shared").name == "Shared"  # the refused rename changed nothing


def test_a_template_a_colleague_created_meanwhile_is_not_overwritten(bundled_exercises,
                                                                     clinic):
    alice = TemplateLibrary(bundled_exercises, clinic_folder=clinic)
    bob = TemplateLibrary(bundled_exercises, clinic_folder=clinic)
    alice.save_as_template(a_handout(bundled_exercises), "Shared", "Alice's", origin="clinic")
    with pytest.raises(ConflictError, match="someone else created"):
        bob.save_as_template(a_handout(bundled_exercises), "Shared", "Bob's", origin="clinic",
                             replace=True)
    assert storage.load_template(clinic / "templates" / "shared.json").description == "Alice's"


def test_a_failed_write_to_the_clinic_leaves_everything_as_it_was(templates,
                                                                  bundled_exercises, clinic):
    from tests.helpers import failing_replace
    shared = templates.save_as_template(a_handout(bundled_exercises), "Shared", origin="clinic")
    path = templates.path_of(shared)
    before = path.read_bytes()
    with failing_replace(), pytest.raises(StorageError, match="previous version is unchanged"):
        templates.rename(shared, "Renamed")
    assert path.read_bytes() == before and shared.name == "Shared"
    assert sorted(p.name for p in path.parent.iterdir()) == ["shared.json"]  # no temp file
    templates.rename(shared, "Renamed")  # and the next save is not taken for a conflict
    assert storage.load_template(path).name == "Renamed"


def test_unreadable_clinic_files_are_reported_and_the_rest_load(bundled_exercises, clinic,
                                                               templates):
    good = templates.save_as_template(a_handout(bundled_exercises), "Good", origin="clinic")
    folder = clinic / "templates"
    (folder / "corrupt.json").write_text('{"format": "handout-template", "vers')
    newer = json.loads((folder / "good.json").read_text())
    newer["version"] = 99
    newer["template"]["id"] = "newer"
    (folder / "newer.json").write_text(json.dumps(newer))
    (folder / "exercise.json").write_text(storage.dumps(storage.document(
        "handout-exercise", "exercise",
        storage.exercise_to_dict(bundled_exercises.get("clamshell")))).decode())
    (folder / "notes.json").write_text('["a shopping list"]')
    again = TemplateLibrary(bundled_exercises, clinic_folder=clinic)
    assert again.get("clinic:good").name == good.name
    reasons = {p.path.name: p.reason for p in again.problems}
    assert set(reasons) == {"corrupt.json", "newer.json", "exercise.json", "notes.json"}
    assert "cut short" in reasons["corrupt.json"]
    assert "newer Handout Builder" in reasons["newer.json"]
    assert "expected a template file" in reasons["exercise.json"]
    assert "not a Handout Builder file" in reasons["notes.json"]
    assert all(isinstance(p, Unreadable) for p in again.problems)
    assert "gluteus-medius-pain" in again and again.clinic_error is None


def test_an_unreachable_clinic_folder_is_reported_and_nothing_breaks(bundled_exercises,
                                                                     tmp_path, monkeypatch):
    offline = tmp_path / "offline-drive" / "clinic"
    monkeypatch.setenv("HANDOUT_CLINIC_DIR", str(offline))
    exercises = ExerciseLibrary()
    templates = TemplateLibrary(exercises)
    assert "cannot be reached" in templates.clinic_error and str(offline) in \
        templates.clinic_error
    assert "gluteus-medius-pain" in templates and len(exercises) == len(bundled_exercises)
    with pytest.raises(StorageError, match="cannot be reached"):
        templates.save_as_template(a_handout(exercises), "X", origin="clinic")
    assert not offline.exists()  # no local stand-in folder was made


def test_a_broken_settings_file_turns_the_clinic_library_off(bundled_exercises):
    paths.settings_file().write_text("{not json")
    templates = TemplateLibrary(bundled_exercises)
    assert "clinic library is off" in templates.clinic_error
    assert "gluteus-medius-pain" in templates


def test_the_clinic_folder_comes_from_the_settings_file(bundled_exercises, clinic,
                                                        monkeypatch):
    from handout import settings
    settings.set_clinic_folder(clinic)
    TemplateLibrary(bundled_exercises).save_as_template(a_handout(bundled_exercises), "Shared",
                                                        origin="clinic")
    assert (clinic / "templates" / "shared.json").is_file()
    monkeypatch.setenv("HANDOUT_CLINIC_DIR", "")  # the variable wins, even to switch it off
    assert "shared" not in TemplateLibrary(bundled_exercises)


def test_clinic_exercises_appear_in_the_exercise_library(clinic, monkeypatch,
                                                         bundled_exercises):
    own = bundled_exercises.get("clamshell")
    exercise = storage.exercise_from_document(json.loads(storage.dumps(storage.document(
        "handout-exercise", "exercise", storage.exercise_to_dict(own)))))
    exercise.id, exercise.name = "clinic-hip-hinge", "Clinic hip hinge"
    storage.save_exercise(exercise, clinic / "exercises" / "clinic-hip-hinge.json")
    (clinic / "exercises" / "broken.json").write_text("{")
    monkeypatch.setenv("HANDOUT_CLINIC_DIR", str(clinic))
    library = ExerciseLibrary()
    assert library.get("clinic-hip-hinge").origin == "clinic"
    assert library.get("clamshell").origin == "bundled"
    assert [p.path.name for p in library.problems] == ["broken.json"]
    # A clinic template can use a clinic exercise that is not embedded.
    body = {"id": "uses-clinic", "name": "Uses clinic", "items": [
        {"exercise_id": "clinic-hip-hinge"}]}
    (clinic / "templates" / "uses-clinic.json").write_text(json.dumps(
        {"format": "handout-template", "version": 2, "template": body}))
    templates = TemplateLibrary(library)
    assert templates.get("uses-clinic").handout.items[0].exercise.name == "Clinic hip hinge"


# ------------------------------------------------------------- speed

def _median_load_ms(exercises, clinic, runs=5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        TemplateLibrary(exercises, clinic_folder=clinic)
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)[len(times) // 2]


def test_listing_500_clinic_templates_is_fast(templates, bundled_exercises, clinic):
    source = templates.export(templates.get("gluteus-medius-pain"), clinic / "source.json")
    document = json.loads(source.read_text())
    source.unlink()
    for n in range(500):
        document["template"]["id"] = f"clinic-{n}"
        document["template"]["name"] = f"Clinic programme {n}"
        (clinic / "templates" / f"clinic-{n}.json").write_text(json.dumps(document, indent=2))
    library = TemplateLibrary(bundled_exercises, clinic_folder=clinic)
    assert len([t for t in library.all() if t.origin == "clinic"]) == 500
    start = time.perf_counter()
    library.reload()
    assert (time.perf_counter() - start) < 0.2
    assert _median_load_ms(bundled_exercises, clinic) < 1000  # generous: shared CI machines


# ------------------------------------------------------------- command line

def cli(*args) -> int:
    from handout import cli as cli_module
    return cli_module.main([str(a) for a in args])


def test_cli_export_then_import_round_trips(tmp_path, capsys):
    out = tmp_path / "glute.json"
    assert cli("template", "export", "gluteus-medius-pain", "-o", out) == 0
    assert "Exported the template \"Gluteus medius pain\" [bundled]" in capsys.readouterr().out
    # The bundled id is taken: refused with advice, exit 2, one line.
    assert cli("template", "import", out) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--copy" in err and "--replace" in err
    assert not paths.user_templates().exists() or not any(paths.user_templates().iterdir())
    assert cli("template", "import", out, "--copy") == 0
    assert "as \"gluteus-medius-pain-2\"" in capsys.readouterr().out
    assert (paths.user_templates() / "gluteus-medius-pain-2.json").is_file()
    again = tmp_path / "again.json"
    assert cli("template", "import", out, "--replace") == 0
    assert (paths.user_templates() / "gluteus-medius-pain.json").read_bytes() == \
        out.read_bytes()
    assert cli("template", "export", "user:gluteus-medius-pain", "-o", again) == 0
    assert again.read_bytes() == out.read_bytes()


@pytest.mark.parametrize("args, message", [
    (("template", "export", "no-such-template", "-o", "x.json"), "no template with id"),
    (("template", "import", "missing.json"), "no such file"),
    (("template", "export", "gluteus-medius-pain"), "required"),
    (("template", "import", "a.json", "--copy", "--replace"), "not allowed with"),
])
def test_cli_bad_input_exits_2_with_one_line(args, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    try:
        code = cli(*args)
    except SystemExit as stop:  # argparse's own errors
        code = stop.code
    assert code == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_cli_lists_every_origin_and_the_unreadable(clinic, monkeypatch, capsys,
                                                   bundled_exercises):
    monkeypatch.setenv("HANDOUT_CLINIC_DIR", str(clinic))
    TemplateLibrary(bundled_exercises).save_as_template(a_handout(bundled_exercises), "Shared",
                                                        origin="clinic")
    TemplateLibrary(bundled_exercises).save_as_template(a_handout(bundled_exercises), "Mine")
    (clinic / "templates" / "broken.json").write_text("{")
    assert cli("templates") == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert any(line.startswith("shared ") and line.endswith("[clinic]") for line in lines)
    assert any(line.startswith("mine ") and line.endswith("[user]") for line in lines)
    assert any(line.startswith("gluteus-medius-pain ") and line.endswith("[bundled]")
               for line in lines)
    assert any(line.startswith("broken.json ") and "unreadable" in line for line in lines)
    assert "broken.json" in captured.err
    assert cli("templates", "--json") == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["shared"]["origin"] == "clinic" and rows["mine"]["origin"] == "user"
    assert rows["broken"] == {"id": "broken", "name": "broken.json", "origin": "clinic",
                              "readable": False, "problem": rows["broken"]["problem"]}


def test_cli_carries_on_when_the_clinic_folder_is_offline(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HANDOUT_CLINIC_DIR", str(tmp_path / "offline"))
    assert cli("templates") == 0
    captured = capsys.readouterr()
    assert "gluteus-medius-pain" in captured.out and "cannot be reached" in captured.err


def test_a_file_that_fails_the_full_check_says_so_when_used(templates, bundled_exercises,
                                                           clinic):
    template = templates.save_as_template(a_handout(bundled_exercises), "Odd", origin="clinic")
    path = templates.path_of(template)
    document = json.loads(path.read_text())
    document["template"]["items"][0]["dose"]["reps"] = "lots"
    path.write_text(json.dumps(document))
    again = TemplateLibrary(bundled_exercises, clinic_folder=clinic)
    odd = again.get("clinic:odd")  # listed: the quick read is fine...
    assert [t.id for t in again.search("odd")] == ["odd"]
    assert again.problems == []
    with pytest.raises(ValidationError, match=r"items\[0\]\.dose\.reps"):
        odd.new_handout()  # ...the full read names the field
    assert [p.path.name for p in again.problems] == ["odd.json"]


def test_listing_does_not_read_handouts_in_full(templates, bundled_exercises, clinic):
    templates.save_as_template(a_handout(bundled_exercises), "Shared", origin="clinic")
    again = TemplateLibrary(bundled_exercises, clinic_folder=clinic)
    again.search("clamshell")
    assert not any(t.loaded for t in again.all())
    shared = again.get("shared")
    assert shared.exercise_names == ["Clamshell", "Step-up"] or \
        shared.exercise_names == [bundled_exercises.get("clamshell").name,
                                  bundled_exercises.get("step-up").name]
    assert len(shared.handout.items) == 2 and shared.loaded


def measure(count: int = 500, runs: int = 5) -> None:
    """Print the median time to build and to reload a library over `count` clinic templates.

    Run: `python -m tests.core.test_templates` (uses a temporary user folder).
    """
    import os
    import statistics
    import tempfile
    from pathlib import Path

    os.environ["HANDOUT_HOME"] = tempfile.mkdtemp()
    exercises = ExerciseLibrary(clinic_folder=None)
    clinic = Path(tempfile.mkdtemp()) / "clinic"
    (clinic / "templates").mkdir(parents=True)
    bundled = TemplateLibrary(exercises, clinic_folder=None)
    document = json.loads(storage.template_bytes(bundled.get("gluteus-medius-pain")))
    for n in range(count):  # as a colleague's saved template: exercises embedded
        document["template"]["id"] = f"clinic-{n}"
        document["template"]["name"] = f"Clinic programme {n}"
        (clinic / "templates" / f"clinic-{n}.json").write_text(json.dumps(document, indent=2))

    def median_ms(action) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            action()
            times.append((time.perf_counter() - start) * 1000)
        return statistics.median(times)

    library = TemplateLibrary(exercises, clinic_folder=clinic)
    print(f"{len(library)} templates ({count} in the clinic folder), median of {runs}:")
    build = median_ms(lambda: TemplateLibrary(exercises, clinic_folder=clinic))
    reload = median_ms(library.reload)
    opened = median_ms(lambda: TemplateLibrary(exercises, clinic_folder=clinic)
                       .get("clinic-7").new_handout())
    print(f"  TemplateLibrary(...)  {build:6.1f} ms")
    print(f"  .reload() unchanged   {reload:6.1f} ms")
    print(f"  list, then open one   {opened:6.1f} ms")


if __name__ == "__main__":
    measure()
