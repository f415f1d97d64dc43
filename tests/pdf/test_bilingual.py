"""Two-language handouts: each exercise's name, steps and cautions (and our education,
pain rule and advice) printed in the handout language, then, labelled, in a second
language in its own direction; nothing of it where the second language has no fresh
translation (never the English twice), the therapist's own text once.

Text is read back through the PDF's ToUnicode maps, as in test_languages.py: Latin
text is compared with whitespace folded, Arabic word by word after NFKC
normalisation (a shaped line comes out in visual word order, each word's letters in
logical order).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import unicodedata

import pytest

from handout import cli, editing, i18n, model, pdf, storage
from handout.collection import Collection
from handout.errors import ValidationError

from .pdfread import page_texts, reader

TEMPLATE = "gluteus-medius-pain"
LAM_ALEF = ("لا", "لأ", "لإ", "لآ")


@pytest.fixture(scope="module")
def owner(tmp_path_factory):
    return Collection(home=tmp_path_factory.mktemp("home"), clinic=None)


def _handout(owner, language="en", second="pl", template=TEMPLATE):
    handout = owner.templates.get(template).new_handout(
        "Ann Lee", date=dt.date(2026, 12, 1), language=language)
    handout.second_language = second
    return handout


def _flat(owner, handout, clinic=None) -> str:
    data = pdf.render(handout, clinic or model.Clinic(), owner.resources(handout))
    text = unicodedata.normalize("NFKC", "\n".join(page_texts(data)))
    return " ".join(text.split())


def _translated(owner, exercise_id, language):
    exercise = owner.exercises.get(exercise_id)
    return i18n.content.translate_exercise(exercise, language, owner.translations())[0]


def _resolved(text, side="left"):
    from handout import sides
    return " ".join(sides.resolve(text, side).split())


def _side(owner, handout, index):
    from handout import sides
    return sides.shown_side(handout.items[index])


def test_each_step_prints_in_both_languages_second_under_first(owner):
    handout = _handout(owner, "en", "pl")
    flat = _flat(owner, handout)
    polish = _translated(owner, "clamshell", "pl")
    english = owner.exercises.get("clamshell")
    side = _side(owner, handout, 0)
    positions = []
    for step_en, step_pl in zip(english.steps, polish.steps):
        en, pl = _resolved(step_en, side), _resolved(step_pl, side)
        assert en in flat and pl in flat
        positions.append((flat.index(en), flat.index(pl)))
    # All English steps, then the label, the Polish name and the Polish steps in order,
    # all before the next exercise starts.
    label = flat.index("Polski", positions[-1][0])
    assert positions[-1][0] < label < flat.index(polish.name, label) < positions[0][1]
    assert [p for _, p in positions] == sorted(p for _, p in positions)
    assert positions[-1][1] < flat.index("2. " + owner.exercises.get("fire-hydrant").name)
    # Cautions too, under the second language's own label for them.
    assert f"{i18n.catalog('pl').text('Take care:')} " \
           f"{_resolved(polish.precautions[0], side)}" in flat


def test_an_english_second_language_prints_the_english_under_the_translation(owner):
    handout = _handout(owner, "pl", "en")
    flat = _flat(owner, handout)
    polish = _translated(owner, "clamshell", "pl")
    english = owner.exercises.get("clamshell")
    side = _side(owner, handout, 0)
    first = flat.index(_resolved(polish.steps[0], side))
    assert first < flat.index("English", first) < flat.index(_resolved(english.steps[0], side))
    # The Polish title and section heading print once; the education again in English.
    assert flat.count(i18n.catalog("pl").text("Your exercises")) == 1
    template = owner.templates.get(TEMPLATE)
    heading = template.handout.education.split("\n")[0].lstrip("# ").strip()
    assert heading in flat


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFKC", text).split()


def test_an_arabic_second_language_is_shaped_right_aligned_and_after_the_english(owner):
    handout = _handout(owner, "en", "ar")
    data = pdf.render(handout, model.Clinic(), owner.resources(handout))
    pages = [unicodedata.normalize("NFKC", t) for t in page_texts(data)]
    arabic = _translated(owner, "clamshell", "ar")
    english = owner.exercises.get("clamshell")
    side = _side(owner, handout, 0)
    page = next(i for i, text in enumerate(pages) if "1. Clamshell" in text)
    text = " ".join(pages[page:page + 2])
    words = {w.strip(".،:") for w in text.split()}
    # A lam-alef is one ligature glyph that reads back as something else: words with
    # one cannot be compared (test_languages.py).
    wanted = [w.strip(".،:") for w in _words(_resolved(arabic.steps[0], side)) +
              _words(arabic.name) if not any(pair in w for pair in LAM_ALEF)]
    assert len(wanted) >= 5
    for word in wanted:
        assert word in words, f"{word!r} is not printed"
    flat = " ".join(text.split())
    english_step = flat.index(" ".join(_resolved(english.steps[0], side).split()[:4]))
    # The exercise's Arabic block follows its English text, before the next exercise.
    assert english_step < flat.index("العربية", english_step) < flat.index("2. Fire hydrant")

    # Right-aligned in the text column: the label ends at the right margin.
    found = []

    def visit(run, cm, tm, font, size):
        if unicodedata.normalize("NFKC", run).strip() == "العربية":
            found.append(cm[4] + tm[4] * cm[0])
    for number in (page, page + 1):
        reader(data).pages[number].extract_text(visitor_text=visit)
    assert found and min(found) > 595 * 0.7


def test_an_english_second_language_in_an_arabic_handout_is_left_aligned(owner):
    handout = _handout(owner, "ar", "en")
    data = pdf.render(handout, model.Clinic(), owner.resources(handout))
    found = []

    def visit(run, cm, tm, font, size):
        if run.strip() == "English":
            found.append(cm[4] + tm[4] * cm[0])
    for page in reader(data).pages:
        page.extract_text(visitor_text=visit)
    # The text column is on the left of an Arabic page; the English starts at its left edge.
    assert found and max(found) < 595 * 0.2


def test_a_missing_or_stale_second_language_text_prints_nothing_there(owner):
    handout = _handout(owner, "en", "pl")
    # A changed English step (stale in Polish) and the therapist's own exercise
    # (no Polish at all): neither prints a second time.
    clamshell = handout.items[0].exercise
    changed = "Hold for two breaths, then lower your knee slowly."
    clamshell.steps[3] = changed
    own = copy.deepcopy(handout.items[1])
    own.exercise.id = "my-own-hydrant"
    own.exercise.name = "My fire hydrant"
    handout.items.append(own)
    flat = _flat(owner, handout)
    assert flat.count(changed) == 1
    polish = _translated(owner, "clamshell", "pl")
    side = _side(owner, handout, 0)
    # The fresh steps still print in Polish, with the numbers they have in English.
    assert f"3. {_resolved(polish.steps[2], side)}" in flat
    assert _resolved(polish.steps[3], side) not in flat
    # No label for the exercise with nothing to show: one label per translated exercise,
    # plus the education, pain rule and advice.
    sections = sum(1 for text in (handout.education, handout.advice) if text.strip()) + 1
    assert flat.count("Polski") == len(handout.items) - 1 + sections
    own_step = " ".join(own.exercise.steps[0].split()[:5])
    assert flat.count(own_step) == 2  # the hydrant and the own copy, each once


def test_the_therapists_own_text_prints_once(owner):
    handout = _handout(owner, "en", "pl")
    handout.education = "Walk to the shop and back every day."
    handout.items[0].notes = "Do these before breakfast."
    flat = _flat(owner, handout)
    assert flat.count("Walk to the shop") == 1 and flat.count("before breakfast") == 1


def test_the_pain_rule_prints_in_both_languages(owner):
    handout = _handout(owner, "en", "pl")
    flat = _flat(owner, handout)
    catalog = i18n.catalog("pl")
    assert " ".join(catalog.ptext("pain rule", model.DEFAULT_PAIN_RULE).split()) in flat
    assert " ".join(model.DEFAULT_PAIN_RULE.split()) in flat
    # A clinic's own words print once, as written.
    clinic = model.Clinic(pain_rule="Keep pain below 3 out of 10 while you exercise.")
    flat = _flat(owner, handout, clinic)
    assert flat.count("Keep pain below 3") == 1
    assert catalog.ptext("pain rule", model.DEFAULT_PAIN_RULE)[:30] not in flat


@pytest.mark.parametrize("template_id", ["knee-replacement", "pelvic-floor-bladder-leakage"])
@pytest.mark.parametrize("language", ["pl", "es", "de"])
def test_a_templates_own_pain_rule_prints_translated(owner, template_id, language):
    template = owner.templates.get(template_id)
    english = " ".join(template.handout.pain_rule.split())
    handout = template.new_handout("Ann Lee", language=language)
    flat = _flat(owner, handout)
    translated = i18n.content.translate_template(template, language, owner.translations())[0]
    assert " ".join(translated.handout.pain_rule.split()) in flat
    assert english not in flat
    # And in both with a second language, the English under it.
    handout.second_language = "en"
    flat = _flat(owner, handout)
    assert english in flat and " ".join(translated.handout.pain_rule.split()) in flat


def test_a_handout_without_a_second_language_prints_as_before(owner):
    one = _handout(owner, "pl", "")
    assert "English" not in _flat(owner, one)
    same = _handout(owner, "pl", "pl")  # set in memory by mistake: ignored
    assert pdf.render(same, model.Clinic(), owner.resources(same)) == \
        pdf.render(one, model.Clinic(), owner.resources(one))


@pytest.mark.parametrize("layout", ["compact", "large-print"])
def test_two_languages_print_in_every_layout(owner, layout):
    handout = _handout(owner, "ar", "en")
    handout.options.layout = layout
    handout.options.diary_weeks = 1
    flat = _flat(owner, handout)
    assert "English" in flat and owner.exercises.get("clamshell").name in flat


# ------------------------------------------------------------------ the file

def test_the_second_language_is_kept_in_the_file_only_when_set(tmp_path, owner):
    handout = _handout(owner, "en", "ar")
    path = tmp_path / "h.json"
    storage.save_handout(handout, path)
    assert json.loads(path.read_text("utf-8"))["handout"]["second_language"] == "ar"
    assert storage.load_handout(path).second_language == "ar"
    handout.second_language = ""
    storage.save_handout(handout, path)
    assert "second_language" not in json.loads(path.read_text("utf-8"))["handout"]
    assert storage.load_handout(path).second_language == ""


@pytest.mark.parametrize("value, message", [("xx", "cannot also be printed in"),
                                            ("pl", "already the handout language"),
                                            (3, "expected text")])
def test_a_bad_second_language_in_a_file_is_refused_clearly(tmp_path, owner, value, message):
    handout = _handout(owner, "pl", "")
    path = tmp_path / "h.json"
    storage.save_handout(handout, path)
    data = json.loads(path.read_text("utf-8"))
    data["handout"]["second_language"] = value
    path.write_text(json.dumps(data), "utf-8")
    before = path.read_bytes()
    with pytest.raises(ValidationError) as caught:
        storage.load_handout(path)
    assert "second_language" in str(caught.value) and message in str(caught.value)
    assert path.read_bytes() == before


def test_written_another_way_is_understood(tmp_path, owner):
    handout = _handout(owner, "en", "")
    path = tmp_path / "h.json"
    storage.save_handout(handout, path)
    data = json.loads(path.read_text("utf-8"))
    data["handout"]["second_language"] = "zh-Hans"
    path.write_text(json.dumps(data), "utf-8")
    assert storage.load_handout(path).second_language == "zh_Hans"


def test_templates_do_not_keep_the_carers_language(owner):
    handout = _handout(owner, "en", "ar")
    template = model.Template(id="mine", name="Mine", handout=handout)
    assert template.handout.second_language == ""
    assert "second_language" not in storage.template_to_dict(template)


def test_editing_refuses_the_handout_language_and_swaps_when_asked(owner):
    handout = _handout(owner, "en", "ar")
    with pytest.raises(editing.EditError):
        editing.set_handout_field(handout, "second_language", "en")
    change = editing.set_handout_field(handout, "language", "ar")
    assert (handout.language, handout.second_language) == ("ar", "en")
    change.undo(handout)
    assert (handout.language, handout.second_language) == ("en", "ar")
    editing.set_handout_field(handout, "second_language", "")
    assert handout.second_language == ""


# ------------------------------------------------------------------ the CLI

def test_the_cli_exports_two_languages_and_refuses_the_same_twice(tmp_path, capsys,
                                                                   monkeypatch):
    monkeypatch.setenv("HANDOUT_HOME", str(tmp_path / "home"))
    out = tmp_path / "two.pdf"
    assert cli.main(["export", TEMPLATE, "--second-language", "PL", "-o", str(out)]) == 0
    flat = " ".join(unicodedata.normalize("NFKC", "\n".join(page_texts(out.read_bytes())))
                    .split())
    assert "Polski" in flat and "Muszelka" in flat
    assert cli.main(["export", TEMPLATE, "--language", "pl", "--second-language", "pl",
                     "-o", str(tmp_path / "x.pdf")]) == 2
    assert "cannot be the handout language" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit):
        cli.main(["export", TEMPLATE, "--second-language", "klingon"])
    assert "not a handout language" in capsys.readouterr().err
