"""Fuzz: no handout a therapist can type makes the export fail.

Hundreds of generated handouts (0 to 150 exercises, empty and huge fields,
every layout, page size and diary length, video links, markup characters,
unbalanced tags, emoji, Greek, Cyrillic, CJK, Hebrew and Arabic, long
unbroken words, dates up to 9999) with generated clinic profiles (long
footers, pale and broken colours, good and broken logos) are rendered; none
may raise, and the text read back from the PDF must contain the patient's
name and every exercise's name. Large print gets a run of its own.

In CI the examples are the same every run (hypothesis profile "ci",
derandomised, see tests/conftest.py). A deeper random run, ten times as many:

    HYPOTHESIS_PROFILE=deep .venv/bin/python -m pytest -q tests/pdf/test_fuzz_render.py
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from handout import layouts, model, pdf, photos
from handout.errors import ValidationError
from handout.dose import Amount, Frequency
from handout.pdf.fonts import printable
from handout.pdf.resources import Resources
from tests.fuzzing import examples
from tests.pdf.pdfread import page_texts, squash

pytestmark = pytest.mark.slow

# pypdf warns about every emoji's text mapping (ReportLab writes astral code
# points in a form pypdf does not read); the glyphs print, the noise hides failures.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# Letters the bundled font draws: names made of these must read back exactly.
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèüßøłżçñ"
GREEK = "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΩ"
CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыэюяЖЩЯ"
MARKUP = "<>&*#/\"'();:!?-.,_[]{}%$@+=~|\\"
NAME_CHARS = LATIN + GREEK + CYRILLIC + MARKUP + "0123456789"

# Pieces of text that have broken PDF generators before.
TRICKY = [
    "<b>", "</b>", "</para>", "<para>", "<font size=90>", "&amp;", "&", "&#", "&lt;", "<", ">",
    "**", "*", "**bold**", "** not bold **", "#", "## ", "# Heading\n", "- ", "* ", "1. ", "12) ",
    "\n", "\n\n", "\r\n", "\t", "  ", "😀", "👍🏽", "👨‍👩‍👧", "❤️", "你好世界", "日本語のテキスト",
    "한국어", "שלום עולם", "مرحبا بالعالم", "Ελληνικά", "Кириллица", "\u200b", "\u202e", "\x00",
    "\x0b", "\x7f", "\ufeff", "…", "–", "×", "https://example.com/a?b=c&d=<e>",
    "a" * 300, "W" * 120, "W" * 200, "Ŵ" * 90, "ﷺ" * 40,
]

words = st.one_of(
    st.sampled_from(TRICKY),
    st.text(alphabet=NAME_CHARS + " ", min_size=1, max_size=40),
    st.text(min_size=1, max_size=20),  # any Unicode at all
)
soup = st.lists(words, max_size=25).map(" ".join)
names = st.text(alphabet=NAME_CHARS + " ", min_size=1, max_size=200).filter(lambda s: s.strip())
patient_names = st.text(alphabet=LATIN + GREEK + CYRILLIC + " -'", min_size=1,
                        max_size=60).filter(lambda s: s.strip())
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1),
                                      max_value=dt.date(2090, 12, 31)),
                  st.dates(min_value=dt.date(9999, 11, 1)), st.just(dt.date(1, 1, 1)))
links = st.one_of(st.just(""), st.just("https://youtu.be/dQw4w9WgXcQ"),
                  st.text(max_size=80).map(lambda s: "https://example.com/" + s),
                  st.text(max_size=30))


def amounts(units, high):
    """Every form an amount can take: exact, range, up to, as comfortable."""
    number = st.integers(1, high).map(Decimal)
    unit = st.sampled_from(units)
    return st.one_of(
        st.none(),
        st.builds(Amount.exact, number, unit),
        st.builds(lambda a, b, u: Amount.between(min(a, b), max(a, b), u), number, number, unit),
        st.builds(Amount.up_to, number, unit),
        st.builds(Amount.comfortable, unit))


def doses():
    counts = amounts([""], 1000)
    times = amounts(["s", "min"], 60)
    frequency = st.one_of(st.builds(Frequency, per_day=st.one_of(st.none(), st.integers(1, 12)),
                                    days_per_week=st.one_of(st.none(), st.integers(1, 7))),
                          st.builds(Frequency, text=soup))
    return st.builds(lambda sets, reps, duration, **kw: model.Dose(
        sets=sets, reps=reps, duration=None if reps is not None else duration, **kw),
        sets=amounts([""], 100), reps=counts, duration=amounts(["s", "min", "h", "m", "km"], 99),
        hold=times, rest=times, frequency=frequency,
        side=st.sampled_from(model.SIDES), load=soup)


def items(text=soup, max_steps=8):
    exercise = st.builds(
        model.Exercise, id=st.just("x"), name=names,
        steps=st.lists(text, max_size=max_steps),
        precautions=st.lists(text, max_size=2), dose=doses(), video_url=links)
    return st.builds(model.Item, exercise=exercise, dose=st.one_of(st.none(), doses()),
                     notes=text, steps=st.one_of(st.none(), st.lists(text, max_size=max_steps)),
                     video_url=links)


options = st.builds(model.LayoutOptions, layout=st.sampled_from(model.LAYOUTS),
                    page_size=st.sampled_from(model.PAGE_SIZES),
                    diary_weeks=st.integers(0, 12))


def handouts(max_items, text=soup):
    return st.builds(
        model.Handout, title=soup, patient_name=patient_names, date=dates, therapist=soup,
        review_date=dates, education=text, advice=text,
        items=st.lists(items(text), max_size=max_items), options=options)


@pytest.fixture(scope="module")
def logos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("logos")
    good = folder / "logo.png"
    Image.new("RGBA", (300, 90), (40, 120, 140, 200)).save(good)
    broken = folder / "broken.png"
    broken.write_bytes(good.read_bytes()[:60])
    not_image = folder / "notes.png"
    not_image.write_text("not a picture")
    paths = ["", str(good), str(broken), str(not_image), str(folder / "missing.png"),
             str(folder)]
    # What the collection would load for each: the render itself reads no file.
    loaded = {}
    for path in paths:
        try:
            loaded[path] = photos.prepare_logo(open(path, "rb").read()) if path else None
        except OSError:
            loaded[path] = None
    return loaded


long_line = st.one_of(soup, st.integers(200, 3000).map(lambda n: "Mill Lane " * (n // 10)),
                      st.integers(100, 3000).map(lambda n: "W" * n))


def clinics(logo_paths):
    return st.builds(
        model.Clinic, name=soup, address=long_line, phone=soup, email=soup, website=long_line,
        logo_path=st.sampled_from(sorted(logo_paths)), therapist=soup, disclaimer=long_line,
        pain_rule=st.one_of(st.just(""), long_line),
        accent_color=st.sampled_from(["#2a7f8e", "#ffff00", "#000000", "#ffffff", "#e4007c",
                                      "not a colour", ""]))


def check(handout: model.Handout, clinic: model.Clinic, logos=None) -> None:
    logo = (logos or {}).get(clinic.logo_path)
    layout = layouts.get(handout.options.layout)
    if layout.max_exercises is not None and len(handout.items) > layout.max_exercises:
        # Refused with the count (never an exercise silently left off), not a crash.
        with pytest.raises(ValidationError, match=f"this handout has {len(handout.items)}"):
            pdf.render(handout, clinic, Resources(logo=logo))
        return
    data = pdf.render(handout, clinic, Resources(logo=logo))
    assert data.startswith(b"%PDF")
    text = squash("".join(page_texts(data)))
    assert squash(handout.patient_name) in text
    for item in handout.items:
        assert squash(printable(item.exercise.name)) in text


@settings(max_examples=examples(150), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_small_random_handouts_always_render(data, logos):
    check(data.draw(handouts(max_items=8)), data.draw(clinics(logos)), logos)


# Long unbroken words in letters the font draws (so the names read back), and soup.
unbroken = st.one_of(st.integers(40, 200).map(lambda n: "W" * n),
                     st.integers(20, 100).map(lambda n: "Ж" * n + " " + "M" * n),
                     st.text(alphabet=NAME_CHARS, min_size=40, max_size=200))
long_words = st.one_of(st.lists(words, max_size=6).map(" ".join), unbroken)


def large_print_items():
    exercise = st.builds(
        model.Exercise, id=st.just("x"), name=st.one_of(names, unbroken),
        steps=st.lists(long_words, max_size=4), precautions=st.lists(long_words, max_size=2))
    dose = st.builds(model.Dose, sets=st.one_of(st.none(), st.integers(1, 100)),
                     # Free text the therapist typed: a string given to Dose is parsed,
                     # and most long words are not a frequency (a DoseError, not a render).
                     frequency=st.builds(Frequency, text=long_words.map(lambda t: t[:200])),
                     load=long_words.map(lambda t: t[:200]), side=st.sampled_from(model.SIDES))
    return st.builds(model.Item, exercise=exercise, dose=dose, notes=long_words,
                     video_url=links)


@settings(max_examples=examples(25), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_large_print_with_long_words_and_any_clinic_profile_renders(data, logos):
    """The case that crashed ("'KeepInFrame' object has no attribute 'canv'")."""
    handout = model.Handout(
        title=data.draw(long_words), patient_name=data.draw(patient_names),
        date=data.draw(dates), therapist=data.draw(long_words.map(lambda t: t[:500])),
        items=data.draw(st.lists(large_print_items(), min_size=1, max_size=5)),
        options=model.LayoutOptions("large-print", data.draw(st.sampled_from(model.PAGE_SIZES)),
                                    data.draw(st.integers(0, 12))))
    check(handout, data.draw(clinics(logos)), logos)


# Huge fields: notes, steps and education of thousands of words.
huge_text = st.one_of(soup, st.integers(1000, 10_000).map(
    lambda n: " ".join(["Keep", "your", "back", "straight", "&", "<b>", "breathe", "**"]
                       * (n // 8))))


@settings(max_examples=examples(8), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_handouts_with_huge_fields_render(data, logos):
    handout = data.draw(handouts(max_items=4, text=huge_text))
    check(handout, data.draw(clinics(logos)), logos)


@settings(max_examples=examples(6), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(count=st.integers(100, 150), layout=st.sampled_from(model.LAYOUTS),
       page_size=st.sampled_from(model.PAGE_SIZES), weeks=st.integers(0, 12),
       data=st.data())
def test_handouts_with_150_exercises_render(count, layout, page_size, weeks, data, logos):
    item = data.draw(items())
    handout = model.Handout(
        patient_name="Ζωή Łukasiewicz", items=[model.Item(
            model.Exercise(id=f"e{i}", name=f"Exercise {i} {item.exercise.name}",
                           steps=item.exercise.steps, video_url=item.exercise.video_url),
            notes=item.notes) for i in range(count)],
        options=model.LayoutOptions(layout=layout, page_size=page_size, diary_weeks=weeks))
    check(handout, data.draw(clinics(logos)), logos)
