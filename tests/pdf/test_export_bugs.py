"""Every valid handout exports, and what the PDF promises: the cases found, and guarded now.

- long unbroken words in large print (they crashed with "'KeepInFrame'
  object has no attribute 'canv'"), a long clinic footer (a `LayoutError`
  naming internal objects), a date near 9999 with a diary (`OverflowError`);
- the PDF's Title never holds any part of the patient's name;
- "twice a day" draws two tick boxes a day in the diary, "3 times a day" three;
- a short exercise is never split across two pages.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from handout import model, pdf
from handout.errors import RenderError
from handout.pdf.render import GENERIC_TITLE, metadata_title, names_patient
from tests.pdf.pdfread import operator_count, page_texts, reader, squash

PATIENT = "Zoë Smith"
W = "W" * 200  # as long as a name, a load or a frequency may be


def exercise(n: int, **changes) -> model.Exercise:
    fields = dict(id=f"ex-{n}", name=f"Exercise {n}",
                  steps=[f"Exercise {n} step {k}: keep your back straight." for k in (1, 2, 3)],
                  dose=model.Dose(sets=3, reps=10, frequency="once a day"))
    fields.update(changes)
    return model.Exercise(**fields)


def handout(items, layout="standard", page_size="A4", diary_weeks=0, **changes):
    fields = dict(patient_name=PATIENT, date=dt.date(2026, 3, 30), items=items,
                  options=model.LayoutOptions(layout, page_size, diary_weeks))
    fields.update(changes)
    return model.Handout(**fields)


# ------------------------------------------------------------------ the export bugs

@pytest.mark.parametrize("layout", model.LAYOUTS)
@pytest.mark.parametrize("page_size", model.PAGE_SIZES)
def test_long_unbroken_words_export_in_every_layout(layout, page_size):
    item = model.Item(exercise(1, name=W), dose=model.Dose(sets=3, load=W, frequency=W),
                      notes=W * 3, steps=[W] * 3)
    data = pdf.render(handout([item, model.Item(exercise(2))], layout, page_size,
                              title=W, therapist=W))
    assert squash(PATIENT) in squash("".join(page_texts(data)))
    assert "Exercise 2" in "".join(page_texts(data))


def test_a_head_too_tall_to_take_a_row_with_it_still_lays_out():
    """Found by the large-print fuzz run: the head and the row kept with it were
    together taller than the page (a `LayoutError`)."""
    video = "https://youtu.be/dQw4w9WgXcQ"
    items = [model.Item(exercise(1, name="0", steps=[]), dose=model.Dose(sets=2),
                        video_url=video),
             model.Item(exercise(2, name="0", steps=[""])),
             model.Item(exercise(3, name="W" * 140, steps=[]),
                        dose=model.Dose(frequency="W" * 117, load="W" * 40), notes="W" * 170,
                        video_url=video)]
    clinic = model.Clinic(phone="×", email="<b> <b> <b> <b>",
                          disclaimer="<b> <b> &lt; שלום עולם", accent_color="#ffff00")
    data = pdf.render(handout(items, "large-print", diary_weeks=11), clinic)
    assert "Your exercise diary" in "".join(page_texts(data))


@pytest.mark.parametrize("layout", model.LAYOUTS)
def test_a_long_clinic_footer_exports_and_leaves_room_for_the_handout(layout):
    clinic = model.Clinic(name="Riverside " * 50, address="12 Mill Lane " * 400,
                          phone="0117 496 0123 " * 300, email="a@b.org " * 500,
                          website="riverside.example " * 200, disclaimer="Stop if it hurts. " * 300)
    data = pdf.render(handout([model.Item(exercise(n)) for n in (1, 2)], layout), clinic)
    first = page_texts(data)[0]
    assert "Exercise 1" in first and "12 Mill Lane" in first and "…" in first
    # The footer takes a bounded share of the page, never the page.
    assert len(reader(data).pages) <= 2


def test_a_far_future_date_with_a_diary_exports():
    data = pdf.render(handout([model.Item(exercise(1))], diary_weeks=12,
                              date=dt.date(9999, 12, 27), review_date=dt.date(9999, 12, 31)))
    text = "".join(page_texts(data))
    assert "Week 1 · 27–31 December 9999" not in text  # that week would end in year 10000
    assert "Week 1" in text and "Week 12" in text
    assert "27 December 9999" in text


def test_the_last_dated_week_of_the_calendar_still_has_its_dates():
    data = pdf.render(handout([model.Item(exercise(1))], diary_weeks=2,
                              date=dt.date(9999, 12, 20)))
    text = "".join(page_texts(data))
    assert "Week 1 · 20 – 26 December" in text and "Week 2" in text


def test_a_layout_failure_says_it_is_our_bug_and_names_nothing_internal(monkeypatch):
    from handout.pdf import blocks

    def broken(*args, **kwargs):
        raise ValueError("<Table@0x7F446F73B1D0 1 rows x 2 cols> with cell(0,1) containing "
                         "'<Paragraph at 0x7f446f772c10>1. Clamshell'")

    monkeypatch.setattr(blocks, "exercises", broken)
    with pytest.raises(RenderError) as caught:
        pdf.render(handout([model.Item(exercise(1))]))
    message = str(caught.value)
    assert "bug in Handout Builder" in message and "not a problem with your handout" in message
    assert "0x" not in message and "Table" not in message and "Paragraph" not in message


# ------------------------------------------------------------------ privacy

@pytest.mark.parametrize("title", [
    "Programme for SMITH, Zoe", "Zoë's knee plan", "zoe smith", "Exercises: Smith",
    "Z. Smith – week 2", "Knee plan ZS", "Z.S. knee", "S. Z. exercises", "SMITH",
])
def test_the_pdf_title_never_holds_any_part_of_the_name(title):
    data = pdf.render(handout([model.Item(exercise(1))], title=title))
    assert reader(data).metadata.title == GENERIC_TITLE
    assert names_patient(title, PATIENT)


@pytest.mark.parametrize("title", ["Knee programme", "Week 2: Smiths Road clinic plan",
                                   "Zo plan", "ACL week 2"])
def test_a_title_without_the_name_is_kept(title):
    data = pdf.render(handout([model.Item(exercise(1))], title=title))
    assert reader(data).metadata.title == title


def test_no_patient_field_reaches_the_metadata():
    h = handout([model.Item(exercise(1))], title="Knee programme", therapist="Sam Okafor",
                review_date=dt.date(2026, 4, 30))
    info = reader(pdf.render(h)).metadata
    values = " ".join(str(v) for v in info.values())
    for detail in ("Zoë", "Smith", "Sam Okafor", "2026-03-30", "30 March"):
        assert detail not in values
    assert metadata_title(model.Handout(title="", patient_name="A B")) == GENERIC_TITLE


# ------------------------------------------------------------------ promised, now guarded

def diary_strokes(frequency: str, weeks: int) -> int:
    """Stroke operations on the diary pages of a one-exercise handout."""
    item = model.Item(exercise(1), dose=model.Dose(sets=1, frequency=frequency))
    data = pdf.render(handout([item], diary_weeks=weeks))
    pages = len(reader(data).pages)
    return sum(operator_count(data, b"S", n) for n in range(1, pages))


@pytest.mark.parametrize("weeks", [1, 3])
def test_twice_a_day_draws_two_diary_boxes_a_day(weeks):
    once = diary_strokes("once a day", weeks)
    twice = diary_strokes("twice a day", weeks)
    three = diary_strokes("3 times a day", weeks)
    # Each tick box is one stroked square: one more box for each of 7 days a week.
    assert twice - once == 7 * weeks
    assert three - once == 14 * weeks


@pytest.mark.parametrize("layout", ["standard", "large-print"])
@pytest.mark.parametrize("count", [5, 9, 14])
def test_short_exercises_never_split_across_pages(layout, count):
    items = [model.Item(exercise(n)) for n in range(1, count + 1)]
    texts = [squash(t) for t in
             page_texts(pdf.render(handout(items, layout, education="Keep moving. " * 40)))]
    assert len(texts) > 1 or count == 5
    for n in range(1, count + 1):
        pieces = [rf"(?<!\d){n}\.Exercise{n}3sets"] + \
            [rf"(?<!\d)Exercise{n}step{k}:" for k in (1, 2, 3)]
        holding = {i for i, text in enumerate(texts) for piece in pieces
                   if re.search(piece, text)}
        assert len(holding) == 1, (n, holding)  # name and every step on one page
        assert all(re.search(piece, texts[min(holding)]) for piece in pieces)
