"""The clinic edits and reviews a translation: saved into its own folder (never a bundled
file), printed by the next render, safe when two colleagues save at once, a clear message
when the folder cannot be written, and no crash on a hostile clinic file."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import sys

import pytest
from hypothesis import given, settings, strategies as st

from handout import paths
from handout.collection import Collection
from handout.errors import ConflictError, HandoutError, StorageError, ValidationError
from handout.i18n import content, files
from tests.fuzzing import examples, json_values
from tests.helpers import pdf_text

DAY = dt.date(2026, 3, 31)


def _clamshell_handout(collection, language="pl"):
    handout = collection.templates.get("gluteus-medius-pain").new_handout(language=language)
    handout.language = language
    return handout


def _bundled_bytes():
    return {p: p.read_bytes() for p in (paths.ASSETS / "i18n" / "content").rglob("*.json")
            if "clamshell" in p.name}


def test_save_then_render_prints_the_edited_translation(clinic_collection, clinic_folder):
    before = _bundled_bytes()
    clamshell = clinic_collection.exercises.get("clamshell")
    edit = clinic_collection.open_translation(clamshell, "pl")
    assert edit.origin == "clinic" and edit.unit("name", "Clamshell").text == "Muszelka"
    edit.set_text("name", "Clamshell", "Muszelka na boku")
    first_step = clamshell.steps[0]
    edit.set_text("steps", first_step, "Połóż się na {prawym|lewym} boku. Kolana ugięte.")
    path = clinic_collection.save_translation(edit)
    assert path == files.file_path(clinic_folder / "translations", "pl", "exercise",
                                   "clamshell")
    data = json.loads(path.read_text(encoding="utf-8"))
    # Each string stored with the English it translates; only what was edited.
    assert data["status"] == "draft" and "reviewed_by" not in data
    assert data["strings"]["name"] == {"en": "Clamshell", "text": "Muszelka na boku"}
    assert data["strings"]["steps"] == [
        {"en": first_step, "text": "Połóż się na {prawym|lewym} boku. Kolana ugięte."}]
    text = pdf_text(clinic_collection.render(_clamshell_handout(clinic_collection)))
    assert "Muszelka na boku" in text
    assert "Kolana ugięte." in text
    assert _bundled_bytes() == before  # bundled files are never written


def test_without_a_clinic_folder_the_translation_goes_to_the_user_folder(collection,
                                                                          user_home):
    edit = collection.open_translation(collection.exercises.get("clamshell"), "es")
    assert edit.origin == "user"
    edit.set_text("name", "Clamshell", "La almeja")
    path = collection.save_translation(edit)
    assert path == user_home / "translations" / "es" / "exercises" / "clamshell.json"
    assert "La almeja" in pdf_text(collection.render(_clamshell_handout(collection, "es")))


def test_reviewed_status_round_trips(clinic_collection):
    clamshell = clinic_collection.exercises.get("clamshell")
    assert content.report(clamshell, "pl", clinic_collection.translations()).status == "draft"
    edit = clinic_collection.open_translation(clamshell, "pl")
    clinic_collection.save_translation(edit, reviewed_by="  Anna Nowak ", today=DAY)
    data = json.loads(edit.path.read_text(encoding="utf-8"))
    assert (data["status"], data["reviewed_by"], data["reviewed_on"]) == \
        ("reviewed", "Anna Nowak", "2026-03-31")
    # Every string as shown is in the file: the whole item is reviewed.
    assert len(data["strings"]["steps"]) == len([s for s in clamshell.steps if s.strip()])
    report = content.report(clamshell, "pl", clinic_collection.translations())
    assert (report.status, report.reviewed_by, report.reviewed_on) == \
        ("reviewed", "Anna Nowak", DAY)
    # A new Collection (the next start, a colleague's PC) reads the same.
    again = Collection(clinic=clinic_collection.folders.clinic)
    reopened = again.open_translation(again.exercises.get("clamshell"), "pl")
    assert (reopened.status, reopened.reviewed_by, reopened.reviewed_on) == \
        ("reviewed", "Anna Nowak", DAY)
    # An edit afterwards that nobody reviews makes it a draft again, keeping every string.
    reopened.set_text("name", "Clamshell", "Muszla")
    again.save_translation(reopened)
    data = json.loads(edit.path.read_text(encoding="utf-8"))
    assert data["status"] == "draft" and "reviewed_by" not in data
    assert len(data["strings"]["steps"]) == len([s for s in clamshell.steps if s.strip()])
    assert content.report(clamshell, "pl", again.translations()).status == "draft"


def test_the_status_command_counts_a_clinic_review(clinic_collection, monkeypatch, capsys):
    from handout import cli
    monkeypatch.setenv("HANDOUT_CLINIC_DIR", str(clinic_collection.folders.clinic))

    def reviewed_count():
        assert cli.main(["i18n", "status", "--language", "pl"]) == 0
        row = next(line for line in capsys.readouterr().out.splitlines()
                   if line.startswith("pl"))
        return int(row.split()[2])

    before = reviewed_count()
    edit = clinic_collection.open_translation(clinic_collection.exercises.get("clamshell"),
                                              "pl")
    clinic_collection.save_translation(edit, reviewed_by="Anna Nowak", today=DAY)
    assert reviewed_count() == before + 1


def test_mark_reviewed_needs_a_name_and_every_string(clinic_collection):
    clamshell = clinic_collection.exercises.get("clamshell")
    edit = clinic_collection.open_translation(clamshell, "pl")
    with pytest.raises(ValidationError, match="name of the clinician"):
        clinic_collection.save_translation(edit, reviewed_by="  ")
    edit.set_text("steps", clamshell.steps[0], "")
    with pytest.raises(ValidationError, match="Step 1 has no translation"):
        clinic_collection.save_translation(edit, reviewed_by="Anna Nowak")
    edit.set_text("steps", clamshell.steps[0], "Połóż się na boku.")  # side word lost
    with pytest.raises(ValidationError, match="side words differ"):
        clinic_collection.save_translation(edit, reviewed_by="Anna Nowak")
    assert not edit.path.exists()


def test_two_colleagues_saving_the_same_translation_one_saved_one_told(clinic_folder,
                                                                       user_home):
    anna = Collection(clinic=clinic_folder)
    ben = Collection(clinic=clinic_folder)
    mine = anna.open_translation(anna.exercises.get("clamshell"), "pl")
    theirs = ben.open_translation(ben.exercises.get("clamshell"), "pl")
    mine.set_text("name", "Clamshell", "Anny muszelka")
    theirs.set_text("name", "Clamshell", "Muszelka Bena")
    step = theirs.units[1]
    step.text = step.text + " Ben."
    anna.save_translation(mine)
    with pytest.raises(ConflictError, match="saved by someone else"):
        ben.save_translation(theirs)
    saved = json.loads(mine.path.read_text(encoding="utf-8"))
    assert saved["strings"]["name"]["text"] == "Anny muszelka"  # Anna's is not clobbered
    # Ben loses nothing: his changes on top of Anna's version, to check and save again.
    ben.reload_translations()
    merged = theirs.rebase(ben.open_translation(ben.exercises.get("clamshell"), "pl"))
    assert merged.unit("name", "Clamshell").text == "Muszelka Bena"
    assert merged.units[1].text.endswith(" Ben.")
    ben.save_translation(merged)
    anna.reload_translations()
    reopened = anna.open_translation(anna.exercises.get("clamshell"), "pl")
    assert reopened.unit("name", "Clamshell").text == "Muszelka Bena"


def _read_only(folder, monkeypatch):
    """Make `folder` refuse writes: by its permissions where they bind (not for root),
    else as the operating system would answer (PermissionError on every create)."""
    if sys.platform != "win32" and os.geteuid() != 0:
        os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
        return lambda: os.chmod(folder, stat.S_IRWXU)
    real_open, real_mkdir = os.open, os.mkdir

    def refuse(path, *args, **kwargs):
        if str(path).startswith(str(folder)):
            raise PermissionError(13, "Permission denied", str(path))
        return (real_open if refuse.kind == "open" else real_mkdir)(path, *args, **kwargs)

    def refuse_open(path, *args, **kwargs):
        refuse.kind = "open"
        return refuse(path, *args, **kwargs)

    def refuse_mkdir(path, *args, **kwargs):
        refuse.kind = "mkdir"
        return refuse(path, *args, **kwargs)
    own = pytest.MonkeyPatch()  # undone alone: the caller's other patches stay
    own.setattr(os, "open", refuse_open)
    own.setattr(os, "mkdir", refuse_mkdir)
    return own.undo


def test_a_read_only_folder_gets_a_clear_message_and_nothing_is_lost(clinic_folder,
                                                                     user_home, monkeypatch):
    collection = Collection(clinic=clinic_folder)
    edit = collection.open_translation(collection.exercises.get("clamshell"), "pl")
    edit.set_text("name", "Clamshell", "Moja muszelka")
    restore = _read_only(clinic_folder, monkeypatch)
    try:
        with pytest.raises(StorageError) as caught:
            collection.save_translation(edit)
    finally:
        restore()
    message = str(caught.value)
    assert "permission denied" in message.lower()
    assert "not saved" in message and "still here" in message
    assert "Traceback" not in message
    assert edit.unit("name", "Clamshell").text == "Moja muszelka" and edit.changed
    assert not edit.path.exists()
    # Once the folder may be written again, the same edit saves.
    collection.save_translation(edit)
    assert "Moja muszelka" in edit.path.read_text(encoding="utf-8")


def test_a_clinic_folder_that_cannot_be_reached_is_not_created(tmp_path, user_home):
    gone = tmp_path / "network-drive" / "clinic"
    collection = Collection(clinic=gone)
    edit = collection.open_translation(collection.exercises.get("clamshell"), "pl")
    edit.set_text("name", "Clamshell", "Moja muszelka")
    with pytest.raises(StorageError, match="cannot be reached"):
        collection.save_translation(edit)
    assert not gone.exists()


def test_an_upgrade_never_overwrites_the_clinic_file_and_a_changed_english_is_stale(
        clinic_collection, monkeypatch):
    clamshell = clinic_collection.exercises.get("clamshell")
    edit = clinic_collection.open_translation(clamshell, "pl")
    edit.set_text("name", "Clamshell", "Muszelka kliniki")
    clinic_collection.save_translation(edit)
    # Our next version renames the exercise (and ships a new Polish draft for it).
    renamed = clinic_collection.exercises.get("clamshell")
    renamed.name = "Side-lying clamshell"
    translations = clinic_collection.translations()
    bundled = translations.files("pl", "exercise", "clamshell")[0]
    bundled.strings["name"] = {"Side-lying clamshell": "Muszelka w leżeniu bokiem"}
    reopened = clinic_collection.open_translation(renamed, "pl")
    assert reopened.unit("name", "Side-lying clamshell").text == "Muszelka w leżeniu bokiem"
    assert [(s.field, s.english, s.text, s.origin) for s in reopened.stale] == \
        [("name", "Clamshell", "Muszelka kliniki", "clinic")]
    # A draft save keeps the clinic's old unit; a review drops it.
    reopened.set_text("name", "Side-lying clamshell", "Muszelka bokiem")
    clinic_collection.save_translation(reopened)
    assert "Muszelka kliniki" in reopened.path.read_text(encoding="utf-8")


def test_an_emptied_string_falls_back_to_ours(clinic_collection):
    clamshell = clinic_collection.exercises.get("clamshell")
    edit = clinic_collection.open_translation(clamshell, "pl")
    edit.set_text("name", "Clamshell", "Muszelka kliniki")
    clinic_collection.save_translation(edit)
    edit = clinic_collection.open_translation(clamshell, "pl")
    edit.set_text("name", "Clamshell", "  ")
    clinic_collection.save_translation(edit)
    again = clinic_collection.open_translation(clamshell, "pl")
    assert again.unit("name", "Clamshell").text == "Muszelka"


def test_a_template_translation_covers_education_and_advice(clinic_collection):
    template = clinic_collection.templates.get("gluteus-medius-pain")
    edit = clinic_collection.open_translation(template, "de")
    fields = {unit.field for unit in edit.units}
    assert {"name", "title", "education", "advice"} <= fields
    education = next(u for u in edit.units if u.field == "education")
    education.text = education.text.replace("##", "## Klinik:", 1)
    clinic_collection.save_translation(edit)
    handout = template.new_handout(language="de")
    handout.language = "de"
    assert "Klinik:" in pdf_text(clinic_collection.render(handout))


def test_english_has_no_translation_to_edit(clinic_collection):
    with pytest.raises(ValidationError):
        clinic_collection.open_translation(clinic_collection.exercises.get("clamshell"), "en")


# ---------------------------------------------------------------- hostile clinic files

def _valid():
    return {"format": "handout-translation", "version": 1, "language": "pl",
            "kind": "exercise", "id": "clamshell", "status": "reviewed",
            "reviewed_by": "X", "reviewed_on": "2026-01-01",
            "strings": {"name": {"en": "Clamshell", "text": "M"},
                        "steps": [{"en": "a", "text": "b"}]}, "keywords": ["m"]}


@settings(max_examples=examples(60))
@given(value=json_values(), where=st.sampled_from(
    ["strings", "name", "steps", "status", "reviewed_on", "keywords", "text", "en", "root"]))
def test_a_hostile_translation_file_is_reported_or_read_never_a_crash(value, where):
    data = _valid()
    if where == "root":
        data = value
    elif where in ("strings", "status", "reviewed_on", "keywords"):
        data[where] = value
    elif where in ("name", "steps"):
        data["strings"][where] = value
    else:
        data["strings"]["name"][where] = value
    try:
        file = content.parse_translation(data, "clinic", "x.json")
    except HandoutError:
        return
    content.translation_data(file)  # what a save would write back


HOSTILE_TEXTS = ["", " ", "{left|", "{|}", "{left|right}{left|right}", "**", "## \n- \n",
                 "\ud800", "\x00\x1b[31m", "\u202e", "W" * 20_000, "٣ ٤ 5", "<b>x</b>&amp;",
                 "\n\n\n", "{lewą|prawą} {lewą|prawą} {lewą|prawą}"]


@settings(max_examples=examples(8))
@given(name=st.sampled_from(HOSTILE_TEXTS), step=st.sampled_from(HOSTILE_TEXTS),
       status=st.sampled_from(["draft", "reviewed", 7, None]))
def test_a_hostile_clinic_translation_still_renders_and_opens(name, step, status, tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    clinic = tmp_path_factory.mktemp("clinic")
    collection = Collection(home, clinic=clinic)
    clamshell = collection.exercises.get("clamshell")
    data = _valid()
    data["status"] = status
    data["strings"] = {"name": {"en": "Clamshell", "text": name},
                       "steps": [{"en": clamshell.steps[0], "text": step}]}
    path = files.file_path(clinic / "translations", "pl", "exercise", "clamshell")
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(data), encoding="utf-8", errors="surrogatepass")
    from handout.model import Handout
    handout = Handout(items=[collection.exercises.new_item("clamshell")], language="pl")
    try:
        collection.render(handout)
    except HandoutError:
        pass
    edit = collection.open_translation(clamshell, "pl")
    edit.problems()
    try:
        collection.save_translation(edit, reviewed_by="Anna")
    except HandoutError:
        pass
