"""The privacy guard finds a patient's details in any text of a handout, and removes them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handout.model import Exercise, Handout, Item
from handout.privacy import find_personal_details, redact, redact_text

pytestmark = pytest.mark.core


def handout_with(note: str = "", name: str = "Maria Jones", **fields) -> Handout:
    return Handout(patient_name=name, date=dt.date(2026, 3, 2),
                   items=[Item(exercise=Exercise(id="bridge", name="Bridge",
                                                 steps=["Lie down."]), notes=note)],
                   **fields)


def kinds(handout: Handout, **kwargs) -> list[tuple[str, str]]:
    return [(f.kind, f.found) for f in find_personal_details(handout, **kwargs)]


@pytest.mark.parametrize("note, found", [
    ("Maria Jones: knee replacement 2024, go easy", "Maria Jones"),
    ("maria jones", "maria jones"),
    ("MARIA JONES", "MARIA JONES"),
    ("Jones, Maria", "Jones, Maria"),
    ("Jones Maria", "Jones Maria"),
    ("Mariá Jonés", "Mariá Jonés"),
    ("M. Jones prefers mornings", "M. Jones"),
    ("M Jones prefers mornings", "M Jones"),
    ("Jones M. prefers mornings", "Jones M."),
    ("Maria J. prefers mornings", "Maria J."),
    ("Seen by MJ", "MJ"),
    ("seen by m.j.", "m.j."),
    ("Ask Maria how it went", "Maria"),
    ("Jones's knee", "Jones's"),
])
def test_the_name_is_found_however_it_is_written(note, found):
    assert kinds(handout_with(note)) == [("name", found)]


def test_accented_and_special_letters_match_plain_ones():
    handout = handout_with("zoe lukasiewicz saw orsted", name="Zoë Łukasiewicz-Ørsted")
    assert [f for _, f in kinds(handout)] == ["zoe lukasiewicz", "orsted"]
    handout = handout_with("Zoë Łukasiewicz", name="Zoe Lukasiewicz")
    assert kinds(handout) == [("name", "Zoë Łukasiewicz")]


def test_a_common_word_alone_is_not_a_name_but_the_whole_name_is():
    handout = handout_with("Walk in May with a walker. Grace under pressure.",
                           name="May Walker")
    assert kinds(handout) == []
    assert kinds(handout_with("May Walker said so", name="May Walker")) == \
        [("name", "May Walker")]
    # Words of the library are not distinctive alone either.
    handout = handout_with("Hold the bridge for 5 s", name="Tom Bridge")
    assert kinds(handout) == []
    assert kinds(handout_with("Tom Bridge is keen", name="Tom Bridge")) == \
        [("name", "Tom Bridge")]


@pytest.mark.parametrize("note, kind, found", [
    ("DOB 12/03/1956", "date of birth", "DOB 12/03/1956"),
    ("d.o.b: 1956-03-12", "date of birth", "d.o.b: 1956-03-12"),
    ("She was born on 3 March 1956", "date of birth", "born on 3 March 1956"),
    ("born 1956", "date of birth", "born 1956"),
    ("seen on 14/02/2026", "date", "14/02/2026"),
    ("Call 07700 900123 if unsure", "phone number", "07700 900123"),
    ("Call +44 117 496 0000", "phone number", "+44 117 496 0000"),
    ("Call (555) 123-4567", "phone number", "(555) 123-4567"),
    ("maria.jones@example.com", "e-mail address", "maria.jones@example.com"),
    ("NHS 943 476 5919", "ID number", "943 476 5919"),
    ("nhs no 9434765919", "ID number", "9434765919"),
    ("SSN 123-45-6789", "ID number", "123-45-6789"),
    ("NI number AB 12 34 56 C", "ID number", "AB 12 34 56 C"),
    ("MRN: 12345678", "ID number", "12345678"),
])
def test_dates_phones_emails_and_id_numbers(note, kind, found):
    assert kinds(handout_with(note, name="")) == [(kind, found)]


@pytest.mark.parametrize("note", [
    "Stop if pain goes above 4/10", "3 sets of 10 reps, 10-15 min", "Do it at 5 pm",
    "knee replacement 2024", "Hold 30 s, rest 1 min, 2x a day", "Use a 2 kg weight",
])
def test_ordinary_dose_words_are_not_personal(note):
    assert kinds(handout_with(note)) == []


def test_every_text_of_the_handout_is_searched_and_located():
    handout = handout_with("Maria's note", title="Programme for Maria Jones",
                           education="## About Maria\nText", advice="Call 07700 900123")
    handout.items[0].steps = ["Lie down.", "Maria: go slowly."]
    found = find_personal_details(handout, extra={"Template name": "Maria knee"})
    assert [(f.where, f.found) for f in found] == [
        ("Title", "Maria Jones"), ("Education", "Maria"), ("Advice", "07700 900123"),
        ("Exercise 1 (Bridge), note", "Maria's"), ("Exercise 1 (Bridge), step 2", "Maria"),
        ("Template name", "Maria")]
    assert found[0].location == ("title",)
    assert found[4].location == ("items", 0, "steps", 1)
    assert found[3].context() == "«Maria's» note"


def test_library_steps_are_not_searched():
    handout = handout_with("", name="Lie Down")  # the library step says "Lie down."
    assert kinds(handout) == []


def test_redact_removes_them_and_tidies_the_sentence():
    handout = handout_with("Maria Jones: knee replacement 2024, go easy",
                           advice="Call 07700 900123 if unsure.")
    handout.items[0].steps = ["Lie down.", "Maria Jones"]
    clean, extra = redact(handout, find_personal_details(handout,
                                                         extra={"Name": "Jones knee"}))
    assert clean.items[0].notes == "Knee replacement 2024, go easy"
    assert clean.advice == "Call if unsure."
    assert clean.items[0].steps == ["Lie down."]  # an emptied step goes
    assert extra == {"Name": "Knee"}
    assert find_personal_details(clean) == []
    assert handout.items[0].notes.startswith("Maria")  # the patient's handout is untouched


def test_redact_text_keeps_other_lines_as_they_are():
    text = "## Heading\n  - keep this\nMaria said hi"
    assert redact_text(text, [(25, 30)]) == "## Heading\n  - keep this\nSaid hi"


first_names = st.sampled_from(["Maria", "José", "Siobhán", "Łucja", "Ngozi", "Björn", "Anaïs"])
last_names = st.sampled_from(["Jones", "Núñez", "Ó Briain", "Okonkwo", "Ørsted", "Kowalczyk"])
before = st.sampled_from(["", "Note: ", "Seen today. ", "go easy, ", "(", "\n"])
after = st.sampled_from(["", ":", ",", " said", ")", "'s", "\n"])


@settings(max_examples=300, derandomize=True, deadline=None)
@given(first_names, last_names, before, after,
       st.sampled_from(["{f} {l}", "{l}, {f}", "{l} {f}", "{F} {L}", "{fl} {ll}",
                        "{f0}. {l}", "{f} {l0}.", "{f0}.{l0}."]))
def test_the_name_cannot_pass_silently(first, last, before, after, form):  # noqa: F811
    import unicodedata

    def plain(text):
        return "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c))

    written = form.format(f=first, l=last, F=first.upper(), L=last.upper(),
                          fl=plain(first).lower(), ll=plain(last).lower(),
                          f0=first[0], l0=last[0])
    handout = handout_with(f"{before}{written}{after} knee replacement 2024",  # noqa: B023
                           name=f"{first} {last}")
    found = find_personal_details(handout)
    assert found, f"{written!r} was not found"
    clean, _ = redact(handout, found)
    assert find_personal_details(clean) == []
    assert "knee replacement 2024" in clean.items[0].notes.casefold()
