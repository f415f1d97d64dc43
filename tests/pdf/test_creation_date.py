"""The PDF's creation date is the handout's date, and the bytes stay reproducible."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from handout import model, pdf
from tests.pdf.pdfread import reader

needs_tzset = pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is POSIX-only")


def a_handout(date: dt.date | None) -> model.Handout:
    exercise = model.Exercise(id="bridge", name="Bridge", steps=["Lift your hips."],
                              dose=model.Dose(sets=2, reps=8))
    return model.Handout(title="Back programme", patient_name="Ann", date=date,
                         items=[model.Item(exercise)])


def info(data: bytes) -> dict:
    meta = reader(data).metadata
    return {"created": meta["/CreationDate"], "modified": meta["/ModDate"],
            "parsed": meta.creation_date}


@pytest.fixture
def time_zone(monkeypatch):
    """Set the process's time zone (TZ) for one test, and put it back afterwards."""
    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
    yield use
    monkeypatch.undo()
    time.tzset()


@needs_tzset
@pytest.mark.parametrize("zone, offset", [
    ("UTC", "+00'00'"),
    ("America/Los_Angeles", "-08'00'"),    # winter time on 23 November
    ("Pacific/Auckland", "+13'00'"),       # summer time there
    ("Asia/Kolkata", "+05'30'"),
])
def test_creation_date_is_noon_on_the_handout_date(time_zone, zone, offset):
    time_zone(zone)
    meta = info(pdf.render(a_handout(dt.date(2026, 11, 23))))
    assert meta["created"] == f"D:20261123120000{offset}"
    assert meta["modified"] == meta["created"]
    assert meta["parsed"].date() == dt.date(2026, 11, 23)


@needs_tzset
def test_summer_time_offset_is_the_one_of_that_date(time_zone):
    time_zone("Europe/London")
    assert info(pdf.render(a_handout(dt.date(2026, 7, 1))))["created"] == \
        "D:20260701120000+01'00'"
    assert info(pdf.render(a_handout(dt.date(2026, 12, 1))))["created"] == \
        "D:20261201120000+00'00'"


def test_a_handout_without_a_date_keeps_a_fixed_one():
    assert info(pdf.render(a_handout(None)))["created"] == "D:20000101000000+00'00'"


def test_the_same_handout_gives_the_same_bytes():
    for date in (dt.date(2026, 11, 23), None):
        assert pdf.render(a_handout(date)) == pdf.render(a_handout(date))


def test_another_date_changes_the_creation_date():
    first = info(pdf.render(a_handout(dt.date(2026, 11, 23))))["created"]
    second = info(pdf.render(a_handout(dt.date(2027, 1, 5))))["created"]
    assert first.startswith("D:20261123") and second.startswith("D:20270105")


def test_source_date_epoch_does_not_move_the_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # ReportLab reads it
    assert info(pdf.render(a_handout(None)))["created"] == "D:20000101000000+00'00'"
    assert info(pdf.render(a_handout(dt.date(2026, 11, 23))))["created"].startswith(
        "D:20261123120000")
