"""The rendered PDF, read back with pypdf: page sizes, large print, diary, QR codes,
literal markup characters, metadata, pagination, branding and determinism."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from PIL import Image

from handout import layouts, model, pdf
from handout.pdf.fonts import MISSING
from tests.factories import render
from tests.pdf.pdfread import operator_count, page_texts, reader, squash, text_runs

PATIENT = "Zoë Łukasiewicz-Ørsted"
STEPS = ["Lie on your side with your hips and knees bent.",
         "Keep your feet together and lift your top knee.",
         "Hold, then lower your knee slowly."]


def exercise(n: int, **changes) -> model.Exercise:
    fields = dict(id=f"ex-{n}", name=f"Exercise number {n}", steps=list(STEPS),
                  dose=model.Dose(sets=3, reps=10, frequency="once a day"))
    fields.update(changes)
    return model.Exercise(**fields)


def handout(count: int = 4, layout: str = "standard", page_size: str = "A4",
            diary_weeks: int = 0, **changes) -> model.Handout:
    fields = dict(
        title="Knee programme", patient_name=PATIENT, date=dt.date(2026, 11, 23),
        therapist="Sam Okafor", review_date=dt.date(2026, 12, 21),
        education="## What helps\n\nKeep moving.\n\n- Ice for 10 minutes.\n- Rest when sore.",
        advice="Stop if the pain gets much worse.",
        items=[model.Item(exercise(n)) for n in range(1, count + 1)],
        options=model.LayoutOptions(layout=layout, page_size=page_size,
                                    diary_weeks=diary_weeks))
    fields.update(changes)
    return model.Handout(**fields)


CLINIC = model.Clinic(name="Riverside Physiotherapy", phone="0117 496 0123",
                      email="hello@riverside.example", disclaimer="Not medical advice.")


def text_of(data: bytes) -> str:
    return "\n".join(page_texts(data))


@pytest.mark.parametrize("page_size, expected", [("A4", (595.3, 841.9)),
                                                 ("Letter", (612.0, 792.0))])
@pytest.mark.parametrize("layout", model.LAYOUTS)
def test_page_size_sets_the_mediabox_of_every_page(page_size, expected, layout):
    described = layouts.get(layout)
    count = min(8, described.max_exercises or 8)  # the fridge sheet holds six
    data = pdf.render(handout(count, layout=layout, page_size=page_size, diary_weeks=1),
                      CLINIC)
    if described.paper == "booklet":  # the sheet, turned: two pages side by side
        expected = (expected[1], expected[0])
    for page in reader(data).pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == expected


def test_large_print_body_text_is_at_least_16_points():
    data = pdf.render(handout(4, layout="large-print", diary_weeks=1), CLINIC)
    runs = text_runs(data)
    for size, text in runs:
        if any(word in text for word in ("Lie on your side", "Keep moving", "Ice for",
                                         "Stop if the pain", "Exercise number", "3 sets")):
            assert size >= 16, (size, text)
    by_size = Counter()
    for size, text in runs:
        by_size[size >= 16] += len(text)
    # Only the page furniture (footer, page numbers) is smaller, and it is 12 pt.
    # (Four pages of it since the pain rule is printed: hence 4 times, not 5.)
    assert by_size[True] > 4 * by_size[False]
    assert min(size for size, _ in runs) >= 12


def test_standard_body_text_is_smaller_than_large_print():
    runs = text_runs(pdf.render(handout(2), CLINIC))
    assert all(size < 16 for size, text in runs if "Lie on your side" in text)


def test_diary_has_one_row_per_exercise_for_each_week():
    names = [f"Exercise number {n}" for n in range(1, 6)]
    data = pdf.render(handout(5, diary_weeks=3), CLINIC)
    texts = page_texts(data)
    first = next(i for i, t in enumerate(texts) if "Your exercise diary" in t)
    diary = "\n".join(texts[first:])
    for n, name in enumerate(names, start=1):
        assert diary.count(f"{n}. {name}") == 3
    assert diary.count("Pain today") == 3
    assert "Week 1" in diary and "Week 3" in diary
    assert all(day in diary for day in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
    # The handout is dated Monday 23 November 2026: the diary's weeks follow it.
    assert "23 – 29 November" in " ".join(diary.split())  # CLDR's span, with its spaces


def test_no_diary_unless_asked_for():
    assert "Your exercise diary" not in text_of(pdf.render(handout(3), CLINIC))


def test_diary_for_many_exercises_splits_with_the_header_repeated():
    data = pdf.render(handout(60, diary_weeks=1), CLINIC)
    texts = page_texts(data)
    first = next(i for i, t in enumerate(texts) if "Your exercise diary" in t)
    diary_pages = texts[first:]
    assert len(diary_pages) >= 2
    assert all("Mon" in page and "Sun" in page for page in diary_pages)
    joined = "\n".join(diary_pages)
    assert all(f"{n}. Exercise number {n}\n" in joined + "\n" for n in range(1, 61))


def test_qr_code_printed_when_an_exercise_has_a_video_link():
    url = "https://youtu.be/dQw4w9WgXcQ"
    plain = pdf.render(handout(1), CLINIC)
    linked = pdf.render(handout(1, items=[model.Item(exercise(1, video_url=url))]), CLINIC)
    assert "youtu.be/dQw4w9WgXcQ" in text_of(linked)
    assert "youtu.be" not in text_of(plain)
    # A QR code is a few hundred filled squares.
    assert operator_count(linked, b"re") - operator_count(plain, b"re") > 150
    annotations = [a.get_object() for a in reader(linked).pages[0].get("/Annots", [])]
    assert any(a.get("/A", {}).get("/URI") == url for a in annotations)


def test_item_video_link_overrides_the_exercise_link():
    item = model.Item(exercise(1, video_url="https://example.com/old"),
                      video_url="https://example.com/new")
    text = text_of(pdf.render(handout(items=[item]), CLINIC))
    assert "example.com/new" in text and "example.com/old" not in text


@pytest.mark.parametrize("layout", model.LAYOUTS)
def test_markup_characters_print_literally(layout):
    tricky = ("Use 5 < 10 & 20 > 15 reps, 3 * 4 sets, # not a heading, <b>not bold</b>, "
              "</para> & &amp; **really bold**")
    item = model.Item(exercise(1, name="Band <pull> & *apart*", steps=[tricky]), notes=tricky)
    data = pdf.render(handout(education="## Heads & <tails>\n\n" + tricky, advice=tricky,
                              items=[item], options=model.LayoutOptions(layout=layout)),
                      CLINIC)
    text = squash(text_of(data))
    # Each piece is in the steps, the notes, the education and the advice (those the
    # layout prints: the fridge sheet shows only the name and dose).
    shows = layouts.get(layout).shows
    places = sum((shows.steps, shows.notes, shows.education, shows.advice))
    for piece in ("5<10&20>15", "3*4sets", "#notaheading", "<b>notbold</b>", "</para>",
                  "&&amp;"):
        assert text.count(piece) >= places, piece
    assert ("Heads&<tails>" in text) == shows.education and "Band<pull>&*apart*" in text
    # **bold** is the one markup that works (in education and advice), and its
    # asterisks do not print there.
    # Steps and notes print as typed.
    assert text.count("**reallybold**") == shows.steps + shows.notes


def test_numbered_lists_and_bullets_in_education():
    data = pdf.render(handout(education="1. First thing\n2. Second thing\n\n- a bullet"))
    text = text_of(data)
    assert "1. First thing" in text.replace("1.  ", "1. ") or "1.First thing" in text
    assert "Second thing" in text and "a bullet" in text


def test_characters_outside_the_font_print_as_a_visible_box():
    data = pdf.render(handout(education="Chinese: 你好. Hebrew: שלום. Emoji: 😀."))
    text = text_of(data)
    assert "Chinese: 你好." in text  # the bundled Chinese face prints it
    assert f"Emoji: {MISSING}." in text
    # Hebrew is in the font (pypdf reads right-to-left text back reversed).
    assert "שלום" in text or "םולש" in text


def test_metadata_names_the_clinic_and_never_the_patient():
    data = pdf.render(handout(title=f"Exercises for {PATIENT}"), CLINIC)
    meta = reader(data).metadata
    assert meta.author == "Riverside Physiotherapy"
    assert meta.subject == "Home exercise programme"
    assert meta.title == "Home exercise programme"  # the title named the patient
    assert PATIENT not in str(dict(meta))
    assert "Łukasiewicz" not in str(dict(meta))
    assert reader(pdf.render(handout(), CLINIC)).metadata.title == "Knee programme"


def test_long_notes_flow_onto_more_pages_without_error():
    notes = " ".join(f"word{n}" for n in range(10_000))
    steps = ["Step " + "very long " * 800] * 3
    item = model.Item(exercise(1, steps=steps), notes=notes)
    for layout in model.LAYOUTS:
        described = layouts.get(layout)
        if not described.shows.notes or described.paper != "sheet":
            continue  # no notes to flow; a booklet's sides hold two pages each
        data = pdf.render(handout(items=[item], options=model.LayoutOptions(layout=layout)))
        texts = page_texts(data)
        assert len(texts) >= 4
        assert "word9999" in texts[-1] or "word9999" in "".join(texts[-3:])
        assert all(f"Page {n} of {len(texts)}" in t for n, t in enumerate(texts, start=1))


@pytest.mark.parametrize("layout", model.LAYOUTS)
def test_heading_picture_and_dose_stay_on_one_page(layout):
    items = [model.Item(exercise(n, steps=STEPS * (n % 4 + 1)),
                        dose=model.Dose(sets=3, reps=100 + n),
                        notes="Take it slowly. " * (n * 7 % 30)) for n in range(1, 25)]
    count = min(24, layouts.get(layout).max_exercises or 24)  # the fridge sheet holds six
    data = pdf.render(handout(items=items[:count],
                              options=model.LayoutOptions(layout=layout)))
    pages = [squash(t) for t in page_texts(data)]
    for n in range(1, count + 1):
        heading = f"{n}.Exercisenumber{n}3sets×{100 + n}reps"
        assert sum(heading in page for page in pages) == 1, n


def test_page_x_of_y_on_every_page():
    data = pdf.render(handout(20, diary_weeks=2), CLINIC)
    texts = page_texts(data)
    assert len(texts) > 3
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} of {len(texts)}" in text


def test_same_input_same_bytes(tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), "teal").save(logo)
    clinic = model.Clinic(name="Riverside", logo_path=str(logo), disclaimer="Careful.")
    items = [model.Item(exercise(1, video_url="https://youtu.be/x"))]
    for layout in model.LAYOUTS:
        h = handout(items=items, diary_weeks=2, options=model.LayoutOptions(layout, "A4", 2))
        assert render(h, clinic) == render(h.copy(), clinic)


def test_clinic_branding_in_header_and_footer(tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (400, 100), (10, 120, 130, 255)).save(logo)
    clinic = model.Clinic(name="Riverside Physiotherapy", address="12 Mill Lane",
                          phone="0117 496 0123", logo_path=str(logo),
                          disclaimer="Stop if it hurts.", accent_color="#aa3366")
    data = render(handout(12), clinic)
    texts = page_texts(data)
    for text in texts:
        assert "Riverside Physiotherapy" in text
        assert "12 Mill Lane · 0117 496 0123" in text
        assert "Stop if it hurts." in text
    assert operator_count(data, b"Do") >= 1  # the logo image
    first = texts[0]
    assert "Therapist: Sam Okafor" in first and "Review on: 21 December 2026" in first


@pytest.mark.parametrize("content", [None, b"", b"not an image", b"\x89PNG\r\n\x1a\n\0\0"])
def test_missing_or_broken_logo_is_skipped(tmp_path, content):
    path = tmp_path / "logo.png"
    if content is not None:
        path.write_bytes(content)
    clinic = model.Clinic(name="Riverside", logo_path=str(path))
    data = render(handout(2), clinic)
    assert "Riverside" in text_of(data)
    assert operator_count(data, b"Do") == 0


def test_compact_fits_a_typical_programme_on_one_page():
    data = pdf.render(handout(6, layout="compact", education="Keep moving.", advice=""))
    assert len(reader(data).pages) == 1
    text = text_of(data)
    assert all(f"Exercise number {n}" in text for n in range(1, 7))


def test_pale_accent_colour_is_darkened_for_text():
    from handout.pdf.styles import _luminance, readable
    colour = readable("#ffee00")
    assert 1.05 / (_luminance(colour) + 0.05) >= 4.5


@pytest.mark.parametrize("layout", model.LAYOUTS)
@pytest.mark.parametrize("text", ["\u200b", "\u200b\n\n## \u200b", "- \u200b", "\x00",
                                  "1. \ufeff"])
def test_invisible_only_text_renders(layout, text):
    """Found by the fuzz test: advice of one zero-width space broke two-column text."""
    item = model.Item(exercise(1, steps=[text]), notes=text)
    data = pdf.render(handout(advice=text, education=text, items=[item],
                              options=model.LayoutOptions(layout=layout)))
    assert PATIENT in text_of(data)
