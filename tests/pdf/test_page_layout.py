"""Page layout: the large-print header wraps instead of cutting; no lone closing line."""

from __future__ import annotations

import datetime as dt

import pytest

from handout import model, pdf
from tests.pdf.pdfread import page_texts, squash

TITLE = "Gluteus medius pain: your exercise programme"
CLINIC = model.Clinic(name="Riverside Physiotherapy and Sports Injury Clinic",
                      phone="0117 496 0000")


def exercise(n: int, steps: int = 4) -> model.Item:
    return model.Item(exercise=model.Exercise(
        id=f"ex-{n}", name=f"Exercise {n}", dose=model.Dose(sets=3, reps=10),
        steps=[f"Step {s} of exercise {n}: move slowly and keep breathing." for s in
               range(1, steps + 1)]))


@pytest.mark.parametrize("layout", ["large-print", "standard", "compact"])
@pytest.mark.parametrize("with_logo", [False, True])
def test_the_header_wraps_a_long_title_instead_of_cutting_it(layout, with_logo, tmp_path):
    from PIL import Image

    clinic = CLINIC
    if with_logo:  # a wide logo takes 40% of the header
        Image.new("RGB", (600, 150), (30, 120, 140)).save(tmp_path / "logo.png")
        clinic = model.Clinic(name=CLINIC.name, phone=CLINIC.phone,
                              logo_path=str(tmp_path / "logo.png"))
    handout = model.Handout(title=TITLE, patient_name="Ann Lee", date=dt.date(2026, 3, 2),
                            items=[exercise(n, 8) for n in range(1, 12)],
                            options=model.LayoutOptions(layout=layout))
    pages = page_texts(pdf.render(handout, clinic))
    assert len(pages) >= 2
    header = squash(pages[1])  # page 2: only the header carries the title there
    assert squash(TITLE) in header
    assert squash(CLINIC.name) in header
    assert "…" not in pages[1].split("Exercise")[0]


def test_only_text_too_long_for_two_lines_is_shortened():
    handout = model.Handout(title="Word " * 200, items=[exercise(1)],
                            options=model.LayoutOptions(layout="large-print"))
    first = page_texts(pdf.render(handout, CLINIC))[0]
    assert "…" in first


@pytest.mark.parametrize("exercises, counts", [(0, range(30, 40)), (1, range(21, 31)),
                                               (3, range(2, 32, 2))])
def test_the_closing_sentence_never_stands_alone_on_the_last_page(exercises, counts):
    closing = "Stop any exercise that makes your pain much worse, and tell your physiotherapist."
    pages_seen = set()
    # Longer and longer advice: somewhere the page ends just before the last sentence
    # (with 1 exercise, at 26 paragraphs, it used to print alone on a page of its own).
    for count in counts:
        advice = "\n\n".join(f"Advice paragraph {k}: walk a little every day and rest when "
                              "you need to." for k in range(count)) + "\n\n" + closing
        handout = model.Handout(title="Hip", patient_name="Ann Lee", advice=advice,
                                items=[exercise(n, 4) for n in range(1, exercises + 1)])
        pages = page_texts(pdf.render(handout, CLINIC))
        pages_seen.add(len(pages))
        assert "Stop any exercise" in pages[-1]
        assert "Advice paragraph" in pages[-1] or "Step" in pages[-1], \
            f"{count} paragraphs: the closing sentence is alone on the last page"
    assert len(pages_seen) >= 2, "the advice must cross a page boundary"


def test_a_short_closing_advice_stays_with_the_last_exercise():
    for steps in range(4, 16):
        handout = model.Handout(title="Hip", patient_name="Ann Lee",
                                advice="Stop if the pain gets much worse.",
                                items=[exercise(n, steps) for n in range(1, 4)])
        last = page_texts(pdf.render(handout, CLINIC))[-1]
        assert "Stop if the pain" in last and "Exercise 3" in last


@pytest.mark.parametrize("layout", ["standard", "compact", "large-print"])
def test_each_exercise_has_an_outline_entry_on_its_page(layout):
    import io

    from pypdf import PdfReader

    from handout.pdf.outline import exercise_pages

    handout = model.Handout(title="Hip", items=[exercise(n, 9) for n in range(1, 15)],
                            options=model.LayoutOptions(layout=layout))
    data, pages = pdf.render_pages(handout, CLINIC)
    reader = PdfReader(io.BytesIO(data))
    outline = [(o.title, reader.get_destination_page_number(o) + 1) for o in reader.outline]
    assert [title for title, _ in outline] == [f"{n}. Exercise {n}" for n in range(1, 15)]
    assert [page for _, page in outline] == pages == exercise_pages(data)
    assert pages == sorted(pages) and pages[-1] > 1
    for title, page in outline:
        assert squash(title) in squash(page_texts(data)[page - 1])
