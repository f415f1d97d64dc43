"""Doses on paper: the dose line says exactly what was typed; the diary follows the dose."""

from __future__ import annotations

import datetime as dt

import pytest

from handout import model, pdf
from handout.pdf import diary
from handout.pdf.styles import make_look
from tests.pdf.pdfread import page_texts, squash


def item(name: str, **dose) -> model.Item:
    return model.Item(exercise=model.Exercise(id=name.lower().replace(" ", "-"), name=name,
                                              steps=["Do it slowly."]),
                      dose=model.Dose(**dose))


def handout(*items: model.Item, **options) -> model.Handout:
    return model.Handout(patient_name="Ann Lee", date=dt.date(2026, 11, 23), items=list(items),
                         options=model.LayoutOptions(**options))


@pytest.mark.parametrize("layout", ["standard", "compact", "large-print"])
def test_typed_doses_reach_the_paper_exactly(layout):
    data = pdf.render(handout(
        item("Bridge", sets=3, reps="8-12", hold="1 min", frequency="2x a day"),
        item("Plank", sets=3, duration="30 s", side="each", rest="90 s"),
        item("Walk", duration="10-15 min", frequency="3 times a week"),
        item("Squat", reps="as many as comfortable", load="2 kg"),
        layout=layout))
    text = squash(" ".join(page_texts(data)))
    for line in ("3 sets × 8–12 reps · hold 1 minute · twice a day",
                 "3 sets × 30 seconds each side · rest 90 seconds",
                 "10–15 minutes · 3 times a week",
                 "as many reps as comfortable · 2 kg"):
        assert squash(line) in text
    assert "812" not in text and "1 s" not in text


def test_the_time_a_session_takes_is_printed_when_asked():
    items = (item("Bridge", sets=3, reps=10), item("Walk", duration="10 min"))
    assert "minutes a session" not in " ".join(page_texts(pdf.render(handout(*items))))
    text = squash(" ".join(page_texts(pdf.render(handout(*items, show_time=True)))))
    # 150 s + 600 s + 30 s to set up each: 810 s, 13.5 minutes, rounded to 14.
    assert squash("Your exercises About 14 minutes a session.") in text


def week_cells(*items: model.Item):
    look = make_look("standard", "#2a7f8e", 500, 700)
    table = diary._week_table(list(items), None, look)
    return [row[1:] for row in table._cellvalues[1:-1]]


def test_the_diary_follows_the_dose():
    rows = week_cells(item("Bridge", reps=10, frequency="twice a day"),
                      item("Walk", duration="10 min", frequency="twice a day"),
                      item("Plank", duration="30 s"),
                      item("Walk far", duration="2 km"),
                      item("Pumps", reps=10, frequency="every hour while resting"),
                      item("Often", reps=5, frequency="8 times a day"))
    bridge, walk, plank, far, pumps, often = rows
    assert all(isinstance(c, diary.TickBoxes) and c.count == 2 for c in bridge)
    # A timed exercise gets a line to write the minutes on, one per session.
    assert all(isinstance(c, diary.WriteIn) and (c.count, c.unit) == (2, "min") for c in walk)
    assert all(isinstance(c, diary.TickBoxes) and c.count == 1 for c in plank)
    assert all(isinstance(c, diary.WriteIn) and c.unit == "km" for c in far)
    assert all(isinstance(c, diary.TickBoxes) and c.count == 1 for c in pumps)
    # Never silently fewer boxes than sessions: more than fit become a count to write.
    assert all(isinstance(c, diary.WriteIn) and c.unit == "times" for c in often)


def test_the_diary_page_shows_each_dose_and_explains_the_minutes():
    data = pdf.render(handout(item("Walk", duration="10 min", frequency="every day"),
                              diary_weeks=1))
    diary_text = squash(page_texts(data)[-1])
    assert squash("write down how long (or how far)") in diary_text
    assert squash("1. Walk 10 minutes · every day") in diary_text
    assert diary_text.count("min") >= 7
