"""Doses mean what the therapist typed: exact parsing, clear refusals, round trips, phrases."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from handout.dose import (FIELDS, Amount, DoseError, Frequency, amount_text, frequency_text,
                          parse_amount, parse_frequency, parse_work)
from handout.model import Dose
from handout.phrases import Phrasebook, dose_line, dose_phrases

pytestmark = pytest.mark.core


@pytest.mark.parametrize("field, text, expected", [
    ("reps", "10", Amount.exact(10)),
    ("reps", "8-12", Amount.between(8, 12)),
    ("reps", "8 - 12", Amount.between(8, 12)),
    ("reps", "8–12", Amount.between(8, 12)),
    ("reps", "8 to 12", Amount.between(8, 12)),
    ("reps", "8-12 reps", Amount.between(8, 12)),
    ("reps", "10x", Amount.exact(10)),
    ("reps", "ten", Amount.exact(10)),
    ("reps", "up to 15", Amount.up_to(15)),
    ("reps", "as many as comfortable", Amount.comfortable()),
    ("reps", "As many as is comfortable", Amount.comfortable()),
    ("sets", "2-3", Amount.between(2, 3)),
    ("sets", "3 sets", Amount.exact(3)),
    ("hold", "30 s", Amount.exact(30, "s")),
    ("hold", "30s", Amount.exact(30, "s")),
    ("hold", "90 sec", Amount.exact(90, "s")),
    ("hold", "1 min", Amount.exact(1, "min")),
    ("hold", "1min", Amount.exact(1, "min")),
    ("hold", "a minute", Amount.exact(1, "min")),
    ("hold", "1.5 min", Amount.exact("1.5", "min")),
    ("hold", "1,5 min", Amount.exact("1.5", "min")),
    ("hold", "5-10 s", Amount.between(5, 10, "s")),
    ("hold", "5", Amount.exact(5, "s")),  # a hold is a time: a bare number is seconds
    ("rest", "2 minutes", Amount.exact(2, "min")),
    ("duration", "10 min", Amount.exact(10, "min")),
    ("duration", "10-15 minutes", Amount.between(10, 15, "min")),
    ("duration", "1 hour", Amount.exact(1, "h")),
    ("duration", "500 m", Amount.exact(500, "m")),
    ("duration", "2 km", Amount.exact(2, "km")),
    ("duration", "1 mile", Amount.exact(1, "mile")),
    ("duration", "as long as comfortable", Amount.comfortable("min")),
    ("reps", "", None),
    ("hold", "  ", None),
])
def test_natural_input_parses_exactly(field, text, expected):
    assert parse_amount(text, field) == expected


@pytest.mark.parametrize("field, text, says", [
    ("reps", "10000", "1000 reps at most"),
    ("sets", "101", "100 sets at most"),
    ("hold", "2 h", "1 h at most"),
    ("reps", "8-", "not finished"),
    ("reps", "8 to", "not finished"),
    ("reps", "12-8", "smaller number first, e.g. 8-12"),
    ("reps", "2.5", "whole numbers"),
    ("reps", "0", "more than 0"),
    ("sets", "-1", "more than 0"),
    ("reps", "lots", "not understood"),
    ("reps", "3x10", "Sets field"),
    ("hold", "1 m", "a distance"),
    ("hold", "1 min 30 s", "one unit"),
    ("hold", "30 s-1 min", "one unit for both ends"),
    ("duration", "10", "add a unit"),
    ("reps", "10 kg", "Load field"),
    ("reps", "twice a day", "Frequency field"),
    ("sets", "as many as comfortable", "needs a number"),
    ("hold", "1.255 min", "two decimals"),
    ("reps", "1 2 3", "two numbers in a row"),
])
def test_what_cannot_be_used_is_refused_with_the_reason(field, text, says):
    with pytest.raises(DoseError) as caught:
        parse_amount(text, field)
    assert says in caught.value.message
    assert f"“{text.strip()}" in caught.value.message  # it says which text


def test_nothing_is_capped_or_rounded():
    # The old spin boxes turned 10000 into 1000 and "8-12" into 812.
    with pytest.raises(DoseError):
        parse_amount("10000", "reps")
    assert parse_amount("8-12", "reps") != Amount.exact(812)
    assert parse_amount("1 min", "hold") != Amount.exact(1, "s")


@pytest.mark.parametrize("text, field, amount", [
    ("12", "reps", Amount.exact(12)),
    ("8-12", "reps", Amount.between(8, 12)),
    ("30 s", "duration", Amount.exact(30, "s")),
    ("10 min", "duration", Amount.exact(10, "min")),
    ("500 m", "duration", Amount.exact(500, "m")),
    ("as long as comfortable", "duration", Amount.comfortable("min")),
    ("as many as comfortable", "reps", Amount.comfortable()),
])
def test_the_reps_or_time_field(text, field, amount):
    assert parse_work(text) == (field, amount)


def test_the_reps_or_time_field_refuses_with_the_closer_reading():
    with pytest.raises(DoseError, match="1000 reps at most"):
        parse_work("10000")
    with pytest.raises(DoseError, match="not finished"):
        parse_work("10-")


@pytest.mark.parametrize("text, per_day, days, shown", [
    ("twice a day", 2, None, "twice a day"),
    ("2x a day", 2, None, "twice a day"),
    ("2 x daily", 2, None, "twice a day"),
    ("twice daily", 2, None, "twice a day"),
    ("3 times per day", 3, None, "3 times a day"),
    ("3x/day", 3, None, "3 times a day"),
    ("BD", 2, None, "twice a day"),
    ("once a day", 1, None, "once a day"),
    ("daily", 1, None, "once a day"),
    ("every day", None, 7, "every day"),
    ("3 times a week", None, 3, "3 times a week"),
    ("once a week", None, 1, "once a week"),
    ("twice a day, 5 days a week", 2, 5, "twice a day, 5 days a week"),
    ("2x a day on 3 days a week", 2, 3, "twice a day, 3 days a week"),
    ("twice a day every day", 2, None, "twice a day"),
])
def test_frequencies_in_many_words_mean_one_thing(text, per_day, days, shown):
    frequency = parse_frequency(text)
    assert (frequency.per_day, frequency.days_per_week, frequency.text) == (per_day, days, "")
    assert frequency_text(frequency) == shown


@pytest.mark.parametrize("text", ["every other day", "every hour while you are resting",
                                  "twice a day after meals", "as needed for pain"])
def test_other_words_are_kept_exactly_as_typed(text):
    assert parse_frequency(text) == Frequency(text=text)


@pytest.mark.parametrize("text, says", [
    ("3 times", "a day or a week"),
    ("2x", "a day or a week"),
    ("0 times a day", "at least once"),
    ("13 times a day", "between 1 and 12"),
    ("8 days a week", "7 days"),
])
def test_frequencies_that_cannot_be_meant_are_refused(text, says):
    with pytest.raises(DoseError, match=says):
        parse_frequency(text)


def test_diary_boxes_can_be_read_from_free_words():
    assert Frequency(text="not more than twice a day").sessions_per_day() == 2
    assert Frequency(text="every hour").sessions_per_day() == 1
    assert parse_frequency("3 times a day").sessions_per_day() == 3


numbers = st.integers(1, 99).map(Decimal)


@st.composite
def amounts(draw):
    field = draw(st.sampled_from(["sets", "reps", "hold", "rest", "duration"]))
    unit = {"sets": [""], "reps": [""], "hold": ["s", "min"], "rest": ["s", "min"],
            "duration": ["s", "min", "h", "m", "km", "mile"]}[field]
    unit = draw(st.sampled_from(unit))
    low, high = sorted((draw(numbers), draw(numbers)))
    if unit in ("min", "km") and draw(st.booleans()):
        low, high = low / 2, high / 2
    form = draw(st.sampled_from(["exact", "range", "up-to"] +
                                (["comfortable"] if field == "reps" else [])))
    amount = {"exact": Amount(low, low, unit), "range": Amount(low, high, unit),
              "up-to": Amount(None, high, unit), "comfortable": Amount(None, None, unit)}[form]
    return field, amount


@settings(max_examples=300, derandomize=True, deadline=None)
@given(amounts())
def test_what_a_field_shows_parses_back_to_the_same_value(case):
    field, amount = case
    kind = amount.kind
    highest = FIELDS[field].limits[kind][1]
    assume(amount.high is None or amount.in_base_units(amount.high) <= highest)
    assume(amount.low is None or amount.in_base_units(amount.low) >= 1)
    assert parse_amount(amount_text(amount), field) == amount


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.one_of(st.none(), st.integers(1, 12)), st.one_of(st.none(), st.integers(1, 7)))
def test_frequencies_round_trip(per_day, days):
    frequency = Frequency(per_day=per_day, days_per_week=None if per_day and days == 7
                          else days)
    assert parse_frequency(frequency_text(frequency)) == frequency


def test_the_dose_line_is_built_from_phrases():
    dose = Dose(sets=3, reps="8-12", hold="1 min", rest="90 s", frequency="2x a day",
                side="each", load="red band")
    assert dose_phrases(dose) == ["3 sets × 8–12 reps each side", "hold 1 minute",
                                  "rest 90 seconds", "red band", "twice a day"]
    assert dose_line(Dose(reps=1, hold=1)) == "1 rep · hold 1 second"
    assert dose_line(Dose(duration="1.5 km")) == "1.5 kilometres"
    assert dose_line(Dose(reps="up to 12")) == "up to 12 reps"
    assert dose_line(Dose(reps="as many as comfortable", sets=2)) == \
        "2 sets × as many reps as comfortable"
    assert dose_line(Dose(frequency="every other day", side="left")) == \
        "every other day · left side"
    assert dose_line(Dose(side="each")) == "each side"


class FakeGerman:
    """A stand-in for a gettext catalogue: proves every word goes through it."""

    WORDS = {"{count} set": "{count} Satz", "{count} sets": "{count} Sätze", "{count} rep": "{count} Wiederholung",
             "{count} reps": "{count} Wiederholungen", "{count} minute": "{count} Minute",
             "{count} minutes": "{count} Minuten", "hold {time}": "{time} halten",
             "twice a day": "zweimal täglich", "{sets} × {work}": "{sets} × {work}",
             "{low}–{high}": "{low}–{high}", " · ": " · ",
             "{volume} each side": "{volume} pro Seite"}

    def gettext(self, message):
        return self.WORDS.get(message, f"[{message}]")

    def pgettext(self, context, message):
        return message  # nothing under a context: the phrasebook falls back to gettext

    def npgettext(self, context, singular, plural, n):
        return singular if n == 1 else plural

    def ngettext(self, singular, plural, n):
        return self.gettext(singular if n == 1 else plural)


def test_a_catalogue_translates_the_line_with_its_plurals():
    book = Phrasebook.from_translations(FakeGerman(), "de", decimal_mark=",")
    dose = Dose(sets=1, reps="8-12", hold="1.5 min", frequency="twice daily", side="each")
    assert dose_line(dose, book) == \
        "1 Satz × 8–12 Wiederholungen pro Seite · 1,5 Minuten halten · zweimal täglich"
    assert dose_line(Dose(sets=3, hold="1 min"), book) == "3 Sätze · 1 Minute halten"


def test_a_dose_has_reps_or_a_time_not_both():
    with pytest.raises(DoseError):
        Dose(reps=10, duration="30 s")
    assert Dose(duration="30 s").is_timed and not Dose(reps=10).is_timed
