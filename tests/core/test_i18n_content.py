"""Content translations: the file format, staleness, clinic overrides, the checks,
and the worked example (gluteus medius template and its three exercises)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from handout import i18n, storage
from handout.errors import ValidationError
from handout.i18n import content, files

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
WORKED = ("clamshell", "fire-hydrant", "step-up")
TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE_LANGUAGE]


@pytest.fixture(scope="module")
def bundled():
    found, problems = files.read_folder(ASSETS / "i18n" / "content", "bundled")
    assert problems == []
    return found


@pytest.fixture(scope="module")
def items():
    from handout.library import ExerciseLibrary, TemplateLibrary
    exercises = ExerciseLibrary(user_dir=Path("/nonexistent"))
    templates = TemplateLibrary(exercises)
    return [exercises.get(i) for i in WORKED] + \
        [next(t for t in templates.all() if t.id == "gluteus-medius-pain")]


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_worked_example_is_complete_and_clean_in_every_language(language, bundled, items):
    translations = content.index(bundled)
    for item in items:
        report = content.report(item, language, translations)
        assert report.status == "draft" and report.missing == [] and report.stale == []
        assert [str(p) for p in content.check(item, language, translations)] == []
        assert content.keywords(item, language, translations)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_bundled_exercise_and_template_is_translated_in_every_language(language,
                                                                            bundled):
    """Nothing we ship prints in English on a handout in another language: every
    string of every bundled exercise and template has a fresh translation."""
    from handout.library import ExerciseLibrary, TemplateLibrary
    exercises = ExerciseLibrary(user_dir=Path("/nonexistent"))
    templates = TemplateLibrary(exercises)
    items = [e for e in exercises.all() if e.origin == "bundled"] + \
        [templates.get(t.id) for t in templates.all() if t.origin == "bundled"]
    assert len(items) > 150
    translations = content.index(bundled)
    gaps = []
    for item in items:
        report = content.report(item, language, translations)
        if report.status == "missing" or report.missing or report.stale:
            gaps.append(f"{report.kind} {item.id}: {len(report.missing)} missing, "
                        f"{len(report.stale)} stale")
    assert gaps == [], f"{language}: {gaps[:10]}"


def test_every_bundled_translation_file_passes_its_checks(bundled, items):
    # Whatever the translators add later must be complete and consistent too.
    from handout.library import ExerciseLibrary, TemplateLibrary
    exercises = ExerciseLibrary(user_dir=Path("/nonexistent"))
    by_key = {("exercise", e.id): e for e in exercises.all()}
    by_key.update({("template", t.id): t for t in TemplateLibrary(exercises).all()})
    translations = content.index(bundled)
    problems = []
    for file in bundled:
        item = by_key.get((file.kind, file.id))
        assert item is not None, f"{file.where}: no bundled {file.kind} \"{file.id}\""
        problems += [str(p) for p in content.check(item, file.language, translations)]
    assert problems == []


def test_translating_an_exercise(bundled, items):
    clamshell = items[0]
    polish, report = content.translate_exercise(clamshell, "pl", content.index(bundled))
    assert polish.name == "Muszelka"
    assert polish.steps[0].startswith("Połóż się na {prawym|lewym} boku")
    assert polish.precautions[1] == "Jeśli dolne biodro boli, podłóż pod nie złożony ręcznik."
    assert polish.figure == clamshell.figure and polish.dose == clamshell.dose
    assert clamshell.name == "Clamshell"  # the library's copy is untouched
    assert report.status == "draft"


def test_translating_a_template(bundled, items):
    template = items[3]
    arabic, report = content.translate_template(template, "ar", content.index(bundled))
    assert arabic.name == "ألم العضلة الألوية الوسطى"
    assert arabic.handout.education.startswith("## عن ألم")
    assert "ابدأ من أول درجة" in next(i.notes for i in arabic.handout.items if i.notes)
    assert report.complete


def test_a_changed_english_text_makes_its_translation_stale(bundled, items):
    changed = copy.deepcopy(items[0])
    changed.steps[1] = "Rest your head on a folded towel."
    translations = content.index(bundled)
    report = content.report(changed, "de", translations)
    assert report.missing == [("steps", "Rest your head on a folded towel.")]
    assert report.stale == [("steps", "Rest your head on your lower arm or a pillow.")]
    german, _ = content.translate_exercise(changed, "de", translations)
    # Never the old translation of a changed text: the new English prints until translated.
    assert german.steps[1] == "Rest your head on a folded towel."
    assert german.steps[0].startswith("Legen Sie sich")
    assert any("English changed" in str(p) for p in content.check(changed, "de", translations))


def test_reordered_steps_keep_their_translations(bundled, items):
    swapped = copy.deepcopy(items[1])
    swapped.steps.reverse()
    french, report = content.translate_exercise(swapped, "fr", content.index(bundled))
    assert report.missing == [] and french.steps[0] == "Redescendez lentement le genou jusqu'au sol."


def _override(bundled_file, **changes):
    file = copy.deepcopy(bundled_file)
    for key, value in changes.items():
        setattr(file, key, value)
    return file


def test_a_clinic_review_overrides_the_bundled_draft_and_survives_upgrades(bundled, items,
                                                                           tmp_path):
    clamshell = items[0]
    draft = next(f for f in bundled if (f.language, f.id) == ("pl", "clamshell"))
    reviewed = _override(draft, origin="clinic", status="reviewed", reviewed_by="Anna Nowak",
                         reviewed_on=dt.date(2026, 11, 20))
    reviewed.strings = copy.deepcopy(draft.strings)
    reviewed.strings["name"] = {"Clamshell": "Ćwiczenie muszelka"}
    # Saved and read back as the clinic's own file, in the same format.
    root = tmp_path / "translations"
    path = files.file_path(root, "pl", "exercise", "clamshell")
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(content.translation_data(reviewed), ensure_ascii=False),
                    encoding="utf-8")
    clinic, problems = files.read_folder(root, "clinic")
    assert problems == []
    translations = content.index(bundled + clinic)
    polish, report = content.translate_exercise(clamshell, "pl", translations)
    assert polish.name == "Ćwiczenie muszelka"
    assert report.status == "reviewed" and report.reviewed_by == "Anna Nowak"
    assert report.origins == ["clinic"]
    # An upgrade ships a better bundled draft: the clinic's reviewed text still wins.
    upgraded = _override(draft)
    upgraded.strings = copy.deepcopy(draft.strings)
    upgraded.strings["name"] = {"Clamshell": "Muszla"}
    polish, _ = content.translate_exercise(clamshell, "pl", content.index([upgraded] + clinic))
    assert polish.name == "Ćwiczenie muszelka"


def test_a_partial_override_is_a_draft_until_every_string_is_reviewed(bundled, items):
    draft = next(f for f in bundled if (f.language, f.id) == ("es", "clamshell"))
    edit = _override(draft, origin="user", status="reviewed", reviewed_by="Dr Ruiz")
    edit.strings = {"name": {"Clamshell": "Ejercicio de la almeja"}}
    translations = content.index(bundled + [edit])
    spanish, report = content.translate_exercise(items[0], "es", translations)
    assert spanish.name == "Ejercicio de la almeja"
    assert spanish.steps[0].startswith("Túmbese")  # the rest still comes from the bundled file
    assert report.status == "draft" and report.origins == ["bundled", "user"]


@pytest.mark.parametrize("english,text,problem", [
    ("Hold for 5 seconds.", "Przytrzymaj przez 3 sekundy.", "numbers differ"),
    ("Hold for 5 seconds.", "Przytrzymaj przez ٥ sekund.", None),  # any digits count
    ("Lift your {left|right} leg.", "Unieś nogę.", "side words differ"),
    ("Lift your {left|right} leg.", "Unieś {lewą|prawą} nogę.", None),
    ("Lift your {left|right} leg.", "Unieś {lewą|} nogę.", "needs a left and a right"),
    ("## Title\n\n- one\n- two", "## Tytuł\n\n- jeden", "headings, bullets"),
    ("**Rest** well.", "Odpocznij dobrze.", "bold"),
    ("Stand up.", "  ", "empty"),
])
def test_the_string_checks(english, text, problem):
    found = content.check_string("education", english, text)
    if problem is None:
        assert found == []
    else:
        assert any(problem in p for p in found), found


def test_side_tokens_print_the_dosed_side(bundled, items):
    polish, _ = content.translate_exercise(items[1], "pl", content.index(bundled))
    step = next(s for s in polish.steps if "{" in s)
    assert content.resolve_sides(step, "left") == "Nie prostuj kolana i unieś lewą nogę w bok."
    assert content.resolve_sides(step, "right") == "Nie prostuj kolana i unieś prawą nogę w bok."
    # The clamshell lies on the other side: "{right|left}" in English, reversed forms here.
    clamshell, _ = content.translate_exercise(items[0], "pl", content.index(bundled))
    assert content.resolve_sides(clamshell.steps[0], "left").startswith("Połóż się na prawym")


@pytest.mark.parametrize("data,field", [
    ({"format": "something-else"}, None),
    ({"format": "handout-translation", "version": 9}, "version"),
    ({"format": "handout-translation", "version": 1, "kind": "poem"}, "kind"),
    ({"format": "handout-translation", "version": 1, "kind": "exercise", "language": "pl",
      "id": "x", "status": "reviewed"}, "reviewed_by"),
    ({"format": "handout-translation", "version": 1, "kind": "exercise", "language": "pl",
      "id": "x", "strings": {"colour": {"en": "a", "text": "b"}}}, "strings"),
    ({"format": "handout-translation", "version": 1, "kind": "exercise", "language": "pl",
      "id": "x", "strings": {"steps": [{"en": "a"}]}}, "steps"),
])
def test_a_bad_file_gets_a_clear_message(data, field):
    with pytest.raises(ValidationError) as caught:
        content.parse_translation(data, where="pl/exercises/x.json")
    assert caught.value.field == field
    assert "pl/exercises/x.json" in str(caught.value)


def test_a_broken_file_does_not_stop_the_others(tmp_path, bundled):
    root = tmp_path / "translations"
    good = next(f for f in bundled if (f.language, f.id) == ("it", "step-up"))
    path = files.file_path(root, "it", "exercise", "step-up")
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(content.translation_data(good)), encoding="utf-8")
    (path.parent / "broken.json").write_text("{ not json", encoding="utf-8")
    (path.parent / "misfiled.json").write_text(json.dumps(content.translation_data(good)),
                                               encoding="utf-8")
    found, problems = files.read_folder(root, "user")
    assert [f.id for f in found] == ["step-up"]
    assert len(problems) == 2 and any("move it to" in p for p in problems)


def test_the_status_report_counts_what_is_left(bundled, items):
    text = files.status_text(items, content.index(bundled), ("en", "pl", "ar"))
    lines = text.splitlines()
    assert [line.split()[0] for line in lines[1:]] == ["pl", "ar"]
    assert lines[1].split()[1:] == ["4", "0", "4", "0", "0", "0"]


def test_the_status_command(capsys):
    from handout import cli
    assert cli.main(["i18n", "status", "--language", "bn"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("bn"))
    assert int(row.split()[3]) >= 4  # the worked example's drafts
    assert cli.main(["i18n", "status", "--language", "xx"]) == 2


def test_the_bundled_examples_load_through_storage_too():
    # The English sources the worked example translates are the shipped ones.
    assert storage.load_exercise(ASSETS / "exercises" / "clamshell.json").name == "Clamshell"


@pytest.mark.parametrize("template_id", ["knee-replacement", "pelvic-floor-bladder-leakage"])
def test_a_templates_own_pain_rule_is_translated_and_checked(bundled, template_id):
    """A template's pain rule prints on every handout made from it: it is one of the
    strings every language must translate, and a missing one is reported."""
    from handout.library import ExerciseLibrary, TemplateLibrary
    templates = TemplateLibrary(ExerciseLibrary(user_dir=Path("/nonexistent")))
    template = templates.get(template_id)
    assert ("pain_rule", template.handout.pain_rule) in content.source_strings(template)
    translations = content.index(bundled)
    for language in TRANSLATED:
        translated, report = content.translate_template(template, language, translations)
        assert report.complete and translated.handout.pain_rule != template.handout.pain_rule
    without = copy.deepcopy(bundled)
    for file in without:
        file.strings.pop("pain_rule", None)
    report = content.report(template, "pl", content.index(without))
    assert report.missing == [("pain_rule", template.handout.pain_rule)]
