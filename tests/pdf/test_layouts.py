"""Print layouts as data: every layout prints every template in every language, the
fridge sheet is one page of cards, the booklet is imposed in booklet order, an
unknown layout prints as standard and is kept, and the renderer never tests a
layout's name.

Text is read back through the PDF's ToUnicode maps (pypdf), as in
test_languages.py: Arabic word by word after NFKC; Bengali and Urdu (whose
shaped glyphs read back from the private use area) by the face they are set in
and by the English they no longer print.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

import pytest

from handout import i18n, layouts, model, paths, pdf, programme, storage
from handout.collection import Collection
from handout.errors import ValidationError
from handout.pdf import impose as impose_module
from handout.pdf.impose import BLANK, booklet_order
from handout.pdf.styles import phrasebook
from handout.phrases import sets_phrase

from .pdfread import page_texts, reader

ROOT = Path(__file__).resolve().parents[2]
FIXED = "gluteus-medius-pain"
UNREADABLE = {"bn": "bengali", "ur": "urdu"}
LAM_ALEF = ("لا", "لأ", "لإ", "لآ")
TEMPLATES = sorted(p.stem for p in paths.BUNDLED_TEMPLATES.glob("*.json"))


@pytest.fixture(scope="module")
def owner(tmp_path_factory):
    return Collection(home=tmp_path_factory.mktemp("home"), clinic=None)


def _handout(owner, template_id=FIXED, language="en", **options):
    handout = owner.templates.get(template_id).new_handout(
        "Ann Lee", date=dt.date(2026, 12, 1), language=language)
    for key, value in options.items():
        setattr(handout.options, key, value)
    return handout


def _render(owner, handout, clinic=None) -> bytes:
    return pdf.render(handout, clinic or model.Clinic(name="Riverside Physio"),
                      owner.resources(handout))


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFKC", text).split()


def _fonts(data: bytes) -> set[str]:
    names = set()
    for page in reader(data).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object().get("/BaseFont", "")))
        for ref in (page["/Resources"].get("/XObject") or {}).values():  # imposed pages
            inner = ref.get_object().get("/Resources", {}).get("/Font", {})
            for font in inner.values():
                names.add(str(font.get_object().get("/BaseFont", "")))
    return names


def _printed(data: bytes, phrase: str) -> bool:
    """`phrase` is in the PDF: as a whole, or (shaped scripts) every word of it."""
    flat = unicodedata.normalize("NFKC", " ".join(" ".join(page_texts(data)).split()))
    if unicodedata.normalize("NFKC", phrase) in flat:
        return True
    words = set(_words(flat))
    wanted = [w for w in _words(phrase) if not any(pair in w for pair in LAM_ALEF)]
    return bool(wanted) and all(w.strip("؟?:") in {x.strip("؟?:") for x in words}
                                for w in wanted)


def _expected(handout, layout: layouts.Layout) -> list[str]:
    """The translated texts the layout must print: the dose line's sets (every layout),
    the exercises' section title (all but the cards of the fridge sheet)."""
    language = handout.language
    catalog = i18n.catalog(language)
    dose = next((item.effective_dose for item in handout.items
                 if item.effective_dose.sets is not None), None)
    out = [sets_phrase(dose.sets, phrasebook(language))] if dose is not None else []
    if layout.arrangement != "cards":
        out.append(catalog.text("Your exercises"))
    return out


def _check_printed(data: bytes, handout, where: str) -> None:
    language = handout.language
    layout = layouts.get(handout.options.layout)
    if language in UNREADABLE:
        assert any(UNREADABLE[language] in font.lower() for font in _fonts(data)), where
        assert "Your exercises" not in " ".join(page_texts(data)), where
        return
    for phrase in _expected(handout, layout):
        assert _printed(data, phrase), f"{where}: {phrase!r} is not printed"


# ------------------------------------------------------------------ every layout


@pytest.mark.parametrize("layout", model.LAYOUTS)
@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_each_language_prints_in_each_layout(owner, language, layout):
    handout = _handout(owner, language=language, layout=layout, diary_weeks=1)
    data = _render(owner, handout)
    _check_printed(data, handout, f"{language} {layout}")
    shows = layouts.get(layout).shows
    diary = i18n.catalog(language).ptext("diary", "Your exercise diary")
    if language not in UNREADABLE:
        assert _printed(data, diary) == shows.diary, f"{language} {layout}: the diary"


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_every_template_prints_in_every_layout(owner, template_id):
    # One language per template, in turn: every language meets every layout here too.
    index = TEMPLATES.index(template_id)
    language = i18n.LANGUAGES[index % len(i18n.LANGUAGES)]
    for name in model.LAYOUTS:
        handout = _handout(owner, template_id, language, layout=name)
        data = _render(owner, handout)
        _check_printed(data, handout, f"{template_id} {language} {name}")


def test_the_renderer_never_tests_a_layout_name():
    """Layouts are data: no layout's name appears in the PDF code (`if layout ==
    "compact"`), so a new layout needs no change there."""
    names = "|".join(re.escape(name) for name in model.LAYOUTS)
    quoted = re.compile(rf"""["']({names})["']""")
    found = []
    for path in sorted((ROOT / "handout" / "pdf").glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if quoted.search(line) or re.search(r"\blayout\s*(==|!=|in)\s", line):
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert found == []


def _blurred(path: Path):
    from PIL import Image
    image = Image.open(path).convert("L")
    return image.resize((image.width // 8, image.height // 8), Image.Resampling.BOX)


def test_each_layout_still_looks_like_its_reference_render(tmp_path, monkeypatch):
    """`python -m docs.images` draws each layout's reference page (the gluteus medius
    handout, demo clinic, fixed patient and date: the same pixels every time);
    this draws them again and compares them, blurred to 8-pixel blocks, with the
    committed ones. A change to a layout that moves its blocks (margins, columns,
    picture size, what is shown) fails here; new words or a small shift do not.
    After changing a layout on purpose, run `python -m docs.images` and look."""
    from PIL import ImageChops, ImageStat

    from docs import images
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HANDOUT_HOME", str(home))
    monkeypatch.delenv("HANDOUT_CLINIC_DIR", raising=False)
    images.demo_clinic(tmp_path, home)
    drawn = {p.name: p for p in images.layout_pictures(tmp_path, tmp_path)}
    for name in model.LAYOUTS:
        picture = f"layout-{name}.png"
        new, old = _blurred(drawn[picture]), _blurred(ROOT / "docs" / picture)
        assert new.size == old.size, picture
        difference = ImageStat.Stat(ImageChops.difference(new, old)).mean[0]
        assert difference < 6, f"{picture} differs from docs/{picture} by {difference:.1f}"


def test_every_layout_is_complete_and_its_reference_render_is_drawn():
    """Each description has a label and a hint for the editor, sane sizes, and
    `python -m docs.images` draws its reference page (docs/layout-<name>.png)."""
    source = (ROOT / "docs" / "images.py").read_text(encoding="utf-8")
    assert "model.LAYOUTS" in source
    for name, layout in layouts.LAYOUTS.items():
        assert layout.name == name and layout.label and layout.hint
        assert 6 <= layout.body_size <= 20 and layout.margin >= 9 * layouts.MM
        assert layout.arrangement in ("rows", "cells", "cards")
        assert layout.paper in ("sheet", "booklet")
        assert (ROOT / "docs" / f"layout-{name}.png").is_file(), name


# ------------------------------------------------------------------ the fridge sheet


@pytest.mark.parametrize("language", ["en", "ar", "ur", "zh_Hans"])
@pytest.mark.parametrize("count", [1, 6])
def test_the_fridge_sheet_is_one_page_of_pictures_names_and_doses(owner, language, count):
    handout = _handout(owner, language=language, layout="fridge-sheet", diary_weeks=2)
    handout.education = handout.advice = "Keep moving. Walk every day."
    handout.items = [copy.deepcopy(handout.items[i % 3]) for i in range(count)]
    handout.items[0].notes = "Stop if the pain goes above 4 out of 10."
    data = _render(owner, handout)
    pages = reader(data).pages
    assert len(pages) == 1
    text = " ".join(page_texts(data))
    for absent in ("Keep moving", "Stop if the pain", "Page 1 of 1"):
        assert absent not in text, absent
    if language == "en":
        assert text.count("sets") >= count  # a dose per card
        assert "Lie on your" not in text  # no steps
        assert "Your exercise diary" not in text
    elif language not in UNREADABLE:
        _check_printed(data, handout, language)


def test_the_fridge_sheet_refuses_a_seventh_exercise_naming_the_count(owner):
    handout = _handout(owner, layout="fridge-sheet")
    handout.items = [copy.deepcopy(handout.items[i % 3]) for i in range(8)]
    with pytest.raises(ValidationError, match=r"at most 6 exercises; this handout has 8"):
        _render(owner, handout)
    assert any("at most 6 exercises; this handout has 8" in n for n in
               programme.notices(handout))
    handout.options.layout = "standard"  # the same handout prints in another layout
    assert not any("at most" in n for n in programme.notices(handout))
    assert reader(_render(owner, handout)).pages


def test_the_fridge_sheet_on_letter_paper(owner):
    data = _render(owner, _handout(owner, layout="fridge-sheet", page_size="Letter"))
    (page,) = reader(data).pages
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


# ------------------------------------------------------------------ the booklet


@pytest.mark.parametrize("pages", range(1, 14))
def test_booklet_order_reads_in_order_when_folded(pages):
    """Stack the printed sheets (first on the outside), fold them, turn the leaves: the
    pages come in order, then the blank padding (a right-to-left booklet opens the
    other way, so its halves are swapped)."""
    for rtl in (False, True):
        sides = booklet_order(pages, rtl)
        total = len(sides) * 2
        assert total % 4 == 0 and total - pages < 4
        fronts, backs = sides[0::2], sides[1::2]
        start, end = (1, 0) if rtl else (0, 1)  # the fold's reading side of each half
        read = [half for front, back in zip(fronts, backs)
                for half in (front[end], back[start])]
        read += [half for front, back in reversed(list(zip(fronts, backs)))
                 for half in (back[end], front[start])]
        assert read == list(range(1, pages + 1)) + [BLANK] * (total - pages)


def _side_words(data: bytes, side: int, half: str) -> set[str]:
    """The words on one half ("left" or "right") of a printed side."""
    page = reader(data).pages[side]
    middle = float(page.mediabox.width) / 2
    found: list[str] = []

    def visit(text, cm, tm, font, size):
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        if text.strip() and (x < middle) == (half == "left"):
            found.append(text)
    page.extract_text(visitor_text=visit)
    return _tokens("".join(found))


def _tokens(text: str) -> set[str]:
    """Letters and digits only, whatever runs the text was cut into."""
    return set(re.findall(r"\w+", unicodedata.normalize("NFKC", re.sub(r"\s+", "", text))))


@pytest.mark.parametrize("language, page_size", [("en", "A4"), ("ar", "Letter")])
def test_the_booklet_is_imposed_two_up_in_booklet_order(owner, monkeypatch, language,
                                                        page_size):
    seen: list[bytes] = []
    real = impose_module.impose

    def spy(data, sheet, rtl=False):
        seen.append(data)
        return real(data, sheet, rtl)
    monkeypatch.setattr(impose_module, "impose", spy)
    handout = _handout(owner, language=language, layout="a5-booklet", page_size=page_size,
                       diary_weeks=1)
    data = _render(owner, handout)
    (single,) = seen
    small = reader(single).pages
    n = len(small)
    sheet = (842, 595) if page_size == "A4" else (792, 612)
    half = (sheet[0] / 2, sheet[1])
    for page in small:  # half the sheet: A5 on A4, half-letter on Letter
        assert abs(float(page.mediabox.width) - half[0]) < 1.5
        assert abs(float(page.mediabox.height) - half[1]) < 1.5
    printed = reader(data).pages
    total = -(-n // 4) * 4
    assert len(printed) == total // 2
    for page in printed:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == sheet
    first = _tokens(page_texts(single)[0])
    last = _tokens(page_texts(single)[n - 1]) if total == n else set()
    rtl = language == "ar"
    cover, back = ("left", "right") if rtl else ("right", "left")
    assert _side_words(data, 0, cover) == first
    assert _side_words(data, 0, back) == last
    _check_printed(data, handout, f"booklet {language}")


def test_the_booklet_tells_the_preview_where_each_exercise_is(owner):
    handout = _handout(owner, layout="a5-booklet")
    data, pages = pdf.render_pages(handout, model.Clinic(), owner.resources(handout))
    assert len(pages) == len(handout.items)
    assert all(1 <= page <= len(reader(data).pages) for page in pages)


def test_renders_are_the_same_bytes_every_time(owner):
    for name in ("fridge-sheet", "a5-booklet"):
        handout = _handout(owner, layout=name, language="ar")
        assert _render(owner, handout) == _render(owner, handout), name


# ------------------------------------------------------------------ unknown layouts


def test_an_unknown_layout_is_kept_said_and_printed_as_standard(owner, tmp_path):
    path = tmp_path / "newer.handout.json"
    storage.save_handout(_handout(owner), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["handout"]["options"]["layout"] = "poster"  # from a newer version
    path.write_text(json.dumps(document), encoding="utf-8")
    loaded = storage.load_handout(path, owner.exercises.get)
    assert loaded.options.layout == "poster"
    assert any('"poster"' in n and "Standard layout" in n for n in programme.notices(loaded))
    printed = _render(owner, loaded)
    loaded.options.layout = "standard"
    assert printed == _render(owner, loaded)
    loaded.options.layout = "poster"
    storage.save_handout(loaded, path)  # saved again: the layout is not lost
    assert storage.load_handout(path, owner.exercises.get).options.layout == "poster"


def test_a_layout_that_is_not_a_name_is_a_problem(tmp_path):
    path = tmp_path / "bad.handout.json"
    path.write_text(json.dumps({"format": "handout", "version": 2, "handout": {
        "options": {"layout": "Poster size!"}}}), encoding="utf-8")
    with pytest.raises(ValidationError, match="options.layout: expected one of standard"):
        storage.load_handout(path)
