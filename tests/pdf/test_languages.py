"""Handouts in the patient's language: the handout language chosen per handout, every
printed word (titles, labels, the dose line, the diary, "Page X of Y", dates) and our
exercise texts following it, right-to-left pages mirrored.

Text is read back through the PDF's ToUnicode maps (pypdf). For shaped scripts
(Arabic, Urdu, Bengali) a line comes out in visual word order with each word's
letters in logical order, so those tests look for each word of the expected text
(after NFKC normalisation, which folds Arabic presentation forms), never for a
whole phrase. Bengali conjuncts and Urdu's Nastaliq letter forms are glyphs
ReportLab's ToUnicode map leaves in the private use area, so those two are
checked by the face they are set in
and by the English it no longer prints (the shaping itself is tested in
test_scripts.py).
"""

from __future__ import annotations

import datetime as dt
import os
import unicodedata

import pytest

from handout import i18n, layouts, model, pdf, storage
from handout.collection import Collection
from handout.errors import ValidationError

from .pdfread import page_texts, reader

LATIN = ("en", "es", "fr", "de", "it", "pt", "pl", "ro")
SHAPED = ("ar",)
LAM_ALEF = ("لا", "لأ", "لإ", "لآ")
# Scripts whose text cannot be read back: the face each is printed in.
UNREADABLE = {"bn": "bengali", "ur": "urdu"}


@pytest.fixture(scope="module")
def owner(tmp_path_factory):
    return Collection(home=tmp_path_factory.mktemp("home"), clinic=None)


def _handout(owner, template_id="gluteus-medius-pain", language="es", **options):
    handout = owner.templates.get(template_id).new_handout(
        "Ann Lee", date=dt.date(2026, 12, 1), language=language)
    for key, value in options.items():
        setattr(handout.options, key, value)
    return handout


def _text(owner, handout) -> str:
    data = pdf.render(handout, model.Clinic(), owner.resources(handout))
    return unicodedata.normalize("NFKC", "\n".join(page_texts(data)))


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFKC", text).split()


@pytest.mark.parametrize("language", LATIN)
def test_a_latin_script_handout_prints_its_titles_labels_dose_and_diary(owner, language):
    catalog = i18n.catalog(language)
    handout = _handout(owner, language=language, diary_weeks=1)
    data = pdf.render(handout, model.Clinic(), owner.resources(handout))
    pages = page_texts(data)
    flat = " ".join(unicodedata.normalize("NFKC", "\n".join(pages)).split())
    for expected in (catalog.text("Your exercises"),
                     catalog.ptext("patient panel", "For:"),
                     catalog.ptext("pain rule", model.PAIN_RULE_HEADING),
                     catalog.ptext("diary", "Your exercise diary"),
                     catalog.text("Page {page} of {total}", page=1, total=len(pages)),
                     catalog.format_date(dt.date(2026, 12, 1)),
                     catalog.weekday_names()[0] if language != "en" else "Mon"):
        assert expected in flat, f"{language}: {expected!r} is not printed"
    # The dose line: "3 sets × 10 reps each side" in the language's words.
    sets = catalog.npgettext("dose", "{count} set", "{count} sets", 3).format(count=3)
    assert sets in flat


@pytest.mark.parametrize("language", ["es", "ar", "zh_Hans", "bn", "ur"])
def test_our_exercise_texts_print_translated(owner, language):
    from handout.i18n import files
    translations, _ = files.read_all([])
    clamshell = owner.exercises.get("clamshell")
    from handout.i18n.content import translate_exercise
    translated, report = translate_exercise(clamshell, language, translations)
    assert report.complete
    handout = _handout(owner, language=language)
    data = pdf.render(handout, model.Clinic(), owner.resources(handout))
    text = unicodedata.normalize("NFKC", "\n".join(page_texts(data)))
    assert "Clamshell" not in text and "Lie on your" not in text
    if language in UNREADABLE:
        assert any(UNREADABLE[language] in name.lower() for name in _fonts(data)), \
            _fonts(data)
        return
    words = set(_words(text))
    name = translated.name
    assert all(word in words for word in _words(name)) or name in text, \
        f"{language}: the exercise name {name!r} is not printed"


def _fonts(data: bytes) -> set[str]:
    names = set()
    for page in reader(data).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object().get("/BaseFont", "")))
    return names


@pytest.mark.parametrize("language", SHAPED)
def test_shaped_scripts_print_their_headings_word_by_word(owner, language):
    catalog = i18n.catalog(language)
    words = set(_words(_text(owner, _handout(owner, language=language))))
    for heading in (catalog.text("Your exercises"), catalog.ptext("pain rule",
                                                                  model.PAIN_RULE_HEADING)):
        # A lam-alef is one ligature glyph that reads back as something else:
        # words with one cannot be compared.
        wanted = [w for w in _words(heading) if not any(pair in w for pair in LAM_ALEF)]
        assert wanted
        missing = [w for w in wanted if w.strip("؟?:") not in {x.strip("؟?:") for x in words}]
        assert missing == [], f"{language}: {heading!r} lacks {missing}"


def test_chinese_handout_is_printed_and_small(owner):
    catalog = i18n.catalog("zh_Hans")
    handout = _handout(owner, language="zh_Hans", diary_weeks=2)
    data = pdf.render(handout, model.Clinic(), owner.resources(handout))
    text = "".join(page_texts(data))
    assert catalog.text("Your exercises") in text
    assert "每侧" in text  # "each side" in the dose line
    assert len(data) < 1_000_000


def _x_positions(data: bytes, page: int, shown: set[str]) -> list[float]:
    """The x of every text run on `page` that is one of `shown` (pypdf's visitor)."""
    found: list[float] = []

    def visit(text, cm, tm, font, size):
        if unicodedata.normalize("NFKC", text).strip() in shown:
            found.append(cm[4] + tm[4] * cm[0])
    reader(data).pages[page].extract_text(visitor_text=visit)
    return found


def test_right_to_left_pages_are_mirrored(owner):
    """Arabic: the exercise text column is on the left of the picture and right
    aligned, so a step's number sits at the right; in English it is the other way."""
    def step_number_x(language):
        handout = _handout(owner, language=language)
        data = pdf.render(handout, model.Clinic(), owner.resources(handout))
        # The step number: "1." in one run, or (right to left) "1" and "." apart.
        xs = _x_positions(data, 1, {"1.", "1"})
        assert xs, f"{language}: no step number found"
        return max(xs) if language == "ar" else min(xs)

    page_width = 595
    assert step_number_x("en") < page_width * 0.45
    assert step_number_x("ar") > page_width * 0.45


def test_the_language_is_kept_in_the_handout_file(tmp_path):
    handout = model.Handout(language="pl")
    path = tmp_path / "h.handout.json"
    storage.save_handout(handout, path)
    assert storage.load_handout(path).language == "pl"
    english = tmp_path / "en.handout.json"
    storage.save_handout(model.Handout(), english)
    assert "language" not in english.read_text(encoding="utf-8")


def test_a_language_written_another_way_is_understood_and_a_wrong_one_refused(tmp_path):
    good = tmp_path / "good.handout.json"
    storage.save_handout(model.Handout(), good)
    data = good.read_text(encoding="utf-8").replace('"title"', '"language": "zh-Hans", "title"')
    good.write_text(data, encoding="utf-8")
    assert storage.load_handout(good).language == "zh_Hans"
    bad = tmp_path / "bad.handout.json"
    bad.write_text(data.replace("zh-Hans", "klingon"), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        storage.load_handout(bad)
    assert "language" in str(caught.value) and "klingon" in str(caught.value)


def test_new_handouts_start_in_the_clinic_language(owner):
    template = owner.templates.get("gluteus-medius-pain")
    assert template.new_handout(language="ro").language == "ro"
    assert template.new_handout().language == "en"


def test_the_cli_exports_in_a_language_and_refuses_an_unknown_one(tmp_path, capsys):
    from handout import cli
    out = tmp_path / "x.pdf"
    assert cli.main(["export", "gluteus-medius-pain", "--language", "PT-pt", "-o",
                     str(out), "--date", "2026-12-01"]) == 0
    assert i18n.catalog("pt").text("Your exercises") in "".join(page_texts(out.read_bytes()))
    with pytest.raises(SystemExit) as caught:
        cli.main(["export", "gluteus-medius-pain", "--language", "klingon"])
    assert caught.value.code == 2
    assert "not a handout language" in capsys.readouterr().err


def test_therapist_text_prints_as_typed_in_any_language(owner):
    handout = _handout(owner, language="es")
    handout.items[0].notes = "Stop if pain goes above 4/10"
    assert "Stop if pain goes above 4/10" in " ".join(_text(owner, handout).split())


# Every bundled template in every language and layout is ~1,000 renders (about
# 15 minutes on one core): the default run takes each template once, turning
# through the languages and layouts so each of them is covered; the whole
# matrix runs with HANDOUT_LANGUAGE_MATRIX=1.
def _matrix():
    ids = sorted(p.stem for p in (storage.Path(__file__).resolve().parents[2] /
                                  "assets" / "templates").glob("*.json"))
    if os.environ.get("HANDOUT_LANGUAGE_MATRIX") == "1":
        return [(t, lang, layout) for t in ids for lang in i18n.LANGUAGES
                for layout in model.LAYOUTS]
    return [(t, i18n.LANGUAGES[i % len(i18n.LANGUAGES)], model.LAYOUTS[i % len(model.LAYOUTS)])
            for i, t in enumerate(ids)]


def _sets(handout, language: str) -> str:
    """The sets of the first exercise dosed in sets, as its dose line prints them."""
    from handout.pdf.styles import phrasebook
    from handout.phrases import sets_phrase
    dose = next(item.effective_dose for item in handout.items
                if item.effective_dose.sets is not None)
    return sets_phrase(dose.sets, phrasebook(language))


@pytest.mark.parametrize("template_id, language, layout", _matrix())
def test_every_template_exports_in_the_languages_and_layouts(owner, template_id, language,
                                                            layout):
    handout = _handout(owner, template_id, language, layout=layout, diary_weeks=1)
    data = pdf.render(handout, model.Clinic(), owner.resources(handout))
    if language in UNREADABLE:
        assert any(UNREADABLE[language] in name.lower() for name in _fonts(data))
        return
    flat = unicodedata.normalize("NFKC", " ".join(" ".join(page_texts(data)).split()))
    catalog = i18n.catalog(language)
    # The fridge sheet's cards have no section title: their dose lines are checked.
    heading = catalog.text("Your exercises") if layouts.get(layout).arrangement != "cards" \
        else _sets(handout, language)
    wanted = [w for w in _words(heading) if not any(pair in w for pair in LAM_ALEF)]
    assert all(word in flat for word in wanted), (template_id, language, layout)
